"""A realistic demo vault: a year of one person's direct payments, for trying the app out.

Sam Taylor gets £1,120 from the council every 28 days and pays a £25 a week contribution. Two
personal assistants are paid every 4 weeks; there is a payroll service, HMRC, insurance, a gym,
bus fares from petty cash, and till receipts (drawn, not real). Everything is made through the
same services the app uses, so the demo obeys the same rules.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from dpkeeper.domain.ledger import AccountKind, PaymentMethod, TransactionInput
from dpkeeper.domain.plan import BudgetLine, FundingSource, Monitoring, Plan
from dpkeeper.domain.schedule import Frequency, payment_dates
from dpkeeper.importers.receipt_files import prepare_receipt
from dpkeeper.reports.demo_receipts import receipt_image
from dpkeeper.services import money, receipts, vault_access
from dpkeeper.services import plan as plan_service
from dpkeeper.services.session import Session

DEMO_PASSPHRASE = "demo vault passphrase"
DEMO_PERSON = "Sam Taylor"
DEBIT = PaymentMethod.DIRECT_DEBIT


def create_demo_vault(
    folder: Path | str,
    today: date | None = None,
    progress: Callable[[str], None] = lambda _: None,
) -> tuple[Session, str]:
    """Make the demo vault at ``folder`` (which must not exist); returns it open and its code."""
    code = vault_access.new_recovery_code()
    session = vault_access.create_vault(folder, DEMO_PERSON, DEMO_PASSPHRASE, DEMO_PASSPHRASE, code)
    try:
        _fill(session, today or date.today(), progress)
    except BaseException:
        session.close()
        raise
    return session, code


def _fill(session: Session, today: date, progress: Callable[[str], None]) -> None:
    rng = random.Random(20260406)
    start = today - timedelta(days=364)
    cats = {c.key: c.category_id for c in money.categories(session) if c.key}

    progress("support plan and accounts")
    bank = money.add_account(session, "Direct payment account", AccountKind.BANK, 40000, start)
    cash = money.add_account(session, "Petty cash", AccountKind.CASH, 2000, start)
    plan = plan_service.save(
        session,
        Plan(
            effective_from=start,
            funder_name="Riverside City Council",
            reference="DP-204518",
            start_date=start,
            review_date=today + timedelta(days=60),
            payment=112000,
            frequency=Frequency.FOUR_WEEKLY,
            first_payment=start + timedelta(days=3),
            sources=frozenset({FundingSource.COUNCIL}),
            contribution_weekly=2500,
            monitoring=Monitoring.QUARTERLY,
            surplus_weeks=8,
            lines=(
                BudgetLine("PA support", cats["pa_wages"], minutes_per_week=960, hourly_rate=1450),
                BudgetLine("Employer costs", cats["hmrc"], Frequency.MONTHLY, 6000),
                BudgetLine("Community activities", cats["activities"], amount=2000),
                BudgetLine("Travel", cats["transport"], amount=1000),
            ),
        ),
    )
    line = {b.name: b.line_id for b in plan.lines}

    def add(
        when: date,
        amount: int,
        who: str,
        key: str,
        account: int = bank.account_id,
        budget: str | None = None,
        method: PaymentMethod = PaymentMethod.BANK_TRANSFER,
        note: str = "",
        reason: str = "",
    ) -> int:
        return money.record(
            session,
            TransactionInput(
                when, amount, account, who, cats[key], line.get(budget), method, note, reason
            ),
        )

    def receipt(transaction_id: int | None, shop: str, when: date, items) -> None:
        image = receipt_image(shop, when, items, seed=rng.randrange(100))
        name = f"IMG_{when:%Y%m%d}_{rng.randrange(1000, 9999)}.jpg"
        receipts.store(session, prepare_receipt(image, name), transaction_id)

    progress("a year of payments")
    for when in payment_dates(plan.first_payment, plan.frequency, start, today):
        add(when, 112000, "Riverside City Council", "council_payment")
        add(when + timedelta(days=1), 10000, "Sam Taylor", "contribution", note="4 weeks at £25")
        for pa, hours in (("Priya Shah", 40), ("Tom Evans", 24)):  # hours in 4 weeks
            wage = hours * 1450 * 80 // 100  # 4 weeks' net pay after tax and NI, roughly
            add(
                when + timedelta(days=5),
                -wage,
                pa,
                "pa_wages",
                budget="PA support",
                reason="Payslip kept by the payroll service",
            )
    for when in payment_dates(start + timedelta(days=20), Frequency.MONTHLY, start, today):
        on_statement = "Direct debit: shown on the bank statement"
        add(when, -1500, "Payroll Plus Ltd", "payroll", method=DEBIT, reason=on_statement)
        add(
            when,
            -3200,
            "Riverside Leisure Centre",
            "activities",
            budget="Community activities",
            method=DEBIT,
            reason=on_statement,
        )
        money.transfer(session, when, 5000, bank.account_id, cash.account_id, "Petty cash top-up")
        if when.month in (1, 4, 7, 10):
            add(
                when + timedelta(days=2),
                -rng.randrange(9000, 14000),
                "HMRC",
                "hmrc",
                budget="Employer costs",
                note="PAYE and employer NI for the quarter",
                reason="HMRC statement kept by the payroll service",
            )
    insurance = add(
        start + timedelta(days=30),
        -14800,
        "Fairway Employer Insurance",
        "insurance",
        note="Employer's liability, 12 months",
    )
    receipt(insurance, "Fairway Insurance", start + timedelta(days=30), [("Annual policy", 14800)])

    progress("receipts")
    shops = [
        ("Riverside Arts Centre", "activities", [("Pottery class", 1800)]),
        ("Greenfield Cinema", "activities", [("Ticket", 850), ("Carer ticket", 0)]),
        ("Bridge Street Cafe", "activities", [("Tea", 260), ("Toast", 340)]),
        ("City Taxis", "transport", [("Fare", 1240)]),
    ]
    day = start + timedelta(days=4)
    count = 0
    while day <= today - timedelta(days=2):
        shop, key, items = shops[count % len(shops)]
        total = sum(a for _, a in items)
        budget = "Travel" if key == "transport" else "Community activities"
        spent = add(day, -total, shop, key, cash.account_id, budget, PaymentMethod.CASH)
        if count % 5 != 4:  # most have a receipt; a few are still missing
            receipt(spent, shop, day, items)
        count += 1
        if rng.random() < 0.5:
            add(
                day + timedelta(days=1),
                -rng.choice([250, 290, 310]),
                "Riverside Buses",
                "transport",
                cash.account_id,
                "Travel",
                PaymentMethod.CASH,
                reason="Bus fare: the driver gives no ticket",
            )
        day += timedelta(days=rng.randrange(9, 16))
    # Two photos taken on a bad day, waiting to be matched to spending.
    receipt(None, "Chemist", today - timedelta(days=3), [("Pill organiser", 699)])
    receipt(None, "Hardware Store", today - timedelta(days=1), [("Grab rail", 2499)])
