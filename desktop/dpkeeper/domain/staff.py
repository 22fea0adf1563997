"""Personal assistants (PAs), their shifts and pay rates: the rules, with no I/O.

Times are the UK wall clock. A shift whose end is not after its start finishes the next day, and
the hours count real time, so a night across the March clock change is an hour shorter and one
across the October change an hour longer. Money is whole pence; hours are whole minutes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.money import Pence
from dpkeeper.domain.schedule import Frequency
from dpkeeper.domain.text import QT_TRANSLATE_NOOP

STAFF = "Staff"
MAX_SHIFT_MINUTES = 24 * 60


class ShiftType(StrEnum):
    DAY = "day"
    EVENING = "evening"
    NIGHT = "night"
    WEEKEND = "weekend"
    BANK_HOLIDAY = "bank-holiday"
    SLEEP_IN = "sleep-in"  # a flat allowance, plus any time woken to work
    WAKING_NIGHT = "waking-night"

    @property
    def label(self) -> str:
        return _TYPE_LABELS[self]


_TYPE_LABELS = {
    ShiftType.DAY: QT_TRANSLATE_NOOP("Staff", "Day"),
    ShiftType.EVENING: QT_TRANSLATE_NOOP("Staff", "Evening"),
    ShiftType.NIGHT: QT_TRANSLATE_NOOP("Staff", "Night"),
    ShiftType.WEEKEND: QT_TRANSLATE_NOOP("Staff", "Weekend"),
    ShiftType.BANK_HOLIDAY: QT_TRANSLATE_NOOP("Staff", "Bank holiday"),
    ShiftType.SLEEP_IN: QT_TRANSLATE_NOOP("Staff", "Sleep-in"),
    ShiftType.WAKING_NIGHT: QT_TRANSLATE_NOOP("Staff", "Waking night"),
}

#: Where a PA has no rate of a type, the rate of the next type in this list is used.
_FALLBACK = {
    ShiftType.EVENING: ShiftType.DAY,
    ShiftType.NIGHT: ShiftType.DAY,
    ShiftType.WEEKEND: ShiftType.DAY,
    ShiftType.BANK_HOLIDAY: ShiftType.DAY,
    ShiftType.WAKING_NIGHT: ShiftType.NIGHT,
}


class HolidayMode(StrEnum):
    FIXED = "fixed"  # contracted hours: 5.6 weeks a year, pro rata
    ACCRUED = "accrued"  # irregular hours: 12.07% of hours worked, taken as paid leave
    ROLLED_UP = "rolled-up"  # irregular hours: 12.07% extra pay on every payslip

    @property
    def label(self) -> str:
        return {
            HolidayMode.FIXED: QT_TRANSLATE_NOOP("Staff", "5.6 weeks a year (fixed hours)"),
            HolidayMode.ACCRUED: QT_TRANSLATE_NOOP("Staff", "Builds up at 12.07% of hours worked"),
            HolidayMode.ROLLED_UP: QT_TRANSLATE_NOOP("Staff", "Rolled-up: 12.07% added to pay"),
        }[self]


class AbsenceKind(StrEnum):
    LEAVE = "annual-leave"
    SICK = "sick"

    @property
    def label(self) -> str:
        if self is AbsenceKind.LEAVE:
            return QT_TRANSLATE_NOOP("Staff", "Annual leave")
        return QT_TRANSLATE_NOOP("Staff", "Sickness")


class CheckKind(StrEnum):
    DBS = "dbs"
    PVG = "pvg"
    RIGHT_TO_WORK = "right-to-work"
    CONTRACT = "contract"
    INSURANCE = "insurance"  # employer's liability insurance: the employer's, not a PA's

    @property
    def label(self) -> str:
        return {
            CheckKind.DBS: QT_TRANSLATE_NOOP("Staff", "DBS check"),
            CheckKind.PVG: QT_TRANSLATE_NOOP("Staff", "PVG check (Scotland)"),
            CheckKind.RIGHT_TO_WORK: QT_TRANSLATE_NOOP("Staff", "Right-to-work check"),
            CheckKind.CONTRACT: QT_TRANSLATE_NOOP("Staff", "Contract signed"),
            CheckKind.INSURANCE: QT_TRANSLATE_NOOP("Staff", "Employer's liability insurance"),
        }[self]


@dataclass(frozen=True, slots=True)
class PayRate:
    shift_type: ShiftType
    effective_from: date
    pence: Pence  # per hour; for a sleep-in, the flat allowance for the night


@dataclass(frozen=True, slots=True)
class PA:
    pa_id: int | None
    name: str
    start: date
    frequency: Frequency
    first_pay_day: date  # the first day of any one pay period; the others follow on from it
    contracted_minutes: int | None = None  # a week; None for irregular hours
    end: date | None = None
    payroll: str = ""
    birth_date: date | None = None  # only to check the minimum wage for under-21s
    holiday: HolidayMode = HolidayMode.FIXED
    rates: tuple[PayRate, ...] = field(default=())

    @property
    def irregular(self) -> bool:
        return self.contracted_minutes is None

    def employed_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def own_rate(self, shift_type: ShiftType, day: date) -> PayRate | None:
        """The rate of exactly this type in force on ``day``, if the PA has one."""
        found = None
        for rate in self.rates:
            fits = rate.shift_type is shift_type and rate.effective_from <= day
            if fits and (found is None or rate.effective_from > found.effective_from):
                found = rate
        return found

    def rate_on(self, shift_type: ShiftType, day: date) -> PayRate | None:
        """The rate used for this type on ``day``: its own, or the one it falls back to."""
        kind: ShiftType | None = shift_type
        while kind is not None:
            rate = self.own_rate(kind, day)
            if rate is not None:
                return rate
            kind = _FALLBACK.get(kind)
        return None

    def validate(self) -> None:
        if not self.name.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Please type the PA's name."))
        if self.end is not None and self.end < self.start:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The end date is before the start date. Please check it."
                )
            )
        if self.contracted_minutes is not None and not 0 < self.contracted_minutes <= 7 * 24 * 60:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Contracted hours need to be more than 0 and no more than 168 a week. For "
                    "hours that change from week to week, choose irregular hours.",
                )
            )
        if self.irregular and self.holiday is HolidayMode.FIXED:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A PA with irregular hours builds up holiday as they work. Please choose "
                    "“builds up” or “rolled-up” holiday.",
                )
            )
        for rate in self.rates:
            if rate.pence <= 0:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "Each pay rate needs to be more than £0.")
                )


# ---------------------------------------------------------------------------------------------
# The UK clock


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def is_summer_time(moment: datetime) -> bool:
    """Whether UK wall-clock time ``moment`` is British Summer Time (clocks one hour ahead).

    Clocks go forward at 1am on the last Sunday of March and back at 2am on the last Sunday of
    October; the repeated hour in October counts as summer time (its first time round).
    """
    starts = datetime.combine(_last_sunday(moment.year, 3), time(1))
    ends = datetime.combine(_last_sunday(moment.year, 10), time(2))
    return starts <= moment < ends


def _utc(moment: datetime) -> datetime:
    return moment - timedelta(hours=1) if is_summer_time(moment) else moment


# ---------------------------------------------------------------------------------------------
# Shifts


@dataclass(frozen=True, slots=True)
class Shift:
    shift_id: int | None
    pa_id: int
    day: date  # the day the shift starts
    start: time
    end: time  # on the next day when not after ``start``
    break_minutes: int = 0  # unpaid
    shift_type: ShiftType = ShiftType.DAY
    awake_minutes: int = 0  # sleep-in only: time woken to work, paid by the hour
    note: str = ""

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.day, self.start)

    @property
    def ends_at(self) -> datetime:
        end_day = self.day if self.end > self.start else self.day + timedelta(days=1)
        return datetime.combine(end_day, self.end)

    @property
    def length_minutes(self) -> int:
        """Real time from start to finish, across midnight and clock changes."""
        return int((_utc(self.ends_at) - _utc(self.starts_at)).total_seconds() // 60)

    @property
    def paid_minutes(self) -> int:
        """Minutes paid by the hour: the shift less its break; for a sleep-in, the awake time."""
        if self.shift_type is ShiftType.SLEEP_IN:
            return self.awake_minutes
        return max(self.length_minutes - self.break_minutes, 0)

    @property
    def is_sleep_in(self) -> bool:
        return self.shift_type is ShiftType.SLEEP_IN

    def validate(self) -> None:
        if self.break_minutes < 0 or self.awake_minutes < 0:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Minutes cannot be less than 0."))
        if self.break_minutes >= self.length_minutes:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The break is as long as the shift. Please check the times and break."
                )
            )
        if self.awake_minutes > self.length_minutes:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The time awake is longer than the sleep-in. Please check it."
                )
            )
        if self.awake_minutes and not self.is_sleep_in:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Time awake is only for sleep-in shifts.")
            )


def suggested_type(day: date, start: time, end: time, bank_holidays: frozenset[date]) -> ShiftType:
    """The usual type for a shift: bank holiday, weekend, night (past midnight), evening, day."""
    if day in bank_holidays:
        return ShiftType.BANK_HOLIDAY
    if day.weekday() >= 5:
        return ShiftType.WEEKEND
    if end <= start:
        return ShiftType.NIGHT
    if start >= time(18):
        return ShiftType.EVENING
    return ShiftType.DAY


_TYPE_WORDS = {
    "day": ShiftType.DAY,
    "eve": ShiftType.EVENING,
    "evening": ShiftType.EVENING,
    "night": ShiftType.NIGHT,
    "weekend": ShiftType.WEEKEND,
    "we": ShiftType.WEEKEND,
    "bh": ShiftType.BANK_HOLIDAY,
    "bank": ShiftType.BANK_HOLIDAY,
    "sleep": ShiftType.SLEEP_IN,
    "sleep-in": ShiftType.SLEEP_IN,
    "sleepin": ShiftType.SLEEP_IN,
    "waking": ShiftType.WAKING_NIGHT,
    "waking-night": ShiftType.WAKING_NIGHT,
    "wn": ShiftType.WAKING_NIGHT,
}
_TIME = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?"
_SHIFT = re.compile(
    rf"^\s*{_TIME}\s*(?:-|–|to)\s*{_TIME}"
    r"(?:\s*(?:,|\s)\s*(?:b(?:reak)?\s*)?(\d{1,3})\s*(?:m|min|mins)?(?=\s|,|$))?"
    r"(?:\s*,?\s*([a-z-]+))?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TypedShift:
    """What a person typed in one cell of the week grid: ``9-17``, ``09:00-17:30 30 evening``."""

    start: time
    end: time
    break_minutes: int
    shift_type: ShiftType | None  # None: use the suggested type


def parse_shift(text: str) -> TypedShift:
    """Read a shift typed as start-end, then optionally break minutes and a type.

    ``9-17``, ``9:30-17 30``, ``22:00-07:00 sleep``, ``8am-2pm b20 weekend``.
    """
    match = _SHIFT.match(text.strip())
    if not match:
        raise _bad_shift(text)
    start = _clock(match[1], match[2], match[3], text)
    end = _clock(match[4], match[5], match[6], text)
    if start == end:
        raise _bad_shift(text)
    kind = None
    if match[8]:
        kind = _TYPE_WORDS.get(match[8].lower())
        if kind is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{word}” is not a kind of shift. Use day, evening, night, weekend, bh "
                    "(bank holiday), sleep (sleep-in) or waking (waking night).",
                ),
                word=match[8],
            )
    return TypedShift(start, end, int(match[7] or 0), kind)


def _clock(hours: str, minutes: str | None, half: str | None, text: str) -> time:
    hour, minute = int(hours), int(minutes or 0)
    if half:
        if not 1 <= hour <= 12:
            raise _bad_shift(text)
        hour = hour % 12 + (12 if half.lower() == "pm" else 0)
    if hour == 24 and minute == 0:
        hour = 0
    if hour > 23 or minute > 59:
        raise _bad_shift(text)
    return time(hour, minute)


def _bad_shift(text: str) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "“{text}” doesn't look like a shift. Please type the start and end, like 9-17 or "
            "09:00-17:30, then the break in minutes if there was one, like 9-17 30.",
        ),
        text=text.strip(),
    )


def format_minutes(minutes: int) -> str:
    """7h 30m, 45m, 12h (no decimals: "7.5 hours" is easy to misread)."""
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    if not hours:
        return f"{sign}{rest}m"
    return f"{sign}{hours}h" + (f" {rest:02d}m" if rest else "")


def format_shift(shift: Shift) -> str:
    """09:00–17:00 (30m break); a sleep-in shows its awake time."""
    text = f"{shift.start:%H:%M}–{shift.end:%H:%M}"
    if shift.break_minutes:
        text += f" ({shift.break_minutes}m break)"
    if shift.is_sleep_in and shift.awake_minutes:
        text += f" ({shift.awake_minutes}m awake)"
    return text


@dataclass(frozen=True, slots=True)
class Absence:
    absence_id: int | None
    pa_id: int
    day: date
    kind: AbsenceKind
    minutes: int  # the hours of leave taken or sickness that day
    note: str = ""

    def validate(self) -> None:
        if not 0 < self.minutes <= MAX_SHIFT_MINUTES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Please give the hours for that day, more than 0.")
            )


@dataclass(frozen=True, slots=True)
class Check:
    """A dated check for a PA (or, for insurance, for the employer: ``pa_id`` None)."""

    kind: CheckKind
    pa_id: int | None
    done_on: date | None = None
    due_on: date | None = None  # when it must be renewed or followed up
    note: str = ""


_DECIMAL_HOURS = re.compile(r"^(\d{1,3}(?:\.\d{1,2})?|\.\d{1,2})\s*(?:h|hrs?|hours?)?$")
_CLOCK_HOURS = re.compile(r"^(\d{1,3}):(\d{2})$")
_HOURS_AND_MINUTES = re.compile(
    r"^(?:(\d{1,3})\s*(?:h|hrs?|hours?))?\s*(?:(\d{1,4})\s*(?:m|mins?|minutes?)?)?$"
)
WEEK_MINUTES = 7 * 24 * 60


def parse_hours(text: str, most: int = MAX_SHIFT_MINUTES) -> int:
    """Hours as typed ("7.5", "7,5", "7:30", "7h 30m", "45m", "7 hours") in whole minutes.

    Decimal hours are rounded to the nearest minute. ``most`` is a day unless a week is meant.
    """
    cleaned = " ".join(text.lower().replace(",", ".").split())
    if not cleaned:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Please type the hours, like 7.5 or 7:30."))
    minutes: int | None = None
    if match := _DECIMAL_HOURS.match(cleaned):
        whole, _, part = match[1].partition(".")
        minutes = int(whole or 0) * 60 + (int(part.ljust(2, "0")) * 60 * 2 + 100) // 200
    elif match := _CLOCK_HOURS.match(cleaned):
        if int(match[2]) < 60:
            minutes = int(match[1]) * 60 + int(match[2])
    elif (match := _HOURS_AND_MINUTES.match(cleaned)) and (match[1] or match[2]):
        minutes = int(match[1] or 0) * 60 + int(match[2] or 0)
    if minutes is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{text}” doesn't look like hours. Please type them like 7.5, 7:30 or 7h 30m.",
            ),
            text=text.strip(),
        )
    if minutes > most:
        if most <= MAX_SHIFT_MINUTES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A day has at most 24 hours. Please check the hours.")
            )
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A week has at most 168 hours. Please check the hours.")
        )
    return minutes
