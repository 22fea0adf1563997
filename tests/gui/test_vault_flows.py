"""Clicking through the vault as a person would: create, lock, unlock, recover."""

from __future__ import annotations

from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget

from dpkeeper.domain import recovery_code
from dpkeeper.services import app_settings, vault_access
from dpkeeper.ui import file_prompts
from dpkeeper.ui.dialogs.change_passphrase import ChangePassphraseDialog
from dpkeeper.ui.main_window import MainWindow
from dpkeeper.vault.keychain import Keychain
from tests.conftest import PASSPHRASE, PERSON
from tests.gui.conftest import WAIT_MS, click, type_into, wait_for_workspace


def create_through_gui(qtbot, win, name=PERSON, passphrase=PASSPHRASE) -> str:
    """Walk the create-vault steps; returns the recovery code the screen showed."""
    click(qtbot, win.welcome.create)
    page = win.create_page
    type_into(qtbot, page.name_field, name)
    click(qtbot, page.next)
    type_into(qtbot, page.passphrase_fields.first, passphrase)
    type_into(qtbot, page.passphrase_fields.second, passphrase)
    click(qtbot, page.next)
    code = page.code_panel.code_label.text()
    assert recovery_code.decode(code)
    click(qtbot, page.next)
    type_into(qtbot, page.code_check.typed, "-".join(code.split("-")[-2:]).lower())
    click(qtbot, page.next)
    wait_for_workspace(qtbot, win)
    return code


def unlock_through_gui(qtbot, win, secret):
    page = win.unlock_page
    type_into(qtbot, page.secret, secret)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)


def test_create_a_vault_lock_with_ctrl_l_unlock_and_see_home(qtbot, window, private_folders):
    create_through_gui(qtbot, window)
    assert PERSON in window.workspace.home.greeting.text()
    assert "passphrase" in window.workspace.signed_in.text()
    folder = window.session.location.folder
    assert folder.parent == private_folders / "vaults"
    assert (folder / "records.db").exists()

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None
    assert window.screens.currentWidget() is window.unlock_page
    assert "locked" in window.unlock_page.message.text()

    unlock_through_gui(qtbot, window, PASSPHRASE)
    wait_for_workspace(qtbot, window)
    assert window.workspace.pages.currentWidget() is window.workspace.home
    assert PERSON in window.workspace.home.greeting.text()


def test_a_wrong_passphrase_gets_a_calm_message_and_stays_locked(qtbot, window, vault):
    window.open_vault(vault)
    qtbot.waitUntil(lambda: window.unlock_page.isEnabled(), timeout=WAIT_MS)
    unlock_through_gui(qtbot, window, "not my passphrase")
    qtbot.waitUntil(lambda: "didn't open" in window.unlock_page.message.text(), timeout=WAIT_MS)
    assert window.session is None
    assert window.unlock_page.secret.text() == "not my passphrase"  # selected, ready to retype

    unlock_through_gui(qtbot, window, PASSPHRASE)
    wait_for_workspace(qtbot, window)


def test_the_recovery_code_opens_the_vault_and_suggests_a_new_passphrase(
    qtbot, window, vault, recovery_code
):
    window.open_vault(vault)
    qtbot.waitUntil(lambda: window.unlock_page.isEnabled(), timeout=WAIT_MS)
    click(qtbot, window.unlock_page.switch_mode)
    assert window.unlock_page.secret.echoMode() == QLineEdit.EchoMode.Normal
    unlock_through_gui(qtbot, window, recovery_code.replace("-", " ").lower())
    wait_for_workspace(qtbot, window)
    assert "recovery code" in window.workspace.signed_in.text()
    assert "new passphrase" in window.workspace.home.next_steps.text()


def test_auto_lock_hides_the_records_and_keeps_what_was_typed(qtbot, window, vault):
    window.open_vault(vault)
    qtbot.waitUntil(lambda: window.unlock_page.isEnabled(), timeout=WAIT_MS)
    unlock_through_gui(qtbot, window, PASSPHRASE)
    wait_for_workspace(qtbot, window)
    window.workspace.go_to("settings")
    window.workspace.settings.minutes.setValue(25)  # typed, not saved yet

    window.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: window.session is None, timeout=WAIT_MS)
    assert window.screens.currentWidget() is window.unlock_page
    assert not window.workspace.isVisible()

    unlock_through_gui(qtbot, window, PASSPHRASE)
    wait_for_workspace(qtbot, window)
    assert window.workspace.pages.currentWidget() is window.workspace.settings
    assert window.workspace.settings.minutes.value() == 25


def test_the_lock_time_is_saved_in_the_vault(qtbot, window, vault):
    window.open_vault(vault)
    qtbot.waitUntil(lambda: window.unlock_page.isEnabled(), timeout=WAIT_MS)
    unlock_through_gui(qtbot, window, PASSPHRASE)
    wait_for_workspace(qtbot, window)
    settings = window.workspace.settings
    window.workspace.go_to("settings")
    settings.minutes.setValue(3)
    click(qtbot, settings.save_minutes)
    assert "3 minute" in settings.message.text()
    window.close_vault()
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    from dpkeeper.services import preferences

    assert preferences.auto_lock_minutes(session) == 3
    session.close()


def test_a_mistyped_recovery_code_check_does_not_create_the_vault(qtbot, window, private_folders):
    click(qtbot, window.welcome.create)
    page = window.create_page
    type_into(qtbot, page.name_field, PERSON)
    click(qtbot, page.next)
    type_into(qtbot, page.passphrase_fields.first, PASSPHRASE)
    type_into(qtbot, page.passphrase_fields.second, PASSPHRASE)
    click(qtbot, page.next)
    click(qtbot, page.next)
    type_into(qtbot, page.code_check.typed, "0000-0000")
    click(qtbot, page.next)
    assert "doesn't match" in page.code_check.message.text()
    assert not (private_folders / "vaults").exists() or not any(
        (private_folders / "vaults").iterdir()
    )


