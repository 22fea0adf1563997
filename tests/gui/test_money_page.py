"""The Money page, driven as a person would: mostly by keyboard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from dpkeeper.domain.ledger import ReceiptStatus, TransactionFilter, TransactionInput
from dpkeeper.services import money, receipts, vault_access
from dpkeeper.ui import file_prompts
from dpkeeper.ui.models.transactions import MONEY_OUT, RECEIPT, WHO
from dpkeeper.ui.pages import money as money_page
from dpkeeper.ui.pages.money import MoneyPage
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WAIT_MS, click, type_into
from tests.integration.money_fixtures import set_up_anna

TODAY = date.today()


@pytest.fixture
def session(vault):
    opened = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def ids(session):
    return set_up_anna(session)


@pytest.fixture
def page(qtbot, session, ids):
    shown = MoneyPage()
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.show_session(session)
    return shown


def spend(session, ids, days_ago, pence, who, key, **kw):
    when = TODAY - timedelta(days=days_ago)
    return money.record(session, TransactionInput(when, -pence, ids["bank"], who, ids[key], **kw))


def cell(page, row, column):
    return page.model.index(row, column).data()


def shown_names(page):
    return [cell(page, row, WHO) for row in range(page.model.rowCount())]


def open_dialog(qtbot, page):
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    return page.dialog


def test_add_spending_with_a_receipt_using_only_the_keyboard(
    qtbot, page, session, tmp_path, monkeypatch
):
    photo = tmp_path / "ticket.jpg"
    Image.new("RGB", (900, 700), (230, 220, 200)).save(photo)
    monkeypatch.setattr(file_prompts, "choose_receipt_files", lambda parent, start=None: [photo])

    dialog = open_dialog(qtbot, page)
    qtbot.waitUntil(dialog.amount.hasFocus, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.amount, "£4.50")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Tab)
    assert dialog.who.hasFocus()
    qtbot.keyClicks(dialog.who, "First Bus")
    qtbot.keyClick(dialog.who, Qt.Key.Key_Tab)
    assert dialog.category.hasFocus()
    transport = dialog.category.findText("Transport")
    while dialog.category.currentIndex() != transport:
        qtbot.keyClick(dialog.category, Qt.Key.Key_Down)
    dialog.receipts.add_button.setFocus()
    qtbot.keyClick(dialog.receipts.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(dialog.receipts.prepared) == 1, timeout=WAIT_MS)
    assert dialog.receipts.list.item(0).text() == "ticket.jpg"
    dialog.note.setFocus()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # Save is the default button
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)

    assert shown_names(page) == ["First Bus"]
    assert cell(page, 0, MONEY_OUT) == "£4.50"
    assert cell(page, 0, RECEIPT) == "Receipt kept"
    saved = money.get(session, page.selected_id())
    assert (saved.amount, saved.category_name, saved.receipts) == (-450, "Transport", 1)
    assert receipts.for_transaction(session, saved.transaction_id)[0].original_name == "ticket.jpg"


def test_a_nonsense_amount_is_explained_and_nothing_is_saved(qtbot, page, session):
    dialog = open_dialog(qtbot, page)
    type_into(qtbot, dialog.amount, "four pounds")
    type_into(qtbot, dialog.who, "Cafe")
    click(qtbot, dialog.save_button)
    assert "doesn't look like an amount" in dialog.message.text()
    assert dialog.isVisible()
    assert money.find(session, TransactionFilter()) == []
    dialog.reject()


def test_a_payee_fills_in_the_category_it_had_last_time(qtbot, page, session, ids):
    spend(session, ids, 3, 450, "First Bus", "transport")
    page.refresh()
    dialog = open_dialog(qtbot, page)
    type_into(qtbot, dialog.who, "first bus")
    qtbot.keyClick(dialog.who, Qt.Key.Key_Tab)
    assert dialog.category.currentText() == "Transport"
    dialog.reject()


def test_filter_by_category_and_search_by_words(qtbot, page, session, ids):
    spend(session, ids, 3, 450, "First Bus", "transport")
    spend(session, ids, 2, 1800, "Riverside Arts Centre", "activities", note="pottery class")
    page.refresh()
    assert sorted(shown_names(page)) == ["First Bus", "Riverside Arts Centre"]

    page.category.setCurrentIndex(page.category.findText("Transport"))
    page.category.activated.emit(page.category.currentIndex())
    assert shown_names(page) == ["First Bus"]
    assert "money out £4.50" in page.totals.text()

    page.category.setCurrentIndex(0)
    page.category.activated.emit(0)
    type_into(qtbot, page.search, "POTTERY")
    qtbot.waitUntil(lambda: shown_names(page) == ["Riverside Arts Centre"], timeout=WAIT_MS)
    type_into(qtbot, page.search, "4.50")
    qtbot.waitUntil(lambda: shown_names(page) == ["First Bus"], timeout=WAIT_MS)


def test_the_period_filter_hides_older_payments(qtbot, page, session, ids):
    spend(session, ids, 1, 450, "First Bus", "transport")
    spend(session, ids, 200, 1800, "Riverside Arts Centre", "activities")
    page.refresh()
    page.period.setCurrentIndex(page.period.findData("last_3_months"))
    assert shown_names(page) == ["First Bus"]
    page.period.setCurrentIndex(page.period.findData("custom"))
    assert page.start.isVisible()
    page.start.set_value(TODAY - timedelta(days=210))
    page.end.set_value(TODAY - timedelta(days=190))
    assert shown_names(page) == ["Riverside Arts Centre"]


def test_enter_edits_the_selected_payment(qtbot, page, session, ids):
    row_id = spend(session, ids, 3, 450, "First Bus", "transport")
    page.refresh()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=WAIT_MS)
    dialog = page.dialog
    assert dialog.amount.text() == "4.50" and dialog.who.text() == "First Bus"
    type_into(qtbot, dialog.amount, "5.20")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    assert money.get(session, row_id).amount == -520
    assert cell(page, 0, MONEY_OUT) == "£5.20"


def test_delete_asks_first_and_show_deleted_brings_it_back(qtbot, page, session, ids, monkeypatch):
    row_id = spend(session, ids, 3, 450, "First Bus", "transport")
    page.refresh()
    asked = []
    monkeypatch.setattr(
        money_page, "confirm", lambda parent, title, text: asked.append(text) or False
    )
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked and "First Bus" in asked[0] and "Show deleted" in asked[0]
    assert shown_names(page) == ["First Bus"]  # said no: nothing changed

    monkeypatch.setattr(money_page, "confirm", lambda parent, title, text: True)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert shown_names(page) == []
    assert "Show deleted" in page.message.text()

    page.show_deleted.setFocus()
    qtbot.keyClick(page.show_deleted, Qt.Key.Key_Space)
    assert shown_names(page) == ["First Bus"]
    click(qtbot, page.restore_button)
    assert shown_names(page) == []
    qtbot.keyClick(page.show_deleted, Qt.Key.Key_Space)
    assert shown_names(page) == ["First Bus"]
    assert not money.get(session, row_id).deleted


def test_a_transfer_moves_money_but_is_not_spending(qtbot, page, session, ids):
    click(qtbot, page.transfer_button)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=WAIT_MS)
    dialog = page.dialog
    assert dialog.source.currentText() == "Direct payment account"
    assert dialog.target.currentText() == "Petty cash"
    type_into(qtbot, dialog.amount, "50")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    assert page.model.rowCount() == 2
    assert "money in £0.00, money out £0.00" in page.totals.text()
    assert {cell(page, row, RECEIPT) for row in range(2)} == {"—"}


def test_the_missing_receipts_view_from_home_shows_only_what_needs_a_receipt(
    qtbot, page, session, ids
):
    spend(session, ids, 3, 450, "First Bus", "transport")
    spend(session, ids, 2, 250, "Riverside Buses", "transport", no_receipt_reason="no ticket")
    page.refresh()
    page.focus_on(TransactionFilter(missing_receipts_only=True))
    assert shown_names(page) == ["First Bus"]
    assert page.focus_note.isVisible()
    click(qtbot, page.show_all)
    assert len(shown_names(page)) == 2
    statuses = money.rows(session, money.find(session, TransactionFilter()))
    assert {r.receipt_status for r in statuses.values()} == {
        ReceiptStatus.MISSING,
        ReceiptStatus.EXPLAINED,
    }


def test_with_no_accounts_the_page_sends_people_to_add_one(qtbot, vault):
    opened = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    try:
        shown = MoneyPage()
        qtbot.addWidget(shown)
        shown.show()
        shown.show_session(opened)
        assert "account first" in shown.empty.text()
        assert not shown.add_button.isEnabled()
        with qtbot.waitSignal(shown.navigate) as signal:
            click(qtbot, shown.add_account_button)
        assert signal.args == ["plan", None]
    finally:
        opened.close()
