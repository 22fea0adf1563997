"""A carer makes Anna's monitoring return for a quarter, looks at it, saves, exports and prints it,
then marks the quarter as sent and reopens it with a reason."""

from __future__ import annotations

import time
from datetime import date

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.ledger import TransactionInput
from dpkeeper.records import audit
from dpkeeper.services import money, periods, statement_files, statements
from dpkeeper.ui import file_prompts
from dpkeeper.ui.pages.statements import CUSTOM, LAST_QUARTER, StatementsPage
from tests.conftest import PERSON
from tests.gui.conftest import WAIT_MS, type_into

Q2 = (date(2026, 4, 1), date(2026, 6, 30))


def record(session, ids, day, pence, who, key):
    return money.record(session, TransactionInput(day, pence, ids["bank"], who, ids[key]))


@pytest.fixture
def quarter(session, ids):
    """Council payments, wages, HMRC and a bus fare between April and June."""
    for day in (date(2026, 4, 6), date(2026, 5, 4), date(2026, 6, 1), date(2026, 6, 29)):
        record(session, ids, day, 112000, "Leeds City Council", "council_payment")
    record(session, ids, date(2026, 4, 10), -48640, "Jane Smith", "pa_wages")
    record(session, ids, date(2026, 5, 19), -6120, "HMRC", "hmrc")
    record(session, ids, date(2026, 5, 20), -450, "First Bus", "transport")
    return ids


@pytest.fixture
def page(qtbot, session, quarter) -> StatementsPage:
    shown = StatementsPage()
    qtbot.addWidget(shown)
    shown.resize(1100, 900)
    with qtbot.waitExposed(shown):
        shown.show()
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown, timeout=WAIT_MS)
    shown.show_session(session)
    return shown


def choose(page, combo, key):
    combo.setCurrentIndex(combo.findData(key))


