"""Receipts: adding photos and PDFs to the vault, matching them to spending, turning them."""

from __future__ import annotations

from pathlib import Path

from dpkeeper.domain.access import Action
from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.receipts import Receipt
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.importers.receipt_files import PreparedReceipt, read_receipt_file, rotate_display
from dpkeeper.records import audit, transactions
from dpkeeper.records import receipts as records
from dpkeeper.records.db import transaction
from dpkeeper.services import access
from dpkeeper.services.session import Session


def _gone() -> InvalidInput:
    return InvalidInput(QT_TRANSLATE_NOOP("Errors", "That receipt is no longer in the records."))


def _check_transaction(session: Session, transaction_id: int | None) -> None:
    if transaction_id is None:
        return
    row = transactions.get(session.connection, transaction_id)
    if row is None or row.deleted:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "That payment is no longer in the records."))


def prepare(path: Path | str) -> PreparedReceipt:
    """Read and shrink a receipt file (slow for big photos: run it off the GUI thread)."""
    return read_receipt_file(Path(path))


def store(
    session: Session,
    prepared: PreparedReceipt,
    transaction_id: int | None = None,
    keep_original: bool = False,
) -> int:
    """Put a prepared receipt in the vault, attached to a payment or waiting to be matched."""
    access.require(session, Action.RECEIPTS)
    _check_transaction(session, transaction_id)
    conn = session.connection
    with transaction(conn):
        receipt_id = records.add_prepared(conn, prepared, transaction_id, keep_original)
        target = f"#{transaction_id}" if transaction_id is not None else "waiting"
        audit.record(
            conn, session.actor, "receipt.added", f"{receipt_id} {prepared.original_name} {target}"
        )
    return receipt_id


def add_files(
    session: Session,
    paths: list[Path],
    transaction_id: int | None = None,
    keep_original: bool = False,
) -> list[int]:
    """Add several files at once: all of them are read first, so one bad file adds none."""
    access.require(session, Action.RECEIPTS)
    prepared = [prepare(path) for path in paths]
    return [store(session, item, transaction_id, keep_original) for item in prepared]


def listing(session: Session, *, waiting_only: bool = False) -> list[Receipt]:
    return records.listing(session.connection, waiting_only=waiting_only)


def for_transaction(session: Session, transaction_id: int) -> list[Receipt]:
    return records.for_transaction(session.connection, transaction_id)


def get(session: Session, receipt_id: int) -> Receipt:
    found = records.get(session.connection, receipt_id)
    if found is None:
        raise _gone()
    return found


def thumbnail(session: Session, receipt_id: int) -> bytes | None:
    return records.file_data(session.connection, receipt_id, records.THUMBNAIL)


def display(session: Session, receipt_id: int) -> bytes | None:
    return records.file_data(session.connection, receipt_id, records.DISPLAY)


def original(session: Session, receipt_id: int) -> bytes | None:
    """The file exactly as it was added, or the display copy if the original was not kept."""
    conn = session.connection
    return records.file_data(conn, receipt_id, records.ORIGINAL) or records.file_data(
        conn, receipt_id, records.DISPLAY
    )


def match(session: Session, receipt_id: int, transaction_id: int | None) -> None:
    """Attach a receipt to a payment, or (with None) send it back to the waiting list."""
    access.require(session, Action.RECEIPTS)
    found = get(session, receipt_id)
    _check_transaction(session, transaction_id)
    conn = session.connection
    with transaction(conn):
        records.link(conn, receipt_id, transaction_id)
        audit.record(
            conn,
            session.actor,
            "receipt.matched" if transaction_id is not None else "receipt.unmatched",
            f"{receipt_id} {found.original_name} "
            f"#{transaction_id if transaction_id is not None else found.transaction_id}",
        )


def rotate(session: Session, receipt_id: int, quarter_turns: int = 1) -> None:
    """Turn a photo receipt clockwise by 90° × ``quarter_turns`` (the display copy only)."""
    access.require(session, Action.RECEIPTS)
    found = get(session, receipt_id)
    if found.is_pdf or quarter_turns % 4 == 0:
        return
    shown = display(session, receipt_id)
    turned, thumb, width, height = rotate_display(shown, quarter_turns)
    conn = session.connection
    with transaction(conn):
        records.replace_display(conn, receipt_id, turned, thumb, width, height)
        audit.record(conn, session.actor, "receipt.rotated", f"{receipt_id} x{quarter_turns % 4}")


def delete(session: Session, receipt_id: int) -> None:
    access.require(session, Action.DELETE)
    found = get(session, receipt_id)
    conn = session.connection
    with transaction(conn):
        records.set_deleted(conn, receipt_id, True)
        audit.record(conn, session.actor, "receipt.deleted", f"{receipt_id} {found.original_name}")
