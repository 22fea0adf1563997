"""Adding an account (bank account, prepaid card, petty cash), or changing its opening balance."""

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
from dpkeeper.domain.ledger import Account, AccountKind
from dpkeeper.domain.money import parse_pence
from dpkeeper.services import money
from dpkeeper.services.session import Session
from dpkeeper.ui import display, theme
from dpkeeper.ui.messages import user_message
from dpkeeper.ui.widgets.amount_field import AmountField
from dpkeeper.ui.widgets.date_field import DateField


class AccountDialog(QDialog):
    """Opened with ``open()``; ``saved_id`` is set when the account was saved."""

    def __init__(
        self, session: Session, existing: Account | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.existing = session, existing
        self.saved_id: int | None = None
        title = self.tr("Change an account") if existing else self.tr("Add an account")
        self.setWindowTitle(title)
        theme.name(self, "accountDialog", title)
        self.name = theme.name(QLineEdit(), "accountName", self.tr("Account name"))
        self.name.setPlaceholderText(self.tr("For example: Direct payment account"))
        self.kind = theme.name(QComboBox(), "accountKind", self.tr("Kind of account"))
        for kind in AccountKind:
            self.kind.addItem(display.ledger_label(kind.label), kind.value)
        self.opening = theme.name(AmountField(), "openingBalance", self.tr("Opening balance"))
        self.opening_date = theme.name(DateField(), "openingDate", self.tr("Opening date"))
        self.message = theme.name(QLabel(), "accountMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Money in it at the start (£):"), self.opening)
        form.addRow(self.tr("&On this date:"), self.opening_date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = theme.name(
            buttons.button(QDialogButtonBox.StandardButton.Save), "saveAccount", self.tr("Save")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "Use the balance on your bank statement (or the cash in the tin) on the day "
                    "you start keeping records here."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if existing is not None:
            self.name.setText(existing.name)
            self.kind.setCurrentIndex(self.kind.findData(existing.kind.value))
            self.kind.setEnabled(False)
            self.opening.set_pence(existing.opening_balance)
            self.opening_date.set_value(existing.opening_date)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.name.setFocus()

    def save(self) -> None:
        try:
            opening = parse_pence(self.opening.text() or "0", allow_negative=False)
            if self.existing is None:
                saved = money.add_account(
                    self.session,
                    self.name.text(),
                    AccountKind(self.kind.currentData()),
                    opening,
                    self.opening_date.value(),
                )
            else:
                saved = money.change_account(
                    self.session,
                    self.existing.account_id,
                    self.name.text(),
                    opening,
                    self.opening_date.value(),
                )
        except UserError as error:
            theme.set_role(self.message, "error")
            self.message.setText(user_message(error))
            return
        self.saved_id = saved.account_id
        self.accept()
