"""PAs, their rates, shifts (with history), absences, checks and payslips."""

from __future__ import annotations

from datetime import date, time

from dpkeeper.domain.pay import PayPeriod, Payslip
from dpkeeper.domain.schedule import Frequency
from dpkeeper.domain.staff import (
    PA,
    Absence,
    AbsenceKind,
    Check,
    CheckKind,
    HolidayMode,
    PayRate,
    Shift,
    ShiftType,
    format_shift,
)
from dpkeeper.records.clock import now
from dpkeeper.vault.store import Connection


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# PAs -----------------------------------------------------------------------------------------

_PA_COLUMNS = (
    "id, name, start_date, end_date, contracted_minutes, frequency, first_pay_day, payroll, "
    "birth_date, holiday_mode"
)


def pas(conn: Connection) -> list[PA]:
    rates: dict[int, list[PayRate]] = {}
    for pa_id, kind, since, pence in conn.execute(
        "SELECT pa_id, shift_type, effective_from, pence FROM pa_rates ORDER BY effective_from"
    ):
        rates.setdefault(pa_id, []).append(
            PayRate(ShiftType(kind), date.fromisoformat(since), pence)
        )
    rows = conn.execute(f"SELECT {_PA_COLUMNS} FROM pas ORDER BY name COLLATE NOCASE")
    return [
        PA(
            pa_id=r[0],
            name=r[1],
            start=date.fromisoformat(r[2]),
            end=_day(r[3]),
            contracted_minutes=r[4],
            frequency=Frequency(r[5]),
            first_pay_day=date.fromisoformat(r[6]),
            payroll=r[7],
            birth_date=_day(r[8]),
            holiday=HolidayMode(r[9]),
            rates=tuple(rates.get(r[0], ())),
        )
        for r in rows
    ]


def name_taken(conn: Connection, name: str, except_id: int | None) -> bool:
    row = conn.execute(
        "SELECT id FROM pas WHERE name = ? COLLATE NOCASE AND id IS NOT ?", (name, except_id)
    ).fetchone()
    return row is not None


def save_pa(conn: Connection, pa: PA) -> int:
    values = (
        pa.name.strip(),
        pa.start.isoformat(),
        _iso(pa.end),
        pa.contracted_minutes,
        pa.frequency.value,
        pa.first_pay_day.isoformat(),
        pa.payroll.strip(),
        _iso(pa.birth_date),
        pa.holiday.value,
    )
    if pa.pa_id is None:
        pa_id = conn.execute(
            "INSERT INTO pas (name, start_date, end_date, contracted_minutes, frequency, "
            "first_pay_day, payroll, birth_date, holiday_mode, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, now()),
        ).lastrowid
    else:
        pa_id = pa.pa_id
        conn.execute(
            "UPDATE pas SET name = ?, start_date = ?, end_date = ?, contracted_minutes = ?, "
            "frequency = ?, first_pay_day = ?, payroll = ?, birth_date = ?, holiday_mode = ? "
            "WHERE id = ?",
            (*values, pa_id),
        )
    conn.execute("DELETE FROM pa_rates WHERE pa_id = ?", (pa_id,))
    conn.executemany(
        "INSERT INTO pa_rates (pa_id, shift_type, effective_from, pence) VALUES (?, ?, ?, ?)",
        [(pa_id, r.shift_type.value, r.effective_from.isoformat(), r.pence) for r in pa.rates],
    )
    return pa_id


# Shifts --------------------------------------------------------------------------------------

_SHIFT_COLUMNS = (
    "id, pa_id, date, start_time, end_time, break_minutes, shift_type, awake_minutes, note"
)


def _shift(row) -> Shift:
    return Shift(
        shift_id=row[0],
        pa_id=row[1],
        day=date.fromisoformat(row[2]),
        start=time.fromisoformat(row[3]),
        end=time.fromisoformat(row[4]),
        break_minutes=row[5],
        shift_type=ShiftType(row[6]),
        awake_minutes=row[7],
        note=row[8],
    )


