"""Spending and income categories, and the payees who remember their last one."""

from __future__ import annotations

from dpkeeper.domain.categories import BUILT_IN, Category, Direction
from dpkeeper.vault.store import Connection

_COLUMNS = "id, name, direction, key, needs_note"


def _category(row) -> Category:
    return Category(row[0], row[1], Direction(row[2]), row[3], bool(row[4]))


def missing_built_ins(conn: Connection) -> bool:
    have = conn.execute("SELECT count(*) FROM categories WHERE key IS NOT NULL").fetchone()[0]
    return have < len(BUILT_IN)


def add_built_ins(conn: Connection) -> None:
    conn.executemany(
        "INSERT INTO categories (key, name, direction, needs_note) VALUES (?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        [(key, name, direction.value, int(note)) for key, name, direction, note in BUILT_IN],
    )


def all_categories(conn: Connection) -> list[Category]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM categories ORDER BY direction DESC, id")
    return [_category(row) for row in rows]


def by_id(conn: Connection, category_id: int) -> Category | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM categories WHERE id = ?", (category_id,)).fetchone()
    return _category(row) if row else None


def by_key(conn: Connection, key: str) -> Category | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM categories WHERE key = ?", (key,)).fetchone()
    return _category(row) if row else None


def by_name(conn: Connection, name: str, direction: Direction | None = None) -> list[Category]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM categories WHERE (name = ? COLLATE NOCASE OR key = ?) "
        "AND (? IS NULL OR direction = ?) ORDER BY id",
        (name, name, direction, direction),
    )
    return [_category(row) for row in rows]


def add(conn: Connection, name: str, direction: Direction) -> int:
    return conn.execute(
        "INSERT INTO categories (name, direction) VALUES (?, ?)", (name, direction.value)
    ).lastrowid


def payee_id(conn: Connection, name: str) -> int:
    """The payee with this name (any letter case), added if new."""
    row = conn.execute("SELECT id FROM payees WHERE name = ?", (name,)).fetchone()
    if row:
        return row[0]
    return conn.execute("INSERT INTO payees (name) VALUES (?)", (name,)).lastrowid


def remember_category(conn: Connection, payee: int, category_id: int | None) -> None:
    conn.execute("UPDATE payees SET last_category_id = ? WHERE id = ?", (category_id, payee))


def last_category_for(conn: Connection, payee_name: str) -> int | None:
    row = conn.execute(
        "SELECT last_category_id FROM payees WHERE name = ?", (payee_name,)
    ).fetchone()
    return row[0] if row else None


def payee_names(conn: Connection, limit: int = 5000) -> list[str]:
    rows = conn.execute(
        "SELECT p.name FROM payees p ORDER BY (SELECT max(t.date) FROM transactions t "
        "WHERE t.payee_id = p.id) DESC NULLS LAST, p.name LIMIT ?",
        (limit,),
    )
    return [row[0] for row in rows]
