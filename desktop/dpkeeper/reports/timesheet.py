"""A PA's timesheet for one pay period: every shift, the totals, and lines for both to sign.

Written in the embedded DejaVu fonts, so names like Zoë or Łukasz print. Names go on the page
only, never into the PDF's metadata, and the PDF is made in memory: no temporary file ever holds
it.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from dpkeeper.domain.pay import PayPeriod
from dpkeeper.domain.staff import STAFF, Shift, ShiftType, format_minutes
from dpkeeper.domain.text import QT_TRANSLATE_NOOP, translate
from dpkeeper.reports import fonts, scripts
from dpkeeper.reports.pdf_common import (
    BOX,
    INK,
    SOFT,
    day,
    fill,
    new_document,
    page_footer,
    period_words,
)

WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekdays", "Mon"), QT_TRANSLATE_NOOP("Weekdays", "Tue"),
    QT_TRANSLATE_NOOP("Weekdays", "Wed"), QT_TRANSLATE_NOOP("Weekdays", "Thu"),
    QT_TRANSLATE_NOOP("Weekdays", "Fri"), QT_TRANSLATE_NOOP("Weekdays", "Sat"),
    QT_TRANSLATE_NOOP("Weekdays", "Sun"),
)  # fmt: skip
MARGIN = 14 * mm
FRAME_PADDING = 6  # points: reportlab's frames keep this much space inside the margins
LEFT = MARGIN + FRAME_PADDING
RIGHT = A4[0] - MARGIN - FRAME_PADDING
WIDTH = RIGHT - LEFT
RULE = colors.HexColor("#9aa5b1")  # under the last shift: darker than pdf_common's RULE

# Date, start, finish, break, hours, type; the note takes what is left. Sized so that "Wed 30 Sep
# 2026", "23:30 +1 day", "1h 30m" and "Waking night" each fit on one line in DejaVu Sans.
_COLUMNS = [35 * mm, 14 * mm, 27 * mm, 17 * mm, 21 * mm, 27 * mm]
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
        if self.next_day:
            return fill(translate("Reports", "%1 +1 day"), f"{self.finish:%H:%M}")
        return f"{self.finish:%H:%M}"


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


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles, made for each timesheet in the fonts that fonts.register() gives."""

    body: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    head_cell: ParagraphStyle
    number: ParagraphStyle
    head_number: ParagraphStyle
    total: ParagraphStyle
    note: ParagraphStyle

    @classmethod
    def of(cls, regular: str, bold: str) -> Styles:
        body = ParagraphStyle("body", fontName=regular, fontSize=11, leading=15, textColor=INK)
        cell = ParagraphStyle("cell", parent=body, fontSize=10, leading=12.5)
        head_cell = ParagraphStyle("head", parent=cell, fontName=bold)
        number = ParagraphStyle("number", parent=cell, alignment=TA_RIGHT)
        return cls(
            body=body,
            title=ParagraphStyle("title", parent=body, fontName=bold, fontSize=24, leading=28),
            heading=ParagraphStyle(
                "heading",
                parent=body,
                fontName=bold,
                fontSize=13,
                leading=17,
                spaceBefore=10,
                spaceAfter=4,
            ),
            cell=cell,
            head_cell=head_cell,
            number=number,
            head_number=ParagraphStyle("head_number", parent=head_cell, alignment=TA_RIGHT),
            total=ParagraphStyle("total", parent=number, fontName=bold),
            note=ParagraphStyle("note", parent=body, fontSize=10, leading=13, textColor=SOFT),
        )


_cell = scripts.paragraph  # plain text in a cell, in any script


def _weekday(value: date) -> str:
    return translate("Weekdays", WEEKDAYS[value.weekday()])


