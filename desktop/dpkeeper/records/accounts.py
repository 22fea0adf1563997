"""The accounts money is kept in: the direct payment bank account, a prepaid card, petty cash."""

from __future__ import annotations

from datetime import date

from dpkeeper.domain.ledger import Account, AccountKind
from dpkeeper.domain.money import Pence
from dpkeeper.records.clock import now
from dpkeeper.vault.store import Connection

_COLUMNS = "id, name, kind, opening_pence, opening_date"


def _account(row) -> Account:
    return Account(row[0], row[1], AccountKind(row[2]), row[3], date.fromisoformat(row[4]))


def all_accounts(conn: Connection) -> list[Account]:
    return [_account(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM accounts ORDER BY id")]


def by_id(conn: Connection, account_id: int) -> Account | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM accounts WHERE id = ?", (account_id,)).fetchone()
    return _account(row) if row else None


def by_name(conn: Connection, name: str) -> Account | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM accounts WHERE name = ?", (name,)).fetchone()
    return _account(row) if row else None


def add(conn: Connection, name: str, kind: AccountKind, opening: Pence, on: date) -> int:
    return conn.execute(
        "INSERT INTO accounts (name, kind, opening_pence, opening_date, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (name, kind.value, opening, on.isoformat(), now()),
    ).lastrowid


def update(conn: Connection, account_id: int, name: str, opening: Pence, on: date) -> None:
    conn.execute(
        "UPDATE accounts SET name = ?, opening_pence = ?, opening_date = ? WHERE id = ?",
        (name, opening, on.isoformat(), account_id),
    )


def earliest_transaction(conn: Connection, account_id: int) -> date | None:
    row = conn.execute(
        "SELECT min(date) FROM transactions WHERE account_id = ? AND deleted_at IS NULL",
        (account_id,),
    ).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def balances(conn: Connection, on: date | None = None) -> dict[int, Pence]:
    """Each account's balance at the end of ``on`` (or with everything recorded)."""
    last = (on or date.max).isoformat()
    rows = conn.execute(
        "SELECT a.id, a.opening_pence + coalesce(sum(t.amount_pence), 0) FROM accounts a "
        "LEFT JOIN transactions t ON t.account_id = a.id AND t.deleted_at IS NULL "
        "AND t.date <= ? GROUP BY a.id",
        (last,),
    )
    return {row[0]: row[1] for row in rows}
