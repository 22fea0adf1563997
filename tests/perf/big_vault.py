"""A ten-year vault for the benchmark suite (``make bench``), the same every time it is made.

Jordan Ellis has had direct payments from Riverside City Council since 1 October 2016. Ten years
to 30 September 2026 hold about 50,000 transactions in three accounts (a bank account, petty cash
and, from April 2020, a prepaid card), 2,000 receipt photos, five PAs over the years with their
weekly shifts, leave, sickness and a payslip for every pay period (linked to the wage, HMRC and
pension payments that paid it), a new plan version every April, monthly bank statement imports
since April 2024, and an audit entry for every change, as the app writes them. Balances stay
above zero: the council's payment each plan year covers that year's spending, with a little over.

Receipts: 2,000 photos, 150 of them in July to September 2026 (the audit-pack benchmark's
quarter) and 6 still waiting to be matched. To keep the generator quick, eight distinct
12-megapixel photos are drawn and shrunk by the app's own ``services.receipts.prepare``; each
stored copy is one of those eight with a JPEG comment naming it, so the sizes are realistic but
the pictures repeat (and do not show the payment's own shop or amount).

Small things (accounts, plans, PAs, checks) go through the services, so they obey the app's rules;
the bulk goes straight into the records' tables in one transaction, many rows per INSERT
(SQLCipher's memory wiping makes every statement costly), in exactly the layout the app writes.

    python -m tests.perf.big_vault OUT_DIR   # makes OUT_DIR/Jordan Ellis.dpvault

``cached_vault()`` makes it once per ``GENERATOR_VERSION`` in the system's temporary folder (or
``$DPKEEPER_BENCH_CACHE``) and returns it; benchmarks work on copies.
"""

from __future__ import annotations

import json
import math
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

from dpkeeper.domain.bank_text import payee_name, row_keys
from dpkeeper.domain.ledger import AccountKind, PaymentMethod
from dpkeeper.domain.pay import GrossPay, PayPeriod, Payslip, gross_pay, pay_periods
from dpkeeper.domain.plan import BudgetLine, FundingSource, Monitoring, Plan
from dpkeeper.domain.schedule import Frequency, payment_dates
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
from dpkeeper.records.db import transaction
from dpkeeper.services import backups, money, staff, vault_access
from dpkeeper.services import plan as plan_service
from dpkeeper.services.session import Session
from dpkeeper.vault import store
from tests.perf.receipt_photos import prepared_photos, varied

GENERATOR_VERSION = 1
SEED = 20161001
PERSON = "Jordan Ellis"
PASSPHRASE = "ten years of records kept safe"
VAULT_NAME = f"{PERSON}.dpvault"
START, END = date(2016, 10, 1), date(2026, 9, 30)
QUARTER = (date(2026, 7, 1), date(2026, 9, 30))  # the audit pack's quarter
PREPAID_FROM = date(2020, 4, 1)
IMPORTED_FROM = date(2024, 4, 1)  # bank rows from here on came from statement files
TARGET_TRANSACTIONS = 50_000
RECEIPTS, QUARTER_RECEIPTS, WAITING_RECEIPTS = 2_000, 150, 6
DELETED = 200
PHOTO_SHOPS = [
    "Bridge Street Cafe",
    "City Taxis",
    "Greenfield Cinema",
    "Kirkstall Leisure",
    "Riverside Arts Centre",
    "Boots",
    "Riverside Bowling",
    "Screwfix",
]
CASH, BANK, CARD = "cash", "bank", "card"  # "card": the bank's card, or the prepaid card later
CARD_PAYMENT = PaymentMethod.CARD

# Everyday spending: (who, category, budget line, paid from, pence from-to, weight, receipt).
# receipt: "photo" (a receipt is often kept) or the reason there is none.
EVERYDAY = [
    ("Riverside Buses", "transport", "Travel", CASH, (220, 320), 18, "Bus fare: no ticket given"),
    ("Bridge Street Cafe", "activities", "Community activities", CARD, (260, 950), 14, "photo"),
    ("Kirkstall Leisure", "activities", "Community activities", CARD, (420, 650), 9, "photo"),
    ("Greenfield Cinema", "activities", "Community activities", CARD, (650, 1400), 5, "photo"),
    ("City Taxis", "transport", "Travel", CARD, (800, 2600), 6, "photo"),
    ("Northern Rail", "transport", "Travel", CARD, (450, 3800), 3, "photo"),
    ("NCP Car Parks", "transport", "Travel", CARD, (150, 900), 6, "Pay and display"),
    ("Riverside Arts Centre", "activities", "Community activities", CARD, (1200, 2400), 3, "photo"),
    ("Boots", "equipment", "Equipment", CARD, (250, 2500), 5, "photo"),
    ("Amazon", "equipment", "Equipment", CARD, (499, 6000), 4, "photo"),
    ("Screwfix", "equipment", "Equipment", CARD, (500, 4000), 1, "photo"),
    ("Riverside Bowling", "activities", "Community activities", CARD, (600, 1500), 2, "photo"),
    ("Community Cafe Hub", "activities", "Community activities", CASH, (200, 600), 8, "photo"),
    ("National Trust", "activities", "Community activities", CARD, (1200, 3000), 1, "photo"),
]
NO_RECEIPT_REASONS = [
    "Paid by card: shown on the bank statement",
    "No receipt given",
    "Receipt lost",
]
PAYSLIP_REASON = "Payslip kept in the Staff page"
# The plan's budget lines: (name, category, how often, whether it is hours of support).
PLAN_LINES = [
    ("PA support", "pa_wages", Frequency.WEEKLY, True),
    ("Employer costs", "hmrc", Frequency.MONTHLY, False),
    ("Pension", "pension", Frequency.MONTHLY, False),
    ("Payroll service", "payroll", Frequency.MONTHLY, False),
    ("Community activities", "activities", Frequency.WEEKLY, False),
    ("Travel", "transport", Frequency.WEEKLY, False),
    ("Equipment", "equipment", Frequency.MONTHLY, False),
    ("Respite", "respite", Frequency.FOUR_WEEKLY, False),
]


