"""Plan and accounts: the support plan (with its history) and the accounts money is kept in."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.access import Action
from dpkeeper.domain.errors import UserError
from dpkeeper.domain.money import format_pence, parse_pence
from dpkeeper.domain.plan import (
    DEFAULT_SURPLUS_WEEKS,
    PLAN,
    BudgetLine,
    FundingSource,
    Monitoring,
    Plan,
)
from dpkeeper.domain.schedule import SCHEDULE, Frequency
from dpkeeper.services import money
from dpkeeper.services import plan as plan_service
from dpkeeper.services.session import Session
from dpkeeper.ui import display, roles, theme
from dpkeeper.ui.dialogs.account import AccountDialog
from dpkeeper.ui.dialogs.budget_line import BudgetLineDialog, show_hours
from dpkeeper.ui.messages import translated, user_message
from dpkeeper.ui.widgets.amount_field import AmountField
from dpkeeper.ui.widgets.date_field import DateField

ID_ROLE = Qt.ItemDataRole.UserRole


class PlanPage(QWidget):
    navigate = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.dialog: QWidget | None = None
        self.lines: list[BudgetLine] = []

        self.intro = theme.paragraph("")
        self.intro.setObjectName("planIntro")
        self.funder = theme.name(QLineEdit(), "funderName", self.tr("Council or NHS team"))
        self.funder.setPlaceholderText(self.tr("For example: Leeds City Council"))
        self.reference = theme.name(QLineEdit(), "planReference", self.tr("Reference number"))
        self.start = theme.name(DateField(), "planStart", self.tr("Plan starts"))
        self.review = theme.name(DateField(), "planReview", self.tr("Next review"))
        self.payment = theme.name(AmountField(), "paymentAmount", self.tr("Payment amount"))
        self.frequency = theme.name(
            QComboBox(), "paymentFrequency", self.tr("How often it is paid")
        )
        for frequency in Frequency:
            self.frequency.addItem(translated(SCHEDULE, frequency.label), frequency.value)
        self.frequency.setCurrentIndex(self.frequency.findData(Frequency.FOUR_WEEKLY.value))
        self.first_payment = theme.name(DateField(), "firstPayment", self.tr("First payment date"))
        self.sources: dict[FundingSource, QCheckBox] = {}
        for source in FundingSource:
            label = translated(PLAN, source.label)
            self.sources[source] = theme.name(QCheckBox(label), f"source_{source.value}", label)
        self.contribution = theme.name(
            AmountField(), "contribution", self.tr("Your contribution each week")
        )
        self.s117_note = theme.paragraph(
            self.tr("Section 117 aftercare is free: there is no contribution.")
        )
        self.monitoring = theme.name(
            QComboBox(), "monitoring", self.tr("How often the council checks")
        )
        for monitoring in Monitoring:
            self.monitoring.addItem(translated(PLAN, monitoring.label), monitoring.value)
        self.monitoring.setCurrentIndex(self.monitoring.findData(Monitoring.QUARTERLY.value))
        self.surplus = theme.name(QSpinBox(), "surplusWeeks", self.tr("Warning level in weeks"))
        self.surplus.setRange(1, 52)
        self.surplus.setValue(DEFAULT_SURPLUS_WEEKS)
        self.surplus.setSuffix(self.tr(" weeks"))
        self.line_list = theme.name(QListWidget(), "budgetLines", self.tr("Budget lines"))
        self.line_list.setMaximumHeight(self.fontMetrics().height() * 7)
        self.add_line = theme.name(
            QPushButton(self.tr("Add a line…")), "addLine", self.tr("Add a budget line")
        )
        self.edit_line = theme.name(
            QPushButton(self.tr("Change…")), "editLine", self.tr("Change budget line")
        )
        self.remove_line = theme.name(
            QPushButton(self.tr("Remove")), "removeLine", self.tr("Remove budget line")
        )
        self.effective = theme.name(DateField(), "changesStart", self.tr("Changes start on"))
        self.weekly = theme.name(QLabel(), "weeklyBudget", self.tr("Weekly budget"))
        self.weekly.setWordWrap(True)
        self.save_button = theme.name(
            QPushButton(self.tr("&Save the plan")), "savePlan", self.tr("Save the plan")
        )
        self.message = theme.name(QLabel(), "planMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        self.history = theme.name(
            QListWidget(), "planHistory", self.tr("Earlier versions of the plan")
        )
        self.history.setMaximumHeight(self.fontMetrics().height() * 6)

        self.account_list = theme.name(QListWidget(), "accountList", self.tr("Accounts"))
        self.account_list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.no_accounts = theme.paragraph(
            self.tr(
                "No accounts yet. Press “Add an account…” and add the bank account your direct "
                "payment is paid into."
            )
        )
        self.no_accounts.setObjectName("noAccounts")
        self.add_account = theme.name(
            QPushButton(self.tr("Add an &account…")), "addAccount", self.tr("Add an account")
        )
        self.edit_account = theme.name(
            QPushButton(self.tr("C&hange account…")), "editAccount", self.tr("Change account")
        )

        sources_box = QVBoxLayout()
        for box in self.sources.values():
            sources_box.addWidget(box)
        payment_row = QHBoxLayout()
        payment_row.addWidget(self.payment)
        payment_row.addWidget(self.frequency)
        line_buttons = QHBoxLayout()
        for button in (self.add_line, self.edit_line, self.remove_line):
            line_buttons.addWidget(button)
        line_buttons.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("Council or &NHS team:"), self.funder)
        form.addRow(self.tr("&Reference:"), self.reference)
        form.addRow(self.tr("Plan &starts:"), self.start)
        form.addRow(self.tr("Next re&view:"), self.review)
        payment_label = QLabel(self.tr("&Payment (£):"))
        payment_label.setBuddy(self.payment)
        form.addRow(payment_label, payment_row)
        form.addRow(self.tr("&First payment date:"), self.first_payment)
        form.addRow(self.tr("Money comes from:"), sources_box)
        form.addRow(self.tr("Your &contribution a week (£):"), self.contribution)
        form.addRow("", self.s117_note)
        form.addRow(self.tr("Council &checks:"), self.monitoring)
        form.addRow(self.tr("&Warn me above:"), self.surplus)
        form.addRow(self.tr("Budget lines:"), self.line_list)
        form.addRow("", line_buttons)
        form.addRow(self.tr("Changes s&tart on:"), self.effective)
        plan_box = QGroupBox(self.tr("Your support plan"))
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addWidget(self.intro)
        plan_layout.addLayout(form)
        plan_layout.addWidget(self.weekly)
        plan_layout.addLayout(theme.left(self.save_button))
        plan_layout.addWidget(self.message)
        plan_layout.addWidget(QLabel(self.tr("Earlier versions:")))
        plan_layout.addWidget(self.history)

        account_buttons = QHBoxLayout()
        account_buttons.addWidget(self.add_account)
        account_buttons.addWidget(self.edit_account)
        account_buttons.addStretch()
        accounts_box = QGroupBox(self.tr("Your accounts"))
        accounts_layout = QVBoxLayout(accounts_box)
        accounts_layout.addWidget(
            theme.paragraph(
                self.tr(
                    "The places your direct payment money is kept. Moving money between your "
                    "accounts is a transfer: it is not spending."
                )
            )
        )
        accounts_layout.addWidget(self.no_accounts)
        accounts_layout.addWidget(self.account_list)
        accounts_layout.addLayout(account_buttons)

        content = QWidget()
        column = theme.column(content)
        column.addWidget(theme.heading(self.tr("Plan and accounts")))
        column.addWidget(accounts_box)
        column.addWidget(plan_box)
        column.addStretch()
        scroll = theme.name(QScrollArea(), "planScroll", self.tr("Plan and accounts"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.sources[FundingSource.SECTION_117].toggled.connect(self._section_117)
        for field in (self.payment, self.contribution):
            field.textChanged.connect(self._show_weekly)
        self.frequency.currentIndexChanged.connect(self._show_weekly)
        self.add_line.clicked.connect(lambda: self._edit_line(None))
        self.edit_line.clicked.connect(lambda: self._edit_line(self.line_list.currentRow()))
        self.line_list.itemActivated.connect(
            lambda _item: self._edit_line(self.line_list.currentRow())
        )
        self.remove_line.clicked.connect(self._remove_line)
        self.save_button.clicked.connect(self.save)
        self.history.itemActivated.connect(self._load_version)
        self.add_account.clicked.connect(
            lambda: self._open(AccountDialog(self.session, parent=self))
        )
        self.edit_account.clicked.connect(self._change_account)
        self.account_list.itemActivated.connect(lambda _item: self._change_account())
        self._section_117(False)

    # Workspace protocol ------------------------------------------------------------------------

    def show_session(self, session: Session) -> None:
        self.session = session
        self._load(plan_service.current(session))
        self.refresh()

    def refresh(self) -> None:
        if self.session is None or not self.session.is_open:
            return
        self._fill_accounts()
        self._fill_history()
        for button in (self.save_button, self.add_line, self.add_account):
            roles.allow(button, self.session, Action.PLAN)
        self._fill_lines()

    # Plan form ---------------------------------------------------------------------------------

    def _load(self, plan: Plan | None) -> None:
        self.message.clear()
        if plan is None:
            self.intro.setText(
                self.tr(
                    "Your support plan says how much the council (or the NHS) pays you, how "
                    "often, and what it is for. You will find these figures in your council's "
                    "letter or your support plan. Fill in what you know: you can change it later."
                )
            )
            today = date.today()
            self.start.set_value(today)
            self.review.set_value(today + timedelta(days=365))
            self.first_payment.set_value(today)
            self.effective.set_value(today)
            for source, box in self.sources.items():
                box.setChecked(source is FundingSource.COUNCIL)
            self.lines = []
            self._fill_lines()
            self._show_weekly()
            return
        self.intro.setText(
            self.tr(
                "If your plan changes, change the figures, choose the day the changes start, and "
                "save. The earlier version is kept for statements about earlier dates."
            )
        )
        self.funder.setText(plan.funder_name)
        self.reference.setText(plan.reference)
        self.start.set_value(plan.start_date)
        self.review.set_value(plan.review_date or plan.start_date + timedelta(days=365))
        self.payment.set_pence(plan.payment)
        self.frequency.setCurrentIndex(self.frequency.findData(plan.frequency.value))
        self.first_payment.set_value(plan.first_payment)
        for source, box in self.sources.items():
            box.setChecked(source in plan.sources)
        self.contribution.set_pence(plan.contribution_weekly)
        self.monitoring.setCurrentIndex(self.monitoring.findData(plan.monitoring.value))
        self.surplus.setValue(plan.surplus_weeks)
        self.effective.set_value(max(plan.effective_from, date.today()))
        self.lines = list(plan.lines)
        self._fill_lines()
        self._show_weekly()

    def _section_117(self, on: bool) -> None:
        if on:
            self.contribution.setText("0.00")
        self.contribution.setEnabled(not on)
        self.s117_note.setVisible(on)

    def _fill_lines(self) -> None:
        self.line_list.clear()
        for line in self.lines:
            if line.is_hours:
                text = (
                    self.tr("%1: %2 hours a week at %3 (%4 a week)")
                    .replace("%1", line.name)
                    .replace("%2", show_hours(line.minutes_per_week))
                    .replace("%3", format_pence(line.hourly_rate))
                    .replace("%4", format_pence(line.weekly_pence))
                )
            else:
                text = (
                    self.tr("%1: %2 %3 (%4 a week)")
                    .replace("%1", line.name)
                    .replace("%2", format_pence(line.amount))
                    .replace("%3", translated(SCHEDULE, line.frequency.label))
                    .replace("%4", format_pence(line.weekly_pence))
                )
            self.line_list.addItem(text)
        has = bool(self.lines)
        roles.allow(self.edit_line, self.session, Action.PLAN, has)
        roles.allow(self.remove_line, self.session, Action.PLAN, has)

    def _edit_line(self, row: int | None) -> None:
        if self.session is None or self.dialog is not None or not self.session.can(Action.PLAN):
            return
        existing = self.lines[row] if row is not None and 0 <= row < len(self.lines) else None
        if row is not None and existing is None:
            return
        dialog = BudgetLineDialog(self.session, existing, parent=self)

        def done(result: int) -> None:
            if dialog.line is not None:
                if existing is None:
                    self.lines.append(dialog.line)
                else:
                    self.lines[row] = dialog.line
                self._fill_lines()
            self.dialog = None
            dialog.deleteLater()

        self.dialog = dialog
        dialog.finished.connect(done)
        dialog.open()

    def _remove_line(self) -> None:
        row = self.line_list.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self._fill_lines()

    def _amount(self, field: AmountField) -> int:
        return parse_pence(field.text() or "0", allow_negative=False)

    def plan_from_form(self) -> Plan:
        return Plan(
            effective_from=self.effective.value(),
            funder_name=self.funder.text(),
            reference=self.reference.text(),
            start_date=self.start.value(),
            review_date=self.review.value(),
            payment=self._amount(self.payment),
            frequency=Frequency(self.frequency.currentData()),
            first_payment=self.first_payment.value(),
            sources=frozenset(s for s, box in self.sources.items() if box.isChecked()),
            contribution_weekly=self._amount(self.contribution),
            monitoring=Monitoring(self.monitoring.currentData()),
            surplus_weeks=self.surplus.value(),
            lines=tuple(self.lines),
        )

    def _show_weekly(self) -> None:
        try:
            payment = self._amount(self.payment)
            contribution = self._amount(self.contribution)
        except UserError:
            self.weekly.setText("")
            return
        frequency = Frequency(self.frequency.currentData())
        plan = Plan(
            date.today(),
            "",
            "",
            date.today(),
            None,
            payment,
            frequency,
            date.today(),
            frozenset(),
            contribution,
        )
        text = self.tr("That is %1 a week, including your contribution.").replace(
            "%1", format_pence(plan.weekly_budget_pence)
        )
        self.weekly.setText(text if payment else "")
        self.weekly.setAccessibleName(self.weekly.text())

    def save(self) -> None:
        try:
            saved = plan_service.save(self.session, self.plan_from_form())
        except UserError as error:
            theme.set_role(self.message, "error")
            self.message.setText(user_message(error))
            return
        self._load(saved)
        self._fill_history()
        theme.set_role(self.message, "success")
        self.message.setText(
            self.tr("Saved. This plan applies from %1.").replace(
                "%1", display.day(saved.effective_from)
            )
        )

    def _fill_history(self) -> None:
        self.history.clear()
        for version in plan_service.history(self.session):
            item = QListWidgetItem(
                self.tr("From %1: %2 %3, %4")
                .replace("%1", display.day(version.effective_from))
                .replace("%2", format_pence(version.payment))
                .replace("%3", translated(SCHEDULE, version.frequency.label))
                .replace("%4", version.funder_name)
            )
            item.setData(ID_ROLE, version.effective_from.isoformat())
            self.history.addItem(item)

    def _load_version(self, item: QListWidgetItem) -> None:
        chosen = item.data(ID_ROLE)
        for version in plan_service.history(self.session):
            if version.effective_from.isoformat() == chosen:
                self._load(version)
                self.effective.set_value(version.effective_from)
                return

    # Accounts ----------------------------------------------------------------------------------

    def _fill_accounts(self) -> None:
        balances = money.balances(self.session)
        self.account_list.clear()
        for account in money.accounts(self.session):
            item = QListWidgetItem(
                self.tr("%1 (%2): %3 now. Started with %4 on %5.")
                .replace("%1", account.name)
                .replace("%2", display.ledger_label(account.kind.label))
                .replace("%3", format_pence(balances.get(account.account_id, 0)))
                .replace("%4", format_pence(account.opening_balance))
                .replace("%5", display.day(account.opening_date))
            )
            item.setData(ID_ROLE, account.account_id)
            self.account_list.addItem(item)
        if self.account_list.count():
            self.account_list.setCurrentRow(0)
        self.no_accounts.setVisible(self.account_list.count() == 0)
        roles.allow(self.edit_account, self.session, Action.PLAN, self.account_list.count() > 0)

    def _change_account(self) -> None:
        item = self.account_list.currentItem()
        if item is None or self.session is None or not self.session.can(Action.PLAN):
            return
        chosen = next(a for a in money.accounts(self.session) if a.account_id == item.data(ID_ROLE))
        self._open(AccountDialog(self.session, chosen, parent=self))

    def _open(self, dialog) -> None:
        if self.dialog is not None:
            return
        self.dialog = dialog

        def done(_result: int) -> None:
            if dialog.saved_id is not None:
                self._fill_accounts()
            self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
