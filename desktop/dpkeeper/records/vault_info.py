"""Facts about the vault and its person, stored as key/value pairs inside the encrypted records."""

from __future__ import annotations

from dpkeeper.vault.store import Connection

PERSON_NAME = "person_name"
CREATED_ON = "created_on"
CREATED_BY_VERSION = "created_by_version"
AUTO_LOCK_MINUTES = "auto_lock_minutes"
RECOVERY_CODE_MADE_ON = "recovery_code_made_on"
CLOSED_THROUGH = "closed_through"  # records up to this date are closed (a return was sent)


def get(conn: Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM vault_info WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def put(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO vault_info (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def remove(conn: Connection, key: str) -> None:
    conn.execute("DELETE FROM vault_info WHERE key = ?", (key,))
