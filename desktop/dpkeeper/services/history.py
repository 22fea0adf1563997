"""Who changed what: readable history for one payment or for the whole vault, and undo.

Undo reaches back over the changes made since this vault was unlocked, one at a time: adding,
changing, deleting or restoring a payment, and a no-receipt reason. Each undo is itself an
entry in the audit trail, so nothing disappears from the history.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from dpkeeper.domain.access import Action
from dpkeeper.domain.dates import format_day
from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.ledger import PaymentMethod, TransactionInput
from dpkeeper.domain.money import format_pence
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.records import audit
from dpkeeper.records import transactions as records
from dpkeeper.records.audit import AuditEntry
from dpkeeper.records.db import transaction
from dpkeeper.services import access, money
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
    "transaction.removed_for_good": "removed old deleted payments for good",
    "account.added": "added an account",
    "account.changed": "changed an account",
    "category.added": "added a category",
    "plan.saved": "saved the support plan",
    "plan.replaced": "replaced the support plan",
    "import.added": "imported a bank statement",
    "receipt.added": "added a receipt",
    "receipt.deleted": "deleted a receipt",
    "receipt.matched": "matched a receipt",
    "receipt.unmatched": "unmatched a receipt",
    "receipt.rotated": "turned a receipt",
    "period.closed": "marked a period as sent",
    "period.reopened": "reopened a period",
    "staff.pa_saved": "saved a PA's details",
    "staff.shift_added": "added a shift",
    "staff.shift_changed": "changed a shift",
    "staff.shift_deleted": "deleted a shift",
    "staff.week_copied": "copied a week of shifts",
    "staff.day_set": "set a day's hours",
    "staff.absence_added": "added time off",
    "staff.absence_deleted": "deleted time off",
    "staff.check_saved": "saved a check",
    "staff.payslip_saved": "saved a payslip",
    "passphrase.changed": "changed a passphrase",
    "recovery_code.replaced": "made a new recovery code",
    "computer.remembered": "remembered this computer",
    "computer.forgotten": "forgot this computer",
    "vault.created": "made this vault",
    "auto_lock.changed": "changed the lock time",
    "backup.made": "made a backup",
    "backup.restored": "restored a backup",
    "access.added": "gave someone access",
    "access.removed": "removed someone's access",
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
    if field == "date":
        return format_day(date.fromisoformat(value))
    return str(value)


def local_time(at: str) -> datetime:
    """An audit time (stored in UTC) in this computer's time zone."""
    moment = datetime.fromisoformat(at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def what_changed(entry: AuditEntry) -> str:
    """``changed: amount -£4.50 → -£5.00; note (none) → bus``, without when or who."""
    what = _ACTIONS.get(entry.action, entry.action.replace(".", " ").replace("_", " "))
    changes = []
    if entry.before and entry.after:
        for key, label in _FIELDS:
            old, new = entry.before.get(key), entry.after.get(key)
            if old != new:
                changes.append(f"{label} {_value(key, old)} → {_value(key, new)}")
    if changes:
        return f"{what}: " + "; ".join(changes)
    state = entry.after or entry.before
    if state and "amount" in state:
        day = _value("date", state["date"]) if state.get("date") else ""
        return f"{what}: {day} {_value('amount', state['amount'])} {state.get('who', '')}".strip()
    return f"{what} ({entry.detail})" if entry.detail else what


def describe(entry: AuditEntry) -> str:
    """``23 Nov 2026 10:31, holder (passphrase): changed: amount £4.50 → £5.00``."""
    when = local_time(entry.at).strftime("%d %b %Y %H:%M")
    return f"{when}, {entry.actor}: {what_changed(entry)}"


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
    """Undo the newest change since unlocking; returns the entry that was undone.

    Only the signed-in person's own changes: a helper cannot delete, so undoing never removes
    a record someone else made.
    """
    access.require(session, Action.UNDO)
    entry = last_change(session)
    if entry is None or entry.actor != session.actor:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There is nothing to undo since you opened the vault.")
        )
    conn = session.connection
    transaction_id = entry.record_id
    current = records.get(conn, transaction_id)
    if current is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "That payment is no longer in the records."))
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


def for_period(session: Session, start: date, end: date) -> list[AuditEntry]:
    """The history an auditor asks for: every change to payments dated in the period (even if
    made later), and everything else changed on those days (this computer's time); oldest first."""
    first = datetime.combine(start, time()).astimezone().astimezone(UTC)
    after = datetime.combine(end + timedelta(days=1), time()).astimezone().astimezone(UTC)
    return audit.about_period(
        session.connection, start.isoformat(), end.isoformat(), first.isoformat(), after.isoformat()
    )


def table_rows(entries: list[AuditEntry]) -> list[tuple[str, str, str]]:
    """(when, who, what) for each entry, for the history pages of the audit pack."""
    return [
        (local_time(e.at).strftime("%d %b %Y %H:%M"), e.actor, what_changed(e)) for e in entries
    ]
