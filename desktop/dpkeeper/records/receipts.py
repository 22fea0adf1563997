"""Receipt pictures and PDFs, stored inside the encrypted records (never as loose files)."""

from __future__ import annotations

from datetime import datetime

from dpkeeper.domain.receipts import Receipt
from dpkeeper.records.clock import now
from dpkeeper.vault.store import Connection

DISPLAY, THUMBNAIL, ORIGINAL = "display", "thumbnail", "original"

_SELECT = (
    "SELECT r.id, r.transaction_id, r.original_name, r.media_type, r.display_type, r.width, "
    "r.height, r.pages, r.size_bytes, EXISTS (SELECT 1 FROM receipt_files f WHERE "
    "f.receipt_id = r.id AND f.kind = 'original'), r.note, r.added_at FROM receipts r "
)


def _receipt(row) -> Receipt:
    return Receipt(*row[:9], bool(row[9]), row[10], datetime.fromisoformat(row[11]))


def add(
    conn: Connection,
    *,
    transaction_id: int | None,
    original_name: str,
    media_type: str,
    display_type: str,
    width: int,
    height: int,
    pages: int,
    files: dict[str, bytes],
) -> int:
    receipt_id = conn.execute(
        "INSERT INTO receipts (transaction_id, original_name, media_type, display_type, width, "
        "height, pages, size_bytes, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            transaction_id,
            original_name,
            media_type,
            display_type,
            width,
            height,
            pages,
            sum(len(data) for data in files.values()),
            now(),
        ),
    ).lastrowid
    conn.executemany(
        "INSERT INTO receipt_files (receipt_id, kind, data) VALUES (?, ?, ?)",
        [(receipt_id, kind, data) for kind, data in files.items()],
    )
    return receipt_id


def add_prepared(
    conn: Connection, prepared, transaction_id: int | None, keep_original: bool = False
) -> int:
    """Store a receipt made by ``importers.receipt_files.prepare_receipt``."""
    files = {DISPLAY: prepared.display, THUMBNAIL: prepared.thumbnail}
    if keep_original and prepared.original != prepared.display:
        files[ORIGINAL] = prepared.original
    return add(
        conn,
        transaction_id=transaction_id,
        original_name=prepared.original_name,
        media_type=prepared.media_type,
        display_type=prepared.display_type,
        width=prepared.width,
        height=prepared.height,
        pages=prepared.pages,
        files=files,
    )


def get(conn: Connection, receipt_id: int) -> Receipt | None:
    row = conn.execute(f"{_SELECT} WHERE r.id = ? AND r.deleted_at IS NULL", (receipt_id,))
    found = row.fetchone()
    return _receipt(found) if found else None


def for_transaction(conn: Connection, transaction_id: int) -> list[Receipt]:
    rows = conn.execute(
        f"{_SELECT} WHERE r.transaction_id = ? AND r.deleted_at IS NULL ORDER BY r.id",
        (transaction_id,),
    )
    return [_receipt(row) for row in rows]


def listing(conn: Connection, *, waiting_only: bool = False) -> list[Receipt]:
    """Every receipt, newest first (metadata only; pictures are fetched when shown)."""
    where = "r.deleted_at IS NULL" + (" AND r.transaction_id IS NULL" if waiting_only else "")
    return [_receipt(row) for row in conn.execute(f"{_SELECT} WHERE {where} ORDER BY r.id DESC")]


def file_data(conn: Connection, receipt_id: int, kind: str) -> bytes | None:
    row = conn.execute(
        "SELECT data FROM receipt_files WHERE receipt_id = ? AND kind = ?", (receipt_id, kind)
    ).fetchone()
    return bytes(row[0]) if row else None


def replace_display(
    conn: Connection, receipt_id: int, display: bytes, thumbnail: bytes, width: int, height: int
) -> None:
    conn.executemany(
        "UPDATE receipt_files SET data = ? WHERE receipt_id = ? AND kind = ?",
        [(display, receipt_id, DISPLAY), (thumbnail, receipt_id, THUMBNAIL)],
    )
    conn.execute(
        "UPDATE receipts SET width = ?, height = ?, size_bytes = (SELECT sum(length(data)) "
        "FROM receipt_files WHERE receipt_id = ?) WHERE id = ?",
        (width, height, receipt_id, receipt_id),
    )


def link(conn: Connection, receipt_id: int, transaction_id: int | None) -> None:
    conn.execute(
        "UPDATE receipts SET transaction_id = ? WHERE id = ?", (transaction_id, receipt_id)
    )


def set_deleted(conn: Connection, receipt_id: int, deleted: bool) -> None:
    conn.execute(
        "UPDATE receipts SET deleted_at = ? WHERE id = ?", (now() if deleted else None, receipt_id)
    )


def waiting_count(conn: Connection) -> int:
    return conn.execute(
        "SELECT count(*) FROM receipts WHERE transaction_id IS NULL AND deleted_at IS NULL"
    ).fetchone()[0]
