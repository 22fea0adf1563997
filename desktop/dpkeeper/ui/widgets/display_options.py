"""Text size and high contrast for this computer, applied the moment they change."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.services import app_settings
from dpkeeper.services.app_settings import Display
from dpkeeper.ui import theme


class DisplayOptions(QWidget):
    """Shown in Settings and, before any vault is open, from the first screen."""

    changed = Signal(object)  # the new Display

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_size = theme.name(QComboBox(), "textSize", self.tr("Text size"))
        for percent in app_settings.TEXT_SIZES:
            label = self.tr("%1%").replace("%1", str(percent))
            if percent == 100:
                label = self.tr("%1 (usual size)").replace("%1", label)
            self.text_size.addItem(label, percent)
        size_label = QLabel(self.tr("&Text size:"))
        size_label.setBuddy(self.text_size)
        self.high_contrast = theme.name(
            QCheckBox(self.tr("Hi&gh contrast (light text on black)")),
            "highContrast",
            self.tr("High contrast"),
        )
        size_row = QHBoxLayout()
        size_row.addWidget(size_label)
        size_row.addWidget(self.text_size)
        size_row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(size_row)
        layout.addWidget(self.high_contrast)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "Changes show straight away. They are kept on this computer, for every vault."
                )
            )
        )
        self.load()
        self.text_size.currentIndexChanged.connect(self._choose)
        self.high_contrast.toggled.connect(self._choose)

    def load(self) -> None:
        """Show what this computer has saved (it may have changed elsewhere)."""
        saved = app_settings.display()
        with QSignalBlocker(self.text_size), QSignalBlocker(self.high_contrast):
            self.text_size.setCurrentIndex(max(0, self.text_size.findData(saved.text_percent)))
            self.high_contrast.setChecked(saved.high_contrast)

    def choice(self) -> Display:
        return Display(self.text_size.currentData(), self.high_contrast.isChecked())

    def _choose(self) -> None:
        choice = self.choice()
        app_settings.set_display(choice)
        theme.apply(QApplication.instance(), choice)
        self.changed.emit(choice)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.load()
        super().showEvent(event)