def shifts(conn: Connection, start: date, end: date, pa_id: int | None = None) -> list[Shift]:
    """Live shifts starting between two days (inclusive), in time order."""
    rows = conn.execute(
        f"SELECT {_SHIFT_COLUMNS} FROM shifts WHERE deleted_at IS NULL AND date BETWEEN ? AND ? "
        "AND (? IS NULL OR pa_id = ?) ORDER BY date, start_time, id",
        (start.isoformat(), end.isoformat(), pa_id, pa_id),
    )
    return [_shift(r) for r in rows]


def shift(conn: Connection, shift_id: int) -> Shift | None:
    row = conn.execute(
        f"SELECT {_SHIFT_COLUMNS} FROM shifts WHERE id = ? AND deleted_at IS NULL", (shift_id,)
    ).fetchone()
    return _shift(row) if row else None


def _describe(shift: Shift) -> str:
    text = f"{shift.day.isoformat()} {format_shift(shift)} {shift.shift_type.value}"
    return text + (f" — {shift.note}" if shift.note else "")


def _history(conn: Connection, shift_id: int, actor: str, change: str, detail: str) -> None:
    conn.execute(
        "INSERT INTO shift_history (shift_id, changed_at, actor, change, detail) "
        "VALUES (?, ?, ?, ?, ?)",
        (shift_id, now(), actor, change, detail),
    )


def add_shift(conn: Connection, shift: Shift, actor: str) -> int:
    shift_id = conn.execute(
        "INSERT INTO shifts (pa_id, date, start_time, end_time, break_minutes, shift_type, "
        "awake_minutes, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            shift.pa_id,
            shift.day.isoformat(),
            shift.start.isoformat("minutes"),
            shift.end.isoformat("minutes"),
            shift.break_minutes,
            shift.shift_type.value,
            shift.awake_minutes,
            shift.note,
            now(),
        ),
    ).lastrowid
    _history(conn, shift_id, actor, "added", _describe(shift))
    return shift_id


def update_shift(conn: Connection, shift: Shift, actor: str) -> None:
    conn.execute(
        "UPDATE shifts SET pa_id = ?, date = ?, start_time = ?, end_time = ?, break_minutes = ?, "
        "shift_type = ?, awake_minutes = ?, note = ? WHERE id = ?",
        (
            shift.pa_id,
            shift.day.isoformat(),
            shift.start.isoformat("minutes"),
            shift.end.isoformat("minutes"),
            shift.break_minutes,
            shift.shift_type.value,
            shift.awake_minutes,
            shift.note,
            shift.shift_id,
        ),
    )
    _history(conn, shift.shift_id, actor, "changed", _describe(shift))


def delete_shift(conn: Connection, shift: Shift, actor: str) -> None:
    conn.execute("UPDATE shifts SET deleted_at = ? WHERE id = ?", (now(), shift.shift_id))
    _history(conn, shift.shift_id, actor, "deleted", _describe(shift))


def shift_history(conn: Connection, shift_id: int) -> list[tuple[str, str, str, str]]:
    """(when, who, what, the shift after the change), oldest first."""
    return conn.execute(
        "SELECT changed_at, actor, change, detail FROM shift_history WHERE shift_id = ? "
        "ORDER BY id",
        (shift_id,),
    ).fetchall()


# Absences ------------------------------------------------------------------------------------


def absences(conn: Connection, start: date, end: date, pa_id: int | None = None) -> list[Absence]:
    rows = conn.execute(
        "SELECT id, pa_id, date, kind, minutes, note FROM absences WHERE deleted_at IS NULL "
        "AND date BETWEEN ? AND ? AND (? IS NULL OR pa_id = ?) ORDER BY date, id",
        (start.isoformat(), end.isoformat(), pa_id, pa_id),
    )
    return [
        Absence(r[0], r[1], date.fromisoformat(r[2]), AbsenceKind(r[3]), r[4], r[5]) for r in rows
    ]


