"""A PA's pay record for one pay period: the pay worked out from the shifts beside the payslip.

The payroll service works out tax, NI and pension; the person copies them from the payslip and
ticks the payments that paid it. The dialog only compares the payslip with the shifts.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.errors import UserError
from dpkeeper.domain.ledger import Transaction, TransactionFilter
from dpkeeper.domain.money import Pence, format_pence, parse_pence
from dpkeeper.domain.pay import GrossPay, PayPeriod, Payslip
from dpkeeper.domain.staff import STAFF
from dpkeeper.services import money, staff
from dpkeeper.services.session import Session
from dpkeeper.ui import display, theme
from dpkeeper.ui.messages import translated, user_message
from dpkeeper.ui.widgets.amount_field import AmountField

YEARS_SHOWN = 2
DAYS_AFTER_PERIOD = 45  # payroll services often pay HMRC and the pension a month or so later
ROLE_OF_CATEGORY = {"pa_wages": "net", "hmrc": "hmrc", "pension": "pension", "payroll": "net"}
ID_ROLE = Qt.ItemDataRole.UserRole
PAYMENT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The payslip's amounts, in the order of the boxes; each box is the dialog attribute of that name.
SLIP_FIELDS = (
    "gross",
    "tax",
    "employee_ni",
    "employee_pension",
    "net",
    "employer_ni",
    "employer_pension",
    "holiday_pay",
)


def _fill(text: str, *values: str) -> str:
    """Put values in a translated string's %1, %2, … (highest first, so %1 never eats %10)."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", values[number - 1])
    return text


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class PayDialog(QDialog):
    """Opened with ``open()``; ``saved_id`` is the payslip's id once it was saved."""

    def __init__(
        self,
        session: Session,
        pa_id: int,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.pa_id = session, pa_id
        self.pa = staff.get_pa(session, pa_id)
        self.today = today or date.today()
        self.saved_id: int | None = None
        self.computed: GrossPay | None = None
        self.slips = {slip.period.start: slip for slip in staff.payslips(session, pa_id)}
        title = _fill(self.tr("Pay record for %1"), self.pa.name)
        self.setWindowTitle(title)
        theme.name(self, "payDialog", title)

        self.period = theme.name(QComboBox(), "payPeriod", self.tr("Pay period"))
        self.periods = self._periods()
        for period in self.periods:
            label = period.label
            if period.start in self.slips:
                label += "   " + self.tr("✓ payslip saved")
            self.period.addItem(label)

        self.working = theme.name(QLabel(), "payWorking", self.tr("Pay worked out from shifts"))
        self.working.setWordWrap(True)
        self.working.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total = theme.name(QLabel(), "payTotal", self.tr("Total worked out"))
        bold = self.total.font()
        bold.setBold(True)
        self.total.setFont(bold)
        self.missing = theme.name(QLabel(), "payMissingRates", self.tr("Missing pay rates"))
        self.missing.setWordWrap(True)
        theme.set_role(self.missing, "error")

        self.gross = self._amount("payGross", self.tr("Gross pay"))
        self.tax = self._amount("payTax", self.tr("Tax (PAYE)"))
        self.employee_ni = self._amount("payEmployeeNi", self.tr("Employee's National Insurance"))
        self.employee_pension = self._amount("payEmployeePension", self.tr("Employee's pension"))
        self.net = self._amount("payNet", self.tr("Net pay"))
        self.employer_ni = self._amount("payEmployerNi", self.tr("Employer's National Insurance"))
        self.employer_pension = self._amount("payEmployerPension", self.tr("Employer's pension"))
        self.holiday_pay = self._amount("payHoliday", self.tr("Holiday pay"))
        self.note = theme.name(QLabel(), "payNote", self.tr("Payslip check"))
        self.note.setWordWrap(True)

        self.payments = theme.name(
            QListWidget(), "payPayments", self.tr("Payments that paid this payslip")
        )
        self.no_payments = theme.name(QLabel(), "payNoPayments", self.tr("No payments found"))
        self.no_payments.setWordWrap(True)
        self.message = theme.name(QLabel(), "payMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.hide()

        buttons, self.save_button = theme.save_cancel(self, "Pay")

        self._lay_out(buttons)
        for field in self._fields():
            field.textChanged.connect(self.check)
        self.period.currentIndexChanged.connect(self.show_period)
        self.period.setCurrentIndex(self._first_choice())
        self.show_period()

    # Building ------------------------------------------------------------------------------

    def _amount(self, object_name: str, accessible: str) -> AmountField:
        return theme.name(AmountField(), object_name, accessible + " " + self.tr("in pounds"))

    def _fields(self) -> tuple[AmountField, ...]:
        return tuple(getattr(self, name) for name in SLIP_FIELDS)

    def _lay_out(self, buttons: QWidget) -> None:
        period_row = QFormLayout()
        period_row.addRow(self.tr("&Pay period:"), self.period)

        worked = QGroupBox(self.tr("Worked out from the shifts"))
        worked_layout = QVBoxLayout(worked)
        worked_layout.addWidget(self.working)
        worked_layout.addWidget(self.total)
        worked_layout.addWidget(self.missing)

        pay = QFormLayout()
        pay.addRow(self.tr("&Gross pay (£):"), self.gross)
        pay.addRow(self.tr("&Tax, PAYE (£):"), self.tax)
        pay.addRow(self.tr("Employee's &NI (£):"), self.employee_ni)
        pay.addRow(self.tr("Employee's pensi&on (£):"), self.employee_pension)
        pay.addRow(self.tr("N&et pay (£):"), self.net)
        on_top = QFormLayout()
        on_top.addRow(self.tr("Emplo&yer's NI (£):"), self.employer_ni)
        on_top.addRow(self.tr("Employe&r's pension (£):"), self.employer_pension)
        on_top.addRow(self.tr("&Holiday pay in it (£):"), self.holiday_pay)
        forms = QHBoxLayout()
        forms.addLayout(pay, 1)
        forms.addSpacing(self.fontMetrics().height())
        forms.addLayout(on_top, 1)
        payslip = QGroupBox(self.tr("From the payslip"))
        payslip_layout = QVBoxLayout(payslip)
        payslip_layout.addLayout(forms)
        payslip_layout.addWidget(self.note)

        list_label = QLabel(
            self.tr(
                "Tick the payments that p&aid it: the net pay to your PA, and what went to HMRC "
                "and the pension."
            )
        )
        list_label.setWordWrap(True)
        list_label.setBuddy(self.payments)
        paid = QGroupBox(self.tr("Payments that paid it"))
        paid_layout = QVBoxLayout(paid)
        paid_layout.addWidget(list_label)
        paid_layout.addWidget(self.payments, 1)
        paid_layout.addWidget(self.no_payments)

        layout = QVBoxLayout(self)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "Copy the figures from the payslip your payroll service sent. This app keeps "
                    "a record of payslips; it does not work out tax or National Insurance."
                )
            )
        )
        layout.addLayout(period_row)
        layout.addWidget(worked)
        layout.addWidget(payslip)
        layout.addWidget(paid, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        chain = (self.period, *self._fields(), self.payments, self.save_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        metrics = self.fontMetrics()
        self.resize(metrics.height() * 44, metrics.height() * 42)

    def _periods(self) -> list[PayPeriod]:
        """Newest first, from the PA's start (or two years ago) to the period holding today."""
        start = max(self.pa.start, _years_before(self.today, YEARS_SHOWN))
        end = self.today if self.pa.end is None else min(self.today, self.pa.end)
        found = staff.periods(self.session, self.pa_id, start, max(start, end))
        return list(reversed(found))

    def _first_choice(self) -> int:
        """The newest period that has ended: the one whose payslip has most likely arrived."""
        for index, period in enumerate(self.periods):
            if period.end < self.today:
                return index
        return 0

    # Showing a period ----------------------------------------------------------------------

    def chosen_period(self) -> PayPeriod | None:
        index = self.period.currentIndex()
        return self.periods[index] if 0 <= index < len(self.periods) else None

    def show_period(self) -> None:
        period = self.chosen_period()
        if period is None:
            return
        self.computed = staff.computed_pay(self.session, self.pa_id, period)
        self._show_working(self.computed)
        slip = self.slips.get(period.start)
        for name in SLIP_FIELDS:
            field = getattr(self, name)
            field.blockSignals(True)
            if slip is None:
                field.clear()
            else:
                field.set_pence(getattr(slip, name))
            field.blockSignals(False)
        self._show_payments(period, slip)
        self.message.clear()
        self.message.hide()
        self.check()

    def _show_working(self, computed: GrossPay) -> None:
        lines = [line.working for line in computed.lines]
        self.working.setText(
            "\n".join(lines)
            if lines
            else self.tr("No shifts or leave are recorded for this period.")
        )
        self.working.setAccessibleName(self.working.text())
        self.total.setText(_fill(self.tr("Total: %1"), format_pence(computed.total)))
        self.total.setAccessibleName(self.total.text())
        names = ", ".join(translated(STAFF, name) for name in computed.missing_rates)
        self.missing.setText(
            _fill(self.tr("No pay rate for: %1. Add one in the PA's details."), names)
            if names
            else ""
        )
        self.missing.setAccessibleName(self.missing.text())
        self.missing.setVisible(bool(names))

    def _show_payments(self, period: PayPeriod, slip: Payslip | None) -> None:
        linked: dict[int, str] = {}
        elsewhere: dict[int, PayPeriod] = {}
        for other in self.slips.values():
            for transaction_id, role in staff.payslip_payments(self.session, other.pay_id):
                if slip is not None and other.pay_id == slip.pay_id:
                    linked[transaction_id] = role
                else:
                    elsewhere[transaction_id] = other.period
        last = period.end + timedelta(days=DAYS_AFTER_PERIOD)
        ids = money.find(self.session, TransactionFilter(start=period.start, end=last))
        found = money.rows(self.session, list(dict.fromkeys([*ids, *linked])))
        shown = sorted(
            (row for row in found.values() if row.transaction_id in linked or self._is_pay(row)),
            key=lambda row: (row.when, row.transaction_id),
        )
        self.payments.clear()
        for row in shown:
            category = display.stored_category_name(row.category_name, row.category_key)
            category = category or self.tr("no category")
            when, paid = display.day(row.when), format_pence(-row.amount)
            text = f"{when}  {row.who}  {paid}  ({category})"
            if row.transaction_id in elsewhere:
                text += "  " + _fill(
                    self.tr("already with the payslip for %1"),
                    elsewhere[row.transaction_id].label,
                )
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if row.transaction_id in linked else Qt.CheckState.Unchecked
            )
            item.setData(ID_ROLE, row.transaction_id)
            item.setData(
                PAYMENT_ROLE,
                linked.get(row.transaction_id) or ROLE_OF_CATEGORY.get(row.category_key, "net"),
            )
            self.payments.addItem(item)
        if self.payments.count():  # where Space starts, without looking chosen
            self.payments.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.no_payments.setText(
            _fill(
                self.tr(
                    "No payments to your PA, HMRC, a pension or a payroll service from %1 to %2. "
                    "Add them on the Money page, then come back to tick them."
                ),
                display.day(period.start),
                display.day(last),
            )
        )
        self.no_payments.setAccessibleName(self.no_payments.text())
        self.no_payments.setVisible(not self.payments.count())

    def _is_pay(self, row: Transaction) -> bool:
        if row.amount >= 0 or row.is_transfer:
            return False
        return row.category_key in ROLE_OF_CATEGORY or self.pa.name.casefold() in row.who.casefold()

    # Checking and saving -------------------------------------------------------------------

    def _typed(self, field: AmountField) -> Pence | None:
        """The amount in ``field``, or None when it is empty or not yet an amount."""
        try:
            return parse_pence(field.text(), allow_negative=False) if field.text().strip() else None
        except UserError:
            return None

    def check(self) -> None:
        """Compare what is typed with the shifts, and the deductions with the net pay."""
        gross = self._typed(self.gross)
        lines: list[str] = []
        role = ""
        if gross is not None and self.computed is not None:
            worked = self.computed.total
            if gross == worked:
                lines.append(self.tr("The payslip's gross pay matches the shifts."))
                role = "success"
            else:
                lines.append(
                    _fill(
                        self.tr(
                            "The payslip says %1 but the shifts come to %2: %3 less. Please "
                            "check the hours with your payroll service."
                        )
                        if gross < worked
                        else self.tr(
                            "The payslip says %1 but the shifts come to %2: %3 more. Please "
                            "check the hours with your payroll service."
                        ),
                        format_pence(gross),
                        format_pence(worked),
                        format_pence(abs(gross - worked)),
                    )
                )
                role = "warning"
            net = self._typed(self.net)
            if net is not None:
                slip = Payslip(
                    None,
                    self.pa_id,
                    self.computed.period,
                    gross,
                    tax=self._typed(self.tax) or 0,
                    employee_ni=self._typed(self.employee_ni) or 0,
                    employee_pension=self._typed(self.employee_pension) or 0,
                    net=net,
                )
                if not slip.deductions_match:
                    left = gross - slip.tax - slip.employee_ni - slip.employee_pension
                    lines.append(
                        _fill(
                            self.tr(
                                "Gross pay less tax, employee's NI and employee's pension comes "
                                "to %1, but the net pay is %2. Please check the figures."
                            ),
                            format_pence(left),
                            format_pence(net),
                        )
                    )
                    role = "warning"
        self.note.setText("\n".join(lines))
        self.note.setAccessibleName(self.note.text() or self.tr("Payslip check"))
        self.note.setVisible(bool(lines))
        theme.set_role(self.note, role)
        self._make_room()

    def _make_room(self) -> None:
        """Grow to fit a longer note or message: Qt's minimum size misses wrapped text."""
        needed = self.layout().totalHeightForWidth(self.width())
        if self.screen() is not None:
            needed = min(needed, self.screen().availableGeometry().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def links(self) -> list[tuple[int, str]]:
        """The ticked payments, each with what it paid: net pay, HMRC or pension."""
        found = []
        for row in range(self.payments.count()):
            item = self.payments.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append((item.data(ID_ROLE), item.data(PAYMENT_ROLE)))
        return found

    def save(self) -> None:
        period = self.chosen_period()
        if period is None:
            return
        try:
            amounts = {
                name: parse_pence(getattr(self, name).text() or "0", allow_negative=False)
                for name in SLIP_FIELDS
            }
            existing = self.slips.get(period.start)
            pay_id = existing.pay_id if existing else None
            slip = Payslip(pay_id, self.pa_id, period, **amounts)
            self.saved_id = staff.save_payslip(self.session, slip, self.links())
        except UserError as error:
            theme.set_role(self.message, "error")
            self.message.setText(user_message(error))
            self.message.setAccessibleName(self.message.text())
            self.message.show()
            self._make_room()
            return
        self.accept()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.gross.setFocus()
