"""The Money page, driven as a person would: mostly by keyboard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.ledger import ReceiptStatus, TransactionFilter, TransactionInput
from dpkeeper.services import money, receipts, vault_access
from dpkeeper.ui import file_prompts
from dpkeeper.ui.dialogs import transaction as transaction_dialog
from dpkeeper.ui.models.transactions import BALANCE, MONEY_OUT, RECEIPT, WHO
from dpkeeper.ui.pages import money as money_page
from dpkeeper.ui.pages.money import MoneyPage
from tests.conftest import PASSPHRASE
from tests.gui.conftest import WAIT_MS, click, type_into

TODAY = date.today()


def shown_page(qtbot, session) -> MoneyPage:
    page = MoneyPage()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitExposed(page):
        page.show()
    page.show_session(session)
    return page


@pytest.fixture
def page(qtbot, session, ids):
    return shown_page(qtbot, session)


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "ticket.jpg"
    Image.new("RGB", (900, 700), (230, 220, 200)).save(path)
    return path


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
    qtbot.waitUntil(page.dialog.amount.hasFocus, timeout=WAIT_MS)
    return page.dialog


def choose_by_keyboard(qtbot, combo, text):
    """Arrow down a closed drop-down list until it shows ``text``, as a keyboard user does."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def tab_to(qtbot, dialog, widget, limit=30):
    for _ in range(limit):
        if widget.hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def test_add_spending_with_a_receipt_using_only_the_keyboard(
    qtbot, page, session, photo, monkeypatch
):
    monkeypatch.setattr(file_prompts, "choose_receipt_files", lambda parent, start=None: [photo])

    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.amount, "£4.50")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Tab)
    assert dialog.who.hasFocus()
    qtbot.keyClicks(dialog.who, "First Bus")
    qtbot.keyClick(dialog.who, Qt.Key.Key_Tab)
    assert dialog.category.hasFocus()
    choose_by_keyboard(qtbot, dialog.category, "Transport")
    tab_to(qtbot, dialog, dialog.receipts.add_button)
    qtbot.keyClick(dialog.receipts.add_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(dialog.receipts.prepared) == 1, timeout=WAIT_MS)
    assert dialog.receipts.list.item(0).text() == "ticket.jpg"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Return means Save
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)

    assert shown_names(page) == ["First Bus"]
    assert cell(page, 0, MONEY_OUT) == "£4.50"
    assert cell(page, 0, RECEIPT) == "Receipt kept"
    saved = money.get(session, page.selected_id())
    assert (saved.amount, saved.category_name, saved.receipts) == (-450, "Transport", 1)
    assert receipts.for_transaction(session, saved.transaction_id)[0].original_name == "ticket.jpg"


def test_a_nonsense_amount_is_explained_beside_it_and_nothing_is_saved(qtbot, page, session):
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.amount, "four pounds")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Tab)
    assert "doesn't look like an amount" in dialog.amount_problem.text()
    assert dialog.amount_problem.isVisible()
    qtbot.keyClicks(dialog.who, "Cafe")
    qtbot.keyClick(dialog.who, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.amount.hasFocus()
    assert money.find(session, TransactionFilter()) == []

    type_into(qtbot, dialog.amount, "1,234.56")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Tab)
    assert not dialog.amount_problem.isVisible()
    dialog.reject()


def test_the_service_explains_what_is_missing_and_other_needs_a_note(qtbot, page, session):
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.amount, "12")
    click(qtbot, dialog.save_button)
    assert "who the money was paid to" in dialog.message.text()
    type_into(qtbot, dialog.who, "Corner shop")
    choose_by_keyboard(qtbot, dialog.category, "Other (say what)")
    click(qtbot, dialog.save_button)
    assert "add a note" in dialog.message.text()
    assert money.find(session, TransactionFilter()) == []
    type_into(qtbot, dialog.note, "batteries for the hoist remote")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    assert shown_names(page) == ["Corner shop"]


def test_a_payee_fills_in_the_category_it_had_last_time(qtbot, page, session, ids):
    spend(session, ids, 3, 450, "First Bus", "transport")
    page.refresh()
    dialog = open_dialog(qtbot, page)
    type_into(qtbot, dialog.who, "first bus")
    qtbot.keyClick(dialog.who, Qt.Key.Key_Tab)
    assert dialog.category.currentText() == "Transport"
    assert dialog.who.completer().model().stringList() == ["First Bus"]
    dialog.reject()


