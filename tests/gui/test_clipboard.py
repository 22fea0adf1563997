"""Text the app copies is cleared from the clipboard after a while, but only if still there."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from dpkeeper.ui import clipboard
from dpkeeper.ui.clipboard import ClipboardGuard

DELAY_MS = 150


@pytest.fixture
def board(qapp):
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def guard(qapp):
    guard = ClipboardGuard(DELAY_MS)
    yield guard
    guard.deleteLater()


def test_copied_text_is_cleared_after_the_delay(qtbot, board, guard):
    guard.copy("Sort code 30-99-50, account 12345678")
    assert board.text() == "Sort code 30-99-50, account 12345678"
    qtbot.wait(DELAY_MS // 3)
    assert board.text() == "Sort code 30-99-50, account 12345678"  # not straight away
    qtbot.waitUntil(lambda: board.text() == "", timeout=DELAY_MS * 10)
    assert not guard.pending


def test_text_copied_since_by_someone_else_is_left_alone(qtbot, board, guard):
    guard.copy("Anna Okafor")
    board.setText("a shopping list from another program")
    qtbot.wait(DELAY_MS * 3)
    assert board.text() == "a shopping list from another program"


def test_only_the_latest_copy_counts_and_it_gets_the_full_delay(qtbot, board, guard):
    guard.copy("first")
    qtbot.wait(DELAY_MS // 2)
    guard.copy("second")
    qtbot.wait(DELAY_MS * 2 // 3)
    assert board.text() == "second"
    qtbot.waitUntil(lambda: board.text() == "", timeout=DELAY_MS * 10)


def test_clearing_now_on_lock_respects_a_newer_copy(board, guard):
    guard.copy("12345678")
    board.setText("something else")
    guard.clear_now()
    assert board.text() == "something else"
    guard.copy("12345678")
    guard.clear_now()
    assert board.text() == ""


def test_ctrl_c_in_the_apps_own_fields_is_watched(qtbot, board, guard, monkeypatch):
    # The offscreen test platform cannot tell who owns the clipboard; real platforms can.
    monkeypatch.setattr(guard, "_came_from_here", lambda: True)
    guard.watch_copies()
    field = QLineEdit("Jo Smith, NI number QQ 12 34 56 C")
    qtbot.addWidget(field)
    field.selectAll()
    field.copy()
    assert guard.pending
    qtbot.waitUntil(lambda: board.text() == "", timeout=DELAY_MS * 10)


def test_the_apps_guard_uses_about_thirty_seconds(qapp):
    assert 10_000 <= clipboard.CLEAR_AFTER_MS <= 30_000
    assert clipboard.guard() is clipboard.guard()
