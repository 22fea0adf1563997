"""Unlocking a vault with its passphrase, or with the recovery code instead; if the vault is
damaged, making it again from a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from dpkeeper.domain.errors import UserError, VaultDamaged, VaultTooNew
from dpkeeper.services import backups, vault_access
from dpkeeper.services.session import Session
from dpkeeper.ui import theme
from dpkeeper.ui.dialogs.restore import RestoreDialog, made_at
from dpkeeper.ui.messages import user_message
from dpkeeper.ui.workers import run_in_background
from dpkeeper.vault.store import VaultLocation


class UnlockPage(QWidget):
    unlocked = Signal(object, bool)  # Session, whether to remember on this computer
    back_requested = Signal()
    help_requested = Signal()
    restored = Signal(object, str)  # the damaged vault made again from a backup: Session, note

    def __init__(self, keychain_usable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder: Path | None = None
        self._using_code = False
        self._task = None
        self.dialog: RestoreDialog | None = None

        self.title = theme.heading("")
        self.intro = theme.paragraph("")
        self.field_label = QLabel()
        self.secret = theme.name(QLineEdit(), "unlockSecret", self.tr("Passphrase"))
        self.field_label.setBuddy(self.secret)
        self.secret.returnPressed.connect(self._unlock)
        self.remember = theme.name(
            QCheckBox(self.tr("&Remember on this computer")),
            "rememberHere",
            self.tr("Remember on this computer"),
        )
        self.no_keychain = theme.paragraph(
            self.tr(
                "This computer has no keychain the app can use, so it cannot remember your "
                "vault. Your passphrase always works."
            )
        )
        self.no_keychain.setObjectName("noKeychainNote")

        self.message = theme.name(QLabel(), "unlockMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        self.unlock_button = theme.name(
            QPushButton(self.tr("&Unlock")), "unlockButton", self.tr("Unlock")
        )
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.switch_mode = theme.name(
            QPushButton(), "switchUnlockMode", self.tr("Use recovery code instead")
        )
        self.switch_mode.clicked.connect(lambda: self._set_mode(not self._using_code))
        self.back = theme.name(
            QPushButton(self.tr("&Choose another vault")),
            "backToStart",
            self.tr("Choose another vault"),
        )
        self.back.clicked.connect(self.back_requested)
        self.help_button = theme.name(
            QPushButton(self.tr("Help (F1)")), "unlockHelp", self.tr("Help and guide (F1)")
        )
        self.help_button.clicked.connect(self.help_requested)
        self.restore_button = theme.name(
            QPushButton(self.tr("Restore from a &backup…")),
            "restoreDamaged",
            self.tr("Restore from a backup"),
        )
        self.restore_button.clicked.connect(self.choose_backup)

        form = QFormLayout()
        form.addRow(self.field_label, self.secret)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.switch_mode)
        buttons.addStretch()
        buttons.addWidget(self.back)
        buttons.addWidget(self.help_button)
        layout = theme.column(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.no_keychain)
        layout.addWidget(self.message)
        layout.addLayout(theme.left(self.restore_button))
        layout.addLayout(buttons)
        layout.addStretch()
        # Only after the layout owns them: a parentless widget made visible becomes a window.
        self.remember.setVisible(keychain_usable)
        self.no_keychain.setVisible(not keychain_usable)
        self.restore_button.hide()
        self._set_mode(False)

    @property
    def folder(self) -> Path | None:
        return self._folder

    def ask_for(self, folder: Path, note: str = "") -> None:
        """Show the unlock form for the vault in ``folder``; ``note`` explains why, if needed."""
        self._folder = folder
        name = VaultLocation(folder).display_name
        self.title.setText(self.tr("Unlock %1").replace("%1", name))
        self.title.setAccessibleName(self.title.text())
        self._set_mode(False)
        self.message.clear()
        self.restore_button.hide()
        if note:
            theme.set_role(self.message, "")
            self.message.setText(note)
        self.secret.setFocus()

    def _set_mode(self, use_code: bool) -> None:
        self._using_code = use_code
        self.secret.clear()
        if use_code:
            self.intro.setText(
                self.tr(
                    "Type the recovery code from your recovery sheet. Dashes, spaces and "
                    "small letters are all fine."
                )
            )
            self.field_label.setText(self.tr("Recovery &code:"))
            self.secret.setAccessibleName(self.tr("Recovery code"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            self.switch_mode.setText(self.tr("Use &passphrase instead"))
            self.switch_mode.setAccessibleName(self.tr("Use passphrase instead"))
        else:
            self.intro.setText(self.tr("Type your passphrase to open your records."))
            self.field_label.setText(self.tr("&Passphrase:"))
            self.secret.setAccessibleName(self.tr("Passphrase"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret.setPlaceholderText("")
            self.switch_mode.setText(self.tr("Use recovery &code instead"))
            self.switch_mode.setAccessibleName(self.tr("Use recovery code instead"))
        self.message.clear()
        self.secret.setFocus()

    def _unlock(self) -> None:
        if self._folder is None or (self._task is not None and self._task.running):
            return
        secret = self.secret.text()
        if not secret:
            self._show_error(
                self.tr("Please type your recovery code first.")
                if self._using_code
                else self.tr("Please type your passphrase first.")
            )
            return
        folder, use_code = self._folder, self._using_code
        work = (
            (lambda: vault_access.unlock_with_recovery_code(folder, secret))
            if use_code
            else (lambda: vault_access.unlock_with_passphrase(folder, secret))
        )
        self._set_busy(True)
        self._task = run_in_background(
            self, work, self._done, self._failed, self.tr("Unlocking your vault…")
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.secret, self.unlock_button, self.switch_mode, self.back, self.remember):
            widget.setEnabled(not busy)
        if busy:
            theme.set_role(self.message, "")
            self.message.setText(self.tr("Unlocking…"))

    def _done(self, session: Session) -> None:
        self._set_busy(False)
        self.secret.clear()
        self.message.clear()
        self.unlocked.emit(session, self.remember.isVisible() and self.remember.isChecked())

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if self.offer_restore(error):
            return
        if isinstance(error, UserError):
            self._show_error(user_message(error))
        else:
            self._show_error(
                self.tr(
                    "Something unexpected stopped the vault opening (%1). Nothing was "
                    "changed. Please try again."
                ).replace("%1", type(error).__name__)
            )
        self.secret.setFocus()
        self.secret.selectAll()

    def _show_error(self, text: str) -> None:
        theme.set_role(self.message, "error")
        self.message.setText(text)
        self.message.setAccessibleDescription(text)

    # A damaged vault ---------------------------------------------------------------------------

    def offer_restore(self, error: BaseException) -> bool:
        """If ``error`` says the vault is damaged, say so calmly and offer its backups."""
        if not isinstance(error, VaultDamaged) or isinstance(error, VaultTooNew):
            return False
        next_step = self.tr(
            "You can make it again from a backup: choose “Restore from a backup”. The damaged "
            "files are kept aside, never deleted."
        )
        text = f"{user_message(error)} {next_step}"
        theme.set_role(self.message, "warning")
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.restore_button.show()
        self.restore_button.setFocus()
        return True

    def choose_backup(self) -> None:
        if self._folder is None or self.dialog is not None:
            return
        folder = self._folder
        self.dialog = RestoreDialog(
            backups.default_folder(folder), vault_folder=folder, parent=self
        )
        self.dialog.secret.setText(self.secret.text())  # usually the secret that opened it today
        self.dialog.is_code.setChecked(self._using_code)
        self.dialog.finished.connect(self._restore_closed)
        self.dialog.open()

    def _restore_closed(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if not result or dialog.restored is None or dialog.chosen is None:
            return
        self.secret.clear()
        self.message.clear()
        self.restore_button.hide()
        note = self.tr(
            "Your vault was made again from the backup of %1. The damaged files are kept in the "
            "vault folder, with “damaged” in their names. If your records look right, press "
            "Keep it."
        ).replace("%1", made_at(dialog.chosen))
        self.restored.emit(dialog.restored, note)
