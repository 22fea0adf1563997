"""Text size and contrast… on the first screen: bigger text or high contrast before any vault
is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from dpkeeper.ui import theme
from dpkeeper.ui.widgets.display_options import DisplayOptions

DIALOG_WIDTH_EM = 24


class DisplayDialog(QDialog):
    """Opened with ``open()``; the choices apply (and are saved) as they are made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = self.tr("Text size and contrast")
        self.setWindowTitle(title)
        theme.name(self, "displayDialog", title)
        self.options = DisplayOptions()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        theme.name(self.close_button, "closeDisplay", self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.options.changed.connect(lambda _choice: self.adjustSize())
        layout = QVBoxLayout(self)
        layout.addWidget(theme.heading(title, 1.3))
        layout.addWidget(self.options)
        layout.addStretch()
        layout.addWidget(buttons)
        theme.on_font_change(
            self, lambda: self.setMinimumWidth(self.fontMetrics().height() * DIALOG_WIDTH_EM)
        )
        self.options.text_size.setFocus()
