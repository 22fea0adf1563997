"""Help > About: which version this is, its licence, and where the vault lives on this computer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from dpkeeper import APP_NAME, __version__, paths
from dpkeeper.ui import theme

ICON_SIZE = 64


class AboutDialog(QDialog):
    """Opened with ``open()``. ``vault_folder`` is the open vault, or None on the welcome screen."""

    def __init__(self, vault_folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("About %1").replace("%1", APP_NAME)
        self.setWindowTitle(title)
        theme.name(self, "aboutDialog", title)

        icon = QLabel()
        icon.setPixmap(
            QPixmap(str(paths.resources_dir() / "icons" / "direct-payments-keeper-64.png"))
        )
        icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.version = self._text("aboutVersion", self.tr("Version %1").replace("%1", __version__))
        if vault_folder is None:
            where = self.tr("New vaults are saved in this folder unless you choose another: %1")
            folder = paths.default_vault_folder()
        else:
            where = self.tr("Your vault is in this folder: %1")
            folder = vault_folder
        self.vault_place = self._text("aboutVaultPlace", where.replace("%1", str(folder)))
        self.licence = self._text(
            "aboutLicence",
            self.tr(
                "All rights reserved by the Direct Payments Keeper authors. Made with Qt for "
                "Python (LGPL 3), SQLCipher (BSD) and the DejaVu fonts (free licence)."
            ),
        )
        self.privacy = self._text(
            "aboutPrivacy",
            self.tr(
                "Your records stay on this computer, locked with your passphrase. "
                "The app does not send anything over the internet."
            ),
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        theme.name(self.close_button, "closeAbout", self.tr("Close"))
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        heading = QVBoxLayout()
        heading.addWidget(theme.heading(APP_NAME, 1.4))
        heading.addWidget(self.version)
        top.addLayout(heading, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(top)
        for label in (self.privacy, self.vault_place, self.licence):
            layout.addWidget(label)
        layout.addStretch()  # wrapped labels ask for more height than they use: keep it below
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().height() * 30)

    def _text(self, object_name: str, text: str) -> QLabel:
        """A paragraph that can be selected and copied (a folder's path, for someone helping)."""
        label = theme.paragraph(text)
        label.setObjectName(object_name)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        return label

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.close_button.setFocus()
