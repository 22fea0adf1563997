"""The pay record and leave dialogs, driven by keyboard as a person would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.ledger import TransactionInput
from dpkeeper.domain.schedule import Frequency
from dpkeeper.domain.staff import PA, AbsenceKind, PayRate, ShiftType, parse_hours
from dpkeeper.services import money, staff
from dpkeeper.ui.dialogs.absence import AbsenceDialog
from dpkeeper.ui.dialogs.pay_record import PayDialog
from tests.gui.conftest import WAIT_MS, click, type_into

TODAY = date.today()
STARTED = TODAY - timedelta(days=20 * 7)  # a Jane paid 4-weekly, for five periods so far


@pytest.fixture
def jane(session, ids) -> PA:
    return staff.save_pa(
        session,
        PA(
            pa_id=None,
            name="Jane Smith",
            start=STARTED,
            frequency=Frequency.FOUR_WEEKLY,
            first_pay_day=STARTED,
            contracted_minutes=15 * 60,
            rates=(PayRate(ShiftType.DAY, STARTED, 1300),),
        ),
    )


@pytest.fixture
def last_period(session, jane):
    """The last 4 weeks that have ended, with two days of 7h 30m (15 hours at £13: £195)."""
    period = staff.period_holding(session, jane.pa_id, TODAY - timedelta(days=28))
    staff.set_day(session, jane.pa_id, period.start, "9-17 30")
    staff.set_day(session, jane.pa_id, period.start + timedelta(days=1), "9-17 30")
    return period


def pay(session, ids, when, pence, who, key):
    return money.record(session, TransactionInput(when, -pence, ids["bank"], who, ids[key]))


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog, timeout=WAIT_MS):
        dialog.open()
        dialog.activateWindow()
    return dialog


def test_a_payslip_is_checked_against_the_shifts_and_saved_with_its_payment(
    qtbot, session, ids, jane, last_period
):
    wages = pay(session, ids, last_period.end + timedelta(days=1), 18000, "Jane Smith", "pa_wages")
    pay(session, ids, last_period.end + timedelta(days=2), 4500, "Leisure centre", "activities")

    dialog = opened(qtbot, PayDialog(session, jane.pa_id))
    assert dialog.chosen_period() == last_period
    assert "15h at £13.00 an hour = £195.00" in dialog.working.text()
    assert dialog.total.text() == "Total: £195.00"
    assert dialog.payments.count() == 1  # the leisure centre is not pay
    assert "Jane Smith  £180.00  (PA wages)" in dialog.payments.item(0).text()

    type_into(qtbot, dialog.gross, "190")
    assert dialog.note.text() == (
        "The payslip says £190.00 but the shifts come to £195.00: £5.00 less. "
        "Please check the hours with your payroll service."
    )
    assert dialog.note.property("role") == "warning"
    type_into(qtbot, dialog.net, "180")
    assert "comes to £190.00, but the net pay is £180.00" in dialog.note.text()
    type_into(qtbot, dialog.tax, "6")
    type_into(qtbot, dialog.employee_ni, "4")
    type_into(qtbot, dialog.employer_ni, "2.50")
    assert "net pay" not in dialog.note.text()

    dialog.payments.setFocus()
    qtbot.keyClick(dialog.payments, Qt.Key.Key_Space)
    assert dialog.links() == [(wages, "net")]
    qtbot.keyClick(dialog.employer_ni, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    [slip] = staff.payslips(session, jane.pa_id)
    assert dialog.saved_id == slip.pay_id
    assert slip.period == last_period
    assert (slip.gross, slip.tax, slip.employee_ni, slip.employer_ni, slip.net) == (
        19000,
        600,
        400,
        250,
        18000,
    )
    assert [tuple(link) for link in staff.payslip_payments(session, slip.pay_id)] == [
        (wages, "net")
    ]

    again = opened(qtbot, PayDialog(session, jane.pa_id))
    assert "✓ payslip saved" in again.period.currentText()
    assert (again.gross.text(), again.tax.text(), again.net.text()) == ("190.00", "6.00", "180.00")
    assert again.payments.item(0).checkState() == Qt.CheckState.Checked
    again.reject()


def test_a_missing_rate_is_named_and_a_matching_payslip_says_so(qtbot, session, ids, jane):
    period = staff.period_holding(session, jane.pa_id, TODAY - timedelta(days=28))
    staff.set_day(session, jane.pa_id, period.start, "9-17 30")
    staff.add_shift(
        session,
        staff.read_shifts(session, jane.pa_id, period.start + timedelta(days=2), "22-07 sleep")[0],
    )
    dialog = opened(qtbot, PayDialog(session, jane.pa_id))
    assert dialog.missing.text() == "No pay rate for: Sleep-in. Add one in the PA's details."
    type_into(qtbot, dialog.gross, "97.50")
    assert dialog.note.text() == "The payslip's gross pay matches the shifts."
    assert "No payments" in dialog.no_payments.text() and dialog.no_payments.isVisible()
    dialog.reject()


def test_hmrc_and_pension_payments_are_linked_with_their_roles(
    qtbot, session, ids, jane, last_period
):
    hmrc = pay(session, ids, last_period.end + timedelta(days=3), 1250, "HMRC", "hmrc")
    pension = pay(session, ids, last_period.end + timedelta(days=4), 900, "NEST", "pension")
    dialog = opened(qtbot, PayDialog(session, jane.pa_id))
    for row in range(dialog.payments.count()):
        dialog.payments.item(row).setCheckState(Qt.CheckState.Checked)
    assert sorted(dialog.links()) == sorted([(hmrc, "hmrc"), (pension, "pension")])


def test_a_payslip_without_gross_pay_is_refused_and_the_dialog_stays_open(
    qtbot, session, ids, jane, last_period
):
    dialog = opened(qtbot, PayDialog(session, jane.pa_id))
    type_into(qtbot, dialog.net, "100")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "gross pay more than £0" in dialog.message.text()
    assert staff.payslips(session, jane.pa_id) == []
    dialog.reject()


def test_the_periods_run_newest_first_from_the_pas_start(qtbot, session, ids, jane):
    dialog = opened(qtbot, PayDialog(session, jane.pa_id))
    assert dialog.periods[-1].start == STARTED
    assert TODAY in dialog.periods[0]
    assert [p.start for p in dialog.periods] == sorted(
        (p.start for p in dialog.periods), reverse=True
    )
    dialog.reject()


# Leave and sickness ----------------------------------------------------------------------------


def test_annual_leave_typed_as_hours_and_minutes_is_saved_in_minutes(qtbot, session, ids, jane):
    day = TODAY - timedelta(days=3)
    dialog = opened(qtbot, AbsenceDialog(session, jane.pa_id, day=day))
    assert dialog.kind.currentText() == "Annual leave"
    type_into(qtbot, dialog.hours, "7h 30m")
    type_into(qtbot, dialog.note, "Booked in June")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    [absence] = staff.absences(session, day, day, jane.pa_id)
    assert (absence.kind, absence.minutes, absence.note) == (
        AbsenceKind.LEAVE,
        450,
        "Booked in June",
    )
    assert dialog.saved_id == absence.absence_id


def test_sickness_is_chosen_by_keyboard(qtbot, session, ids, jane):
    dialog = opened(qtbot, AbsenceDialog(session, jane.pa_id, day=TODAY))
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    type_into(qtbot, dialog.hours, "4:15")
    click(qtbot, dialog.save_button)
    [absence] = staff.absences(session, TODAY, TODAY, jane.pa_id)
    assert (absence.kind, absence.minutes) == (AbsenceKind.SICK, 255)


def test_hours_that_are_not_hours_show_a_message_and_save_nothing(qtbot, session, ids, jane):
    dialog = opened(qtbot, AbsenceDialog(session, jane.pa_id, day=TODAY))
    type_into(qtbot, dialog.hours, "all day")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "“all day” doesn't look like hours" in dialog.message.text()
    assert staff.absences(session, TODAY, TODAY, jane.pa_id) == []
    dialog.reject()


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("7.5", 450),
        ("7,5", 450),
        ("7:30", 450),
        ("7h 30m", 450),
        ("7h30", 450),
        ("7 hours 30 minutes", 450),
        ("7", 420),
        ("7 hrs", 420),
        ("45m", 45),
        ("0:45", 45),
        (".25", 15),
        ("7.33", 440),  # 439.8 minutes, to the nearest minute
        ("24", 1440),
    ],
)
def test_hours_are_read_the_ways_people_type_them(typed, minutes):
    assert parse_hours(typed) == minutes


@pytest.mark.parametrize("typed", ["", "lots", "7:75", "25", "7-8", "h", "1.5.5"])
def test_text_that_is_not_hours_is_refused(typed):
    with pytest.raises(InvalidInput):
        parse_hours(typed)


def test_tab_reaches_every_control_of_the_pay_dialog_in_order(
    qtbot, session, ids, jane, last_period
):
    pay(session, ids, last_period.end + timedelta(days=1), 18000, "Jane Smith", "pa_wages")
    dialog = opened(qtbot, PayDialog(session, jane.pa_id))
    dialog.period.setFocus()
    reached = []
    for _ in range(11):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        reached.append(dialog.focusWidget().objectName())
    assert reached == [
        "payGross",
        "payTax",
        "payEmployeeNi",
        "payEmployeePension",
        "payNet",
        "payEmployerNi",
        "payEmployerPension",
        "payHoliday",
        "payPayments",
        "savePay",
        "cancelPay",
    ]
    for key, field in ((Qt.Key.Key_G, dialog.gross), (Qt.Key.Key_A, dialog.payments)):
        qtbot.keyClick(dialog.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        assert dialog.focusWidget() is field
    dialog.reject()


def test_every_control_has_a_name_a_screen_reader_can_read(qtbot, session, ids, jane):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget

    for dialog in (PayDialog(session, jane.pa_id), AbsenceDialog(session, jane.pa_id)):
        opened(qtbot, dialog)
        controls = dialog.findChildren(QAbstractButton) + dialog.findChildren(QComboBox)
        controls += dialog.findChildren(QLineEdit) + dialog.findChildren(QListWidget)
        for control in controls:
            inner = control.objectName().startswith("qt_")  # a part of a Qt widget, like DateField
            if control.isVisibleTo(dialog) and not inner:
                assert control.accessibleName(), control
        dialog.reject()
