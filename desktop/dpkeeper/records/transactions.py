"""Money in and out, stored one row per movement; transfers are two rows sharing a transfer id."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from operator import itemgetter

from dpkeeper.domain.ledger import (
    UNSORTED,
    PaymentMethod,
    SortBy,
    Transaction,
    TransactionFilter,
    TransactionInput,
)
from dpkeeper.domain.money import Pence
from dpkeeper.records import categories
from dpkeeper.records.clock import now
from dpkeeper.vault.store import Connection

_SELECT = """
SELECT t.id, t.date, t.amount_pence, t.account_id, a.name, coalesce(p.name, ''), t.category_id,
       coalesce(c.name, ''), c.key, t.budget_line_id, t.method, t.note, t.no_receipt_reason,
       (SELECT count(*) FROM receipts r WHERE r.transaction_id = t.id AND r.deleted_at IS NULL),
       t.transfer_id, t.deleted_at IS NOT NULL
FROM transactions t
JOIN accounts a ON a.id = t.account_id
LEFT JOIN payees p ON p.id = t.payee_id
LEFT JOIN categories c ON c.id = t.category_id
"""

# Sorting by anything but the date is done in Python: SQLCipher wipes memory it frees, which
# makes SQLite's own sort of 50,000 rows several times slower than reading them in date order.
_SORT_KEY = {
    SortBy.AMOUNT: "t.amount_pence",
    SortBy.WHO: "t.payee_id",
    SortBy.CATEGORY: "t.category_id",
}
_NAMES = {
    SortBy.WHO: "SELECT id, name FROM payees",
    SortBy.CATEGORY: "SELECT id, name FROM categories",
}
# Rows not deleted, written so SQLite can answer from an index alone (deleted rows are few).
_LIVE = "t.id NOT IN (SELECT id FROM transactions WHERE deleted_at IS NOT NULL)"


def _transaction(row, balance: Pence | None = None) -> Transaction:
    return Transaction(
        transaction_id=row[0],
        when=date.fromisoformat(row[1]),
        amount=row[2],
        account_id=row[3],
        account_name=row[4],
        who=row[5],
        category_id=row[6],
        category_name=row[7],
        category_key=row[8],
        budget_line_id=row[9],
        method=PaymentMethod(row[10]),
        note=row[11],
        no_receipt_reason=row[12],
        receipts=row[13],
        transfer_id=row[14],
        deleted=bool(row[15]),
        balance=balance,
    )


def _where(query: TransactionFilter, amount: Pence | None) -> tuple[str, list]:
    clauses = ["t.deleted_at IS NOT NULL" if query.deleted else _LIVE]
    params: list = []
    if query.start:
        clauses.append("t.date >= ?")
        params.append(query.start.isoformat())
    if query.end:
        clauses.append("t.date <= ?")
        params.append(query.end.isoformat())
    if query.category_id == UNSORTED:
        clauses.append("t.category_id IS NULL AND t.transfer_id IS NULL")
    elif query.category_id is not None:
        clauses.append("t.category_id = ?")
        params.append(query.category_id)
    if query.account_id is not None:
        clauses.append("t.account_id = ?")
        params.append(query.account_id)
    if query.missing_receipts_only:
        clauses.append(
            "t.amount_pence < 0 AND t.transfer_id IS NULL AND t.no_receipt_reason = '' "
            "AND NOT EXISTS (SELECT 1 FROM receipts r WHERE r.transaction_id = t.id "
            "AND r.deleted_at IS NULL)"
        )
    words = query.text.strip()
    if words:
        like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        match = [
            "t.payee_id IN (SELECT id FROM payees WHERE name LIKE ? ESCAPE '\\')",
            "t.note LIKE ? ESCAPE '\\'",
            "t.no_receipt_reason LIKE ? ESCAPE '\\'",
            "t.category_id IN (SELECT id FROM categories WHERE name LIKE ? ESCAPE '\\')",
        ]
        params.extend([like] * len(match))
        if amount is not None:
            match.append("abs(t.amount_pence) = ?")
            params.append(abs(amount))
        clauses.append("(" + " OR ".join(match) + ")")
    return " AND ".join(clauses), params


def matching_ids(
    conn: Connection, query: TransactionFilter, amount: Pence | None = None
) -> list[int]:
    """The ids of the rows the filter shows, in display order. ``amount`` also matches a sum."""
    where, params = _where(query, amount)
    if query.sort_by is SortBy.DATE:
        way = "DESC" if query.newest_first else "ASC"
        sql = f"SELECT t.id FROM transactions t WHERE {where} ORDER BY t.date {way}, t.id {way}"
        return [row[0] for row in conn.execute(sql, params)]
    rows = conn.execute(
        f"SELECT t.id, {_SORT_KEY[query.sort_by]} FROM transactions t WHERE {where} "
        "ORDER BY t.date DESC, t.id DESC",
        params,
    ).fetchall()
    if query.sort_by in _NAMES:  # by name, ignoring capitals; no name comes first
        names = dict(conn.execute(_NAMES[query.sort_by]))
        rank = {key: n for n, key in enumerate(sorted(names, key=lambda k: names[k].casefold()))}
        # A few dozen names: gathering each one's rows (still newest first) is several times
        # quicker than sorting 50,000 rows by a key.
        groups: dict[int | None, list[int]] = {}
        for row_id, key in rows:
            groups.setdefault(key if key in rank else None, []).append(row_id)
        ordered = sorted(groups, key=lambda k: rank.get(k, -1), reverse=query.newest_first)
        return [row_id for key in ordered for row_id in groups[key]]
    rows.sort(key=itemgetter(1), reverse=query.newest_first)
    return [row[0] for row in rows]  # the sort is stable: equal keys stay newest first


def place_of(
    conn: Connection, query: TransactionFilter, transaction_id: int, amount: Pence | None = None
) -> int | None:
    """Where one row comes in ``matching_ids`` for a filter sorted by date (None: not shown).

    Counting the rows before it reads only the index, so a new payment joins a long list
    without the whole list being read again.
    """
    if query.sort_by is not SortBy.DATE:
        raise ValueError("only a list in date order can be placed into")
    where, params = _where(query, amount)
    found = conn.execute(
        f"SELECT t.date FROM transactions t WHERE {where} AND t.id = ?", [*params, transaction_id]
    ).fetchone()
    if found is None:
        return None
    before = ">" if query.newest_first else "<"
    return conn.execute(
        f"SELECT count(*) FROM transactions t WHERE {where} AND (t.date, t.id) {before} (?, ?)",
        [*params, found[0], transaction_id],
    ).fetchone()[0]


def fetch(conn: Connection, ids: list[int]) -> dict[int, Transaction]:
    """Full rows for some ids (one page of a table at a time)."""
    found: dict[int, Transaction] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"{_SELECT} WHERE t.id IN ({marks})", chunk):
            found[row[0]] = _transaction(row)
    return found


def get(conn: Connection, transaction_id: int) -> Transaction | None:
    return fetch(conn, [transaction_id]).get(transaction_id)


def running_balances(conn: Connection) -> dict[int, Pence]:
    """Each row's account balance just after it, in date order (same-day rows in entry order)."""
    opening = dict(conn.execute("SELECT id, opening_pence FROM accounts"))
    balances: dict[int, Pence] = {}
    rows = conn.execute(
        "SELECT id, account_id, amount_pence FROM transactions WHERE deleted_at IS NULL "
        "ORDER BY account_id, date, id"
    )
    for row_id, account_id, amount in rows:
        opening[account_id] += amount
        balances[row_id] = opening[account_id]
    return balances


