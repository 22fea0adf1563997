"""One user action, one database transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from dpkeeper.vault.store import Connection


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """Run the block in one write transaction: all of it is saved, or none of it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
