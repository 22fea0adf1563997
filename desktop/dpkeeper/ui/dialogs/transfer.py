"""Moving money between two of the person's own accounts (not spending, not income)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.errors import UserError
from dpkeeper.services import money
from dpkeeper.services.session import Session
from dpkeeper.ui import theme
from dpkeeper.ui.messages import user_message
from dpkeeper.ui.widgets.amount_field import AmountField
from dpkeeper.ui.widgets.date_field import DateField


class TransferDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.saved_id: int | None = None
        title = self.tr("Move money between your accounts")
        self.setWindowTitle(title)
        theme.name(self, "transferDialog", title)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        self.source = theme.name(QComboBox(), "transferFrom", self.tr("From account"))
        self.target = theme.name(QComboBox(), "transferTo", self.tr("To account"))
        for account in money.accounts(session):
            self.source.addItem(account.name, account.account_id)
            self.target.addItem(account.name, account.account_id)
        self.target.setCurrentIndex(min(1, self.target.count() - 1))
        self.when = theme.name(DateField(), "transferDate", self.tr("Date"))
        self.amount = theme.name(AmountField(), "transferAmount", self.tr("Amount in pounds"))
        self.note = theme.name(QLineEdit(), "transferNote", self.tr("Note"))
        self.message = theme.name(QLabel(), "transferMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.source)
        form.addRow(self.tr("&To:"), self.target)
        form.addRow(self.tr("&Date:"), self.when)
        form.addRow(self.tr("&Amount (£):"), self.amount)
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        theme.name(
            buttons.button(QDialogButtonBox.StandardButton.Save), "saveTransfer", self.tr("Save")
        )
        theme.name(
            buttons.button(QDialogButtonBox.StandardButton.Cancel),
            "cancelTransfer",
            self.tr("Cancel"),
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "For example, taking petty cash out of the bank. A transfer is not spending "
                    "and not income: it only moves your money from one place to another."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.amount.setFocus()

    def save(self) -> None:
        try:
            self.saved_id = money.transfer(
                self.session,
                self.when.value(),
                money.read_amount(self.amount.text()),
                self.source.currentData(),
                self.target.currentData(),
                self.note.text(),
            )
        except UserError as error:
            theme.set_role(self.message, "error")
            self.message.setText(user_message(error))
            return
        self.accept()
