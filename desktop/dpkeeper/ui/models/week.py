"""The Hours page's week grid: one row per PA, one column per day, totals at the edges."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from dpkeeper.domain.staff import STAFF, Shift, ShiftType, format_minutes
from dpkeeper.services.staff import Week
from dpkeeper.ui import display
from dpkeeper.ui.messages import translated

Index = QModelIndex | QPersistentModelIndex
DAYS = 7
TOTAL = 7  # the column after Sunday

#: The short word typed for each kind of shift (``parse_shift`` reads these back).
TYPED_WORDS = {
    ShiftType.DAY: "day",
    ShiftType.EVENING: "evening",
    ShiftType.NIGHT: "night",
    ShiftType.WEEKEND: "weekend",
    ShiftType.BANK_HOLIDAY: "bh",
    ShiftType.SLEEP_IN: "sleep",
    ShiftType.WAKING_NIGHT: "waking",
}


def typed_form(shift: Shift) -> str:
    """The shift as it would be typed: ``09:00-17:00 30 day``."""
    text = f"{shift.start:%H:%M}-{shift.end:%H:%M}"
    if shift.break_minutes:
        text += f" {shift.break_minutes}"
    return f"{text} {TYPED_WORDS[shift.shift_type]}"


class WeekModel(QAbstractTableModel):
    """``day_typed(pa_id, day, text)`` asks the page to save what was typed into a day."""

    day_typed = Signal(int, object, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.week: Week | None = None

    def set_week(self, week: Week) -> None:
        self.beginResetModel()
        self.week = week
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.week is None:
            return 0
        return len(self.week.rows) + 1  # and the totals row

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else DAYS + 1

    def is_total_row(self, row: int) -> bool:
        return self.week is not None and row == len(self.week.rows)

    def day_of(self, column: int):
        return self.week.monday + timedelta(days=column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if self.week is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == TOTAL:
                return self.tr("Week")
            day = self.day_of(section)
            return display.weekday(day) + "\n" + display.day(day)
        if self.is_total_row(section):
            return self.tr("All PAs")
        return self.week.rows[section].pa.name

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.editable(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def editable(self, row: int, column: int) -> bool:
        if self.week is None or column == TOTAL or self.is_total_row(row):
            return False
        return self.week.rows[row].pa.employed_on(self.day_of(column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.week is None:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.EditRole:
            if self.is_total_row(row) or column == TOTAL:
                return None
            return ", ".join(typed_form(s) for s in self.week.rows[row].days[column])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            what = self._text(row, column) or self.tr("no shifts")
            who = self.headerData(row, Qt.Orientation.Vertical)
            when = self.headerData(column, Qt.Orientation.Horizontal).replace("\n", " ")
            return f"{who}, {when}: {what}"
        if role == Qt.ItemDataRole.ToolTipRole and self.editable(row, column):
            return self.tr("Type a shift like 9-17, or 9-17 30 for a 30-minute break")
        if role == Qt.ItemDataRole.BackgroundRole and self.is_total_row(row):
            return None
        return None

    def _text(self, row: int, column: int) -> str:
        week = self.week
        if self.is_total_row(row):
            if column == TOTAL:
                total = format_minutes(week.minutes)
                if week.planned_minutes:
                    return (
                        self.tr("%1 of %2 planned")
                        .replace("%1", total)
                        .replace("%2", format_minutes(week.planned_minutes))
                    )
                return total
            minutes = week.day_minutes(column)
            return format_minutes(minutes) if minutes else ""
        line = week.rows[row]
        if column == TOTAL:
            text = format_minutes(line.minutes)
            if line.contracted_minutes:
                text = (
                    self.tr("%1 of %2")
                    .replace("%1", text)
                    .replace("%2", format_minutes(line.contracted_minutes))
                )
            if line.sleep_ins:
                text += "\n" + (
                    self.tr("and 1 sleep-in")
                    if line.sleep_ins == 1
                    else self.tr("and %1 sleep-ins").replace("%1", str(line.sleep_ins))
                )
            return text
        return "\n".join(self._shift_text(s) for s in line.days[column])

    def _shift_text(self, shift: Shift) -> str:
        text = f"{shift.start:%H:%M}–{shift.end:%H:%M}"
        if shift.break_minutes:
            text += " " + self.tr("(%1m break)").replace("%1", str(shift.break_minutes))
        return f"{text} {translated(STAFF, shift.shift_type.label)}"

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.editable(index.row(), index.column()):
            return False
        text = str(value or "").strip()
        if text == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        pa = self.week.rows[index.row()].pa
        self.day_typed.emit(pa.pa_id, self.day_of(index.column()), text)
        return True