def _shift_table(sheet: TimesheetData, s: Styles) -> Table:
    heads = [
        translate("Reports", "Date"),
        translate("Reports", "Start"),
        translate("Reports", "Finish"),
        translate("Reports", "Break"),
        translate("Reports", "Hours"),
        translate("Reports", "Type"),
        translate("Reports", "Note"),
    ]
    data = [[_cell(h, s.head_number if i in (3, 4) else s.head_cell) for i, h in enumerate(heads)]]
    for row in sheet.rows:
        data.append(
            [
                _cell(f"{_weekday(row.day)} {day(row.day)}", s.cell),
                _cell(f"{row.start:%H:%M}", s.cell),
                _cell(row.finish_text, s.cell),
                _cell(format_minutes(row.break_minutes), s.number),
                _cell(format_minutes(row.paid_minutes), s.number),
                _cell(translate(STAFF, row.shift_type.label), s.cell),
                _cell(row.note, s.cell),
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


def _totals(sheet: TimesheetData, s: Styles) -> list:
    heads = [
        (translate("Reports", "Type"), s.head_cell),
        (translate("Reports", "Shifts"), s.head_number),
        (translate("Reports", "Hours"), s.head_number),
    ]
    data = [[_cell(text, style) for text, style in heads]]
    for kind, count, minutes in sheet.by_type:
        hours = format_minutes(minutes)
        if kind is ShiftType.SLEEP_IN:
            hours = fill(translate("Reports", "%1 awake"), hours)
        label = translate(STAFF, kind.label)
        data.append([_cell(label, s.cell), _cell(str(count), s.number), _cell(hours, s.number)])
    data.append(
        [
            _cell(translate("Reports", "Total"), s.head_cell),
            _cell(str(len(sheet.rows)), s.total),
            _cell(format_minutes(sheet.total_minutes), s.total),
        ]
    )
    table = Table(
        data,
        colWidths=[45 * mm, 20 * mm, 34 * mm],  # room for "12h 30m awake"
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
    story: list = [Spacer(1, 3 * mm), _cell(translate("Reports", "Totals"), s.heading), table]
    if sheet.sleep_ins:
        nights = (
            translate("Reports", "1 sleep-in this period.")
            if sheet.sleep_ins == 1
            else fill(translate("Reports", "%1 sleep-ins this period."), sheet.sleep_ins)
        )
        paid = translate(
            "Reports",
            "A sleep-in is paid as a set amount for the night; its hours above are only the "
            "time the PA was woken to work.",
        )
        story += [Spacer(1, 2 * mm), _cell(f"{nights} {paid}", s.note)]
    return [KeepTogether(story)]


def _signatures(s: Styles) -> KeepTogether:
    line = ("LINEBELOW", (1, 0), (1, 0), 0.8, INK)
    rows = []
    for who in (
        translate("Reports", "PA"),
        translate("Reports", "Employer (or the person helping)"),
    ):
        rows.append(
            Table(
                [
                    [
                        _cell(who, s.head_cell),
                        "",
                        _cell(translate("Reports", "Date"), s.head_cell),
                        "",
                    ]
                ],
                colWidths=[69 * mm, 58 * mm, 15 * mm, WIDTH - 142 * mm],
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
            _cell(translate("Reports", "Signatures"), s.heading),
            _cell(
                translate("Reports", "By signing, we agree that these are the hours worked."),
                s.body,
            ),
            *rows,
        ]
    )


def _story(sheet: TimesheetData, s: Styles) -> list:
    period = period_words(sheet.period.start, sheet.period.end)
    details = [
        (translate("Reports", "PA"), sheet.pa_name),
        (translate("Reports", "Pay period"), period),
    ]
    if sheet.employer_name:
        details.insert(0, (translate("Reports", "Employer"), sheet.employer_name))
    facts = Table(
        [[_cell(label, s.head_cell), _cell(value, s.cell)] for label, value in details],
        colWidths=[30 * mm, WIDTH - 30 * mm],
        hAlign="LEFT",
        style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]),
    )
    title = _cell(translate("Reports", "Timesheet"), s.title)
    story: list = [title, Spacer(1, 3 * mm), facts, Spacer(1, 4 * mm)]
    if sheet.rows:
        story.append(_shift_table(sheet, s))
        story += _totals(sheet, s)
    else:
        story.append(_cell(translate("Reports", "No shifts in this pay period."), s.body))
    story += [Spacer(1, 4 * mm), _signatures(s)]
    return story


def _canvas_class(made_on: date, later_header: str, font: str) -> type[Canvas]:
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
            page_footer(self, made_on, number, total, font, margin=LEFT, font_size=9)
            if number > 1:  # in the footer's font and colour
                scripts.draw(self, LEFT, A4[1] - 10 * mm, later_header)

    return FooterCanvas


def timesheet_pdf(sheet: TimesheetData) -> bytes:
    """The timesheet as PDF bytes: A4, as many pages as the shifts need."""
    buffer = io.BytesIO()
    doc = new_document(
        buffer, translate("Reports", "Timesheet"), side=MARGIN, top=16 * mm, bottom=18 * mm
    )
    regular, bold = fonts.register()
    period = period_words(sheet.period.start, sheet.period.end)
    header = fill(translate("Reports", "Timesheet: %1, %2"), sheet.pa_name, period)
    doc.build(
        _story(sheet, Styles.of(regular, bold)),
        canvasmaker=_canvas_class(sheet.made_on, header, regular),
    )
    return buffer.getvalue()
