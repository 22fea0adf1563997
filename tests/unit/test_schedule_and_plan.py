"""Payment schedules, the plan's weekly budget, and weeks of money in hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from dpkeeper.domain.dates import format_day, parse_day
from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.periods import Period, dates_for
from dpkeeper.domain.plan import (
    BudgetLine,
    FundingSource,
    Plan,
    above_threshold,
    validate,
    weeks_in_hand,
)
from dpkeeper.domain.schedule import (
    Frequency,
    add_months,
    match_payments,
    occurrence,
    payment_dates,
    per_week,
    previous_and_next,
)


def test_four_weekly_payments_come_every_28_days_across_the_year_end():
    dates = payment_dates(
        date(2026, 11, 16), Frequency.FOUR_WEEKLY, date(2026, 12, 1), date(2027, 3, 1)
    )
    assert dates == [date(2026, 12, 14), date(2027, 1, 11), date(2027, 2, 8)]


def test_monthly_payments_on_the_31st_fall_on_the_last_day_of_shorter_months():
    first = date(2026, 1, 31)
    assert [occurrence(first, Frequency.MONTHLY, n) for n in range(4)] == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),  # back to the 31st, not stuck on the 28th
        date(2026, 4, 30),
    ]


def test_a_leap_year_february_gets_its_29th():
    assert add_months(date(2027, 12, 29), 2) == date(2028, 2, 29)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)


def test_weekly_payments_span_a_leap_day():
    dates = payment_dates(date(2028, 2, 24), Frequency.WEEKLY, date(2028, 2, 24), date(2028, 3, 9))
    assert dates == [date(2028, 2, 24), date(2028, 3, 2), date(2028, 3, 9)]


@pytest.mark.parametrize("frequency", list(Frequency))
def test_schedules_found_from_any_start_match_counting_from_the_first(frequency):
    first = date(2025, 1, 31)
    everything = [occurrence(first, frequency, n) for n in range(80)]
    start, end = date(2025, 7, 1), date(2026, 2, 28)
    assert payment_dates(first, frequency, start, end) == [
        d for d in everything if start <= d <= end
    ]


def test_no_payment_dates_before_the_schedule_starts():
    assert (
        payment_dates(date(2026, 6, 1), Frequency.WEEKLY, date(2026, 1, 1), date(2026, 5, 31)) == []
    )


def test_previous_and_next_payment_around_today():
    first = date(2026, 4, 6)
    assert previous_and_next(first, Frequency.FOUR_WEEKLY, date(2026, 11, 22)) == (
        date(2026, 11, 16),
        date(2026, 12, 14),
    )
    assert previous_and_next(first, Frequency.FOUR_WEEKLY, date(2026, 11, 16)) == (
        date(2026, 11, 16),
        date(2026, 12, 14),
    )
    assert previous_and_next(first, Frequency.FOUR_WEEKLY, date(2026, 1, 1)) == (None, first)


def test_amounts_per_week_are_exact():
    assert per_week(112000, Frequency.FOUR_WEEKLY) == 28000
    assert per_week(120000, Frequency.MONTHLY) == Fraction(120000 * 12, 52)


def plan(**changes) -> Plan:
    values = dict(
        effective_from=date(2026, 4, 1),
        funder_name="Leeds City Council",
        reference="DP-1",
        start_date=date(2026, 4, 1),
        review_date=date(2027, 4, 1),
        payment=112000,
        frequency=Frequency.FOUR_WEEKLY,
        first_payment=date(2026, 4, 6),
        sources=frozenset({FundingSource.COUNCIL}),
        contribution_weekly=2500,
        lines=(BudgetLine("PA support", 1, minutes_per_week=720, hourly_rate=1520),),
    )
    values.update(changes)
    return Plan(**values)


def test_the_weekly_budget_adds_the_contribution_to_the_council_payment():
    assert plan().weekly_budget_pence == 28000 + 2500


def test_a_budget_line_of_hours_costs_hours_times_rate():
    line = BudgetLine("PA support", 1, minutes_per_week=720, hourly_rate=1520)
    assert line.weekly_pence == 12 * 1520


def test_section_117_aftercare_has_no_contribution():
    with pytest.raises(InvalidInput, match="Section 117"):
        validate(plan(sources=frozenset({FundingSource.SECTION_117}), contribution_weekly=500))
    validate(plan(sources=frozenset({FundingSource.SECTION_117}), contribution_weekly=0))


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"funder_name": " "}, "name of the council"),
        ({"sources": frozenset()}, "at least one"),
        ({"payment": 0}, "how much is paid"),
        ({"review_date": date(2026, 1, 1)}, "review date"),
        ({"surplus_weeks": 0}, "between 1 and 52"),
        ({"lines": (BudgetLine("", 1, amount=100),)}, "needs a name"),
        ({"lines": (BudgetLine("A", 1, amount=100), BudgetLine("a", 1, amount=5))}, "two budget"),
        ({"lines": (BudgetLine("Gym", 1, amount=0),)}, "above zero"),
    ],
)
def test_a_plan_that_cannot_be_right_is_explained(changes, words):
    with pytest.raises(InvalidInput, match=words):
        validate(plan(**changes))


def test_weeks_in_hand_are_rounded_down_to_a_tenth():
    assert weeks_in_hand(261550, Fraction(30500)) == Decimal("8.5")
    assert weeks_in_hand(30499, Fraction(30500)) == Decimal("0.9")
    assert weeks_in_hand(-1000, Fraction(30500)) == Decimal("-0.1")
    assert weeks_in_hand(1000, Fraction(0)) is None


def test_money_above_the_threshold_is_flagged_only_when_over_it():
    assert not above_threshold(Decimal("8.0"), 8)
    assert above_threshold(Decimal("8.1"), 8)
    assert not above_threshold(None, 8)


def test_each_payment_that_arrived_is_matched_once_to_the_nearest_due_date():
    due = [date(2026, 10, 19), date(2026, 11, 16)]
    received = [(date(2026, 10, 20), 112000), (date(2026, 11, 30), 112000)]
    matched = match_payments(due, received)
    assert matched[date(2026, 10, 19)] == (date(2026, 10, 20), 112000)
    assert matched[date(2026, 11, 16)] is None  # two weeks late is not this payment


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2026-06-03", date(2026, 6, 3)),
        ("03/06/2026", date(2026, 6, 3)),
        ("3/6/26", date(2026, 6, 3)),
        ("3 Jun 2026", date(2026, 6, 3)),
        ("03 June 2026", date(2026, 6, 3)),
    ],
)
def test_dates_are_read_day_first_as_in_the_uk(typed, day):
    assert parse_day(typed) == day


@pytest.mark.parametrize("typed", ["", "31/02/2026", "tomorrow", "2026-13-01", "06/03"])
def test_dates_that_cannot_be_read_get_a_message(typed):
    with pytest.raises(InvalidInput, match="doesn't look like a date"):
        parse_day(typed)


def test_dates_are_shown_the_uk_way():
    assert format_day(date(2026, 12, 14)) == "14 Dec 2026"


@pytest.mark.parametrize(
    ("period", "today", "expected"),
    [
        (Period.THIS_MONTH, date(2028, 2, 10), (date(2028, 2, 1), date(2028, 2, 29))),
        (Period.LAST_MONTH, date(2026, 1, 15), (date(2025, 12, 1), date(2025, 12, 31))),
        (Period.THIS_QUARTER, date(2026, 11, 22), (date(2026, 10, 1), date(2026, 12, 31))),
        (Period.LAST_QUARTER, date(2026, 2, 1), (date(2025, 10, 1), date(2025, 12, 31))),
        (Period.LAST_3_MONTHS, date(2026, 11, 22), (date(2026, 8, 23), date(2026, 11, 22))),
        (Period.THIS_YEAR, date(2026, 3, 31), (date(2025, 4, 1), date(2026, 3, 31))),
        (Period.THIS_YEAR, date(2026, 4, 1), (date(2026, 4, 1), date(2027, 3, 31))),
        (Period.LAST_YEAR, date(2026, 11, 22), (date(2025, 4, 1), date(2026, 3, 31))),
        (Period.ALL, date(2026, 11, 22), (None, None)),
    ],
)
def test_periods_people_pick_cover_the_right_days(period, today, expected):
    assert dates_for(period, today) == expected
