"""GUI test set-up: a main window with an in-memory keychain, and helpers to drive it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication

from dpkeeper.services import app_settings
from dpkeeper.ui import theme
from dpkeeper.ui.main_window import MainWindow
from dpkeeper.vault.keychain import Keychain

WAIT_MS = 10_000


@pytest.fixture(autouse=True)
def qt_test_mode(qapp: QApplication):
    QStandardPaths.setTestModeEnabled(True)
    theme.apply(qapp)
    yield


@pytest.fixture(autouse=True)
def tour_already_seen(private_folders):
    """Most tests are not about the first-run tour; ``tests/gui/test_help.py`` brings it back."""
    app_settings.remember_tour_seen()


@pytest.fixture
def window(qtbot, memory_keychain):
    win = MainWindow(Keychain(memory_keychain))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()


def click(qtbot, widget):
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, field, text):
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, text)


def wait_for_workspace(qtbot, win):
    qtbot.waitUntil(
        lambda: win.workspace is not None and win.screens.currentWidget() is win.workspace,
        timeout=WAIT_MS,
    )
