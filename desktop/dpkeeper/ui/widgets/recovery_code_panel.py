"""Showing a recovery code once, with a button to save or print the recovery sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dpkeeper.domain.errors import UserError
from dpkeeper.paths import default_vault_folder
from dpkeeper.services.recovery_sheet import save_recovery_sheet
from dpkeeper.ui import file_prompts, theme
from dpkeeper.ui.messages import user_message


class RecoveryCodePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person = ""
        self._folder = Path()
        self._code = ""
        self._saved_to: Path | None = None

        self.code_label = theme.name(QLabel(), "recoveryCode", self.tr("Your recovery code"))
        theme.set_font_scale(self.code_label, 1.8, bold=True, fixed=True)
        self.code_label.setProperty("role", "code")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setWordWrap(True)
        self.code_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.save_button = theme.name(
            QPushButton(self.tr("&Save recovery sheet (PDF)…")),
            "saveRecoverySheet",
            self.tr("Save recovery sheet as a PDF to print"),
        )
        self.save_button.clicked.connect(self._save)
        self.open_button = theme.name(
            QPushButton(self.tr("&Open it to print")),
            "openRecoverySheet",
            self.tr("Open the saved sheet to print it"),
        )
        self.open_button.clicked.connect(self._open)
        self.open_button.hide()
        self.status = theme.name(QLabel(), "sheetStatus", self.tr("Recovery sheet status"))
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "This is your recovery code. If you ever forget your passphrase, this code "
                    "opens your records. Write it down or print the recovery sheet, and keep "
                    "it somewhere safe at home, away from the computer."
                )
            )
        )
        layout.addWidget(self.code_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "Anyone with this code and your vault could read your records, so keep it "
                    "private. It is shown only now."
                )
            )
        )

    def show_code(self, code: str, person: str, vault_folder: Path) -> None:
        self._code, self._person, self._folder = code, person, vault_folder
        self._saved_to = None
        self.code_label.setText(code)
        self.code_label.setAccessibleDescription(" ".join(code.replace("-", " ")))
        self.status.clear()
        self.open_button.hide()

    def _save(self) -> None:
        suggested = default_vault_folder().parent / self.tr("Recovery sheet.pdf")
        target = file_prompts.choose_pdf_target(self, suggested)
        if target is None:
            return
        try:
            save_recovery_sheet(target, self._person, self._folder, self._code)
        except UserError as error:
            theme.set_role(self.status, "error")
            self.status.setText(user_message(error))
            return
        self._saved_to = target
        theme.set_role(self.status, "success")
        self.status.setText(
            self.tr(
                "Saved to %1. Print it, then keep the paper safe. This file is not "
                "encrypted, so delete it once it is printed."
            ).replace("%1", str(target))
        )
        self.open_button.show()

    def _open(self) -> None:
        if self._saved_to is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._saved_to)))

    def forget(self) -> None:
        """Remove the code from the screen once it is no longer needed."""
        self._code = ""
        self.code_label.clear()
