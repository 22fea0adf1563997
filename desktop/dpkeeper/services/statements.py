"""Statements for councils and reviews: the figures, and the same figures as CSV or JSON.

The PDF pages are drawn by ``reports``; this module gathers the records for a period and
hands them over. Nothing here writes a file: callers save what the person asked for.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from typing import TYPE_CHECKING

from dpkeeper.domain.dates import format_day
from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.ledger import ReceiptStatus, TransactionFilter
from dpkeeper.domain.money import round_half_up
from dpkeeper.domain.plan import weeks_in_hand
from dpkeeper.domain.statement import NOT_IN_PLAN, MonitoringReturn, build_monitoring, money_text
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.records import accounts as account_records
from dpkeeper.services import money, staff
from dpkeeper.services import plan as plan_service
from dpkeeper.services.session import Session

if TYPE_CHECKING:
    from dpkeeper.reports.review import ReviewData

KINDS = ("monitoring", "review", "audit-pack", "timesheets", "pay")
MAX_DAYS = 7 * 366  # the records kept: this year and six more


def check_period(start: date, end: date) -> None:
    if end < start:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The period ends before it starts. Please check the dates.")
        )
    if (end - start).days > MAX_DAYS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Please choose a period of seven years or less.")
        )


def monitoring(
    session: Session, start: date, end: date, today: date | None = None
) -> MonitoringReturn:
    """The monitoring return for ``start``..``end`` (both days included)."""
    check_period(start, end)
    conn = session.connection
    accounts = account_records.all_accounts(conn)
    before = account_records.balances(conn, start - timedelta(days=1))
    after = account_records.balances(conn, end)
    opening = sum(before[a.account_id] for a in accounts if a.opening_date <= start)
    closing = sum(after[a.account_id] for a in accounts if a.opening_date <= end)
    new_accounts = [(a.name, a.opening_balance) for a in accounts if start < a.opening_date <= end]
    ids = money.find(session, TransactionFilter(start=start, end=end, newest_first=False))
    rows = list(money.rows(session, ids).values())
    categories = {c.category_id: c.name for c in money.categories(session)}
    plan = plan_service.current(session, end)
    line_of_category: dict[int, str] = {}
    if plan is not None:
        for line in plan.lines:
            if line.category_id is not None:
                line_of_category.setdefault(line.category_id, line.name)
    weeks = weeks_in_hand(closing, plan.weekly_budget) if plan is not None else None
    return build_monitoring(
        person=session.person_name,
        funder=plan.funder_name if plan else "",
        reference=plan.reference if plan else "",
        start=start,
        end=end,
        made_on=today or date.today(),
        opening=opening,
        closing=closing,
        new_accounts=new_accounts,
        rows=rows,
        category_names=categories,
        line_of_category=line_of_category,
        weeks_in_hand=weeks,
        owed=_owed(session, start, end),
    )


def _owed(session: Session, start: date, end: date) -> list[tuple[str, int]]:
    """Wages, HMRC and pension from payslips for periods ending by ``end``, not yet paid."""
    owed = []
    names = {pa.pa_id: pa.name for pa in staff.pas(session)}
    for slip in staff.payslips(session):
        if not start <= slip.period.end <= end:
            continue
        roles = {role for _, role in staff.payslip_payments(session, slip.pay_id)}
        when = f"{format_day(slip.period.start)} to {format_day(slip.period.end)}"
        who = names.get(slip.pa_id, "")
        if "net" not in roles and slip.net:
            owed.append((f"Wages to {who} for {when}", slip.net))
        if "hmrc" not in roles and slip.to_hmrc:
            owed.append((f"HMRC (tax and NI) for {who}, {when}", slip.to_hmrc))
        if "pension" not in roles and slip.to_pension:
            owed.append((f"Pension for {who}, {when}", slip.to_pension))
    return owed


# Machine-readable copies ---------------------------------------------------------------------


def monitoring_json(ret: MonitoringReturn) -> str:
    """The return as JSON: amounts are strings with two decimals."""
    data = {
        "kind": "monitoring",
        "person": ret.person,
        "funder": ret.funder,
        "reference": ret.reference,
        "from": ret.start.isoformat(),
        "to": ret.end.isoformat(),
        "made_on": ret.made_on.isoformat(),
        "opening_balance": money_text(ret.opening),
        "money_in": [{"source": s, "amount": money_text(a)} for s, a in ret.money_in],
        "money_in_total": money_text(ret.money_in_total),
        "money_out": [{"category": c, "amount": money_text(a)} for c, a in ret.money_out],
        "money_out_by_budget_line": [
            {"budget_line": b, "amount": money_text(a)} for b, a in ret.money_out_by_line
        ],
        "money_out_total": money_text(ret.money_out_total),
        "closing_balance": money_text(ret.closing),
        "check": ret.balances,
        "weeks_in_hand": None if ret.weeks_in_hand is None else str(ret.weeks_in_hand),
        "owed_not_paid": [{"what": w, "amount": money_text(a)} for w, a in ret.owed],
        "missing_receipts": ret.missing_receipts,
        "transactions": [
            {
                "id": line.transaction_id,
                "reference": line.reference,
                "date": line.day.isoformat(),
                "description": line.description,
                "amount": money_text(line.amount),
                "category": line.category,
                "account": line.account,
                "has_receipt": line.has_receipt,
                "receipt": line.receipt.value,
                "no_receipt_reason": line.no_receipt_reason,
            }
            for line in ret.lines
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


CSV_HEADER = (
    "reference",
    "date",
    "description",
    "category",
    "account",
    "money_in",
    "money_out",
    "receipt",
    "no_receipt_reason",
)


def monitoring_csv(ret: MonitoringReturn) -> str:
    """Every transaction in the period, one per row, as a spreadsheet would want it."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for line in ret.lines:
        writer.writerow(
            (
                line.reference,
                line.day.isoformat(),
                line.description,
                line.category,
                line.account,
                money_text(line.amount) if line.amount > 0 else "",
                money_text(-line.amount) if line.amount < 0 else "",
                line.receipt.value,
                line.no_receipt_reason,
            )
        )
    return out.getvalue()


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date


