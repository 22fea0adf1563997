"""What the statement PDFs share: page sizes, colours, fonts, text wrapping, and laid-out pages.

A document is built from blocks that know their height and draw themselves with their top at a
given y. A Pager places them down the pages first, so "Page N of M" is known before anything is
drawn; draw_pages then puts them on the canvas with the running head and the footer. Long tables
are made of TableRows, which draw_pages shades and draws in one pass with the font set once.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar, Protocol

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from dpkeeper import APP_NAME
from dpkeeper.domain.money import Pence, format_pence
from dpkeeper.domain.text import QT_TRANSLATE_NOOP, translate
from dpkeeper.reports import fonts, scripts
from dpkeeper.services.progress import Progress

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 14 * mm
LEFT, RIGHT = MARGIN, PAGE_WIDTH - MARGIN
WIDTH = RIGHT - LEFT
HEAD_SPACE = 20 * mm  # from the top of the page, room for the running head
BOTTOM = 18 * mm  # above the footer
LABEL_WIDTH = 32 * mm  # "Person", "Period" and the like, before their values
CELL_PAD = 3  # inside a table cell, and between an amount and the right edge

INK = colors.HexColor("#1f2933")
SOFT = colors.HexColor("#52606d")
BOX = colors.HexColor("#f2f5f8")
RULE = colors.HexColor("#cbd2d9")
ZEBRA = colors.HexColor("#f0f4f8")
GOOD_BOX, GOOD_INK = colors.HexColor("#e8f5ec"), colors.HexColor("#1e6b3a")
BAD_BOX, BAD_INK = colors.HexColor("#fdecea"), colors.HexColor("#9b1c1c")
AMBER = colors.HexColor("#8a4b08")

# A summary line: label on the left, amount on the right.
SUM_SIZE, SUM_LEADING, SUM_PAD = 10, 13, 3.5


@dataclass(frozen=True, slots=True)
class Type:
    """The fonts in use, and symbols that only exist in DejaVu (Helvetica has no ✓ or −)."""

    regular: str
    bold: str

    @property
    def unicode(self) -> bool:
        return self.regular != fonts.FALLBACK[0]

    @property
    def minus(self) -> str:
        return "\u2212" if self.unicode else "-"

    @property
    def tick(self) -> str:
        return " \u2713" if self.unicode else " (adds up)"


# Words on the PDFs are marked translate("Reports", …) and come out in the language the app is
# using (English from the CLI and in tests). %1, %2… are filled in with fill().

_MONTHS = (
    QT_TRANSLATE_NOOP("Months", "Jan"), QT_TRANSLATE_NOOP("Months", "Feb"),
    QT_TRANSLATE_NOOP("Months", "Mar"), QT_TRANSLATE_NOOP("Months", "Apr"),
    QT_TRANSLATE_NOOP("Months", "May"), QT_TRANSLATE_NOOP("Months", "Jun"),
    QT_TRANSLATE_NOOP("Months", "Jul"), QT_TRANSLATE_NOOP("Months", "Aug"),
    QT_TRANSLATE_NOOP("Months", "Sep"), QT_TRANSLATE_NOOP("Months", "Oct"),
    QT_TRANSLATE_NOOP("Months", "Nov"), QT_TRANSLATE_NOOP("Months", "Dec"),
)  # fmt: skip


def day(value: date) -> str:
    """3 Jun 2026, with the month's short name in the language in use."""
    return f"{value.day} {translate('Months', _MONTHS[value.month - 1])} {value.year}"


def fill(template: str, *values: object) -> str:
    """Put values in place of %1, %2… When the sentence or a value has right-to-left letters,
    each value is isolated, so a name, a date or an amount keeps its own direction."""
    shown = [str(value) for value in values]
    if scripts.needs_help(template) or any(scripts.needs_help(value) for value in shown):
        shown = [scripts.isolate(value) for value in shown]
    for number in range(len(shown), 0, -1):  # %10 before %1
        template = template.replace(f"%{number}", shown[number - 1])
    return template


