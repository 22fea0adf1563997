"""A box for an amount of money, read exactly as typed ("£12", "12.5", "1,234.56")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from dpkeeper.domain.money import Pence, format_pence


class AmountField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("0.00"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMaxLength(20)

    def set_pence(self, amount: Pence) -> None:
        self.setText(format_pence(abs(amount), symbol=False))
