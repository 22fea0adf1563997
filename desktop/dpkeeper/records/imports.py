"""Rows imported from bank statements, the import log, and remembered column layouts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from dpkeeper.domain.ledger import PaymentMethod
from dpkeeper.domain.money import Pence
from dpkeeper.records.clock import now
from dpkeeper.vault.store import Connection


@dataclass(frozen=True, slots=True)
class NewRow:
    """One statement row to add as a transaction."""

    when: date
    amount: Pence
    who: str
    category_id: int | None
    note: str
    bank_key: str
    bank_text: str


@dataclass(frozen=True, slots=True)
class TypedEntry:
    """A transaction typed in by hand (no bank key) that a statement row may be the same as."""

    transaction_id: int
    when: date
    amount: Pence
    who: str
    category_id: int | None


def existing_keys(conn: Connection, account_id: int, keys: Sequence[str]) -> set[str]:
    """Which of these keys the account already has (deleted rows count: they were seen)."""
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            row[0]
            for row in conn.execute(
                f"SELECT bank_key FROM transactions WHERE account_id = ? AND bank_key IN ({marks})",
                [account_id, *chunk],
            )
        )
    return found


def typed_entries(conn: Connection, account_id: int, first: date, last: date) -> list[TypedEntry]:
    """Live, hand-typed transactions (not transfers) in an account between two dates."""
    rows = conn.execute(
        "SELECT t.id, t.date, t.amount_pence, coalesce(p.name, ''), t.category_id "
        "FROM transactions t LEFT JOIN payees p ON p.id = t.payee_id "
        "WHERE t.account_id = ? AND t.bank_key IS NULL AND t.deleted_at IS NULL "
        "AND t.transfer_id IS NULL AND t.date BETWEEN ? AND ? ORDER BY t.date, t.id",
        (account_id, first.isoformat(), last.isoformat()),
    )
    return [TypedEntry(r[0], date.fromisoformat(r[1]), r[2], r[3], r[4]) for r in rows]


def known_payees(conn: Connection) -> list[tuple[str, int]]:
    """Payees with the category last used for them: (name, category id)."""
    return conn.execute(
        "SELECT name, last_category_id FROM payees WHERE last_category_id IS NOT NULL"
    ).fetchall()


def add_import(
    conn: Connection,
    account_id: int,
    file_name: str,
    layout: str,
    digest: str,
    days: tuple[date, date] | None,
    counts: tuple[int, int, int],
) -> int:
    first, last = (d.isoformat() for d in days) if days else (None, None)
    return conn.execute(
        "INSERT INTO imports (account_id, file_name, layout, file_sha256, first_date, last_date, "
        "rows_added, rows_already, rows_linked, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (account_id, file_name, layout, digest, first, last, *counts, now()),
    ).lastrowid


_ROWS_PER_INSERT = 1000


def insert_rows(conn: Connection, account_id: int, import_id: int, rows: Iterable[NewRow]) -> int:
    """Add statement rows as transactions in one go; returns how many were added."""
    payees = dict(conn.execute("SELECT name, id FROM payees"))
    created = now()
    values: list[tuple[object, ...]] = []
    learned: dict[int, int] = {}
    for row in rows:
        payee = payees.get(row.who)
        if payee is None:
            payee = conn.execute("INSERT INTO payees (name) VALUES (?)", (row.who,)).lastrowid
            payees[row.who] = payee
        if row.category_id is not None:
            learned[payee] = row.category_id
        values.append(
            (
                row.when.isoformat(),
                row.amount,
                payee,
                row.category_id,
                row.note,
                row.bank_key,
                row.bank_text,
            )
        )
    # Many rows per statement: far fewer memory allocations than one statement per row, and
    # each allocation is costly with SQLCipher's memory security turned on.
    # ?1 (when the rows were added) comes first in each row, so the plain ?s number on from 2.
    one_row = f"(?1, ?, ?, ?, ?, ?, ?, ?, {int(account_id)}, '{PaymentMethod.NONE.value}', "
    one_row += f"{int(import_id)})"
    for start in range(0, len(values), _ROWS_PER_INSERT):
        chunk = values[start : start + _ROWS_PER_INSERT]
        conn.execute(
            "INSERT INTO transactions (created_at, date, amount_pence, payee_id, category_id, "
            "note, bank_key, bank_text, account_id, method, import_id) VALUES "
            + ", ".join([one_row] * len(chunk)),
            [created, *(value for row in chunk for value in row)],
        )
    conn.executemany(
        "UPDATE payees SET last_category_id = ? WHERE id = ?",
        [(category, payee) for payee, category in learned.items()],
    )
    return len(values)


def link_many(conn: Connection, links: Sequence[tuple[int, str, str]], import_id: int) -> None:
    """Mark hand-typed transactions as the same as statement rows (nothing else changes): one
    statement for each 500 (transaction id, bank key, bank text), since each statement is costly
    with SQLCipher's memory security (8,000 links took 3 s one by one, 0.5 s this way)."""
    for start in range(0, len(links), 500):
        chunk = links[start : start + 500]
        conn.execute(
            "WITH linked (id, bank_key, bank_text) AS (VALUES "
            + ", ".join(["(?, ?, ?)"] * len(chunk))
            + ") UPDATE transactions SET bank_key = linked.bank_key, "
            "bank_text = linked.bank_text, import_id = ? FROM linked "
            "WHERE transactions.id = linked.id",
            [*(value for link in chunk for value in link), import_id],
        )


def balance_at_end_of(conn: Connection, account_id: int, day: date) -> Pence:
    row = conn.execute(
        "SELECT a.opening_pence + coalesce((SELECT sum(amount_pence) FROM transactions "
        "WHERE account_id = a.id AND deleted_at IS NULL AND date <= ?), 0) "
        "FROM accounts a WHERE a.id = ?",
        (day.isoformat(), account_id),
    ).fetchone()
    return row[0] if row else 0


def saved_layout(conn: Connection, signature: str) -> str | None:
    row = conn.execute(
        "SELECT mapping FROM column_layouts WHERE signature = ?", (signature,)
    ).fetchone()
    return row[0] if row else None


def save_layout(conn: Connection, signature: str, mapping_json: str) -> None:
    conn.execute(
        "INSERT INTO column_layouts (signature, mapping, saved_at) VALUES (?, ?, ?) "
        "ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, "
        "saved_at = excluded.saved_at",
        (signature, mapping_json, now()),
    )


def import_count(conn: Connection) -> int:
    return conn.execute("SELECT count(*) FROM imports").fetchone()[0]
