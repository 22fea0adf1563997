"""The whole vault's history, a page at a time, read by keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from dpkeeper.domain.ledger import TransactionInput
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
