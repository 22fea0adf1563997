"""Keeping records for as long as the council may ask, and removing deleted ones after that.

Deleting a payment only marks it deleted: it can be brought back, and it stays in the vault for
its financial year plus six more. After that, the holder may remove deleted payments for good.
Nothing inside the keeping time can be removed, and payments that are not deleted never are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache

from dpkeeper import paths
from dpkeeper.domain.access import Action
from dpkeeper.domain.dates import format_day
from dpkeeper.domain.keeping import Keeping
from dpkeeper.records import audit
from dpkeeper.records import transactions as records
from dpkeeper.records.db import transaction
from dpkeeper.services import access
from dpkeeper.services.session import Session


@cache
def keeping_rules() -> Keeping:
    data = json.loads((paths.resources_dir() / "record_keeping.json").read_text(encoding="utf-8"))
    return Keeping.from_json(data)


@dataclass(frozen=True, slots=True)
class Removable:
    """Deleted payments that are past their keeping time, and the day before which that is so."""

    before: date
    transaction_ids: list[int]

    @property
    def count(self) -> int:
        return len(self.transaction_ids)


def removable(session: Session, today: date | None = None) -> Removable:
    cut = keeping_rules().oldest_removable_before(today or date.today())
    return Removable(cut, records.removable_deleted(session.connection, cut))


def remove_old_deleted(session: Session, today: date | None = None) -> int:
    """Remove, for good, deleted payments dated before the keeping cut-off; returns how many.

    One transaction: the rows, their receipts, and the copies of them in the history go together,
    and the history gains one entry saying how many were removed and up to which day.
    """
    access.require(session, Action.DELETE)
    found = removable(session, today)
    if not found.count:
        return 0
    conn = session.connection
    with transaction(conn):
        receipts_gone = records.remove_for_good(conn, found.transaction_ids)
        audit.forget_details(conn, "transaction", found.transaction_ids)
        audit.record(
            conn,
            session.actor,
            "transaction.removed_for_good",
            f"{found.count} deleted payments dated before {format_day(found.before)}, "
            f"with {receipts_gone} receipts",
        )
    return found.count