@dataclass(slots=True)
class Row:
    """One transaction before it is written."""

    day: date
    amount: int
    account: str  # cash, bank, card or prepaid
    who: str
    category: str | None = None
    budget: str | None = None
    method: PaymentMethod = PaymentMethod.CARD
    note: str = ""
    reason: str = ""
    photo: bool = False  # a receipt photo may be kept for it
    transfer_id: int | None = None
    row_id: int = 0
    deleted: bool = False
    bank_key: str | None = None
    bank_text: str = ""
    import_id: int | None = None


@dataclass(frozen=True, slots=True)
class PASpec:
    name: str
    start: date
    end: date | None
    minutes: int | None  # contracted a week; None for irregular hours
    frequency: Frequency
    day_rate: int  # an hour, in October 2016 money
    holiday: HolidayMode
    week: tuple[tuple[int, str, str, int], ...] = ()  # (weekday, start, end, break minutes)


PAS = [
    PASpec(
        "Priya Shah",
        date(2016, 10, 3),
        date(2021, 8, 27),
        1200,
        Frequency.FOUR_WEEKLY,
        900,
        HolidayMode.FIXED,
        ((0, "09:00", "13:00", 0), (1, "09:00", "13:00", 0), (2, "09:00", "13:00", 0))
        + ((3, "09:00", "13:00", 0), (4, "09:00", "13:00", 0)),
    ),
    PASpec(
        "Tom Evans",
        date(2016, 10, 3),
        None,
        960,
        Frequency.FOUR_WEEKLY,
        900,
        HolidayMode.FIXED,
        ((1, "14:00", "18:00", 0), (3, "14:00", "18:00", 0), (5, "10:00", "18:30", 30)),
    ),
    PASpec(
        "Grace Okoye",
        date(2018, 5, 1),
        None,
        720,
        Frequency.MONTHLY,
        950,
        HolidayMode.FIXED,
        ((0, "17:00", "21:00", 0), (2, "17:00", "21:00", 0), (6, "10:00", "14:00", 0)),
    ),
    PASpec(
        "Daniel Hughes",
        date(2021, 8, 30),
        None,
        1200,
        Frequency.FOUR_WEEKLY,
        1000,
        HolidayMode.FIXED,
        ((0, "09:00", "13:00", 0), (1, "09:00", "13:00", 0), (2, "09:00", "13:00", 0))
        + ((3, "09:00", "13:00", 0), (4, "09:00", "13:00", 0)),
    ),
    PASpec(
        "Megan Price",
        date(2023, 1, 9),
        None,
        None,
        Frequency.FOUR_WEEKLY,
        1050,
        HolidayMode.ROLLED_UP,
    ),
]


def _pence(value: float) -> int:
    return math.floor(value + 0.5)


def _aprils(after: date, until: date) -> list[date]:
    return [date(y, 4, 1) for y in range(after.year, until.year + 1) if after < date(y, 4, 1)]


def _stamp(day: date, rng: random.Random) -> str:
    """A time that evening (UTC), as ``records.clock.now`` writes it."""
    return f"{day.isoformat()}T{rng.randint(17, 21):02d}:{rng.randrange(60):02d}:00+00:00"


