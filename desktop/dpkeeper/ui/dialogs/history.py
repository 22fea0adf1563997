"""A read-only list of changes: one payment's history, or everything that changed in the vault."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QVBoxLayout, QWidget

from dpkeeper.ui import theme


class HistoryDialog(QDialog):
    """Opened with ``open()``; shows ``lines`` newest last, with a plain introduction."""

    def __init__(self, title: str, intro: str, lines: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        theme.name(self, "historyDialog", title)
        self.saved_id = None  # the Money page's dialog protocol: nothing is ever saved here
        self.list = theme.name(QListWidget(), "historyList", title)
        self.list.setWordWrap(True)
        self.list.addItems(lines or [self.tr("No changes are recorded yet.")])
        self.list.setCurrentRow(self.list.count() - 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        theme.name(
            buttons.button(QDialogButtonBox.StandardButton.Close), "closeHistory", self.tr("Close")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(theme.paragraph(intro))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        width = self.fontMetrics().horizontalAdvance("M")
        self.resize(width * 60, self.fontMetrics().height() * 26)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.list.setFocus()
