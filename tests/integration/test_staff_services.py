"""PAs and their hours in a real encrypted vault: typing a week, copying it, history, checks."""

from __future__ import annotations

from datetime import date, time

import pytest

from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.schedule import Frequency
from dpkeeper.domain.staff import PA, Check, CheckKind, HolidayMode, PayRate, ShiftType
from dpkeeper.services import staff

MONDAY = date(2026, 6, 1)


def add_pa(session, name="Jane Smith", minutes=20 * 60, **changes) -> PA:
    values = dict(
        pa_id=None,
        name=name,
        start=date(2026, 1, 5),
        frequency=Frequency.WEEKLY,
        first_pay_day=date(2026, 1, 5),
        contracted_minutes=minutes,
        rates=(
            PayRate(ShiftType.DAY, date(2026, 1, 5), 1300),
            PayRate(ShiftType.SLEEP_IN, date(2026, 1, 5), 6000),
        ),
    )
    values.update(changes)
    return staff.save_pa(session, PA(**values))


def test_a_pa_is_saved_with_rates_and_names_are_unique(session, ids):
    jane = add_pa(session)
    assert staff.get_pa(session, jane.pa_id).rates == jane.rates
    with pytest.raises(InvalidInput) as raised:
        add_pa(session, name="  jane   SMITH ")
    assert "already a PA" in raised.value.message


def test_typing_a_week_replaces_each_day_and_keeps_history(session, ids):
    jane = add_pa(session)
    staff.set_day(session, jane.pa_id, MONDAY, "9-17 30")
    staff.set_day(session, jane.pa_id, date(2026, 6, 2), "9-13, 18-22")
    staff.set_day(session, jane.pa_id, date(2026, 6, 6), "10-16")
    week = staff.week(session, MONDAY)
    row = week.rows[0]
    assert [len(day) for day in row.days] == [1, 2, 0, 0, 0, 1, 0]
    assert row.days[1][1].shift_type is ShiftType.EVENING
    assert row.days[5][0].shift_type is ShiftType.WEEKEND
    assert row.minutes == 450 + 240 + 240 + 360
    assert week.planned_minutes == 720  # Anna's plan: 12 hours of PA support a week

    shift_id = row.days[0][0].shift_id
    staff.set_day(session, jane.pa_id, MONDAY, "9-17 45")
    staff.set_day(session, jane.pa_id, MONDAY, "")
    history = [change for _, _, change, _ in staff.shift_history(session, shift_id)]
    assert history == ["added", "changed", "deleted"]
    assert staff.week(session, MONDAY).rows[0].days[0] == ()


def test_a_mistyped_day_changes_nothing(session, ids):
    jane = add_pa(session)
    staff.set_day(session, jane.pa_id, MONDAY, "9-17")
    with pytest.raises(InvalidInput):
        staff.set_day(session, jane.pa_id, MONDAY, "9-17, lunch")
    assert len(staff.shifts(session, MONDAY, MONDAY)) == 1


def test_shifts_outside_employment_are_refused(session, ids):
    jane = add_pa(session, end=date(2026, 5, 31))
    with pytest.raises(InvalidInput) as raised:
        staff.set_day(session, jane.pa_id, MONDAY, "9-17")
    assert "left on 31 May 2026" in raised.value.message


def test_copying_last_week_fills_only_empty_days(session, ids):
    jane = add_pa(session)
    tom = add_pa(session, name="Tom Evans", minutes=None, holiday=HolidayMode.ACCRUED)
    staff.set_day(session, jane.pa_id, MONDAY, "9-17")
    staff.set_day(session, jane.pa_id, date(2026, 6, 3), "9-12")
    staff.set_day(session, tom.pa_id, date(2026, 6, 4), "22-7 sleep")
    next_monday = date(2026, 6, 8)
    staff.set_day(session, jane.pa_id, next_monday, "10-14")
    assert staff.copy_week(session, next_monday) == 2
    week = staff.week(session, next_monday)
    jane_row = next(r for r in week.rows if r.pa.name == "Jane Smith")
    assert [s.start for s in jane_row.days[0]] == [time(10)]  # kept what was typed
    assert [s.start for s in jane_row.days[2]] == [time(9)]
    tom_row = next(r for r in week.rows if r.pa.name == "Tom Evans")
    assert tom_row.sleep_ins == 1
    assert staff.copy_week(session, next_monday) == 0


def test_warnings_come_back_but_never_block(session, ids):
    jane = add_pa(session, rates=(PayRate(ShiftType.DAY, date(2026, 1, 5), 1200),))
    found = staff.set_day(session, jane.pa_id, MONDAY, "8-16")
    kinds = sorted(w.kind for w in found)
    assert kinds == ["break", "minimum-wage"]
    assert len(staff.shifts(session, MONDAY, MONDAY)) == 1


def test_checks_are_saved_once_each_and_remind_on_time(session, ids):
    jane = add_pa(session)
    staff.save_check(
        session, Check(CheckKind.DBS, jane.pa_id, date(2023, 12, 1), date(2026, 12, 1))
    )
    staff.save_check(
        session, Check(CheckKind.DBS, jane.pa_id, date(2023, 12, 1), date(2026, 12, 10))
    )
    staff.save_check(
        session, Check(CheckKind.INSURANCE, None, date(2025, 12, 1), date(2026, 12, 5))
    )
    staff.save_check(
        session, Check(CheckKind.INSURANCE, None, date(2025, 12, 1), date(2026, 12, 6))
    )
    assert len(staff.checks(session)) == 2
    texts = [r.text for r in staff.due_reminders(session, date(2026, 11, 22))]
    assert texts == [
        "Employer's liability insurance is due on 6 Dec 2026.",
        "DBS check for Jane Smith is due on 10 Dec 2026.",
    ]