def balances_after(conn: Connection, ids: list[int]) -> dict[int, Pence]:
    """Running balances (as ``running_balances``) for at least these rows: a page of the table.

    Each account's rows are walked from whichever end of its history is nearer to the rows
    asked for (by date), so a page of recent payments reads only the payments since then.
    Every row walked past is returned too, so later pages often need no reading at all.
    """
    wanted: dict[int, list[tuple[str, int]]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row_id, account_id, day in conn.execute(
            f"SELECT id, account_id, date FROM transactions WHERE id IN ({marks}) "
            "AND deleted_at IS NULL",
            chunk,
        ):
            wanted.setdefault(account_id, []).append((day, row_id))
    found: dict[int, Pence] = {}
    for account_id, rows in wanted.items():
        first, last, opening = conn.execute(
            "SELECT (SELECT min(date) FROM transactions WHERE account_id = a.id), "
            "(SELECT max(date) FROM transactions WHERE account_id = a.id), a.opening_pence "
            "FROM accounts a WHERE a.id = ?",
            (account_id,),
        ).fetchone()
        oldest, newest = min(rows), max(rows)
        days_before = date.fromisoformat(oldest[0]) - date.fromisoformat(first)
        days_after = date.fromisoformat(last) - date.fromisoformat(newest[0])
        if days_after <= days_before:
            found.update(_back_from_today(conn, account_id, opening, oldest))
        else:
            found.update(_on_from_opening(conn, account_id, opening, newest))
    return found


def _back_from_today(
    conn: Connection, account_id: int, opening: Pence, oldest: tuple[str, int]
) -> Iterator[tuple[int, Pence]]:
    # "+account_id": one pass over the table beats an index lookup for every row.
    total = conn.execute(
        "SELECT coalesce(sum(amount_pence), 0) FROM transactions "
        "WHERE +account_id = ? AND deleted_at IS NULL",
        (account_id,),
    ).fetchone()[0]
    running = opening + total
    rows = conn.execute(
        "SELECT id, amount_pence FROM transactions WHERE account_id = ? AND deleted_at IS NULL "
        "AND (date, id) >= (?, ?) ORDER BY date DESC, id DESC",
        (account_id, *oldest),
    )
    for row_id, amount in rows:
        yield row_id, running
        running -= amount


def _on_from_opening(
    conn: Connection, account_id: int, opening: Pence, newest: tuple[str, int]
) -> Iterator[tuple[int, Pence]]:
    running = opening
    rows = conn.execute(
        "SELECT id, amount_pence FROM transactions WHERE account_id = ? AND deleted_at IS NULL "
        "AND (date, id) <= (?, ?) ORDER BY date, id",
        (account_id, *newest),
    )
    for row_id, amount in rows:
        running += amount
        yield row_id, running


def _payee(conn: Connection, who: str) -> int | None:
    return categories.payee_id(conn, who) if who else None


def insert(conn: Connection, entry: TransactionInput, transfer_id: int | None = None) -> int:
    payee = _payee(conn, entry.who)
    if payee is not None and entry.category_id is not None:
        categories.remember_category(conn, payee, entry.category_id)
    return conn.execute(
        "INSERT INTO transactions (date, amount_pence, account_id, payee_id, category_id, "
        "budget_line_id, method, note, no_receipt_reason, transfer_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.when.isoformat(),
            entry.amount,
            entry.account_id,
            payee,
            entry.category_id,
            entry.budget_line_id,
            entry.method.value,
            entry.note,
            entry.no_receipt_reason,
            transfer_id,
            now(),
        ),
    ).lastrowid


