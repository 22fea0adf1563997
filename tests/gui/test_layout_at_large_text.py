"""Every main page at the usual text size and at 200%: nothing clipped, nothing overlapping.

Screenshots go to /tmp/a11y/<page>-<percent>.png (and -hc for high contrast) to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from dpkeeper.services.app_settings import Display
from dpkeeper.ui import theme
from tests.gui.a11y_vault import PAGES, fill, open_workspace
from tests.gui.layout_checks import clipped, overlapping

SCREENSHOTS = Path("/tmp/a11y")
WINDOW = (1280, 800)


@pytest.fixture
def lived_in_vault(vault, tmp_path):
    fill(vault, tmp_path)
    return vault


def looks(percent: int, high_contrast: bool):
    theme.apply(QApplication.instance(), Display(percent, high_contrast))
    return f"{percent}" + ("-hc" if high_contrast else "")


@pytest.mark.parametrize(("percent", "high_contrast"), [(100, False), (200, False), (200, True)])
def test_no_page_clips_or_overlaps_text_at_usual_and_double_text_size(
    qtbot, window, lived_in_vault, percent, high_contrast
):
    suffix = looks(percent, high_contrast)
    try:
        window.resize(*WINDOW)
        workspace = open_workspace(qtbot, window, lived_in_vault)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        problems = []
        keys = [key for key, _title, _page in workspace.page_list]  # Help too, and any new page
        assert set(PAGES) <= set(keys)
        for key in keys:
            workspace.go_to(key)
            page = workspace.page(key)
            qtbot.waitUntil(page.isVisible)
            QApplication.processEvents()
            window.grab().save(str(SCREENSHOTS / f"{key}-{suffix}.png"))
            problems += [f"{key}: {p}" for p in clipped(page) + overlapping(page)]
        problems += [f"header: {p}" for p in clipped(workspace.nav) + clipped(workspace)]
        too_big = [
            f"{key} needs {page.minimumSizeHint().width()}x{page.minimumSizeHint().height()}"
            for key in keys
            if (page := workspace.page(key)).minimumSizeHint().height() > workspace.pages.height()
            or page.minimumSizeHint().width() > workspace.pages.width()
        ]
        assert too_big == []
        assert (window.width(), window.height()) == WINDOW, "the window had to grow to fit"
        assert problems == [], "\n".join(problems)
    finally:
        theme.apply(QApplication.instance(), Display())


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_main_dialogs_fit_their_text_at_double_size(
    qtbot, window, lived_in_vault, high_contrast
):
    suffix = looks(200, high_contrast)
    try:
        window.resize(*WINDOW)
        workspace = open_workspace(qtbot, window, lived_in_vault)
        money, staff = workspace.money, workspace.page("staff")
        problems = []
        for key, name, page, opener in (
            ("money", "transaction", money, money.add),
            ("money", "transfer", money, money.add_transfer),
            ("money", "import", money, money.import_statement),
            ("staff", "pa", staff, staff.add_pa),
            ("staff", "shift", staff, staff.change_shift),
        ):
            workspace.go_to(key)
            opener()
            qtbot.waitUntil(lambda page=page: page.dialog is not None and page.dialog.isVisible())
            dialog = page.dialog
            QApplication.processEvents()
            dialog.grab().save(str(SCREENSHOTS / f"dialog-{name}-{suffix}.png"))
            if dialog.width() > WINDOW[0] or dialog.height() > WINDOW[1]:
                problems.append(
                    f"{name}: {dialog.width()}x{dialog.height()} is bigger than {WINDOW}"
                )
            problems += [f"{name}: {p}" for p in clipped(dialog) + overlapping(dialog)]
            dialog.reject()
            qtbot.waitUntil(lambda page=page: page.dialog is None)
        assert problems == [], "\n".join(problems)
    finally:
        theme.apply(QApplication.instance(), Display())
