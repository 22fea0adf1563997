"""A vault open in one window is refused politely in a second one, until the first lets go."""

from __future__ import annotations

from dpkeeper.ui.main_window import MainWindow
from dpkeeper.vault.keychain import Keychain
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WAIT_MS, wait_for_workspace
from tests.gui.test_vault_flows import unlock_through_gui


def _open(qtbot, win, vault):
    win.open_vault(vault)
    qtbot.waitUntil(lambda: win.unlock_page.isEnabled(), timeout=WAIT_MS)
    unlock_through_gui(qtbot, win, PASSPHRASE)


def test_a_second_window_is_told_the_vault_is_open_elsewhere(qtbot, window, vault, memory_keychain):
    _open(qtbot, window, vault)
    wait_for_workspace(qtbot, window)

    second = MainWindow(Keychain(memory_keychain))
    qtbot.addWidget(second)
    second.show()
    _open(qtbot, second, vault)
    message = second.unlock_page.message
    qtbot.waitUntil(lambda: "open in another window" in message.text(), timeout=WAIT_MS)
    assert second.session is None

    window.lock()  # the first window lets go of the vault
    unlock_through_gui(qtbot, second, PASSPHRASE)
    wait_for_workspace(qtbot, second)
    second.close()
