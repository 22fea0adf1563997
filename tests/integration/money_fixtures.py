"""Realistic set-up shared by the money tests: Anna's account and her council's plan."""

from __future__ import annotations

from datetime import date

from dpkeeper.domain.ledger import AccountKind, TransactionInput
from dpkeeper.domain.plan import BudgetLine, FundingSource, Plan
from dpkeeper.domain.schedule import Frequency
from dpkeeper.services import money
from dpkeeper.services import plan as plan_service
from dpkeeper.services.session import Session

PLAN_START = date(2026, 4, 1)


def category_ids(session: Session) -> dict[str, int]:
    return {c.key: c.category_id for c in money.categories(session) if c.key}


def set_up_anna(session: Session) -> dict[str, int]:
    """A bank account with £1,500 from 1 April, petty cash, and a 4-weekly council plan."""
    cats = category_ids(session)
    bank = money.add_account(
        session, "Direct payment account", AccountKind.BANK, 150000, PLAN_START
    )
    cash = money.add_account(session, "Petty cash", AccountKind.CASH, 2000, PLAN_START)
    plan_service.save(
        session,
        Plan(
            effective_from=PLAN_START,
            funder_name="Leeds City Council",
            reference="DP-123",
            start_date=PLAN_START,
            review_date=date(2027, 4, 1),
            payment=112000,
            frequency=Frequency.FOUR_WEEKLY,
            first_payment=date(2026, 4, 6),
            sources=frozenset({FundingSource.COUNCIL}),
            contribution_weekly=2500,
            lines=(
                BudgetLine("PA support", cats["pa_wages"], minutes_per_week=720, hourly_rate=1520),
                BudgetLine("Community activities", cats["activities"], amount=2000),
            ),
        ),
    )
    return {"bank": bank.account_id, "cash": cash.account_id, **cats}


def spend(session: Session, ids: dict[str, int], when: date, pence: int, who: str, key: str, **kw):
    return money.record(session, TransactionInput(when, -pence, ids["bank"], who, ids[key], **kw))
