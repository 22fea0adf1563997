"""Settings > Backups: when the last checked backup was made and where backups are kept,
"Back up now…" to any folder (a USB stick, say), and "Restore from a backup…"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.access import Action
from dpkeeper.domain.errors import UserError
from dpkeeper.services import backups
from dpkeeper.services.backups import BACKUPS, BackupInfo, BackupKind
from dpkeeper.services.session import Session
from dpkeeper.ui import file_prompts, roles, theme
from dpkeeper.ui.dialogs.restore import RestoreDialog, made_at
from dpkeeper.ui.messages import translated, user_message
from dpkeeper.ui.workers import run_with_progress


class BackupsBox(QGroupBox):
    #: After a restore: the vault opened again (a new Session), or None if it did not open.
    restored = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.session: Session | None = None
        self.dialog: RestoreDialog | None = None
        self.task = None
        self.status = theme.paragraph("")
        self.status.setObjectName("lastBackup")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = theme.paragraph(
            self.tr(
                "The app backs up your records by itself when something changed (at most every "
                "%1 minutes) and when the vault is locked or closed. To keep a copy somewhere "
                "else, back up to a USB stick."
            ).replace("%1", str(backups.policy().automatic_every_minutes))
        )
        self.back_up_button = theme.name(
            QPushButton(self.tr("&Back up now…")), "backUpNow", self.tr("Back up now")
        )
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = theme.name(
            QPushButton(self.tr("Rest&ore from a backup…")),
            "restoreBackup",
            self.tr("Restore from a backup"),
        )
        self.restore_button.clicked.connect(self.restore_from_backup)
        self.message = theme.name(QLabel(), "backupsMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.hide()
        self.keep_button = theme.name(
            QPushButton(self.tr("&Keep it")), "keepRestored", self.tr("Keep the restored records")
        )
        self.keep_button.clicked.connect(self.keep_restored)
        self.keep_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addLayout(theme.left(self.keep_button))

    def show_session(self, session: Session) -> None:
        self.session = session
        self.message.hide()
        self.refresh()
        if backups.pruning_paused(session):  # a restore not yet confirmed (maybe before a restart)
            self._offer_keep(
                self.tr(
                    "A backup was put back recently. If your records look right, press Keep it. "
                    "Until then, no old backups are tidied away."
                )
            )
        else:
            self.keep_button.hide()

    def refresh(self) -> None:
        """Say when the last checked backup was made and where backups are kept."""
        if self.session is None or not self.session.is_open:
            return
        folder = backups.default_folder(self.session)
        last = self._last_checked()
        if last is None:
            text = self.tr("There is no backup yet. Backups are kept in %1.")
        else:
            text = (
                self.tr("The last checked backup was made on %2 (%3). Backups are kept in %1.")
                .replace("%2", made_at(last))
                .replace("%3", translated(BACKUPS, last.kind.label))
            )
        self.status.setText(text.replace("%1", str(folder)))
        self.status.setAccessibleName(self.status.text())
        roles.allow(self.back_up_button, self.session, Action.BACKUP)
        roles.allow(self.restore_button, self.session, Action.RESTORE)
        roles.allow(self.keep_button, self.session, Action.RESTORE)

    def _last_checked(self) -> BackupInfo | None:
        try:
            found = backups.list_backups(self.session)
        except (OSError, UserError):
            return None
        return next((info for info in found if info.verified), None)

    # Back up now ------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        session = self.session
        if session is None or not session.is_open or self.task is not None:
            return
        own = backups.default_folder(session)
        start = own if own.is_dir() else session.location.folder.parent
        folder = file_prompts.choose_backup_folder(self, start)
        if folder is None:
            return
        self.message.hide()
        self.task = run_with_progress(
            self,
            lambda progress: backups.back_up(session, BackupKind.MANUAL, folder, progress),
            self._backed_up,
            self._failed,
            self.tr("Making a backup and checking it…"),
            self.tr("Stop"),
        )
        self.task.done.connect(self._task_ended)

    def _task_ended(self) -> None:
        self.task = None

    def _backed_up(self, info: BackupInfo) -> None:
        self._say(
            self.tr("Backed up to %1 and checked: it opens and nothing is missing.").replace(
                "%1", str(info.path)
            ),
            "success",
        )
        self.refresh()
        self.back_up_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self._say(user_message(error), "error")
        else:
            self._say(
                self.tr("The backup did not work (%1). Your records are unchanged.").replace(
                    "%1", type(error).__name__
                ),
                "error",
            )
        self.back_up_button.setFocus()

    # Restore ----------------------------------------------------------------------------------

    def restore_from_backup(self) -> None:
        session = self.session
        if session is None or not session.is_open or self.dialog is not None:
            return
        self.dialog = RestoreDialog(backups.default_folder(session), session, parent=self)
        self.dialog.finished.connect(self._restore_closed)
        self.dialog.open()

    def _restore_closed(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if not result:
            return
        restored, chosen = dialog.restored, dialog.chosen
        self.restored.emit(restored)  # the window shows the restored records on every page
        if restored is None or chosen is None:
            return
        self.show_restored(
            self.tr(
                "Restored the backup from %1. If anything looks wrong, restore the backup "
                "marked “%2”. If your records look right, press Keep it."
            )
            .replace("%1", made_at(chosen))
            .replace("%2", translated(BACKUPS, BackupKind.BEFORE_RESTORE.label))
        )

    def show_restored(self, text: str) -> None:
        """Say which backup was put back, and offer Keep it (with the keyboard there)."""
        self._offer_keep(text)
        self.keep_button.setFocus()
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:
            scroll.ensureWidgetVisible(self.keep_button)

    def _offer_keep(self, text: str) -> None:
        self._say(text, "success")
        self.keep_button.show()

    def keep_restored(self) -> None:
        if self.session is None or not self.session.is_open:
            return
        try:
            backups.confirm_restore(self.session)
        except UserError as error:
            self._say(user_message(error), "error")
            return
        self.keep_button.hide()
        self._say(self.tr("Thank you. Old backups will be tidied away as usual again."), "success")
        self.restore_button.setFocus()

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        theme.set_role(self.message, role)
        self.message.show()
