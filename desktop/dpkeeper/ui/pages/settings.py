"""Settings: auto-lock time, passphrase, recovery code, and remembering on this computer."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.errors import UserError
from dpkeeper.services import preferences, vault_access
from dpkeeper.services.session import Session
from dpkeeper.ui import theme
from dpkeeper.ui.dialogs.change_passphrase import ChangePassphraseDialog
from dpkeeper.ui.dialogs.new_recovery_code import NewRecoveryCodeDialog
from dpkeeper.ui.messages import user_message
from dpkeeper.ui.workers import run_in_background
from dpkeeper.vault.keychain import Keychain


class SettingsPage(QWidget):
    auto_lock_changed = Signal(int)
    close_requested = Signal()

    def __init__(self, keychain: Keychain, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keychain = keychain
        self._keychain_usable = keychain.usable()
        self._session: Session | None = None
        self._task = None

        self.minutes = theme.name(
            QSpinBox(), "autoLockMinutes", self.tr("Minutes before the vault locks")
        )
        self.minutes.setRange(preferences.MIN_AUTO_LOCK_MINUTES, preferences.MAX_AUTO_LOCK_MINUTES)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.save_minutes = theme.name(
            QPushButton(self.tr("&Save")), "saveAutoLock", self.tr("Save lock time")
        )
        self.save_minutes.clicked.connect(self._save_minutes)
        self.change_passphrase = theme.name(
            QPushButton(self.tr("Change &passphrase…")),
            "changePassphrase",
            self.tr("Change passphrase"),
        )
        self.change_passphrase.clicked.connect(self._change_passphrase)
        self.code_date = theme.name(
            QLabel(), "recoveryCodeDate", self.tr("When the recovery code was made")
        )
        self.new_code = theme.name(
            QPushButton(self.tr("Make a new &recovery code…")),
            "newRecoveryCode",
            self.tr("Make a new recovery code"),
        )
        self.new_code.clicked.connect(self._new_code)
        self.remember = theme.name(
            QCheckBox(self.tr("Re&member this vault on this computer")),
            "rememberSetting",
            self.tr("Remember this vault on this computer"),
        )
        self.remember.clicked.connect(self._toggle_remember)
        no_keychain = theme.paragraph(
            self.tr(
                "This computer has no keychain the app can use, so it cannot remember your vault."
            )
        )
        self.close_vault = theme.name(
            QPushButton(self.tr("C&lose this vault")), "closeVault", self.tr("Close this vault")
        )
        self.close_vault.clicked.connect(self.close_requested)
        self.message = theme.name(QLabel(), "settingsMessage", self.tr("Message"))
        self.message.setWordWrap(True)

        lock_box = QGroupBox(self.tr("Locking"))
        lock_row = QHBoxLayout()
        lock_row.addWidget(QLabel(self.tr("Lock the vault after")))
        lock_row.addWidget(self.minutes)
        lock_row.addWidget(QLabel(self.tr("without use.")))
        lock_row.addWidget(self.save_minutes)
        lock_row.addStretch()
        lock_layout = QVBoxLayout(lock_box)
        lock_layout.addLayout(lock_row)

        keys_box = QGroupBox(self.tr("Ways to open this vault"))
        keys_layout = QVBoxLayout(keys_box)
        keys_layout.addLayout(theme.left(self.change_passphrase))
        keys_layout.addWidget(self.code_date)
        keys_layout.addLayout(theme.left(self.new_code))
        keys_layout.addWidget(self.remember)
        keys_layout.addWidget(no_keychain)

        layout = theme.column(self)
        layout.addWidget(theme.heading(self.tr("Settings")))
        layout.addWidget(lock_box)
        layout.addWidget(keys_box)
        layout.addWidget(self.message)
        layout.addLayout(theme.left(self.close_vault))
        layout.addStretch()
        # Only after the layout owns them: a parentless widget made visible becomes a window.
        self.remember.setVisible(self._keychain_usable)
        no_keychain.setVisible(not self._keychain_usable)

    def attach(self, session: Session) -> None:
        """Load settings from a newly opened vault (this replaces anything typed here)."""
        self._session = session
        self.minutes.setValue(preferences.auto_lock_minutes(session))
        self.resume(session)

    def resume(self, session: Session) -> None:
        """After unlocking again: keep what was typed, refresh what is shown."""
        self._session = session
        made_on = preferences.recovery_code_made_on(session)
        self.code_date.setText(
            self.tr("Your recovery code was made on %1.").replace(
                "%1", QLocale().toString(made_on, QLocale.FormatType.LongFormat)
            )
            if made_on
            else ""
        )
        self.remember.setChecked(vault_access.is_remembered_here(session))
        self.message.clear()

    def _say(self, text: str, role: str = "success") -> None:
        theme.set_role(self.message, role)
        self.message.setText(text)
        self.message.setAccessibleDescription(text)

    def _run(self, work, done_text: str, busy_text: str, after=None) -> None:
        def finished(_result: object) -> None:
            self._say(done_text)
            if after:
                after()

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                self._say(user_message(error), "error")
            else:
                self._say(
                    self.tr("That did not work (%1). Nothing was changed.").replace(
                        "%1", type(error).__name__
                    ),
                    "error",
                )
            self.resume(self._session)

        self._task = run_in_background(self, work, finished, failed, busy_text)

    def _save_minutes(self) -> None:
        minutes = self.minutes.value()
        try:
            preferences.set_auto_lock_minutes(self._session, minutes)
        except UserError as error:
            self._say(user_message(error), "error")
            return
        self.auto_lock_changed.emit(minutes)
        self._say(
            self.tr("Saved. The vault will lock after 1 minute without use.")
            if minutes == 1
            else self.tr("Saved. The vault will lock after %1 minutes without use.").replace(
                "%1", str(minutes)
            )
        )

    def _change_passphrase(self) -> None:
        (first, second), ok = ChangePassphraseDialog.ask(self)
        if not ok or self._session is None or not self._session.is_open:
            return
        session = self._session
        self._run(
            lambda: vault_access.change_passphrase(session, first, second),
            self.tr("Your passphrase has been changed. Use the new one next time."),
            self.tr("Changing your passphrase…"),
        )

    def _new_code(self) -> None:
        session = self._session
        code = vault_access.new_recovery_code()
        if not NewRecoveryCodeDialog.ask(self, code, session.person_name, session.location.folder):
            return
        if not session.is_open:
            return
        self._run(
            lambda: vault_access.replace_recovery_code(session, code),
            self.tr("Your new recovery code is ready. The old one no longer works."),
            self.tr("Saving your new recovery code…"),
            after=lambda: self.resume(session),
        )

    def _toggle_remember(self, checked: bool) -> None:
        session = self._session
        if checked:
            work = lambda: vault_access.remember_on_this_computer(session, self._keychain)  # noqa: E731
            done = self.tr(
                "This computer will now open the vault without asking for the passphrase."
            )
        else:
            answer = QMessageBox.question(
                self,
                self.tr("Forget this computer?"),
                self.tr("The vault will ask for the passphrase again next time. Continue?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.remember.setChecked(True)
                return
            work = lambda: vault_access.forget_this_computer(session, self._keychain)  # noqa: E731
            done = self.tr("This computer has forgotten the vault.")
        self._run(work, done, self.tr("Talking to the keychain…"))
