"""Adding or changing one payment in or out, with its receipts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.access import Action
from dpkeeper.domain.categories import Direction
from dpkeeper.domain.errors import UserError
from dpkeeper.domain.ledger import PaymentMethod, Transaction, TransactionInput
from dpkeeper.services import money, receipts
from dpkeeper.services import plan as plan_service
from dpkeeper.services.session import Session
from dpkeeper.ui import display, theme
from dpkeeper.ui.messages import user_message
from dpkeeper.ui.widgets.amount_field import AmountField
from dpkeeper.ui.widgets.date_field import DateField
from dpkeeper.ui.widgets.pending_receipts import PendingReceipts
from dpkeeper.ui.widgets.receipt_drop import dropped_files


def ask_category_name(parent: QWidget) -> str | None:
    """Ask for a new category's name (tests answer it by replacing this function)."""
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("TransactionDialog", "Add a category"),
        QCoreApplication.translate("TransactionDialog", "Name of the new category:"),
    )
    return name if ok else None


class TransactionDialog(QDialog):
    """Opened with ``open()``; ``saved_id`` is set when the payment was saved."""

    def __init__(
        self, session: Session, existing: Transaction | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.existing = existing
        self.saved_id: int | None = None
        self._category_chosen = existing is not None
        title = self.tr("Change a payment") if existing else self.tr("Add money in or out")
        self.setWindowTitle(title)
        theme.name(self, "transactionDialog", title)
        self.setAcceptDrops(True)

        self.money_out = theme.name(
            QRadioButton(self.tr("Money &out (spending)")), "moneyOut", self.tr("Money out")
        )
        self.money_in = theme.name(
            QRadioButton(self.tr("Money &in")), "moneyIn", self.tr("Money in")
        )
        self.direction = QButtonGroup(self)
        self.direction.addButton(self.money_out)
        self.direction.addButton(self.money_in)
        self.money_out.setChecked(True)
        self.when = theme.name(DateField(), "dateField", self.tr("Date"))
        self.amount = theme.name(AmountField(), "amountField", self.tr("Amount in pounds"))
        self.amount_problem = theme.name(QLabel(), "amountProblem", self.tr("About the amount"))
        self.amount_problem.setWordWrap(True)
        theme.set_role(self.amount_problem, "error")
        self.amount_problem.hide()
        self.who = theme.name(QLineEdit(), "whoField", self.tr("Paid to, or paid by"))
        self.who.setPlaceholderText(self.tr("For example: First Bus"))
        names = money.payee_names(session)
        self._known_payees = {name.casefold() for name in names}
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.who.setCompleter(completer)
        self.category = theme.name(QComboBox(), "categoryField", self.tr("Category"))
        self.new_category = theme.name(
            QPushButton(self.tr("Add a cate&gory…")), "newCategoryButton", self.tr("Add a category")
        )
        self.budget_line = theme.name(QComboBox(), "budgetLineField", self.tr("Budget line"))
        self.account = theme.name(QComboBox(), "accountField", self.tr("Account"))
        self.method = theme.name(QComboBox(), "methodField", self.tr("How it was paid"))
        self.note = theme.name(QLineEdit(), "noteField", self.tr("Note"))
        self.reason = theme.name(QLineEdit(), "noReceiptReasonField", self.tr("No receipt because"))
        self.reason.setPlaceholderText(self.tr("For example: bus fare, no ticket given"))
        self.receipts = PendingReceipts()
        self.message = theme.name(QLabel(), "transactionMessage", self.tr("Message"))
        self.message.setWordWrap(True)

        for account in money.accounts(session):
            self.account.addItem(account.name, account.account_id)
        for method in PaymentMethod:
            self.method.addItem(display.ledger_label(method.label), method.value)
        self.budget_line.addItem(self.tr("(none)"), None)
        for line_id, name, _category in plan_service.budget_lines(session):
            self.budget_line.addItem(name, line_id)

        directions = QHBoxLayout()
        directions.addWidget(self.money_out)
        directions.addWidget(self.money_in)
        directions.addStretch()
        category_row = QHBoxLayout()
        category_row.addWidget(self.category, 1)
        category_row.addWidget(self.new_category)
        form = QFormLayout()
        form.addRow(self.tr("Which way:"), directions)
        form.addRow(self.tr("&Date:"), self.when)
        form.addRow(self.tr("&Amount (£):"), self.amount)
        form.addRow("", self.amount_problem)
        form.addRow(self.tr("&Who:"), self.who)
        category_label = QLabel(self.tr("&Category:"))
        category_label.setBuddy(self.category)
        form.addRow(category_label, category_row)
        form.addRow(self.tr("&Budget line:"), self.budget_line)
        form.addRow(self.tr("A&ccount:"), self.account)
        form.addRow(self.tr("&Paid by:"), self.method)
        form.addRow(self.tr("&Note:"), self.note)
        self.reason_label = QLabel(self.tr("No receipt b&ecause:"))
        self.reason_label.setBuddy(self.reason)
        form.addRow(self.reason_label, self.reason)
        self.receipts_label = QLabel(self.tr("Receipts:"))
        form.addRow(self.receipts_label, self.receipts)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = theme.name(
            buttons.button(QDialogButtonBox.StandardButton.Save), "saveTransaction", self.tr("Save")
        )
        self.save_button.setDefault(True)
        theme.name(
            buttons.button(QDialogButtonBox.StandardButton.Cancel),
            "cancelTransaction",
            self.tr("Cancel"),
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for button in self.findChildren(QPushButton):  # Return always means Save
            button.setAutoDefault(button is self.save_button)

        self.money_in.toggled.connect(self._direction_changed)
        self.amount.editingFinished.connect(self._check_amount)
        self.who.textChanged.connect(self._suggest_category)
        self.category.activated.connect(self._category_activated)
        self.new_category.clicked.connect(self._add_category)
        self.new_category.setVisible(session.can(Action.PLAN))  # a helper uses the list as it is
        self.receipts.problem.connect(self._show_problem)
        self._fill_categories()
        if existing is not None:
            self._load(existing)

    def showEvent(self, event) -> None:  # start where most people start: the amount
        super().showEvent(event)
        self.amount.setFocus()

    # Filling in --------------------------------------------------------------------------------

    def _direction(self) -> Direction:
        return Direction.IN if self.money_in.isChecked() else Direction.OUT

    def _fill_categories(self, select: int | None = None) -> None:
        current = select if select is not None else self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("(choose a category)"), None)
        for category in money.categories(self.session):
            if category.direction is self._direction():
                self.category.addItem(display.category_name(category), category.category_id)
        index = self.category.findData(current)
        self.category.setCurrentIndex(max(index, 0))

    def _direction_changed(self) -> None:
        spending = self._direction() is Direction.OUT
        for widget in (self.reason, self.reason_label, self.receipts, self.receipts_label):
            widget.setVisible(spending)
        self._fill_categories()

    def _category_activated(self) -> None:
        self._category_chosen = True

    def _suggest_category(self) -> None:
        """Fill in the category last used with a known payee, unless one was chosen already."""
        if self._category_chosen or self.who.text().strip().casefold() not in self._known_payees:
            return
        suggested = money.suggested_category(self.session, self.who.text())
        index = self.category.findData(suggested) if suggested is not None else -1
        if index > 0:
            self.category.setCurrentIndex(index)

    def _add_category(self) -> None:
        name = ask_category_name(self)
        if name is None:
            return
        try:
            added = money.add_category(self.session, name, self._direction())
        except UserError as error:
            self._show_problem(user_message(error))
            return
        self._category_chosen = True
        self._fill_categories(select=added.category_id)

    def _load(self, row: Transaction) -> None:
        (self.money_in if row.amount > 0 else self.money_out).setChecked(True)
        self._direction_changed()
        self.when.set_value(row.when)
        self.amount.set_pence(row.amount)
        self.who.setText(row.who)
        self._fill_categories(select=row.category_id)
        self.budget_line.setCurrentIndex(max(self.budget_line.findData(row.budget_line_id), 0))
        self.account.setCurrentIndex(max(self.account.findData(row.account_id), 0))
        self.method.setCurrentIndex(max(self.method.findData(row.method.value), 0))
        self.note.setText(row.note)
        self.reason.setText(row.no_receipt_reason)
        kept = receipts.for_transaction(self.session, row.transaction_id)
        self.receipts.show_existing([r.original_name for r in kept])

    def prefill(self, when: date | None = None, account_id: int | None = None) -> None:
        if when is not None:
            self.when.set_value(when)
        if account_id is not None:
            self.account.setCurrentIndex(max(self.account.findData(account_id), 0))

    # Saving ------------------------------------------------------------------------------------

    def _show_problem(self, text: str) -> None:
        theme.set_role(self.message, "error")
        self.message.setText(text)
        self.message.setAccessibleDescription(text)

    def _check_amount(self, saving: bool = False) -> int | None:
        """The amount in pence, or None with the reason shown just under the amount box.

        Leaving the box empty is not a mistake yet; saving with it empty is.
        """
        try:
            pence = money.read_amount(self.amount.text())
        except UserError as error:
            problem = user_message(error) if saving or self.amount.text().strip() else ""
            pence = None
        else:
            problem = ""
        self.amount_problem.setText(problem)
        self.amount_problem.setAccessibleName(problem)
        self.amount_problem.setVisible(bool(problem))
        return pence

    def entry(self, pence: int) -> TransactionInput:
        """What the form says; the service checks it."""
        signed = pence if self._direction() is Direction.IN else -pence
        return TransactionInput(
            when=self.when.value(),
            amount=signed,
            account_id=self.account.currentData() if self.account.count() else -1,
            who=self.who.text(),
            category_id=self.category.currentData(),
            budget_line_id=self.budget_line.currentData(),
            method=PaymentMethod(self.method.currentData() or ""),
            note=self.note.text(),
            no_receipt_reason=self.reason.text() if signed < 0 else "",
        )

    def save(self) -> None:
        """Save the payment, then keep its new receipts (a receipt problem never loses it)."""
        if self.receipts.busy:
            self._show_problem(self.tr("Please wait a moment: a receipt is still being read."))
            return
        pence = self._check_amount(saving=True)
        if pence is None:
            self.amount.setFocus()
            self.amount.selectAll()
            return
        entry = self.entry(pence)
        try:
            if self.existing is None:
                self.saved_id = money.record(self.session, entry)
            else:
                money.change(self.session, self.existing.transaction_id, entry)
                self.saved_id = self.existing.transaction_id
        except UserError as error:
            self._show_problem(user_message(error))
            return
        if entry.amount < 0 and not self._keep_receipts():
            self.existing = money.get(self.session, self.saved_id)  # saving again changes it
            self.setWindowTitle(self.tr("Change a payment"))
            return
        self.accept()

    def _keep_receipts(self) -> bool:
        for prepared in list(self.receipts.prepared):
            try:
                receipts.store(self.session, prepared, self.saved_id)
            except UserError as error:
                self._show_problem(
                    self.tr("The payment is saved, but a receipt could not be kept: %1").replace(
                        "%1", user_message(error)
                    )
                )
                return False
            self.receipts.mark_kept(prepared)
        return True

    # Drag and drop -----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event) and self._direction() is Direction.OUT:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event)
        if paths:
            self.receipts.add_paths(paths)
            event.acceptProposedAction()
