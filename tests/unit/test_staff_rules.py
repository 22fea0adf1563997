"""PA shifts, pay, holiday and legal checks: the rules, worked through with real dates."""

from __future__ import annotations

from datetime import date, time

import pytest

from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.pay import (
    PayPeriod,
    age_band,
    gross_pay,
    holiday_summary,
    leave_year,
    pay_period,
    reminders,
    warnings_for,
)
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
    format_minutes,
    parse_shift,
    suggested_type,
)
from dpkeeper.services.staff import rules as load_rules

RULES = load_rules()
APRIL_2026 = date(2026, 4, 1)


def jane(**changes) -> PA:
    values = dict(
        pa_id=1,
        name="Jane Smith",
        start=date(2025, 4, 1),
        frequency=Frequency.FOUR_WEEKLY,
        first_pay_day=date(2026, 3, 30),
        contracted_minutes=20 * 60,
        rates=(
            PayRate(ShiftType.DAY, date(2025, 4, 1), 1250),
            PayRate(ShiftType.DAY, APRIL_2026, 1300),
            PayRate(ShiftType.NIGHT, date(2025, 4, 1), 1400),
            PayRate(ShiftType.SLEEP_IN, date(2025, 4, 1), 6000),
        ),
    )
    values.update(changes)
    return PA(**values)


def shift(day: date, start: str, end: str, brk: int = 0, kind=ShiftType.DAY, awake=0) -> Shift:
    return Shift(None, 1, day, time.fromisoformat(start), time.fromisoformat(end), brk, kind, awake)


# Shifts and the clock ------------------------------------------------------------------------


def test_an_overnight_shift_finishes_the_next_day():
    night = shift(date(2026, 6, 10), "22:00", "07:00", kind=ShiftType.NIGHT)
    assert night.ends_at.date() == date(2026, 6, 11)
    assert night.length_minutes == 9 * 60


def test_the_night_the_clocks_go_forward_is_an_hour_shorter():
    night = shift(date(2026, 3, 28), "22:00", "07:00", kind=ShiftType.NIGHT)  # 29 Mar 2026
    assert night.length_minutes == 8 * 60


def test_the_night_the_clocks_go_back_is_an_hour_longer():
    night = shift(date(2026, 10, 24), "22:00", "07:00", kind=ShiftType.NIGHT)  # 25 Oct 2026
    assert night.length_minutes == 10 * 60


def test_a_day_shift_on_the_clock_change_sunday_is_normal():
    assert shift(date(2026, 3, 29), "09:00", "17:00").length_minutes == 8 * 60
    assert shift(date(2026, 10, 25), "09:00", "17:00").length_minutes == 8 * 60


def test_breaks_are_unpaid_and_sleep_ins_pay_only_awake_time():
    assert shift(date(2026, 6, 10), "09:00", "17:00", 30).paid_minutes == 450
    sleep = shift(date(2026, 6, 10), "22:00", "07:00", kind=ShiftType.SLEEP_IN, awake=45)
    assert sleep.paid_minutes == 45


@pytest.mark.parametrize(
    ("text", "start", "end", "brk", "kind"),
    [
        ("9-17", "09:00", "17:00", 0, None),
        ("09:00-17:30 30", "09:00", "17:30", 30, None),
        ("9.30 - 13", "09:30", "13:00", 0, None),
        ("22-7 sleep", "22:00", "07:00", 0, ShiftType.SLEEP_IN),
        ("8am-2pm b20 weekend", "08:00", "14:00", 20, ShiftType.WEEKEND),
        ("18:00 to 24:00 evening", "18:00", "00:00", 0, ShiftType.EVENING),
    ],
)
def test_shifts_typed_in_the_week_grid(text, start, end, brk, kind):
    typed = parse_shift(text)
    assert (typed.start, typed.end) == (time.fromisoformat(start), time.fromisoformat(end))
    assert (typed.break_minutes, typed.shift_type) == (brk, kind)


@pytest.mark.parametrize("text", ["", "9", "9-9", "25-26", "9-17 lunch", "nine to five"])
def test_shifts_that_cannot_be_read_say_how_to_type_them(text):
    with pytest.raises(InvalidInput) as raised:
        parse_shift(text)
    assert "9-17" in raised.value.message or "kind of shift" in raised.value.message


def test_the_suggested_type_knows_bank_holidays_weekends_and_nights():
    christmas = date(2026, 12, 25)
    assert christmas in RULES.bank_holidays
    assert (
        suggested_type(christmas, time(9), time(17), RULES.bank_holidays) is ShiftType.BANK_HOLIDAY
    )
    assert (
        suggested_type(date(2026, 6, 13), time(9), time(17), RULES.bank_holidays)
        is ShiftType.WEEKEND
    )
    assert (
        suggested_type(date(2026, 6, 10), time(22), time(7), RULES.bank_holidays) is ShiftType.NIGHT
    )
    assert (
        suggested_type(date(2026, 6, 10), time(18), time(22), RULES.bank_holidays)
        is ShiftType.EVENING
    )
    assert (
        suggested_type(date(2026, 6, 10), time(9), time(17), RULES.bank_holidays) is ShiftType.DAY
    )


