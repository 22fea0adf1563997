"""The monitoring return as a PDF: a summary for the council, every transaction, and a declaration.

Pages are laid out by hand rather than with platypus tables, because a year of payments can be
10,000 rows: every row is measured and wrapped first, the pages are worked out (so "Page N of M"
is known before anything is drawn), then the rows go straight onto the canvas. Nothing is cut
short; a very long note carries on over the page. Names go on the pages only, never into the
PDF's metadata, and the PDF is made in memory: no temporary file ever holds it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from dpkeeper import APP_NAME
from dpkeeper.domain.dates import format_day
from dpkeeper.domain.ledger import ReceiptStatus
from dpkeeper.domain.money import Pence, format_pence
from dpkeeper.domain.statement import MonitoringReturn, StatementLine
from dpkeeper.reports import fonts
from dpkeeper.reports.recovery_sheet import INK, SOFT
from dpkeeper.services.progress import Progress
from dpkeeper.services.statements import receipt_words

PAGE_WIDTH, PAGE_HEIGHT = A4
WIDE = landscape(A4)  # the transaction list: eight columns need the room
MARGIN = 14 * mm
LEFT, RIGHT = MARGIN, PAGE_WIDTH - MARGIN
WIDTH = RIGHT - LEFT
HEAD_SPACE = 20 * mm  # from the top of the page, room for the running head
BOTTOM = 18 * mm  # above the footer
LABEL_WIDTH = 32 * mm  # "Person", "Period" and the like, before their values

RULE = colors.HexColor("#cbd2d9")
ZEBRA = colors.HexColor("#f0f4f8")
GOOD_BOX, GOOD_INK = colors.HexColor("#e8f5ec"), colors.HexColor("#1e6b3a")
BAD_BOX, BAD_INK = colors.HexColor("#fdecea"), colors.HexColor("#9b1c1c")
AMBER = colors.HexColor("#8a4b08")

# The transaction list: small type, generous rows.
ROW_SIZE, ROW_LEADING, ROW_PAD, CELL_PAD = 8, 10.5, 3.5, 3
# The summary: label on the left, amount on the right.
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


def width_of(text: str, font: str, size: float) -> float:
    return pdfmetrics.getFont(font).stringWidth(text, size)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` as lines no wider than ``width``; a word too long for a line is broken."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
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
    return f"{format_day(start)} to {format_day(end)}"


def page_footer(
    pdf: Canvas, made_on: date, number: int, total: int, font: str, size: tuple = A4
) -> None:
    right = size[0] - MARGIN
    pdf.setFont(font, 8)
    pdf.setFillColor(SOFT)
    pdf.drawString(LEFT, 10 * mm, f"Made on {format_day(made_on)} with {APP_NAME}")
    pdf.drawRightString(right, 10 * mm, f"Page {number} of {total}")


def running_head(pdf: Canvas, left: str, right: str, font: str, size: tuple = A4) -> None:
    """The line at the top of every page after the first: who and which period."""
    width, height = size
    pdf.setFont(font, 8)
    pdf.setFillColor(SOFT)
    pdf.drawString(LEFT, height - 11 * mm, left)
    pdf.drawRightString(width - MARGIN, height - 11 * mm, right)
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

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading + self.space_after

    def draw(self, pdf: Canvas, y: float) -> None:
        pdf.setFont(self.font, self.size)
        pdf.setFillColor(self.colour)
        for i, line in enumerate(self.lines):
            pdf.drawString(self.x, y - self.size - i * self.leading, line)


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
    return Text(wrap(words, font, size, width), font, size, leading, colour, space_after, x)


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
        pdf.drawString(LEFT, y - 10, self.label)
        pdf.setFont(self.type.regular, 10.5)
        pdf.setFillColor(INK)
        for i, line in enumerate(self.lines):
            pdf.drawString(LEFT + LABEL_WIDTH, y - 10 - i * 14, line)


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
            pdf.drawString(LEFT + self.indent, base - i * SUM_LEADING, line)
        pdf.drawRightString(RIGHT - CELL_PAD, base, self.amount)
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
        for i, line in enumerate(self.lines):
            pdf.drawString(LEFT + self.pad, y - self.pad - self.size - i * self.size * 1.35, line)


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


# The transaction list -------------------------------------------------------------------------


@dataclass(slots=True)
class Columns:
    """Where each column starts; the description takes the room the others leave."""

    text_x: tuple[float, ...]  # date, reference, description, category, account, receipt
    text_width: tuple[float, ...]
    in_right: float
    out_right: float
    right: float  # the table's right edge
    heads: tuple[str, ...] = ("Date", "Ref", "Description", "Category", "Account", "Receipt")


def columns(t: Type, ref_width: float, money_width: float) -> Columns:
    """Columns across a landscape page, sized to the widest date, reference and amount."""
    table = WIDE[0] - 2 * MARGIN
    date_w = width_of("30 Sep 2026", t.regular, ROW_SIZE) + 2 * CELL_PAD + 6
    ref_w = max(ref_width, width_of("Ref", t.bold, ROW_SIZE)) + 2 * CELL_PAD + 6
    money_w = max(money_width, width_of("Out", t.bold, ROW_SIZE)) + 2 * CELL_PAD + 12
    category_w, account_w, receipt_w = 112.0, 112.0, 132.0
    description_w = table - date_w - ref_w - category_w - account_w - 2 * money_w - receipt_w
    widths = (date_w, ref_w, description_w, category_w, account_w)
    starts = [LEFT]
    for w in widths[:-1]:
        starts.append(starts[-1] + w)
    account_end = starts[-1] + account_w
    receipt_x = account_end + 2 * money_w + 6  # a little air after the amounts
    return Columns(
        text_x=tuple(x + CELL_PAD for x in (*starts, receipt_x)),
        text_width=tuple(w - 2 * CELL_PAD for w in (*widths, receipt_w - 6)),
        in_right=account_end + money_w - CELL_PAD,
        out_right=account_end + 2 * money_w - CELL_PAD,
        right=LEFT + table,
    )


@dataclass(slots=True)
class ColumnHeads:
    cols: Columns
    type: Type
    height: float = 20

    def draw(self, pdf: Canvas, y: float) -> None:
        base = y - 13
        pdf.setFont(self.type.bold, ROW_SIZE)
        pdf.setFillColor(SOFT)
        for x, head in zip(self.cols.text_x, self.cols.heads, strict=True):
            pdf.drawString(x, base, head)
        pdf.drawRightString(self.cols.in_right, base, "In")
        pdf.drawRightString(self.cols.out_right, base, "Out")
        pdf.setStrokeColor(INK)
        pdf.setLineWidth(0.9)
        pdf.line(LEFT, y - self.height + 1, self.cols.right, y - self.height + 1)


@dataclass(slots=True)
class Row:
    """One transaction, wrapped to its columns; drawn with the font and colour already set."""

    cells: tuple[list[str], ...]  # date, reference, description, category, account, receipt
    money_in: str
    in_width: float
    money_out: str
    out_width: float
    cols: Columns
    shaded: bool
    warn: bool  # no receipt yet
    number: int  # 1-based; 0 for the rest of a row carried over the page
    height: float = field(init=False)

    def __post_init__(self) -> None:
        self.height = max(len(cell) for cell in self.cells) * ROW_LEADING + 2 * ROW_PAD

    def split(self, room: float) -> tuple[Row | None, Row]:
        """The lines that fit in ``room``, and the rest for the next page."""
        n = int((room - 2 * ROW_PAD) // ROW_LEADING)
        if n < 1:
            return None, self
        first = Row(
            tuple(c[:n] for c in self.cells), self.money_in, self.in_width, self.money_out,
            self.out_width, self.cols, self.shaded, self.warn, self.number,
        )  # fmt: skip
        rest = [c[n:] or [""] for c in self.cells]
        rest[0], rest[1] = ["continued"], self.cells[1][:1]  # which row this is, on the new page
        return first, Row(tuple(rest), "", 0, "", 0, self.cols, self.shaded, self.warn, 0)

    def shade(self, pdf: Canvas, y: float) -> None:
        pdf.rect(LEFT, y - self.height, self.cols.right - LEFT, self.height, stroke=0, fill=1)

    def draw(self, pdf: Canvas, y: float) -> None:
        base = y - ROW_PAD - ROW_SIZE
        draw = pdf.drawString
        cols = self.cols
        cells = self.cells
        for column in range(5):
            x = cols.text_x[column]
            for i, line in enumerate(cells[column]):
                draw(x, base - i * ROW_LEADING, line)
        if self.money_in:
            draw(cols.in_right - self.in_width, base, self.money_in)
        if self.money_out:
            draw(cols.out_right - self.out_width, base, self.money_out)
        if self.warn:
            pdf.setFillColor(AMBER)
        x = cols.text_x[5]
        for i, line in enumerate(cells[5]):
            draw(x, base - i * ROW_LEADING, line)
        if self.warn:
            pdf.setFillColor(INK)


def rows(lines: tuple[StatementLine, ...], t: Type) -> list[Row]:
    """Every transaction measured and wrapped; repeated words are wrapped once."""
    font = t.regular
    measure = pdfmetrics.getFont(font).stringWidth
    money = [
        (
            format_pence(line.amount) if line.amount > 0 else "",
            format_pence(-line.amount) if line.amount < 0 else "",
        )
        for line in lines
    ]
    refs = [line.reference for line in lines]
    ref_width = max((measure(r, ROW_SIZE) for r in refs), default=0)
    money_width = max((measure(m, ROW_SIZE) for pair in money for m in pair), default=0)
    cols = columns(t, ref_width, money_width)
    widths = cols.text_width
    caches: tuple[dict[str, list[str]], ...] = tuple({} for _ in widths)

    def cell(column: int, words: str) -> list[str]:
        cache = caches[column]
        found = cache.get(words)
        if found is None:
            found = cache[words] = wrap(words, font, ROW_SIZE, widths[column])
        return found

    out = []
    for number, (line, ref, (money_in, money_out)) in enumerate(
        zip(lines, refs, money, strict=True), start=1
    ):
        cells = (
            cell(0, format_day(line.day)),
            cell(1, ref),
            cell(2, line.description),
            cell(3, line.category),
            cell(4, line.account),
            cell(5, receipt_words(line.receipt, line.no_receipt_reason)),
        )
        out.append(
            Row(
                cells,
                money_in,
                measure(money_in, ROW_SIZE) if money_in else 0,
                money_out,
                measure(money_out, ROW_SIZE) if money_out else 0,
                cols,
                number % 2 == 0,
                line.receipt is ReceiptStatus.MISSING,
                number,
            )
        )
    return out


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

    def add_row(self, row: Row) -> None:
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


def _summary(pager: Pager, ret: MonitoringReturn, t: Type) -> None:
    days = (ret.end - ret.start).days + 1
    pager.add(text("Monitoring return", t.bold, 24, space_after=4))
    pager.add(text("How the direct payment was spent", t.regular, 12, colour=SOFT, space_after=14))
    facts = [
        ("Person", ret.person or "Not recorded"),
        ("Paid by", ret.funder or "No support plan recorded"),
        ("Reference", ret.reference or "None recorded"),
        ("Period", f"{period_words(ret.start, ret.end)} ({days} days)"),
    ]
    for label, value in facts:
        pager.add(Fact(label, wrap(value, t.regular, 10.5, WIDTH - LABEL_WIDTH), t))

    pager.add_together(heading("Summary", t, before=16))
    pager.add(
        amount_line(f"Opening balance on {format_day(ret.start)}", ret.opening, t, total=True)
    )
    sub = 5 * mm
    for title, parts, total_label, total in (
        ("Money in, by where it came from", ret.money_in, "Total money in", ret.money_in_total),
        ("Money out, by category", ret.money_out, "Total money out", ret.money_out_total),
    ):
        block = [Gap(6), text(title, t.bold, 10.5, colour=SOFT, space_after=2)]
        block += [amount_line(name, amount, t, indent=sub) for name, amount in parts] or [
            amount_line("None in this period", 0, t, indent=sub)
        ]
        block.append(amount_line(total_label, total, t, indent=sub, total=True))
        pager.add_together(block)
    pager.add(Gap(6))
    pager.add(amount_line(f"Closing balance on {format_day(ret.end)}", ret.closing, t, total=True))
    pager.add(Gap(8))
    pager.add(_check(ret, t))

    block = heading("Money out, by budget line", t)
    block += [amount_line(name, amount, t) for name, amount in ret.money_out_by_line]
    by_line = sum(amount for _, amount in ret.money_out_by_line)
    block.append(amount_line("Total money out", by_line, t, total=True))
    pager.add_together(block)

    if ret.weeks_in_hand is None:
        weeks = "Not worked out (no plan)"
    else:
        weeks = f"{ret.weeks_in_hand} {'week' if ret.weeks_in_hand == 1 else 'weeks'}"
    explained = sum(1 for line in ret.lines if line.receipt is ReceiptStatus.EXPLAINED)
    block = heading("Money in hand and receipts", t)
    block += [
        amount_line(
            f"Weeks of money in hand on {format_day(ret.end)}, at the plan's weekly amount",
            weeks,
            t,
        ),
        amount_line("Payments with no receipt yet", str(ret.missing_receipts), t),
        amount_line("Payments with no receipt, reason given", str(explained), t),
    ]
    pager.add_together(block)

    if ret.owed:
        block = heading("Owed but not yet paid", t)
        block += [amount_line(what, amount, t) for what, amount in ret.owed]
        block.append(amount_line("Total owed", sum(a for _, a in ret.owed), t, total=True))
        pager.add_together(block)


def _check(ret: MonitoringReturn, t: Type) -> Box:
    """The check line, plainly: it adds up, or it does not."""
    sums = (
        f"Opening {format_pence(ret.opening)} + money in {format_pence(ret.money_in_total)} "
        f"{t.minus} money out {format_pence(ret.money_out_total)}"
    )
    width, size = WIDTH - 16, 10
    if ret.balances:
        words = f"{sums} = closing {format_pence(ret.closing)}{t.tick}"
        return Box(wrap(words, t.bold, size, width), t.bold, GOOD_BOX, GOOD_INK, size)
    worked = ret.opening + ret.money_in_total - ret.money_out_total
    words = (
        f"This does not add up. {sums} = {format_pence(worked)}, but the closing balance is "
        f"{format_pence(ret.closing)}, a difference of {format_pence(ret.closing - worked)}. "
        "Please check the records before sending this return."
    )
    return Box(wrap(words, t.bold, size, width), t.bold, BAD_BOX, BAD_INK, size)


def _transactions(pager: Pager, ret: MonitoringReturn, t: Type) -> None:
    pager.new_page(WIDE)
    pager.add(text("Every transaction", t.bold, 16, space_after=4))
    count = len(ret.lines)
    note = (
        f"{count} {'transaction' if count == 1 else 'transactions'}, oldest first. Transfers "
        "between the person's own accounts are listed but not counted as money in or out."
    )
    pager.add(text(note, t.regular, 9, colour=SOFT, space_after=8, width=WIDE[0] - 2 * MARGIN))
    if not ret.lines:
        pager.add(text("There were no transactions in this period.", t.regular, 10.5))
        return
    laid_out = rows(ret.lines, t)
    pager.heads = ColumnHeads(laid_out[0].cols, t)
    pager.add(pager.heads)
    for row in laid_out:
        pager.add_row(row)
    pager.heads = None
    pager.add(Rule(laid_out[0].cols.right))


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
            pdf.drawString(x, base, label)
            start = x + width_of(label, self.type.regular, 10) + 6
            pdf.setStrokeColor(INK)
            pdf.setLineWidth(0.7)
            pdf.line(start, base - 2, x + width, base - 2)
            if filled:
                pdf.setFont(self.type.regular, 11)
                pdf.setFillColor(INK)
                pdf.drawString(start + 4, base + 1, filled)
            x += width + 10 * mm


def _declaration(pager: Pager, ret: MonitoringReturn, t: Type) -> None:
    """A page of its own, so it can be signed and sent back on its own if asked."""
    pager.new_page(A4)
    wide, narrow = WIDTH - 60 * mm, 50 * mm
    to = ret.funder or "the council"
    pager.add_together(
        [
            text("Declaration", t.bold, 20, space_after=10),
            text(
                "I confirm this is a true record of how my direct payment was spent.",
                t.bold,
                12,
                space_after=6,
            ),
            text(
                f"This return covers {period_words(ret.start, ret.end)}. Please sign and date "
                f"below, then send the whole return to {to}.",
                t.regular,
                10.5,
                colour=SOFT,
                space_after=18,
            ),
            text("The person receiving the direct payment", t.bold, 11),
            SignLine((("Name", WIDTH, ret.person),), t),
            SignLine((("Signature", wide, ""), ("Date", narrow, "")), t),
            Gap(28),
            text("Anyone who helped keep these records", t.bold, 11),
            text(
                "For example a family member, advocate or support worker. Leave blank if no one "
                "helped.",
                t.regular,
                9.5,
                colour=SOFT,
            ),
            SignLine((("Name", WIDTH, ""),), t),
            SignLine((("Signature", wide, ""), ("Date", narrow, "")), t),
        ]
    )


def lay_out(ret: MonitoringReturn, t: Type) -> list[Page]:
    """Every page's blocks with where they go, worked out before anything is drawn."""
    pager = Pager()
    _summary(pager, ret, t)
    _transactions(pager, ret, t)
    _declaration(pager, ret, t)
    return pager.pages


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
            if block.__class__ is Row and block.shaded:
                block.shade(pdf, y)
        ready = False  # the font and colour are set for rows
        for y, block in page.blocks:
            if block.__class__ is Row:
                if not ready:
                    pdf.setFont(t.regular, ROW_SIZE)
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


def monitoring_pdf(ret: MonitoringReturn, progress: Progress | None = None) -> bytes:
    """The monitoring return as PDF bytes. Raises Stopped if the person cancels."""
    t = Type(*fonts.register())
    pages = lay_out(ret, t)
    buffer = io.BytesIO()
    pdf = new_canvas(buffer, "Monitoring return")
    head = (f"Monitoring return: {ret.person}", period_words(ret.start, ret.end))
    draw_pages(pdf, pages, t, ret.made_on, head, progress or Progress(), len(ret.lines))
    pdf.save()
    return buffer.getvalue()
