"""The Language row, on the welcome screen and in Settings: a list of languages, each by its own
name, and a button to use the one chosen.

The button is there so that moving through the list with the arrow keys changes nothing: the
language changes only when the person says so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from dpkeeper.services import app_settings
from dpkeeper.ui import language, theme


class LanguageChoice(QWidget):
    """Emits ``chosen(code)`` when the person asks for another language ("" = the computer's)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = theme.name(QComboBox(), "languageChoice", self.tr("Language"))
        self.list.addItem(language.label("", "", ""), "")
        for code, own_name, english in language.CHOICES:
            self.list.addItem(language.label(code, own_name, english), code)
        self.use = theme.name(
            QPushButton(self.tr("&Use this language")), "useLanguage", self.tr("Use this language")
        )
        self.use.clicked.connect(self._use)
        self.list.currentIndexChanged.connect(lambda _index: self._update())
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.list)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.list)
        row.addWidget(self.use)
        row.addStretch()
        self.show_code(app_settings.language())

    def code(self) -> str:
        return self.list.currentData() or ""

    def show_code(self, code: str) -> None:
        """Show ``code`` as the language in use."""
        self.list.setCurrentIndex(max(self.list.findData(code), 0))
        self._update()

    def setFocus(self) -> None:  # the list is what the person works with
        self.list.setFocus()

    def _update(self) -> None:
        self.use.setEnabled(self.code() != app_settings.language())

    def _use(self) -> None:
        if self.code() != app_settings.language():
            self.chosen.emit(self.code())