def update(conn: Connection, transaction_id: int, entry: TransactionInput) -> None:
    payee = _payee(conn, entry.who)
    if payee is not None and entry.category_id is not None:
        categories.remember_category(conn, payee, entry.category_id)
    conn.execute(
        "UPDATE transactions SET date = ?, amount_pence = ?, account_id = ?, payee_id = ?, "
        "category_id = ?, budget_line_id = ?, method = ?, note = ?, no_receipt_reason = ? "
        "WHERE id = ?",
        (
            entry.when.isoformat(),
            entry.amount,
            entry.account_id,
            payee,
            entry.category_id,
            entry.budget_line_id,
            entry.method.value,
            entry.note,
            entry.no_receipt_reason,
            transaction_id,
        ),
    )


def set_no_receipt_reason(conn: Connection, transaction_id: int, reason: str) -> None:
    conn.execute(
        "UPDATE transactions SET no_receipt_reason = ? WHERE id = ?", (reason, transaction_id)
    )


def next_transfer_id(conn: Connection) -> int:
    return conn.execute("SELECT coalesce(max(transfer_id), 0) + 1 FROM transactions").fetchone()[0]


def transfer_partner(conn: Connection, transaction_id: int) -> int | None:
    row = conn.execute(
        "SELECT o.id FROM transactions t JOIN transactions o ON o.transfer_id = t.transfer_id "
        "AND o.id != t.id WHERE t.id = ?",
        (transaction_id,),
    ).fetchone()
    return row[0] if row else None


