"""The whole vault's history, a page at a time, read by keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from dpkeeper.domain.ledger import TransactionFilter, TransactionInput
from dpkeeper.services import money
from dpkeeper.ui.dialogs import all_changes
from dpkeeper.ui.dialogs.all_changes import AllChangesDialog


def test_every_change_is_listed_newest_first_and_older_ones_on_request(
    qtbot, session, ids, monkeypatch
):
    monkeypatch.setattr(all_changes, "PAGE", 5)
    for n in range(7):
        money.record(
            session,
            TransactionInput(
                date(2026, 6, 1 + n), -100 * (n + 1), ids["bank"], f"Shop {n}", ids["activities"]
            ),
        )
    dialog = AllChangesDialog(session)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == 5
    assert "Shop 6" in dialog.list.item(0).text() and "added" in dialog.list.item(0).text()
    qtbot.keyClick(dialog.list, Qt.Key.Key_End)
    total = dialog.list.count()
    assert total == 10
    qtbot.keyClick(dialog.list, Qt.Key.Key_End)
    texts = [dialog.list.item(n).text() for n in range(dialog.list.count())]
    assert any("made this vault" in text for text in texts)  # the very first entry
    assert not dialog.more_button.isEnabled()


def test_settings_removes_old_deleted_payments_only_after_asking(qtbot, session, ids, monkeypatch):
    from dpkeeper.services import keeping
    from dpkeeper.ui.widgets import records_box
    from dpkeeper.ui.widgets.records_box import RecordsBox

    old = money.record(
        session,
        TransactionInput(date(2026, 6, 3), -450, ids["bank"], "First Bus", ids["transport"]),
    )
    money.delete(session, old)
    box = RecordsBox()
    qtbot.addWidget(box)
    box.show()
    box.show_session(session)
    assert not box.remove_button.isEnabled()  # 2026 records are kept until 2033
    assert "None are old enough" in box.keeping_note.text()

    later = date(2033, 4, 1)
    monkeypatch.setattr(
        keeping, "removable", lambda s, today=None, f=keeping.removable: f(s, later)
    )
    real_remove = keeping.remove_old_deleted
    monkeypatch.setattr(keeping, "remove_old_deleted", lambda s: real_remove(s, later))
    box.refresh()
    assert box.remove_button.isEnabled() and "1 deleted payments" in box.keeping_note.text()

    monkeypatch.setattr(records_box, "confirm_removal", lambda *args: False)
    box.remove_button.click()
    assert money.find(session, TransactionFilter(deleted=True)) == [old]  # kept: the answer was no

    monkeypatch.setattr(records_box, "confirm_removal", lambda *args: True)
    box.remove_button.setFocus()
    qtbot.keyClick(box.remove_button, Qt.Key.Key_Space)
    assert money.find(session, TransactionFilter(deleted=True)) == []
    assert "Removed 1 old deleted payments." in box.message.text()
    assert not box.remove_button.isEnabled()

    qtbot.keyClick(box.history_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: box.dialog is not None and box.dialog.isVisible())
    assert "removed old deleted payments for good" in box.dialog.list.item(0).text()
    box.dialog.reject()
