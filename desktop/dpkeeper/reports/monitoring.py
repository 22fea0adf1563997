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
from datetime import date
from typing import ClassVar

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from dpkeeper.domain.ledger import ReceiptStatus
from dpkeeper.domain.money import format_pence
from dpkeeper.domain.statement import MonitoringReturn, StatementLine
from dpkeeper.domain.text import translate
from dpkeeper.reports import fonts, scripts
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
    day,
    draw_pages,
    fill,
    heading,
    new_canvas,
    period_words,
    text,
    width_of,
    wrap,
)
from dpkeeper.services.progress import Progress

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
    heads: tuple[str, ...]  # date … receipt, then money in and money out


def _heads() -> tuple[str, ...]:
    return (
        translate("Reports", "Date"),
        translate("Reports", "Ref"),
        translate("Reports", "Description"),
        translate("Reports", "Category"),
        translate("Reports", "Account"),
        translate("Reports", "Receipt"),
        translate("Reports", "In"),
        translate("Reports", "Out"),
    )


def columns(t: Type, ref_width: float, money_width: float) -> Columns:
    """Columns across a landscape page, sized to the widest date, reference and amount."""
    heads = _heads()
    table = WIDE[0] - 2 * MARGIN
    date_w = max(width_of(day(d), t.regular, ROW_SIZE) for d in _WIDE_DAYS) + 2 * CELL_PAD + 6
    ref_w = max(ref_width, width_of(heads[1], t.bold, ROW_SIZE)) + 2 * CELL_PAD + 6
    money_heads = max(width_of(head, t.bold, ROW_SIZE) for head in heads[6:])
    money_w = max(money_width, money_heads) + 2 * CELL_PAD + 12
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
        heads=heads,
    )


_WIDE_DAYS = [date(2026, month, 30 if month != 2 else 28) for month in range(1, 13)]


@dataclass(slots=True)
class ColumnHeads:
    cols: Columns
    type: Type
    height: float = 20

    def draw(self, pdf: Canvas, y: float) -> None:
        base = y - 13
        pdf.setFont(self.type.bold, ROW_SIZE)
        pdf.setFillColor(SOFT)
        for x, head in zip(self.cols.text_x, self.cols.heads[:6], strict=True):
            scripts.draw(pdf, x, base, head)
        scripts.draw(pdf, self.cols.in_right, base, self.cols.heads[6], "right")
        scripts.draw(pdf, self.cols.out_right, base, self.cols.heads[7], "right")
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
        # which row this is, on the new page
        rest[0], rest[1] = [translate("Reports", "continued")], self.cells[1][:1]
        return first, Row(tuple(rest), "", 0, "", 0, self.cols, self.shaded, self.warn, 0)

    def shade(self, pdf: Canvas, y: float) -> None:
        pdf.rect(LEFT, y - self.height, self.cols.right - LEFT, self.height, stroke=0, fill=1)

    def draw(self, pdf: Canvas, y: float) -> None:
        base = y - ROW_PAD - ROW_SIZE
        cols = self.cols

        def draw(x: float, y: float, words: str) -> None:
            if scripts.needs_help(words):  # a name in Urdu, say
                scripts.draw(pdf, x, y, words)
            else:
                pdf.drawString(x, y, words)

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


def _receipt_words(status: ReceiptStatus, reason: str) -> str:
    if status is ReceiptStatus.ATTACHED:
        return translate("Reports", "Receipt kept")
    if status is ReceiptStatus.EXPLAINED:
        return fill(translate("Reports", "No receipt: %1"), reason)
    if status is ReceiptStatus.MISSING:
        return translate("Reports", "No receipt yet")
    return ""


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
            cell(0, day(line.day)),
            cell(1, ref),
            cell(2, line.description),
            cell(3, line.category),
            cell(4, line.account),
            cell(5, _receipt_words(line.receipt, line.no_receipt_reason)),
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
    pager.add(text(translate("Reports", "Monitoring return"), t.bold, 24, space_after=4))
    spent = translate("Reports", "How the direct payment was spent")
    pager.add(text(spent, t.regular, 12, colour=SOFT, space_after=14))
    facts = [
        (translate("Reports", "Person"), ret.person or translate("Reports", "Not recorded")),
        (
            translate("Reports", "Paid by"),
            ret.funder or translate("Reports", "No support plan recorded"),
        ),
        (translate("Reports", "Reference"), ret.reference or translate("Reports", "None recorded")),
        (
            translate("Reports", "Period"),
            fill(translate("Reports", "%1 (%2 days)"), period_words(ret.start, ret.end), days),
        ),
    ]
    for label, value in facts:
        pager.add(Fact(label, wrap(value, t.regular, 10.5, WIDTH - LABEL_WIDTH), t))

    pager.add_together(heading(translate("Reports", "Summary"), t, before=16))
    opening = fill(translate("Reports", "Opening balance on %1"), day(ret.start))
    pager.add(amount_line(opening, ret.opening, t, total=True))
    sub = 5 * mm
    for title, parts, total_label, total in (
        (
            translate("Reports", "Money in, by where it came from"),
            ret.money_in,
            translate("Reports", "Total money in"),
            ret.money_in_total,
        ),
        (
            translate("Reports", "Money out, by category"),
            ret.money_out,
            translate("Reports", "Total money out"),
            ret.money_out_total,
        ),
    ):
        block = [Gap(6), text(title, t.bold, 10.5, colour=SOFT, space_after=2)]
        block += [amount_line(name, amount, t, indent=sub) for name, amount in parts] or [
            amount_line(translate("Reports", "None in this period"), 0, t, indent=sub)
        ]
        block.append(amount_line(total_label, total, t, indent=sub, total=True))
        pager.add_together(block)
    pager.add(Gap(6))
    closing = fill(translate("Reports", "Closing balance on %1"), day(ret.end))
    pager.add(amount_line(closing, ret.closing, t, total=True))
    pager.add(Gap(8))
    pager.add(_check(ret, t))

    block = heading(translate("Reports", "Money out, by budget line"), t)
    block += [amount_line(name, amount, t) for name, amount in ret.money_out_by_line]
    by_line = sum(amount for _, amount in ret.money_out_by_line)
    block.append(amount_line(translate("Reports", "Total money out"), by_line, t, total=True))
    pager.add_together(block)

    if ret.weeks_in_hand is None:
        weeks = translate("Reports", "Not worked out (no plan)")
    elif ret.weeks_in_hand == 1:
        weeks = fill(translate("Reports", "%1 week"), ret.weeks_in_hand)
    else:
        weeks = fill(translate("Reports", "%1 weeks"), ret.weeks_in_hand)
    explained = sum(1 for line in ret.lines if line.receipt is ReceiptStatus.EXPLAINED)
    block = heading(translate("Reports", "Money in hand and receipts"), t)
    in_hand = translate("Reports", "Weeks of money in hand on %1, at the plan's weekly amount")
    block += [
        amount_line(fill(in_hand, day(ret.end)), weeks, t),
        amount_line(
            translate("Reports", "Payments with no receipt yet"), str(ret.missing_receipts), t
        ),
        amount_line(
            translate("Reports", "Payments with no receipt, reason given"), str(explained), t
        ),
    ]
    pager.add_together(block)

    if ret.owed:
        block = heading(translate("Reports", "Owed but not yet paid"), t)
        block += [amount_line(what, amount, t) for what, amount in ret.owed]
        owed = sum(a for _, a in ret.owed)
        block.append(amount_line(translate("Reports", "Total owed"), owed, t, total=True))
        pager.add_together(block)


