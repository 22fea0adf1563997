"""Asking the person to type part of their recovery code back, so we know they have it."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dpkeeper.domain import recovery_code
from dpkeeper.ui import theme

CHECKED_GROUPS = (5, 6)  # the last two groups, counted from 0


class CodeCheckFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._expected = ""
        self.typed = theme.name(
            QLineEdit(), "codeCheck", self.tr("Last two groups of the recovery code")
        )
        self.typed.setPlaceholderText("XXXX-XXXX")
        self.message = theme.name(QLabel(), "codeCheckMessage", self.tr("Recovery code check"))
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Last two groups:"), self.typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "To check you have your recovery code safe, please type its last two "
                    "groups of four (the 6th and 7th). Capital or small letters are both fine."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)

    def expect(self, code: str) -> None:
        groups = recovery_code.groups(code)
        self._expected = "".join(groups[i] for i in CHECKED_GROUPS)
        self.typed.clear()
        self.message.clear()

    def matches(self) -> bool:
        """True if the typed groups are right; otherwise shows a kind message."""
        if recovery_code.normalise(self.typed.text()) == self._expected:
            self.message.clear()
            return True
        theme.set_role(self.message, "error")
        self.message.setText(
            self.tr(
                "That doesn't match the code. Go back to look at it again, then type the "
                "last two groups."
            )
        )
        self.typed.setFocus()
        self.typed.selectAll()
        return False
