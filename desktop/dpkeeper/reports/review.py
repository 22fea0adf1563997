"""The care review statement: spending and PA hours against the plan, in plain words.

The first page says it in two sentences, then shows a bar chart and the figures line by line,
then leaves a boxed space for the person's own notes to take to the review meeting. Pages are
laid out with the blocks in pdf_common, as the monitoring return's are, so both documents look
and number alike.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from dpkeeper.domain.money import Pence, format_pence
from dpkeeper.domain.staff import format_minutes
from dpkeeper.domain.text import translate
from dpkeeper.reports import fonts, scripts
from dpkeeper.reports.pdf_common import (
    CELL_PAD,
    INK,
    LABEL_WIDTH,
    LEFT,
    RIGHT,
    RULE,
    SOFT,
    SUM_LEADING,
    SUM_PAD,
    SUM_SIZE,
    WIDTH,
    Fact,
    Gap,
    Page,
    Pager,
    Type,
    draw_pages,
    fill,
    heading,
    new_canvas,
    period_words,
    text,
    wrap,
)
from dpkeeper.services.progress import Progress

PLANNED_COLOUR = colors.HexColor("#c3d0dd")
SPENT_COLOUR = colors.HexColor("#2f5d8a")
NOTES_HEIGHT = A4[1] / 3 + 12  # at least a third of the page, to write in by hand


@dataclass(frozen=True, slots=True)
class ReviewData:
    person: str
    funder: str
    start: date
    end: date  # inclusive
    lines: tuple[tuple[str, Pence, Pence], ...]  # (budget line, planned, spent)
    planned_minutes: int  # PA time the plan allows for the period
    worked_minutes: int  # paid PA time in the shifts recorded
    made_on: date

    @property
    def planned_total(self) -> Pence:
        return sum(planned for _, planned, _ in self.lines)

    @property
    def spent_total(self) -> Pence:
        return sum(spent for _, _, spent in self.lines)


def spending_words(data: ReviewData) -> list[tuple[str, bool]]:
    """The first page's sentences about money and hours; True for the ones that lead."""
    spent, planned = data.spent_total, data.planned_total
    if not planned:
        words = [
            (fill(translate("Reports", "You spent %1."), format_pence(spent)), True),
            (
                translate(
                    "Reports",
                    "There is no support plan with budget lines for this period, so there is "
                    "nothing to compare it with.",
                ),
                False,
            ),
        ]
    else:
        spent_of = translate("Reports", "You spent %1 of %2.")
        words = [(fill(spent_of, format_pence(spent), format_pence(planned)), True)]
        if spent < planned:
            less = translate("Reports", "That is %1 less than the plan allowed.")
            gap = fill(less, format_pence(planned - spent))
        elif spent > planned:
            more = translate("Reports", "That is %1 more than the plan allowed.")
            gap = fill(more, format_pence(spent - planned))
        else:
            gap = translate("Reports", "That is exactly what the plan allowed.")
        words.append((gap, False))
    worked = format_minutes(data.worked_minutes)
    if data.planned_minutes:
        of_planned = translate("Reports", "Your PAs worked %1 of %2 planned hours.")
        words.append((fill(of_planned, worked, format_minutes(data.planned_minutes)), True))
    elif data.worked_minutes:
        words.append((fill(translate("Reports", "Your PAs worked %1."), worked), True))
        words.append((translate("Reports", "The plan sets no PA hours."), False))
    return words


@dataclass(slots=True)
class Chart:
    """A reportlab drawing placed in the flow of the page."""

    drawing: Drawing
    font: str = ""
    labels: tuple[tuple[float, float, str], ...] = ()  # (x, y, words) on top, in any script

    @property
    def height(self) -> float:
        return self.drawing.height

    def draw(self, pdf: Canvas, y: float) -> None:
        bottom = y - self.drawing.height
        renderPDF.draw(self.drawing, pdf, LEFT, bottom)
        if self.labels:
            pdf.setFont(self.font, 9)
            pdf.setFillColor(INK)
        for x, label_y, words in self.labels:
            scripts.draw(pdf, LEFT + x, bottom + label_y, words)


def _pounds(value: float) -> str:
    """An axis label: whole pounds, as the scale needs no pence."""
    return f"£{round(value) // 100:,}"


