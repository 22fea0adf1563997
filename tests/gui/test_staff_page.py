"""The Staff page by keyboard: add a PA, record checks, change a shift and keep its history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dpkeeper.domain.schedule import Frequency
from dpkeeper.domain.staff import CheckKind, HolidayMode, ShiftType
from dpkeeper.services import staff
from dpkeeper.ui.pages.home import HomePage
from dpkeeper.ui.pages.staff import StaffPage
from tests.gui.conftest import WAIT_MS, type_into


@pytest.fixture
def page(qtbot, session, ids) -> StaffPage:
    shown = StaffPage()
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    with qtbot.waitExposed(shown):
        shown.show()
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown, timeout=WAIT_MS)
    shown.show_session(session)
    return shown


def open_dialog(qtbot, page, key, modifier=Qt.KeyboardModifier.ControlModifier):
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window(), timeout=WAIT_MS)
    page.pa_list.setFocus()
    qtbot.keyClick(page.pa_list, key, modifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    return page.dialog


def test_a_pa_is_added_by_keyboard_with_two_rates(qtbot, page, session):
    assert page.empty.isVisible()
    dialog = open_dialog(qtbot, page, Qt.Key.Key_N)
    type_into(qtbot, dialog.name, "Jane Smith")
    dialog.start.set_value(date(2026, 4, 1))
    type_into(qtbot, dialog.hours, "20")
    dialog.first_pay_day.set_value(date(2026, 4, 6))
    dialog.rate_from.set_value(date(2026, 4, 1))
    type_into(qtbot, dialog.rate_amount, "12.71")
    qtbot.keyClick(dialog.add_rate_button, Qt.Key.Key_Space)
    dialog.rate_kind.setCurrentIndex(dialog.rate_kind.findData(ShiftType.SLEEP_IN.value))
    type_into(qtbot, dialog.rate_amount, "60")
    qtbot.keyClick(dialog.rate_amount, Qt.Key.Key_Return)  # Save adds the typed rate too
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)

    [jane] = staff.pas(session)
    assert (jane.name, jane.contracted_minutes, jane.frequency) == (
        "Jane Smith",
        1200,
        Frequency.FOUR_WEEKLY,
    )
    assert jane.holiday is HolidayMode.FIXED
    assert sorted((r.shift_type, r.pence) for r in jane.rates) == [
        (ShiftType.DAY, 1271),
        (ShiftType.SLEEP_IN, 6000),
    ]
    assert page.pa_list.item(0).text() == "Jane Smith (20h a week)"
    assert "5.6 weeks × 20h a week" in page.holiday_text.text()


def test_a_pa_without_a_name_is_not_saved(qtbot, page, session):
    dialog = open_dialog(qtbot, page, Qt.Key.Key_N)
    type_into(qtbot, dialog.hours, "twenty")
    qtbot.keyClick(dialog.hours, Qt.Key.Key_Return)
    assert "doesn't look like hours" in dialog.message.text()
    type_into(qtbot, dialog.hours, "20")
    qtbot.keyClick(dialog.hours, Qt.Key.Key_Return)
    assert "name" in dialog.message.text()
    dialog.reject()
    assert staff.pas(session) == []


def add_jane(session):
    from tests.gui.test_hours_page import PA, PayRate  # the same PA as the Hours tests

    return staff.save_pa(
        session,
        PA(
            None,
            "Jane Smith",
            date(2026, 1, 5),
            Frequency.FOUR_WEEKLY,
            date(2026, 1, 5),
            1200,
            rates=(PayRate(ShiftType.DAY, date(2026, 1, 5), 1300),),
        ),
    )


def test_checks_are_recorded_and_home_reminds_before_they_fall_due(qtbot, page, session):
    jane = add_jane(session)
    page.refresh()
    page.checks_button.setFocus()
    qtbot.keyClick(page.checks_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    dialog = page.dialog
    soon = date.today() + timedelta(days=10)
    done, due, _note = dialog.fields[CheckKind.DBS]
    type_into(qtbot, done, "01/12/2023")
    type_into(qtbot, due, soon.strftime("%d/%m/%Y"))
    qtbot.keyClick(due, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    [check] = staff.checks(session)
    assert (check.pa_id, check.kind, check.due_on) == (jane.pa_id, CheckKind.DBS, soon)

    home = HomePage()
    qtbot.addWidget(home)
    home.show_session(session)
    assert home.staff_card.figure.text() == "1"
    assert "DBS check for Jane Smith is due" in home.staff_card.words.text()


def test_a_shift_is_changed_in_full_and_its_history_kept(qtbot, page, session):
    jane = add_jane(session)
    day = date.today() - timedelta(days=2)
    staff.set_day(session, jane.pa_id, day, "9-17")
    page.refresh()
    page.shift_table.setFocus()
    qtbot.keyClick(page.shift_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    dialog = page.dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    assert "added" in dialog.history.text()
    dialog.break_minutes.setValue(30)
    type_into(qtbot, dialog.note, "Hospital appointment")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    [shift] = staff.shifts(session, day, day)
    assert (shift.break_minutes, shift.note) == (30, "Hospital appointment")
    changes = [change for _, _, change, _ in staff.shift_history(session, shift.shift_id)]
    assert changes == ["added", "changed"]
    assert page.shift_table.item(0, 4).text() == "Hospital appointment"

    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=WAIT_MS)
    page.shift_table.setFocus()
    qtbot.keyClick(page.shift_table, Qt.Key.Key_Delete)
    assert staff.shifts(session, day, day) == []
    assert "history is kept" in page.message.text()


def test_scotland_and_a_january_leave_year_can_be_chosen(qtbot, page, session):
    add_jane(session)
    page.refresh()
    page.nation.setCurrentIndex(page.nation.findData("scotland"))
    page.nation.activated.emit(page.nation.currentIndex())
    assert date(2026, 11, 30) in staff.rules(session).bank_holidays  # St Andrew's Day
    page.leave_start.setCurrentIndex(0)
    page.leave_start.activated.emit(0)
    assert staff.leave_year_start(session) == (1, 1)
    assert "Leave year 1 Jan" in page.holiday_text.text()