def test_a_category_chosen_first_is_not_replaced_by_the_payees(qtbot, page, session, ids):
    spend(session, ids, 3, 450, "First Bus", "transport")
    page.refresh()
    dialog = open_dialog(qtbot, page)
    choose_by_keyboard(qtbot, dialog.category, "Activities")
    type_into(qtbot, dialog.who, "First Bus")
    qtbot.keyClick(dialog.who, Qt.Key.Key_Tab)
    assert dialog.category.currentText() == "Activities"
    dialog.reject()


def test_money_in_lists_income_categories_and_hides_receipts(qtbot, page):
    dialog = open_dialog(qtbot, page)
    out_names = {dialog.category.itemText(i) for i in range(dialog.category.count())}
    assert "Transport" in out_names and "Council payment" not in out_names
    assert dialog.receipts.isVisible()
    dialog.money_in.setFocus()
    qtbot.keyClick(dialog.money_in, Qt.Key.Key_Space)
    in_names = {dialog.category.itemText(i) for i in range(dialog.category.count())}
    assert "Council payment" in in_names and "Transport" not in in_names
    assert not dialog.receipts.isVisible() and not dialog.reason.isVisible()
    dialog.reject()


def test_a_new_category_can_be_added_from_the_form(qtbot, page, session, monkeypatch):
    monkeypatch.setattr(transaction_dialog, "ask_category_name", lambda parent: "Gym pass")
    dialog = open_dialog(qtbot, page)
    click(qtbot, dialog.new_category)
    assert dialog.category.currentText() == "Gym pass"
    click(qtbot, dialog.new_category)  # the same name again is refused kindly
    assert "already a category called" in dialog.message.text()
    dialog.reject()
    assert page.category.findText("Gym pass") < 0  # the filter list is read on refresh
    page.refresh()
    assert page.category.findText("Gym pass") > 0


def test_a_receipt_dropped_on_the_form_is_attached(qtbot, page, session, photo):
    dialog = open_dialog(qtbot, page)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    where = QPointF(dialog.rect().center())
    args = (where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton)
    enter = QDragEnterEvent(*args, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(dialog, QDropEvent(*args, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: len(dialog.receipts.prepared) == 1, timeout=WAIT_MS)
    dialog.receipts.list.setCurrentRow(0)
    click(qtbot, dialog.receipts.remove_button)
    assert dialog.receipts.list.count() == 0 and dialog.receipts.prepared == []
    dialog.reject()


def test_a_receipt_that_cannot_be_kept_leaves_the_payment_saved(
    qtbot, page, session, photo, monkeypatch
):
    monkeypatch.setattr(file_prompts, "choose_receipt_files", lambda parent, start=None: [photo])

    def vault_full(*args, **kwargs):
        raise InvalidInput("There is no room left on this disk.")

    monkeypatch.setattr(receipts, "store", vault_full)
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.amount, "18")
    type_into(qtbot, dialog.who, "Riverside Arts Centre")
    click(qtbot, dialog.receipts.add_button)
    qtbot.waitUntil(lambda: len(dialog.receipts.prepared) == 1, timeout=WAIT_MS)
    click(qtbot, dialog.save_button)

    assert dialog.isVisible()
    assert "The payment is saved, but a receipt could not be kept" in dialog.message.text()
    assert "no room left" in dialog.message.text()
    assert len(money.find(session, TransactionFilter())) == 1
    monkeypatch.undo()
    click(qtbot, dialog.save_button)  # saving again changes the same payment
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    assert shown_names(page) == ["Riverside Arts Centre"]
    assert cell(page, 0, RECEIPT) == "Receipt kept"


def test_filter_by_category_and_search_by_words(qtbot, page, session, ids):
    spend(session, ids, 3, 450, "First Bus", "transport")
    spend(session, ids, 2, 1800, "Riverside Arts Centre", "activities", note="pottery class")
    page.refresh()
    assert sorted(shown_names(page)) == ["First Bus", "Riverside Arts Centre"]

    choose_by_keyboard(qtbot, page.category, "Transport")
    assert shown_names(page) == ["First Bus"]
    assert "money out £4.50" in page.totals.text()

    choose_by_keyboard(qtbot, page.category, "All categories")
    type_into(qtbot, page.search, "POTTERY")
    assert len(shown_names(page)) == 2  # it waits for a pause in typing
    qtbot.waitUntil(lambda: shown_names(page) == ["Riverside Arts Centre"], timeout=WAIT_MS)
    type_into(qtbot, page.search, "4.50")
    qtbot.waitUntil(lambda: shown_names(page) == ["First Bus"], timeout=WAIT_MS)
    type_into(qtbot, page.search, "nobody by this name")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)
    assert "No payments match" in page.empty.text()


