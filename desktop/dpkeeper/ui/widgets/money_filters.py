"""The Money page's filter bar: a period, a category, an account, and words to search for."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from dpkeeper.domain.categories import Category
from dpkeeper.domain.ledger import UNSORTED, Account, TransactionFilter
from dpkeeper.domain.periods import PERIODS, Period, dates_for
from dpkeeper.ui import display, theme
from dpkeeper.ui.messages import translated
from dpkeeper.ui.widgets.date_field import DateField
from dpkeeper.ui.widgets.flow_layout import FlowLayout

SEARCH_DELAY_MS = 200  # wait for a pause in typing before searching 50,000 rows


class MoneyFilters(QWidget):
    """Emits ``changed`` when the person picks another filter (typing: after a short pause)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = theme.name(QComboBox(), "periodFilter", self.tr("Period"))
        for period in Period:
            self.period.addItem(translated(PERIODS, period.label), period.value)
        self.start = theme.name(DateField(), "periodFrom", self.tr("From"))
        self.end = theme.name(DateField(), "periodTo", self.tr("To"))
        self.category = theme.name(QComboBox(), "categoryFilter", self.tr("Category"))
        self.account = theme.name(QComboBox(), "accountFilter", self.tr("Account"))
        self.account.setToolTip(self.tr("Choose one account to see its running balance"))
        for combo in (self.period, self.category, self.account):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search = theme.name(QLineEdit(), "searchField", self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search names, notes or amounts"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 14))

        layout = FlowLayout(self)  # wraps onto more lines with large text
        self._captions: dict[QWidget, QLabel] = {}
        for label, widget in (
            (self.tr("&Period:"), self.period),
            (self.tr("F&rom:"), self.start),
            (self.tr("T&o:"), self.end),
            (self.tr("Cate&gory:"), self.category),
            (self.tr("Acco&unt:"), self.account),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            layout.add(caption, widget)
            self._captions[widget] = caption
        layout.addWidget(self.search)

        self._typing = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.changed)
        self.search.textChanged.connect(self._typing.start)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start.dateChanged.connect(self.changed)
        self.end.dateChanged.connect(self.changed)
        self.category.activated.connect(self.changed)
        self.account.activated.connect(self.changed)
        self._show_dates()

    @property
    def several_accounts(self) -> bool:
        return self.account.count() > 2  # "All accounts" and at least two more

    def fill(self, categories: list[Category], accounts: list[Account]) -> None:
        """List the vault's categories and accounts, keeping what was chosen."""
        chosen_category = self.category.currentData()
        chosen_account = self.account.currentData()
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        self.category.addItem(self.tr("Not sorted yet"), UNSORTED)
        for category in categories:
            self.category.addItem(display.category_name(category), category.category_id)
        self.category.setCurrentIndex(max(self.category.findData(chosen_category), 0))
        self.account.clear()
        self.account.addItem(self.tr("All accounts"), None)
        for account in accounts:
            self.account.addItem(account.name, account.account_id)
        self.account.setCurrentIndex(max(self.account.findData(chosen_account), 0))
        for widget in (self.account, self._captions[self.account]):
            widget.setVisible(self.several_accounts)

    def narrow(self, query: TransactionFilter, today: date) -> TransactionFilter:
        """``query`` limited to what the filter bar shows."""
        period = Period(self.period.currentData())
        if period is Period.CUSTOM:
            start, end = self.start.value(), self.end.value()
        else:
            start, end = dates_for(period, today)
        return replace(
            query,
            start=start,
            end=end,
            category_id=self.category.currentData(),
            account_id=self.account.currentData(),
            text=self.search.text(),
        )

    def show_filter(self, query: TransactionFilter, earliest: date, today: date) -> None:
        """Set the bar to show ``query`` (from another page); emits ``changed`` once."""
        blockers = [QSignalBlocker(w) for w in (self.period, self.start, self.end, self.search)]
        self.search.setText(query.text)
        self.category.setCurrentIndex(max(self.category.findData(query.category_id), 0))
        self.account.setCurrentIndex(max(self.account.findData(query.account_id), 0))
        custom = query.start is not None or query.end is not None
        self.period.setCurrentIndex(
            self.period.findData(Period.CUSTOM.value if custom else Period.ALL.value)
        )
        if custom:
            self.start.set_value(query.start or earliest)
            self.end.set_value(query.end or today)
        for blocker in blockers:
            blocker.unblock()
        self._typing.stop()
        self._show_dates()
        self.changed.emit()

    def _period_changed(self) -> None:
        self._show_dates()
        self.changed.emit()

    def _show_dates(self) -> None:
        custom = self.period.currentData() == Period.CUSTOM.value
        for field in (self.start, self.end):
            field.setVisible(custom)
            self._captions[field].setVisible(custom)
