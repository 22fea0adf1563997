"""The Staff page: PAs and their details, shifts with history, holiday, payslips and checks."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.access import Action
from dpkeeper.domain.errors import UserError
from dpkeeper.domain.money import format_pence
from dpkeeper.domain.staff import PA, STAFF, format_minutes
from dpkeeper.services import staff
from dpkeeper.services.session import Session
from dpkeeper.ui import display, roles, theme
from dpkeeper.ui.dialogs.absence import AbsenceDialog
from dpkeeper.ui.dialogs.checks import ChecksDialog
from dpkeeper.ui.dialogs.pa import PADialog
from dpkeeper.ui.dialogs.pay_record import PayDialog
from dpkeeper.ui.dialogs.shift import ShiftDialog
from dpkeeper.ui.messages import translated, user_message
from dpkeeper.ui.widgets.flow_layout import FlowLayout

WEEKS_BACK, WEEKS_AHEAD = 13, 4  # the shift list shows about a quarter back and a month ahead


class StaffPage(QWidget):
    navigate = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.dialog: QWidget | None = None
        self.people: list[PA] = []

        self.pa_list = theme.name(QListWidget(), "paList", self.tr("Your PAs"))
        self.add_button = self._button(self.tr("&Add a PA…"), "addPA", self.tr("Add a PA (Ctrl+N)"))
        self.change_button = self._button(
            self.tr("Change &details…"), "changePA", self.tr("Change details (Ctrl+E)")
        )
        self.checks_button = self._button(self.tr("C&hecks…"), "paChecks", self.tr("Checks"))
        self.insurance_button = self._button(
            self.tr("Employer's &insurance…"), "insurance", self.tr("Employer's insurance")
        )

        self.tabs = theme.name(QTabWidget(), "staffTabs", self.tr("About this PA"))
        theme.name(self.tabs.tabBar(), "staffTabBar", self.tr("About this PA"))
        self.shift_table = theme.name(QTableWidget(0, 5), "shiftList", self.tr("Shifts"))
        self.shift_table.setTabKeyNavigation(False)  # Tab moves on, not from cell to cell
        self.shift_table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Paid hours"),
                self.tr("Kind"),
                self.tr("Note"),
            ]
        )
        self.shift_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shift_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shift_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.shift_table.verticalHeader().hide()
        self.shift_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.shift_table.horizontalHeader().setStretchLastSection(True)
        self.shift_table.doubleClicked.connect(self.change_shift)
        self.change_shift_button = self._button(
            self.tr("Change &shift…"), "changeShift", self.tr("Change shift (Enter)")
        )
        self.delete_shift_button = self._button(
            self.tr("De&lete shift"), "deleteShift", self.tr("Delete shift (Delete)")
        )
        self.holiday_text = theme.name(QLabel(), "holidaySummary", self.tr("Holiday"))
        self.holiday_text.setWordWrap(True)
        self.holiday_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.holiday_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.absence_list = theme.name(QListWidget(), "absenceList", self.tr("Leave and sickness"))
        self.add_absence_button = self._button(
            self.tr("Add lea&ve or sickness…"), "addAbsence", self.tr("Add leave or sickness")
        )
        self.delete_absence_button = self._button(
            self.tr("Delete the chosen day"), "deleteAbsence", self.tr("Delete the chosen day")
        )
        self.payslip_list = theme.name(QListWidget(), "payslipList", self.tr("Payslips"))
        self.pay_button = self._button(
            self.tr("&Payslip for a pay period…"), "payslip", self.tr("Payslip for a pay period")
        )
        self.nation = theme.name(QComboBox(), "nation", self.tr("Bank holidays for"))
        for key, label in (
            ("england-and-wales", self.tr("England and Wales")),
            ("scotland", self.tr("Scotland")),
            ("northern-ireland", self.tr("Northern Ireland")),
        ):
            self.nation.addItem(label, key)
        self.leave_start = theme.name(QComboBox(), "leaveYearStart", self.tr("Leave year starts"))
        for month in range(1, 13):
            self.leave_start.addItem(QLocale().monthName(month), month)
        self.message = theme.name(QLabel(), "staffMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.hide()
        self.empty = theme.paragraph(
            self.tr(
                "Add each personal assistant (PA) you employ: when they started, their hours, "
                "how often they are paid and their pay rates. Then enter their hours on the "
                "Hours page."
            )
        )

        self.tabs.addTab(
            self._tab(self.shift_table, self.change_shift_button, self.delete_shift_button),
            self.tr("Shifts"),
        )
        holiday = QWidget()
        holiday_layout = QVBoxLayout(holiday)
        holiday_layout.addWidget(self.holiday_text)
        holiday_layout.addWidget(
            theme.paragraph(self.tr("Leave and sickness days this leave year:"))
        )
        holiday_layout.addWidget(self.absence_list, 1)
        row = FlowLayout()  # wraps onto two lines with large text
        row.addWidget(self.add_absence_button)
        row.addWidget(self.delete_absence_button)
        holiday_layout.addLayout(row)
        self.tabs.addTab(holiday, self.tr("Holiday"))
        self.tabs.addTab(self._tab(self.payslip_list, self.pay_button), self.tr("Pay"))

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Your PAs:")))
        left.addWidget(self.pa_list, 1)
        for button in (
            self.add_button,
            self.change_button,
            self.checks_button,
            self.insurance_button,
        ):
            left.addWidget(button)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.tabs, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(theme.heading(self.tr("Staff")))
        layout.addWidget(self.empty)
        layout.addLayout(body, 1)
        settings = FlowLayout()
        for text, widget in (
            (self.tr("Bank holidays &for:"), self.nation),
            (self.tr("Leave &year starts on 1"), self.leave_start),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            settings.add(caption, widget)
        layout.addLayout(settings)
        layout.addWidget(self.message)

        self.pa_list.currentRowChanged.connect(self._pa_chosen)
        self.pa_list.itemActivated.connect(lambda _item: self.change_pa())
        self.add_button.clicked.connect(self.add_pa)
        self.change_button.clicked.connect(self.change_pa)
        self.checks_button.clicked.connect(lambda: self._open_checks(self.current_pa_id()))
        self.insurance_button.clicked.connect(lambda: self._open_checks(None))
        self.change_shift_button.clicked.connect(self.change_shift)
        self.delete_shift_button.clicked.connect(self.delete_shift)
        self.add_absence_button.clicked.connect(self.add_absence)
        self.delete_absence_button.clicked.connect(self.delete_absence)
        self.pay_button.clicked.connect(self.open_pay)
        self.nation.activated.connect(self._nation_chosen)
        self.leave_start.activated.connect(self._leave_start_chosen)
        for keys, slot, name in (
            ("Ctrl+N", self.add_pa, "addPAAction"),
            ("Ctrl+E", self.change_pa, "changePAAction"),
        ):
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        for keys, slot, owner in (
            (Qt.Key.Key_Return, self.change_shift, self.shift_table),
            (Qt.Key.Key_Delete, self.delete_shift, self.shift_table),
            (Qt.Key.Key_Delete, self.delete_absence, self.absence_list),
        ):
            action = QAction(owner)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            owner.addAction(action)

    def _button(self, text: str, object_name: str, accessible: str) -> QPushButton:
        return theme.name(QPushButton(text), object_name, accessible)

    def _tab(self, main: QWidget, *buttons: QPushButton) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(main, 1)
        row = FlowLayout()
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        return page

    # Workspace protocol ------------------------------------------------------------------------

    def show_session(self, session: Session) -> None:
        self.session = session
        self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        if self.session is None or not self.session.is_open:
            return
        keep = keep if keep is not None else self.current_pa_id()
        self.nation.setCurrentIndex(self.nation.findData(staff.nation(self.session)))
        self.leave_start.setCurrentIndex(staff.leave_year_start(self.session)[0] - 1)
        self.people = staff.pas(self.session)
        self.pa_list.blockSignals(True)
        self.pa_list.clear()
        for pa in self.people:
            item = QListWidgetItem(self._pa_text(pa))
            item.setData(Qt.ItemDataRole.UserRole, pa.pa_id)
            self.pa_list.addItem(item)
        self.pa_list.blockSignals(False)
        has_people = bool(self.people)
        self.empty.setVisible(not has_people)
        self.tabs.setEnabled(has_people)
        for widget, enabled in (
            (self.add_button, True),
            (self.change_button, has_people),
            (self.checks_button, has_people),
            (self.insurance_button, True),
            (self.pay_button, True),
            (self.nation, True),
            (self.leave_start, True),
        ):
            roles.allow(widget, self.session, Action.STAFF, enabled)
        ids = [pa.pa_id for pa in self.people]
        self.pa_list.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        self._pa_chosen()

    def _pa_text(self, pa: PA) -> str:
        hours = (
            self.tr("irregular hours")
            if pa.irregular
            else self.tr("%1 a week").replace("%1", format_minutes(pa.contracted_minutes))
        )
        text = f"{pa.name} ({hours})"
        if pa.end is not None and pa.end < date.today():
            text += " " + self.tr("— left %1").replace("%1", display.day(pa.end))
        return text

    def current_pa_id(self) -> int | None:
        item = self.pa_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_pa(self) -> PA | None:
        pa_id = self.current_pa_id()
        return next((pa for pa in self.people if pa.pa_id == pa_id), None)

    def _pa_chosen(self, *_args) -> None:
        pa = self.current_pa()
        self._fill_shifts(pa)
        self._fill_holiday(pa)
        self._fill_pay(pa)

    def _fill_shifts(self, pa: PA | None) -> None:
        self.shift_table.setRowCount(0)
        if pa is None:
            return
        today = date.today()
        found = staff.shifts(
            self.session,
            today - timedelta(weeks=WEEKS_BACK),
            today + timedelta(weeks=WEEKS_AHEAD),
            pa.pa_id,
        )
        found.reverse()  # newest first
        self.shift_table.setRowCount(len(found))
        for row, shift in enumerate(found):
            cells = (
                display.day(shift.day),
                f"{shift.start:%H:%M}–{shift.end:%H:%M}"
                + (
                    " " + self.tr("(%1m break)").replace("%1", str(shift.break_minutes))
                    if shift.break_minutes
                    else ""
                ),
                format_minutes(shift.paid_minutes),
                translated(STAFF, shift.shift_type.label),
                shift.note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, shift)
                self.shift_table.setItem(row, column, item)
        if found:
            self.shift_table.selectRow(0)
        roles.allow(self.change_shift_button, self.session, Action.HOURS, bool(found))
        roles.allow(self.delete_shift_button, self.session, Action.DELETE, bool(found))

    def _fill_holiday(self, pa: PA | None) -> None:
        self.absence_list.clear()
        if pa is None:
            self.holiday_text.clear()
            return
        summary = staff.holiday(self.session, pa.pa_id)
        lines = [
            self.tr("Leave year %1 to %2.")
            .replace("%1", display.day(summary.year_start))
            .replace("%2", display.day(summary.year_end))
        ]
        if summary.entitlement_minutes is not None:
            lines.append(
                self.tr("Holiday: %1. Taken: %2. Booked: %3. Left: %4.")
                .replace("%1", format_minutes(summary.entitlement_minutes))
                .replace("%2", format_minutes(summary.taken_minutes))
                .replace("%3", format_minutes(summary.booked_minutes))
                .replace("%4", format_minutes(summary.remaining_minutes))
            )
        lines.append(self.tr("How this is worked out:"))
        lines += [f"• {line}" for line in summary.working]
        self.holiday_text.setText("\n".join(lines))
        self.holiday_text.setAccessibleName(self.holiday_text.text())
        for absence in staff.absences(self.session, summary.year_start, summary.year_end, pa.pa_id):
            item = QListWidgetItem(
                f"{display.day(absence.day)}: {translated(STAFF, absence.kind.label)}, "
                f"{format_minutes(absence.minutes)}"
                + (f" — {absence.note}" if absence.note else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, absence.absence_id)
            self.absence_list.addItem(item)
        roles.allow(self.add_absence_button, self.session, Action.HOURS)
        roles.allow(
            self.delete_absence_button, self.session, Action.DELETE, self.absence_list.count() > 0
        )

    def _fill_pay(self, pa: PA | None) -> None:
        self.payslip_list.clear()
        if pa is None:
            return
        for slip in reversed(staff.payslips(self.session, pa.pa_id)):
            worked = staff.computed_pay(self.session, pa.pa_id, slip.period).total
            text = (
                self.tr("%1: payslip gross %2; the shifts come to %3.")
                .replace("%1", f"{display.day(slip.period.start)} – {display.day(slip.period.end)}")
                .replace("%2", format_pence(slip.gross))
                .replace("%3", format_pence(worked))
            )
            if worked != slip.gross:
                text += " " + self.tr("Different by %1: please check.").replace(
                    "%1", format_pence(abs(slip.gross - worked))
                )
            payments = staff.payslip_payments(self.session, slip.pay_id)
            if payments:
                text += " " + (
                    self.tr("1 payment linked.")
                    if len(payments) == 1
                    else self.tr("%1 payments linked.").replace("%1", str(len(payments)))
                )
            self.payslip_list.addItem(text)

    # Actions -----------------------------------------------------------------------------------

    def _open(self, dialog, after) -> None:
        self.dialog = dialog

        def closed(_result) -> None:
            self.dialog = None
            dialog.deleteLater()
            after(dialog)
            self.window().activateWindow()

        dialog.finished.connect(closed)
        dialog.open()

    def _refused(self, action: Action) -> bool:
        """Say plainly who can do this when the signed-in person's role cannot (keys and
        double-clicks reach actions whose buttons are switched off)."""
        why = roles.refusal(self.session, action)
        if why:
            self._say(why, "error")
        return bool(why)

    def add_pa(self) -> None:
        if self.session is None or self.dialog is not None or self._refused(Action.STAFF):
            return
        self._open(PADialog(self.session, parent=self), self._pa_saved)

    def change_pa(self) -> None:
        pa = self.current_pa()
        if self.session is None or pa is None or self.dialog is not None:
            return
        if self._refused(Action.STAFF):
            return
        self._open(PADialog(self.session, pa, parent=self), self._pa_saved)

    def _pa_saved(self, dialog) -> None:
        if dialog.saved_id is not None:
            self._say(self.tr("Saved."), "success")
            self.refresh(keep=dialog.saved_id)
        self.pa_list.setFocus()

    def _open_checks(self, pa_id: int | None) -> None:
        if self.session is None or self.dialog is not None or self._refused(Action.STAFF):
            return
        if pa_id is None and self.sender() is self.checks_button:
            return
        self._open(ChecksDialog(self.session, pa_id, parent=self), self._checks_saved)

    def _checks_saved(self, dialog) -> None:
        if dialog.saved:
            self._say(self.tr("Saved. Home will remind you before anything is due."), "success")

    def _chosen_shift(self):
        row = self.shift_table.currentRow()
        item = self.shift_table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def change_shift(self, *_args) -> None:
        shift = self._chosen_shift()
        if self.session is None or shift is None or self.dialog is not None:
            return
        if self._refused(Action.HOURS):
            return
        self._open(ShiftDialog(self.session, shift, parent=self), self._shift_saved)

    def _shift_saved(self, dialog) -> None:
        if dialog.saved_id is not None:
            text = self.tr("Shift saved.")
            if dialog.warnings:
                text += " " + " ".join(dialog.warnings)
            self._say(text, "warning" if dialog.warnings else "success")
            self._pa_chosen()
        self.shift_table.setFocus()

    def delete_shift(self) -> None:
        shift = self._chosen_shift()
        if self.session is None or shift is None or self._refused(Action.DELETE):
            return
        staff.delete_shift(self.session, shift.shift_id)
        self._say(
            self.tr("Deleted the shift on %1. Its history is kept.").replace(
                "%1", display.day(shift.day)
            )
        )
        self._fill_shifts(self.current_pa())
        self.shift_table.setFocus()

    def add_absence(self) -> None:
        pa_id = self.current_pa_id()
        if self.session is None or pa_id is None or self.dialog is not None:
            return
        if self._refused(Action.HOURS):
            return
        self._open(AbsenceDialog(self.session, pa_id, parent=self), self._absence_saved)

    def _absence_saved(self, dialog) -> None:
        if dialog.saved_id is not None:
            self._fill_holiday(self.current_pa())
            self._fill_pay(self.current_pa())

    def delete_absence(self) -> None:
        item = self.absence_list.currentItem()
        if self.session is None or item is None:
            return
        try:
            staff.delete_absence(self.session, item.data(Qt.ItemDataRole.UserRole))
        except UserError as error:
            self._say(user_message(error), "error")
            return
        self._fill_holiday(self.current_pa())

    def open_pay(self) -> None:
        pa_id = self.current_pa_id()
        if self.session is None or pa_id is None or self.dialog is not None:
            return
        if self._refused(Action.STAFF):
            return
        self._open(
            PayDialog(self.session, pa_id, parent=self),
            lambda _d: self._fill_pay(self.current_pa()),
        )

    def _nation_chosen(self) -> None:
        if self._refused(Action.STAFF):
            return
        staff.set_nation(self.session, self.nation.currentData())
        self._say(self.tr("Saved. New shifts on bank holidays use this list."), "success")

    def _leave_start_chosen(self) -> None:
        if self._refused(Action.STAFF):
            return
        staff.set_leave_year_start(self.session, self.leave_start.currentData(), 1)
        self._fill_holiday(self.current_pa())
        self._say(self.tr("Saved. Holiday is now counted from this month."), "success")

    def _say(self, text: str, role: str = "") -> None:
        theme.set_role(self.message, role)
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))
