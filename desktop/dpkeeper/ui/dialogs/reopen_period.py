"""Reopening closed records so they can be changed again, with a reason kept in the audit trail."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dpkeeper.domain.errors import UserError
from dpkeeper.services import periods
from dpkeeper.services.session import Session
from dpkeeper.ui import display, theme
from dpkeeper.ui.messages import user_message
from dpkeeper.ui.widgets.date_field import DateField


class ReopenDialog(QDialog):
    """Opened with ``open()``; ``reopened_from`` is the first day reopened once it was saved."""

    def __init__(self, session: Session, suggested: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reopened_from: date | None = None
        self.closed = periods.closed_through(session)
        title = self.tr("Reopen records")
        self.setWindowTitle(title)
        theme.name(self, "reopenDialog", title)

        self.back_to = theme.name(DateField(suggested), "reopenFrom", self.tr("Reopen from"))
        if self.closed is not None:
            last = self.closed
            self.back_to.setMaximumDate(QDate(last.year, last.month, last.day))
        self.reason = theme.name(QLineEdit(), "reopenReason", self.tr("Why it is being reopened"))
        self.reason.setPlaceholderText(
            self.tr("For example: the council asked me to correct a payment")
        )
        self.message = theme.name(QLabel(), "reopenMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.hide()

        closed_text = (
            self.tr("Records are closed up to %1.").replace("%1", display.day(self.closed))
            if self.closed is not None
            else self.tr("No records are closed.")
        )
        explanation = theme.paragraph(
            closed_text
            + " "
            + self.tr(
                "Records from the day you choose can be changed again; earlier ones stay "
                "closed. Your reason is kept with your records."
            )
        )
        explanation.setObjectName("reopenExplanation")
        form = QFormLayout()
        form.addRow(self.tr("Reopen &from:"), self.back_to)
        form.addRow(self.tr("&Reason:"), self.reason)
        buttons, self.save_button = theme.save_cancel(self, "Reopen")
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().height() * 30)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reason.setFocus()

    def save(self) -> None:
        try:
            periods.reopen(self.session, self.back_to.value(), self.reason.text())
        except UserError as error:
            theme.set_role(self.message, "error")
            self.message.setText(user_message(error))
            self.message.setAccessibleName(self.message.text())
            self.message.show()
            self.reason.setFocus()
            return
        self.reopened_from = self.back_to.value()
        self.accept()
