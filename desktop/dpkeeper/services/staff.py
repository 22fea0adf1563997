"""PAs, their shifts and pay: what the Staff and Hours pages and the CLI call.

Each change is one transaction with an audit line. Warnings (minimum wage, breaks, rest) are
returned for showing, never used to refuse a shift: the person may know something we don't.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from dpkeeper import paths
from dpkeeper.domain.access import Action
from dpkeeper.domain.dates import format_day
from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.pay import (
    GrossPay,
    HolidaySummary,
    PayPeriod,
    Payslip,
    Reminder,
    Rules,
    StaffWarning,
    gross_pay,
    holiday_summary,
    pay_period,
    pay_periods,
    reminders,
    warnings_for,
)
from dpkeeper.domain.staff import (
    PA,
    Absence,
    Check,
    Shift,
    parse_shift,
    suggested_type,
)
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.records import audit, vault_info
from dpkeeper.records import staff as records
from dpkeeper.records.db import transaction
from dpkeeper.services import access, money
from dpkeeper.services import plan as plan_service
from dpkeeper.services.session import Session

NATIONS = ("england-and-wales", "scotland", "northern-ireland")
NATION_KEY = "staff.nation"
LEAVE_YEAR_KEY = "staff.leave_year_start"  # "04-01"


@cache
def _rules(nation: str) -> Rules:
    folder = paths.resources_dir()

    def read(name: str):
        return json.loads((folder / name).read_text(encoding="utf-8"))

    return Rules.from_data(
        read("minimum_wage.json"),
        read("holiday.json"),
        read("working_time.json"),
        read("bank_holidays.json").get(nation, ()),
    )


def rules(session: Session | None = None) -> Rules:
    """The legal figures and the bank holidays of the vault's nation (England and Wales)."""
    nation = NATIONS[0]
    if session is not None:
        nation = vault_info.get(session.connection, NATION_KEY, nation) or nation
    return _rules(nation if nation in NATIONS else NATIONS[0])


def nation(session: Session) -> str:
    found = vault_info.get(session.connection, NATION_KEY, NATIONS[0]) or NATIONS[0]
    return found if found in NATIONS else NATIONS[0]


def set_nation(session: Session, chosen: str) -> None:
    """Whose bank holidays to use: England and Wales, Scotland or Northern Ireland."""
    access.require(session, Action.STAFF)
    if chosen not in NATIONS:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Please choose a part of the UK."))
    with transaction(session.connection) as conn:
        vault_info.put(conn, NATION_KEY, chosen)
        audit.record(conn, session.actor, "staff.nation", chosen)


def leave_year_start(session: Session) -> tuple[int, int]:
    text = vault_info.get(session.connection, LEAVE_YEAR_KEY, "04-01") or "04-01"
    month, day = (int(part) for part in text.split("-"))
    return month, day


def set_leave_year_start(session: Session, month: int, day: int) -> None:
    access.require(session, Action.STAFF)
    try:
        date(2025, month, day)  # not 29 Feb: a leave year must start every year
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Please choose a real day for the leave year to start.")
        ) from None
    with transaction(session.connection) as conn:
        vault_info.put(conn, LEAVE_YEAR_KEY, f"{month:02d}-{day:02d}")
        audit.record(conn, session.actor, "staff.leave_year", f"{month:02d}-{day:02d}")


# PAs -----------------------------------------------------------------------------------------


def pas(session: Session) -> list[PA]:
    return records.pas(session.connection)


def get_pa(session: Session, pa_id: int) -> PA:
    for pa in pas(session):
        if pa.pa_id == pa_id:
            return pa
    raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "That PA is no longer in your records."))


def find_pa(session: Session, name: str) -> PA:
    wanted = " ".join(name.split()).casefold()
    for pa in pas(session):
        if pa.name.casefold() == wanted:
            return pa
    raise InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors", "There is no PA called “{name}”. Please check the name, or add them first."
        ),
        name=name.strip(),
    )


def save_pa(session: Session, pa: PA) -> PA:
    access.require(session, Action.STAFF)
    pa = replace(pa, name=" ".join(pa.name.split()))
    pa.validate()
    conn = session.connection
    if records.name_taken(conn, pa.name, pa.pa_id):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is already a PA called “{name}”. Please add something to tell them apart, "
                "like a surname or initial.",
            ),
            name=pa.name,
        )
    with transaction(conn):
        pa_id = records.save_pa(conn, pa)
        audit.record(conn, session.actor, "staff.pa_saved", f"{pa_id} {pa.name}")
    return replace(pa, pa_id=pa_id)


