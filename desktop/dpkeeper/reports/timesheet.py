"""A PA's timesheet for one pay period: every shift, the totals, and lines for both to sign.

Only standard PDF fonts are used. Names go on the page only, never into the PDF's metadata, and
the PDF is made in memory: no temporary file ever holds it.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from dpkeeper import APP_NAME
from dpkeeper.domain.dates import format_day
from dpkeeper.domain.pay import PayPeriod
from dpkeeper.domain.staff import Shift, ShiftType, format_minutes
from dpkeeper.reports.recovery_sheet import BOX, INK, SOFT

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MARGIN = 14 * mm
FRAME_PADDING = 6  # points: reportlab's frames keep this much space inside the margins
LEFT = MARGIN + FRAME_PADDING
RIGHT = A4[0] - MARGIN - FRAME_PADDING
WIDTH = RIGHT - LEFT
RULE = colors.HexColor("#9aa5b1")

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=15, textColor=INK)
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold", fontSize=24, leading=28)
HEADING = ParagraphStyle(
    "heading", parent=BODY, fontName="Helvetica-Bold", fontSize=13, leading=17, spaceBefore=10,
    spaceAfter=4,
)  # fmt: skip
CELL = ParagraphStyle("cell", parent=BODY, fontSize=10, leading=12.5)
HEAD_CELL = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold")
NUMBER = ParagraphStyle("number", parent=CELL, alignment=TA_RIGHT)
HEAD_NUMBER = ParagraphStyle("head_number", parent=HEAD_CELL, alignment=TA_RIGHT)
NOTE = ParagraphStyle("note", parent=BODY, fontSize=10, leading=13, textColor=SOFT)

# Date, start, finish, break, hours, type; the note takes what is left.
_COLUMNS = [33 * mm, 14 * mm, 25 * mm, 15 * mm, 20 * mm, 26 * mm]
_COLUMNS.append(WIDTH - sum(_COLUMNS))


@dataclass(frozen=True, slots=True)
class TimesheetRow:
    day: date
    start: time
    finish: time
    next_day: bool  # finishes the day after it starts
    break_minutes: int
    paid_minutes: int  # for a sleep-in, the time awake
    shift_type: ShiftType
    note: str = ""

    @classmethod
    def of(cls, shift: Shift) -> TimesheetRow:
        return cls(
            shift.day,
            shift.start,
            shift.end,
            shift.ends_at.date() != shift.day,
            shift.break_minutes,
            shift.paid_minutes,
            shift.shift_type,
            shift.note,
        )

    @property
    def finish_text(self) -> str:
        return f"{self.finish:%H:%M}" + (" +1 day" if self.next_day else "")


@dataclass(frozen=True, slots=True)
class TimesheetData:
    employer_name: str  # may be "" when the vault has no name
    pa_name: str
    period: PayPeriod
    rows: tuple[TimesheetRow, ...]  # in time order
    made_on: date

    @classmethod
    def from_shifts(
        cls,
        employer_name: str,
        pa_name: str,
        period: PayPeriod,
        shifts: Iterable[Shift],
        made_on: date,
    ) -> TimesheetData:
        ordered = sorted(shifts, key=lambda s: s.starts_at)
        return cls(employer_name, pa_name, period, tuple(map(TimesheetRow.of, ordered)), made_on)

    @property
    def total_minutes(self) -> int:
        return sum(row.paid_minutes for row in self.rows)

    @property
    def sleep_ins(self) -> int:
        return sum(1 for row in self.rows if row.shift_type is ShiftType.SLEEP_IN)

    @property
    def by_type(self) -> list[tuple[ShiftType, int, int]]:
        """(type, number of shifts, paid minutes) for each type worked, in the usual order."""
        return [
            (kind, len(rows), sum(row.paid_minutes for row in rows))
            for kind in ShiftType
            if (rows := [row for row in self.rows if row.shift_type is kind])
        ]


def _cell(text: str, style: ParagraphStyle = CELL) -> Paragraph:
    return Paragraph(escape(text), style)


def _shift_table(sheet: TimesheetData) -> Table:
    header = ["Date", "Start", "Finish", "Break", "Hours", "Type", "Note"]
    data = [
        [_cell(text, HEAD_NUMBER if text in ("Break", "Hours") else HEAD_CELL) for text in header]
    ]
    for row in sheet.rows:
        data.append(
            [
                _cell(f"{WEEKDAYS[row.day.weekday()]} {format_day(row.day)}"),
                _cell(f"{row.start:%H:%M}"),
                _cell(row.finish_text),
                _cell(format_minutes(row.break_minutes), NUMBER),
                _cell(format_minutes(row.paid_minutes), NUMBER),
                _cell(row.shift_type.label),
                _cell(row.note),
            ]
        )
    return Table(
        data,
        colWidths=_COLUMNS,
        repeatRows=1,
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, INK),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, BOX]),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (4, 0), (4, -1), 8),  # a gap before the type
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        ),
    )


def _totals(sheet: TimesheetData) -> list:
    data = [[_cell("Type", HEAD_CELL), _cell("Shifts", HEAD_NUMBER), _cell("Hours", HEAD_NUMBER)]]
    for kind, count, minutes in sheet.by_type:
        hours = format_minutes(minutes) + (" awake" if kind is ShiftType.SLEEP_IN else "")
        data.append([_cell(kind.label), _cell(str(count), NUMBER), _cell(hours, NUMBER)])
    bold = ParagraphStyle("total", parent=NUMBER, fontName="Helvetica-Bold")
    data.append(
        [
            _cell("Total", HEAD_CELL),
            _cell(str(len(sheet.rows)), bold),
            _cell(format_minutes(sheet.total_minutes), bold),
        ]
    )
    table = Table(
        data,
        colWidths=[45 * mm, 20 * mm, 30 * mm],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, INK),
                ("LINEABOVE", (0, -1), (-1, -1), 1.2, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        ),
    )
    story: list = [Spacer(1, 3 * mm), Paragraph("Totals", HEADING), table]
    if sheet.sleep_ins:
        nights = "1 sleep-in" if sheet.sleep_ins == 1 else f"{sheet.sleep_ins} sleep-ins"
        story += [
            Spacer(1, 2 * mm),
            Paragraph(
                f"{nights} this period. A sleep-in is paid as a set amount for the night; its "
                "hours above are only the time the PA was woken to work.",
                NOTE,
            ),
        ]
    return [KeepTogether(story)]


def _signatures() -> KeepTogether:
    line = ("LINEBELOW", (1, 0), (1, 0), 0.8, INK)
    rows = []
    for who in ("PA", "Employer (or the person helping)"):
        rows.append(
            Table(
                [[_cell(who, HEAD_CELL), "", _cell("Date", HEAD_CELL), ""]],
                colWidths=[62 * mm, 62 * mm, 14 * mm, WIDTH - 138 * mm],
                rowHeights=[14 * mm],
                hAlign="LEFT",
                style=TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                        line,
                        ("LINEBELOW", (3, 0), (3, 0), 0.8, INK),
                        ("LEFTPADDING", (0, 0), (0, 0), 0),
                        ("LEFTPADDING", (2, 0), (2, 0), 8),
                    ]
                ),
            )
        )
    return KeepTogether(
        [
            Paragraph("Signatures", HEADING),
            Paragraph("By signing, we agree that these are the hours worked.", BODY),
            *rows,
        ]
    )


def _story(sheet: TimesheetData) -> list:
    details = [("PA", sheet.pa_name), ("Pay period", sheet.period.label)]
    if sheet.employer_name:
        details.insert(0, ("Employer", sheet.employer_name))
    facts = Table(
        [[_cell(label, HEAD_CELL), _cell(value)] for label, value in details],
        colWidths=[30 * mm, WIDTH - 30 * mm],
        hAlign="LEFT",
        style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]),
    )
    story: list = [Paragraph("Timesheet", TITLE), Spacer(1, 3 * mm), facts, Spacer(1, 4 * mm)]
    if sheet.rows:
        story.append(_shift_table(sheet))
        story += _totals(sheet)
    else:
        story.append(Paragraph("No shifts in this pay period.", BODY))
    story += [Spacer(1, 4 * mm), _signatures()]
    return story


def _canvas_class(footer: str, later_header: str) -> type[Canvas]:
    """A canvas that holds its pages back until the end, to write "Page N of M" on each."""

    class FooterCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            self.setFont("Helvetica", 9)
            self.setFillColor(SOFT)
            self.drawString(LEFT, 10 * mm, footer)
            self.drawRightString(RIGHT, 10 * mm, f"Page {number} of {total}")
            if number > 1:
                self.drawString(LEFT, A4[1] - 10 * mm, later_header)

    return FooterCanvas


def timesheet_pdf(sheet: TimesheetData) -> bytes:
    """The timesheet as PDF bytes: A4, as many pages as the shifts need."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title="Timesheet",
        author="",
        subject="",
        keywords="",
        creator=APP_NAME,
        invariant=1,
    )
    footer = f"Made on {format_day(sheet.made_on)} with {APP_NAME}"
    header = f"Timesheet: {sheet.pa_name}, {sheet.period.label}"
    doc.build(_story(sheet), canvasmaker=_canvas_class(footer, header))
    return buffer.getvalue()
