"""Deleted payments stay in the vault for their financial year plus six, and only then can go."""

from __future__ import annotations

from datetime import date

from PIL import Image

from dpkeeper.domain.ledger import TransactionFilter, TransactionInput
from dpkeeper.records import audit
from dpkeeper.services import history, keeping, money, receipts


def test_deleted_payments_can_only_be_removed_after_the_keeping_time(session, ids, tmp_path):
    old = money.record(
        session,
        TransactionInput(date(2026, 6, 3), -450, ids["bank"], "First Bus", ids["transport"]),
    )
    photo = tmp_path / "ticket.jpg"
    Image.new("RGB", (300, 400), (230, 220, 200)).save(photo)
    receipts.add_files(session, [photo], old)
    kept = money.record(
        session, TransactionInput(date(2026, 6, 4), -900, ids["bank"], "Cinema", ids["activities"])
    )
    later = money.record(
        session, TransactionInput(date(2026, 4, 2), -100, ids["bank"], "Cafe", ids["activities"])
    )
    money.delete(session, old)
    money.delete(session, later)

    # Up to 31 March 2033 (2026/27 plus six years) nothing can go, so nothing does.
    last_kept_day = date(2033, 3, 31)
    assert keeping.removable(session, last_kept_day).count == 0
    assert keeping.remove_old_deleted(session, last_kept_day) == 0
    assert money.get(session, old).deleted

    assert keeping.remove_old_deleted(session, date(2033, 4, 1)) == 2
    deleted = money.find(session, TransactionFilter(deleted=True))
    assert deleted == []
    assert money.find(session, TransactionFilter()) == [kept]
    assert receipts.for_transaction(session, old) == []
    # The history keeps the entries but no longer holds copies of what was removed.
    entries = history.for_payment(session, old)
    assert entries and all(e.before is None and e.after is None for e in entries)
    newest = audit.recent(session.connection, 1)[0]
    assert newest.action == "transaction.removed_for_good"
    assert "2 deleted payments dated before 1 Apr 2027" in newest.detail
    assert "removed old deleted payments for good" in history.describe(newest)
