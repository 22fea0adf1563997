"""A date box with a calendar pop-up, showing dates the UK way (3 Jun 2026)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget


class DateField(QDateEdit):
    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMM yyyy")
        self.setMinimumDate(QDate(2000, 1, 1))
        self.setMaximumDate(QDate(2100, 12, 31))
        self.set_value(value or date.today())

    def value(self) -> date:
        chosen = self.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))
