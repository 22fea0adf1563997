"""The audit trail: who did what, and when. Written inside the same transaction as the change.

An entry can name the record it changed (``kind`` and ``record_id``) with its state before and
after as JSON, which the app shows as a readable history and uses to undo the last change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from dpkeeper.vault.store import Connection


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: str
    actor: str
    action: str
    detail: str
    entry_id: int = 0
    kind: str = ""
    record_id: int | None = None
    before: dict | None = None
    after: dict | None = None
    undoes: int | None = None


def record(
    conn: Connection,
    actor: str,
    action: str,
    detail: str = "",
    *,
    kind: str = "",
    record_id: int | None = None,
    before: dict | None = None,
    after: dict | None = None,
    undoes: int | None = None,
) -> int:
    at = datetime.now(UTC).replace(microsecond=0).isoformat()
    return conn.execute(
        "INSERT INTO audit_log (at, actor, action, detail, record_kind, record_id, before, after, "
        "undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            at,
            actor,
            action,
            detail,
            kind,
            record_id,
            json.dumps(before, sort_keys=True) if before is not None else "",
            json.dumps(after, sort_keys=True) if after is not None else "",
            undoes,
        ),
    ).lastrowid


_COLUMNS = "at, actor, action, detail, id, record_kind, record_id, before, after, undoes"


def _entry(row) -> AuditEntry:
    return AuditEntry(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        row[6],
        json.loads(row[7]) if row[7] else None,
        json.loads(row[8]) if row[8] else None,
        row[9],
    )


def recent(conn: Connection, limit: int = 50, offset: int = 0) -> list[AuditEntry]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset)
    )
    return [_entry(row) for row in rows]


def for_record(conn: Connection, kind: str, record_id: int) -> list[AuditEntry]:
    """Every entry about one record, oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_log WHERE record_kind = ? AND record_id = ? ORDER BY id",
        (kind, record_id),
    )
    return [_entry(row) for row in rows]


def get(conn: Connection, entry_id: int) -> AuditEntry | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE id = ?", (entry_id,)).fetchone()
    return _entry(row) if row else None


def newest_id(conn: Connection) -> int:
    return conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]


def last_undoable(
    conn: Connection, actor: str, after_id: int, kinds: tuple[str, ...]
) -> AuditEntry | None:
    """The newest entry by ``actor`` after ``after_id`` about one of ``kinds``, not undone."""
    marks = ",".join("?" * len(kinds))
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_log a WHERE actor = ? AND id > ? AND record_kind IN "
        f"({marks}) AND undoes IS NULL AND NOT EXISTS (SELECT 1 FROM audit_log u "
        "WHERE u.undoes = a.id) ORDER BY id DESC LIMIT 1",
        (actor, after_id, *kinds),
    ).fetchone()
    return _entry(row) if row else None


def count(conn: Connection) -> int:
    return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def forget_details(conn: Connection, kind: str, record_ids: list[int]) -> None:
    """Blank the before-and-after copies of records removed for good; the entries stay."""
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(
            f"UPDATE audit_log SET before = '', after = '' WHERE record_kind = ? "
            f"AND record_id IN ({marks})",
            [kind, *chunk],
        )


def about_period(
    conn: Connection, first_day: str, last_day: str, start_at: str, end_at: str
) -> list[AuditEntry]:
    """Entries about records dated ``first_day``..``last_day`` (ISO dates, whenever the change
    was made), and every entry made from ``start_at`` up to ``end_at`` (UTC ISO); oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_log WHERE (at >= ? AND at < ?) OR (record_kind != '' AND "
        "json_extract(CASE WHEN after != '' THEN after ELSE before END, '$.date') "
        "BETWEEN ? AND ?) ORDER BY id",
        (start_at, end_at, first_day, last_day),
    )
    return [_entry(row) for row in rows]
