"""Checks a screen-reader or keyboard user would make: does every control say what it is, can
Tab reach it, and does every underlined letter on a caption lead somewhere?"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

#: Controls a person uses (QTextEdit covers QTextBrowser).
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
)
#: Tab may move within a control a few times (day, month, year in a date box) before leaving.
HELD_PRESSES_OK = 4
HELD_PRESSES_LIMIT = 40
#: Controls where Tab moves within on purpose, letting go at the end: the Hours week grid.
TAB_WITHIN = {"weekGrid"}
MNEMONIC = re.compile(r"(?<!&)&(?!&)(\w)")


def _qt_part(widget: QWidget, root: QWidget) -> bool:
    """Qt's own parts of a control: the text box inside a spin box or an editable drop-down,
    a scroll bar, the tab bar of a tab widget. They are named through the control itself."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar | QTabBar):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        if isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit):
            return True
        if isinstance(parent, QAbstractItemView) and widget is not parent:
            return True  # an editor open in a table cell
        parent = parent.parentWidget()
    return False


def describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {str(text)[:30]!r}"


def controls(root: QWidget) -> list[QWidget]:
    """Every control under ``root`` (shown or not), leaving out Qt's own parts."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE) and not _qt_part(widget, root)
    ]


def unnamed(root: QWidget) -> list[str]:
    """Controls with no accessible name: a screen reader would only say 'button' or 'edit'."""
    return [describe(w) for w in controls(root) if not w.accessibleName().strip()]


def tab_stops(root: QWidget) -> list[QWidget]:
    """What Tab should reach under ``root``: shown, enabled, taking focus by Tab."""
    return [
        widget
        for widget in [root, *root.findChildren(QWidget)]
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
        and not widget.objectName().startswith("qt_")
        and not isinstance(widget, QScrollBar)
    ]


def walk_with_tab(qtbot, start: QWidget, limit: int = 300) -> tuple[list[QWidget], list[str]]:
    """Press Tab from ``start`` until the focus comes round again; returns the widgets the focus
    visited, and the controls that hold on to Tab for more than a few presses (a table moving
    from cell to cell, say) or never let it go."""
    if start.isWindow():
        start.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is start)
        start = start.focusWidget() or tab_stops(start)[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    first = QApplication.focusWidget()
    visited, held = [first], []
    for _ in range(limit):
        here = QApplication.focusWidget()
        presses = 0
        while QApplication.focusWidget() is here and presses < HELD_PRESSES_LIMIT:
            qtbot.keyClick(here, Qt.Key.Key_Tab)
            presses += 1
        if QApplication.focusWidget() is here:
            held.append(f"{describe(here)} never lets Tab go")
            break
        if presses > HELD_PRESSES_OK and here.objectName() not in TAB_WITHIN:
            held.append(f"{describe(here)} holds Tab for {presses} presses")
        now = QApplication.focusWidget()
        if now is first or now is None:
            break
        visited.append(now)
    return visited, held


def unreachable(qtbot, root: QWidget, start: QWidget) -> tuple[list[str], list[str]]:
    """Tab stops under ``root`` that pressing Tab from ``start`` never reaches, and the
    controls that hold on to Tab (see ``walk_with_tab``)."""
    visited, held = walk_with_tab(qtbot, start)
    return [describe(w) for w in tab_stops(root) if w not in visited], held


def captions_without_buddies(root: QWidget) -> list[str]:
    """Labels showing an underlined letter (Alt+letter) that moves the focus nowhere."""
    found = []
    for label in root.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.RichText:
            continue
        if MNEMONIC.search(label.text()) and label.buddy() is None:
            found.append(describe(label))
    return found
