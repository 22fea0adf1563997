"""Spending that still needs a receipt, where the person can write why there isn't one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.errors import UserError
from dpkeeper.domain.ledger import TransactionFilter
from dpkeeper.domain.money import format_pence
from dpkeeper.services import money
from dpkeeper.services.session import Session
from dpkeeper.ui import theme
from dpkeeper.ui.messages import user_message
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


class NoReceiptNotes(QWidget):
    """``changed`` fires when the list was read again; ``add_receipt`` asks for a payment's file."""

    changed = Signal()
    add_receipt = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.model = TransactionsModel(self)
        self.table = theme.name(
            QTableView(), "missingReceipts", self.tr("Spending that needs a receipt")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        for column in (MONEY_IN, BALANCE, RECEIPT):
            self.table.setColumnHidden(column, True)
        self.table.horizontalHeader().setSectionResizeMode(WHO, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        for column, sample in (
            (DATE, "28 Sep 2026"),
            (CATEGORY, "Respite and short breaks"),
            (MONEY_OUT, "£10,000.00"),
        ):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())

        self.reason = theme.name(QLineEdit(), "noReceiptReason", self.tr("No receipt because"))
        self.reason.setPlaceholderText(self.tr("For example: Bus fare – no ticket given"))
        reason_label = QLabel(self.tr("No receipt &because:"))
        reason_label.setBuddy(self.reason)
        self.save_button = theme.name(
            QPushButton(self.tr("&Save reason")), "saveReason", self.tr("Save reason")
        )
        self.add_button = theme.name(
            QPushButton(self.tr("Add a &receipt for this…")),
            "addReceiptForSpending",
            self.tr("Add a receipt for this payment"),
        )
        self.empty = theme.paragraph("")
        self.empty.setObjectName("noReceiptsMissing")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = theme.name(QLabel(), "reasonMessage", self.tr("Message"))
        self.message.setWordWrap(True)

        self.reason.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.add_button.clicked.connect(self._ask_for_receipt)

        reason_row = QHBoxLayout()
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "Spending needs a receipt, or a short note saying why there isn't one. "
                    "Sometimes there is no receipt, like a bus fare. Write why, and it counts "
                    "as done."
                )
            )
        )
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(reason_row)
        layout.addLayout(theme.left(self.add_button))
        layout.addWidget(self.message)
        self._update()

    def show_session(self, session: Session) -> None:
        self.session = session

    def reload(self, row: int | None = None) -> None:
        """Read the list again; select ``row`` (or the row that was selected) if it still exists."""
        if self.session is None or not self.session.is_open:
            return
        if row is None:
            row = max(self.table.currentIndex().row(), 0)
        self.model.load(self.session, TransactionFilter(missing_receipts_only=True), False)
        count = self.model.rowCount()
        if count:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(min(row, count - 1), DATE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.empty.setText(self.tr("Every payment has a receipt or a reason. Well done."))
            self.empty.setAccessibleName(self.empty.text())
        self.empty.setVisible(not count)
        self.table.setVisible(bool(count))
        self._update()
        self.changed.emit()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def _update(self) -> None:
        chosen = self.selected_id() is not None
        for widget in (self.reason, self.save_button, self.add_button):
            widget.setEnabled(chosen)

    def save(self) -> None:
        transaction_id = self.selected_id()
        if transaction_id is None or self.session is None:
            return
        reason = self.reason.text().strip()
        if not reason:
            self._say(self.tr("Please write a few words about why there is no receipt."), "error")
            self.reason.setFocus()
            return
        try:
            row = money.get(self.session, transaction_id)
            money.explain_missing_receipt(self.session, transaction_id, reason)
        except UserError as error:
            self._say(user_message(error), "error")
            return
        self._say(
            self.tr("Saved the reason for %1 to %2.")
            .replace("%1", format_pence(abs(row.amount)))
            .replace("%2", row.who),
            "success",
        )
        self.reason.clear()
        self.reload(self.table.currentIndex().row())

    def _ask_for_receipt(self) -> None:
        transaction_id = self.selected_id()
        if transaction_id is not None:
            self.add_receipt.emit(transaction_id)

    def _say(self, text: str, role: str = "") -> None:
        theme.set_role(self.message, role)
        self.message.setText(text)
        self.message.setAccessibleName(text)
