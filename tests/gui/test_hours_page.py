"""A carer types a week of shifts for two PAs by keyboard, copies it and prints timesheets."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dpkeeper.domain.schedule import Frequency
from dpkeeper.domain.staff import PA, HolidayMode, PayRate, ShiftType
from dpkeeper.services import staff
from dpkeeper.ui import file_prompts
from dpkeeper.ui.models.week import TOTAL
from dpkeeper.ui.pages.hours import HoursPage
from tests.gui.conftest import WAIT_MS

MONDAY = date(2026, 6, 1)


@pytest.fixture
def people(session, ids):
    rates = (
        PayRate(ShiftType.DAY, date(2026, 1, 5), 1300),
        PayRate(ShiftType.SLEEP_IN, date(2026, 1, 5), 6000),
    )
    jane = staff.save_pa(
        session,
        PA(
            None,
            "Jane Smith",
            date(2026, 1, 5),
            Frequency.FOUR_WEEKLY,
            date(2026, 5, 25),
            20 * 60,
            rates=rates,
        ),
    )
    tom = staff.save_pa(
        session,
        PA(
            None,
            "Tom Evans",
            date(2026, 1, 5),
            Frequency.WEEKLY,
            date(2026, 1, 5),
            None,
            holiday=HolidayMode.ACCRUED,
            rates=(PayRate(ShiftType.DAY, date(2026, 1, 5), 1200),),  # below the minimum wage
        ),
    )
    return jane, tom


@pytest.fixture
def page(qtbot, session, people) -> HoursPage:
    shown = HoursPage()
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    with qtbot.waitExposed(shown):
        shown.show()
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown, timeout=WAIT_MS)
    shown.show_session(session)
    shown.show_week(MONDAY)
    return shown


def type_day(qtbot, grid, text):
    """Type into the chosen day as a person would, then Tab to the next day."""
    qtbot.keyClick(grid, text[0])  # any key opens the day for typing
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not grid, timeout=WAIT_MS)
    qtbot.keyClicks(QApplication.focusWidget(), text[1:])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.wait(20)  # the day is saved on the next turn of the event loop


def test_a_week_for_two_pas_is_typed_copied_and_printed(
    qtbot, page, session, people, tmp_path, monkeypatch
):
    jane, tom = people
    grid = page.grid
    assert page.model.headerData(0, Qt.Orientation.Vertical) == "Jane Smith"
    grid.setFocus()
    grid.setCurrentIndex(page.model.index(0, 0))
    type_day(qtbot, grid, "9-17 30")  # Monday
    qtbot.keyClick(grid, Qt.Key.Key_Tab)  # nothing on Tuesday
    type_day(qtbot, grid, "9-13, 18-22")  # Wednesday: two shifts
    grid.setCurrentIndex(page.model.index(1, 3))  # Tom, Thursday
    type_day(qtbot, grid, "22-7 sleep")
    type_day(qtbot, grid, "8-16")  # Friday: 8 hours, no break, and a low rate

    row = staff.week(session, MONDAY).rows
    jane_row = next(r for r in row if r.pa.pa_id == jane.pa_id)
    tom_row = next(r for r in row if r.pa.pa_id == tom.pa_id)
    assert jane_row.minutes == 450 + 240 + 240
    assert [s.start for s in jane_row.days[2]] == [time(9), time(18)]
    assert tom_row.sleep_ins == 1 and tom_row.minutes == 480
    assert page.model.index(0, TOTAL).data() == "15h 30m of 20h"
    assert "planned" in page.model.index(2, TOTAL).data()
    assert "below the legal minimum" in page.warnings.text()
    assert "break" in page.warnings.text()

    # A mistyped day is left as it was, with a message saying how to type it.
    grid.setCurrentIndex(page.model.index(0, 0))
    type_day(qtbot, grid, "nine to five")
    assert "doesn't look like a shift" in page.message.text()
    assert len(staff.shifts(session, MONDAY, MONDAY, jane.pa_id)) == 1

    # Delete clears a day.
    grid.setCurrentIndex(page.model.index(1, 4))
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    qtbot.wait(20)
    assert staff.shifts(session, date(2026, 6, 5), date(2026, 6, 5), tom.pa_id) == []

    # Next week: copy last week, by keyboard.
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.monday == date(2026, 6, 8)
    qtbot.keyClick(
        grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert "Copied 4 shifts" in page.message.text()
    assert staff.week(session, date(2026, 6, 8)).minutes == 15 * 60 + 30

    # Print: one timesheet PDF for each PA, for the pay period holding this week.
    monkeypatch.setattr(
        file_prompts, "choose_timesheet_folder", lambda parent, start=None: tmp_path
    )
    qtbot.keyClick(grid, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.saved_files) == 2, timeout=WAIT_MS)
    names = sorted(path.name for path in page.saved_files)
    assert names == ["Timesheet Jane Smith 2026-05-25.pdf", "Timesheet Tom Evans 2026-06-08.pdf"]
    assert all(path.read_bytes().startswith(b"%PDF") for path in page.saved_files)
    assert "Saved 2 timesheets" in page.message.text()


def test_days_outside_a_pas_employment_cannot_be_typed_into(qtbot, page, session, people):
    jane, _ = people
    changed = staff.save_pa(
        session,
        PA(
            jane.pa_id,
            jane.name,
            jane.start,
            jane.frequency,
            jane.first_pay_day,
            jane.contracted_minutes,
            end=date(2026, 6, 3),
            rates=jane.rates,
        ),
    )
    page.show_week(MONDAY)
    row = next(
        n
        for n in range(page.model.rowCount() - 1)
        if page.model.week.rows[n].pa.pa_id == changed.pa_id
    )
    assert page.model.flags(page.model.index(row, 2)) & Qt.ItemFlag.ItemIsEditable
    assert not page.model.flags(page.model.index(row, 3)) & Qt.ItemFlag.ItemIsEditable


def test_with_no_pas_the_page_says_where_to_add_them(qtbot, session, ids):
    shown = HoursPage()
    qtbot.addWidget(shown)
    shown.show()
    shown.show_session(session)
    assert shown.empty.isVisible() and not shown.grid.isVisible()