# Shifts --------------------------------------------------------------------------------------


def shifts(session: Session, start: date, end: date, pa_id: int | None = None) -> list[Shift]:
    return records.shifts(session.connection, start, end, pa_id)


def _check_shift(session: Session, shift: Shift) -> PA:
    shift.validate()
    pa = get_pa(session, shift.pa_id)
    if not pa.employed_on(shift.day):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} did not work for you on {day} (they started on {start}{ended}). "
                "Please check the date, or change their start or end date first.",
            ),
            name=pa.name,
            day=format_day(shift.day),
            start=format_day(pa.start),
            ended=f" and left on {format_day(pa.end)}" if pa.end else "",
        )
    return pa


def add_shift(session: Session, shift: Shift) -> tuple[int, list[StaffWarning]]:
    access.require(session, Action.HOURS)
    pa = _check_shift(session, shift)
    conn = session.connection
    with transaction(conn):
        shift_id = records.add_shift(conn, shift, session.actor)
        audit.record(conn, session.actor, "staff.shift_added", f"{shift_id} {pa.name}")
    return shift_id, _warnings_around(session, pa, shift.day)


def change_shift(session: Session, shift: Shift) -> list[StaffWarning]:
    access.require(session, Action.HOURS)
    if shift.shift_id is None or records.shift(session.connection, shift.shift_id) is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "That shift is no longer in your records."))
    pa = _check_shift(session, shift)
    conn = session.connection
    with transaction(conn):
        records.update_shift(conn, shift, session.actor)
        audit.record(conn, session.actor, "staff.shift_changed", f"{shift.shift_id} {pa.name}")
    return _warnings_around(session, pa, shift.day)


def delete_shift(session: Session, shift_id: int) -> None:
    access.require(session, Action.DELETE)
    conn = session.connection
    shift = records.shift(conn, shift_id)
    if shift is None:
        return
    with transaction(conn):
        records.delete_shift(conn, shift, session.actor)
        audit.record(conn, session.actor, "staff.shift_deleted", str(shift_id))


def shift_history(session: Session, shift_id: int) -> list[tuple[str, str, str, str]]:
    return records.shift_history(session.connection, shift_id)


def read_shifts(session: Session, pa_id: int, day: date, text: str) -> list[Shift]:
    """The shifts typed in one cell of the week grid: ``9-13, 17-21 evening``. Not saved."""
    bank_holidays = rules(session).bank_holidays
    found = []
    for part in re.split(r"[;,]\s*(?=\d)", text.strip()) if text.strip() else []:
        typed = parse_shift(part)
        kind = typed.shift_type or suggested_type(day, typed.start, typed.end, bank_holidays)
        shift = Shift(None, pa_id, day, typed.start, typed.end, typed.break_minutes, kind)
        shift.validate()
        found.append(shift)
    return found


def set_day(session: Session, pa_id: int, day: date, text: str) -> list[StaffWarning]:
    """Replace one PA's shifts on one day with what was typed (empty clears the day)."""
    access.require(session, Action.HOURS)
    wanted = read_shifts(session, pa_id, day, text)
    for shift in wanted:
        pa = _check_shift(session, shift)
    pa = get_pa(session, pa_id)
    conn = session.connection
    existing = records.shifts(conn, day, day, pa_id)
    if len(wanted) < len(existing):  # fewer shifts than before: some would be deleted
        access.require(session, Action.DELETE)
    with transaction(conn):
        kept = _apply_day(conn, session.actor, existing, wanted)
        audit.record(conn, session.actor, "staff.day_set", f"{pa.name} {day}: {kept}")
    return _warnings_around(session, pa, day)


