"""Showing a new recovery code and checking the person has it before it replaces the old one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.ui import theme
from dpkeeper.ui.widgets.code_check import CodeCheckFields
from dpkeeper.ui.widgets.recovery_code_panel import RecoveryCodePanel


class NewRecoveryCodeDialog(QDialog):
    def __init__(self, code: str, person: str, vault_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newRecoveryCodeDialog")
        self.setWindowTitle(self.tr("Make a new recovery code"))
        self.setAccessibleName(self.tr("Make a new recovery code"))
        self.panel = RecoveryCodePanel()
        self.panel.show_code(code, person, vault_folder)
        self.check = CodeCheckFields()
        self.check.expect(code)
        self.steps = QStackedWidget()
        self.steps.addWidget(self.panel)
        self.steps.addWidget(self.check)

        self.next = theme.name(QPushButton(self.tr("&Next")), "newCodeNext", self.tr("Next"))
        self.next.setDefault(True)
        self.next.clicked.connect(self._next)
        self.back = theme.name(QPushButton(self.tr("&Back")), "newCodeBack", self.tr("Back"))
        self.back.clicked.connect(lambda: self._show(0))
        cancel = theme.name(QPushButton(self.tr("Cancel")), "newCodeCancel", self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch()
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "When you finish, this new code replaces your old one. The old recovery "
                    "sheet will stop working, so throw it away safely."
                )
            )
        )
        layout.addWidget(self.steps)
        layout.addLayout(buttons)
        self._show(0)

    def _show(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.back.setEnabled(step == 1)
        self.next.setText(self.tr("&Use this new code") if step == 1 else self.tr("&Next"))
        (self.check.typed if step == 1 else self.panel.code_label).setFocus()

    def _next(self) -> None:
        if self.steps.currentIndex() == 0:
            self._show(1)
        elif self.check.matches():
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, code: str, person: str, vault_folder: Path) -> bool:
        dialog = cls(code, person, vault_folder, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.panel.forget()
        dialog.deleteLater()
        return ok
