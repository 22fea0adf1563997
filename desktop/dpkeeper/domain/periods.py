"""Periods people pick to look at: this month, this quarter, the financial year (April–March)."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from dpkeeper.domain.schedule import add_months
from dpkeeper.domain.text import QT_TRANSLATE_NOOP

PERIODS = "Periods"


class Period(StrEnum):
    ALL = "all"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_QUARTER = "this_quarter"
    LAST_QUARTER = "last_quarter"
    LAST_3_MONTHS = "last_3_months"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Period.ALL: QT_TRANSLATE_NOOP("Periods", "All dates"),
    Period.THIS_MONTH: QT_TRANSLATE_NOOP("Periods", "This month"),
    Period.LAST_MONTH: QT_TRANSLATE_NOOP("Periods", "Last month"),
    Period.THIS_QUARTER: QT_TRANSLATE_NOOP("Periods", "This quarter"),
    Period.LAST_QUARTER: QT_TRANSLATE_NOOP("Periods", "Last quarter"),
    Period.LAST_3_MONTHS: QT_TRANSLATE_NOOP("Periods", "Last 3 months"),
    Period.THIS_YEAR: QT_TRANSLATE_NOOP("Periods", "This year (April to March)"),
    Period.LAST_YEAR: QT_TRANSLATE_NOOP("Periods", "Last year (April to March)"),
    Period.CUSTOM: QT_TRANSLATE_NOOP("Periods", "Choose dates…"),
}


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _quarter_start(day: date) -> date:
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def financial_year_start(day: date) -> date:
    """The 1 April on or before ``day`` (UK financial years run April to March)."""
    return date(day.year if day.month >= 4 else day.year - 1, 4, 1)


def dates_for(period: Period, today: date) -> tuple[date | None, date | None]:
    """The first and last day of a period (None for no limit); CUSTOM returns (None, None)."""
    if period is Period.THIS_MONTH:
        start = _month_start(today)
        return start, add_months(start, 1) - timedelta(days=1)
    if period is Period.LAST_MONTH:
        end = _month_start(today) - timedelta(days=1)
        return _month_start(end), end
    if period is Period.THIS_QUARTER:
        start = _quarter_start(today)
        return start, add_months(start, 3) - timedelta(days=1)
    if period is Period.LAST_QUARTER:
        end = _quarter_start(today) - timedelta(days=1)
        return _quarter_start(end), end
    if period is Period.LAST_3_MONTHS:
        return add_months(today, -3) + timedelta(days=1), today
    if period is Period.THIS_YEAR:
        start = financial_year_start(today)
        return start, date(start.year + 1, 3, 31)
    if period is Period.LAST_YEAR:
        start = financial_year_start(today)
        return date(start.year - 1, 4, 1), start - timedelta(days=1)
    return None, None
