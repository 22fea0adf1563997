"""Settings > Records and history: everything that changed, and removing deleted payments once
their keeping time is over."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from dpkeeper.domain.access import Action
from dpkeeper.domain.errors import UserError
from dpkeeper.services import keeping
from dpkeeper.services.session import Session
from dpkeeper.ui import display, roles, theme
from dpkeeper.ui.dialogs.all_changes import AllChangesDialog
from dpkeeper.ui.messages import user_message


def confirm_removal(parent: QWidget, title: str, text: str) -> bool:
    """Ask before removing for good (tests answer it by replacing this function)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("confirmRemoveForGood")
    remove = box.addButton(
        QCoreApplication.translate("RecordsBox", "Remove for good"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("RecordsBox", "Keep them"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is remove


class RecordsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Records and history"))
        self.session: Session | None = None
        self.dialog: QWidget | None = None
        self.history_button = theme.name(
            QPushButton(self.tr("See &everything that changed…")),
            "allChanges",
            self.tr("See everything that changed"),
        )
        self.history_button.clicked.connect(self.show_history)
        self.keeping_note = theme.paragraph("")
        self.keeping_note.setObjectName("keepingNote")
        self.remove_button = theme.name(
            QPushButton(self.tr("Remove old &deleted payments…")),
            "removeOldDeleted",
            self.tr("Remove old deleted payments for good"),
        )
        self.remove_button.clicked.connect(self.remove_old)
        self.message = theme.name(QLabel(), "recordsMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(theme.left(self.history_button))
        layout.addWidget(self.keeping_note)
        layout.addLayout(theme.left(self.remove_button))
        layout.addWidget(self.message)

    def show_session(self, session: Session) -> None:
        self.session = session
        self.message.hide()
        self.refresh()

    def refresh(self) -> None:
        if self.session is None or not self.session.is_open:
            return
        found = keeping.removable(self.session)
        cut = display.day(found.before)
        if found.count:
            note = self.tr(
                "Deleted payments are kept for their financial year and six more. %1 deleted "
                "payments are dated before %2, so they can now be removed for good."
            )
            note = note.replace("%1", str(found.count)).replace("%2", cut)
        else:
            note = self.tr(
                "Deleted payments are kept for their financial year and six more. None are old "
                "enough to remove yet (they would need to be dated before %1)."
            ).replace("%1", cut)
        self.keeping_note.setText(note)
        roles.allow(self.remove_button, self.session, Action.DELETE, found.count > 0)

    def show_history(self) -> None:
        if self.session is None:
            return
        self.dialog = AllChangesDialog(self.session, self)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _closed(self) -> None:
        self.dialog = None

    def remove_old(self) -> None:
        if self.session is None:
            return
        found = keeping.removable(self.session)
        if not found.count:
            return
        asked = confirm_removal(
            self,
            self.tr("Remove for good?"),
            self.tr(
                "%1 deleted payments dated before %2, and their receipts, will be removed from the "
                "vault for good. This cannot be undone. Backups made before today still hold them."
            )
            .replace("%1", str(found.count))
            .replace("%2", display.day(found.before)),
        )
        if not asked:
            return
        try:
            removed = keeping.remove_old_deleted(self.session)
        except UserError as error:
            self._say(user_message(error), "error")
            return
        self._say(
            self.tr("Removed %1 old deleted payments.").replace("%1", str(removed)), "success"
        )
        self.refresh()

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        theme.set_role(self.message, role)
        self.message.show()