def _check(ret: MonitoringReturn, t: Type) -> Box:
    """The check line, plainly: it adds up, or it does not."""
    sums = fill(
        translate("Reports", "Opening %1 + money in %2 %3 money out %4"),
        format_pence(ret.opening),
        format_pence(ret.money_in_total),
        t.minus,
        format_pence(ret.money_out_total),
    )
    width, size = WIDTH - 16, 10
    if ret.balances:
        words = fill(translate("Reports", "%1 = closing %2"), sums, format_pence(ret.closing))
        words += t.tick
        return Box(wrap(words, t.bold, size, width), t.bold, GOOD_BOX, GOOD_INK, size)
    worked = ret.opening + ret.money_in_total - ret.money_out_total
    words = fill(
        translate(
            "Reports",
            "This does not add up. %1 = %2, but the closing balance is %3, a difference of %4. "
            "Please check the records before sending this return.",
        ),
        sums,
        format_pence(worked),
        format_pence(ret.closing),
        format_pence(ret.closing - worked),
    )
    return Box(wrap(words, t.bold, size, width), t.bold, BAD_BOX, BAD_INK, size)


def _transactions(pager: Pager, ret: MonitoringReturn, t: Type) -> None:
    pager.new_page(WIDE)
    wide = WIDE[0] - 2 * MARGIN
    every = translate("Reports", "Every transaction")
    pager.add(text(every, t.bold, 16, space_after=4, width=wide))
    count = len(ret.lines)
    how_many = (
        translate("Reports", "%1 transaction, oldest first.")
        if count == 1
        else translate("Reports", "%1 transactions, oldest first.")
    )
    transfers = translate(
        "Reports",
        "Transfers between the person's own accounts are listed but not counted as money in or "
        "out.",
    )
    note = f"{fill(how_many, count)} {transfers}"
    pager.add(text(note, t.regular, 9, colour=SOFT, space_after=8, width=wide))
    if not ret.lines:
        none = translate("Reports", "There were no transactions in this period.")
        pager.add(text(none, t.regular, 10.5, width=wide))
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
    to = ret.funder or translate("Reports", "the council")
    name, signature, when = (
        translate("Reports", "Name"),
        translate("Reports", "Signature"),
        translate("Reports", "Date"),
    )
    covers = translate(
        "Reports",
        "This return covers %1. Please sign and date below, then send the whole return to %2.",
    )
    pager.add_together(
        [
            text(translate("Reports", "Declaration"), t.bold, 20, space_after=10),
            text(
                translate(
                    "Reports", "I confirm this is a true record of how my direct payment was spent."
                ),
                t.bold,
                12,
                space_after=6,
            ),
            text(
                fill(covers, period_words(ret.start, ret.end), to),
                t.regular,
                10.5,
                colour=SOFT,
                space_after=18,
            ),
            text(translate("Reports", "The person receiving the direct payment"), t.bold, 11),
            SignLine(((name, WIDTH, ret.person),), t),
            SignLine(((signature, wide, ""), (when, narrow, "")), t),
            Gap(28),
            text(translate("Reports", "Anyone who helped keep these records"), t.bold, 11),
            text(
                translate(
                    "Reports",
                    "For example a family member, advocate or support worker. Leave blank if no "
                    "one helped.",
                ),
                t.regular,
                9.5,
                colour=SOFT,
            ),
            SignLine(((name, WIDTH, ""),), t),
            SignLine(((signature, wide, ""), (when, narrow, "")), t),
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
    title = translate("Reports", "Monitoring return")
    pdf = new_canvas(buffer, title)
    head = (
        fill(translate("Reports", "Monitoring return: %1"), ret.person),
        period_words(ret.start, ret.end),
    )
    draw_pages(pdf, pages, t, ret.made_on, head, progress or Progress(), len(ret.lines))
    pdf.save()
    return buffer.getvalue()
