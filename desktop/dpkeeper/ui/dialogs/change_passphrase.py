"""Asking for a new passphrase, typed twice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from dpkeeper.domain import passphrase as passphrase_rules
from dpkeeper.domain.errors import UserError
from dpkeeper.ui import theme
from dpkeeper.ui.messages import user_message
from dpkeeper.ui.widgets.new_passphrase import NewPassphraseFields


class ChangePassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setAccessibleName(self.tr("Change passphrase"))
        self.fields = NewPassphraseFields()
        self.message = theme.name(QLabel(), "changePassphraseMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        theme.name(ok, "confirmPassphrase", self.tr("Change passphrase"))
        ok.setText(self.tr("&Change passphrase"))
        theme.name(
            buttons.button(QDialogButtonBox.StandardButton.Cancel),
            "cancelPassphrase",
            self.tr("Cancel"),
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "Your records stay as they are. Only the passphrase that opens them changes."
                )
            )
        )
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.fields.first.setFocus()

    def _check(self) -> None:
        try:
            passphrase_rules.for_new_vault(*self.fields.values())
        except UserError as error:
            theme.set_role(self.message, "error")
            self.message.setText(user_message(error))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[tuple[str, str], bool]:
        dialog = cls(parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        values = dialog.fields.values() if ok else ("", "")
        dialog.fields.clear()
        dialog.deleteLater()
        return values, ok
