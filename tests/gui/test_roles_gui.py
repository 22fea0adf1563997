"""Helpers' access through the window: a helper signs in with their own passphrase and finds
what they cannot do switched off, with a plain reason; the holder lets someone in by keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from dpkeeper.domain.ledger import TransactionInput
from dpkeeper.services import access, money, vault_access
from dpkeeper.ui.dialogs.add_person import AddPersonDialog
from dpkeeper.ui.pages import money as money_page
from dpkeeper.ui.pages import settings as settings_page
from tests.conftest import PASSPHRASE, PERSON
from tests.gui.conftest import WAIT_MS, click, wait_for_workspace
from tests.integration.money_fixtures import set_up_anna

SAM_PASSPHRASE = "teapot river orange"


@pytest.fixture
def shared_vault(vault):
    """Anna's vault with one bus fare recorded and Sam Carter let in as a helper."""
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    ids = set_up_anna(session)
    payment = money.record(
        session, TransactionInput(date.today(), -450, ids["bank"], "First Bus", ids["transport"])
    )
    access.add_person(session, "Sam Carter", "helper", SAM_PASSPHRASE, SAM_PASSPHRASE)
    session.close()
    return vault, payment


def sign_in(qtbot, window, vault, passphrase):
    window.open_vault(vault)
    qtbot.waitUntil(lambda: window.unlock_page.isEnabled(), timeout=WAIT_MS)
    page = window.unlock_page
    page.secret.setFocus()
    qtbot.keyClicks(page.secret, passphrase)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    wait_for_workspace(qtbot, window)


def test_a_helper_cannot_delete_on_the_money_page_and_is_told_why(
    qtbot, window, shared_vault, monkeypatch
):
    vault, payment = shared_vault
    sign_in(qtbot, window, vault, SAM_PASSPHRASE)
    assert "Signed in as Sam Carter, helper" in window.workspace.signed_in.text()
    window.workspace.go_to("money")
    page = window.workspace.money
    page.table.setFocus()
    assert page.model.rowCount() == 1
    assert page.add_button.isEnabled() and page.edit_button.isEnabled()
    assert not page.delete_button.isEnabled()
    assert not page.import_button.isEnabled()
    assert "Only the person whose vault this is can delete" in page.delete_button.toolTip()

    asked = []
    monkeypatch.setattr(money_page, "confirm", lambda *args: asked.append(args) or True)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == []  # not even asked: the answer would not count
    assert page.message.isVisible()
    assert "Only the person whose vault this is can delete" in page.message.text()
    assert "signed in as Sam Carter (helper)" in page.message.text()
    assert page.model.rowCount() == 1
    assert not money.get(window.session, payment).deleted


def test_a_helper_sees_what_they_can_do_instead_of_the_people_list(qtbot, window, shared_vault):
    sign_in(qtbot, window, shared_vault[0], SAM_PASSPHRASE)
    window.workspace.go_to("settings")
    page = window.workspace.settings
    assert not page.people_list.isVisible()
    assert not page.add_person_button.isVisible()
    assert not page.new_code.isVisible()
    assert page.change_passphrase.isVisible()
    note = page.role_note.text()
    assert note.startswith("You are signed in as Sam Carter (helper).")
    assert "cannot delete anything" in note
    window.workspace.go_to("plan")
    assert not window.workspace.plan.save_button.isEnabled()


def test_the_holder_lets_an_advocate_in_by_keyboard_and_takes_access_away(
    qtbot, window, shared_vault, monkeypatch
):
    sign_in(qtbot, window, shared_vault[0], PASSPHRASE)
    window.workspace.go_to("settings")
    page = window.workspace.settings
    assert page.people_list.isVisible() and not page.role_note.isVisible()
    assert [page.people_list.item(i).text() for i in range(page.people_list.count())] == [
        f"{PERSON} — whose vault this is",
        "Sam Carter — helper",
    ]
    seen = {}

    def fill_in_the_dialog():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AddPersonDialog):  # not open yet
            QTimer.singleShot(20, fill_in_the_dialog)
            return
        dialog.activateWindow()  # as it is for a person: the new dialog has the keyboard
        qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
        assert "not a lock" in dialog.findChild(type(dialog.message), "notALock").text()
        qtbot.keyClicks(dialog.focusWidget(), "Priya Shah")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)  # helper → advocate
        seen["role"] = dialog.role()
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.focusWidget(), "lantern maple seven")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.focusWidget(), "lantern maple seven")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        if dialog.isVisible():  # never leave the test waiting on a dialog
            seen["stuck"] = (dialog.focusWidget().objectName(), dialog.message.text())
            dialog.reject()

    QTimer.singleShot(0, fill_in_the_dialog)
    page.add_person_button.setFocus()
    qtbot.keyClick(page.add_person_button, Qt.Key.Key_Space)
    assert "stuck" not in seen, seen
    qtbot.waitUntil(lambda: page.people_list.count() == 3, timeout=WAIT_MS)
    assert seen["role"] == "advocate"
    assert "Priya Shah can now open this vault" in page.message.text()
    assert page.people_list.currentItem().text() == "Priya Shah — advocate"

    monkeypatch.setattr(settings_page, "confirm_removal", lambda *args: True)
    click(qtbot, page.remove_person_button)
    assert page.people_list.count() == 2
    assert "Priya Shah can no longer open this vault." in page.message.text()
    names = [p.name for p in access.people(window.session)]
    assert names == [PERSON, "Sam Carter"]


def test_the_holder_cannot_remove_themselves_from_the_list(qtbot, window, shared_vault):
    sign_in(qtbot, window, shared_vault[0], PASSPHRASE)
    window.workspace.go_to("settings")
    page = window.workspace.settings
    page.people_list.setCurrentRow(0)
    assert not page.remove_person_button.isEnabled()
    page.people_list.setCurrentRow(1)
    assert page.remove_person_button.isEnabled()
