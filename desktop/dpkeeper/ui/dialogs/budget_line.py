"""One line of the support plan: hours of support at a rate, or an amount for something."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.categories import Direction
from dpkeeper.domain.errors import InvalidInput, UserError
from dpkeeper.domain.plan import BudgetLine
from dpkeeper.domain.schedule import SCHEDULE, Frequency
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.services import money
from dpkeeper.services.session import Session
from dpkeeper.ui import display, theme
from dpkeeper.ui.messages import translated, user_message
from dpkeeper.ui.widgets.amount_field import AmountField


def read_hours(text: str) -> int:
    """Hours a week as typed ("12", "7.5", "7:30") → minutes."""
    cleaned = text.strip()
    try:
        if ":" in cleaned:
            hours, minutes = cleaned.split(":", 1)
            total = int(hours) * 60 + int(minutes)
        else:
            total = int(Decimal(cleaned) * 60)
    except (ValueError, InvalidOperation):
        total = -1
    if not 0 < total <= 168 * 60:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Please type the hours a week, like 12 or 7.5."),
        )
    return total


def show_hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours}" if not rest else f"{hours}:{rest:02d}"


class BudgetLineDialog(QDialog):
    def __init__(
        self, session: Session, line: BudgetLine | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.line: BudgetLine | None = None
        self._line_id = line.line_id if line else None
        title = self.tr("Budget line")
        self.setWindowTitle(title)
        theme.name(self, "budgetLineDialog", title)
        self.name = theme.name(QLineEdit(), "lineName", self.tr("Name of the budget line"))
        self.name.setPlaceholderText(self.tr("For example: PA support"))
        self.category = theme.name(QComboBox(), "lineCategory", self.tr("Spending category"))
        for category in money.categories(session):
            if category.direction is Direction.OUT:
                self.category.addItem(display.category_name(category), category.category_id)
        self.by_hours = theme.name(
            QRadioButton(self.tr("Hours of support")), "lineByHours", self.tr("Hours of support")
        )
        self.by_amount = theme.name(
            QRadioButton(self.tr("An amount of money")), "lineByAmount", self.tr("An amount")
        )
        self.hours = theme.name(QLineEdit(), "lineHours", self.tr("Hours a week"))
        self.rate = theme.name(AmountField(), "lineRate", self.tr("Hourly rate in pounds"))
        self.amount = theme.name(AmountField(), "lineAmount", self.tr("Amount in pounds"))
        self.frequency = theme.name(QComboBox(), "lineFrequency", self.tr("How often"))
        for frequency in Frequency:
            self.frequency.addItem(translated(SCHEDULE, frequency.label), frequency.value)
        self.message = theme.name(QLabel(), "lineMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.by_hours)
        form.addRow(self.tr("&Hours a week:"), self.hours)
        form.addRow(self.tr("Hourly &rate (£):"), self.rate)
        form.addRow(self.by_amount)
        form.addRow(self.tr("&Amount (£):"), self.amount)
        form.addRow(self.tr("&How often:"), self.frequency)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = theme.name(
            buttons.button(QDialogButtonBox.StandardButton.Ok), "saveLine", self.tr("OK")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.by_hours.toggled.connect(self._kind_changed)
        self.by_hours.setChecked(True)
        if line is not None:
            self.name.setText(line.name)
            self.category.setCurrentIndex(max(self.category.findData(line.category_id), 0))
            if line.is_hours:
                self.hours.setText(show_hours(line.minutes_per_week))
                self.rate.set_pence(line.hourly_rate)
            else:
                self.by_amount.setChecked(True)
                self.amount.set_pence(line.amount)
                self.frequency.setCurrentIndex(self.frequency.findData(line.frequency.value))
        self._kind_changed()

    def _kind_changed(self) -> None:
        hours = self.by_hours.isChecked()
        for widget in (self.hours, self.rate):
            widget.setEnabled(hours)
        for widget in (self.amount, self.frequency):
            widget.setEnabled(not hours)

    def save(self) -> None:
        try:
            if self.by_hours.isChecked():
                line = BudgetLine(
                    self.name.text().strip(),
                    self.category.currentData(),
                    minutes_per_week=read_hours(self.hours.text()),
                    hourly_rate=money.read_amount(self.rate.text()),
                    line_id=self._line_id,
                )
            else:
                line = BudgetLine(
                    self.name.text().strip(),
                    self.category.currentData(),
                    Frequency(self.frequency.currentData()),
                    money.read_amount(self.amount.text()),
                    line_id=self._line_id,
                )
            if not line.name:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "Each budget line needs a name, like “PA support”.")
                )
        except UserError as error:
            theme.set_role(self.message, "error")
            self.message.setText(user_message(error))
            return
        self.line = line
        self.accept()