def test_the_period_filter_hides_older_payments(qtbot, page, session, ids):
    spend(session, ids, 1, 450, "First Bus", "transport")
    spend(session, ids, 200, 1800, "Riverside Arts Centre", "activities")
    page.refresh()
    choose_by_keyboard(qtbot, page.period, "Last 3 months")
    assert shown_names(page) == ["First Bus"]
    choose_by_keyboard(qtbot, page.period, "Choose dates…")
    assert page.start.isVisible()
    page.start.set_value(TODAY - timedelta(days=210))
    page.end.set_value(TODAY - timedelta(days=190))
    assert shown_names(page) == ["Riverside Arts Centre"]


def test_clicking_a_column_heading_sorts_by_it(qtbot, page, session, ids):
    spend(session, ids, 3, 450, "First Bus", "transport")
    spend(session, ids, 2, 1800, "Riverside Arts Centre", "activities")
    spend(session, ids, 1, 2500, "Bridge Street Cafe", "activities")
    page.refresh()
    assert shown_names(page) == ["Bridge Street Cafe", "Riverside Arts Centre", "First Bus"]
    header = page.table.horizontalHeader()

    def click_heading(column):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click_heading(WHO)
    assert shown_names(page) == ["Bridge Street Cafe", "First Bus", "Riverside Arts Centre"]
    click_heading(MONEY_OUT)
    assert [cell(page, row, MONEY_OUT) for row in range(3)] == ["£4.50", "£18.00", "£25.00"]
    click_heading(MONEY_OUT)
    assert [cell(page, row, MONEY_OUT) for row in range(3)] == ["£25.00", "£18.00", "£4.50"]
    sorted_by = page.model.sorted_by
    click_heading(RECEIPT)  # not a column to sort by: nothing moves
    assert page.model.sorted_by == sorted_by
    assert header.sortIndicatorSection() == sorted_by[0]


def test_enter_edits_the_selected_payment(qtbot, page, session, ids):
    row_id = spend(session, ids, 3, 450, "First Bus", "transport")
    page.refresh()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=WAIT_MS)
    dialog = page.dialog
    assert dialog.amount.text() == "4.50" and dialog.who.text() == "First Bus"
    assert dialog.category.currentText() == "Transport"
    qtbot.waitUntil(dialog.amount.hasFocus, timeout=WAIT_MS)
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "5.20")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    assert money.get(session, row_id).amount == -520
    assert cell(page, 0, MONEY_OUT) == "£5.20"
    assert page.selected_id() == row_id
    assert page.window().focusWidget() is page.table  # ready for the next key


def test_delete_asks_first_and_show_deleted_brings_it_back(qtbot, page, session, ids, monkeypatch):
    older = spend(session, ids, 4, 250, "Riverside Buses", "transport")
    row_id = spend(session, ids, 3, 450, "First Bus", "transport")
    page.refresh()
    asked = []
    monkeypatch.setattr(
        money_page, "confirm", lambda parent, title, text: asked.append(text) or False
    )
    page.table.setFocus()
    assert page.selected_id() == row_id
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked and "First Bus" in asked[0] and "Show deleted" in asked[0]
    assert shown_names(page) == ["First Bus", "Riverside Buses"]  # said no: nothing changed

    monkeypatch.setattr(money_page, "confirm", lambda parent, title, text: True)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert shown_names(page) == ["Riverside Buses"]
    assert page.selected_id() == older  # the next row is selected, ready for the next step
    assert "Show deleted" in page.message.text()

    page.show_deleted.setFocus()
    qtbot.keyClick(page.show_deleted, Qt.Key.Key_Space)
    assert shown_names(page) == ["First Bus"]
    assert page.restore_button.isVisible() and not page.delete_button.isVisible()
    click(qtbot, page.restore_button)
    assert shown_names(page) == []
    assert "no deleted payments" in page.empty.text()
    qtbot.keyClick(page.show_deleted, Qt.Key.Key_Space)
    assert shown_names(page) == ["First Bus", "Riverside Buses"]
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


