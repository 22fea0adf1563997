"""The audit trail: who did what, and when. Written inside the same transaction as the change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from dpkeeper.vault.store import Connection


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: str
    actor: str
    action: str
    detail: str


def record(conn: Connection, actor: str, action: str, detail: str = "") -> None:
    at = datetime.now(UTC).replace(microsecond=0).isoformat()
    conn.execute(
        "INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)",
        (at, actor, action, detail),
    )


def recent(conn: Connection, limit: int = 50) -> list[AuditEntry]:
    rows = conn.execute(
        "SELECT at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?", (limit,)
    )
    return [AuditEntry(*row) for row in rows]
