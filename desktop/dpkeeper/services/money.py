"""Recording money in and out, transfers between accounts, and the accounts themselves.

Each function is one user action: it checks the input, writes in one transaction, and records
the change in the audit trail. Bad input raises InvalidInput and leaves the vault unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from dpkeeper.domain.access import Action
from dpkeeper.domain.categories import Category, Direction
from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.ledger import (
    Account,
    AccountKind,
    Transaction,
    TransactionFilter,
    TransactionInput,
)
from dpkeeper.domain.money import Pence, format_pence, parse_pence
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.records import accounts as account_records
from dpkeeper.records import audit, plans, vault_info
from dpkeeper.records import categories as category_records
from dpkeeper.records import receipts as receipt_records
from dpkeeper.records import transactions as records
from dpkeeper.records.db import transaction
from dpkeeper.services import access
from dpkeeper.services.session import Session

if TYPE_CHECKING:
    from dpkeeper.importers.receipt_files import PreparedReceipt

EARLIEST_DATE = date(2000, 1, 1)
MAX_TEXT = 500


# ---------------------------------------------------------------------------------------------
# Categories


def categories(session: Session) -> list[Category]:
    return category_records.all_categories(session.connection)


def add_category(session: Session, name: str, direction: Direction) -> Category:
    access.require(session, Action.PLAN)
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Please type a name for the new category."))
    conn = session.connection
    if category_records.by_name(conn, cleaned, direction):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There is already a category called “{name}”."),
            name=cleaned,
        )
    with transaction(conn):
        category_id = category_records.add(conn, cleaned, direction)
        audit.record(conn, session.actor, "category.added", cleaned)
    return category_records.by_id(conn, category_id)


def find_category(session: Session, name: str, direction: Direction) -> Category:
    """A category by its name (any letter case) or built-in key, for the CLI and imports."""
    found = category_records.by_name(session.connection, name.strip(), direction)
    if not found:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "There is no category called “{name}”. The categories are: {names}."
            ),
            name=name,
            names=", ".join(c.name for c in categories(session) if c.direction is direction),
        )
    return found[0]


def suggested_category(session: Session, who: str) -> int | None:
    """The category last used with this payee, so the form can fill it in."""
    return category_records.last_category_for(session.connection, who.strip()) if who else None


def payee_names(session: Session) -> list[str]:
    return category_records.payee_names(session.connection)


# ---------------------------------------------------------------------------------------------
# Accounts


def accounts(session: Session) -> list[Account]:
    return account_records.all_accounts(session.connection)


def balances(session: Session, on: date | None = None) -> dict[int, Pence]:
    return account_records.balances(session.connection, on)


def find_account(session: Session, name: str | None) -> Account:
    """The named account, or the only/first one when no name is given."""
    all_accounts = accounts(session)
    if not all_accounts:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "There are no accounts yet. Please add your direct payment account first."
            )
        )
    if name is None:
        return all_accounts[0]
    found = account_records.by_name(session.connection, name.strip())
    if found is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "There is no account called “{name}”. The accounts are: {names}."
            ),
            name=name,
            names=", ".join(a.name for a in all_accounts),
        )
    return found


def _account_name(session: Session, name: str, account_id: int | None = None) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Please give the account a name, like “Direct payment account”."
            )
        )
    if len(cleaned) > 100:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Please use a shorter account name."))
    existing = account_records.by_name(session.connection, cleaned)
    if existing is not None and existing.account_id != account_id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There is already an account called “{name}”."),
            name=cleaned,
        )
    return cleaned


def add_account(
    session: Session, name: str, kind: AccountKind, opening: Pence, opening_date: date
) -> Account:
    access.require(session, Action.PLAN)
    cleaned = _account_name(session, name)
    _check_date(opening_date)
    conn = session.connection
    with transaction(conn):
        account_id = account_records.add(conn, cleaned, kind, opening, opening_date)
        audit.record(
            conn,
            session.actor,
            "account.added",
            f"{cleaned}: {format_pence(opening)} on {opening_date.isoformat()}",
        )
    return account_records.by_id(conn, account_id)


def change_account(
    session: Session, account_id: int, name: str, opening: Pence, opening_date: date
) -> Account:
    access.require(session, Action.PLAN)
    conn = session.connection
    before = account_records.by_id(conn, account_id)
    if before is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "That account no longer exists."))
    cleaned = _account_name(session, name, account_id)
    _check_date(opening_date)
    earliest = account_records.earliest_transaction(conn, account_id)
    if earliest is not None and earliest < opening_date:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is money recorded in this account on {day}, before {opening}. "
                "Please choose an opening date on or before {day}.",
            ),
            day=earliest.isoformat(),
            opening=opening_date.isoformat(),
        )
    with transaction(conn):
        account_records.update(conn, account_id, cleaned, opening, opening_date)
        audit.record(
            conn,
            session.actor,
            "account.changed",
            f"{before.name} → {cleaned}: {format_pence(opening)} on {opening_date.isoformat()}",
        )
    return account_records.by_id(conn, account_id)


# ---------------------------------------------------------------------------------------------
# Checking what was typed


def read_amount(text: str) -> Pence:
    """An amount typed into a form: must be above zero (the form says which way it went)."""
    amount = parse_pence(text, allow_negative=False)
    if amount == 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Please type an amount above £0.00."))
    return amount


def _check_date(when: date) -> None:
    if when < EARLIEST_DATE or when > date.today() + timedelta(days=366):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{day} looks like the wrong date. Please check the year."),
            day=when.isoformat(),
        )


def closed_through(session: Session) -> date | None:
    stored = vault_info.get(session.connection, vault_info.CLOSED_THROUGH)
    return date.fromisoformat(stored) if stored else None


def check_open(session: Session, *days: date) -> None:
    closed = closed_through(session)
    if closed is not None and any(day <= closed for day in days):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Records up to {day} are closed because a monitoring return was sent. "
                "Nothing was changed.",
            ),
            day=closed.isoformat(),
        )


def _clean_entry(session: Session, entry: TransactionInput) -> TransactionInput:
    conn = session.connection
    who = " ".join(entry.who.split())
    note, reason = entry.note.strip(), entry.no_receipt_reason.strip()
    if entry.amount == 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Please type an amount above £0.00."))
    _check_date(entry.when)
    if not who:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Please say who the money was paid to, or who it came from."
            )
        )
    if max(len(who), len(note), len(reason)) > MAX_TEXT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Please keep names and notes under {limit} letters."),
            limit=MAX_TEXT,
        )
    account = account_records.by_id(conn, entry.account_id)
    if account is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Please choose which account was used."))
    if entry.when < account.opening_date:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{day} is before {account} was opened in this app ({opening}). "
                "Please check the date, or change the opening date in Plan and accounts.",
            ),
            day=entry.when.isoformat(),
            account=account.name,
            opening=account.opening_date.isoformat(),
        )
    if entry.category_id is not None:
        category = category_records.by_id(conn, entry.category_id)
        direction = Direction.IN if entry.amount > 0 else Direction.OUT
        if category is None or category.direction is not direction:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "That category is for money going the other way. Please choose another.",
                )
            )
        if category.needs_note and not note:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Please add a note saying what this was for, when you choose “{name}”.",
                ),
                name=category.name,
            )
    if entry.budget_line_id is not None and not plans.budget_line_exists(
        conn, entry.budget_line_id
    ):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "That budget line no longer exists."))
    return replace(entry, who=who, note=note, no_receipt_reason=reason)


def snapshot(row: Transaction) -> dict:
    """A payment's state for the audit trail (and for undoing a change)."""
    return {
        "date": row.when.isoformat(),
        "amount": row.amount,
        "account_id": row.account_id,
        "account": row.account_name,
        "who": row.who,
        "category_id": row.category_id,
        "category": row.category_name,
        "budget_line_id": row.budget_line_id,
        "method": row.method.value,
        "note": row.note,
        "no_receipt_reason": row.no_receipt_reason,
        "deleted": row.deleted,
    }


