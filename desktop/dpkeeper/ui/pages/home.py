"""Home: how much money there is, how many weeks it lasts, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.ledger import TransactionFilter
from dpkeeper.domain.money import format_pence
from dpkeeper.services import overview as overview_service
from dpkeeper.services import periods
from dpkeeper.services import staff as staff_service
from dpkeeper.services.overview import Overview
from dpkeeper.services.session import Session, UnlockedWith
from dpkeeper.ui import display, theme


class Card(QFrame):
    """One fact on Home: a heading, a big number, a sentence, and a button for the next step."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = theme.heading(title, 1.1)
        self.figure = theme.heading("", 1.8)
        self.figure.setObjectName(f"{name}Figure")
        self.words = theme.paragraph("")
        self.words.setObjectName(f"{name}Words")
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.button = theme.name(QPushButton(), f"{name}Button", title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.figure)
        layout.addWidget(self.words)
        layout.addLayout(theme.left(self.button))
        layout.addStretch()

    def show_fact(self, figure: str, words: str, button: str | None) -> None:
        self.figure.setText(figure)
        self.figure.setVisible(bool(figure))
        self.words.setText(words)
        self.setAccessibleName(f"{self.title.text()}: {figure} {words}")
        self.words.setAccessibleName(words)
        self.button.setVisible(button is not None)
        if button:
            self.button.setText(button)
            self.button.setAccessibleName(button)