def type_date(qtbot, field, text):
    """Type a date into a date box the way a person would: select it all, then type."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def preview(qtbot, page, start=Q2[0], end=Q2[1]):
    """Set the period and press Ctrl+Enter; wait until the first page is shown."""
    page.start.set_value(start)
    page.end.set_value(end)
    page.kind.setFocus()
    qtbot.keyClick(page.kind, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.preview.pages > 0 and page.task is None, timeout=WAIT_MS)


def pdf_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_a_monitoring_return_for_a_typed_period_is_previewed_by_keyboard(qtbot, page):
    page.kind.setFocus()
    choose(page, page.kind, "monitoring")
    type_date(qtbot, page.start, "1 Apr 2026")
    type_date(qtbot, page.end, "30 Jun 2026")
    assert (page.start.value(), page.end.value()) == Q2
    assert page.period.currentData() == CUSTOM  # typing dates makes the period custom
    qtbot.keyClick(page.end, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.preview.pages > 0 and page.task is None, timeout=WAIT_MS)

    pages = page.preview.pages
    assert page.preview.page_label.text() == f"Page 1 of {pages}"
    picture = page.preview.picture.pixmap()
    assert not picture.isNull() and picture.height() > picture.width()  # an upright page
    assert page.pdf.startswith(b"%PDF")
    if pages > 1:
        qtbot.keyClick(page.preview.scroll, Qt.Key.Key_PageDown)
        assert page.preview.page_label.text() == f"Page 2 of {pages}"
        qtbot.keyClick(page.preview.scroll, Qt.Key.Key_PageUp)
    assert page.preview.page_label.text() == f"Page 1 of {pages}"
    width = page.preview.picture.pixmap().width()
    qtbot.keyClick(page.preview.scroll, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert page.preview.picture.pixmap().width() > width
    qtbot.keyClick(page.preview.scroll, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.preview.scroll, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert page.preview.picture.pixmap().width() < width
    page.grab().save("/tmp/statements.png")


def test_picking_a_quarter_fills_the_dates(qtbot, page):
    choose(page, page.period, "last")
    assert page.start.value().day == 1 and page.start.value().month in (1, 4, 7, 10)
    assert (page.end.value() - page.start.value()).days in range(89, 92)
    choose(page, page.period, "review")
    assert page.end.value() == date.today()
    assert page.start.value() >= date(2026, 4, 1)  # not before Anna's plan started


def test_save_as_pdf_writes_the_previewed_return(qtbot, page, tmp_path, monkeypatch):
    asked = []

    def answer(parent, suggested, filter_text):
        asked.append(suggested.name)
        return tmp_path / "return.pdf"

    monkeypatch.setattr(file_prompts, "choose_statement_target", answer)
    preview(qtbot, page)
    qtbot.keyClick(page.preview.scroll, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.saved_file is not None, timeout=WAIT_MS)

    assert asked == ["Monitoring return 2026-04-01 to 2026-06-30.pdf"]
    data = (tmp_path / "return.pdf").read_bytes()
    assert data.startswith(b"%PDF") and data == page.pdf
    assert PERSON in pdf_text(data)
    assert "not encrypted" in page.message.text()


def test_save_as_pdf_makes_the_statement_first_when_nothing_was_previewed(
    qtbot, page, tmp_path, monkeypatch
):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "Anna return"), "")
    )
    page.start.set_value(Q2[0])
    page.end.set_value(Q2[1])
    page.save_button.click()
    qtbot.waitUntil(lambda: page.saved_file is not None, timeout=WAIT_MS)
    assert page.saved_file.name == "Anna return.pdf"  # the ending is added when left off
    assert PERSON in pdf_text(page.saved_file.read_bytes())


def test_export_csv_writes_every_transaction(qtbot, page, tmp_path, monkeypatch):
    monkeypatch.setattr(
        file_prompts, "choose_statement_target", lambda *_args: tmp_path / "return.csv"
    )
    page.start.set_value(Q2[0])
    page.end.set_value(Q2[1])
    page.csv_button.click()
    qtbot.waitUntil(lambda: page.saved_file is not None, timeout=WAIT_MS)
    lines = (tmp_path / "return.csv").read_text().splitlines()
    assert lines[0].startswith("reference,date,description,")
    assert len(lines) == 1 + 7
    assert any("First Bus" in line for line in lines)


def test_statements_that_cannot_be_a_csv_disable_export(page):
    choose(page, page.kind, "audit-pack")
    assert not page.csv_button.isEnabled()
    choose(page, page.kind, "pay")
    assert page.csv_button.isEnabled()


def test_printing_draws_every_page(qtbot, page, tmp_path, monkeypatch):
    printed = tmp_path / "printed.pdf"
    writers = []

    def pdf_printer():
        writers.append(QPdfWriter(str(printed)))
        return writers[-1]

    monkeypatch.setattr(page, "choose_printer", pdf_printer)
    preview(qtbot, page)
    qtbot.keyClick(page.preview.scroll, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.task is None and "printer" in page.message.text(), timeout=WAIT_MS)
    document = pypdfium2.PdfDocument(printed.read_bytes())
    assert len(document) == page.preview.pages
    document.close()


def test_a_generation_error_is_shown_and_the_page_stays_usable(qtbot, page):
    page.start.set_value(Q2[1])
    page.end.set_value(Q2[0])
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.task is None and page.message.isVisible(), timeout=WAIT_MS)
    assert "ends before it starts" in page.message.text()
    preview(qtbot, page)
    assert page.preview.pages > 0


def test_cancel_stops_making_the_statement(qtbot, page, monkeypatch):
    def slow_render(session, kind, start, end, fmt, progress=None, today=None, **_options):
        for _ in range(1000):  # stops at the first step after Cancel was pressed
            progress.step(500, 1000)
            time.sleep(0.01)
        return b"never"

    monkeypatch.setattr(statement_files, "render", slow_render)
    page.preview_button.click()
    page.task.progress_dialog.canceled.emit()  # what its Cancel button sends
    qtbot.waitUntil(lambda: page.task is None, timeout=WAIT_MS)
    assert page.message.text() == "Stopped. Nothing was made."
    assert page.preview.pages == 0
    monkeypatch.undo()
    preview(qtbot, page)
    assert page.preview.pages > 0


def test_the_period_offered_first_is_the_oldest_return_not_yet_sent(qtbot, session, quarter):
    fresh = StatementsPage()
    qtbot.addWidget(fresh)
    fresh.show_session(session)
    last = statements.last_quarter(date.today())
    assert (fresh.start.value(), fresh.end.value()) == (last.start, last.end)
    assert fresh.period.currentData() == LAST_QUARTER

    periods.close_through(session, date(2026, 3, 31))
    later = StatementsPage()
    qtbot.addWidget(later)
    later.show_session(session)
    assert (later.start.value(), later.end.value()) == Q2  # Anna's quarterly returns from April
    assert later.closed_label.text() == "Records are closed up to 31 Mar 2026."


def test_a_sent_period_is_closed_and_reopened_with_a_reason(qtbot, page, session, ids, monkeypatch):
    assert not page.reopen_button.isEnabled()
    preview(qtbot, page)
    assert page.close_button.isVisible()
    assert "reopening" in page.close_note.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    page.close_button.click()
    assert periods.closed_through(session) == Q2[1]
    assert "closed up to 30 Jun 2026" in page.message.text()
    assert not page.close_button.isVisible()
    assert page.reopen_button.isEnabled()
    with pytest.raises(InvalidInput):
        record(session, ids, date(2026, 6, 15), -100, "Late bus fare", "transport")

    page.reopen_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    dialog = page.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason, timeout=WAIT_MS)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # no reason given
    assert dialog.isVisible()
    assert "say why" in dialog.message.text()
    assert periods.closed_through(session) == Q2[1]

    dialog.back_to.set_value(date(2026, 6, 1))
    type_into(qtbot, dialog.reason, "The council asked me to add a missed bus fare")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    assert periods.closed_through(session) == date(2026, 5, 31)
    assert "Reopened" in page.message.text()
    record(session, ids, date(2026, 6, 15), -100, "Late bus fare", "transport")
    details = [entry.detail for entry in audit.recent(session.connection)]
    assert any("missed bus fare" in detail for detail in details)


def test_saying_no_leaves_the_period_open(qtbot, page, session, monkeypatch):
    preview(qtbot, page)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    page.close_button.click()
    assert periods.closed_through(session) is None


def test_the_audit_pack_can_add_the_history_of_changes(qtbot, page):
    choose(page, page.kind, "monitoring")
    assert not page.with_history.isVisible()
    choose(page, page.kind, "audit-pack")
    assert page.with_history.isVisible() and not page.with_history.isChecked()
    page.with_history.setFocus()
    qtbot.keyClick(page.with_history, Qt.Key.Key_Space)
    assert page.with_history.isChecked()
    preview(qtbot, page)
    text = pdf_text(page.pdf)
    assert "Changes made" in text and "First Bus" in text.split("Changes made")[-1]
