"""A screen-reader and keyboard user's walk through every page and the main dialogs of a
lived-in vault: every control has a name, Tab reaches every control, and every underlined
letter on a caption leads to a control."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget

from dpkeeper.ui.dialogs.change_passphrase import ChangePassphraseDialog
from tests.gui.a11y_checks import (
    captions_without_buddies,
    unnamed,
    unreachable,
)
from tests.gui.a11y_vault import PAGES, fill, open_workspace
from tests.gui.conftest import WAIT_MS


@pytest.fixture
def workspace(qtbot, window, vault, tmp_path):
    fill(vault, tmp_path)
    window.resize(1280, 800)
    return open_workspace(qtbot, window, vault)


def all_pages(workspace) -> list[str]:
    keys = [key for key, _title, _page in workspace.page_list]
    assert set(PAGES) <= set(keys)
    return keys  # and Help, and any page added later


def test_every_control_on_every_page_has_a_name_a_screen_reader_can_say(workspace):
    all_pages(workspace)
    # The whole window: header, pages (shown or not), and the welcome and unlock screens.
    problems = unnamed(workspace.window())
    assert problems == [], "\n".join(problems)


def test_tab_reaches_every_control_on_every_page(qtbot, workspace):
    problems = []
    for key in all_pages(workspace):
        workspace.go_to(key)
        page = workspace.page(key)
        qtbot.waitUntil(page.isVisible)
        for tabs, index in [(None, 0), *every_other_tab(page)]:
            if tabs is not None:
                tabs.setCurrentIndex(index)
            where = key if tabs is None else f"{key} ({tabs.tabText(index).replace('&', '')})"
            missed, held = unreachable(qtbot, page, workspace.nav)
            problems += [f"{where}: Tab never reaches {p}" for p in missed]
            problems += [f"{where}: {p}" for p in held]
            if tabs is not None:
                tabs.setCurrentIndex(0)
    assert problems == [], "\n".join(problems)


def every_other_tab(page: QWidget) -> list[tuple[QTabWidget, int]]:
    """Each tab after the first of every tab widget on the page (Receipts, Staff)."""
    return [
        (tabs, index)
        for tabs in page.findChildren(QTabWidget)
        if tabs.isVisible()
        for index in range(1, tabs.count())
    ]


def test_the_first_screen_names_its_controls_and_tab_reaches_them(qtbot, window, vault):
    from dpkeeper.services import app_settings

    app_settings.remember_recent(vault)
    window.show_welcome()
    assert unnamed(window.welcome) == []
    missed, held = unreachable(qtbot, window.welcome, window.welcome.recent)
    assert missed == [] and held == []


def test_every_underlined_letter_on_a_caption_moves_to_its_control(qtbot, workspace):
    problems = []
    for key in all_pages(workspace):
        workspace.go_to(key)
        problems += [f"{key}: {p}" for p in captions_without_buddies(workspace.page(key))]
    assert problems == [], "\n".join(problems)


def test_the_main_dialogs_name_every_control_and_tab_reaches_them(qtbot, workspace):
    problems = []
    money = workspace.money
    staff = workspace.page("staff")
    openers = (
        ("money", "transaction", money, money.add),
        ("money", "transfer", money, money.add_transfer),
        ("money", "import", money, money.import_statement),
        ("staff", "PA", staff, staff.add_pa),
        ("staff", "shift", staff, staff.change_shift),
    )
    for key, name, page, opener in openers:
        workspace.go_to(key)
        opener()
        qtbot.waitUntil(
            lambda page=page: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS
        )
        dialog = page.dialog
        problems += check_dialog(qtbot, name, dialog)
        dialog.reject()
        qtbot.waitUntil(lambda page=page: page.dialog is None, timeout=WAIT_MS)
    passphrase = ChangePassphraseDialog(workspace.window())
    qtbot.addWidget(passphrase)
    passphrase.show()
    qtbot.waitExposed(passphrase)
    problems += check_dialog(qtbot, "change passphrase", passphrase)
    passphrase.reject()
    assert problems == [], "\n".join(problems)


def check_dialog(qtbot, name, dialog) -> list[str]:
    missed, held = unreachable(qtbot, dialog, dialog)
    return (
        [f"{name}: unnamed {p}" for p in unnamed(dialog)]
        + [f"{name}: Tab never reaches {p}" for p in missed]
        + [f"{name}: {p}" for p in held]
        + [f"{name}: no buddy for {p}" for p in captions_without_buddies(dialog)]
    )
