"""Matching a waiting receipt to the spending it is for (spending with no receipt yet)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.errors import UserError
from dpkeeper.domain.ledger import TransactionFilter
from dpkeeper.domain.receipts import Receipt
from dpkeeper.services import receipts
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

SEARCH_DELAY_MS = 200
PREVIEW_SIDE = 180


class MatchReceiptDialog(QDialog):
    def __init__(self, session: Session, receipt: Receipt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.receipt = receipt
        self.matched_id: int | None = None
        title = self.tr("Match receipt to spending")
        self.setWindowTitle(title)
        theme.name(self, "matchReceiptDialog", title)

        self.preview = theme.name(
            QLabel(),
            "matchPreview",
            self.tr("Receipt: %1").replace("%1", receipt.original_name),
        )
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.preview.setFixedWidth(PREVIEW_SIDE)
        thumbnail = QPixmap()
        thumbnail.loadFromData(receipts.thumbnail(session, receipt.receipt_id) or b"", "JPEG")
        if not thumbnail.isNull():
            self.preview.setPixmap(
                thumbnail.scaled(
                    PREVIEW_SIDE,
                    PREVIEW_SIDE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        name = theme.paragraph(receipt.original_name)
        name.setFixedWidth(PREVIEW_SIDE)

        self.search = theme.name(QLineEdit(), "matchSearch", self.tr("Search spending"))
        self.search.setPlaceholderText(self.tr("Search names, notes or amounts"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.model = TransactionsModel(self)
        self.table = theme.name(
            QTableView(), "matchSpending", self.tr("Spending without a receipt")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        for column in (MONEY_IN, BALANCE, RECEIPT):
            self.table.setColumnHidden(column, True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        for column, sample in ((DATE, "28 Sep 2026"), (CATEGORY, "Respite and short breaks")):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self.table.setColumnWidth(MONEY_OUT, metrics.horizontalAdvance("£10,000.00") + 24)
        self.table.doubleClicked.connect(self.choose)
        self.empty = theme.name(QLabel(), "matchEmpty", self.tr("Nothing to match"))
        self.empty.setWordWrap(True)
        self.message = theme.name(QLabel(), "matchMessage", self.tr("Message"))
        self.message.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.match_button = buttons.addButton(
            self.tr("&Match"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        theme.name(self.match_button, "matchButton", self.tr("Match to the chosen spending"))
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        right = QVBoxLayout()
        right.addWidget(
            theme.paragraph(self.tr("Which payment is this receipt for? Newest spending first."))
        )
        right.addLayout(search_row)
        right.addWidget(self.table, 1)
        right.addWidget(self.empty)
        left = QVBoxLayout()
        left.addWidget(self.preview)
        left.addWidget(name)
        left.addStretch()
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(metrics.height() * 60, metrics.height() * 32)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.reload()
        self.search.setFocus()

    def reload(self) -> None:
        query = TransactionFilter(text=self.search.text(), missing_receipts_only=True)
        self.model.load(self.session, query)
        has_rows = self.model.rowCount() > 0
        if has_rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, DATE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        elif self.search.text().strip():
            self.empty.setText(self.tr("No spending without a receipt matches these words."))
        else:
            self.empty.setText(
                self.tr(
                    "All your spending already has a receipt or a reason. If this receipt is "
                    "for something new, add the spending on the Money page first."
                )
            )
        self.empty.setAccessibleName(self.empty.text())
        self.empty.setVisible(not has_rows)
        self.match_button.setEnabled(has_rows)

    def chosen_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def choose(self) -> None:
        transaction_id = self.chosen_id()
        if transaction_id is None:
            return
        try:
            receipts.match(self.session, self.receipt.receipt_id, transaction_id)
        except UserError as error:
            theme.set_role(self.message, "error")
            self.message.setText(user_message(error))
            self.message.setAccessibleName(self.message.text())
            self.reload()
            return
        self.matched_id = transaction_id
        self.accept()

    def keyPressEvent(self, event) -> None:
        """Enter or the down arrow in the search box moves to the list, rather than matching."""
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
        if self.search.hasFocus() and event.key() in keys:
            self.table.setFocus()
            return
        super().keyPressEvent(event)

    @classmethod
    def ask(
        cls, parent: QWidget | None, session: Session, receipt: Receipt
    ) -> tuple[int | None, bool]:
        """Let the person choose the spending; the receipt is matched when they do."""
        dialog = cls(session, receipt, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        matched = dialog.matched_id
        dialog.deleteLater()
        return matched, ok
