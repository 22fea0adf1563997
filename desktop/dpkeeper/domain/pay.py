"""Pay, holiday and legal checks for PAs, worked out from shifts with the working shown.

The figures (minimum wage by date and age, 5.6 weeks, 12.07%, break and rest rules) come from
dated tables in ``resources/``; they arrive here as ``Rules`` so this module does no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from dpkeeper.domain.dates import format_day
from dpkeeper.domain.money import Pence, format_pence, round_half_up
from dpkeeper.domain.schedule import Frequency, add_months
from dpkeeper.domain.staff import (
    PA,
    Absence,
    AbsenceKind,
    Check,
    HolidayMode,
    Shift,
    ShiftType,
    format_minutes,
)

ADULT = "21+"


@dataclass(frozen=True, slots=True)
class WageRate:
    effective_from: date
    by_band: Mapping[str, Pence]  # "21+", "18-20", "under-18", "apprentice"


@dataclass(frozen=True)
class Rules:
    """The dated legal figures, read from ``resources/``."""

    minimum_wage: tuple[WageRate, ...]
    holiday_weeks: Fraction = Fraction(28, 5)  # 5.6
    accrual: Fraction = Fraction(1207, 10000)  # 12.07%
    break_after_minutes: int = 360
    break_minutes: int = 20
    rest_minutes: int = 660
    bank_holidays: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def from_data(
        cls,
        wages: Mapping,
        holiday: Mapping,
        working_time: Mapping,
        bank_holidays: Iterable[str] = (),
    ) -> Rules:
        rates = tuple(
            sorted(
                (
                    WageRate(
                        date.fromisoformat(row["from"]),
                        {band: int(row[band]) for band in wages["bands"] if band in row},
                    )
                    for row in wages["rates"]
                ),
                key=lambda rate: rate.effective_from,
            )
        )
        return cls(
            minimum_wage=rates,
            holiday_weeks=Fraction(Decimal(holiday["weeks_per_year"])),
            accrual=Fraction(Decimal(holiday["irregular_accrual_percent"])) / 100,
            break_after_minutes=int(working_time["break_needed_after_minutes"]),
            break_minutes=int(working_time["break_minutes"]),
            rest_minutes=int(working_time["daily_rest_minutes"]),
            bank_holidays=frozenset(date.fromisoformat(day) for day in bank_holidays),
        )

    def minimum_on(self, day: date, band: str = ADULT) -> Pence | None:
        """The legal minimum an hour for the age band on ``day`` (None before the table starts)."""
        found = None
        for rate in self.minimum_wage:
            if rate.effective_from <= day:
                found = rate
        return None if found is None else found.by_band.get(band)


def age_band(birth_date: date | None, day: date) -> str:
    """The minimum-wage age band on ``day``; unknown ages get the adult rate (the highest)."""
    if birth_date is None:
        return ADULT
    age = day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))
    if age >= 21:
        return ADULT
    return "18-20" if age >= 18 else "under-18"


# ---------------------------------------------------------------------------------------------
# Pay periods


@dataclass(frozen=True, slots=True)
class PayPeriod:
    start: date
    end: date  # inclusive

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def label(self) -> str:
        return f"{format_day(self.start)} to {format_day(self.end)}"


def _period_start(first: date, frequency: Frequency, n: int) -> date:
    if frequency is Frequency.MONTHLY:
        return add_months(first, n)
    return first + timedelta(weeks=int(frequency.weeks) * n)


def pay_period(pa: PA, day: date) -> PayPeriod:
    """The pay period of ``pa`` that holds ``day``."""
    if pa.frequency is Frequency.MONTHLY:
        n = (day.year - pa.first_pay_day.year) * 12 + day.month - pa.first_pay_day.month
        while _period_start(pa.first_pay_day, pa.frequency, n) > day:
            n -= 1
        while _period_start(pa.first_pay_day, pa.frequency, n + 1) <= day:
            n += 1
    else:
        n = (day - pa.first_pay_day).days // (7 * int(pa.frequency.weeks))
    start = _period_start(pa.first_pay_day, pa.frequency, n)
    end = _period_start(pa.first_pay_day, pa.frequency, n + 1) - timedelta(days=1)
    return PayPeriod(start, end)


def pay_periods(pa: PA, start: date, end: date) -> list[PayPeriod]:
    """Every pay period that overlaps ``start``..``end``, in order."""
    periods = []
    period = pay_period(pa, start)
    while period.start <= end:
        periods.append(period)
        period = pay_period(pa, period.end + timedelta(days=1))
    return periods


# ---------------------------------------------------------------------------------------------
# Gross pay


@dataclass(frozen=True, slots=True)
class PayLine:
    """One line of the working: ``Day from 1 Apr 2026: 37h 30m at £12.71 an hour = £476.63``."""

    what: str  # shift type label, "Sleep-in", "Holiday", "Rolled-up holiday pay"
    minutes: int
    rate: Pence | None  # an hour; for sleep-ins, a night
    count: int  # shifts (sleep-ins: nights)
    amount: Pence
    working: str


@dataclass(frozen=True)
class GrossPay:
    period: PayPeriod
    lines: tuple[PayLine, ...]
    missing_rates: tuple[str, ...] = ()  # shift types worked with no rate set

    @property
    def total(self) -> Pence:
        return sum(line.amount for line in self.lines)

    @property
    def minutes(self) -> int:
        return sum(line.minutes for line in self.lines if line.what != _HOLIDAY_PAY)


_HOLIDAY = "Holiday"
_HOLIDAY_PAY = "Rolled-up holiday pay"


def gross_pay(
    pa: PA, period: PayPeriod, shifts: Iterable[Shift], absences: Iterable[Absence], rules: Rules
) -> GrossPay:
    """Gross pay for the shifts starting in ``period``, grouped by type and rate, rounded once."""
    hourly: dict[tuple[str, Pence, date], list[int]] = defaultdict(list)
    nights: dict[tuple[Pence, date], int] = defaultdict(int)
    missing: set[str] = set()
    for shift in shifts:
        if shift.day not in period:
            continue
        if shift.is_sleep_in:
            flat = pa.own_rate(ShiftType.SLEEP_IN, shift.day)
            if flat is None:
                missing.add(ShiftType.SLEEP_IN.label)
            else:
                nights[(flat.pence, flat.effective_from)] += 1
            if not shift.awake_minutes:
                continue
            kind = ShiftType.WAKING_NIGHT
        else:
            kind = shift.shift_type
        rate = pa.rate_on(kind, shift.day)
        if rate is None:
            missing.add(kind.label)
            continue
        label = (
            ShiftType.WAKING_NIGHT.label + " (awake in a sleep-in)"
            if shift.is_sleep_in
            else kind.label
        )
        hourly[(label, rate.pence, rate.effective_from)].append(shift.paid_minutes)
    lines = [
        _hourly_line(label, rate, since, minutes)
        for (label, rate, since), minutes in sorted(
            hourly.items(), key=lambda item: (item[0][0], item[0][2])
        )
    ]
    for (flat, since), count in sorted(nights.items(), key=lambda item: item[0][1]):
        amount = flat * count
        lines.append(
            PayLine(
                ShiftType.SLEEP_IN.label,
                0,
                flat,
                count,
                amount,
                f"{ShiftType.SLEEP_IN.label}{_since(since)}: {count} × {format_pence(flat)} "
                f"a night = {format_pence(amount)}",
            )
        )
    if pa.holiday is HolidayMode.ROLLED_UP:
        basic = sum(line.amount for line in lines)
        extra = round_half_up(basic * rules.accrual)
        lines.append(
            PayLine(
                _HOLIDAY_PAY,
                0,
                None,
                0,
                extra,
                f"{_HOLIDAY_PAY}: {_percent(rules.accrual)} of {format_pence(basic)} = "
                f"{format_pence(extra)}",
            )
        )
    else:
        leave: dict[tuple[Pence, date], list[int]] = defaultdict(list)
        for absence in absences:
            if absence.kind is AbsenceKind.LEAVE and absence.day in period:
                rate = pa.rate_on(ShiftType.DAY, absence.day)
                if rate is None:
                    missing.add(ShiftType.DAY.label)
                else:
                    leave[(rate.pence, rate.effective_from)].append(absence.minutes)
        for (rate, since), minutes in sorted(leave.items(), key=lambda item: item[0][1]):
            lines.append(_hourly_line(_HOLIDAY, rate, since, minutes))
    return GrossPay(period, tuple(lines), tuple(sorted(missing)))


def _hourly_line(label: str, rate: Pence, since: date, minutes: list[int]) -> PayLine:
    total = sum(minutes)
    amount = round_half_up(Fraction(total * rate, 60))
    return PayLine(
        label,
        total,
        rate,
        len(minutes),
        amount,
        f"{label}{_since(since)}: {format_minutes(total)} at {format_pence(rate)} an hour = "
        f"{format_pence(amount)}",
    )


def _since(day: date) -> str:
    return f" (rate from {format_day(day)})"


def _percent(value: Fraction) -> str:
    return f"{Decimal(value.numerator) / Decimal(value.denominator) * 100:.2f}%"


# ---------------------------------------------------------------------------------------------
# Holiday


@dataclass(frozen=True)
class HolidaySummary:
    mode: HolidayMode
    year_start: date
    year_end: date
    entitlement_minutes: int | None  # None for rolled-up holiday pay
    taken_minutes: int
    booked_minutes: int
    working: tuple[str, ...]

    @property
    def remaining_minutes(self) -> int | None:
        if self.entitlement_minutes is None:
            return None
        return self.entitlement_minutes - self.taken_minutes - self.booked_minutes


def leave_year(day: date, starts: tuple[int, int] = (4, 1)) -> tuple[date, date]:
    """The leave year holding ``day``: (first day, last day). ``starts`` is (month, day)."""
    month, first = starts
    start = date(day.year, month, first)
    if start > day:
        start = date(day.year - 1, month, first)
    return start, date(start.year + 1, month, first) - timedelta(days=1)


def holiday_summary(
    pa: PA,
    today: date,
    shifts: Iterable[Shift],
    absences: Iterable[Absence],
    rules: Rules,
    year_starts: tuple[int, int] = (4, 1),
) -> HolidaySummary:
    """Entitlement, taken, booked and remaining holiday for the leave year holding ``today``."""
    first, last = leave_year(today, year_starts)
    leave = [a for a in absences if a.kind is AbsenceKind.LEAVE and first <= a.day <= last]
    taken = sum(a.minutes for a in leave if a.day <= today)
    booked = sum(a.minutes for a in leave if a.day > today)
    working: list[str] = []
    if pa.holiday is HolidayMode.ROLLED_UP:
        working.append(
            f"Rolled-up holiday pay: {_percent(rules.accrual)} is added to each payslip, so no "
            "hours build up. Time off is unpaid."
        )
        return HolidaySummary(pa.holiday, first, last, None, taken, booked, tuple(working))
    if pa.holiday is HolidayMode.FIXED and pa.contracted_minutes is not None:
        employed_from = max(first, pa.start)
        employed_to = min(last, pa.end) if pa.end else last
        days_in_year = (last - first).days + 1
        employed_days = max((employed_to - employed_from).days + 1, 0)
        full = rules.holiday_weeks * pa.contracted_minutes
        entitlement = round_half_up(full * Fraction(employed_days, days_in_year))
        working.append(
            f"{_decimal(rules.holiday_weeks)} weeks × {format_minutes(pa.contracted_minutes)} a "
            f"week = {format_minutes(round_half_up(full))} for a full leave year."
        )
        if employed_days != days_in_year:
            working.append(
                f"Employed {employed_days} of the {days_in_year} days from {format_day(first)} to "
                f"{format_day(last)}, so {format_minutes(round_half_up(full))} × {employed_days} ÷ "
                f"{days_in_year} = {format_minutes(entitlement)}."
            )
    else:
        entitlement = 0
        by_period: dict[PayPeriod, int] = defaultdict(int)
        for shift in shifts:
            if first <= shift.day <= min(last, today):
                by_period[pay_period(pa, shift.day)] += shift.paid_minutes
        for period in sorted(by_period, key=lambda p: p.start):
            worked = by_period[period]
            accrued = round_half_up(worked * rules.accrual)
            entitlement += accrued
            working.append(
                f"{period.label}: {format_minutes(worked)} worked × {_percent(rules.accrual)} = "
                f"{format_minutes(accrued)}"
            )
        working.append(f"Built up so far this leave year: {format_minutes(entitlement)}.")
    return HolidaySummary(pa.holiday, first, last, entitlement, taken, booked, tuple(working))


def _decimal(value: Fraction) -> str:
    return f"{Decimal(value.numerator) / Decimal(value.denominator):g}"


# ---------------------------------------------------------------------------------------------
# Warnings: minimum wage and working time (warn, never block)


@dataclass(frozen=True, slots=True)
class StaffWarning:
    day: date
    kind: str  # "minimum-wage", "break", "rest", "no-rate"
    text: str


def warnings_for(pa: PA, shifts: Iterable[Shift], rules: Rules) -> list[StaffWarning]:
    """Minimum wage, missing rates, breaks and daily rest for one PA's shifts."""
    found: list[StaffWarning] = []
    ordered = sorted(shifts, key=lambda s: s.starts_at)
    for shift in ordered:
        kind = ShiftType.WAKING_NIGHT if shift.is_sleep_in else shift.shift_type
        rate = pa.rate_on(kind, shift.day)
        if rate is None and shift.paid_minutes:
            found.append(
                StaffWarning(
                    shift.day,
                    "no-rate",
                    f"{pa.name} has no {kind.label.lower()} pay rate for {format_day(shift.day)}.",
                )
            )
        elif rate is not None and shift.paid_minutes:
            band = age_band(pa.birth_date, shift.day)
            minimum = rules.minimum_on(shift.day, band)
            if minimum is not None and rate.pence < minimum:
                found.append(
                    StaffWarning(
                        shift.day,
                        "minimum-wage",
                        f"{pa.name}'s {kind.label.lower()} rate of {format_pence(rate.pence)} an "
                        f"hour on {format_day(shift.day)} is below the legal minimum of "
                        f"{format_pence(minimum)} ({band}).",
                    )
                )
        worked = shift.length_minutes - shift.break_minutes
        if (
            not shift.is_sleep_in
            and worked > rules.break_after_minutes
            and shift.break_minutes < rules.break_minutes
        ):
            found.append(
                StaffWarning(
                    shift.day,
                    "break",
                    f"{pa.name}'s shift on {format_day(shift.day)} is over "
                    f"{format_minutes(rules.break_after_minutes)} with a break under "
                    f"{rules.break_minutes} minutes.",
                )
            )
    for before, after in zip(ordered, ordered[1:], strict=False):
        rest = int((after.starts_at - before.ends_at).total_seconds() // 60)
        if rest >= rules.rest_minutes or _longest_rest(ordered, after) >= rules.rest_minutes:
            continue  # a split shift is fine when the day still has 11 hours off together
        found.append(
            StaffWarning(
                after.day,
                "rest",
                f"{pa.name} has only {format_minutes(max(rest, 0))} rest between shifts "
                f"before {format_day(after.day)} (the law asks for "
                f"{format_minutes(rules.rest_minutes)} off together in each 24 hours).",
            )
        )
    return found


def _longest_rest(ordered: list[Shift], shift: Shift) -> int:
    """The longest time off, in minutes, in the 24 hours up to the end of ``shift``."""
    window_end = shift.ends_at
    window_start = window_end - timedelta(hours=24)
    busy = sorted(
        (max(s.starts_at, window_start), min(s.ends_at, window_end))
        for s in ordered
        if s.starts_at < window_end and s.ends_at > window_start
    )
    longest, free_from = 0, window_start
    for start, end in busy:
        longest = max(longest, int((start - free_from).total_seconds() // 60))
        free_from = max(free_from, end)
    return max(longest, int((window_end - free_from).total_seconds() // 60))


# ---------------------------------------------------------------------------------------------
# Reminders


@dataclass(frozen=True, slots=True)
class Reminder:
    due: date
    overdue: bool
    text: str


REMIND_DAYS = 30


def reminders(
    checks: Iterable[Check], names: Mapping[int, str], today: date, within_days: int = REMIND_DAYS
) -> list[Reminder]:
    """Checks due within ``within_days`` or already past, soonest first."""
    found = []
    for check in checks:
        if check.due_on is None or check.due_on > today + timedelta(days=within_days):
            continue
        who = "" if check.pa_id is None else f" for {names.get(check.pa_id, '')}"
        if check.due_on < today:
            text = f"{check.kind.label}{who} was due on {format_day(check.due_on)}."
        else:
            text = f"{check.kind.label}{who} is due on {format_day(check.due_on)}."
        found.append(Reminder(check.due_on, check.due_on < today, text))
    return sorted(found, key=lambda r: r.due)


# ---------------------------------------------------------------------------------------------
# Payslips


@dataclass(frozen=True, slots=True)
class Payslip:
    """A pay record copied from the payroll service's payslip. The app does not work out tax."""

    pay_id: int | None
    pa_id: int
    period: PayPeriod
    gross: Pence
    tax: Pence = 0
    employee_ni: Pence = 0
    employer_ni: Pence = 0
    employee_pension: Pence = 0
    employer_pension: Pence = 0
    net: Pence = 0
    holiday_pay: Pence = 0

    @property
    def deductions_match(self) -> bool:
        """Whether gross less tax, NI and pension comes to the net pay."""
        return self.gross - self.tax - self.employee_ni - self.employee_pension == self.net

    @property
    def to_hmrc(self) -> Pence:
        return self.tax + self.employee_ni + self.employer_ni

    @property
    def to_pension(self) -> Pence:
        return self.employee_pension + self.employer_pension

    @property
    def cost(self) -> Pence:
        """What employing the PA cost for the period: gross plus the employer's NI and pension."""
        return self.gross + self.employer_ni + self.employer_pension
