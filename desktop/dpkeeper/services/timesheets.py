"""Timesheets and shift lists: a PA's hours for a pay period as a PDF; all shifts as CSV rows."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dpkeeper.domain.pay import PayPeriod
from dpkeeper.services import staff
from dpkeeper.services.session import Session

if TYPE_CHECKING:
    from dpkeeper.reports.timesheet import TimesheetData

CSV_HEADER = ["pa", "date", "start", "end", "break_minutes", "hours", "type", "note"]


def timesheet(session: Session, pa_id: int, period: PayPeriod) -> TimesheetData:
    """The shifts of one PA that start in ``period``, ready to print."""
    # The PDF library is loaded when first needed: starting the app should not wait for it.
    from dpkeeper.reports.timesheet import TimesheetData

    pa = staff.get_pa(session, pa_id)
    found = staff.shifts(session, period.start, period.end, pa_id)
    return TimesheetData.from_shifts(session.person_name, pa.name, period, found, date.today())


def timesheet_pdf(session: Session, pa_id: int, period: PayPeriod) -> bytes:
    from dpkeeper.reports import timesheet as report

    return report.timesheet_pdf(timesheet(session, pa_id, period))


def decimal_hours(minutes: int) -> str:
    """Minutes as hours to two places, rounded half up without floats: 450 → "7.50"."""
    hundredths = (minutes * 100 + 30) // 60
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def shifts_csv_rows(session: Session, start: date, end: date) -> list[list[str]]:
    """Every PA's shifts starting from ``start`` to ``end``, header first, in time order."""
    names = {pa.pa_id: pa.name for pa in staff.pas(session)}
    rows = [list(CSV_HEADER)]
    for shift in staff.shifts(session, start, end):
        rows.append(
            [
                names.get(shift.pa_id, ""),
                shift.day.isoformat(),
                f"{shift.start:%H:%M}",
                f"{shift.end:%H:%M}",
                str(shift.break_minutes),
                decimal_hours(shift.paid_minutes),
                shift.shift_type.value,
                shift.note,
            ]
        )
    return rows