def _apply_day(conn, actor: str, existing: list[Shift], wanted: list[Shift]) -> int:
    """Keep shifts that are unchanged (their history stays), change or add the rest."""

    def same(a: Shift, b: Shift) -> bool:
        return (a.start, a.end, a.break_minutes, a.shift_type) == (
            b.start,
            b.end,
            b.break_minutes,
            b.shift_type,
        )

    remaining = list(existing)
    for shift in wanted:
        match = next((old for old in remaining if same(old, shift)), None)
        if match is not None:
            remaining.remove(match)
            continue
        if remaining:
            old = remaining.pop(0)
            records.update_shift(
                conn,
                replace(
                    shift,
                    shift_id=old.shift_id,
                    awake_minutes=old.awake_minutes if shift.is_sleep_in else 0,
                    note=old.note,
                ),
                actor,
            )
        else:
            records.add_shift(conn, shift, actor)
    for old in remaining:
        records.delete_shift(conn, old, actor)
    return len(wanted)


def copy_week(session: Session, monday: date) -> int:
    """Copy last week's shifts into the week starting ``monday``, into days with none yet."""
    access.require(session, Action.HOURS)
    conn = session.connection
    last = records.shifts(conn, monday - timedelta(days=7), monday - timedelta(days=1))
    this = records.shifts(conn, monday, monday + timedelta(days=6))
    filled = {(s.pa_id, s.day) for s in this}
    by_id = {pa.pa_id: pa for pa in pas(session)}
    copies = [
        replace(s, shift_id=None, day=s.day + timedelta(days=7))
        for s in last
        if (s.pa_id, s.day + timedelta(days=7)) not in filled
        and by_id[s.pa_id].employed_on(s.day + timedelta(days=7))
    ]
    if not copies:
        return 0
    with transaction(conn):
        for shift in copies:
            records.add_shift(conn, shift, session.actor)
        audit.record(conn, session.actor, "staff.week_copied", f"{monday}: {len(copies)}")
    return len(copies)


@dataclass(frozen=True)
class WeekRow:
    pa: PA
    days: tuple[tuple[Shift, ...], ...]  # Monday to Sunday
    minutes: int  # paid minutes in the week
    sleep_ins: int
    contracted_minutes: int | None


@dataclass(frozen=True)
class Week:
    monday: date
    rows: tuple[WeekRow, ...]
    planned_minutes: int | None  # the support plan's hours a week, where it has hours
    warnings: tuple[StaffWarning, ...]

    @property
    def minutes(self) -> int:
        return sum(row.minutes for row in self.rows)

    def day_minutes(self, index: int) -> int:
        return sum(s.paid_minutes for row in self.rows for s in row.days[index])


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week(session: Session, monday: date) -> Week:
    """Everyone who worked for you in the week starting ``monday``, with their shifts."""
    monday = monday_of(monday)
    sunday = monday + timedelta(days=6)
    every = shifts(session, monday, sunday)
    rows = []
    warnings: list[StaffWarning] = []
    for pa in pas(session):
        employed = pa.start <= sunday and (pa.end is None or pa.end >= monday)
        own = [s for s in every if s.pa_id == pa.pa_id]
        if not employed and not own:
            continue
        days = tuple(tuple(s for s in own if s.day == monday + timedelta(days=n)) for n in range(7))
        rows.append(
            WeekRow(
                pa,
                days,
                sum(s.paid_minutes for s in own),
                sum(1 for s in own if s.is_sleep_in),
                pa.contracted_minutes,
            )
        )
        warnings += _warnings_around(session, pa, monday, sunday)
    plan = plan_service.current(session, monday)
    planned = None
    if plan is not None:
        hours = [line.minutes_per_week for line in plan.lines if line.minutes_per_week]
        planned = sum(hours) if hours else None
    return Week(monday, tuple(rows), planned, tuple(warnings))


def _warnings_around(
    session: Session, pa: PA, first: date, last: date | None = None
) -> list[StaffWarning]:
    last = last or first
    around = records.shifts(
        session.connection, first - timedelta(days=1), last + timedelta(days=1), pa.pa_id
    )
    return [w for w in warnings_for(pa, around, rules(session)) if first <= w.day <= last]


def warnings(session: Session, start: date, end: date) -> list[StaffWarning]:
    found = []
    for pa in pas(session):
        found += _warnings_around(session, pa, start, end)
    return sorted(found, key=lambda w: w.day)


# Absences, checks, reminders -----------------------------------------------------------------


def absences(session: Session, start: date, end: date, pa_id: int | None = None) -> list[Absence]:
    return records.absences(session.connection, start, end, pa_id)


def add_absence(session: Session, absence: Absence) -> int:
    access.require(session, Action.HOURS)
    absence.validate()
    pa = get_pa(session, absence.pa_id)
    conn = session.connection
    with transaction(conn):
        absence_id = records.add_absence(conn, absence)
        audit.record(
            conn, session.actor, "staff.absence_added", f"{absence_id} {pa.name} {absence.day}"
        )
    return absence_id


