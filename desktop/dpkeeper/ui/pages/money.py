"""The Money page: every payment in and out, with filters, search, and add / change / delete."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.errors import UserError
from dpkeeper.domain.ledger import TransactionFilter
from dpkeeper.domain.money import format_pence
from dpkeeper.domain.periods import PERIODS, Period, dates_for
from dpkeeper.services import money
from dpkeeper.services.session import Session
from dpkeeper.ui import display, theme
from dpkeeper.ui.dialogs.transaction import TransactionDialog
from dpkeeper.ui.dialogs.transfer import TransferDialog
from dpkeeper.ui.messages import translated, user_message
from dpkeeper.ui.models.transactions import (
    BALANCE,
    CATEGORY,
    DATE,
    ID_ROLE,
    MONEY_IN,
    MONEY_OUT,
    RECEIPT,
    WHO,
    TransactionsModel,
)
from dpkeeper.ui.widgets.date_field import DateField

SEARCH_DELAY_MS = 200


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question (tests answer it by replacing this function)."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class MoneyPage(QWidget):
    navigate = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.dialog: QWidget | None = None
        self._missing_only = False

        self.add_button = theme.name(
            QPushButton(self.tr("&Add money in or out")), "addTransaction", self.tr("Add (Ctrl+N)")
        )
        self.add_button.setToolTip(self.tr("Add money in or out (Ctrl+N)"))
        self.transfer_button = theme.name(
            QPushButton(self.tr("&Transfer…")),
            "transferButton",
            self.tr("Transfer between accounts"),
        )
        self.edit_button = theme.name(
            QPushButton(self.tr("&Change")), "editTransaction", self.tr("Change (Enter)")
        )
        self.delete_button = theme.name(
            QPushButton(self.tr("&Delete")), "deleteTransaction", self.tr("Delete (Delete key)")
        )
        self.restore_button = theme.name(
            QPushButton(self.tr("&Restore")), "restoreTransaction", self.tr("Restore")
        )
        self.show_deleted = theme.name(
            QCheckBox(self.tr("Show deleted")), "showDeleted", self.tr("Show deleted payments")
        )

        self.period = theme.name(QComboBox(), "periodFilter", self.tr("Period"))
        for period in Period:
            self.period.addItem(translated(PERIODS, period.label), period.value)
        self.start = theme.name(DateField(), "periodFrom", self.tr("From"))
        self.end = theme.name(DateField(), "periodTo", self.tr("To"))
        self.category = theme.name(QComboBox(), "categoryFilter", self.tr("Category"))
        self.account = theme.name(QComboBox(), "accountFilter", self.tr("Account"))
        self.search = theme.name(QLineEdit(), "searchField", self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search names, notes or amounts"))
        self.search.setClearButtonEnabled(True)
        self.focus_note = theme.name(QLabel(), "focusNote", self.tr("What is shown"))
        self.show_all = theme.name(
            QPushButton(self.tr("Show everything")), "showEverything", self.tr("Show everything")
        )
        self.totals = theme.name(QLabel(), "moneyTotals", self.tr("Totals"))
        self.message = theme.name(QLabel(), "moneyMessage", self.tr("Message"))
        self.message.setWordWrap(True)

        self.model = TransactionsModel(self)
        self.table = theme.name(QTableView(), "transactionsTable", self.tr("Payments in and out"))
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        samples = {
            DATE: "28 Sep 2026",
            CATEGORY: "Respite and short breaks",
            MONEY_IN: "£10,000.00",
            MONEY_OUT: "£10,000.00",
            BALANCE: "-£10,000.00",
            RECEIPT: self.tr("No receipt (reason given)"),
        }
        for column, sample in samples.items():
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)

        self.empty = theme.paragraph("")
        self.empty.setObjectName("moneyEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_account_button = theme.name(
            QPushButton(self.tr("Go to Plan and accounts")),
            "goToAccounts",
            self.tr("Add an account"),
        )
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch()
        empty_layout.addWidget(self.empty)
        empty_layout.addLayout(theme.left(self.add_account_button))
        empty_layout.addStretch()
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(empty_page)

        actions = QHBoxLayout()
        for widget in (self.add_button, self.transfer_button, self.edit_button, self.delete_button):
            actions.addWidget(widget)
        actions.addStretch()
        actions.addWidget(self.show_deleted)
        actions.addWidget(self.restore_button)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("&Period:"), self.period),
            (self.tr("F&rom:"), self.start),
            (self.tr("T&o:"), self.end),
            (self.tr("Cate&gory:"), self.category),
            (self.tr("Acco&unt:"), self.account),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
            if widget in (self.start, self.end):
                widget.setProperty("caption", caption)
        filters.addWidget(self.search, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.focus_note)
        note_row.addWidget(self.show_all)
        note_row.addStretch()
        note_row.addWidget(self.totals)

        layout = QVBoxLayout(self)
        layout.addWidget(theme.heading(self.tr("Money")))
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addLayout(note_row)
        layout.addWidget(self.message)
        layout.addWidget(self.body, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start.dateChanged.connect(self.reload)
        self.end.dateChanged.connect(self.reload)
        self.category.activated.connect(self.reload)
        self.account.activated.connect(self.reload)
        self.show_deleted.toggled.connect(self.reload)
        self.show_all.clicked.connect(self._show_everything)
        self.add_button.clicked.connect(self.add)
        self.transfer_button.clicked.connect(self.add_transfer)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.restore_button.clicked.connect(self.restore)
        self.add_account_button.clicked.connect(lambda: self.navigate.emit("plan", None))
        self.table.doubleClicked.connect(self.edit)

        self._shortcut(QKeySequence.StandardKey.New, self.add, self, "newAction")
        self._shortcut(QKeySequence(Qt.Key.Key_Return), self.edit, self.table, "editAction")
        self._shortcut(QKeySequence(Qt.Key.Key_Enter), self.edit, self.table, "editEnterAction")
        self._shortcut(QKeySequence.StandardKey.Delete, self.delete, self.table, "deleteAction")
        self._period_changed()
        self._update_buttons()

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
        if self.session is None or not self.session.is_open:
            return
        self._fill_filters()
        self.reload()

    def focus_on(self, argument: object) -> None:
        if isinstance(argument, TransactionFilter) and argument.missing_receipts_only:
            self._missing_only = True
            self.period.setCurrentIndex(self.period.findData(Period.ALL.value))
            self.reload()
            self.table.setFocus()

    # Filters -----------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        chosen_category = self.category.currentData()
        chosen_account = self.account.currentData()
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for category in money.categories(self.session):
            self.category.addItem(display.category_name(category), category.category_id)
        self.category.setCurrentIndex(max(self.category.findData(chosen_category), 0))
        accounts = money.accounts(self.session)
        self.account.clear()
        self.account.addItem(self.tr("All accounts"), None)
        for account in accounts:
            self.account.addItem(account.name, account.account_id)
        self.account.setCurrentIndex(max(self.account.findData(chosen_account), 0))
        self.account.setEnabled(len(accounts) > 1)
        self.transfer_button.setEnabled(len(accounts) > 1)

    def _period_changed(self) -> None:
        custom = self.period.currentData() == Period.CUSTOM.value
        for field in (self.start, self.end):
            field.setVisible(custom)
            field.property("caption").setVisible(custom)
        self.reload()

    def _show_everything(self) -> None:
        self._missing_only = False
        self.search.clear()
        self.category.setCurrentIndex(0)
        self.account.setCurrentIndex(0)
        self.period.setCurrentIndex(self.period.findData(Period.ALL.value))
        self.reload()

    def current_filter(self) -> TransactionFilter:
        period = Period(self.period.currentData())
        if period is Period.CUSTOM:
            start, end = self.start.value(), self.end.value()
        else:
            start, end = dates_for(period, date.today())
        return replace(
            self.model.query,
            start=start,
            end=end,
            category_id=self.category.currentData(),
            account_id=self.account.currentData(),
            text=self.search.text(),
            missing_receipts_only=self._missing_only,
            deleted=self.show_deleted.isChecked(),
        )

    def reload(self, keep: int | None = None) -> None:
        """Re-read the table for the current filter; keep the same payment selected if possible."""
        if self.session is None or not self.session.is_open:
            return
        selected = keep if keep is not None else self.selected_id()
        query = self.current_filter()
        self.model.load(self.session, query)
        money_in, money_out = money.totals(self.session, query)
        self.totals.setText(
            self.tr("Shown: money in %1, money out %2")
            .replace("%1", format_pence(money_in))
            .replace("%2", format_pence(money_out))
        )
        self.totals.setAccessibleName(self.totals.text())
        self.focus_note.setText(
            self.tr("Showing spending that needs a receipt or a reason.")
            if self._missing_only
            else ""
        )
        self.focus_note.setVisible(self._missing_only)
        self.show_all.setVisible(self._missing_only)
        self._show_empty_state()
        row = self.model.row_of(selected) if selected is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()

    def _show_empty_state(self) -> None:
        no_accounts = not money.accounts(self.session)
        if no_accounts:
            self.empty.setText(
                self.tr(
                    "Add your direct payment account first. Then you can record money in and "
                    "out here."
                )
            )
        elif not self.model.rowCount() and self.current_filter() == TransactionFilter():
            self.empty.setText(
                self.tr(
                    "Nothing recorded yet. Press “Add money in or out” (Ctrl+N) to record your "
                    "first payment."
                )
            )
        else:
            self.body.setCurrentWidget(self.table)
            return
        self.empty.setAccessibleName(self.empty.text())
        self.add_account_button.setVisible(no_accounts)
        self.body.setCurrentIndex(1)

    def _update_buttons(self) -> None:
        deleted_view = self.show_deleted.isChecked()
        has_row = self.selected_id() is not None
        has_accounts = (
            self.session is not None and self.session.is_open and self.account.count() > 1
        )
        self.add_button.setEnabled(has_accounts)
        self.edit_button.setVisible(not deleted_view)
        self.delete_button.setVisible(not deleted_view)
        self.restore_button.setVisible(deleted_view)
        self.edit_button.setEnabled(has_row)
        self.delete_button.setEnabled(has_row)
        self.restore_button.setEnabled(has_row)

    # Actions -----------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog) -> None:
        if dialog.saved_id is not None:
            self.reload(keep=dialog.saved_id)
        self.dialog = None
        dialog.deleteLater()
        self.table.setFocus()

    def add(self) -> None:
        if self.session is None or not self.add_button.isEnabled() or self.dialog is not None:
            return
        self.message.clear()
        dialog = TransactionDialog(self.session, parent=self)
        dialog.prefill(account_id=self.account.currentData())
        self._open(dialog)

    def add_transfer(self) -> None:
        if self.session is None or self.dialog is not None:
            return
        self._open(TransferDialog(self.session, parent=self))

    def edit(self) -> None:
        transaction_id = self.selected_id()
        if transaction_id is None or self.show_deleted.isChecked() or self.dialog is not None:
            return
        row = money.get(self.session, transaction_id)
        if row.is_transfer:
            self._say(
                self.tr(
                    "This is a transfer between your accounts. To change it, delete it and "
                    "add it again."
                )
            )
            return
        self._open(TransactionDialog(self.session, row, parent=self))

    def delete(self) -> None:
        transaction_id = self.selected_id()
        if transaction_id is None or self.show_deleted.isChecked():
            return
        row = money.get(self.session, transaction_id)
        question = (
            self.tr("Delete %1 to %2 on %3? You can get it back later with “Show deleted”.")
            .replace("%1", format_pence(abs(row.amount)))
            .replace("%2", row.who)
            .replace("%3", display.day(row.when))
        )
        if not confirm(self, self.tr("Delete this payment?"), question):
            return
        position = self.table.currentIndex().row()
        self._act(lambda: money.delete(self.session, transaction_id))
        self._select_row(position)
        self._say(self.tr("Deleted. Tick “Show deleted” to get it back."))

    def restore(self) -> None:
        transaction_id = self.selected_id()
        if transaction_id is None:
            return
        position = self.table.currentIndex().row()
        self._act(lambda: money.restore(self.session, transaction_id))
        self._select_row(position)
        self._say(self.tr("Restored. It is back in your records."))

    def _act(self, action) -> None:
        try:
            action()
        except UserError as error:
            theme.set_role(self.message, "error")
            self.message.setText(user_message(error))
            return
        self.reload()

    def _select_row(self, row: int) -> None:
        count = self.model.rowCount()
        if count:
            self.table.selectRow(min(row, count - 1))
        self._update_buttons()

    def _say(self, text: str) -> None:
        theme.set_role(self.message, "")
        self.message.setText(text)
        self.message.setAccessibleName(text)