def width_of(text: str, font: str, size: float) -> float:
    return scripts.width(text, font, size)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` as lines no wider than ``width``; a word too long for a line is broken."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if scripts.needs_help(text):
        return scripts.wrap_words(text, font, size, width)
    measure = pdfmetrics.getFont(font).stringWidth
    if "\n" not in text and measure(text, size) <= width:
        return [text]
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width):
        if measure(line, size) <= width:
            lines.append(line)
            continue
        part = ""
        for ch in line:
            if part and measure(part + ch, size) > width:
                lines.append(part)
                part = ""
            part += ch
        lines.append(part)
    return lines or [""]


def period_words(start: date, end: date) -> str:
    return fill(translate("Reports", "%1 to %2"), day(start), day(end))


def page_footer(
    pdf: Canvas,
    made_on: date,
    number: int,
    total: int,
    font: str,
    size: tuple = A4,
    *,
    margin: float = MARGIN,
    y: float = 10 * mm,
    font_size: float = 8,
) -> None:
    """When and with what the document was made, and "Page N of M", along the foot of a page."""
    pdf.setFont(font, font_size)
    pdf.setFillColor(SOFT)
    made = fill(translate("Reports", "Made on %1 with %2"), day(made_on), APP_NAME)
    scripts.draw(pdf, margin, y, made)
    page = fill(translate("Reports", "Page %1 of %2"), number, total)
    scripts.draw(pdf, size[0] - margin, y, page, "right")


def running_head(pdf: Canvas, left: str, right: str, font: str, size: tuple = A4) -> None:
    """The line at the top of every page after the first: who and which period."""
    width, height = size
    pdf.setFont(font, 8)
    pdf.setFillColor(SOFT)
    scripts.draw(pdf, LEFT, height - 11 * mm, left)
    scripts.draw(pdf, width - MARGIN, height - 11 * mm, right, "right")
    pdf.setStrokeColor(RULE)
    pdf.setLineWidth(0.5)
    pdf.line(LEFT, height - 13 * mm, width - MARGIN, height - 13 * mm)


# Blocks: each knows its height and draws itself with its top at y ------------------------------


class Block(Protocol):
    height: float

    def draw(self, pdf: Canvas, y: float) -> None: ...


@dataclass(slots=True)
class Gap:
    height: float

    def draw(self, pdf: Canvas, y: float) -> None:
        return None


@dataclass(slots=True)
class Text:
    lines: list[str]
    font: str
    size: float
    leading: float
    colour: Color = INK
    space_after: float = 0
    x: float = LEFT
    width: float = WIDTH  # right-to-left lines end at x + width

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading + self.space_after

    def draw(self, pdf: Canvas, y: float) -> None:
        pdf.setFont(self.font, self.size)
        pdf.setFillColor(self.colour)
        for i, line in enumerate(self.lines):
            base = y - self.size - i * self.leading
            if not scripts.needs_help(line):
                pdf.drawString(self.x, base, line)
            elif scripts.right_to_left(line):
                scripts.draw(pdf, self.x + self.width, base, line, "right")
            else:
                scripts.draw(pdf, self.x, base, line)


def text(
    words: str,
    font: str,
    size: float,
    *,
    leading: float | None = None,
    colour: Color = INK,
    space_after: float = 0,
    x: float = LEFT,
    width: float = WIDTH,
) -> Text:
    leading = leading or size * 1.3
    return Text(wrap(words, font, size, width), font, size, leading, colour, space_after, x, width)


@dataclass(slots=True)
class Fact:
    """A label and its value, as in "Period   1 Apr 2026 to 30 Jun 2026"."""

    label: str
    lines: list[str]
    type: Type

    @property
    def height(self) -> float:
        return len(self.lines) * 14 + 3

    def draw(self, pdf: Canvas, y: float) -> None:
        pdf.setFont(self.type.bold, 10)
        pdf.setFillColor(SOFT)
        scripts.draw(pdf, LEFT, y - 10, self.label)
        pdf.setFont(self.type.regular, 10.5)
        pdf.setFillColor(INK)
        for i, line in enumerate(self.lines):
            scripts.draw(pdf, LEFT + LABEL_WIDTH, y - 10 - i * 14, line)


@dataclass(slots=True)
class AmountLine:
    """One line of the summary: what, and how much, right-aligned; totals are bold and ruled."""

    lines: list[str]
    amount: str
    font: str
    indent: float = 0
    total: bool = False
    colour: Color = INK

    @property
    def height(self) -> float:
        return len(self.lines) * SUM_LEADING + 2 * SUM_PAD

    def draw(self, pdf: Canvas, y: float) -> None:
        base = y - SUM_PAD - SUM_SIZE
        pdf.setFont(self.font, SUM_SIZE)
        pdf.setFillColor(self.colour)
        for i, line in enumerate(self.lines):
            scripts.draw(pdf, LEFT + self.indent, base - i * SUM_LEADING, line)
        scripts.draw(pdf, RIGHT - CELL_PAD, base, self.amount, "right")
        pdf.setLineWidth(0.9 if self.total else 0.4)
        pdf.setStrokeColor(INK if self.total else RULE)
        edge = y if self.total else y - self.height
        pdf.line(LEFT + self.indent, edge, RIGHT, edge)


def amount_line(
    label: str, amount: Pence | str, t: Type, *, indent: float = 0, total: bool = False
) -> AmountLine:
    font = t.bold if total else t.regular
    shown = format_pence(amount) if isinstance(amount, int) else amount
    room = WIDTH - indent - width_of(shown, font, SUM_SIZE) - 12 * mm
    return AmountLine(wrap(label, font, SUM_SIZE, room), shown, font, indent, total)


@dataclass(slots=True)
class Box:
    """A tinted box with a few lines in it: the check line, and the notes space of the review."""

    lines: list[str]
    font: str
    fill: Color
    colour: Color
    size: float = 10.5
    min_height: float = 0
    pad: float = 8

    @property
    def height(self) -> float:
        inside = len(self.lines) * self.size * 1.35 + 2 * self.pad
        return max(inside, self.min_height) + 6

    def draw(self, pdf: Canvas, y: float) -> None:
        pdf.setFillColor(self.fill)
        pdf.setStrokeColor(self.colour)
        pdf.setLineWidth(0.6)
        pdf.roundRect(LEFT, y - self.height + 6, WIDTH, self.height - 6, 4, stroke=1, fill=1)
        pdf.setFont(self.font, self.size)
        pdf.setFillColor(self.colour)
        top = y - self.pad - self.size
        for i, line in enumerate(self.lines):
            scripts.draw(pdf, LEFT + self.pad, top - i * self.size * 1.35, line)


@dataclass(slots=True)
class Rule:
    """A line across, closing a table."""

    right: float = RIGHT
    height: float = 10

    def draw(self, pdf: Canvas, y: float) -> None:
        pdf.setStrokeColor(INK)
        pdf.setLineWidth(0.9)
        pdf.line(LEFT, y, self.right, y)


def heading(words: str, t: Type, *, size: float = 12.5, before: float = 12) -> list[Block]:
    return [Gap(before), text(words, t.bold, size, space_after=5)]


@dataclass(slots=True)
class SignLine:
    """A label and a line to write on, in one or more fields across the page."""

    fields: tuple[tuple[str, float, str], ...]  # (label, width of the line, already filled in)
    type: Type
    height: float = 36

    def draw(self, pdf: Canvas, y: float) -> None:
        x = LEFT
        base = y - self.height + 8
        for label, width, filled in self.fields:
            pdf.setFont(self.type.regular, 10)
            pdf.setFillColor(SOFT)
            scripts.draw(pdf, x, base, label)
            start = x + width_of(label, self.type.regular, 10) + 6
            pdf.setStrokeColor(INK)
            pdf.setLineWidth(0.7)
            pdf.line(start, base - 2, x + width, base - 2)
            if filled:
                pdf.setFont(self.type.regular, 11)
                pdf.setFillColor(INK)
                scripts.draw(pdf, start + 4, base + 1, filled)
            x += width + 10 * mm


# Long tables ----------------------------------------------------------------------------------


class TableRow:
    """A row of a long table, drawn with the font and colour draw_pages has already set.

    draw_pages shades all of a page's shaded rows first, then sets the row font once, so that
    thousands of rows draw with no change of colour or font between them.
    """

    __slots__ = ()
    size: ClassVar[float]  # of the row font
    height: float
    shaded: bool
    number: int  # 1-based, for progress; 0 for the rest of a row carried over the page

    def split(self, room: float) -> tuple[TableRow | None, TableRow]:
        """The lines that fit in ``room`` (None if none do), and the rest for the next page."""
        raise NotImplementedError

    def shade(self, pdf: Canvas, y: float) -> None:
        raise NotImplementedError

    def draw(self, pdf: Canvas, y: float) -> None:
        raise NotImplementedError


# Pages ----------------------------------------------------------------------------------------


@dataclass(slots=True)
class Page:
    size: tuple[float, float]
    blocks: list[tuple[float, Block]] = field(default_factory=list)  # (top, block)


class Pager:
    """Places blocks down the page and starts a new page when the next one will not fit."""

    def __init__(self, size: tuple[float, float] = A4) -> None:
        self.pages: list[Page] = []
        self.heads: Block | None = None  # a table's column heads, repeated on each new page
        self.new_page(size)
        self.y += 6 * mm  # the first page has no running head

    def room(self) -> float:
        return self.y - BOTTOM

    def new_page(self, size: tuple[float, float] | None = None) -> None:
        self.pages.append(Page(size or self.pages[-1].size))
        self.y = self.pages[-1].size[1] - HEAD_SPACE
        self.fresh = True  # nothing on it but the repeated column heads
        if self.heads is not None:
            self._put(self.heads)

    def _put(self, block: Block) -> None:
        self.pages[-1].blocks.append((self.y, block))
        self.y -= block.height

    def add(self, block: Block) -> None:
        if block.height > self.room() and not self.fresh:
            self.new_page()
        self._put(block)
        self.fresh = False

    def add_together(self, blocks: list[Block]) -> None:
        """Keep these on one page if they fit on one; otherwise let them run on."""
        if sum(b.height for b in blocks) > self.room() and not self.fresh:
            self.new_page()
        for block in blocks:
            self.add(block)

    def add_row(self, row: TableRow) -> None:
        """A row goes whole onto this page or the next; one taller than a page is split."""
        full = self.pages[-1].size[1] - HEAD_SPACE - BOTTOM
        full -= self.heads.height if self.heads else 0
        while row.height > self.room():
            if not self.fresh and row.height <= full:
                self.new_page()
                continue
            first, row = row.split(self.room())
            if first is not None:
                self._put(first)
            self.new_page()
        self._put(row)
        self.fresh = False


def draw_pages(
    pdf: Canvas,
    pages: list[Page],
    t: Type,
    made_on: date,
    head: tuple[str, str],
    progress: Progress,
    total_rows: int,
) -> None:
    """Draw laid-out pages with the running head (after page 1) and "Page N of M".

    Progress counts table rows, or pages when there are none. Raises Stopped on cancel.
    """
    for number, page in enumerate(pages, start=1):
        pdf.setPageSize(page.size)
        if number > 1:
            running_head(pdf, *head, t.regular, page.size)
        page_footer(pdf, made_on, number, len(pages), t.regular, page.size)
        pdf.setFillColor(ZEBRA)  # all the shading first, so the rows need no colour changes
        for y, block in page.blocks:
            if isinstance(block, TableRow) and block.shaded:
                block.shade(pdf, y)
        ready = False  # the font and colour are set for rows
        for y, block in page.blocks:
            if isinstance(block, TableRow):
                if not ready:
                    pdf.setFont(t.regular, block.size)
                    pdf.setFillColor(INK)
                    ready = True
                block.draw(pdf, y)
                if block.number:
                    progress.step(block.number, total_rows)
            else:
                block.draw(pdf, y)
                ready = False
        pdf.showPage()
        if not total_rows:  # a document with no table counts its pages instead
            progress.step(number, len(pages))


def new_canvas(buffer: io.BytesIO, title: str) -> Canvas:
    """A compressed, reproducible canvas with no personal details in its metadata."""
    pdf = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
    pdf.setTitle(title)
    pdf.setCreator(APP_NAME)
    pdf.setAuthor("")
    pdf.setSubject("")
    return pdf


def new_document(
    buffer: io.BytesIO, title: str, *, side: float, top: float, bottom: float
) -> SimpleDocTemplate:
    """A flowing A4 document, reproducible and with no personal details in its metadata."""
    return SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=side,
        rightMargin=side,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author="",
        subject="",
        keywords="",
        creator=APP_NAME,
        invariant=1,
    )
