"""Who changed what: readable history for one payment or for the whole vault, and undo.

Undo reaches back over the changes made since this vault was unlocked, one at a time: adding,
changing, deleting or restoring a payment, and a no-receipt reason. Each undo is itself an
entry in the audit trail, so nothing disappears from the history.
"""

from __future__ import annotations

from datetime import date

from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.ledger import PaymentMethod, TransactionInput
from dpkeeper.domain.money import format_pence
from dpkeeper.domain.text import ERRORS, QT_TRANSLATE_NOOP
from dpkeeper.records import audit
from dpkeeper.records import transactions as records
from dpkeeper.records.audit import AuditEntry
from dpkeeper.records.db import transaction
from dpkeeper.services import money
from dpkeeper.services.session import Session

UNDO_KINDS = ("transaction",)
_FIELDS = (
    ("date", "date"),
    ("amount", "amount"),
    ("account", "account"),
    ("who", "who"),
    ("category", "category"),
    ("note", "note"),
    ("no_receipt_reason", "no-receipt reason"),
    ("deleted", "deleted"),
)
_ACTIONS = {
    "transaction.added": "added",
    "transaction.changed": "changed",
    "transaction.deleted": "deleted",
    "transaction.restored": "restored",
    "transfer.added": "added a transfer",
    "receipt.reason": "gave a no-receipt reason",
    "undo": "undid a change",
}


def for_payment(session: Session, transaction_id: int) -> list[AuditEntry]:
    return audit.for_record(session.connection, "transaction", transaction_id)


def recent(session: Session, limit: int = 200, offset: int = 0) -> list[AuditEntry]:
    return audit.recent(session.connection, limit, offset)


def _value(field: str, value) -> str:
    if value is None or value == "":
        return "(none)"
    if field == "amount":
        return format_pence(value)
    if field == "deleted":
        return "yes" if value else "no"
    return str(value)


def describe(entry: AuditEntry) -> str:
    """``23 Nov 2026 10:31, holder (passphrase): changed amount £4.50 → £5.00``."""
    when = entry.at.replace("T", " ")[:16]
    what = _ACTIONS.get(entry.action, entry.action.replace(".", " ").replace("_", " "))
    changes = []
    if entry.before and entry.after:
        for key, label in _FIELDS:
            old, new = entry.before.get(key), entry.after.get(key)
            if old != new:
                changes.append(f"{label} {_value(key, old)} → {_value(key, new)}")
    text = f"{when}, {entry.actor}: {what}"
    if changes:
        text += ": " + "; ".join(changes)
    elif entry.detail:
        text += f" ({entry.detail})"
    return text


def last_change(session: Session) -> AuditEntry | None:
    """The newest change made since unlocking that can still be undone."""
    return audit.last_undoable(session.connection, session.actor, session.audit_floor, UNDO_KINDS)


def undo_words(entry: AuditEntry) -> str:
    state = entry.after or entry.before or {}
    what = _ACTIONS.get(entry.action, entry.action)
    amount = state.get("amount")
    money_text = f" {format_pence(amount)}" if isinstance(amount, int) else ""
    return f"{what}{money_text} {state.get('who', '')}".strip()


def undo(session: Session) -> AuditEntry:
    """Undo the newest change since unlocking; returns the entry that was undone."""
    entry = last_change(session)
    if entry is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(ERRORS, "There is nothing to undo since you opened the vault.")
        )
    conn = session.connection
    transaction_id = entry.record_id
    current = records.get(conn, transaction_id)
    if current is None:
        raise InvalidInput(QT_TRANSLATE_NOOP(ERRORS, "That payment is no longer in the records."))
    days = {current.when}
    if entry.before:
        days.add(date.fromisoformat(entry.before["date"]))
    money.check_open(session, *days)
    with transaction(conn):
        if entry.action in ("transaction.added", "transfer.added", "transaction.restored"):
            records.set_deleted(conn, money.with_partner(session, current), True)
        elif entry.action == "transaction.deleted":
            records.set_deleted(conn, money.with_partner(session, current), False)
        elif entry.action == "transaction.changed":
            records.update(conn, transaction_id, _input_from(entry.before))
        elif entry.action == "receipt.reason":
            records.set_no_receipt_reason(conn, transaction_id, entry.before["no_receipt_reason"])
        after = records.get(conn, transaction_id)
        audit.record(
            conn,
            session.actor,
            "undo",
            f"undid {entry.action} of #{transaction_id}",
            kind="transaction",
            record_id=transaction_id,
            before=money.snapshot(current),
            after=money.snapshot(after),
            undoes=entry.entry_id,
        )
    return entry


def _input_from(state: dict) -> TransactionInput:
    return TransactionInput(
        when=date.fromisoformat(state["date"]),
        amount=state["amount"],
        account_id=state["account_id"],
        who=state["who"],
        category_id=state["category_id"],
        budget_line_id=state["budget_line_id"],
        method=PaymentMethod(state["method"]),
        note=state["note"],
        no_receipt_reason=state["no_receipt_reason"],
    )
