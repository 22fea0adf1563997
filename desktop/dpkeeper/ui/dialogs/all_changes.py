"""Every change in the vault, newest first, a page at a time: who did what, and when."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.services import history
from dpkeeper.services.session import Session
from dpkeeper.ui import theme

PAGE = 200  # changes read at a time; a ten-year vault has tens of thousands


class AllChangesDialog(QDialog):
    """Opened with ``open()``. Reaching the last line (End, or arrow down) or pressing "Show
    older changes" (Alt+O) reads the next page."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        title = self.tr("Everything that changed")
        self.setWindowTitle(title)
        theme.name(self, "allChangesDialog", title)
        self.list = theme.name(QListWidget(), "allChangesList", self.tr("Changes, newest first"))
        self.list.setWordWrap(True)
        self.more_button = theme.name(
            QPushButton(self.tr("Show &older changes")),
            "olderChanges",
            self.tr("Show older changes"),
        )
        self.more_button.clicked.connect(self.show_more)
        self.list.currentRowChanged.connect(self._moved)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        theme.name(
            buttons.button(QDialogButtonBox.StandardButton.Close),
            "closeAllChanges",
            self.tr("Close"),
        )
        buttons.addButton(self.more_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "Every change saved in this vault, newest first: when it was made, who made "
                    "it, and what changed. Nothing can be taken out of this list."
                )
            )
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        width = self.fontMetrics().horizontalAdvance("M")
        self.resize(width * 64, self.fontMetrics().height() * 28)
        self.shown = 0
        self.show_more()
        self.list.setCurrentRow(0)

    def show_more(self) -> None:
        entries = history.recent(self.session, PAGE, self.shown)
        self.list.addItems([history.describe(entry) for entry in entries])
        self.shown += len(entries)
        if len(entries) < PAGE:
            self.more_button.setEnabled(False)
            self.more_button.setText(self.tr("No older changes"))
        if not self.shown:
            self.list.addItem(self.tr("No changes are recorded yet."))

    def _moved(self, row: int) -> None:
        if row == self.list.count() - 1 and self.more_button.isEnabled() and self.shown:
            self.show_more()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.list.setFocus()
