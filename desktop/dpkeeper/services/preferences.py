"""Per-vault preferences, stored inside the encrypted records."""

from __future__ import annotations

from datetime import date

from dpkeeper.domain.access import Action
from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.records import audit, vault_info
from dpkeeper.records.db import transaction
from dpkeeper.services import access
from dpkeeper.services.session import Session

DEFAULT_AUTO_LOCK_MINUTES = 10
MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES = 1, 60


def auto_lock_minutes(session: Session) -> int:
    stored = vault_info.get(session.connection, vault_info.AUTO_LOCK_MINUTES)
    try:
        minutes = int(stored) if stored is not None else DEFAULT_AUTO_LOCK_MINUTES
    except ValueError:
        minutes = DEFAULT_AUTO_LOCK_MINUTES
    return min(max(minutes, MIN_AUTO_LOCK_MINUTES), MAX_AUTO_LOCK_MINUTES)


def set_auto_lock_minutes(session: Session, minutes: int) -> None:
    access.require(session, Action.SETTINGS)
    if not MIN_AUTO_LOCK_MINUTES <= minutes <= MAX_AUTO_LOCK_MINUTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Please choose between {low} and {high} minutes before the vault locks."
            ),
            low=MIN_AUTO_LOCK_MINUTES,
            high=MAX_AUTO_LOCK_MINUTES,
        )
    with transaction(session.connection) as conn:
        vault_info.put(conn, vault_info.AUTO_LOCK_MINUTES, str(minutes))
        audit.record(conn, session.actor, "auto_lock.changed", str(minutes))


def recovery_code_made_on(session: Session) -> date | None:
    stored = vault_info.get(session.connection, vault_info.RECOVERY_CODE_MADE_ON)
    try:
        return date.fromisoformat(stored) if stored else None
    except ValueError:
        return None
