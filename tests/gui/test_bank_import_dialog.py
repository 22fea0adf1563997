"""Importing a bank statement from the Money page, by keyboard, as a person would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from dpkeeper.domain.ledger import TransactionFilter, TransactionInput
from dpkeeper.services import money
from dpkeeper.ui.models.import_preview import CATEGORY, WHAT
from dpkeeper.ui.pages.money import MoneyPage
from tests.gui.conftest import WAIT_MS, type_into
from tests.integration.test_bank_import import JUNE, lloyds_csv

UNKNOWN_BANK = (
    "When,Details,Out,In,Left\n"
    "02/06/2026,LEEDS CITY COUNCIL DP,,1120.00,2620.00\n"
    "03/06/2026,J SMITH PA WAGES,486.40,,2133.60\n"
    "05/06/2026,STAGECOACH BUS,4.50,,2129.10\n"
)


@pytest.fixture
def page(qtbot, session, ids) -> MoneyPage:
    shown = MoneyPage()
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    with qtbot.waitExposed(shown):
        shown.show()
    shown.show_session(session)
    return shown


def open_import(qtbot, page):
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window(), timeout=WAIT_MS)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    dialog = page.dialog
    qtbot.waitUntil(dialog.file_field.hasFocus, timeout=WAIT_MS)
    return dialog


def read(qtbot, dialog, path, step):
    type_into(qtbot, dialog.file_field, str(path))
    qtbot.keyClick(dialog.file_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == step, timeout=WAIT_MS)


def press_import(qtbot, dialog):
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Import is the default button
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 3, timeout=WAIT_MS)


def bank_count(session, ids):
    return len(money.find(session, TransactionFilter(account_id=ids["bank"])))


def test_a_statement_is_checked_then_imported_by_keyboard(qtbot, page, session, ids, tmp_path):
    statement = tmp_path / "june.csv"
    statement.write_bytes(lloyds_csv(JUNE))
    dialog = open_import(qtbot, page)
    read(qtbot, dialog, statement, step=2)
    assert dialog.model.rowCount() == 6
    assert "6 rows found" in dialog.summary.text()
    assert "6 new" in dialog.summary.text()
    assert "will match your bank" in dialog.balance_note.text()
    assert bank_count(session, ids) == 0  # nothing saved while checking

    press_import(qtbot, dialog)
    assert "Added 6 new rows." in dialog.outcome.text()
    assert "Your records match your bank" in dialog.outcome.text()
    qtbot.keyClick(dialog.done_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    assert bank_count(session, ids) == 6
    assert page.model.rowCount() == 6


def test_importing_again_says_everything_is_already_there(qtbot, page, session, ids, tmp_path):
    statement = tmp_path / "june.csv"
    statement.write_bytes(lloyds_csv(JUNE))
    dialog = open_import(qtbot, page)
    read(qtbot, dialog, statement, step=2)
    press_import(qtbot, dialog)
    dialog.accept()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)

    again = open_import(qtbot, page)
    read(qtbot, again, statement, step=2)
    assert "6 already in your records" in again.summary.text()
    assert not again.import_button.isEnabled()
    assert "already in your records" in again.message.text()
    again.reject()
    assert bank_count(session, ids) == 6


def test_space_unticks_a_link_and_f2_chooses_a_category(qtbot, page, session, ids, tmp_path):
    money.record(
        session,
        TransactionInput(date(2026, 6, 4), -48640, ids["bank"], "Jane Smith", ids["pa_wages"]),
    )
    page.refresh()
    statement = tmp_path / "june.csv"
    statement.write_bytes(lloyds_csv(JUNE))
    dialog = open_import(qtbot, page)
    read(qtbot, dialog, statement, step=2)
    model = dialog.model
    wages = next(r for r in range(model.rowCount()) if model.preview.rows[r].row.amount == -48640)
    assert "link them" in model.index(wages, WHAT).data()
    assert "1 of 1 that look like payments you typed in will be linked" in dialog.summary.text()

    dialog.table.setCurrentIndex(model.index(wages, WHAT))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert "Add as a new payment" in model.index(wages, WHAT).data()
    assert "0 of 1" in dialog.summary.text()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert "link them" in model.index(wages, WHAT).data()

    bus = next(r for r in range(model.rowCount()) if model.preview.rows[r].row.amount == -450)
    dialog.table.setCurrentIndex(model.index(bus, CATEGORY))
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = dialog.table.findChild(QComboBox)
    qtbot.waitUntil(lambda: editor is not None and editor.isVisible(), timeout=WAIT_MS)
    editor.setCurrentIndex(editor.findData(ids["transport"]))
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view saves the choice on its next turn
    qtbot.waitUntil(lambda: model.index(bus, CATEGORY).data() == "Transport", timeout=WAIT_MS)

    dialog.import_button.setFocus()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 3, timeout=WAIT_MS)
    assert "Linked 1" in dialog.outcome.text()
    assert len(money.find(session, TransactionFilter(category_id=ids["transport"]))) == 1
    assert bank_count(session, ids) == 6  # five added and one linked, not seven


def test_a_file_that_cannot_be_read_names_the_line_and_saves_nothing(
    qtbot, page, session, ids, tmp_path
):
    broken = tmp_path / "broken.csv"
    broken.write_bytes(lloyds_csv(JUNE).replace(b"09/06/2026", b"39/06/2026"))
    dialog = open_import(qtbot, page)
    type_into(qtbot, dialog.file_field, str(broken))
    qtbot.keyClick(dialog.file_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "39/06/2026" in dialog.message.text(), timeout=WAIT_MS)
    assert "Line" in dialog.message.text() or "line" in dialog.message.text()
    assert dialog.steps.currentIndex() == 0
    assert bank_count(session, ids) == 0
    dialog.reject()


def test_a_missing_file_gets_a_plain_message(qtbot, page, tmp_path):
    dialog = open_import(qtbot, page)
    type_into(qtbot, dialog.file_field, str(tmp_path / "not-there.csv"))
    qtbot.keyClick(dialog.file_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "could not be opened" in dialog.message.text(), timeout=WAIT_MS)
    dialog.reject()


def test_an_unknown_bank_file_asks_for_its_columns_once(qtbot, page, session, ids, tmp_path):
    statement = tmp_path / "credit-union.csv"
    statement.write_text(UNKNOWN_BANK)
    dialog = open_import(qtbot, page)
    read(qtbot, dialog, statement, step=1)
    panel = dialog.columns
    panel.choose(date="When", description="Details", money_out="Out", money_in="In", balance="Left")
    assert (
        "Leeds City Council" in panel.preview_text() or "LEEDS CITY COUNCIL" in panel.preview_text()
    )
    dialog.use_columns.click()
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 2, timeout=WAIT_MS)
    assert dialog.model.rowCount() == 3
    press_import(qtbot, dialog)
    dialog.accept()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    assert bank_count(session, ids) == 3

    # Next time the same bank's file goes straight to checking the rows.
    again = open_import(qtbot, page)
    read(qtbot, again, statement, step=2)
    assert "3 already in your records" in again.summary.text()
    again.reject()