def _audit(conn, session: Session, action: str, detail: str, transaction_id: int, before=None):
    """An audit entry for one payment, with its state before and after (read back now)."""
    after_row = records.get(conn, transaction_id)
    return audit.record(
        conn,
        session.actor,
        action,
        detail,
        kind="transaction",
        record_id=transaction_id,
        before=before,
        after=snapshot(after_row) if after_row is not None else None,
    )


def _describe(entry: TransactionInput) -> str:
    return f"{entry.when.isoformat()} {format_pence(entry.amount)} {entry.who}"


# ---------------------------------------------------------------------------------------------
# Recording, changing and deleting


def record(
    session: Session,
    entry: TransactionInput,
    attach: Sequence[PreparedReceipt] = (),
    keep_original: bool = False,
) -> int:
    """Save one payment in or out, with any receipts already prepared; returns its id."""
    access.require(session, Action.RECORD_MONEY)
    cleaned = _clean_entry(session, entry)
    check_open(session, cleaned.when)
    conn = session.connection
    with transaction(conn):
        transaction_id = records.insert(conn, cleaned)
        _audit(
            conn,
            session,
            "transaction.added",
            f"#{transaction_id} {_describe(cleaned)}",
            transaction_id,
        )
        for prepared in attach:
            receipt_id = receipt_records.add_prepared(conn, prepared, transaction_id, keep_original)
            audit.record(
                conn,
                session.actor,
                "receipt.added",
                f"{receipt_id} {prepared.original_name} #{transaction_id}",
            )
    return transaction_id


def _existing(session: Session, transaction_id: int) -> Transaction:
    found = records.get(session.connection, transaction_id)
    if found is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "That payment is no longer in the records."))
    return found