def test_minutes_are_shown_as_hours_and_minutes():
    assert [format_minutes(m) for m in (450, 45, 720, 0)] == ["7h 30m", "45m", "12h", "0m"]


# Pay -------------------------------------------------------------------------------------------


def test_four_weekly_pay_periods_follow_on_from_the_first():
    pa = jane()
    assert pay_period(pa, date(2026, 4, 10)) == PayPeriod(date(2026, 3, 30), date(2026, 4, 26))
    assert pay_period(pa, date(2026, 4, 27)) == PayPeriod(date(2026, 4, 27), date(2026, 5, 24))
    assert pay_period(pa, date(2026, 3, 5)) == PayPeriod(date(2026, 3, 2), date(2026, 3, 29))
    assert pay_period(pa, date(2026, 3, 1)) == PayPeriod(date(2026, 2, 2), date(2026, 3, 1))


def test_monthly_pay_periods_use_calendar_months_from_the_first_day():
    pa = jane(frequency=Frequency.MONTHLY, first_pay_day=date(2026, 1, 15))
    assert pay_period(pa, date(2026, 6, 20)) == PayPeriod(date(2026, 6, 15), date(2026, 7, 14))
    assert pay_period(pa, date(2026, 6, 2)) == PayPeriod(date(2026, 5, 15), date(2026, 6, 14))


def test_a_rate_change_in_the_middle_of_a_pay_period_pays_each_part_at_its_rate():
    pa = jane()
    period = pay_period(pa, date(2026, 4, 1))  # 30 Mar to 26 Apr 2026
    worked = [
        shift(date(2026, 3, 31), "09:00", "17:00", 30),
        shift(date(2026, 4, 2), "09:00", "17:00", 30),
    ]
    pay = gross_pay(pa, period, worked, [], RULES)
    assert [(line.minutes, line.rate, line.amount) for line in pay.lines] == [
        (450, 1250, 9375),
        (450, 1300, 9750),
    ]
    assert pay.total == 19125
    assert "7h 30m at £13.00 an hour = £97.50" in pay.lines[1].working


def test_sleep_ins_are_a_flat_allowance_plus_awake_time_and_leave_is_paid():
    pa = jane(rates=(*jane().rates, PayRate(ShiftType.WAKING_NIGHT, date(2025, 4, 1), 1350)))
    period = PayPeriod(date(2026, 6, 1), date(2026, 6, 28))
    worked = [
        shift(date(2026, 6, 2), "22:00", "07:00", kind=ShiftType.SLEEP_IN, awake=40),
        shift(date(2026, 6, 3), "22:00", "07:00", kind=ShiftType.SLEEP_IN),
    ]
    leave = [Absence(None, 1, date(2026, 6, 10), AbsenceKind.LEAVE, 240)]
    pay = gross_pay(pa, period, worked, leave, RULES)
    amounts = {line.what: line.amount for line in pay.lines}
    assert amounts["Sleep-in"] == 12000  # two nights at £60
    assert amounts["Waking night (awake in a sleep-in)"] == 900  # 40 minutes at £13.50
    assert amounts["Holiday"] == 5200  # 4 hours at £13.00
    assert pay.total == 18100


def test_rolled_up_holiday_adds_12_07_percent():
    pa = jane(contracted_minutes=None, holiday=HolidayMode.ROLLED_UP)
    period = PayPeriod(date(2026, 6, 1), date(2026, 6, 28))
    pay = gross_pay(pa, period, [shift(date(2026, 6, 2), "09:00", "19:00")], [], RULES)
    assert [line.amount for line in pay.lines] == [13000, 1569]  # 12.07% of £130 = £15.691


def test_a_missing_rate_is_named_not_guessed():
    pa = jane(rates=(PayRate(ShiftType.DAY, date(2025, 4, 1), 1300),))
    period = PayPeriod(date(2026, 6, 1), date(2026, 6, 28))
    sleep = shift(date(2026, 6, 2), "22:00", "07:00", kind=ShiftType.SLEEP_IN)
    assert gross_pay(pa, period, [sleep], [], RULES).missing_rates == ("Sleep-in",)


# Minimum wage and working time ------------------------------------------------------------------


def test_the_minimum_wage_changes_on_1_april():
    assert RULES.minimum_on(date(2025, 3, 31)) == 1144
    assert RULES.minimum_on(date(2025, 4, 1)) == 1221
    assert RULES.minimum_on(date(2026, 3, 31)) == 1221
    assert RULES.minimum_on(date(2026, 4, 1)) == 1271
    assert RULES.minimum_on(date(2026, 4, 1), "18-20") == 1085
    assert RULES.minimum_on(date(2024, 4, 1), "under-18") == 640


def test_age_bands_turn_on_the_birthday():
    born = date(2005, 6, 15)
    assert age_band(born, date(2026, 6, 14)) == "18-20"
    assert age_band(born, date(2026, 6, 15)) == "21+"
    assert age_band(None, date(2026, 6, 15)) == "21+"
    assert age_band(date(2009, 1, 1), date(2026, 6, 1)) == "under-18"


