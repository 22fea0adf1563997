"""The main window: moves between the welcome, create, unlock and workspace screens,
and locks the vault on request (Ctrl+L) or after a quiet spell."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QStackedWidget

from dpkeeper import APP_NAME
from dpkeeper.domain.errors import UserError
from dpkeeper.services import app_settings, preferences, vault_access
from dpkeeper.services.session import Session
from dpkeeper.ui import clipboard, workers
from dpkeeper.ui.automatic_backups import AutomaticBackups
from dpkeeper.ui.dialogs.about import AboutDialog
from dpkeeper.ui.dialogs.tour import FirstRunTour
from dpkeeper.ui.idle import IdleWatcher
from dpkeeper.ui.messages import user_message
from dpkeeper.ui.pages.create_vault import CreateVaultPage
from dpkeeper.ui.pages.help import HelpDialog
from dpkeeper.ui.pages.unlock import UnlockPage
from dpkeeper.ui.pages.welcome import WelcomePage
from dpkeeper.ui.pages.workspace import Workspace
from dpkeeper.ui.workers import run_in_background
from dpkeeper.vault.keychain import Keychain

LOCK_RETRY_MS = 1000


class MainWindow(QMainWindow):
    def __init__(self, keychain: Keychain | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.keychain = keychain or Keychain()
        self._keychain_usable = self.keychain.usable()
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self._task = None

        self.welcome = WelcomePage()
        self.create_page = CreateVaultPage()
        self.unlock_page = UnlockPage(self._keychain_usable)
        self.screens = QStackedWidget()
        for screen in (self.welcome, self.create_page, self.unlock_page):
            self.screens.addWidget(screen)
        self.setCentralWidget(self.screens)

        self.welcome.open_requested.connect(self.open_vault)
        self.welcome.create_requested.connect(self._start_create)
        self.create_page.created.connect(self._vault_created)
        self.create_page.cancelled.connect(self.show_welcome)
        self.unlock_page.unlocked.connect(self._unlocked)
        self.unlock_page.back_requested.connect(self.close_vault)
        self.unlock_page.restored.connect(self._restored_from_backup)
        self.welcome.help_requested.connect(self.show_guide)
        self.unlock_page.help_requested.connect(self.show_guide)

        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence(self.tr("Ctrl+L")))
        self.lock_action.triggered.connect(self.lock)
        self.lock_action.setEnabled(False)
        self.addAction(self.lock_action)

        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("helpMenu")
        self.guide_action = QAction(self.tr("Help and &guide"), self)
        self.guide_action.setObjectName("guideAction")
        self.guide_action.setShortcut(QKeySequence("F1"))
        self.guide_action.triggered.connect(self.show_guide)
        self.help_menu.addAction(self.guide_action)
        self.addAction(self.guide_action)
        self.help_dialog: HelpDialog | None = None
        self.tour: FirstRunTour | None = None
        self.about_action = self.help_menu.addAction(
            self.tr("&About %1").replace("%1", APP_NAME), self.show_about
        )
        self.about_action.setObjectName("aboutAction")
        self.about_dialog: AboutDialog | None = None

        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.backups = AutomaticBackups(self)
        QCoreApplication.instance().installEventFilter(self.idle)
        self.resize(900, 640)
        self.show_welcome()

    # -- screens ------------------------------------------------------------------------------

    def show_welcome(self) -> None:
        self.welcome.refresh()
        self.screens.setCurrentWidget(self.welcome)

    def _start_create(self) -> None:
        self.create_page.start()
        self.screens.setCurrentWidget(self.create_page)

    def open_vault(self, folder: Path) -> None:
        """Open a vault: by this computer's keychain if it remembers it, else ask."""
        self.close_vault(show_welcome=False)
        self.unlock_page.ask_for(folder)
        self.screens.setCurrentWidget(self.unlock_page)
        if not self._keychain_usable:
            return
        self.unlock_page.setEnabled(False)
        self._task = run_in_background(
            self,
            lambda: vault_access.unlock_with_this_computer(folder, self.keychain),
            self._remembered_result,
            self._remembered_failed,
            self.tr("Opening your vault…"),
        )

    def _remembered_result(self, session: Session | None) -> None:
        self.unlock_page.setEnabled(True)
        if session is None:
            self.unlock_page.ask_for(self.unlock_page.folder)
        else:
            self._enter(session)

    def _remembered_failed(self, error: BaseException) -> None:
        self.unlock_page.setEnabled(True)
        note = user_message(error) if isinstance(error, UserError) else ""
        self.unlock_page.ask_for(self.unlock_page.folder, note)
        self.unlock_page.offer_restore(error)

    def _vault_created(self, session: Session) -> None:
        self._enter(session)

    def _unlocked(self, session: Session, remember: bool) -> None:
        self._enter(session)
        if remember and not vault_access.is_remembered_here(session):
            self._task = run_in_background(
                self,
                lambda: vault_access.remember_on_this_computer(session, self.keychain),
                lambda _result: self._refresh_settings(session),
                self._remember_failed,
                self.tr("Remembering this computer…"),
            )

    def _refresh_settings(self, session: Session) -> None:
        if session is self.session and self.workspace is not None:
            self.workspace.settings.resume(session)

    def _remember_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            QMessageBox.information(self, self.tr("Not remembered"), user_message(error))

    def _enter(self, session: Session) -> None:
        same_vault = (
            self.workspace is not None
            and self.workspace.session is not None
            and (self.workspace.session.location == session.location)
        )
        self.session = session
        if same_vault:
            self.workspace.resume(session)
        else:
            self._drop_workspace()
            self.workspace = Workspace(self.keychain)
            self.workspace.lock_requested.connect(self.lock)
            self.workspace.close_requested.connect(self.close_vault)
            self.workspace.settings.auto_lock_changed.connect(self.idle.start)
            self.workspace.settings.backups_box.restored.connect(self.replace_session)
            self.backups.made.connect(self.workspace.settings.backups_box.refresh)
            self.screens.addWidget(self.workspace)
            self.workspace.attach(session)
        app_settings.remember_recent(session.location.folder)
        self.screens.setCurrentWidget(self.workspace)
        self.workspace.nav.setFocus()
        self.lock_action.setEnabled(True)
        self.setWindowTitle(f"{session.location.display_name} — {APP_NAME}")
        self.idle.start(preferences.auto_lock_minutes(session))
        self.backups.start(session)
        if not same_vault and not app_settings.tour_seen():  # once on each computer
            self.tour = FirstRunTour(self)
            self.tour.open()

    def _restored_from_backup(self, session: Session, note: str) -> None:
        """A damaged vault was made again from a backup: open it at Settings > Backups."""
        self._enter(session)
        self.workspace.go_to("settings")
        self.workspace.settings.backups_box.show_restored(note)

    def replace_session(self, session: Session | None) -> None:
        """After a restore: every page shows the restored records (``session``, a new one; the
        old one is closed). None means the restored records did not open: ask to unlock again."""
        if session is None or not session.is_open:
            self.lock()
            return
        self.session = session
        self.workspace.resume(session)
        self.backups.start(session)

    def _drop_workspace(self) -> None:
        if self.workspace is not None:
            self.screens.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None

    def show_guide(self) -> None:
        """F1: the guide at the part about the page showing; in a dialog before a vault is open."""
        if self.workspace is not None and self.screens.currentWidget() is self.workspace:
            self.workspace.show_help()
            return
        self.help_dialog = HelpDialog(parent=self)
        self.help_dialog.open()

    def show_about(self) -> None:
        """Help > About: the version, the licence and where the open vault (or a new one) lives."""
        folder = self.session.location.folder if self.session is not None else None
        self.about_dialog = AboutDialog(folder, self)
        self.about_dialog.open()

    def redrawn(self) -> MainWindow:
        """This window made again in the language now installed (see ui/language.py).

        The open vault moves to the new window still unlocked, showing the same page.
        """
        session, self.session = self.session, None  # so closing this window does not lock it
        page = None
        if self.workspace is not None and self.workspace.nav.currentRow() >= 0:
            page = self.workspace.page_list[self.workspace.nav.currentRow()][0]
        twin = MainWindow(self.keychain)
        twin.setGeometry(self.geometry())
        if session is not None:
            twin._enter(session)
            twin.workspace.go_to(page or "home")
        twin.show()
        self.close()
        return twin

    # -- locking ------------------------------------------------------------------------------

    def lock(self) -> None:
        """Hide the records and close the vault; what was typed on the pages stays for later."""
        if self.session is None:
            return
        if workers.jobs_running():  # never close the vault under an import or a save
            QTimer.singleShot(LOCK_RETRY_MS, self.lock)
            return
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible() and dialog.objectName() != "busyDialog":
                dialog.reject()  # dialogs here ask for secrets: start them again after unlocking
        folder = self.session.location.folder
        self.backups.before_close(self.session)
        self.backups.stop()
        vault_access.lock(self.session)
        clipboard.guard().clear_now()
        self.session = None
        self.idle.stop()
        self.lock_action.setEnabled(False)
        self.setWindowTitle(APP_NAME)
        self.unlock_page.ask_for(
            folder, self.tr("Your vault is locked. Unlock it to carry on where you left off.")
        )
        self.screens.setCurrentWidget(self.unlock_page)

    def close_vault(self, show_welcome: bool = True) -> None:
        if self.session is not None:
            self.backups.before_close(self.session)
            vault_access.lock(self.session)
            self.session = None
        self.backups.stop()
        self._drop_workspace()
        self.idle.stop()
        self.lock_action.setEnabled(False)
        self.setWindowTitle(APP_NAME)
        if show_welcome:
            self.show_welcome()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_vault(show_welcome=False)
        QCoreApplication.instance().removeEventFilter(self.idle)
        super().closeEvent(event)