def add_absence(conn: Connection, absence: Absence) -> int:
    return conn.execute(
        "INSERT INTO absences (pa_id, date, kind, minutes, note, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            absence.pa_id,
            absence.day.isoformat(),
            absence.kind.value,
            absence.minutes,
            absence.note,
            now(),
        ),
    ).lastrowid


def delete_absence(conn: Connection, absence_id: int) -> None:
    conn.execute("UPDATE absences SET deleted_at = ? WHERE id = ?", (now(), absence_id))


# Checks --------------------------------------------------------------------------------------


def checks(conn: Connection) -> list[Check]:
    rows = conn.execute("SELECT kind, pa_id, done_on, due_on, note FROM staff_checks ORDER BY id")
    return [Check(CheckKind(r[0]), r[1], _day(r[2]), _day(r[3]), r[4]) for r in rows]


def save_check(conn: Connection, check: Check) -> None:
    conn.execute(
        "INSERT INTO staff_checks (pa_id, kind, done_on, due_on, note, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (coalesce(pa_id, 0), kind) DO UPDATE SET "
        "done_on = excluded.done_on, due_on = excluded.due_on, note = excluded.note, "
        "updated_at = excluded.updated_at",
        (
            check.pa_id,
            check.kind.value,
            _iso(check.done_on),
            _iso(check.due_on),
            check.note,
            now(),
        ),
    )


# Payslips ------------------------------------------------------------------------------------

_PAYSLIP_COLUMNS = (
    "id, pa_id, period_start, period_end, gross, tax, employee_ni, employer_ni, "
    "employee_pension, employer_pension, net, holiday_pay"
)


def payslips(conn: Connection, pa_id: int | None = None) -> list[Payslip]:
    rows = conn.execute(
        f"SELECT {_PAYSLIP_COLUMNS} FROM payslips WHERE ? IS NULL OR pa_id = ? "
        "ORDER BY period_start",
        (pa_id, pa_id),
    )
    return [
        Payslip(
            r[0],
            r[1],
            PayPeriod(date.fromisoformat(r[2]), date.fromisoformat(r[3])),
            *r[4:],
        )
        for r in rows
    ]


def save_payslip(conn: Connection, slip: Payslip) -> int:
    values = (
        slip.gross,
        slip.tax,
        slip.employee_ni,
        slip.employer_ni,
        slip.employee_pension,
        slip.employer_pension,
        slip.net,
        slip.holiday_pay,
    )
    row = conn.execute(
        "INSERT INTO payslips (pa_id, period_start, period_end, gross, tax, employee_ni, "
        "employer_ni, employee_pension, employer_pension, net, holiday_pay, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pa_id, period_start) DO UPDATE "
        "SET period_end = excluded.period_end, gross = excluded.gross, tax = excluded.tax, "
        "employee_ni = excluded.employee_ni, employer_ni = excluded.employer_ni, "
        "employee_pension = excluded.employee_pension, "
        "employer_pension = excluded.employer_pension, net = excluded.net, "
        "holiday_pay = excluded.holiday_pay, updated_at = excluded.updated_at RETURNING id",
        (
            slip.pa_id,
            slip.period.start.isoformat(),
            slip.period.end.isoformat(),
            *values,
            now(),
        ),
    ).fetchone()
    return row[0]


def payslip_payments(conn: Connection, payslip_id: int) -> list[tuple[int, str]]:
    return conn.execute(
        "SELECT transaction_id, role FROM payslip_payments WHERE payslip_id = ? "
        "ORDER BY transaction_id",
        (payslip_id,),
    ).fetchall()


def set_payslip_payments(conn: Connection, payslip_id: int, links: list[tuple[int, str]]) -> None:
    conn.execute("DELETE FROM payslip_payments WHERE payslip_id = ?", (payslip_id,))
    conn.executemany(
        "INSERT INTO payslip_payments (payslip_id, transaction_id, role) VALUES (?, ?, ?)",
        [(payslip_id, transaction_id, role) for transaction_id, role in links],
    )
