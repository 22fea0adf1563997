"""Recording a day of a PA's annual leave or sickness, with the hours it covered."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.errors import UserError
from dpkeeper.domain.staff import STAFF, Absence, AbsenceKind, parse_hours
from dpkeeper.services import staff
from dpkeeper.services.session import Session
from dpkeeper.ui import theme
from dpkeeper.ui.messages import translated, user_message
from dpkeeper.ui.widgets.date_field import DateField


class AbsenceDialog(QDialog):
    """Opened with ``open()``; ``saved_id`` is the absence's id once it was saved."""

    def __init__(
        self,
        session: Session,
        pa_id: int,
        parent: QWidget | None = None,
        *,
        day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.pa_id = session, pa_id
        self.saved_id: int | None = None
        pa = staff.get_pa(session, pa_id)
        title = self.tr("Leave or sickness for %1").replace("%1", pa.name)
        self.setWindowTitle(title)
        theme.name(self, "absenceDialog", title)
        self.kind = theme.name(QComboBox(), "absenceKind", self.tr("Annual leave or sickness"))
        for kind in AbsenceKind:
            self.kind.addItem(translated(STAFF, kind.label), kind.value)
        self.day = theme.name(DateField(day), "absenceDay", self.tr("Date"))
        self.hours = theme.name(QLineEdit(), "absenceHours", self.tr("Hours that day"))
        self.hours.setPlaceholderText(self.tr("For example: 7.5, 7:30 or 7h 30m"))
        self.note = theme.name(QLineEdit(), "absenceNote", self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional, for example: booked in June"))
        self.message = theme.name(QLabel(), "absenceMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Hours that day:"), self.hours)
        form.addRow(self.tr("&Note:"), self.note)
        buttons, self.save_button = theme.save_cancel(self, "Absence")
        layout = QVBoxLayout(self)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "Record one day off at a time, with the hours your PA would have worked "
                    "that day."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().height() * 28)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.kind.setFocus()

    def save(self) -> None:
        try:
            absence = Absence(
                None,
                self.pa_id,
                self.day.value(),
                AbsenceKind(self.kind.currentData()),
                parse_hours(self.hours.text()),
                self.note.text().strip(),
            )
            self.saved_id = staff.add_absence(self.session, absence)
        except UserError as error:
            theme.set_role(self.message, "error")
            self.message.setText(user_message(error))
            self.message.setAccessibleName(self.message.text())
            self.message.show()
            self.hours.setFocus()
            return
        self.accept()
