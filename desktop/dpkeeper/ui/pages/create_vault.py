"""Making a new vault, step by step: name, passphrase, recovery code, check the code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain import passphrase as passphrase_rules
from dpkeeper.domain.errors import UserError
from dpkeeper.paths import default_vault_folder
from dpkeeper.services import vault_access
from dpkeeper.services.session import Session
from dpkeeper.ui import file_prompts, theme
from dpkeeper.ui.messages import user_message
from dpkeeper.ui.widgets.code_check import CodeCheckFields
from dpkeeper.ui.widgets.new_passphrase import NewPassphraseFields
from dpkeeper.ui.widgets.recovery_code_panel import RecoveryCodePanel
from dpkeeper.ui.workers import run_in_background

NAME, PASSPHRASE, CODE, CHECK = range(4)


class CreateVaultPage(QWidget):
    created = Signal(object)  # Session
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self._parent_folder = default_vault_folder()
        self._task = None

        self.title = theme.heading("")
        self.step_label = theme.name(QLabel(), "stepLabel", self.tr("Step"))
        self.steps = QStackedWidget()
        self.steps.addWidget(self._name_step())
        self.passphrase_fields = NewPassphraseFields()
        self.steps.addWidget(self._wrap(self.passphrase_fields))
        self.code_panel = RecoveryCodePanel()
        self.steps.addWidget(self._wrap(self.code_panel))
        self.code_check = CodeCheckFields()
        self.steps.addWidget(self._wrap(self.code_check))

        self.message = theme.name(QLabel(), "createMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        self.back = theme.name(QPushButton(self.tr("&Back")), "backButton", self.tr("Back"))
        self.next = theme.name(QPushButton(self.tr("&Next")), "nextButton", self.tr("Next"))
        self.cancel = theme.name(QPushButton(self.tr("Cancel")), "cancelButton", self.tr("Cancel"))
        self.back.clicked.connect(self._go_back)
        self.next.clicked.connect(self._go_next)
        self.cancel.clicked.connect(self._cancel)
        self.next.setDefault(True)
        self.next.setAutoDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch()
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        layout = theme.column(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.title)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _wrap(self, widget: QWidget) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)
        layout.addStretch()
        return holder

    def _name_step(self) -> QWidget:
        self.name_field = theme.name(QLineEdit(), "personName", self.tr("Your name"))
        self.name_field.textChanged.connect(self._update_location)
        self.location_label = theme.name(
            QLabel(), "vaultLocation", self.tr("Where the vault is kept")
        )
        self.location_label.setWordWrap(True)
        self.change_folder = theme.name(
            QPushButton(self.tr("C&hange folder…")), "changeFolder", self.tr("Change folder")
        )
        self.change_folder.clicked.connect(self._choose_folder)
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name_field)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "A vault keeps one person's direct payment records, locked with a "
                    "passphrase. Whose records will it hold? (If you help someone else, type "
                    "their name.)"
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.location_label)
        layout.addWidget(self.change_folder)
        layout.addStretch()
        return holder

    # -- flow ---------------------------------------------------------------------------------

    def start(self) -> None:
        self._code = ""
        self.name_field.clear()
        self.passphrase_fields.clear()
        self.code_panel.forget()
        self._parent_folder = default_vault_folder()
        self._update_location()
        self._show_step(NAME)

    def vault_folder(self) -> Path:
        return vault_access.suggest_location(self._parent_folder, self.name_field.text())

    def _update_location(self) -> None:
        self.location_label.setText(
            self.tr("Your vault will be kept in this folder: %1").replace(
                "%1", str(self.vault_folder())
            )
        )

    def _choose_folder(self) -> None:
        chosen = file_prompts.choose_folder(self, self._parent_folder)
        if chosen is not None:
            self._parent_folder = chosen
            self._update_location()

    def _show_step(self, step: int) -> None:
        titles = {
            NAME: self.tr("Whose records are these?"),
            PASSPHRASE: self.tr("Choose a passphrase"),
            CODE: self.tr("Your recovery code"),
            CHECK: self.tr("Check your recovery code"),
        }
        self.steps.setCurrentIndex(step)
        self.title.setText(titles[step])
        self.title.setAccessibleName(titles[step])
        self.step_label.setText(self.tr("Step %1 of 4").replace("%1", str(step + 1)))
        self.message.clear()
        self.back.setEnabled(step != NAME)
        self.next.setText(self.tr("&Create my vault") if step == CHECK else self.tr("&Next"))
        focus = {
            NAME: self.name_field,
            PASSPHRASE: self.passphrase_fields.first,
            CODE: self.code_panel.code_label,
            CHECK: self.code_check.typed,
        }[step]
        focus.setFocus()

    def _show_error(self, text: str) -> None:
        theme.set_role(self.message, "error")
        self.message.setText(text)

    def _go_back(self) -> None:
        self._show_step(max(self.steps.currentIndex() - 1, NAME))

    def _go_next(self) -> None:
        step = self.steps.currentIndex()
        try:
            if step == NAME:
                vault_access.clean_person_name(self.name_field.text())
            elif step == PASSPHRASE:
                passphrase_rules.for_new_vault(*self.passphrase_fields.values())
                if not self._code:
                    self._code = vault_access.new_recovery_code()
                self.code_panel.show_code(
                    self._code, self.name_field.text().strip(), self.vault_folder()
                )
                self.code_check.expect(self._code)
            elif step == CHECK:
                if self.code_check.matches():
                    self._create()
                return
        except UserError as error:
            self._show_error(user_message(error))
            return
        self._show_step(step + 1)

    def _create(self) -> None:
        folder = self.vault_folder()
        name = self.name_field.text()
        first, second = self.passphrase_fields.values()
        code = self._code
        self.setEnabled(False)
        self._task = run_in_background(
            self,
            lambda: vault_access.create_vault(folder, name, first, second, code),
            self._created,
            self._failed,
            self.tr("Setting up your vault…"),
        )

    def _created(self, session: Session) -> None:
        self.setEnabled(True)
        self._code = ""
        self.passphrase_fields.clear()
        self.code_panel.forget()
        self.created.emit(session)

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(error, UserError):
            self._show_error(user_message(error))
        else:
            self._show_error(
                self.tr(
                    "Something went wrong and the vault was not made (%1). Nothing was saved. "
                    "Please try again, perhaps in another folder."
                ).replace("%1", str(error))
            )

    def _cancel(self) -> None:
        if self.name_field.text() or any(self.passphrase_fields.values()):
            answer = QMessageBox.question(
                self,
                self.tr("Stop making a vault?"),
                self.tr("Nothing has been saved yet. Do you want to stop?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._code = ""
        self.passphrase_fields.clear()
        self.code_panel.forget()
        self.cancelled.emit()
