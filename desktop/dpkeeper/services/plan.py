"""The support plan: saving a new version, and reading the one in force."""

from __future__ import annotations

from datetime import date

from dpkeeper.domain.access import Action
from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.plan import Plan, validate
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.records import audit, plans
from dpkeeper.records import categories as category_records
from dpkeeper.records.db import transaction
from dpkeeper.services import access
from dpkeeper.services.session import Session


def current(session: Session, on: date | None = None) -> Plan | None:
    """The plan in force on ``on`` (today by default); the earliest version if none had started."""
    conn = session.connection
    day = on or date.today()
    return plans.in_force(conn, day) or (plans.history(conn)[-1:] or [None])[0]


def history(session: Session) -> list[Plan]:
    """Every version of the plan, newest first."""
    return plans.history(session.connection)


def budget_lines(session: Session) -> list[tuple[int, str, int]]:
    return plans.all_budget_lines(session.connection)


def save(session: Session, plan: Plan) -> Plan:
    """Save the plan as a version in force from ``plan.effective_from``.

    Earlier versions are kept, so statements for earlier periods use the plan of their time.
    Saving again with the same date replaces that version.
    """
    access.require(session, Action.PLAN)
    validate(plan)
    conn = session.connection
    for line in plan.lines:
        category = category_records.by_id(conn, line.category_id)
        if category is None or category.direction.value != "out":
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Please choose a spending category for the budget line “{name}”."
                ),
                name=line.name,
            )
    replacing = any(p.effective_from == plan.effective_from for p in plans.history(conn))
    with transaction(conn):
        plan_id = plans.save(conn, plan)
        audit.record(
            conn,
            session.actor,
            "plan.replaced" if replacing else "plan.saved",
            f"from {plan.effective_from.isoformat()}: {plan.funder_name} {plan.payment}p "
            f"{plan.frequency.value}, {len(plan.lines)} budget lines",
        )
    return next(p for p in plans.history(conn) if p.plan_id == plan_id)
