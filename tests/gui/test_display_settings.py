"""Text size and high contrast: chosen by keyboard on the first screen or in Settings, applied
at once, kept on this computer, and applied again at the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dpkeeper.services import app_settings
from dpkeeper.services.app_settings import Display
from dpkeeper.ui import theme
from dpkeeper.ui.dialogs.display import DisplayDialog
from tests.gui.a11y_checks import unnamed, unreachable
from tests.gui.a11y_vault import fill, open_workspace
from tests.gui.conftest import WAIT_MS
from tests.gui.layout_checks import clipped


@pytest.fixture
def usual_size(qapp):
    theme.apply(qapp, Display())
    yield QApplication.font().pointSizeF()
    theme.apply(qapp, Display())


def window_colour() -> str:
    return QApplication.palette().color(QApplication.palette().ColorRole.Window).name()


def test_text_is_made_bigger_and_high_contrast_from_the_first_screen_by_keyboard(
    qtbot, window, usual_size
):
    welcome = window.welcome
    welcome.create.setFocus()
    qtbot.keyClick(welcome.create, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.findChild(DisplayDialog) is not None, timeout=WAIT_MS)
    dialog = window.findChild(DisplayDialog)
    qtbot.waitUntil(dialog.options.text_size.hasFocus, timeout=WAIT_MS)

    qtbot.keyClick(dialog.options.text_size, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.options.text_size, Qt.Key.Key_Down)
    assert QApplication.font().pointSizeF() == pytest.approx(usual_size * 1.5)
    assert app_settings.display() == Display(150, False)

    qtbot.keyClick(dialog.options.text_size, Qt.Key.Key_Tab)
    assert dialog.options.high_contrast.hasFocus()
    qtbot.keyClick(dialog.options.high_contrast, Qt.Key.Key_Space)
    assert window_colour() == "#000000"
    assert app_settings.display() == Display(150, True)

    qtbot.keyClick(dialog.options.high_contrast, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(DisplayDialog) is None, timeout=WAIT_MS)
    assert QApplication.font().pointSizeF() == pytest.approx(usual_size * 1.5)


def test_the_choice_is_applied_again_when_the_app_starts(qapp, usual_size):
    app_settings.set_display(Display(200, True))
    theme.apply(qapp)  # what app.py does at start
    assert QApplication.font().pointSizeF() == pytest.approx(usual_size * 2)
    assert window_colour() == "#000000"


def test_an_unreadable_settings_file_falls_back_to_the_usual_look(private_folders):
    app_settings.set_display(Display(175, False))
    path = private_folders / "config" / app_settings.SETTINGS_NAME
    path.write_text('{"display": {"text_percent": 900, "high_contrast": "yes"}}')
    assert app_settings.display() == Display()
    with pytest.raises(ValueError):
        app_settings.set_display(Display(300, False))


def test_text_size_changed_in_settings_grows_the_open_vault_without_clipping(
    qtbot, window, vault, tmp_path, usual_size
):
    fill(vault, tmp_path)
    window.resize(1280, 800)
    workspace = open_workspace(qtbot, window, vault)
    workspace.go_to("settings")
    options = workspace.settings.display_options

    options.text_size.setFocus()
    for _ in range(4):  # 100% to 200%, one step at a time, as the arrow key does
        qtbot.keyClick(options.text_size, Qt.Key.Key_Down)
    assert options.text_size.currentData() == 200
    QApplication.processEvents()

    assert QApplication.font().pointSizeF() == pytest.approx(usual_size * 2)
    assert workspace.vault_name.font().pointSizeF() == pytest.approx(usual_size * 2 * 1.2)
    for key in ("settings", "money", "home"):
        workspace.go_to(key)
        QApplication.processEvents()
        assert clipped(workspace.page(key)) == [], key
    assert clipped(workspace.nav) == []


def test_the_display_dialog_names_its_controls_and_tab_reaches_them(qtbot, window, usual_size):
    window.welcome.display.click()
    qtbot.waitUntil(lambda: window.findChild(DisplayDialog) is not None, timeout=WAIT_MS)
    dialog = window.findChild(DisplayDialog)
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []
    missed, held = unreachable(qtbot, dialog, dialog)
    assert missed == [] and held == []
    dialog.reject()
