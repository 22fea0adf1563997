"""The Language list, on the welcome screen and in Settings: each language by its own name."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from dpkeeper.services import app_settings
from dpkeeper.ui import language, theme


class LanguageChoice(QComboBox):
    """Emits ``chosen(code)`` when the person picks another language ("" = the computer's)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.name(self, "languageChoice", self.tr("Language"))
        self.addItem(language.label("", "", ""), "")
        for code, own_name, english in language.CHOICES:
            self.addItem(language.label(code, own_name, english), code)
        self.setCurrentIndex(max(self.findData(app_settings.language()), 0))
        self.activated.connect(self._activated)

    def code(self) -> str:
        return self.currentData() or ""

    def show_code(self, code: str) -> None:
        """Show ``code`` as chosen without announcing it (after the person said "not now")."""
        self.setCurrentIndex(max(self.findData(code), 0))

    def _activated(self, _index: int) -> None:
        if self.code() != app_settings.language():
            self.chosen.emit(self.code())
