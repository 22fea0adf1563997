"""Settings: auto-lock time, passphrase, recovery code, remembering on this computer, and the
people who can open this vault."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.access import ACCESS, ROLE_NAMES, ROLE_SUMMARIES, Action
from dpkeeper.domain.errors import UserError
from dpkeeper.services import access, app_settings, preferences, vault_access
from dpkeeper.services.session import Session
from dpkeeper.ui import language, theme, workers
from dpkeeper.ui.dialogs.add_person import AddPersonDialog
from dpkeeper.ui.dialogs.change_passphrase import ChangePassphraseDialog
from dpkeeper.ui.dialogs.new_recovery_code import NewRecoveryCodeDialog
from dpkeeper.ui.messages import translated, user_message
from dpkeeper.ui.widgets.backups_box import BackupsBox
from dpkeeper.ui.widgets.display_options import DisplayOptions
from dpkeeper.ui.widgets.language_choice import LanguageChoice
from dpkeeper.ui.widgets.records_box import RecordsBox
from dpkeeper.ui.workers import run_in_background
from dpkeeper.vault.keychain import Keychain


def confirm_removal(parent: QWidget, title: str, text: str) -> bool:
    """Ask before taking someone's access away (tests answer it by replacing this function)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("confirmRemovePerson")
    remove = box.addButton(
        QCoreApplication.translate("SettingsPage", "Remove access"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("SettingsPage", "Keep access"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is remove


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
        self.people_box = self._make_people_box()
        self.records_box = RecordsBox()
        self.backups_box = BackupsBox()
        self.language_box = self._make_language_box()
        self.display_options = DisplayOptions()
        display_box = QGroupBox(self.tr("Display"))
        QVBoxLayout(display_box).addWidget(self.display_options)

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

        layout = theme.scrolling_column(self, "settingsScroll", self.tr("Settings"))
        layout.addWidget(theme.heading(self.tr("Settings")))
        layout.addWidget(lock_box)
        layout.addWidget(keys_box)
        layout.addWidget(self.language_box)
        layout.addWidget(display_box)
        layout.addWidget(self.people_box)
        layout.addWidget(self.records_box)
        layout.addWidget(self.backups_box)
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
        self._show_role(session)
        self.records_box.show_session(session)
        self.backups_box.show_session(session)

    # People who can open this vault ------------------------------------------------------------

    def _make_people_box(self) -> QGroupBox:
        self.people_list = theme.name(
            QListWidget(), "peopleList", self.tr("People who can open this vault")
        )
        self.people_list.setMaximumHeight(120)
        self.people_list.currentRowChanged.connect(lambda _row: self._update_people_buttons())
        self.add_person_button = theme.name(
            QPushButton(self.tr("&Add a person…")), "addPerson", self.tr("Add a person")
        )
        self.add_person_button.clicked.connect(self._add_person)
        self.remove_person_button = theme.name(
            QPushButton(self.tr("Remo&ve access…")), "removePerson", self.tr("Remove access")
        )
        self.remove_person_button.clicked.connect(self._remove_person)
        self.people_note = theme.paragraph(
            self.tr(
                "A carer or advocate can have their own passphrase and a role. The history "
                "shows who did what. Roles stop mistakes; they are not a lock, so only share the "
                "vault with people you trust."
            )
        )
        self.role_note = theme.paragraph("")
        theme.name(self.role_note, "roleNote", self.tr("What you can do"))
        box = QGroupBox(self.tr("People who can open this vault"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.remove_person_button)
        buttons.addStretch()
        layout = QVBoxLayout(box)
        layout.addWidget(self.role_note)
        layout.addWidget(self.people_note)
        layout.addWidget(self.people_list)
        layout.addLayout(buttons)
        return box

    def _show_role(self, session: Session) -> None:
        """Show only what the signed-in person's role allows; the services check it too."""
        holder = session.can(Action.ACCESS)
        for widget in (self.people_note, self.people_list, self.add_person_button):
            widget.setVisible(holder)
        self.remove_person_button.setVisible(holder)
        self.new_code.setVisible(session.can(Action.RECOVERY_CODE))
        self.code_date.setVisible(session.can(Action.RECOVERY_CODE))
        for widget in (self.minutes, self.save_minutes):
            widget.setEnabled(session.can(Action.SETTINGS))
        role = translated(ACCESS, ROLE_NAMES.get(session.role, session.role))
        self.role_note.setText(
            ""
            if holder
            else self.tr("You are signed in as %1 (%2). %3")
            .replace("%1", session.name or role)
            .replace("%2", role)
            .replace("%3", translated(ACCESS, ROLE_SUMMARIES.get(session.role, "")))
        )
        self.role_note.setVisible(not holder)
        if holder:
            self._fill_people()

    def _fill_people(self, keep: str | None = None) -> None:
        self.people_list.clear()
        for person in access.people(self._session):
            role = translated(ACCESS, ROLE_NAMES.get(person.role, person.role))
            item = QListWidgetItem(
                self.tr("%1 — %2").replace("%1", person.name or role).replace("%2", role)
            )
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.people_list.addItem(item)
            if keep is not None and person.key == keep:
                self.people_list.setCurrentItem(item)
        self._update_people_buttons()

    def _chosen_person(self) -> access.Person | None:
        item = self.people_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_people_buttons(self) -> None:
        chosen = self._chosen_person()
        self.remove_person_button.setEnabled(chosen is not None and not chosen.is_holder)

    def _add_person(self) -> None:
        new, ok = AddPersonDialog.ask(self)
        session = self._session
        if not ok or session is None or not session.is_open:
            return

        def added(person: access.Person) -> None:
            self._say(
                self.tr(
                    "%1 can now open this vault with their own passphrase. Please make sure they "
                    "know it."
                ).replace("%1", person.name)
            )
            self._fill_people(keep=person.key)

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
            self._fill_people()

        self._task = run_in_background(
            self,
            lambda: access.add_person(session, new.name, new.role, new.passphrase, new.repeated),
            added,
            failed,
            self.tr("Letting %1 in…").replace("%1", new.name),
        )

    def _remove_person(self) -> None:
        person = self._chosen_person()
        if person is None or person.is_holder or self._session is None:
            return
        question = self.tr(
            "Take away %1's access? Their passphrase stops working at once, and so does any "
            "computer that remembers the vault for them. What they did stays in the history."
        ).replace("%1", person.name)
        if not confirm_removal(self, self.tr("Remove access?"), question):
            return
        try:
            access.remove_person(self._session, person.key)
        except UserError as error:
            self._say(user_message(error), "error")
            return
        self._say(self.tr("%1 can no longer open this vault.").replace("%1", person.name))
        self._fill_people()
        self.people_list.setFocus()

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

    # Language (for this computer, not the vault) ------------------------------------------------

    def _make_language_box(self) -> QGroupBox:
        self.language = LanguageChoice()
        self.language.chosen.connect(self._change_language)
        box = QGroupBox(self.tr("Language on this computer"))
        QVBoxLayout(box).addWidget(self.language)
        return box

    def _change_language(self, code: str) -> None:
        name = language.name_of(code)
        if not workers.jobs_running() and language.ask_to_switch_now(self, name):
            window = language.choose(code, self.window())
            window.workspace.settings.language.setFocus()
            return
        app_settings.set_language(code)
        self.language.show_code(code)
        theme.set_role(self.message, "success")
        self.message.setText(
            self.tr("%1 will be used the next time the app starts.").replace("%1", name)
        )
