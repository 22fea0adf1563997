"""Help > About, reached with the keyboard: the version, the licence, and where the vault lives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dpkeeper import __version__
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WAIT_MS, type_into, wait_for_workspace


def open_about_with_keyboard(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.help_menu.isVisible(), timeout=WAIT_MS)
    qtbot.keyClick(window.help_menu, Qt.Key.Key_A)
    qtbot.waitUntil(
        lambda: window.about_dialog is not None and window.about_dialog.isVisible(),
        timeout=WAIT_MS,
    )
    return window.about_dialog


def test_about_shows_the_version_licence_and_where_new_vaults_go(qtbot, window, private_folders):
    about = open_about_with_keyboard(qtbot, window)

    assert about.version.text() == f"Version {__version__}"
    assert "LGPL" in about.licence.text() and "rights reserved" in about.licence.text()
    assert str(private_folders / "vaults") in about.vault_place.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is about.close_button, timeout=WAIT_MS)

    qtbot.keyClick(about.close_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not about.isVisible(), timeout=WAIT_MS)


def test_about_names_the_open_vaults_folder(qtbot, window, vault):
    window.open_vault(vault)
    qtbot.waitUntil(lambda: window.unlock_page.isEnabled(), timeout=WAIT_MS)
    type_into(qtbot, window.unlock_page.secret, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.secret, Qt.Key.Key_Return)
    wait_for_workspace(qtbot, window)

    about = open_about_with_keyboard(qtbot, window)

    assert about.vault_place.text() == f"Your vault is in this folder: {vault}"
    qtbot.keyClick(about.close_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not about.isVisible(), timeout=WAIT_MS)
