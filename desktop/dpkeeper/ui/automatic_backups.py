"""Backups the app makes by itself while a vault is open: every few minutes it asks whether one
is due (something changed, and 30 minutes have passed), and one more when the vault is locked or
closed if anything changed. Quietly: a failure shows a calm line at the foot of the window,
never a box to click away.

The work runs on the GUI thread, because the vault's connection belongs to it and the person may
be using it at that very moment; a backup of a usual vault takes well under a second.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from dpkeeper.domain.errors import UserError
from dpkeeper.services import backups
from dpkeeper.services.backups import BackupKind
from dpkeeper.services.session import Session
from dpkeeper.ui import theme, workers
from dpkeeper.ui.messages import user_message

CHECK_EVERY_MS = 5 * 60_000


class AutomaticBackups(QObject):
    made = Signal()  # a backup was made (the Settings page may show its time)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.session: Session | None = None
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self.note = theme.name(QLabel(), "backupNote", self.tr("About backups"))
        self.note.setWordWrap(True)
        self._bar = window.statusBar()
        self._bar.setSizeGripEnabled(False)
        self._bar.addWidget(self.note, 1)
        self._bar.hide()

    def start(self, session: Session) -> None:
        self.session = session
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.session = None

    def back_up_if_due(self) -> None:
        """The timer's slot: an automatic backup if one is due and nothing else is going on."""
        session = self.session
        if session is None or not session.is_open or self._busy():
            return
        self._run(session, lambda: backups.needs_automatic(session), BackupKind.AUTOMATIC)

    def before_close(self, session: Session | None) -> None:
        """Called just before the vault is locked or closed: a backup if anything changed."""
        if session is None or not session.is_open or workers.jobs_running():
            return
        self._run(session, lambda: backups.changed_since_last_backup(session), BackupKind.ON_CLOSE)

    @staticmethod
    def _busy() -> bool:
        """Slow work in the background, or a question waiting for an answer: try next time."""
        return workers.jobs_running() or QApplication.activeModalWidget() is not None

    def _run(self, session: Session, due, kind: BackupKind) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            if not due():
                return
            backups.back_up(session, kind)
        except Exception as error:  # noqa: BLE001 - a backup that failed must not stop the app
            self._say_failed(error)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._bar.hide()
        self.made.emit()

    def _say_failed(self, error: Exception) -> None:
        why = (
            user_message(error)
            if isinstance(error, UserError)
            else self.tr("Something unexpected got in the way (%1).").replace(
                "%1", type(error).__name__
            )
        )
        text = self.tr(
            "The automatic backup did not work this time. %1 The app will try again later."
        ).replace("%1", why)
        theme.set_role(self.note, "warning")
        self.note.setText(text)
        self.note.setAccessibleName(text)
        self._bar.show()