def test_mismatched_passphrases_are_explained(qtbot, window):
    click(qtbot, window.welcome.create)
    page = window.create_page
    type_into(qtbot, page.name_field, PERSON)
    click(qtbot, page.next)
    type_into(qtbot, page.passphrase_fields.first, PASSPHRASE)
    type_into(qtbot, page.passphrase_fields.second, PASSPHRASE + "!")
    assert "does not match" in page.passphrase_fields.hint.text()
    click(qtbot, page.next)
    assert "not the same" in page.message.text()
    assert page.steps.currentIndex() == 1


def test_the_recovery_sheet_can_be_saved_during_creation(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "exports" / "sheet.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(file_prompts, "choose_pdf_target", lambda *_: target)
    click(qtbot, window.welcome.create)
    page = window.create_page
    type_into(qtbot, page.name_field, PERSON)
    click(qtbot, page.next)
    type_into(qtbot, page.passphrase_fields.first, PASSPHRASE)
    type_into(qtbot, page.passphrase_fields.second, PASSPHRASE)
    click(qtbot, page.next)
    click(qtbot, page.code_panel.save_button)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Saved" in page.code_panel.status.text()
    assert page.code_panel.open_button.isVisible()


def test_remember_on_this_computer_opens_next_time_without_the_passphrase(
    qtbot, window, vault, memory_keychain
):
    window.open_vault(vault)
    qtbot.waitUntil(lambda: window.unlock_page.isEnabled(), timeout=WAIT_MS)
    assert window.unlock_page.remember.isVisible()
    window.unlock_page.remember.setChecked(True)
    unlock_through_gui(qtbot, window, PASSPHRASE)
    wait_for_workspace(qtbot, window)
    qtbot.waitUntil(lambda: len(memory_keychain.items) == 1, timeout=WAIT_MS)
    window.close_vault()

    window.open_vault(vault)
    wait_for_workspace(qtbot, window)
    assert "remembered" in window.workspace.signed_in.text()


def test_without_a_keychain_the_option_is_hidden_and_explained(qtbot, vault):
    win = MainWindow(Keychain(fail.Keyring()))
    qtbot.addWidget(win)
    win.show()
    win.open_vault(vault)
    assert not win.unlock_page.remember.isVisible()
    assert win.unlock_page.no_keychain.isVisible()
    assert "no keychain" in win.unlock_page.no_keychain.text()
    unlock_through_gui(qtbot, win, PASSPHRASE)
    wait_for_workspace(qtbot, win)
    win.close()


def test_changing_the_passphrase_from_settings(qtbot, window, vault, monkeypatch):
    window.open_vault(vault)
    qtbot.waitUntil(lambda: window.unlock_page.isEnabled(), timeout=WAIT_MS)
    unlock_through_gui(qtbot, window, PASSPHRASE)
    wait_for_workspace(qtbot, window)
    new = "river stone path"
    monkeypatch.setattr(
        ChangePassphraseDialog, "ask", classmethod(lambda cls, parent: ((new, new), True))
    )
    window.workspace.go_to("settings")
    click(qtbot, window.workspace.settings.change_passphrase)
    qtbot.waitUntil(
        lambda: "has been changed" in window.workspace.settings.message.text(), timeout=WAIT_MS
    )
    window.close_vault()
    vault_access.unlock_with_passphrase(vault, new).close()


def test_recent_vaults_are_listed_on_the_welcome_screen(qtbot, window, vault):
    app_settings.remember_recent(vault)
    window.show_welcome()
    assert window.welcome.recent.count() == 1
    assert "Anna" in window.welcome.recent.item(0).text()
    click(qtbot, window.welcome.open_recent)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.unlock_page, timeout=WAIT_MS)
    assert "Anna" in window.unlock_page.title.text()


def test_a_damaged_vault_is_explained_on_the_unlock_screen(qtbot, window, vault):
    (vault / "records.db").write_bytes(b"")
    window.open_vault(vault)
    qtbot.waitUntil(lambda: window.unlock_page.isEnabled(), timeout=WAIT_MS)
    unlock_through_gui(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(
        lambda: "could not be read" in window.unlock_page.message.text(), timeout=WAIT_MS
    )
    assert window.session is None
    assert (vault / "records.db").stat().st_size == 0


def _controls(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisibleTo(root)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isEnabled()
        and w.metaObject().className() not in ("QWidget", "QStackedWidget", "QScrollBar", "QFrame")
        and not isinstance(w.parent(), QAbstractSpinBox)  # its inner line edit; the box is named
    ]


def test_every_control_has_a_name_a_screen_reader_can_read(qtbot, window, vault):
    screens = [window.welcome]
    click(qtbot, window.welcome.create)
    screens.append(window.create_page)
    window.create_page.cancelled.emit()
    window.open_vault(vault)
    qtbot.waitUntil(lambda: window.unlock_page.isEnabled(), timeout=WAIT_MS)
    screens.append(window.unlock_page)
    unlock_through_gui(qtbot, window, PASSPHRASE)
    wait_for_workspace(qtbot, window)
    screens += [page for _key, _title, page in window.workspace.page_list]
    screens.append(window.workspace)
    for screen in screens:
        for control in _controls(screen):
            assert control.accessibleName(), (
                f"{control.metaObject().className()} {control.objectName()}"
            )