def test_running_balances_show_for_one_account_at_a_time(qtbot, page, session, ids):
    spend(session, ids, 3, 450, "First Bus", "transport")
    page.refresh()
    assert page.account.isVisible()
    assert page.table.isColumnHidden(BALANCE)  # two accounts mixed together
    choose_by_keyboard(qtbot, page.account, "Direct payment account")
    assert not page.table.isColumnHidden(BALANCE)
    assert cell(page, 0, BALANCE) == "£1,495.50"


def test_the_missing_receipts_view_from_home_shows_only_what_needs_a_receipt(
    qtbot, page, session, ids
):
    spend(session, ids, 3, 450, "First Bus", "transport")
    spend(session, ids, 2, 250, "Riverside Buses", "transport", no_receipt_reason="no ticket")
    page.refresh()
    page.focus_on(TransactionFilter(missing_receipts_only=True))
    assert shown_names(page) == ["First Bus"]
    assert page.focus_note.isVisible()
    assert "needs a receipt" in page.focus_note.text()
    click(qtbot, page.show_all)
    assert len(shown_names(page)) == 2
    assert not page.focus_note.isVisible()
    statuses = money.rows(session, money.find(session, TransactionFilter()))
    assert {r.receipt_status for r in statuses.values()} == {
        ReceiptStatus.MISSING,
        ReceiptStatus.EXPLAINED,
    }


def test_with_no_payments_yet_the_page_says_how_to_add_one(qtbot, page):
    assert "Ctrl+N" in page.empty.text()
    assert not page.add_account_button.isVisible()
    assert page.add_button.isEnabled()


def test_with_no_accounts_the_page_sends_people_to_add_one(qtbot, vault):
    opened = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    try:
        shown = shown_page(qtbot, opened)
        assert "account first" in shown.empty.text()
        assert not shown.add_button.isEnabled()
        with qtbot.waitSignal(shown.navigate) as signal:
            click(qtbot, shown.add_account_button)
        assert signal.args == ["plan", None]
    finally:
        opened.close()


def test_ctrl_z_undoes_a_delete_and_ctrl_h_shows_the_history(
    qtbot, page, session, ids, monkeypatch
):
    monkeypatch.setattr(money_page, "confirm", lambda parent, title, text: True)
    payment = money.record(
        session,
        TransactionInput(date(2026, 6, 3), -450, ids["bank"], "First Bus", ids["transport"]),
    )
    page.refresh()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert "Undone: deleted -£4.50 First Bus" in page.message.text()

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    lines = [page.dialog.list.item(n).text() for n in range(page.dialog.list.count())]
    assert [line.split(": ")[1].split(" ")[0] for line in lines] == ["added", "deleted", "undid"]
    assert "deleted yes → no" in lines[-1]
    page.dialog.reject()
    assert not money.get(session, payment).deleted


def test_a_payment_added_between_older_ones_shows_in_its_place_with_totals_and_balances(
    qtbot, page, session, ids
):
    spend(session, ids, 9, 450, "First Bus", "transport")
    spend(session, ids, 1, 250, "Riverside Buses", "transport")
    page.refresh()
    choose_by_keyboard(qtbot, page.account, "Direct payment account")
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.amount, "12.00")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.who, "Corner Shop")
    dialog.when.set_value(TODAY - timedelta(days=5))
    qtbot.keyClick(dialog.who, Qt.Key.Key_Return)  # Return means Save
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)

    assert shown_names(page) == ["Riverside Buses", "Corner Shop", "First Bus"]
    assert page.model.ids == money.find(session, page.current_filter())
    assert cell(page, page.table.currentIndex().row(), WHO) == "Corner Shop"
    shown = [cell(page, row, BALANCE) for row in range(3)]
    assert shown == ["£1,481.00", "£1,483.50", "£1,495.50"]
    assert "money out £19.00" in page.totals.text()
    assert money.totals(session, page.current_filter()) == (0, 1900)
