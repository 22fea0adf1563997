"""Changing one shift in full (including a sleep-in's awake time and a note), with its history."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.errors import UserError
from dpkeeper.domain.staff import STAFF, Shift, ShiftType
from dpkeeper.services import staff
from dpkeeper.services.session import Session
from dpkeeper.ui import theme
from dpkeeper.ui.messages import translated, user_message
from dpkeeper.ui.widgets.date_field import DateField


class ShiftDialog(QDialog):
    """Opened with ``open()``; ``saved_id`` is set when the shift was saved."""

    def __init__(self, session: Session, shift: Shift, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.shift = session, shift
        self.saved_id: int | None = None
        self.warnings: list[str] = []
        title = self.tr("Change a shift")
        self.setWindowTitle(title)
        theme.name(self, "shiftDialog", title)
        self.day = theme.name(DateField(shift.day), "shiftDay", self.tr("Day it starts"))
        self.start = theme.name(
            QTimeEdit(QTime(shift.start.hour, shift.start.minute)), "shiftStart", self.tr("Start")
        )
        self.end = theme.name(
            QTimeEdit(QTime(shift.end.hour, shift.end.minute)), "shiftEnd", self.tr("End")
        )
        for field in (self.start, self.end):
            field.setDisplayFormat("HH:mm")
        self.break_minutes = theme.name(
            QSpinBox(), "shiftBreak", self.tr("Unpaid break in minutes")
        )
        self.break_minutes.setRange(0, 600)
        self.break_minutes.setValue(shift.break_minutes)
        self.kind = theme.name(QComboBox(), "shiftKind", self.tr("Kind of shift"))
        for kind in ShiftType:
            self.kind.addItem(translated(STAFF, kind.label), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(shift.shift_type.value))
        self.awake = theme.name(QSpinBox(), "shiftAwake", self.tr("Minutes awake and working"))
        self.awake.setRange(0, 24 * 60)
        self.awake.setValue(shift.awake_minutes)
        self.note = theme.name(QLineEdit(shift.note), "shiftNote", self.tr("Note"))
        self.message = theme.name(QLabel(), "shiftMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        history = staff.shift_history(session, shift.shift_id) if shift.shift_id else []
        self.history = theme.name(QLabel(), "shiftHistory", self.tr("Changes to this shift"))
        self.history.setWordWrap(True)
        self.history.setText(
            "\n".join(
                self.tr("%1 by %2: %3 (%4)")
                .replace("%1", when.replace("T", " ")[:16])
                .replace("%2", who)
                .replace("%3", what)
                .replace("%4", detail)
                for when, who, what, detail in history
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("&Day it starts:"), self.day)
        form.addRow(self.tr("&Start:"), self.start)
        form.addRow(self.tr("&End (the next day if earlier):"), self.end)
        form.addRow(self.tr("Unpaid &break (minutes):"), self.break_minutes)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Sleep-in: minutes &awake and working:"), self.awake)
        form.addRow(self.tr("&Note:"), self.note)
        buttons, self.save_button = theme.save_cancel(self, "Shift")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Changes so far:")))
        layout.addWidget(self.history)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.awake.setEnabled(self.kind.currentData() == ShiftType.SLEEP_IN.value)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.start.setFocus()

    def save(self) -> None:
        kind = ShiftType(self.kind.currentData())
        changed = replace(
            self.shift,
            day=self.day.value(),
            start=self.start.time().toPython(),
            end=self.end.time().toPython(),
            break_minutes=self.break_minutes.value(),
            shift_type=kind,
            awake_minutes=self.awake.value() if kind is ShiftType.SLEEP_IN else 0,
            note=self.note.text().strip(),
        )
        try:
            found = staff.change_shift(self.session, changed)
        except UserError as error:
            theme.set_role(self.message, "error")
            self.message.setText(user_message(error))
            return
        self.warnings = [w.text for w in found]
        self.saved_id = self.shift.shift_id
        self.accept()