def axis_step(largest: Pence) -> Pence:
    """A round step for the money axis (£1, £2, £2.50 or £5 times a power of ten), at most six."""
    scale = 100
    while True:
        for step in (scale, 2 * scale, 5 * scale // 2, 5 * scale):
            if largest <= 6 * step:
                return step
        scale *= 10


def bar_chart(data: ReviewData, t: Type) -> Chart:
    """Planned and spent for each budget line, side by side; the first line at the top."""
    names = [wrap(name, t.regular, 9, 120) for name, _, _ in data.lines]
    band = max(30, *(len(lines) * 11 + 10 for lines in names))
    chart = HorizontalBarChart()
    chart.x, chart.y = 135, 24
    chart.width = WIDTH - chart.x - 20
    chart.height = band * len(data.lines)
    # The first series is drawn lowest in each group: spent under planned, as in the legend.
    chart.data = [
        [spent for _, _, spent in reversed(data.lines)],
        [planned for _, planned, _ in reversed(data.lines)],
    ]
    chart.bars[0].fillColor = SPENT_COLOUR
    chart.bars[1].fillColor = PLANNED_COLOUR
    chart.bars.strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 10
    chart.categoryAxis.categoryNames = ["\n".join(lines) for lines in reversed(names)]
    chart.categoryAxis.labels.fontName = t.regular
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    largest = max(max(planned, spent) for _, planned, spent in data.lines)
    step = axis_step(largest)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(-(-largest // step), 1) * step
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = _pounds
    chart.valueAxis.labels.fontName = t.regular
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labels.fillColor = SOFT
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.4
    drawing = Drawing(WIDTH, chart.y + chart.height + 24)
    drawing.add(chart)
    top = chart.y + chart.height + 10
    planned_words = translate("Reports", "Planned")
    spent_x = chart.x + max(80, scripts.width(planned_words, t.regular, 9) + 30)
    labels = []
    for x, colour, label in (
        (chart.x, PLANNED_COLOUR, planned_words),
        (spent_x, SPENT_COLOUR, translate("Reports", "Spent")),
    ):
        drawing.add(Rect(x, top - 1, 9, 9, fillColor=colour, strokeColor=None))
        labels.append((x + 14, top, label))
    return Chart(drawing, t.regular, tuple(labels))


AMOUNT_RIGHTS = (RIGHT - 230, RIGHT - 130, RIGHT - CELL_PAD)  # planned, spent, difference
NAME_WIDTH = WIDTH - 310


@dataclass(slots=True)
class PlanRow:
    """A line of the table: budget line, planned, spent, and how far under or over."""

    lines: list[str]
    amounts: tuple[str, str, str]
    font: str
    total: bool = False
    head: bool = False

    @property
    def height(self) -> float:
        return len(self.lines) * SUM_LEADING + 2 * SUM_PAD

    def draw(self, pdf: Canvas, y: float) -> None:
        base = y - SUM_PAD - SUM_SIZE
        pdf.setFont(self.font, SUM_SIZE if not self.head else 9)
        pdf.setFillColor(SOFT if self.head else INK)
        for i, line in enumerate(self.lines):
            scripts.draw(pdf, LEFT, base - i * SUM_LEADING, line)
        for right, amount in zip(AMOUNT_RIGHTS, self.amounts, strict=True):
            scripts.draw(pdf, right, base, amount, "right")
        pdf.setLineWidth(0.9 if self.total or self.head else 0.4)
        pdf.setStrokeColor(INK if self.total or self.head else RULE)
        edge = y if self.total else y - self.height
        pdf.line(LEFT, edge, RIGHT, edge)


def difference(planned: Pence, spent: Pence) -> str:
    if spent < planned:
        return fill(translate("Reports", "%1 under"), format_pence(planned - spent))
    if spent > planned:
        return fill(translate("Reports", "%1 over"), format_pence(spent - planned))
    return translate("Reports", "On plan")


def plan_row(name: str, planned: Pence, spent: Pence, t: Type, total: bool = False) -> PlanRow:
    font = t.bold if total else t.regular
    amounts = (format_pence(planned), format_pence(spent), difference(planned, spent))
    return PlanRow(wrap(name, font, SUM_SIZE, NAME_WIDTH), amounts, font, total)


@dataclass(slots=True)
class NotesBox:
    """An empty box with faint lines, for the person to write in by hand."""

    height: float = NOTES_HEIGHT
    ruling: float = 26

    def draw(self, pdf: Canvas, y: float) -> None:
        pdf.setStrokeColor(SOFT)
        pdf.setLineWidth(0.8)
        pdf.roundRect(LEFT, y - self.height, WIDTH, self.height, 5, stroke=1, fill=0)
        pdf.setStrokeColor(RULE)
        pdf.setLineWidth(0.4)
        line_y = y - self.ruling - 8
        while line_y > y - self.height + 12:
            pdf.line(LEFT + 12, line_y, RIGHT - 12, line_y)
            line_y -= self.ruling


def lay_out(data: ReviewData, t: Type) -> list[Page]:
    """The sentences, the chart, the table and the notes box, placed on pages."""
    pager = Pager()
    pager.add(text(translate("Reports", "Care review statement"), t.bold, 24, space_after=4))
    pager.add(
        text(
            translate("Reports", "Spending and support hours against the plan"),
            t.regular,
            12,
            colour=SOFT,
            space_after=14,
        )
    )
    facts = [
        (translate("Reports", "Person"), data.person or translate("Reports", "Not recorded")),
        (
            translate("Reports", "Paid by"),
            data.funder or translate("Reports", "No support plan recorded"),
        ),
        (translate("Reports", "Period"), period_words(data.start, data.end)),
    ]
    for label, value in facts:
        pager.add(Fact(label, wrap(value, t.regular, 10.5, WIDTH - LABEL_WIDTH), t))
    pager.add(Gap(14))
    for sentence, leads in spending_words(data):
        if leads:
            pager.add(text(sentence, t.bold, 16, leading=21, space_after=4))
        else:
            pager.add(text(sentence, t.regular, 12, leading=16, colour=SOFT, space_after=10))

    if data.lines:
        pager.add_together(
            [
                *heading(translate("Reports", "Planned and spent, by budget line"), t, before=16),
                bar_chart(data, t),
            ]
        )
        amounts = (
            translate("Reports", "Planned"),
            translate("Reports", "Spent"),
            translate("Reports", "Difference"),
        )
        head = PlanRow([translate("Reports", "Budget line")], amounts, t.bold, head=True)
        rows = [plan_row(name, planned, spent, t) for name, planned, spent in data.lines]
        total = translate("Reports", "Total")
        rows.append(plan_row(total, data.planned_total, data.spent_total, t, total=True))
        by_line = heading(translate("Reports", "Line by line"), t, before=16)
        pager.add_together([*by_line, head, rows[0]])
        pager.heads = head
        ending = rows[-2:] if len(rows) > 2 else rows[1:]  # the total keeps a line with it
        for row in rows[1 : len(rows) - len(ending)]:
            pager.add(row)
        pager.add_together(ending)
        pager.heads = None

    notes = [
        *heading(translate("Reports", "My own notes"), t, size=14, before=18),
        text(
            translate(
                "Reports", "What is working, what needs to change, and what to ask at the review."
            ),
            t.regular,
            10,
            colour=SOFT,
            space_after=8,
        ),
    ]
    if sum(block.height for block in notes) + NOTES_HEIGHT > pager.room():
        pager.new_page()
    for block in notes:
        pager.add(block)
    pager.add(NotesBox(max(NOTES_HEIGHT, pager.room() - 12)))  # the rest of the page
    return pager.pages


def review_pdf(data: ReviewData, progress: Progress | None = None) -> bytes:
    """The care review statement as PDF bytes (A4). Raises Stopped if the person cancels."""
    progress = progress or Progress()
    t = Type(*fonts.register())
    pages = lay_out(data, t)
    buffer = io.BytesIO()
    pdf = new_canvas(buffer, translate("Reports", "Care review statement"))
    head = (
        fill(translate("Reports", "Care review statement: %1"), data.person),
        period_words(data.start, data.end),
    )
    draw_pages(pdf, pages, t, data.made_on, head, progress, 0)
    pdf.save()
    return buffer.getvalue()
