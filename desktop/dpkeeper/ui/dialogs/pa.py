"""Adding a PA or changing their details: hours, holiday, pay frequency and pay rates by date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.errors import UserError
from dpkeeper.domain.money import format_pence, parse_pence
from dpkeeper.domain.schedule import SCHEDULE, Frequency
from dpkeeper.domain.staff import (
    PA,
    STAFF,
    WEEK_MINUTES,
    HolidayMode,
    PayRate,
    ShiftType,
    format_minutes,
    parse_hours,
)
from dpkeeper.services import staff
from dpkeeper.services.session import Session
from dpkeeper.ui import display, theme
from dpkeeper.ui.messages import translated, user_message
from dpkeeper.ui.widgets.amount_field import AmountField
from dpkeeper.ui.widgets.date_field import DateField

FIXED, IRREGULAR = "fixed", "irregular"


class PADialog(QDialog):
    """Opened with ``open()``; ``saved_id`` is set when the PA was saved."""

    def __init__(
        self, session: Session, existing: PA | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.existing = session, existing
        self.saved_id: int | None = None
        self.rates: list[PayRate] = list(existing.rates) if existing else []
        title = self.tr("Change a PA's details") if existing else self.tr("Add a PA")
        self.setWindowTitle(title)
        theme.name(self, "paDialog", title)

        self.name = theme.name(QLineEdit(), "paName", self.tr("Name"))
        self.start = theme.name(DateField(), "paStart", self.tr("Start date"))
        self.has_left = theme.name(
            QCheckBox(self.tr("Has &left")), "paHasLeft", self.tr("Has left")
        )
        self.end = theme.name(DateField(), "paEnd", self.tr("Last day"))
        self.hours_kind = theme.name(QComboBox(), "paHoursKind", self.tr("Kind of hours"))
        self.hours_kind.addItem(self.tr("The same hours each week"), FIXED)
        self.hours_kind.addItem(self.tr("Irregular hours (they change week to week)"), IRREGULAR)
        self.hours = theme.name(QLineEdit(), "paHours", self.tr("Contracted hours a week"))
        self.hours.setPlaceholderText(self.tr("For example 20 or 12.5"))
        self.holiday = theme.name(QComboBox(), "paHoliday", self.tr("Holiday"))
        self.frequency = theme.name(QComboBox(), "paFrequency", self.tr("Paid every"))
        for frequency in Frequency:
            self.frequency.addItem(translated(SCHEDULE, frequency.label), frequency.value)
        self.first_pay_day = theme.name(
            DateField(), "paFirstPayDay", self.tr("First day of a pay period")
        )
        self.payroll = theme.name(QLineEdit(), "paPayroll", self.tr("Payroll service"))
        self.payroll.setPlaceholderText(self.tr("Who does the payslips, if anyone"))
        self.young = theme.name(
            QCheckBox(self.tr("&Under 21 (for the minimum wage check)")),
            "paUnder21",
            self.tr("Under 21"),
        )
        self.birth = theme.name(DateField(), "paBirthDate", self.tr("Date of birth"))

        self.rate_list = theme.name(QListWidget(), "paRates", self.tr("Pay rates"))
        self.rate_kind = theme.name(QComboBox(), "rateKind", self.tr("Kind of shift"))
        for kind in ShiftType:
            self.rate_kind.addItem(translated(STAFF, kind.label), kind.value)
        self.rate_from = theme.name(DateField(), "rateFrom", self.tr("Rate from"))
        self.rate_amount = theme.name(AmountField(), "rateAmount", self.tr("Pay (£)"))
        self.add_rate_button = theme.name(
            QPushButton(self.tr("&Add rate")), "addRate", self.tr("Add rate")
        )
        self.remove_rate_button = theme.name(
            QPushButton(self.tr("&Remove rate")), "removeRate", self.tr("Remove rate")
        )
        self.add_rate_button.setAutoDefault(False)
        self.remove_rate_button.setAutoDefault(False)
        self.message = theme.name(QLabel(), "paMessage", self.tr("Message"))
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Started on:"), self.start)
        ended = QHBoxLayout()
        ended.addWidget(self.has_left)
        ended.addWidget(self.end, 1)
        form.addRow(self.tr("Left:"), ended)
        form.addRow(self.tr("H&ours:"), self.hours_kind)
        form.addRow(self.tr("Hours a &week:"), self.hours)
        form.addRow(self.tr("Ho&liday:"), self.holiday)
        form.addRow(self.tr("&Paid every:"), self.frequency)
        form.addRow(self.tr("A pay period &begins on:"), self.first_pay_day)
        form.addRow(self.tr("Pa&yroll service:"), self.payroll)
        young = QHBoxLayout()
        young.addWidget(self.young)
        young.addWidget(self.birth, 1)
        form.addRow(self.tr("Age:"), young)
        rate_inputs = QHBoxLayout()
        rate_inputs.addWidget(self.rate_kind)
        rate_inputs.addWidget(QLabel(self.tr("from")))
        rate_inputs.addWidget(self.rate_from)
        rate_inputs.addWidget(QLabel(self.tr("£")))
        rate_inputs.addWidget(self.rate_amount)
        rate_inputs.addWidget(self.add_rate_button)
        buttons, self.save_button = theme.save_cancel(self, "PA")
        rates_label = QLabel(
            self.tr("Pay &rates (an hour; a sleep-in is paid a set amount a night):")
        )
        rates_label.setBuddy(self.rate_list)
        rates_label.setWordWrap(True)
        outer = QVBoxLayout(self)
        layout = theme.scrolling(outer, "paScroll", self.tr("About this PA"))
        layout.addLayout(form)
        layout.addWidget(rates_label)
        layout.addWidget(self.rate_list)
        layout.addLayout(rate_inputs)
        layout.addWidget(self.remove_rate_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "Kinds without their own rate are paid the day rate (a waking night: the "
                    "night rate). When a rate goes up, add the new rate from the day it starts: "
                    "earlier shifts keep the old one."
                )
            )
        )
        layout.addWidget(self.message)
        outer.addWidget(buttons)

        self.has_left.toggled.connect(self.end.setEnabled)
        self.young.toggled.connect(self.birth.setEnabled)
        self.hours_kind.currentIndexChanged.connect(self._hours_kind_changed)
        self.add_rate_button.clicked.connect(self.add_rate)
        self.remove_rate_button.clicked.connect(self.remove_rate)
        self._load(existing)

    def _load(self, pa: PA | None) -> None:
        today = date.today()
        self.start.set_value(pa.start if pa else today)
        self.has_left.setChecked(bool(pa and pa.end))
        self.end.set_value(pa.end if pa and pa.end else today)
        self.end.setEnabled(bool(pa and pa.end))
        irregular = pa is not None and pa.irregular
        self.hours_kind.setCurrentIndex(1 if irregular else 0)
        self._hours_kind_changed()
        if pa is not None:
            self.name.setText(pa.name)
            if pa.contracted_minutes:
                self.hours.setText(format_minutes(pa.contracted_minutes))
            self.holiday.setCurrentIndex(max(self.holiday.findData(pa.holiday.value), 0))
            self.frequency.setCurrentIndex(self.frequency.findData(pa.frequency.value))
            self.first_pay_day.set_value(pa.first_pay_day)
            self.payroll.setText(pa.payroll)
        else:
            self.frequency.setCurrentIndex(self.frequency.findData(Frequency.FOUR_WEEKLY.value))
            self.first_pay_day.set_value(today)
        self.young.setChecked(bool(pa and pa.birth_date))
        self.birth.set_value(pa.birth_date if pa and pa.birth_date else date(today.year - 19, 1, 1))
        self.birth.setEnabled(self.young.isChecked())
        self.rate_from.set_value(pa.start if pa else today)
        self._fill_rates()

    def _hours_kind_changed(self) -> None:
        fixed = self.hours_kind.currentData() == FIXED
        self.hours.setEnabled(fixed)
        current = self.holiday.currentData()
        self.holiday.clear()
        modes = [HolidayMode.FIXED] if fixed else [HolidayMode.ACCRUED, HolidayMode.ROLLED_UP]
        for mode in modes:
            self.holiday.addItem(translated(STAFF, mode.label), mode.value)
        self.holiday.setCurrentIndex(max(self.holiday.findData(current), 0))

    def _fill_rates(self) -> None:
        self.rate_list.clear()
        for rate in sorted(
            self.rates, key=lambda r: (list(ShiftType).index(r.shift_type), r.effective_from)
        ):
            per = (
                self.tr("a night") if rate.shift_type is ShiftType.SLEEP_IN else self.tr("an hour")
            )
            item = QListWidgetItem(
                self.tr("%1 from %2: %3 %4")
                .replace("%1", translated(STAFF, rate.shift_type.label))
                .replace("%2", display.day(rate.effective_from))
                .replace("%3", format_pence(rate.pence))
                .replace("%4", per)
            )
            item.setData(Qt.ItemDataRole.UserRole, rate)
            self.rate_list.addItem(item)
        self.remove_rate_button.setEnabled(bool(self.rates))

    def add_rate(self) -> None:
        try:
            pence = parse_pence(self.rate_amount.text(), allow_negative=False)
        except UserError as error:
            self._error(user_message(error))
            return
        if pence <= 0:
            self._error(self.tr("Please type the pay, like 12.71."))
            return
        rate = PayRate(ShiftType(self.rate_kind.currentData()), self.rate_from.value(), pence)
        self.rates = [
            r
            for r in self.rates
            if (r.shift_type, r.effective_from) != (rate.shift_type, rate.effective_from)
        ] + [rate]
        self.rate_amount.clear()
        self.message.clear()
        self._fill_rates()

    def remove_rate(self) -> None:
        item = self.rate_list.currentItem()
        if item is None:
            return
        rate = item.data(Qt.ItemDataRole.UserRole)
        self.rates = [r for r in self.rates if r != rate]
        self._fill_rates()

    def _error(self, text: str) -> None:
        theme.set_role(self.message, "error")
        self.message.setText(text)
        self.message.setAccessibleName(text)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.name.setFocus()

    def pa(self) -> PA:
        """The PA as filled in (raises InvalidInput for hours that cannot be read)."""
        fixed = self.hours_kind.currentData() == FIXED
        return PA(
            pa_id=self.existing.pa_id if self.existing else None,
            name=self.name.text(),
            start=self.start.value(),
            end=self.end.value() if self.has_left.isChecked() else None,
            contracted_minutes=parse_hours(self.hours.text(), WEEK_MINUTES) if fixed else None,
            frequency=Frequency(self.frequency.currentData()),
            first_pay_day=self.first_pay_day.value(),
            payroll=self.payroll.text(),
            birth_date=self.birth.value() if self.young.isChecked() else None,
            holiday=HolidayMode(self.holiday.currentData()),
            rates=tuple(self.rates),
        )

    def save(self) -> None:
        if self.rate_amount.text().strip():
            self.add_rate()  # a rate typed but not yet added is clearly meant
        try:
            saved = staff.save_pa(self.session, self.pa())
        except UserError as error:
            self._error(user_message(error))
            return
        self.saved_id = saved.pa_id
        self.accept()