def quarter_of(day: date) -> Period:
    """The calendar quarter holding ``day``."""
    first_month = (day.month - 1) // 3 * 3 + 1
    start = date(day.year, first_month, 1)
    end_month = first_month + 3
    end = (
        date(day.year + 1, 1, 1) if end_month > 12 else date(day.year, end_month, 1)
    ) - timedelta(days=1)
    return Period(start, end)


def last_quarter(today: date) -> Period:
    return quarter_of(quarter_of(today).start - timedelta(days=1))


def receipt_words(status: ReceiptStatus, reason: str) -> str:
    if status is ReceiptStatus.ATTACHED:
        return "Receipt kept"
    if status is ReceiptStatus.EXPLAINED:
        return f"No receipt: {reason}"
    if status is ReceiptStatus.MISSING:
        return "No receipt yet"
    return ""


def review(session: Session, start: date, end: date, today: date | None = None) -> ReviewData:
    """Spending and PA hours against the plan in force at ``end``, for the care review.

    A line's planned amount is its weekly amount for the days in the period; spending in no
    budget line's category is shown on a line of its own, so the total is all money out.
    """
    from dpkeeper.reports.review import ReviewData  # reportlab loads only when a review is made

    check_period(start, end)
    days = (end - start).days + 1
    ids = money.find(session, TransactionFilter(start=start, end=end, newest_first=False))
    spent_in: dict[int | None, int] = {}
    for row in money.rows(session, ids).values():
        if row.amount < 0 and not row.is_transfer:
            spent_in[row.category_id] = spent_in.get(row.category_id, 0) - row.amount
    plan = plan_service.current(session, end)
    lines = []
    counted: set[int | None] = set()
    for line in plan.lines if plan else ():
        # Two lines with one category: the first takes the spending, as in the monitoring return.
        spent = 0 if line.category_id in counted else spent_in.get(line.category_id, 0)
        counted.add(line.category_id)
        lines.append((line.name, round_half_up(line.weekly * days / 7), spent))
    other = sum(amount for category, amount in spent_in.items() if category not in counted)
    if other:
        lines.append((NOT_IN_PLAN, 0, other))
    weekly_minutes = sum(line.minutes_per_week or 0 for line in plan.lines) if plan else 0
    return ReviewData(
        person=session.person_name,
        funder=plan.funder_name if plan else "",
        start=start,
        end=end,
        lines=tuple(lines),
        planned_minutes=round_half_up(Fraction(weekly_minutes * days, 7)),
        worked_minutes=sum(shift.paid_minutes for shift in staff.shifts(session, start, end)),
        made_on=today or date.today(),
    )
