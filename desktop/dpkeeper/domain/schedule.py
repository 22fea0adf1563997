"""Payment schedules: when the council's money should arrive, and what that is per week."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction

from dpkeeper.domain.money import Pence
from dpkeeper.domain.text import QT_TRANSLATE_NOOP

SCHEDULE = "Schedule"


class Frequency(StrEnum):
    WEEKLY = "weekly"
    TWO_WEEKLY = "2-weekly"
    FOUR_WEEKLY = "4-weekly"
    MONTHLY = "monthly"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def weeks(self) -> Fraction:
        """How many weeks one period lasts (a month is 52/12 weeks)."""
        return _WEEKS[self]


_LABELS = {
    Frequency.WEEKLY: QT_TRANSLATE_NOOP("Schedule", "every week"),
    Frequency.TWO_WEEKLY: QT_TRANSLATE_NOOP("Schedule", "every 2 weeks"),
    Frequency.FOUR_WEEKLY: QT_TRANSLATE_NOOP("Schedule", "every 4 weeks"),
    Frequency.MONTHLY: QT_TRANSLATE_NOOP("Schedule", "every month"),
}
_WEEKS = {
    Frequency.WEEKLY: Fraction(1),
    Frequency.TWO_WEEKLY: Fraction(2),
    Frequency.FOUR_WEEKLY: Fraction(4),
    Frequency.MONTHLY: Fraction(52, 12),
}
_DAYS = {Frequency.WEEKLY: 7, Frequency.TWO_WEEKLY: 14, Frequency.FOUR_WEEKLY: 28}


def add_months(start: date, months: int) -> date:
    """The same day ``months`` later; the 31st becomes the last day of a shorter month."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def occurrence(first: date, frequency: Frequency, n: int) -> date:
    """The n-th payment date (n = 0 is ``first``). Monthly dates keep the first date's day."""
    if frequency is Frequency.MONTHLY:
        return add_months(first, n)
    return first + timedelta(days=_DAYS[frequency] * n)


def payment_dates(first: date, frequency: Frequency, start: date, end: date) -> list[date]:
    """Every payment date from ``start`` to ``end`` inclusive, on the schedule from ``first``."""
    return list(_dates_between(first, frequency, start, end))


def _dates_between(first: date, frequency: Frequency, start: date, end: date) -> Iterator[date]:
    n = _index_on_or_after(first, frequency, start)
    while (when := occurrence(first, frequency, n)) <= end:
        yield when
        n += 1


def _index_on_or_after(first: date, frequency: Frequency, day: date) -> int:
    if day <= first:
        return 0
    if frequency is Frequency.MONTHLY:
        n = max((day.year - first.year) * 12 + day.month - first.month - 1, 0)
    else:
        n = (day - first).days // _DAYS[frequency]
    while occurrence(first, frequency, n) < day:
        n += 1
    return n


def previous_and_next(first: date, frequency: Frequency, today: date) -> tuple[date | None, date]:
    """The last payment date on or before ``today`` (None before the first) and the next after."""
    n = _index_on_or_after(first, frequency, today)
    on_or_after = occurrence(first, frequency, n)
    if on_or_after == today:
        return today, occurrence(first, frequency, n + 1)
    return (occurrence(first, frequency, n - 1) if n > 0 else None), on_or_after


def per_week(amount: Pence, frequency: Frequency) -> Fraction:
    """An amount paid once per period, as an exact amount per week."""
    return Fraction(amount) / frequency.weeks


def for_period(weekly: Fraction, frequency: Frequency) -> Fraction:
    return weekly * frequency.weeks


def match_payments(
    expected: list[date],
    received: list[tuple[date, Pence]],
    early_days: int = 3,
    late_days: int = 7,
) -> dict[date, tuple[date, Pence] | None]:
    """Pair each expected payment date with a payment that arrived near it (each used once).

    A payment counts if it came up to ``early_days`` before or ``late_days`` after the date.
    """
    unused = sorted(received)
    matched: dict[date, tuple[date, Pence] | None] = {}
    for due in sorted(expected):
        window = [r for r in unused if -early_days <= (r[0] - due).days <= late_days]
        best = min(window, key=lambda r: abs((r[0] - due).days), default=None)
        if best is not None:
            unused.remove(best)
        matched[due] = best
    return matched
