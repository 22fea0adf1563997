"""Letting someone else open this vault: their name, their role, and their own passphrase."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain import passphrase as passphrase_rules
from dpkeeper.domain.access import ACCESS, ADVOCATE, HELPER, ROLE_EXPLANATIONS
from dpkeeper.domain.errors import UserError
from dpkeeper.ui import theme
from dpkeeper.ui.messages import translated, user_message
from dpkeeper.ui.widgets.new_passphrase import NewPassphraseFields


@dataclass(frozen=True)
class NewPerson:
    name: str
    role: str
    passphrase: str
    repeated: str


class AddPersonDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addPersonDialog")
        self.setMinimumWidth(540)
        self.setWindowTitle(self.tr("Add a person"))
        self.setAccessibleName(self.tr("Add a person who can open this vault"))
        self.name_field = theme.name(QLineEdit(), "personName", self.tr("Their name"))
        self.name_field.setMaxLength(100)
        self.helper = theme.name(QRadioButton(self.tr("&Helper")), "roleHelper", self.tr("Helper"))
        self.advocate = theme.name(
            QRadioButton(self.tr("A&dvocate")), "roleAdvocate", self.tr("Advocate")
        )
        self.roles = QButtonGroup(self)
        role_column = QVBoxLayout()
        for button, role in ((self.helper, HELPER), (self.advocate, ADVOCATE)):
            self.roles.addButton(button)
            button.setProperty("role", role)
            explanation = theme.paragraph(translated(ACCESS, ROLE_EXPLANATIONS[role]))
            explanation.setContentsMargins(24, 0, 0, 6)
            button.setAccessibleDescription(explanation.text())
            role_column.addWidget(button)
            role_column.addWidget(explanation)
        self.helper.setChecked(True)
        self.fields = NewPassphraseFields()
        self.message = theme.name(QLabel(), "addPersonMessage", self.tr("Message"))
        self.message.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        theme.name(self.ok, "confirmAddPerson", self.tr("Let them in"))
        self.ok.setText(self.tr("&Let them in"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name_field)
        form.addRow(name_label, self.name_field)
        layout = QVBoxLayout(self)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "They will open the vault with their own passphrase, and the history will "
                    "show what they did. Choose the passphrase together, or let them type it."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("What may they do?")))
        layout.addLayout(role_column)
        layout.addWidget(self.fields)
        warning = theme.paragraph(
            self.tr(
                "Roles stop mistakes and record who did what. They are not a lock: anyone who can "
                "open this vault could, with other tools, read everything in it. Only share the "
                "vault with people you trust."
            )
        )
        warning.setObjectName("notALock")
        layout.addWidget(warning)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        chain = (
            self.name_field,
            self.helper,
            self.advocate,
            self.fields.first,
            self.fields.second,
            self.fields.show_typing,
        )
        for before, after in zip(chain, chain[1:], strict=False):
            self.setTabOrder(before, after)
        self.name_field.setFocus()

    def role(self) -> str:
        return ADVOCATE if self.advocate.isChecked() else HELPER

    def value(self) -> NewPerson:
        first, second = self.fields.values()
        return NewPerson(" ".join(self.name_field.text().split()), self.role(), first, second)

    def _check(self) -> None:
        """Quick checks here; the slow ones (does the passphrase open the vault?) come after."""
        if not self.value().name:
            self._complain(self.tr("Please type the name of the person you are letting in."))
            self.name_field.setFocus()
            return
        try:
            passphrase_rules.for_new_vault(*self.fields.values())
        except UserError as error:
            self._complain(user_message(error))
            self.fields.first.setFocus()
            return
        self.accept()

    def _complain(self, text: str) -> None:
        theme.set_role(self.message, "error")
        self.message.setText(text)
        self.message.setAccessibleDescription(text)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[NewPerson | None, bool]:
        dialog = cls(parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value() if ok else None
        dialog.fields.clear()
        dialog.deleteLater()
        return value, ok