def _insert(conn, table: str, columns: str, rows: Sequence[tuple], per: int = 0) -> None:
    """Many rows per INSERT statement: far fewer statements than rows."""
    if not rows:
        return
    width = columns.count(",") + 1
    per = per or max(1, min(1000, 30_000 // width))
    one = "(" + ", ".join("?" * width) + ")"
    head = f"INSERT INTO {table} ({columns}) VALUES "
    for start in range(0, len(rows), per):
        chunk = rows[start : start + per]
        conn.execute(head + ", ".join([one] * len(chunk)), [v for row in chunk for v in row])


@dataclass
class Generated:
    rows: list[Row] = field(default_factory=list)
    shifts: list[tuple[int, Shift]] = field(default_factory=list)  # (id, shift)
    absences: list[Absence] = field(default_factory=list)
    payslips: list[tuple[Payslip, list[tuple[Row, str]]]] = field(default_factory=list)
    budget_lines: dict[str, int] = field(default_factory=dict)  # name: line id


# ---------------------------------------------------------------------------------------------
# Staff: shifts, leave, sickness and payslips


def _rates(spec: PASpec) -> tuple[PayRate, ...]:
    """Day, evening, weekend and bank-holiday rates, 4% higher every April."""
    rates = []
    for since in [spec.start, *_aprils(spec.start, END)]:
        years = max(since.year - 2016 - (since.month < 4), 0)
        day = _pence(spec.day_rate * 1.04**years)
        rates += [
            PayRate(ShiftType.DAY, since, day),
            PayRate(ShiftType.EVENING, since, day + 50),
            PayRate(ShiftType.WEEKEND, since, day + 100),
            PayRate(ShiftType.BANK_HOLIDAY, since, _pence(day * 1.5)),
            PayRate(ShiftType.SLEEP_IN, since, 4500 + 150 * years),
        ]
    return tuple(rates)


def _shift_type(day: date, start: clock, bank_holidays: frozenset[date]) -> ShiftType:
    if day in bank_holidays:
        return ShiftType.BANK_HOLIDAY
    if day.weekday() >= 5:
        return ShiftType.WEEKEND
    return ShiftType.EVENING if start >= clock(17) else ShiftType.DAY


def _on_leave(day: date) -> bool:
    """Two weeks from the first Monday in August, and the days between Christmas and New Year."""
    august = date(day.year, 8, 1)
    first_monday = august + timedelta(days=-august.weekday() % 7)
    return first_monday <= day < first_monday + timedelta(days=14) or (
        day.month == 12 and day.day >= 27
    )


def _staff(session: Session, rng: random.Random, out: Generated) -> None:
    rules = staff.rules(session)
    holidays = rules.bank_holidays
    saved = []
    for spec in PAS:
        pa = staff.save_pa(
            session,
            PA(
                None,
                spec.name,
                spec.start,
                spec.frequency,
                spec.start,
                spec.minutes,
                spec.end,
                "Payroll Plus Ltd",
                holiday=spec.holiday,
                rates=_rates(spec),
            ),
        )
        saved.append((spec, pa))
        checks = [
            Check(CheckKind.DBS, pa.pa_id, spec.start - timedelta(days=21)),
            Check(CheckKind.RIGHT_TO_WORK, pa.pa_id, spec.start - timedelta(days=14)),
            Check(CheckKind.CONTRACT, pa.pa_id, spec.start),
        ]
        staff.save_checks(session, checks)
    staff.save_checks(
        session, [Check(CheckKind.INSURANCE, None, date(2025, 10, 1), date(2026, 10, 1))]
    )
    shift_id = 0
    slips_by_pay_day: list[tuple[date, Payslip, Row]] = []
    for spec, pa in saved:
        last = min(spec.end or END, END)
        shifts: list[Shift] = []
        absences: list[Absence] = []
        day = spec.start
        while day <= last:
            wanted = [w for w in spec.week if w[0] == day.weekday()]
            if not spec.week and day.weekday() < 5 and rng.random() < 0.4:
                wanted = [(day.weekday(), "10:00", "16:00", 30)]
            for _, begin, finish, rest in wanted:
                start, end = clock.fromisoformat(begin), clock.fromisoformat(finish)
                kind = _shift_type(day, start, holidays)
                shift = Shift(None, pa.pa_id, day, start, end, rest, kind)
                if spec.holiday is HolidayMode.FIXED and _on_leave(day):
                    absences.append(
                        Absence(None, pa.pa_id, day, AbsenceKind.LEAVE, shift.paid_minutes)
                    )
                elif rng.random() < 0.015:
                    absences.append(
                        Absence(None, pa.pa_id, day, AbsenceKind.SICK, shift.paid_minutes)
                    )
                else:
                    shifts.append(shift)
            if spec.name == "Tom Evans" and day.weekday() == 4:  # a sleep-in every Friday
                awake = rng.choice([0, 0, 0, 30, 60])
                shifts.append(
                    Shift(None, pa.pa_id, day, clock(22), clock(7), 0, ShiftType.SLEEP_IN, awake)
                )
            day += timedelta(days=1)
        for shift in shifts:
            shift_id += 1
            out.shifts.append((shift_id, shift))
        out.absences += absences
        by_period: dict[PayPeriod, list[Shift]] = defaultdict(list)
        periods = pay_periods(pa, spec.start, last)
        for shift in shifts:
            by_period[_period_of(periods, shift.day)].append(shift)
        for period in periods:
            pay_day = period.end + timedelta(days=3)
            if pay_day > END:
                continue
            pay = gross_pay(pa, period, by_period.get(period, ()), absences, rules)
            if pay.total <= 0:
                continue
            slip = _payslip(pa.pa_id, period, pay)
            wage = Row(
                pay_day,
                -slip.net,
                BANK,
                spec.name,
                "pa_wages",
                "PA support",
                PaymentMethod.BANK_TRANSFER,
                f"Wages for {period.label}",
                PAYSLIP_REASON,
            )
            out.rows.append(wage)
            out.payslips.append((slip, [(wage, "net")]))
            slips_by_pay_day.append((pay_day, slip, wage))
    _hmrc_and_pension(slips_by_pay_day, out)


def _period_of(periods: list[PayPeriod], day: date) -> PayPeriod:
    for period in periods:
        if day in period:
            return period
    return periods[-1]


def _payslip(pa_id: int, period: PayPeriod, pay: GrossPay) -> Payslip:
    weeks = ((period.end - period.start).days + 1) / 7
    gross = pay.total
    holiday = sum(line.amount for line in pay.lines if "oliday" in line.what)
    tax = _pence(max(0, gross - 24_200 * weeks) * 0.2)
    employee_ni = _pence(max(0, gross - 24_200 * weeks) * 0.08)
    employer_ni = _pence(max(0, gross - 17_500 * weeks) * 0.138)
    qualifying = max(0, gross - 12_000 * weeks)
    employee_pension = _pence(qualifying * 0.05)
    employer_pension = _pence(qualifying * 0.03)
    net = gross - tax - employee_ni - employee_pension
    return Payslip(
        None,
        pa_id,
        period,
        gross,
        tax,
        employee_ni,
        employer_ni,
        employee_pension,
        employer_pension,
        net,
        holiday,
    )


def _hmrc_and_pension(slips: list[tuple[date, Payslip, Row]], out: Generated) -> None:
    """HMRC on the 22nd and the pension on the 15th, for the slips paid the month before."""
    by_month: dict[tuple[int, int], list[Payslip]] = defaultdict(list)
    for pay_day, slip, _wage in slips:
        by_month[(pay_day.year, pay_day.month)].append(slip)
    links = {id(slip): payments for slip, payments in out.payslips}
    for (year, month), month_slips in sorted(by_month.items()):
        after = date(year + month // 12, month % 12 + 1, 1)
        for day_of_month, who, key, budget, part, role in (
            (22, "HMRC", "hmrc", "Employer costs", "to_hmrc", "hmrc"),
            (15, "NEST Pensions", "pension", "Pension", "to_pension", "pension"),
        ):
            when = after.replace(day=day_of_month)
            total = sum(getattr(slip, part) for slip in month_slips)
            if when > END or total <= 0:
                continue
            row = Row(
                when,
                -total,
                BANK,
                who,
                key,
                budget,
                PaymentMethod.BANK_TRANSFER if key == "hmrc" else PaymentMethod.DIRECT_DEBIT,
                f"For pay in {date(year, month, 1):%B %Y}",
                "Statement kept by the payroll service",
            )
            out.rows.append(row)
            for slip in month_slips:
                if getattr(slip, part):
                    links[id(slip)].append((row, role))


# ---------------------------------------------------------------------------------------------
# Money in and out


def _regular(rng: random.Random, out: Generated) -> None:
    """The payroll fee, insurance, agency cover, respite breaks and the odd bank charge."""
    monthly = payment_dates(date(2016, 10, 20), Frequency.MONTHLY, START, END)
    for n, when in enumerate(monthly):
        fee = 1500 + 100 * (n // 24)
        out.rows.append(
            Row(
                when,
                -fee,
                BANK,
                "Payroll Plus Ltd",
                "payroll",
                "Payroll service",
                PaymentMethod.DIRECT_DEBIT,
                reason="Direct debit: shown on the bank statement",
            )
        )
        if rng.random() < 0.35:
            out.rows.append(
                Row(
                    when + timedelta(days=rng.randrange(1, 9)),
                    -rng.randrange(9_000, 26_000),
                    BANK,
                    "Helping Hands Agency",
                    "agency",
                    "PA support",
                    PaymentMethod.BANK_TRANSFER,
                    "Cover while a PA was off",
                    "Invoice kept on paper",
                )
            )
    for year in range(2016, 2026):
        out.rows.append(
            Row(
                date(year, 10, 1),
                -(14_800 + 600 * (year - 2016)),
                BANK,
                "Fairway Employer Insurance",
                "insurance",
                "Employer costs",
                PaymentMethod.CARD,
                "Employer's liability, 12 months",
                photo=True,
            )
        )
        for month in (5, 11):
            out.rows.append(
                Row(
                    date(year + (month < 10), month, rng.randrange(3, 25)),
                    -rng.randrange(30_000, 90_000),
                    BANK,
                    "Seaside Respite Breaks",
                    "respite",
                    "Respite",
                    PaymentMethod.BANK_TRANSFER,
                    "Short break",
                    photo=True,
                )
            )


def _everyday(rng: random.Random, count: int, out: Generated) -> None:
    weights = [entry[5] for entry in EVERYDAY]
    days = (END - START).days + 1
    for _ in range(count):
        who, key, budget, paid_from, (low, high), _w, receipt = rng.choices(EVERYDAY, weights)[0]
        day = START + timedelta(days=rng.randrange(days))
        account = paid_from
        if paid_from == CARD:
            account = "prepaid" if day >= PREPAID_FROM and rng.random() < 0.5 else BANK
        photo = receipt == "photo"
        reason = "" if photo else receipt
        if photo and rng.random() < 0.6:
            reason = rng.choice(NO_RECEIPT_REASONS)  # cleared again if a photo is kept
        method = PaymentMethod.CASH if account == CASH else CARD_PAYMENT
        out.rows.append(
            Row(day, -rng.randint(low, high), account, who, key, budget, method, "", reason, photo)
        )


def _plans(session: Session, out: Generated, cats: dict[str, int]) -> None:
    """A plan version each April whose payment covers that year's spending, and its payments."""
    versions = [START, *_aprils(START, END)]
    first_payment = date(2016, 10, 4)
    saved: dict[str, int] = {}
    for number, since in enumerate(versions):
        until = versions[number + 1] if number + 1 < len(versions) else END + timedelta(days=1)
        spent: Counter[str] = Counter()
        for row in out.rows:
            if since <= row.day < until and row.amount < 0 and row.budget:
                spent[row.budget] -= row.amount
        payments = payment_dates(first_payment, Frequency.FOUR_WEEKLY, since, until - timedelta(1))
        weeks = ((until - since).days) / 7
        contribution = 2500 + 100 * number
        needed = sum(spent.values()) * 1.01 - contribution * weeks
        payment = int(needed / max(len(payments), 1) / 1000 + 1) * 1000
        wage_minutes = sum(
            spec.minutes or 480 for spec in PAS if spec.start < until and (spec.end or END) > since
        )
        rate = _pence(900 * 1.04**number)
        plan = plan_service.save(
            session,
            Plan(
                effective_from=since,
                funder_name="Riverside City Council",
                reference="DP-204518",
                start_date=START,
                review_date=date(since.year + 1, 3, 1),
                payment=payment,
                frequency=Frequency.FOUR_WEEKLY,
                first_payment=first_payment,
                sources=frozenset({FundingSource.COUNCIL}),
                contribution_weekly=contribution,
                monitoring=Monitoring.QUARTERLY,
                surplus_weeks=8,
                lines=tuple(
                    _budget_line(
                        name,
                        cats[key],
                        frequency,
                        spent[name] / weeks,
                        {"minutes_per_week": wage_minutes, "hourly_rate": rate} if hours else {},
                        saved,
                    )
                    for name, key, frequency, hours in PLAN_LINES
                ),
            ),
        )
        saved.update((budget.name, budget.line_id) for budget in plan.lines)
        for when in payments:
            out.rows.append(
                Row(
                    when,
                    payment,
                    BANK,
                    "Riverside City Council",
                    "council_payment",
                    method=PaymentMethod.BANK_TRANSFER,
                    note="Direct payment",
                )
            )
            out.rows.append(
                Row(
                    when + timedelta(days=1),
                    contribution * 4,
                    BANK,
                    PERSON,
                    "contribution",
                    method=PaymentMethod.STANDING_ORDER,
                    note="My contribution, 4 weeks",
                )
            )
        if number == 0:
            out.rows.append(
                Row(
                    START, 150_000, BANK, "Riverside City Council", "council_payment", note="Set-up"
                )
            )
    out.budget_lines = saved


def _budget_line(
    name: str, category_id: int, frequency: Frequency, weekly: float, hours: dict, saved: dict
) -> BudgetLine:
    """A plan line: hours of support, or the amount spent a week in the year before."""
    per = {Frequency.WEEKLY: 1, Frequency.MONTHLY: 52 / 12, Frequency.FOUR_WEEKLY: 4}
    amount = 0 if hours else max(100, _pence(weekly * per[frequency]))
    return BudgetLine(name, category_id, frequency, amount, line_id=saved.get(name), **hours)


def _order_and_top_up(rows: list[Row], rng: random.Random) -> list[Row]:
    """Date order (money in first each day); petty cash and the prepaid card are topped up from
    the bank account by a transfer whenever they run low."""
    rng.shuffle(rows)
    rows.sort(key=lambda row: (row.day, row.amount < 0))
    balance = {CASH: 5000, "prepaid": 0}
    ordered: list[Row] = []
    transfer_id = 0
    for row in rows:
        if row.account in balance and balance[row.account] + row.amount < 500:
            transfer_id += 1
            top_up = 10_000 if row.account == CASH else 25_000
            name = "Petty cash" if row.account == CASH else "Prepaid card"
            note = "Petty cash top-up" if row.account == CASH else "Card top-up"
            out_of_bank = Row(row.day, -top_up, BANK, name, method=PaymentMethod.NONE, note=note)
            into = Row(row.day, top_up, row.account, "Direct payment account", note=note)
            into.method = PaymentMethod.NONE
            for half in (out_of_bank, into):
                half.transfer_id = transfer_id
                ordered.append(half)
            balance[row.account] += top_up
        if row.account in balance:
            balance[row.account] += row.amount
        ordered.append(row)
    for number, row in enumerate(ordered, start=1):
        row.row_id = number
    return ordered


def _imports(rows: list[Row]) -> list[tuple]:
    """Bank rows from IMPORTED_FROM came from monthly statement files: give them keys."""
    by_month: dict[tuple[int, int], list[Row]] = defaultdict(list)
    for row in rows:
        if row.account == BANK and row.day >= IMPORTED_FROM:
            by_month[(row.day.year, row.day.month)].append(row)
    imports = []
    for number, ((year, month), month_rows) in enumerate(sorted(by_month.items()), start=1):
        for row in month_rows:
            words = "FASTER PAYMENT TO" if row.amount < 0 else "BANK GIRO CREDIT"
            if row.method is PaymentMethod.CARD:
                words = "CARD PAYMENT TO"
            row.bank_text = f"{words} {row.who.upper()}"
            row.who = payee_name(row.bank_text)
            row.method = PaymentMethod.NONE
            row.import_id = number
        keys = row_keys((r.day, r.amount, r.bank_text, None) for r in month_rows)
        for row, key in zip(month_rows, keys, strict=True):
            row.bank_key = key
        last_day = max(r.day for r in month_rows)
        imports.append(
            (
                number,
                1,
                f"statement-{year}-{month:02d}.csv",
                "Lloyds, Halifax or Bank of Scotland",
                f"{year}{month:02d}".ljust(64, "0"),
                min(r.day for r in month_rows).isoformat(),
                last_day.isoformat(),
                len(month_rows),
                0,
                0,
                f"{(last_day + timedelta(days=3)).isoformat()}T10:00:00+00:00",
            )
        )
    return imports


# ---------------------------------------------------------------------------------------------
# Writing it all


def _snapshot(row: Row, names: dict, budget_lines: dict[str, int]) -> dict:
    """A payment as ``services.money.snapshot`` describes it in the audit trail."""
    return {
        "date": row.day.isoformat(),
        "amount": row.amount,
        "account_id": names["account_id"][row.account],
        "account": names["account"][row.account],
        "who": row.who,
        "category_id": names["category_id"].get(row.category),
        "category": names["category"].get(row.category, ""),
        "budget_line_id": budget_lines.get(row.budget) if row.budget else None,
        "method": row.method.value,
        "note": row.note,
        "no_receipt_reason": row.reason,
        "deleted": False,
    }


def _choose_receipts(rows: list[Row], rng: random.Random) -> list[tuple[int, Row | None]]:
    """(receipt id, the payment it is for, or None while waiting to be matched)."""
    live = [row for row in rows if row.photo and not row.deleted]
    in_quarter = [row for row in live if QUARTER[0] <= row.day <= QUARTER[1]]
    earlier = [row for row in live if row.day < QUARTER[0]]
    chosen = rng.sample(in_quarter, QUARTER_RECEIPTS)
    # More receipts kept in later years: weighted sampling without replacement.
    ranked = sorted(earlier, key=lambda row: rng.random() ** (1 / (row.day.year - 2015)))
    chosen += ranked[-(RECEIPTS - QUARTER_RECEIPTS - WAITING_RECEIPTS) :]
    chosen.sort(key=lambda row: row.row_id)
    for row in chosen:
        row.reason = ""
    kept: list[tuple[int, Row | None]] = [(n, row) for n, row in enumerate(chosen, start=1)]
    kept += [(len(kept) + n, None) for n in range(1, WAITING_RECEIPTS + 1)]
    return kept


def _write(conn, session: Session, rows, imports, out: Generated, photos, rng) -> dict:
    actor = f"{PERSON} (holder)"
    accounts = {a.name: a for a in money.accounts(session)}
    account_names = {BANK: "Direct payment account", CASH: "Petty cash", "prepaid": "Prepaid card"}
    categories = {c.key: c for c in money.categories(session) if c.key}
    names = {
        "account": account_names,
        "account_id": {k: accounts[v].account_id for k, v in account_names.items()},
        "category": {k: c.name for k, c in categories.items()},
        "category_id": {k: c.category_id for k, c in categories.items()},
    }
    lines = out.budget_lines
    audit: list[tuple] = []  # (at, action, detail, kind, record id, before, after)

    # Earlier entries (vault made, accounts, plans, PAs) happened before the first payment.
    conn.execute("UPDATE audit_log SET at = ?", (f"{START - timedelta(days=3)}T10:00:00+00:00",))
    conn.execute(
        "UPDATE vault_info SET value = ? WHERE key = 'created_on'",
        ((START - timedelta(days=3)).isoformat(),),
    )
    payees: dict[str, int] = {}
    last_category: dict[str, int] = {}
    spelled: dict[str, str] = {}  # payee names are unique whatever their capitals
    for row in rows:
        row.who = spelled.setdefault(row.who.casefold(), row.who)
        payees.setdefault(row.who, len(payees) + 1)
        if row.category:
            last_category[row.who] = names["category_id"][row.category]
    _insert(
        conn,
        "payees",
        "id, name, last_category_id",
        [(pid, name, last_category.get(name)) for name, pid in payees.items()],
    )
    _insert(
        conn,
        "imports",
        (
            "id, account_id, file_name, layout, file_sha256, first_date, last_date, rows_added, "
            "rows_already, rows_linked, imported_at"
        ),
        imports,
    )
    for number, _account, file_name, layout, _sha, _first, _last, added, *_rest, at in imports:
        detail = f"{number} {file_name} {layout}: added {added}, already 0, linked 0"
        audit.append((at, "import.added", detail, "", None, "", ""))

    deleted = rng.sample(
        [r for r in rows if r.photo and r.transfer_id is None and r.day < QUARTER[0]], DELETED
    )
    for row in deleted:
        row.deleted = True
    receipts = _choose_receipts(rows, rng)
    values = []
    for row in rows:
        created = _stamp(row.day, rng)
        deleted_at = _stamp(row.day + timedelta(days=2), rng) if row.deleted else None
        values.append(
            (
                row.row_id,
                row.day.isoformat(),
                row.amount,
                names["account_id"][row.account],
                payees[row.who],
                names["category_id"].get(row.category),
                lines.get(row.budget) if row.budget else None,
                row.method.value,
                row.note,
                row.reason,
                row.transfer_id,
                deleted_at,
                created,
                row.bank_key,
                row.bank_text,
                row.import_id,
            )
        )
        if row.import_id is not None or (row.transfer_id and row.amount > 0):
            continue
        after = _snapshot(row, names, lines)
        action = "transfer.added" if row.transfer_id else "transaction.added"
        detail = f"#{row.row_id} {row.day.isoformat()} {row.amount}p {row.who}"
        audit.append((created, action, detail, "transaction", row.row_id, "", after))
        if row.deleted:
            gone = dict(after, deleted=True)
            audit.append(
                (deleted_at, "transaction.deleted", detail, "transaction", row.row_id, after, gone)
            )
    _insert(
        conn,
        "transactions",
        (
            "id, date, amount_pence, account_id, payee_id, category_id, budget_line_id, method, "
            "note, no_receipt_reason, transfer_id, deleted_at, created_at, bank_key, bank_text, "
            "import_id"
        ),
        values,
    )
    _write_receipts(conn, receipts, photos, rng, audit)
    _write_staff(conn, out, rng, audit)
    audit.sort(key=lambda entry: entry[0])
    _insert(
        conn,
        "audit_log",
        "at, actor, action, detail, record_kind, record_id, before, after",
        [
            (
                at,
                actor,
                action,
                detail,
                kind,
                record_id,
                json.dumps(before, sort_keys=True) if before else "",
                json.dumps(after, sort_keys=True) if after else "",
            )
            for at, action, detail, kind, record_id, before, after in audit
        ],
    )
    return {"transactions": len(rows), "deleted": DELETED, "receipts": len(receipts)}


def _write_receipts(conn, receipts, photos, rng: random.Random, audit: list[tuple]) -> None:
    meta, pictures = [], []
    for receipt_id, row in receipts:
        photo = photos[receipt_id % len(photos)]
        day = row.day if row is not None else END - timedelta(days=rng.randrange(14))
        name = f"IMG_{day:%Y%m%d}_{rng.randrange(80000, 215959):06d}.jpg"
        label = f"receipt {receipt_id}"
        files = {
            "display": varied(photo.display, label),
            "thumbnail": varied(photo.thumbnail, label),
        }
        added = _stamp(day + timedelta(days=rng.randrange(3)), rng)
        meta.append(
            (
                receipt_id,
                row.row_id if row is not None else None,
                name,
                photo.media_type,
                photo.display_type,
                photo.width,
                photo.height,
                1,
                sum(len(data) for data in files.values()),
                added,
            )
        )
        pictures += [(receipt_id, kind, data) for kind, data in files.items()]
        target = f"#{row.row_id}" if row is not None else "waiting"
        audit.append((added, "receipt.added", f"{receipt_id} {name} {target}", "", None, "", ""))
    _insert(
        conn,
        "receipts",
        (
            "id, transaction_id, original_name, media_type, display_type, width, height, pages, "
            "size_bytes, added_at"
        ),
        meta,
    )
    _insert(conn, "receipt_files", "receipt_id, kind, data", pictures, per=16)


def _write_staff(conn, out: Generated, rng: random.Random, audit: list[tuple]) -> None:
    names = {pa_id: name for pa_id, name in conn.execute("SELECT id, name FROM pas")}
    shifts, history = [], []
    for shift_id, shift in out.shifts:
        created = _stamp(shift.day - timedelta(days=rng.randrange(7)), rng)
        shifts.append(
            (
                shift_id,
                shift.pa_id,
                shift.day.isoformat(),
                shift.start.isoformat("minutes"),
                shift.end.isoformat("minutes"),
                shift.break_minutes,
                shift.shift_type.value,
                shift.awake_minutes,
                shift.note,
                created,
            )
        )
        words = f"{shift.day.isoformat()} {format_shift(shift)} {shift.shift_type.value}"
        history.append((shift_id, created, f"{PERSON} (holder)", "added", words))
        audit.append(
            (created, "staff.shift_added", f"{shift_id} {names[shift.pa_id]}", "", None, "", "")
        )
    _insert(
        conn,
        "shifts",
        (
            "id, pa_id, date, start_time, end_time, break_minutes, shift_type, awake_minutes, "
            "note, created_at"
        ),
        shifts,
    )
    _insert(conn, "shift_history", "shift_id, changed_at, actor, change, detail", history)
    _insert(
        conn,
        "absences",
        "pa_id, date, kind, minutes, note, created_at",
        [
            (a.pa_id, a.day.isoformat(), a.kind.value, a.minutes, a.note, _stamp(a.day, rng))
            for a in out.absences
        ],
    )
    slips, links = [], []
    for slip_id, (slip, payments) in enumerate(out.payslips, start=1):
        updated = _stamp(slip.period.end + timedelta(days=3), rng)
        slips.append(
            (
                slip_id,
                slip.pa_id,
                slip.period.start.isoformat(),
                slip.period.end.isoformat(),
                slip.gross,
                slip.tax,
                slip.employee_ni,
                slip.employer_ni,
                slip.employee_pension,
                slip.employer_pension,
                slip.net,
                slip.holiday_pay,
                updated,
            )
        )
        links += [(slip_id, row.row_id, role) for row, role in payments]
        detail = f"{slip_id} {names[slip.pa_id]} {slip.period.start}"
        audit.append((updated, "staff.payslip_saved", detail, "", None, "", ""))
    _insert(
        conn,
        "payslips",
        (
            "id, pa_id, period_start, period_end, gross, tax, employee_ni, employer_ni, "
            "employee_pension, employer_pension, net, holiday_pay, updated_at"
        ),
        slips,
    )
    _insert(conn, "payslip_payments", "payslip_id, transaction_id, role", links)


def _fill(session: Session, rng: random.Random, progress: Callable[[str], None]) -> dict:
    progress("accounts, staff, shifts and pay")
    money.add_account(session, "Direct payment account", AccountKind.BANK, 50_000, START)
    money.add_account(session, "Petty cash", AccountKind.CASH, 5_000, START)
    money.add_account(session, "Prepaid card", AccountKind.PREPAID, 0, PREPAID_FROM)
    cats = {c.key: c.category_id for c in money.categories(session) if c.key}
    out = Generated()
    _staff(session, rng, out)
    _regular(rng, out)
    plan_rows = 2 * len(payment_dates(date(2016, 10, 4), Frequency.FOUR_WEEKLY, START, END)) + 1
    top_ups = 970  # about how many transfers (two rows each) keep cash and the card topped up
    _everyday(rng, TARGET_TRANSACTIONS - len(out.rows) - plan_rows - 2 * top_ups, out)
    progress("plan versions")
    _plans(session, out, cats)
    rows = _order_and_top_up(out.rows, rng)
    imports = _imports(rows)
    progress("receipt photos (drawn at 12 megapixels, prepared by the app)")
    with tempfile.TemporaryDirectory() as folder:
        photos = prepared_photos(Path(folder), PHOTO_SHOPS, SEED)
    progress("writing the records")
    with transaction(session.connection) as conn:
        summary = _write(conn, session, rows, imports, out, photos, rng)
    summary.update(
        shifts=len(out.shifts),
        payslips=len(out.payslips),
        photo_display_bytes=[len(p.display) for p in photos],
        lowest_bank_balance=_lowest_balance(rows, BANK, 50_000),
    )
    return summary


def _lowest_balance(rows: list[Row], account: str, opening: int) -> int:
    balance = lowest = opening
    for row in rows:
        if row.account == account:
            balance += row.amount
            lowest = min(lowest, balance)
    return lowest


def make_vault(folder: Path, progress: Callable[[str], None] = print) -> dict:
    """Make the ten-year vault at ``folder`` (which must not exist); returns what it holds.

    The records are the same every time; the keys are not (a new vault always gets new ones).
    """
    started = time.perf_counter()
    code = vault_access.new_recovery_code()
    session = vault_access.create_vault(folder, PERSON, PASSPHRASE, PASSPHRASE, code)
    try:
        summary = _fill(session, random.Random(SEED), progress)
    finally:
        session.close()
    summary["generator_version"] = GENERATOR_VERSION
    summary["schema_version"] = store.latest_version()
    summary["seconds"] = round(time.perf_counter() - started, 1)
    summary["bytes"] = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    return summary


def _bring_up_to_date(vault: Path, summary: dict, progress: Callable[[str], None]) -> None:
    """Open the cached vault once with a newer app, so its records' format is updated (and the
    safety backup made before that is thrown away) before anything is timed."""
    progress("Updating the cached vault's records to the newest format")
    vault_access.unlock_with_passphrase(vault, PASSPHRASE).close()
    shutil.rmtree(backups.default_folder(vault), ignore_errors=True)
    summary["schema_version"] = store.latest_version()


def cache_folder() -> Path:
    root = os.environ.get("DPKEEPER_BENCH_CACHE") or Path(tempfile.gettempdir()) / "dpkeeper-bench"
    return Path(root) / f"generator-{GENERATOR_VERSION}"


def cached_vault(progress: Callable[[str], None] = print) -> tuple[Path, dict]:
    """The ten-year vault, made once per generator version; returns (vault folder, summary)."""
    folder = cache_folder()
    summary_file = folder / "summary.json"
    if summary_file.is_file():
        summary = json.loads(summary_file.read_text(encoding="utf-8"))
        if summary.get("schema_version") != store.latest_version():
            _bring_up_to_date(folder / VAULT_NAME, summary, progress)
            summary_file.write_text(json.dumps(summary, indent=2), encoding="utf-8")
        return folder / VAULT_NAME, summary
    building = folder.with_name(folder.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    progress(f"Making the ten-year vault in {folder} (once per generator version)")
    summary = make_vault(building / VAULT_NAME, progress)
    (building / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    building.rename(folder)
    return folder / VAULT_NAME, summary


def main(argv: Sequence[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.perf.big_vault OUT_DIR", file=sys.stderr)
        return 2
    folder = Path(argv[0]) / VAULT_NAME
    summary = make_vault(folder, lambda step: print(f"  {step}…", flush=True))
    print(json.dumps(summary, indent=2))
    print(f"Made {folder} (passphrase: {PASSPHRASE})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
