"""Reading dates as people type them, and showing them the UK way ("3 Jun 2026")."""

from __future__ import annotations

import re
from datetime import date

from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.text import QT_TRANSLATE_NOOP

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_UK = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")
_WORDS = re.compile(r"^(\d{1,2})\s*([A-Za-z]{3,9})\.?,?\s*(\d{2}|\d{4})$")


def parse_day(text: str) -> date:
    """2026-06-03, 03/06/2026 (day first, as in the UK), 3 Jun 2026 or 3 June 26."""
    cleaned = " ".join(text.split())
    try:
        if match := _ISO.match(cleaned):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _UK.match(cleaned):
            return date(_year(match[3]), int(match[2]), int(match[1]))
        if (match := _WORDS.match(cleaned)) and match[2][:3].lower() in _MONTHS:
            return date(_year(match[3]), _MONTHS.index(match[2][:3].lower()) + 1, int(match[1]))
    except ValueError:
        pass
    raise InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors", "“{text}” doesn't look like a date. Please type it like 03/06/2026."
        ),
        text=text.strip(),
    )


def _year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


def format_day(day: date) -> str:
    """3 Jun 2026 (English month names; the GUI uses the person's locale instead)."""
    return f"{day.day} {_SHORT[day.month - 1]} {day.year}"
