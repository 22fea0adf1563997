"""Closing a period once its monitoring return has gone to the council, and reopening it.

Records up to the closed date cannot be changed (``money`` refuses) until the period is reopened
with a reason, which goes into the audit trail. Monitoring periods follow the support plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dpkeeper.domain.access import Action
from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.schedule import add_months
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.records import audit, vault_info
from dpkeeper.records.db import transaction
from dpkeeper.services import access, money
from dpkeeper.services import plan as plan_service
from dpkeeper.services.session import Session


def closed_through(session: Session) -> date | None:
    return money.closed_through(session)


def close_through(session: Session, day: date) -> None:
    """Close every record up to and including ``day``."""
    access.require(session, Action.CLOSE_PERIODS)
    current = closed_through(session)
    if current is not None and day <= current:
        return
    if day > date.today():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A period can only be closed once it has ended. Please try after {day}."
            ),
            day=day.isoformat(),
        )
    with transaction(session.connection) as conn:
        vault_info.put(conn, vault_info.CLOSED_THROUGH, day.isoformat())
        audit.record(conn, session.actor, "period.closed", f"through {day.isoformat()}")


def reopen(session: Session, back_to: date, reason: str) -> None:
    """Reopen records from ``back_to`` on, giving a reason (kept in the audit trail)."""
    access.require(session, Action.CLOSE_PERIODS)
    reason = " ".join(reason.split())
    if len(reason) < 3:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Please say why the period is being reopened, for example “the council asked me "
                "to correct a payment”. The reason is kept with your records.",
            )
        )
    current = closed_through(session)
    if current is None or back_to > current:
        return
    still_closed = back_to - timedelta(days=1)
    with transaction(session.connection) as conn:
        if still_closed < date(1990, 1, 1):
            vault_info.remove(conn, vault_info.CLOSED_THROUGH)
        else:
            vault_info.put(conn, vault_info.CLOSED_THROUGH, still_closed.isoformat())
        audit.record(
            conn,
            session.actor,
            "period.reopened",
            f"from {back_to.isoformat()} (was closed through {current.isoformat()}): {reason}",
        )


@dataclass(frozen=True, slots=True)
class MonitoringDue:
    start: date
    end: date  # the return is due once this day has passed

    def days_until(self, today: date) -> int:
        return (self.end - today).days


def next_return(session: Session, today: date | None = None) -> MonitoringDue | None:
    """The monitoring period holding ``today`` (or the first one not yet closed), from the plan."""
    today = today or date.today()
    plan = plan_service.current(session, today)
    if plan is None:
        return None
    closed = closed_through(session)
    months = plan.monitoring.months
    for n in range(1200):  # a hundred years of monthly returns is plenty
        start = add_months(plan.start_date, months * n)
        end = add_months(plan.start_date, months * (n + 1)) - timedelta(days=1)
        if (closed is None and end >= today) or (closed is not None and end > closed):
            return MonitoringDue(start, end)
    return None