def delete_absence(session: Session, absence_id: int) -> None:
    access.require(session, Action.DELETE)
    conn = session.connection
    with transaction(conn):
        records.delete_absence(conn, absence_id)
        audit.record(conn, session.actor, "staff.absence_deleted", str(absence_id))


def checks(session: Session) -> list[Check]:
    return records.checks(session.connection)


def save_check(session: Session, check: Check) -> None:
    save_checks(session, [check])


def save_checks(session: Session, changed: list[Check]) -> None:
    """Save several checks together: all of them, or none."""
    access.require(session, Action.STAFF)
    for check in changed:
        if check.pa_id is not None:
            get_pa(session, check.pa_id)
        if check.done_on and check.due_on and check.due_on < check.done_on:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The renew-by date for the {what} is before the day it was done. "
                    "Please check the dates.",
                ),
                what=check.kind.label,
            )
    conn = session.connection
    with transaction(conn):
        for check in changed:
            records.save_check(conn, check)
            audit.record(conn, session.actor, "staff.check_saved", f"{check.pa_id} {check.kind}")


def due_reminders(session: Session, today: date | None = None) -> list[Reminder]:
    """Checks and insurance due within 30 days or overdue, for PAs still working for you."""
    today = today or date.today()
    current = {pa.pa_id: pa for pa in pas(session) if pa.end is None or pa.end >= today}
    names = {pa_id: pa.name for pa_id, pa in current.items()}
    wanted = [c for c in checks(session) if c.pa_id is None or c.pa_id in current]
    return reminders(wanted, names, today)


# Holiday and pay -----------------------------------------------------------------------------


def holiday(session: Session, pa_id: int, today: date | None = None) -> HolidaySummary:
    today = today or date.today()
    pa = get_pa(session, pa_id)
    starts = leave_year_start(session)
    first = date(today.year - 1, 1, 1)
    last = date(today.year + 1, 12, 31)
    return holiday_summary(
        pa,
        today,
        shifts(session, first, last, pa_id),
        absences(session, first, last, pa_id),
        rules(session),
        starts,
    )


def periods(session: Session, pa_id: int, start: date, end: date) -> list[PayPeriod]:
    return pay_periods(get_pa(session, pa_id), start, end)


def period_holding(session: Session, pa_id: int, day: date) -> PayPeriod:
    return pay_period(get_pa(session, pa_id), day)


def computed_pay(session: Session, pa_id: int, period: PayPeriod) -> GrossPay:
    pa = get_pa(session, pa_id)
    return gross_pay(
        pa,
        period,
        shifts(session, period.start, period.end, pa_id),
        absences(session, period.start, period.end, pa_id),
        rules(session),
    )


def payslips(session: Session, pa_id: int | None = None) -> list[Payslip]:
    return records.payslips(session.connection, pa_id)


ROLES = ("net", "hmrc", "pension")


def save_payslip(
    session: Session, slip: Payslip, links: list[tuple[int, str]] | None = None
) -> int:
    """Save a payslip as copied from the payroll service, with the payments that paid it."""
    access.require(session, Action.STAFF)
    pa = get_pa(session, slip.pa_id)
    amounts = (
        slip.gross,
        slip.tax,
        slip.employee_ni,
        slip.employer_ni,
        slip.employee_pension,
        slip.employer_pension,
        slip.net,
        slip.holiday_pay,
    )
    if any(value < 0 for value in amounts) or slip.gross == 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Please copy the amounts from the payslip: gross pay more than £0, and no amount "
                "below £0.",
            )
        )
    for transaction_id, role in links or ():
        if role not in ROLES:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Please say what each payment was for."))
        money.get(session, transaction_id)
    conn = session.connection
    with transaction(conn):
        slip_id = records.save_payslip(conn, slip)
        if links is not None:
            records.set_payslip_payments(conn, slip_id, links)
        audit.record(
            conn, session.actor, "staff.payslip_saved", f"{slip_id} {pa.name} {slip.period.start}"
        )
    return slip_id


def payslip_payments(session: Session, payslip_id: int) -> list[tuple[int, str]]:
    return records.payslip_payments(session.connection, payslip_id)
