"""One user action, one database transaction."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3

from dpkeeper.vault import store
from dpkeeper.vault.store import Connection


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """Run the block in one write transaction: all of it is saved, or none of it.

    A write the disk refuses (full, removed, failing) becomes a plain ``StorageProblem``; SQLite
    has rolled the transaction back by then, so the vault stays as it was and usable.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        # After a disk error SQLite may already have rolled back; then ROLLBACK itself fails.
        if conn.in_transaction:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
        problem = store.storage_problem(exc)
        if problem is None:
            raise
        raise problem from exc
