"""The Money page: every payment in and out, with filters, search, and add / change / delete."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.access import Action
from dpkeeper.domain.errors import UserError
from dpkeeper.domain.ledger import SortBy, TransactionFilter
from dpkeeper.domain.money import format_pence
from dpkeeper.services import history, money
from dpkeeper.services.session import Session
from dpkeeper.ui import display, roles, theme
from dpkeeper.ui.dialogs.bank_import import ImportDialog
from dpkeeper.ui.dialogs.history import HistoryDialog
from dpkeeper.ui.dialogs.transaction import TransactionDialog
from dpkeeper.ui.dialogs.transfer import TransferDialog
from dpkeeper.ui.messages import user_message
from dpkeeper.ui.models.transactions import BALANCE, TransactionsModel
from dpkeeper.ui.widgets.flow_layout import FlowLayout
from dpkeeper.ui.widgets.money_filters import MoneyFilters
from dpkeeper.ui.widgets.transactions_table import TransactionsTable

_ACCEPT = QMessageBox.ButtonRole.AcceptRole
_REJECT = QMessageBox.ButtonRole.RejectRole


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before deleting (tests answer it by replacing this function)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("confirmDelete")
    delete = box.addButton(QCoreApplication.translate("MoneyPage", "Delete"), _ACCEPT)
    box.addButton(QCoreApplication.translate("MoneyPage", "Keep it"), _REJECT)
    box.setDefaultButton(delete)
    box.exec()
    return box.clickedButton() is delete


class MoneyPage(QWidget):
    navigate = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.dialog: QWidget | None = None
        self._missing_only = False
        self._keep_id: int | None = None  # the payment to select again after the table reloads
        self._totals: tuple[int, int] = (0, 0)  # money in and out shown, in pence

        self.add_button = theme.name(
            QPushButton(self.tr("&Add money in or out")), "addTransaction", self.tr("Add (Ctrl+N)")
        )
        self.add_button.setToolTip(self.tr("Add money in or out (Ctrl+N)"))
        self.transfer_button = theme.name(
            QPushButton(self.tr("&Transfer between accounts…")),
            "transferButton",
            self.tr("Transfer between accounts"),
        )
        self.transfer_button.setEnabled(False)  # until there are two accounts
        self.import_button = theme.name(
            QPushButton(self.tr("&Import bank statement…")),
            "importStatement",
            self.tr("Import bank statement (Ctrl+I)"),
        )
        self.import_button.setToolTip(
            self.tr("Import a CSV, OFX or QIF file from your bank (Ctrl+I)")
        )
        self.edit_button = theme.name(
            QPushButton(self.tr("&Change")), "editTransaction", self.tr("Change (Enter)")
        )
        self.delete_button = theme.name(
            QPushButton(self.tr("&Delete")), "deleteTransaction", self.tr("Delete (Delete key)")
        )
        self.undo_button = theme.name(
            QPushButton(self.tr("&Undo")), "undoChange", self.tr("Undo the last change (Ctrl+Z)")
        )
        self.undo_button.setToolTip(self.tr("Undo the last change you made (Ctrl+Z)"))
        self.history_button = theme.name(
            QPushButton(self.tr("&History…")), "paymentHistory", self.tr("History (Ctrl+H)")
        )
        self.history_button.setToolTip(self.tr("Who changed this payment, and how (Ctrl+H)"))
        self.restore_button = theme.name(
            QPushButton(self.tr("&Restore")), "restoreTransaction", self.tr("Restore")
        )
        self.show_deleted = theme.name(
            QCheckBox(self.tr("Show deleted")), "showDeleted", self.tr("Show deleted payments")
        )

        self.filters = MoneyFilters()
        bar = self.filters  # its parts, by the names tests and the rest of the page use
        self.period, self.start, self.end = bar.period, bar.start, bar.end
        self.category, self.account, self.search = bar.category, bar.account, bar.search
        self.focus_note = theme.name(QLabel(), "focusNote", self.tr("What is shown"))
        self.show_all = theme.name(
            QPushButton(self.tr("Show all payments")),
            "showEverything",
            self.tr("Show all payments"),
        )
        self.totals = theme.name(QLabel(), "moneyTotals", self.tr("Totals"))
        self.message = theme.name(QLabel(), "moneyMessage", self.tr("Message"))
        self.message.setWordWrap(True)

        self.model = TransactionsModel(self)
        self.table = TransactionsTable(self.model)
        self.empty = theme.paragraph("")
        self.empty.setObjectName("moneyEmpty")
        self.add_account_button = theme.name(
            QPushButton(self.tr("Go to Plan and accounts")),
            "goToAccounts",
            self.tr("Add an account"),
        )
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self._make_empty_page())

        actions = FlowLayout()  # wraps onto two lines with large text
        for widget in (
            self.add_button,
            self.import_button,
            self.transfer_button,
            self.edit_button,
            self.delete_button,
            self.undo_button,
            self.history_button,
        ):
            actions.addWidget(widget)
        actions.stretch()
        actions.addWidget(self.show_deleted)
        actions.addWidget(self.restore_button)
        note_row = QHBoxLayout()
        note_row.addWidget(self.focus_note)
        note_row.addWidget(self.show_all)
        note_row.addStretch()
        note_row.addWidget(self.totals)

        layout = QVBoxLayout(self)
        layout.addWidget(theme.heading(self.tr("Money")))
        layout.addLayout(actions)
        layout.addWidget(self.filters)
        layout.addLayout(note_row)
        layout.addWidget(self.message)
        layout.addWidget(self.body, 1)

        self.filters.changed.connect(self.reload)
        self.show_deleted.toggled.connect(self.reload)
        self.show_all.clicked.connect(self._remove_focus)
        self.add_button.clicked.connect(self.add)
        self.transfer_button.clicked.connect(self.add_transfer)
        self.import_button.clicked.connect(self.import_statement)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.restore_button.clicked.connect(self.restore)
        self.undo_button.clicked.connect(self.undo)
        self.history_button.clicked.connect(self.show_history)
        self.add_account_button.clicked.connect(lambda: self.navigate.emit("plan", None))
        self.table.doubleClicked.connect(self.edit)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)

        self._shortcut(QKeySequence.StandardKey.New, self.add, self, "newAction")
        self._shortcut(QKeySequence("Ctrl+I"), self.import_statement, self, "importAction")
        self._shortcut(QKeySequence(Qt.Key.Key_Return), self.edit, self.table, "editAction")
        self._shortcut(QKeySequence(Qt.Key.Key_Enter), self.edit, self.table, "editEnterAction")
        self._shortcut(QKeySequence.StandardKey.Delete, self.delete, self.table, "deleteAction")
        self._shortcut(QKeySequence.StandardKey.Undo, self.undo, self, "undoAction")
        self._shortcut(QKeySequence("Ctrl+H"), self.show_history, self, "historyAction")
        self.message.hide()
        self._update_buttons()

    def _make_empty_page(self) -> QWidget:
        """What shows instead of an empty table: a sentence, and a button when one helps."""
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty)
        button_row = QHBoxLayout()
        button_row.addStretch()
        button_row.addWidget(self.add_account_button)
        button_row.addStretch()
        layout.addLayout(button_row)
        layout.addStretch(2)
        return page

    def _shortcut(self, keys, slot, owner: QWidget, name: str) -> None:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        owner.addAction(action)

    # Workspace protocol ------------------------------------------------------------------------

    def show_session(self, session: Session) -> None:
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Read everything again: another page may have changed the records."""
        if self.session is None or not self.session.is_open:
            return
        self._fill_filters()
        self.reload(data_changed=True)

    def focus_on(self, argument: object) -> None:
        """Show what another page asked for, e.g. Home's "spending that needs a receipt"."""
        if not isinstance(argument, TransactionFilter):
            return
        self._missing_only = argument.missing_receipts_only
        with QSignalBlocker(self.show_deleted):
            self.show_deleted.setChecked(False)
        self.filters.show_filter(argument, money.EARLIEST_DATE, date.today())
        self.table.setFocus()

    # Filters -----------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        accounts = money.accounts(self.session)
        self.filters.fill(money.categories(self.session), accounts)
        roles.allow(self.transfer_button, self.session, Action.RECORD_MONEY, len(accounts) > 1)

    def _remove_focus(self) -> None:
        self._missing_only = False
        self.reload()
        self.table.setFocus()

    def current_filter(self) -> TransactionFilter:
        return replace(
            self.filters.narrow(self.model.query, date.today()),
            missing_receipts_only=self._missing_only,
            deleted=self.show_deleted.isChecked(),
        )

    def reload(self, keep: int | None = None, data_changed: bool = False) -> None:
        """Re-read the table for the current filter; keep the same payment selected if possible.

        ``data_changed`` says the records themselves changed, so running balances are read again.
        """
        if self.session is None or not self.session.is_open:
            return
        self._keep_id = keep
        query = self.current_filter()
        self.model.load(self.session, query, data_changed)
        # A running balance belongs to one account: with several shown together it would jump.
        mixed = self.filters.several_accounts and query.account_id is None
        self.table.setColumnHidden(BALANCE, mixed or query.deleted)
        self._show_totals(*money.totals(self.session, query))
        self.focus_note.setText(self.tr("Showing spending that needs a receipt."))
        self.focus_note.setVisible(self._missing_only)
        self.show_all.setVisible(self._missing_only)
        self._show_empty_state(query)
        self._update_buttons()

    def _show_totals(self, money_in: int, money_out: int) -> None:
        self._totals = (money_in, money_out)
        self.totals.setText(
            self.tr("Shown: money in %1, money out %2")
            .replace("%1", format_pence(money_in))
            .replace("%2", format_pence(money_out))
        )
        self.totals.setAccessibleName(self.totals.text())

    def _show_added(self, transaction_id: int) -> bool:
        """Put a payment just recorded into the table without reading every row again (quick
        with years of records). False if the table must be read again instead."""
        if self.model.row_of(transaction_id) is not None:
            return False  # not new: it was changed
        row = self.model.add_row(transaction_id)
        if row is None:
            return False
        added = self.model.transaction(row)
        if added is not None and not added.is_transfer:
            money_in, money_out = self._totals
            if added.amount > 0:
                money_in += added.amount
            else:
                money_out -= added.amount
            self._show_totals(money_in, money_out)
        self._show_empty_state(self.model.query)
        self._select_row(row)
        return True

    def _remember_selection(self) -> None:
        if self._keep_id is None:
            self._keep_id = self.selected_id()

    def _restore_selection(self) -> None:
        row = self.model.row_of(self._keep_id) if self._keep_id is not None else None
        self._keep_id = None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self._select_row(row)

    def _show_empty_state(self, query: TransactionFilter) -> None:
        no_accounts = not money.accounts(self.session)
        if no_accounts:
            text = self.tr(
                "Add your direct payment account first. Then you can record money in and out here."
            )
        elif self.model.rowCount():
            self.body.setCurrentWidget(self.table)
            return
        elif query.deleted:
            text = self.tr("There are no deleted payments.")
        elif query.missing_receipts_only:
            text = self.tr("Every payment shown has a receipt, or a reason why not. Well done.")
        elif replace(query, sort_by=SortBy.DATE, newest_first=True) == TransactionFilter():
            text = self.tr(
                "Nothing recorded yet. Press “Add money in or out” (Ctrl+N) to record your "
                "first payment."
            )
        else:
            text = self.tr("No payments match. Try another period, or clear the search.")
        self.empty.setText(text)
        self.empty.setAccessibleName(text)
        self.add_account_button.setVisible(no_accounts and self.session.can(Action.PLAN))
        self.body.setCurrentIndex(1)

    def _update_buttons(self) -> None:
        deleted_view = self.show_deleted.isChecked()
        has_row = self.selected_id() is not None
        has_accounts = (
            self.session is not None and self.session.is_open and self.account.count() > 1
        )
        session = self.session
        roles.allow(self.add_button, session, Action.RECORD_MONEY, has_accounts)
        roles.allow(self.import_button, session, Action.IMPORT, has_accounts)
        self.edit_button.setVisible(not deleted_view)
        self.delete_button.setVisible(not deleted_view)
        self.restore_button.setVisible(deleted_view)
        roles.allow(self.edit_button, session, Action.CHANGE_MONEY, has_row)
        self.history_button.setEnabled(has_row)
        roles.allow(self.delete_button, session, Action.DELETE, has_row)
        roles.allow(self.restore_button, session, Action.DELETE, has_row)
        roles.allow(self.undo_button, session, Action.UNDO)

    # Actions -----------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        return self.table.selected_id()

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog) -> None:
        saved = dialog.saved_id
        added = isinstance(dialog, TransactionDialog) and saved is not None
        if saved is not None and not (added and self._show_added(saved)):
            self.reload(keep=saved, data_changed=True)
        self.dialog = None
        dialog.deleteLater()
        self.table.setFocus()

    def add(self) -> None:
        if self.session is None or not self.add_button.isEnabled() or self.dialog is not None:
            return
        self._say("")
        dialog = TransactionDialog(self.session, parent=self)
        dialog.prefill(account_id=self.account.currentData())
        self._open(dialog)

    def undo(self) -> None:
        """Undo the newest change made since the vault was unlocked."""
        if self.session is None or self.dialog is not None:
            return
        try:
            undone = history.undo(self.session)
        except UserError as error:
            self._say(user_message(error), "error")
            return
        self._say(
            self.tr("Undone: %1. Press Ctrl+Z again to undo the change before it.").replace(
                "%1", history.undo_words(undone)
            ),
            "success",
        )
        self.reload(keep=undone.record_id, data_changed=True)

    def show_history(self) -> None:
        row = self.selected_id()
        if self.session is None or row is None or self.dialog is not None:
            return
        lines = [history.describe(entry) for entry in history.for_payment(self.session, row)]
        dialog = HistoryDialog(
            self.tr("History of this payment"),
            self.tr("Every change to this payment, oldest first, with who made it."),
            lines,
            parent=self,
        )
        self._open(dialog)

    def import_statement(self) -> None:
        if self.session is None or not self.import_button.isEnabled() or self.dialog is not None:
            return
        self._say("")
        dialog = ImportDialog(self.session, self.account.currentData(), parent=self)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._import_closed(dialog))
        dialog.open()

    def _import_closed(self, dialog: ImportDialog) -> None:
        self.dialog = None
        dialog.deleteLater()
        if dialog.imported is not None:
            self.reload(data_changed=True)
        self.window().activateWindow()  # the progress window may have been the last active one
        self.table.setFocus()

    def add_transfer(self) -> None:
        if self.session is None or not self.transfer_button.isEnabled() or self.dialog is not None:
            return
        self._say("")
        self._open(TransferDialog(self.session, parent=self))

    def edit(self) -> None:
        row = self.table.selected_row()
        if row is None or self.show_deleted.isChecked() or self.dialog is not None:
            return
        if self._refused(Action.CHANGE_MONEY):
            return
        if row.is_transfer:
            self._say(
                self.tr(
                    "This is a transfer between your accounts. To change it, delete it and "
                    "add it again."
                )
            )
            return
        self._say("")
        self._open(TransactionDialog(self.session, row, parent=self))

    def delete(self) -> None:
        row = self.table.selected_row()
        if row is None or self.show_deleted.isChecked() or self.dialog is not None:
            return
        if self._refused(Action.DELETE):  # the Delete key works even when the button is off
            return
        template = (
            self.tr("Delete the %1 received from %2 on %3?")
            if row.amount > 0
            else self.tr("Delete the %1 paid to %2 on %3?")
        )
        question = (
            template.replace("%1", format_pence(abs(row.amount)))
            .replace("%2", row.who)
            .replace("%3", display.day(row.when))
            + " "
            + self.tr("You can get it back later with “Show deleted”.")
        )
        if confirm(self, self.tr("Delete this payment?"), question):
            self._act(
                lambda: money.delete(self.session, row.transaction_id),
                self.tr("Deleted. Tick “Show deleted” to get it back."),
            )

    def restore(self) -> None:
        transaction_id = self.selected_id()
        if transaction_id is not None:
            self._act(
                lambda: money.restore(self.session, transaction_id),
                self.tr("Restored. It is back in your records."),
            )

    def _act(self, action, done: str) -> None:
        """Delete or restore, then show the row that took its place."""
        position = self.table.currentIndex().row()
        try:
            action()
        except UserError as error:
            self._say(user_message(error), "error")
            return
        self.reload(data_changed=True)
        if self.model.rowCount():
            self._select_row(min(position, self.model.rowCount() - 1))
        self._say(done)
        self.table.setFocus()

    def _refused(self, action: Action) -> bool:
        """Say plainly who can do this when the signed-in person's role cannot."""
        why = roles.refusal(self.session, action)
        if why:
            self._say(why, "error")
        return bool(why)

    def _select_row(self, row: int) -> None:
        self.table.select_row(row)
        self._update_buttons()

    def _say(self, text: str, role: str = "") -> None:
        theme.set_role(self.message, role)
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))