def change(session: Session, transaction_id: int, entry: TransactionInput) -> None:
    access.require(session, Action.CHANGE_MONEY)
    before = _existing(session, transaction_id)
    if before.is_transfer:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "This is a transfer between accounts. Delete it and record it again."
            )
        )
    cleaned = _clean_entry(session, entry)
    check_open(session, before.when, cleaned.when)
    conn = session.connection
    with transaction(conn):
        records.update(conn, transaction_id, cleaned)
        _audit(
            conn,
            session,
            "transaction.changed",
            f"#{transaction_id} {before.when.isoformat()} {format_pence(before.amount)} "
            f"{before.who} → {_describe(cleaned)}",
            transaction_id,
            snapshot(before),
        )


def with_partner(session: Session, row: Transaction) -> list[int]:
    partner = records.transfer_partner(session.connection, row.transaction_id)
    return [row.transaction_id] + ([partner] if partner is not None else [])


def delete(session: Session, transaction_id: int) -> None:
    """Move a payment (both halves of a transfer) to the deleted list; it can be restored."""
    access.require(session, Action.DELETE)
    row = _existing(session, transaction_id)
    check_open(session, row.when)
    conn = session.connection
    with transaction(conn):
        records.set_deleted(conn, with_partner(session, row), True)
        _audit(
            conn,
            session,
            "transaction.deleted",
            f"#{transaction_id} {row.when.isoformat()} {format_pence(row.amount)} {row.who}",
            transaction_id,
            snapshot(row),
        )


def restore(session: Session, transaction_id: int) -> None:
    access.require(session, Action.DELETE)
    row = _existing(session, transaction_id)
    check_open(session, row.when)
    conn = session.connection
    with transaction(conn):
        records.set_deleted(conn, with_partner(session, row), False)
        _audit(
            conn,
            session,
            "transaction.restored",
            f"#{transaction_id}",
            transaction_id,
            snapshot(row),
        )


def explain_missing_receipt(session: Session, transaction_id: int, reason: str) -> None:
    """Record why there is no receipt ("bus fare, no ticket given"); empty clears it."""
    access.require(session, Action.RECEIPTS)
    row = _existing(session, transaction_id)
    cleaned = reason.strip()[:MAX_TEXT]
    conn = session.connection
    with transaction(conn):
        records.set_no_receipt_reason(conn, row.transaction_id, cleaned)
        _audit(
            conn,
            session,
            "receipt.reason",
            f"#{transaction_id} {cleaned}",
            transaction_id,
            snapshot(row),
        )


def transfer(
    session: Session, when: date, amount: Pence, from_id: int, to_id: int, note: str = ""
) -> int:
    """Move money between two of the person's accounts: neither income nor spending."""
    access.require(session, Action.RECORD_MONEY)
    if from_id == to_id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Please choose two different accounts for a transfer.")
        )
    if amount <= 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Please type an amount above £0.00."))
    conn = session.connection
    source, target = account_records.by_id(conn, from_id), account_records.by_id(conn, to_id)
    if source is None or target is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Please choose which accounts were used."))
    out = _clean_entry(session, TransactionInput(when, -amount, from_id, target.name, note=note))
    into = _clean_entry(session, TransactionInput(when, amount, to_id, source.name, note=note))
    check_open(session, when)
    with transaction(conn):
        transfer_id = records.next_transfer_id(conn)
        first = records.insert(conn, out, transfer_id)
        records.insert(conn, into, transfer_id)
        _audit(
            conn,
            session,
            "transfer.added",
            f"#{first} {when.isoformat()} {format_pence(amount)} {source.name} → {target.name}",
            first,
        )
    return first


# ---------------------------------------------------------------------------------------------
# Reading


def _amount_in(text: str) -> Pence | None:
    try:
        return parse_pence(text) if text.strip() else None
    except InvalidInput:
        return None


def find(session: Session, query: TransactionFilter) -> list[int]:
    """Ids of the transactions the filter shows, in order. Words that are an amount match it."""
    return records.matching_ids(session.connection, query, _amount_in(query.text))


def place_of(session: Session, query: TransactionFilter, transaction_id: int) -> int | None:
    """Where a row comes in ``find(query)`` (date order only); None if the filter hides it."""
    return records.place_of(session.connection, query, transaction_id, _amount_in(query.text))


def totals(session: Session, query: TransactionFilter) -> tuple[Pence, Pence]:
    """Money in and money out for what the filter shows (transfers are neither)."""
    return records.sums(session.connection, query, _amount_in(query.text))


def rows(session: Session, ids: list[int]) -> dict[int, Transaction]:
    return records.fetch(session.connection, ids)


def running_balances(session: Session) -> dict[int, Pence]:
    return records.running_balances(session.connection)


def balances_after(session: Session, ids: list[int]) -> dict[int, Pence]:
    """Running balances for at least these rows (a page of the Money table): quick for recent
    payments, where ``running_balances`` always reads every row."""
    return records.balances_after(session.connection, ids)


def get(session: Session, transaction_id: int) -> Transaction:
    return _existing(session, transaction_id)
