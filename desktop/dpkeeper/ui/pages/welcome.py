"""The first screen: open a recent vault, make a new one, or open one from a folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from dpkeeper.paths import default_vault_folder
from dpkeeper.services import app_settings
from dpkeeper.ui import file_prompts, language, theme
from dpkeeper.ui.dialogs.display import DisplayDialog
from dpkeeper.ui.widgets.language_choice import LanguageChoice
from dpkeeper.vault.store import VaultLocation


class WelcomePage(QWidget):
    open_requested = Signal(Path)
    create_requested = Signal()
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recent = theme.name(QListWidget(), "recentVaults", self.tr("Your vaults"))
        self.recent.itemActivated.connect(self._open_item)
        self.open_recent = theme.name(
            QPushButton(self.tr("&Open selected vault")),
            "openRecent",
            self.tr("Open selected vault"),
        )
        self.open_recent.clicked.connect(self._open_selected)
        self.create = theme.name(
            QPushButton(self.tr("&Create a new vault")),
            "createVault",
            self.tr("Create a new vault"),
        )
        self.create.clicked.connect(self.create_requested)
        self.open_other = theme.name(
            QPushButton(self.tr("Open a vault from a &folder…")),
            "openFromFile",
            self.tr("Open a vault from a folder"),
        )
        self.open_other.clicked.connect(self._choose)
        self.display = theme.name(
            QPushButton(self.tr("&Text size and contrast…")),
            "displayButton",
            self.tr("Text size and contrast"),
        )
        self.display.clicked.connect(lambda: DisplayDialog(self).open())
        self.help_button = theme.name(
            QPushButton(self.tr("Help (F1)")), "welcomeHelp", self.tr("Help and guide (F1)")
        )
        self.help_button.clicked.connect(self.help_requested)
        self.language = LanguageChoice()
        self.language.chosen.connect(self._change_language)
        language_row = QHBoxLayout()  # how the app looks and speaks on this computer
        language_row.addWidget(self.language)
        language_row.addWidget(self.display)

        self.recent_heading = theme.heading(self.tr("Your vaults"), 1.2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create)
        buttons.addWidget(self.open_other)
        buttons.addStretch()
        buttons.addWidget(self.help_button)
        layout = theme.column(self)
        layout.addWidget(theme.heading(self.tr("Direct Payments Keeper")))
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "Keep track of your direct payment: money in, money out, receipts and "
                    "your assistants' hours. Everything stays private, locked on this computer."
                )
            )
        )
        layout.addWidget(self.recent_heading)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.open_recent, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch()
        layout.addLayout(language_row)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for folder in app_settings.recent_vaults():
            item = QListWidgetItem(f"{VaultLocation(folder).display_name}  —  {folder}")
            item.setData(Qt.ItemDataRole.UserRole, str(folder))
            self.recent.addItem(item)
        has_recent = self.recent.count() > 0
        for widget in (self.recent_heading, self.recent, self.open_recent):
            widget.setVisible(has_recent)
        if has_recent:
            self.recent.setCurrentRow(0)
            self.recent.setFocus()
        else:
            self.create.setFocus()
        self.create.setDefault(not has_recent)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _open_selected(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self._open_item(item)

    def _choose(self) -> None:
        chosen = file_prompts.choose_vault(self, default_vault_folder())
        if chosen is not None:
            self.open_requested.emit(VaultLocation.of(chosen).folder)

    def _change_language(self, code: str) -> None:
        """Nothing is open yet, so the window is made again in the new language straight away."""
        window = language.choose(code, self.window())
        window.welcome.language.setFocus()