def set_deleted(conn: Connection, transaction_ids: list[int], deleted: bool) -> None:
    marks = ",".join("?" * len(transaction_ids))
    conn.execute(
        f"UPDATE transactions SET deleted_at = ? WHERE id IN ({marks})",
        [now() if deleted else None, *transaction_ids],
    )


def totals(conn: Connection, start: date, end: date) -> list[tuple[int | None, str | None, Pence]]:
    """Money in and out between two dates by category (transfers left out): (id, key, sum)."""
    rows = conn.execute(
        "SELECT t.category_id, c.key, sum(t.amount_pence) FROM transactions t "
        "LEFT JOIN categories c ON c.id = t.category_id WHERE t.deleted_at IS NULL "
        "AND t.transfer_id IS NULL AND t.date BETWEEN ? AND ? GROUP BY t.category_id",
        (start.isoformat(), end.isoformat()),
    )
    return rows.fetchall()


def plan_payments_between(conn: Connection, start: date, end: date) -> list[tuple[date, Pence]]:
    """Council or NHS payments received between two dates: (date, amount)."""
    rows = conn.execute(
        "SELECT t.date, t.amount_pence FROM transactions t JOIN categories c "
        "ON c.id = t.category_id WHERE t.deleted_at IS NULL AND t.amount_pence > 0 "
        "AND c.key IN ('council_payment', 'nhs_payment') AND t.date BETWEEN ? AND ? "
        "ORDER BY t.date",
        (start.isoformat(), end.isoformat()),
    )
    return [(date.fromisoformat(d), amount) for d, amount in rows]


def missing_receipt_count(conn: Connection) -> int:
    return conn.execute(
        "SELECT count(*) FROM transactions t WHERE t.deleted_at IS NULL AND t.amount_pence < 0 "
        "AND t.transfer_id IS NULL AND t.no_receipt_reason = '' AND NOT EXISTS "
        "(SELECT 1 FROM receipts r WHERE r.transaction_id = t.id AND r.deleted_at IS NULL)"
    ).fetchone()[0]


def sums(
    conn: Connection, query: TransactionFilter, amount: Pence | None = None
) -> tuple[Pence, Pence]:
    """Money in and money out (positive) for the rows a filter shows; transfers left out."""
    where, params = _where(query, amount)
    row = conn.execute(
        "SELECT coalesce(sum(CASE WHEN t.amount_pence > 0 THEN t.amount_pence END), 0), "
        "coalesce(-sum(CASE WHEN t.amount_pence < 0 THEN t.amount_pence END), 0) "
        f"FROM transactions t WHERE {where} AND t.transfer_id IS NULL",
        params,
    ).fetchone()
    return row[0], row[1]


def removable_deleted(conn: Connection, before: date) -> list[int]:
    """Deleted rows dated before ``before`` that nothing else needs (no payslip points at them)."""
    rows = conn.execute(
        "SELECT id FROM transactions t WHERE deleted_at IS NOT NULL AND date < ? "
        "AND NOT EXISTS (SELECT 1 FROM payslip_payments p WHERE p.transaction_id = t.id) "
        "ORDER BY id",
        (before.isoformat(),),
    )
    return [row[0] for row in rows]


def remove_for_good(conn: Connection, transaction_ids: list[int]) -> int:
    """Delete rows and their receipts from the vault for good; returns how many receipts went."""
    removed_receipts = 0
    for start in range(0, len(transaction_ids), 500):
        chunk = transaction_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(
            f"DELETE FROM receipt_files WHERE receipt_id IN "
            f"(SELECT id FROM receipts WHERE transaction_id IN ({marks}))",
            chunk,
        )
        removed_receipts += conn.execute(
            f"DELETE FROM receipts WHERE transaction_id IN ({marks})", chunk
        ).rowcount
        conn.execute(f"DELETE FROM transactions WHERE id IN ({marks})", chunk)
    return removed_receipts
