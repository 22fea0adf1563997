"""Choosing a backup to put back, and putting it back.

Two uses: from Settings, with the vault open (the backup replaces the records; the records as
they are now are kept as a "before restore" backup first), and from the unlock screen when the
vault is damaged (the vault is made again from the backup, opened with the passphrase or
recovery code; the damaged files are kept aside). Opened with ``open()``; once accepted,
``restored`` is the vault, open again, and ``chosen`` the backup put back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.errors import UserError
from dpkeeper.services import backups
from dpkeeper.services.backups import BACKUPS, BackupInfo
from dpkeeper.services.session import Session
from dpkeeper.ui import display, file_prompts, theme
from dpkeeper.ui.messages import translated, user_message
from dpkeeper.ui.workers import run_in_background, run_with_progress


def made_at(info: BackupInfo) -> str:
    """23 Nov 2026 at 10:15, in this computer's time zone."""
    local = info.created.astimezone()
    time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return (
        QCoreApplication.translate("RestoreDialog", "%1 at %2")
        .replace("%1", display.day(local.date()))
        .replace("%2", time)
    )


def confirm_restore(parent: QWidget, title: str, text: str) -> bool:
    """Ask before putting a backup back (tests answer it by replacing this function)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("confirmRestore")
    restore = box.addButton(
        QCoreApplication.translate("RestoreDialog", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(
        QCoreApplication.translate("RestoreDialog", "Keep my records as they are"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is restore


class RestoreDialog(QDialog):
    """With a ``session``: restore into the open vault (holder only; the service checks too).
    Without: make the damaged vault at ``vault_folder`` again from a backup in ``folder``."""

    def __init__(
        self,
        folder: Path,
        session: Session | None = None,
        vault_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.vault_folder = vault_folder
        self.folder = folder
        self.chosen: BackupInfo | None = None
        self.restored: Session | None = None
        self.task = None
        title = self.tr("Restore from a backup")
        self.setWindowTitle(title)
        theme.name(self, "restoreDialog", title)

        intro = theme.paragraph(
            self.tr(
                "Choose the backup to put back; the newest is at the top. Your records as they "
                "are now will be kept as a backup first, so you can change your mind."
            )
            if session is not None
            else self.tr(
                "Your vault can be made again from a backup. Choose one (the newest is at the "
                "top), then type the passphrase or recovery code that opened the vault on the "
                "day the backup was made. The damaged files are kept aside, never deleted."
            )
        )
        intro.setObjectName("restoreIntro")
        self.where = theme.paragraph("")
        self.where.setObjectName("restoreFolder")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = theme.name(QListWidget(), "backupList", self.tr("Backups, newest first"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.list.itemDoubleClicked.connect(lambda _item: self.restore())  # Enter: Restore
        self.other_folder = theme.name(
            QPushButton(self.tr("Look in &another folder…")),
            "otherBackupFolder",
            self.tr("Look in another folder"),
        )
        self.other_folder.setAutoDefault(False)  # Enter in the list means Restore
        self.other_folder.clicked.connect(self.look_elsewhere)

        self.secret = theme.name(
            QLineEdit(), "restoreSecret", self.tr("Passphrase or recovery code")
        )
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.returnPressed.connect(self.restore)
        self.is_code = theme.name(
            QCheckBox(self.tr("This is my recovery &code")),
            "restoreWithCode",
            self.tr("This is my recovery code"),
        )
        self.is_code.toggled.connect(self._show_code_mode)
        secret_form = QFormLayout()
        secret_label = QLabel(self.tr("&Passphrase or recovery code:"))
        secret_label.setBuddy(self.secret)
        secret_form.addRow(secret_label, self.secret)
        secret_form.addRow("", self.is_code)

        self.message = theme.name(QLabel(), "restoreMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = theme.name(
            QPushButton(self.tr("&Restore")), "restoreChosen", self.tr("Restore this backup")
        )
        self.restore_button.clicked.connect(self.restore)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        theme.name(
            buttons.button(QDialogButtonBox.StandardButton.Cancel),
            "cancelRestore",
            self.tr("Cancel"),
        )
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.where)
        layout.addWidget(self.list, 1)
        layout.addLayout(theme.left(self.other_folder))
        if session is None:
            layout.addLayout(secret_form)
        else:
            secret_label.hide()
            self.secret.hide()
            self.is_code.hide()
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.restore_button.setDefault(True)  # once the dialog holds it, or it does not count
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 62, self.fontMetrics().height() * 32)
        self.fill()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.list.setFocus()

    # The list ---------------------------------------------------------------------------------

    def fill(self) -> None:
        """Read the backups in ``folder``; the newest checked one is chosen."""
        self.where.setText(self.tr("Backups in %1").replace("%1", str(self.folder)))
        self.where.setAccessibleName(self.where.text())
        try:
            found = (
                backups.list_backups(self.session, self.folder)
                if self.session is not None
                else backups.list_backups(self.folder)
            )
        except (OSError, UserError):
            found = []
        self.list.clear()
        for info in found:
            item = QListWidgetItem(self.describe(info))
            item.setData(Qt.ItemDataRole.UserRole, info)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text().replace("\n", ". "))
            if not info.verified:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        usable = [i for i in range(self.list.count()) if self._info(self.list.item(i)).verified]
        if usable:
            self.list.setCurrentRow(usable[0])
        elif not found:
            empty = QListWidgetItem(self.tr("There are no backups of this vault in this folder."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self._update_button()

    def describe(self, info: BackupInfo) -> str:
        """Two lines: when, why and whether it was checked; then what it holds."""
        state = (
            self.tr("checked")
            if info.verified
            else self.tr("cannot be used: %1").replace("%1", translated("Errors", info.problem))
        )
        first = (
            self.tr("%1 — %2 — %3")
            .replace("%1", made_at(info))
            .replace("%2", translated(BACKUPS, info.kind.label))
            .replace("%3", state)
        )
        return f"{first}\n{self._contents(info)}"

    def _contents(self, info: BackupInfo) -> str:
        summary = info.summary
        if summary is None:  # no key to read it with: the size and the file's name
            return (
                self.tr("%1 · %2")
                .replace("%1", self._size(info.size_bytes))
                .replace("%2", info.file_name)
            )
        if not summary.payments or summary.first_day is None or summary.last_day is None:
            return self.tr("No payments yet")
        if summary.payments == 1:
            return self.tr("1 payment, on %1").replace("%1", display.day(summary.first_day))
        return (
            self.tr("%1 payments, %2 to %3")
            .replace("%1", str(summary.payments))
            .replace("%2", display.day(summary.first_day))
            .replace("%3", display.day(summary.last_day))
        )

    @staticmethod
    def _size(size_bytes: int) -> str:
        """210 KB, 3.4 MB."""
        traditional = QLocale.DataSizeFormat.DataSizeTraditionalFormat
        return QLocale().formattedDataSize(
            size_bytes, 1 if size_bytes >= 1 << 20 else 0, traditional
        )

    @staticmethod
    def _info(item: QListWidgetItem | None) -> BackupInfo | None:
        info = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return info if isinstance(info, BackupInfo) else None

    def current(self) -> BackupInfo | None:
        info = self._info(self.list.currentItem())
        return info if info is not None and info.verified else None

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.current() is not None and self.task is None)

    def look_elsewhere(self) -> None:
        chosen = file_prompts.choose_backup_source_folder(self, self.folder)
        if chosen is None:
            return
        self.folder = chosen
        self.message.hide()
        self.fill()
        self.list.setFocus()

    def _show_code_mode(self, code: bool) -> None:
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if code else QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" if code else "")

    # Putting it back --------------------------------------------------------------------------

    def restore(self) -> None:
        info = self.current()
        if info is None or self.task is not None:
            return
        if self.session is None:
            self._make_again(info)
            return
        question = self.tr(
            "Put your records back as they were on %1? Your records as they are now will be "
            "kept as a backup first, so you can go back to them."
        ).replace("%1", made_at(info))
        if not confirm_restore(self, self.tr("Restore this backup?"), question):
            return
        session = self.session
        self.chosen = info
        self.task = run_with_progress(
            self,
            lambda progress: backups.restore(session, info, progress),
            self._restored,
            self._failed,
            self.tr("Keeping your records as they are now, then putting the backup back…"),
            self.tr("Stop"),
        )
        self._update_button()

    def _make_again(self, info: BackupInfo) -> None:
        secret = self.secret.text()
        if not secret:
            self._say(self.tr("Please type your passphrase or recovery code first."))
            self.secret.setFocus()
            return
        given = {"recovery_code": secret} if self.is_code.isChecked() else {"passphrase": secret}
        folder = self.vault_folder
        self.chosen = info
        self.task = run_in_background(
            self,
            lambda: backups.restore_into(info, folder, **given),
            self._restored,
            self._failed,
            self.tr("Making your vault again from the backup…"),
        )
        self._update_button()

    def _restored(self, session: Session) -> None:
        self.task = None
        self.restored = session
        self.secret.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._update_button()
        if self.session is not None and not self.session.is_open:
            self.accept()  # the records were swapped but did not open: the window locks
            return
        if isinstance(error, UserError):
            self._say(user_message(error))
        else:
            self._say(
                self.tr("That did not work (%1). Nothing was changed.").replace(
                    "%1", type(error).__name__
                )
            )
        (self.secret if self.session is None else self.list).setFocus()

    def _say(self, text: str) -> None:
        theme.set_role(self.message, "error")
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    def reject(self) -> None:
        if self.task is None:  # never close under a restore in progress
            self.secret.clear()
            super().reject()
