"""Typing a new passphrase twice, with a gentle hint about how strong it is."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dpkeeper.domain import passphrase
from dpkeeper.ui import theme
from dpkeeper.ui.messages import translated


class NewPassphraseFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = theme.name(QLineEdit(), "newPassphrase", self.tr("New passphrase"))
        self.second = theme.name(
            QLineEdit(), "repeatPassphrase", self.tr("Type the passphrase again")
        )
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._update_hint)
        self.show_typing = theme.name(
            QCheckBox(self.tr("Show what I type")), "showPassphrase", self.tr("Show what I type")
        )
        self.show_typing.toggled.connect(self._toggle_echo)
        self.hint = theme.name(QLabel(), "strengthHint", self.tr("Passphrase hint"))
        self.hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("Type it &again:"), self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "Choose a passphrase you will remember. A few everyday words in a row, "
                    "like 'kettle garden blue', are easy to remember and hard to guess."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.show_typing)
        layout.addWidget(self.hint)
        self._update_hint()

    def values(self) -> tuple[str, str]:
        return self.first.text(), self.second.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update_hint(self) -> None:
        text = self.first.text()
        if not text:
            self.hint.setText(self.tr("Use at least %n characters.", "", passphrase.MIN_LENGTH))
            return
        hint = passphrase.strength_hint(text)
        message = translated("Errors", hint.template).format(minimum=passphrase.MIN_LENGTH)
        if self.second.text() and self.second.text() != text:
            message += " " + self.tr("The second box does not match yet.")
        self.hint.setText(message)
        self.hint.setAccessibleDescription(message)
