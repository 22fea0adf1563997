"""Recording a day of a PA's annual leave or sickness, with the hours it covered."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from fractions import Fraction

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.errors import InvalidInput, UserError
from dpkeeper.domain.money import round_half_up
from dpkeeper.domain.staff import MAX_SHIFT_MINUTES, STAFF, Absence, AbsenceKind
from dpkeeper.domain.text import ERRORS, QT_TRANSLATE_NOOP
from dpkeeper.services import staff
from dpkeeper.services.session import Session
from dpkeeper.ui import theme
from dpkeeper.ui.messages import translated, user_message
from dpkeeper.ui.widgets.date_field import DateField

_DECIMAL_HOURS = re.compile(r"^(\d{1,2}(?:\.\d{1,2})?|\.\d{1,2})\s*(?:h|hrs?|hours?)?$")
_CLOCK_HOURS = re.compile(r"^(\d{1,2}):(\d{2})$")
_HOURS_AND_MINUTES = re.compile(
    r"^(?:(\d{1,2})\s*(?:h|hrs?|hours?))?\s*(?:(\d{1,4})\s*(?:m|mins?|minutes?)?)?$"
)


def parse_hours(text: str) -> int:
    """Hours as typed ("7.5", "7:30", "7h 30m", "45m", "7 hours") → whole minutes.

    Decimal hours are rounded to the nearest minute. Raises InvalidInput with a plain message.
    """
    cleaned = " ".join(text.lower().replace(",", ".").split())
    if not cleaned:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(ERRORS, "Please type the hours for that day, like 7.5 or 7:30.")
        )
    minutes: int | None = None
    if match := _DECIMAL_HOURS.match(cleaned):
        minutes = round_half_up(Fraction(Decimal(match[1])) * 60)
    elif match := _CLOCK_HOURS.match(cleaned):
        if int(match[2]) < 60:
            minutes = int(match[1]) * 60 + int(match[2])
    elif (match := _HOURS_AND_MINUTES.match(cleaned)) and (match[1] or match[2]):
        minutes = int(match[1] or 0) * 60 + int(match[2] or 0)
    if minutes is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "“{text}” doesn't look like hours. Please type them like 7.5, 7:30 or 7h 30m.",
            ),
            text=text.strip(),
        )
    if minutes > MAX_SHIFT_MINUTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(ERRORS, "A day has at most 24 hours. Please check the hours.")
        )
    return minutes


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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = theme.name(
            buttons.button(QDialogButtonBox.StandardButton.Save), "saveAbsence", self.tr("Save")
        )
        self.save_button.setDefault(True)
        theme.name(
            buttons.button(QDialogButtonBox.StandardButton.Cancel),
            "cancelAbsence",
            self.tr("Cancel"),
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
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
