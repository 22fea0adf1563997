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
        for key in PAGES:
            workspace.go_to(key)
            page = workspace.page(key)
            qtbot.waitUntil(page.isVisible)
            QApplication.processEvents()
            window.grab().save(str(SCREENSHOTS / f"{key}-{suffix}.png"))
            problems += [f"{key}: {p}" for p in clipped(page) + overlapping(page)]
        problems += [f"header: {p}" for p in clipped(workspace.nav) + clipped(workspace)]
        too_big = [
            f"{key} needs {page.minimumSizeHint().width()}x{page.minimumSizeHint().height()}"
            for key in PAGES
            if (page := workspace.page(key)).minimumSizeHint().height() > workspace.pages.height()
            or page.minimumSizeHint().width() > workspace.pages.width()
        ]
        assert too_big == []
        assert (window.width(), window.height()) == WINDOW, "the window had to grow to fit"
        assert problems == []
    finally:
        theme.apply(QApplication.instance(), Display())
