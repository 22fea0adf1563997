"""The unlocked vault: a header with the vault's name and the Lock button, and the pages.

Each page offers ``show_session(session)`` (a vault was opened or unlocked again) and
``refresh()`` (the page is about to be shown: re-read what may have changed elsewhere). A page
may have a ``navigate`` signal ``(page_key, argument)`` to send the person to another page; the
target page's ``focus_on(argument)`` is then called if it has one.

A page gets the session only when it is first shown, so unlocking draws Home without working
out every other page (Staff alone reads years of pay). After locking, only the pages already
shown are given the session again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.access import ROLE_NAMES
from dpkeeper.services.session import Session
from dpkeeper.ui import theme
from dpkeeper.ui.messages import translated
from dpkeeper.ui.pages.help import HelpPage, section_for_page
from dpkeeper.ui.pages.home import HomePage
from dpkeeper.ui.pages.hours import HoursPage
from dpkeeper.ui.pages.money import MoneyPage
from dpkeeper.ui.pages.plan import PlanPage
from dpkeeper.ui.pages.receipts import ReceiptsPage
from dpkeeper.ui.pages.settings import SettingsPage
from dpkeeper.ui.pages.staff import StaffPage
from dpkeeper.ui.pages.statements import StatementsPage
from dpkeeper.vault.keychain import Keychain


class Workspace(QWidget):
    lock_requested = Signal()
    close_requested = Signal()

    def __init__(self, keychain: Keychain, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        #: Pages given the current session so far (the others get it when first shown).
        self._given: set[int] = set()
        self.vault_name = theme.heading("", 1.2)
        self.vault_name.setObjectName("vaultName")
        self.signed_in = theme.name(QLabel(), "signedIn", self.tr("Who is signed in"))
        self.lock_button = theme.name(
            QPushButton(self.tr("Lock")), "lockButton", self.tr("Lock (Ctrl+L)")
        )
        self.lock_button.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_requested)
        self.what_is_this = theme.name(
            QPushButton(self.tr("What is this?")),
            "whatIsThis",
            self.tr("What is this page? Opens the guide (F1)"),
        )
        self.what_is_this.setToolTip(self.tr("Read about this page in the guide (F1)"))
        self.what_is_this.clicked.connect(self.show_help)

        self.home = HomePage()
        self.money = MoneyPage()
        self.plan = PlanPage()
        self.settings = SettingsPage(keychain)
        self.settings.close_requested.connect(self.close_requested)
        self.pages = QStackedWidget()
        self.nav = theme.name(QListWidget(), "navigation", self.tr("Pages"))
        #: (key, title, page) in navigation order. Home first, then Settings and Help last.
        self.page_list: list[tuple[str, str, QWidget]] = [
            ("home", self.tr("Home"), self.home),
            ("money", self.tr("Money"), self.money),
            ("receipts", self.tr("Receipts"), ReceiptsPage()),
            ("hours", self.tr("Hours"), HoursPage()),
            ("staff", self.tr("Staff"), StaffPage()),
            ("statements", self.tr("Statements"), StatementsPage()),
            ("plan", self.tr("Plan and accounts"), self.plan),
            ("settings", self.tr("Settings"), self.settings),
            ("help", self.tr("Help"), HelpPage()),
        ]
        for _key, title, page in self.page_list:
            self.nav.addItem(title)
            self.pages.addWidget(page)
            if hasattr(page, "navigate"):
                page.navigate.connect(self.go_to)
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.nav.setCurrentRow(0)
        theme.on_font_change(self.nav, self._fit_nav)

        header = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.vault_name)
        names.addWidget(self.signed_in)
        header.addLayout(names, 1)
        header.addWidget(self.what_is_this, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.lock_button, 0, Qt.AlignmentFlag.AlignTop)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(body, 1)

    def _fit_nav(self) -> None:
        """Every page title in full, at any text size."""
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 32)
        self.nav.setMaximumWidth(self.nav.sizeHintForColumn(0) * 2 + 24)

    def page(self, key: str) -> QWidget:
        return next(page for k, _title, page in self.page_list if k == key)

    def go_to(self, key: str, argument: object = None) -> None:
        """Show another page, and hand it what to focus on (e.g. a filter for the Money page)."""
        row = next(i for i, (k, _t, _p) in enumerate(self.page_list) if k == key)
        self.nav.setCurrentRow(row)
        target = self.page_list[row][2]
        if argument is not None and hasattr(target, "focus_on"):
            target.focus_on(argument)

    def show_help(self) -> None:
        """Open the guide at the part about the page showing now ("What is this?" and F1)."""
        key = self.page_list[self.pages.currentIndex()][0]
        help_page = self.page("help")
        self.go_to("help", help_page.current_section if key == "help" else section_for_page(key))

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        page = self.page_list[row][2]
        if self.session is not None:
            if row not in self._given:
                self._give_session(row)
            elif hasattr(page, "refresh"):
                page.refresh()
        self.pages.setCurrentIndex(row)

    def _give_session(self, row: int) -> None:
        """Hand the session to a page (it reads what it shows)."""
        self._given.add(row)
        page = self.page_list[row][2]
        if hasattr(page, "show_session"):
            page.show_session(self.session)

    def attach(self, session: Session) -> None:
        """Show a newly opened vault."""
        self.settings.attach(session)
        self._given.clear()
        self._show(session)
        if self.nav.currentRow() == 0:
            self._give_session(0)
        else:
            self.nav.setCurrentRow(0)

    def resume(self, session: Session) -> None:
        """Show the vault again after it was locked, exactly as it was left."""
        self.settings.resume(session)
        self._show(session)
        for row in sorted(self._given):
            self._give_session(row)
        current = self.nav.currentRow()
        if current >= 0 and current not in self._given:
            self._give_session(current)

    def _show(self, session: Session) -> None:
        self.session = session
        self.vault_name.setText(session.location.display_name)
        self.vault_name.setAccessibleName(
            self.tr("Vault: %1").replace("%1", session.location.display_name)
        )
        how = translated("Session", session.unlocked_with.value)
        signed_in = (
            self.tr("Signed in: %1 (with %2)")
            if session.role == "holder"
            else self.tr("Signed in as %1, %3 (with %2)").replace(
                "%3", translated("Access", ROLE_NAMES.get(session.role, session.role))
            )
        )
        self.signed_in.setText(signed_in.replace("%1", session.name).replace("%2", how))