def test_a_rate_below_the_minimum_wage_is_warned_from_the_day_it_changes():
    pa = jane(rates=(PayRate(ShiftType.DAY, date(2025, 4, 1), 1250),))  # £12.50
    before = warnings_for(pa, [shift(date(2026, 3, 31), "09:00", "13:00")], RULES)
    after = warnings_for(pa, [shift(date(2026, 4, 1), "09:00", "13:00")], RULES)
    assert before == []
    assert [w.kind for w in after] == ["minimum-wage"]
    assert "£12.71" in after[0].text


def test_a_younger_pa_is_checked_against_their_own_band():
    pa = jane(birth_date=date(2006, 9, 1), rates=(PayRate(ShiftType.DAY, date(2025, 4, 1), 1100),))
    assert warnings_for(pa, [shift(date(2026, 6, 1), "09:00", "13:00")], RULES) == []


def test_long_shifts_need_a_break_and_shifts_need_eleven_hours_apart():
    pa = jane()
    worked = [
        shift(date(2026, 6, 1), "08:00", "15:00", 10),  # 7 hours, 10 minute break
        shift(date(2026, 6, 1), "18:00", "22:00"),  # only 3 hours after the first
        shift(date(2026, 6, 2), "09:00", "15:00"),  # 11 hours after: fine, and exactly 6 hours
    ]
    kinds = [(w.day, w.kind) for w in warnings_for(pa, worked, RULES)]
    assert kinds == [(date(2026, 6, 1), "break"), (date(2026, 6, 1), "rest")]


# Holiday ---------------------------------------------------------------------------------------


def test_the_leave_year_starts_on_1_april_by_default():
    assert leave_year(date(2026, 3, 31)) == (date(2025, 4, 1), date(2026, 3, 31))
    assert leave_year(date(2026, 4, 1)) == (date(2026, 4, 1), date(2027, 3, 31))
    assert leave_year(date(2026, 2, 1), (1, 1)) == (date(2026, 1, 1), date(2026, 12, 31))


def test_fixed_hours_get_5_6_weeks_pro_rata_with_taken_and_booked():
    pa = jane(start=date(2026, 10, 1))  # 20 hours a week, starts half-way through the year
    leave = [
        Absence(None, 1, date(2026, 11, 2), AbsenceKind.LEAVE, 240),
        Absence(None, 1, date(2026, 12, 24), AbsenceKind.LEAVE, 240),
        Absence(None, 1, date(2026, 11, 3), AbsenceKind.SICK, 240),
    ]
    summary = holiday_summary(pa, date(2026, 11, 22), [], leave, RULES)
    # 5.6 × 20h = 112h a year; employed 182 of 365 days: 112h × 182 ÷ 365 = 55h 51m
    assert summary.entitlement_minutes == 3351
    assert (summary.taken_minutes, summary.booked_minutes) == (240, 240)
    assert summary.remaining_minutes == 3351 - 480
    assert any("182 of the 365 days" in line for line in summary.working)


def test_irregular_hours_build_up_12_07_percent_each_pay_period():
    pa = jane(contracted_minutes=None, holiday=HolidayMode.ACCRUED)
    worked = [shift(date(2026, 4, 6), "09:00", "19:00"), shift(date(2026, 5, 4), "09:00", "19:00")]
    summary = holiday_summary(pa, date(2026, 6, 1), worked, [], RULES)
    assert summary.entitlement_minutes == 72 + 72  # 12.07% of 600 minutes = 72.42 each period
    assert len([line for line in summary.working if "× 12.07%" in line]) == 2


def test_a_pa_with_irregular_hours_cannot_have_fixed_holiday():
    with pytest.raises(InvalidInput):
        jane(contracted_minutes=None).validate()


# Reminders ---------------------------------------------------------------------------------------


def test_checks_due_within_30_days_or_overdue_are_reminded_soonest_first():
    today = date(2026, 11, 22)
    checks = [
        Check(CheckKind.DBS, 1, date(2023, 12, 1), date(2026, 12, 1)),
        Check(CheckKind.INSURANCE, None, date(2025, 11, 1), date(2026, 11, 1)),
        Check(CheckKind.RIGHT_TO_WORK, 1, date(2025, 4, 1), date(2027, 6, 1)),
    ]
    found = reminders(checks, {1: "Jane Smith"}, today)
    assert [r.text for r in found] == [
        "Employer's liability insurance was due on 1 Nov 2026.",
        "DBS check for Jane Smith is due on 1 Dec 2026.",
    ]
    assert found[0].overdue and not found[1].overdue


def test_a_split_shift_is_fine_when_the_day_has_eleven_hours_off_together():
    pa = jane()
    worked = [shift(date(2026, 6, 3), "09:00", "13:00"), shift(date(2026, 6, 3), "18:00", "22:00")]
    assert warnings_for(pa, worked, RULES) == []
    late = [
        shift(date(2026, 6, 3), "16:00", "23:00", 30),
        shift(date(2026, 6, 4), "06:00", "10:00"),
    ]
    assert [w.kind for w in warnings_for(pa, late, RULES)] == ["rest"]
