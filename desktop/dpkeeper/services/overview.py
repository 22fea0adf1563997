"""What Home shows: money available, weeks in hand, spending against the plan, what needs doing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from dpkeeper.domain.ledger import Account
from dpkeeper.domain.money import Pence, round_half_up
from dpkeeper.domain.plan import Plan, above_threshold, weeks_in_hand
from dpkeeper.domain.schedule import for_period, match_payments, occurrence, previous_and_next
from dpkeeper.records import accounts as account_records
from dpkeeper.records import plans, receipts, transactions
from dpkeeper.services.session import Session

#: A payment is looked for this many days either side of its due date.
EARLY_DAYS, LATE_DAYS = 3, 7


@dataclass(frozen=True, slots=True)
class ExpectedPayment:
    due: date
    amount: Pence
    arrived_on: date | None = None
    arrived_amount: Pence | None = None

    @property
    def arrived(self) -> bool:
        return self.arrived_on is not None


@dataclass(frozen=True, slots=True)
class Overview:
    today: date
    accounts: tuple[tuple[Account, Pence], ...]
    total: Pence
    plan: Plan | None
    weekly_budget: Pence | None
    weeks_in_hand: Decimal | None
    above_threshold: bool
    period_start: date | None
    period_end: date | None
    period_budget: Pence | None
    period_spent: Pence
    missing_receipts: int
    waiting_receipts: int
    last_payment: ExpectedPayment | None
    next_payment: ExpectedPayment | None


def expected_payments(session: Session, start: date, end: date) -> list[ExpectedPayment]:
    """The plan's payments due between two dates, each matched with one that arrived."""
    conn = session.connection
    versions = sorted(plans.history(conn), key=lambda p: p.effective_from)
    due: list[tuple[date, Pence]] = []
    for index, plan in enumerate(versions):
        until = versions[index + 1].effective_from if index + 1 < len(versions) else None
        n = 0
        while (when := occurrence(plan.first_payment, plan.frequency, n)) <= end:
            if when >= max(start, plan.effective_from) and (until is None or when < until):
                due.append((when, plan.payment))
            n += 1
    received = transactions.plan_payments_between(
        conn, start - timedelta(days=EARLY_DAYS), end + timedelta(days=LATE_DAYS)
    )
    matched = match_payments([d for d, _ in due], received, EARLY_DAYS, LATE_DAYS)
    result = []
    for when, amount in due:
        got = matched.get(when)
        result.append(ExpectedPayment(when, amount, *(got if got else (None, None))))
    return result


def _payment_on(session: Session, plan: Plan, when: date | None) -> ExpectedPayment | None:
    if when is None:
        return None
    found = expected_payments(session, when, when)
    return found[0] if found else ExpectedPayment(when, plan.payment)


def overview(session: Session, today: date | None = None) -> Overview:
    conn = session.connection
    today = today or date.today()
    balances = account_records.balances(conn, today)
    listed = tuple((a, balances.get(a.account_id, 0)) for a in account_records.all_accounts(conn))
    total = sum(amount for _, amount in listed)
    plan = plans.in_force(conn, today)
    missing = transactions.missing_receipt_count(conn)
    waiting = receipts.waiting_count(conn)
    if plan is None:
        return Overview(
            today,
            listed,
            total,
            None,
            None,
            None,
            False,
            None,
            None,
            None,
            0,
            missing,
            waiting,
            None,
            None,
        )
    weeks = weeks_in_hand(total, plan.weekly_budget)
    last_due, next_due = previous_and_next(plan.first_payment, plan.frequency, today)
    period_start = last_due or plan.first_payment
    period_end = next_due - timedelta(days=1) if last_due else plan.first_payment
    spent = -sum(
        amount for _, _, amount in transactions.totals(conn, period_start, period_end) if amount < 0
    )
    return Overview(
        today=today,
        accounts=listed,
        total=total,
        plan=plan,
        weekly_budget=plan.weekly_budget_pence,
        weeks_in_hand=weeks,
        above_threshold=above_threshold(weeks, plan.surplus_weeks),
        period_start=period_start,
        period_end=period_end,
        period_budget=round_half_up(for_period(plan.weekly_budget, plan.frequency)),
        period_spent=spent,
        missing_receipts=missing,
        waiting_receipts=waiting,
        last_payment=_payment_on(session, plan, last_due),
        next_payment=ExpectedPayment(next_due, plan.payment),
    )