class HomePage(QWidget):
    navigate = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.summary: Overview | None = None
        self.greeting = theme.heading("")
        self.greeting.setObjectName("homeGreeting")
        self.money_card = Card("moneyCard", self.tr("Money available now"))
        self.weeks_card = Card("weeksCard", self.tr("Weeks of money in hand"))
        self.spent_card = Card("spentCard", self.tr("Spending this payment period"))
        self.receipts_card = Card("receiptsCard", self.tr("Receipts"))
        self.payment_card = Card("paymentCard", self.tr("Council payments"))
        self.staff_card = Card("staffCard", self.tr("Staff checks"))
        self.next_steps = QLabel()
        self.next_steps.setObjectName("homeNextSteps")
        self.next_steps.setWordWrap(True)
        self.next_steps.setTextFormat(Qt.TextFormat.RichText)

        grid = QGridLayout()
        grid.setSpacing(12)
        cards = (
            self.money_card,
            self.weeks_card,
            self.spent_card,
            self.payment_card,
            self.receipts_card,
            self.staff_card,
        )
        for index, card in enumerate(cards):
            grid.addWidget(card, index // 2, index % 2)
        content = QWidget()
        layout = theme.column(content)
        layout.addWidget(self.greeting)
        layout.addLayout(grid)
        layout.addWidget(theme.heading(self.tr("What to do next"), 1.2))
        layout.addWidget(self.next_steps)
        layout.addStretch()
        scroll = theme.name(QScrollArea(), "homeScroll", self.tr("Home"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.money_card.button.clicked.connect(lambda: self.navigate.emit("money", None))
        self.weeks_card.button.clicked.connect(lambda: self.navigate.emit("plan", None))
        self.spent_card.button.clicked.connect(lambda: self.navigate.emit("money", None))
        self.payment_card.button.clicked.connect(lambda: self.navigate.emit("money", None))
        self.receipts_card.button.clicked.connect(self._receipts_next_step)
        self.staff_card.button.clicked.connect(lambda: self.navigate.emit("staff", None))

    # Workspace protocol ------------------------------------------------------------------------

    def show_session(self, session: Session) -> None:
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        if self.session is None or not self.session.is_open:
            return
        name = self.session.person_name
        self.greeting.setText(self.tr("Hello, %1").replace("%1", name))
        self.greeting.setAccessibleName(self.greeting.text())
        self.summary = overview_service.overview(self.session)
        self._show_money(self.summary)
        self._show_weeks(self.summary)
        self._show_spent(self.summary)
        self._show_payments(self.summary)
        self._show_receipts(self.summary)
        self._show_staff()
        self._show_next_steps(self.summary)

    # The cards ---------------------------------------------------------------------------------

    def _show_money(self, s: Overview) -> None:
        if not s.accounts:
            self.money_card.show_fact(
                "",
                self.tr(
                    "Add the account your direct payment is paid into, to see your money here."
                ),
                self.tr("Add an account"),
            )
            self.money_card.button.clicked.disconnect()
            self.money_card.button.clicked.connect(lambda: self.navigate.emit("plan", None))
            return
        lines = [f"{account.name}: {display.money(balance)}" for account, balance in s.accounts]
        self.money_card.show_fact(
            display.money(s.total), "\n".join(lines), self.tr("See your money")
        )
        self.money_card.button.clicked.disconnect()
        self.money_card.button.clicked.connect(lambda: self.navigate.emit("money", None))

    def _show_weeks(self, s: Overview) -> None:
        if s.plan is None or s.weeks_in_hand is None:
            self.weeks_card.show_fact(
                "",
                self.tr("Add your support plan to see how many weeks your money would last."),
                self.tr("Add your plan"),
            )
            return
        weeks = display.left_to_right(str(s.weeks_in_hand))
        words = (
            self.tr("At %1 a week, your money would last about %2 weeks.")
            .replace("%1", format_pence(s.weekly_budget))
            .replace("%2", weeks)
        )
        if s.above_threshold:
            words += " " + self.tr(
                "That is more than %1 weeks. Your council may ask about money above this, and "
                "may ask for some back. It may help to talk to them about it."
            ).replace("%1", str(s.plan.surplus_weeks))
        else:
            words += " " + self.tr("That is within the %1 weeks your council expects.").replace(
                "%1", str(s.plan.surplus_weeks)
            )
        self.weeks_card.show_fact(self.tr("%1 weeks").replace("%1", weeks), words, None)

    def _show_spent(self, s: Overview) -> None:
        if s.plan is None or s.period_start is None:
            self.spent_card.show_fact("", self.tr("Add your support plan first."), None)
            return
        words = (
            self.tr("Spent from %1 to %2, out of %3 for this period.")
            .replace("%1", display.day(s.period_start))
            .replace("%2", display.day(s.period_end))
            .replace("%3", format_pence(s.period_budget))
        )
        self.spent_card.show_fact(format_pence(s.period_spent), words, self.tr("See spending"))

    def _show_payments(self, s: Overview) -> None:
        if s.plan is None or s.next_payment is None:
            self.payment_card.show_fact(
                "", self.tr("Add your support plan to see when payments are due."), None
            )
            return
        words = (
            self.tr("Next payment: %1 due on %2.")
            .replace("%1", format_pence(s.next_payment.amount))
            .replace("%2", display.day(s.next_payment.due))
        )
        last = s.last_payment
        if last is not None and last.arrived:
            words += " " + self.tr("The payment due on %1 arrived on %2.").replace(
                "%1", display.day(last.due)
            ).replace("%2", display.day(last.arrived_on))
        elif last is not None:
            words += " " + self.tr(
                "The payment due on %1 has not shown up yet. If it is in your bank, add it on "
                "the Money page."
            ).replace("%1", display.day(last.due))
        self.payment_card.show_fact(
            display.day(s.next_payment.due), words, self.tr("Record a payment")
        )

    def _show_receipts(self, s: Overview) -> None:
        if s.missing_receipts:
            words = (
                self.tr("1 payment needs a receipt, or a note saying why there isn't one.")
                if s.missing_receipts == 1
                else self.tr(
                    "%1 payments need a receipt, or a note saying why there isn't one."
                ).replace("%1", str(s.missing_receipts))
            )
            button = self.tr("Show what needs a receipt")
        else:
            words = self.tr("Every payment has a receipt or a reason. Well done.")
            button = None
        if s.waiting_receipts:
            words += " " + (
                self.tr("1 receipt is waiting to be matched to spending.")
                if s.waiting_receipts == 1
                else self.tr("%1 receipts are waiting to be matched to spending.").replace(
                    "%1", str(s.waiting_receipts)
                )
            )
            button = button or self.tr("Match receipts")
        self.receipts_card.show_fact(str(s.missing_receipts), words, button)

    def _show_staff(self) -> None:
        due = staff_service.due_reminders(self.session)
        if not staff_service.pas(self.session):
            self.staff_card.show_fact(
                "", self.tr("If you employ PAs, add them on the Staff page."), self.tr("Open Staff")
            )
            return
        if not due:
            words = self.tr("No checks or insurance renewals are due in the next 30 days.")
        else:
            words = "\n".join(reminder.text for reminder in due[:4])
            if len(due) > 4:
                words += "\n" + self.tr("and %1 more.").replace("%1", str(len(due) - 4))
        self.staff_card.show_fact(str(len(due)), words, self.tr("Open Staff"))

    def _monitoring_step(self, due, today) -> str:
        """When the next monitoring return is due, from the plan's monitoring frequency."""
        span = (
            self.tr("%1 to %2")
            .replace("%1", display.day(due.start))
            .replace("%2", display.day(due.end))
        )
        if due.end < today:
            return self.tr(
                "Your monitoring return for %1 is due now. Make it on the Statements page, and "
                "mark the period as sent when it has gone to the council."
            ).replace("%1", span)
        if due.end == today:
            return self.tr(
                "Your next monitoring return covers %1. That time ends today, so you can make it "
                "on the Statements page from tomorrow."
            ).replace("%1", span)
        return (
            self.tr(
                "Your next monitoring return covers %1. It is due after %2 (in %3 days): "
                "make it on the Statements page then."
            )
            .replace("%1", span)
            .replace("%2", display.day(due.end))
            .replace("%3", str(due.days_until(today)))
        )

    def _receipts_next_step(self) -> None:
        if self.summary is not None and self.summary.missing_receipts:
            self.navigate.emit("money", TransactionFilter(missing_receipts_only=True))
        else:
            self.navigate.emit("receipts", "waiting")

    def _show_next_steps(self, s: Overview) -> None:
        steps = []
        if self.session.unlocked_with is UnlockedWith.RECOVERY_CODE:
            steps.append(
                self.tr(
                    "You opened the vault with your recovery code. "
                    "Choose a new passphrase in Settings."
                )
            )
        if not s.accounts:
            steps.append(self.tr("Add your direct payment account in Plan and accounts."))
        if s.plan is None:
            steps.append(self.tr("Add your support plan in Plan and accounts."))
        due = periods.next_return(self.session, s.today)
        if due is not None:
            steps.append(self._monitoring_step(due, s.today))
        steps += [
            self.tr(
                "Keep your recovery sheet somewhere safe, away from this computer. "
                "If you did not print it, you can make a new code in Settings."
            ),
            self.tr("Press Lock (Ctrl+L) whenever you step away. Nothing you have typed is lost."),
        ]
        self.next_steps.setText("<ol>" + "".join(f"<li>{step}</li>" for step in steps) + "</ol>")
        self.next_steps.setAccessibleName(" ".join(steps))
