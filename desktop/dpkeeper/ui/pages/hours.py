"""The Hours page: a week of shifts for every PA, typed straight into a grid.

Type a shift into a day (``9-17``, ``9-17 30`` for a 30-minute break, ``22-7 sleep``), Tab to the
next day. Each day is saved as it is typed; a day that cannot be read is left as it was, with a
message saying how to type it. Warnings (minimum wage, breaks, rest) are shown, never enforced.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.access import Action
from dpkeeper.domain.errors import UserError
from dpkeeper.services import staff, timesheets
from dpkeeper.services.session import Session
from dpkeeper.ui import display, file_prompts, roles, theme
from dpkeeper.ui.messages import user_message
from dpkeeper.ui.models.week import TOTAL, WeekModel
from dpkeeper.ui.workers import run_in_background


class WeekGrid(QTableView):
    """The grid; Delete clears the chosen day. Tab moves from day to day and, after the last
    day, on to the next control (Qt would go round the grid again, trapping the keyboard)."""

    def moveCursor(self, action, modifiers) -> QModelIndex:  # noqa: N802 (Qt's name)
        target = super().moveCursor(action, modifiers)
        here = self.currentIndex()
        if target.isValid() and here.isValid():
            place, there = (here.row(), here.column()), (target.row(), target.column())
            next_, previous = (
                QAbstractItemView.CursorAction.MoveNext,
                QAbstractItemView.CursorAction.MovePrevious,
            )
            if (action == next_ and there < place) or (action == previous and there > place):
                return QModelIndex()  # went round: let the focus leave the grid
        return target

    clear_requested = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            index = self.currentIndex()
            if index.isValid() and self.model().flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.clear_requested.emit(index)
                return
        super().keyPressEvent(event)


class HoursPage(QWidget):
    navigate = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.monday = staff.monday_of(date.today())
        self.task = None
        self.saved_files: list[Path] = []

        self.week_label = theme.heading("", 1.3)
        self.week_label.setObjectName("weekLabel")
        self.previous_button = self._button(
            self.tr("◀ &Previous week"), "previousWeek", self.tr("Previous week (Alt+Left)")
        )
        self.this_button = self._button(self.tr("&This week"), "thisWeek", self.tr("This week"))
        self.next_button = self._button(
            self.tr("&Next week ▶"), "nextWeek", self.tr("Next week (Alt+Right)")
        )
        self.copy_button = self._button(
            self.tr("&Copy last week"), "copyWeek", self.tr("Copy last week (Ctrl+Shift+C)")
        )
        self.copy_button.setToolTip(
            self.tr("Copy last week's shifts into the days of this week that have none yet")
        )
        self.print_button = self._button(
            self.tr("Print &timesheets…"), "printTimesheets", self.tr("Print timesheets (Ctrl+P)")
        )
        self.print_button.setToolTip(
            self.tr("Save a timesheet PDF for each PA for the pay period of this week, to print")
        )

        self.model = WeekModel(self)
        # Queued: the grid first finishes moving to the next day, then the week is re-read.
        self.model.day_typed.connect(self.save_day, Qt.ConnectionType.QueuedConnection)
        self.grid = theme.name(WeekGrid(), "weekGrid", self.tr("Shifts this week"))
        self.grid.setModel(self.model)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self._edit_triggers = self.grid.editTriggers()  # off for an advocate (see show_week)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setTabKeyNavigation(True)
        self.grid.setWordWrap(True)
        self.grid.clear_requested.connect(lambda index: self.model.setData(index, ""))
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TOTAL, QHeaderView.ResizeMode.ResizeToContents)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.hint = theme.paragraph(
            self.tr(
                "Type a shift into a day, like 9-17. Add the unpaid break in minutes after it "
                "(9-17 30), and a kind if it is not the usual one: evening, night, weekend, bh "
                "(bank holiday), sleep (sleep-in) or waking (waking night). Put a comma between "
                "two shifts on one day. Tab moves to the next day; Delete clears a day. Shifts "
                "that end after midnight finish the next morning."
            )
        )
        self.warnings = theme.name(QLabel(), "hoursWarnings", self.tr("Things to check"))
        self.warnings.setWordWrap(True)
        self.message = theme.name(QLabel(), "hoursMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.hide()
        self.empty = theme.paragraph(
            self.tr("Add your PAs on the Staff page first; then their weeks appear here.")
        )
        self.empty.setObjectName("hoursEmpty")

        top = QHBoxLayout()
        top.addWidget(self.week_label, 1)
        for button in (self.previous_button, self.this_button, self.next_button):
            top.addWidget(button)
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.print_button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(theme.heading(self.tr("Hours")))
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.grid, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.warnings)
        layout.addWidget(self.hint)
        layout.addStretch()  # takes the grid's space while there are no PAs yet

        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - timedelta(7)))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(7)))
        self.this_button.clicked.connect(lambda: self.show_week(date.today()))
        self.copy_button.clicked.connect(self.copy_last_week)
        self.print_button.clicked.connect(self.print_timesheets)
        for keys, slot, name in (
            ("Alt+Left", self.previous_button.click, "previousWeekAction"),
            ("Alt+Right", self.next_button.click, "nextWeekAction"),
            ("Ctrl+Shift+C", self.copy_button.click, "copyWeekAction"),
            ("Ctrl+P", self.print_button.click, "printAction"),
        ):
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _button(self, text: str, object_name: str, accessible: str) -> QPushButton:
        return theme.name(QPushButton(text), object_name, accessible)

    # Workspace protocol ------------------------------------------------------------------------

    def show_session(self, session: Session) -> None:
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        if self.session is None or not self.session.is_open:
            return
        self.show_week(self.monday)

    def show_week(self, day: date) -> None:
        if self.session is None:
            return
        self.monday = staff.monday_of(day)
        where = self.grid.currentIndex()
        week = staff.week(self.session, self.monday)
        self.model.set_week(week)
        sunday = self.monday + timedelta(days=6)
        self.week_label.setText(
            self.tr("Week of %1 to %2")
            .replace("%1", display.day(self.monday))
            .replace("%2", display.day(sunday))
        )
        self.week_label.setAccessibleName(self.week_label.text())
        has_people = bool(week.rows)
        self.empty.setVisible(not has_people)
        self.grid.setVisible(has_people)
        roles.allow(self.copy_button, self.session, Action.HOURS, has_people)
        self.grid.setEditTriggers(
            self._edit_triggers
            if self.session.can(Action.HOURS)
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.print_button.setEnabled(has_people)
        if where.isValid() and where.row() < self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(where.row(), where.column()))
        elif has_people:
            self.grid.setCurrentIndex(self.model.index(0, 0))
        self._show_warnings(week.warnings)

    def _show_warnings(self, found) -> None:
        if not found:
            self.warnings.clear()
            self.warnings.hide()
            return
        lines = [self.tr("Please check:")] + [f"• {w.text}" for w in found]
        self.warnings.setText("\n".join(lines))
        self.warnings.setAccessibleName(self.warnings.text())
        theme.set_role(self.warnings, "warning")
        self.warnings.show()

    def _say(self, text: str, role: str = "") -> None:
        theme.set_role(self.message, role)
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    # Actions -----------------------------------------------------------------------------------

    def save_day(self, pa_id: int, day: date, text: str) -> None:
        """Save what was typed into one PA's day; the grid shows the result."""
        try:
            staff.set_day(self.session, pa_id, day, text)
        except UserError as error:
            self._say(
                self.tr("%1 Nothing was changed on %2.")
                .replace("%1", user_message(error))
                .replace("%2", display.day(day)),
                "error",
            )
        else:
            self._say("")
        self.show_week(self.monday)
        if QApplication.focusWidget() is None:  # the day's editor has gone: stay in the grid
            self.grid.setFocus()

    def copy_last_week(self) -> None:
        if self.session is None:
            return
        try:
            copied = staff.copy_week(self.session, self.monday)
        except UserError as error:
            self._say(user_message(error), "error")
            return
        if copied:
            text = (
                self.tr("Copied 1 shift from last week.")
                if copied == 1
                else self.tr("Copied %1 shifts from last week.").replace("%1", str(copied))
            )
        else:
            text = self.tr(
                "Nothing to copy: last week had no shifts on the days that are empty this week."
            )
        self._say(text, "success" if copied else "")
        self.show_week(self.monday)

    def print_timesheets(self) -> None:
        """Save a timesheet PDF for each PA in this week, for the pay period holding Monday."""
        if self.session is None or self.task is not None or self.model.week is None:
            return
        folder = file_prompts.choose_timesheet_folder(self)
        if folder is None:
            return
        session, monday = self.session, self.monday
        people = [row.pa for row in self.model.week.rows]

        def work() -> list[Path]:
            saved = []
            for pa in people:
                period = staff.period_holding(session, pa.pa_id, monday)
                pdf = timesheets.timesheet_pdf(session, pa.pa_id, period)
                target = folder / f"Timesheet {pa.name} {period.start.isoformat()}.pdf"
                target.write_bytes(pdf)
                saved.append(target)
            return saved

        self.task = run_in_background(
            self, work, self._printed, self._print_failed, self.tr("Making the timesheets…")
        )
        self.task.done.connect(self._task_ended)

    def _task_ended(self) -> None:
        self.task = None

    def _printed(self, saved: list[Path]) -> None:
        self.saved_files = saved
        self._say(
            self.tr("Saved %1 timesheets in %2. Open them to print and sign.")
            .replace("%1", str(len(saved)))
            .replace("%2", str(saved[0].parent) if saved else ""),
            "success",
        )

    def _print_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self._say(user_message(error), "error")
        elif isinstance(error, OSError):
            self._say(
                self.tr(
                    "The timesheets could not be saved there: %1. Please choose another folder."
                ).replace("%1", error.strerror or str(error)),
                "error",
            )
        else:
            raise error
