"""The monitoring return as a PDF: a summary for the council, every transaction, and a declaration.

Pages are laid out by hand rather than with platypus tables, because a year of payments can be
10,000 rows: every row is measured and wrapped first, the pages are worked out (so "Page N of M"
is known before anything is drawn), then the rows go straight onto the canvas. Nothing is cut
short; a very long note carries on over the page. Names go on the pages only, never into the
PDF's metadata, and the PDF is made in memory: no temporary file ever holds it. The blocks and
the paging come from pdf_common, shared with the care review.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import ClassVar

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from dpkeeper.domain.dates import format_day
from dpkeeper.domain.ledger import ReceiptStatus
from dpkeeper.domain.money import format_pence
from dpkeeper.domain.statement import MonitoringReturn, StatementLine
from dpkeeper.reports import fonts
from dpkeeper.reports.pdf_common import (
    AMBER,
    BAD_BOX,
    BAD_INK,
    CELL_PAD,
    GOOD_BOX,
    GOOD_INK,
    INK,
    LABEL_WIDTH,
    LEFT,
    MARGIN,
    SOFT,
    WIDTH,
    Box,
    Fact,
    Gap,
    Page,
    Pager,
    Rule,
    SignLine,
    TableRow,
    Type,
    amount_line,
    draw_pages,
    heading,
    new_canvas,
    period_words,
    text,
    width_of,
    wrap,
)
from dpkeeper.services.progress import Progress
from dpkeeper.services.statements import receipt_words

# The transaction list -------------------------------------------------------------------------

WIDE = landscape(A4)  # eight columns need the room
ROW_SIZE, ROW_LEADING, ROW_PAD = 8, 10.5, 3.5  # small type, generous rows


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
class Row(TableRow):
    """One transaction, wrapped to its columns; drawn with the font and colour already set."""

    size: ClassVar[float] = ROW_SIZE
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
