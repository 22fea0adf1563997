"""The Plan and accounts page and Home, driven as a person would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from dpkeeper.domain.ledger import TransactionFilter, TransactionInput
from dpkeeper.domain.plan import FundingSource
from dpkeeper.services import money
from dpkeeper.services import plan as plan_service
from dpkeeper.ui.pages.home import HomePage
from dpkeeper.ui.pages.plan import PlanPage
from tests.gui.conftest import WAIT_MS, click, type_into
from tests.integration.money_fixtures import set_up_anna

TODAY = date.today()


def shown(qtbot, page, session):
    qtbot.addWidget(page)
    page.resize(1000, 900)
    with qtbot.waitExposed(page):
        page.show()
    page.show_session(session)
    return page


@pytest.fixture
def plan_page(qtbot, session) -> PlanPage:
    return shown(qtbot, PlanPage(), session)


def wait_for_dialog(qtbot, page):
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    return page.dialog


def add_budget_line_by_keyboard(qtbot, page, name, hours, rate):
    click(qtbot, page.add_line)
    dialog = wait_for_dialog(qtbot, page)
    type_into(qtbot, dialog.name, name)
    type_into(qtbot, dialog.hours, hours)
    type_into(qtbot, dialog.rate, rate)
    qtbot.keyClick(dialog.rate, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)


def test_a_first_plan_typed_by_keyboard_is_saved_with_its_budget_line(qtbot, plan_page, session):
    type_into(qtbot, plan_page.funder, "Leeds City Council")
    type_into(qtbot, plan_page.reference, "DP-555")
    type_into(qtbot, plan_page.payment, "£1,120")
    type_into(qtbot, plan_page.contribution, "25")
    assert "a week" in plan_page.weekly.text()
    add_budget_line_by_keyboard(qtbot, plan_page, "PA support", "12", "15.20")
    assert plan_page.line_list.count() == 1
    assert "12 hours a week at £15.20" in plan_page.line_list.item(0).text()

    plan_page.save_button.setFocus()
    qtbot.keyClick(plan_page.save_button, Qt.Key.Key_Space)

    saved = plan_service.current(session)
    assert saved is not None, plan_page.message.text()
    assert (saved.funder_name, saved.reference, saved.payment) == (
        "Leeds City Council",
        "DP-555",
        112000,
    )
    assert saved.contribution_weekly == 2500
    assert [(line.name, line.minutes_per_week, line.hourly_rate) for line in saved.lines] == [
        ("PA support", 720, 1520)
    ]
    assert "Saved" in plan_page.message.text()
    assert plan_page.history.count() == 1


def test_a_plan_without_a_council_name_says_what_to_do_and_saves_nothing(qtbot, plan_page, session):
    type_into(qtbot, plan_page.payment, "500")
    click(qtbot, plan_page.save_button)
    assert plan_page.message.text()
    assert "Saved" not in plan_page.message.text()
    assert plan_service.current(session) is None


def test_nonsense_in_the_payment_field_is_refused_with_a_message(qtbot, plan_page, session):
    type_into(qtbot, plan_page.funder, "Leeds City Council")
    type_into(qtbot, plan_page.payment, "lots")
    click(qtbot, plan_page.save_button)
    assert "lots" in plan_page.message.text()
    assert plan_service.current(session) is None


def test_section_117_aftercare_has_no_contribution(qtbot, plan_page, session):
    type_into(qtbot, plan_page.funder, "Bristol City Council")
    type_into(qtbot, plan_page.payment, "800")
    type_into(qtbot, plan_page.contribution, "30")
    box = plan_page.sources[FundingSource.SECTION_117]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    assert not plan_page.contribution.isEnabled()
    assert plan_page.s117_note.isVisible()
    click(qtbot, plan_page.save_button)
    saved = plan_service.current(session)
    assert saved is not None and saved.contribution_weekly == 0
    assert FundingSource.SECTION_117 in saved.sources


def test_a_changed_plan_keeps_the_earlier_version_in_its_history(qtbot, session):
    set_up_anna(session)
    page = shown(qtbot, PlanPage(), session)
    assert page.funder.text() == "Leeds City Council"
    type_into(qtbot, page.payment, "1,200.00")
    page.effective.set_value(TODAY + timedelta(days=10))
    click(qtbot, page.save_button)
    history = plan_service.history(session)
    assert sorted(version.payment for version in history) == [112000, 120000]
    assert page.history.count() == 2
    assert plan_service.current(session, TODAY).payment == 112000


def test_an_account_added_on_the_plan_page_shows_on_home(qtbot, plan_page, session):
    click(qtbot, plan_page.add_account)
    dialog = wait_for_dialog(qtbot, plan_page)
    type_into(qtbot, dialog.name, "Prepaid card")
    type_into(qtbot, dialog.opening, "250.50")
    qtbot.keyClick(dialog.opening, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: plan_page.dialog is None, timeout=WAIT_MS)
    assert plan_page.account_list.count() == 1
    assert "Prepaid card" in plan_page.account_list.item(0).text()

    home = shown(qtbot, HomePage(), session)
    assert home.money_card.figure.text() == "£250.50"
    assert "Prepaid card: £250.50" in home.money_card.words.text()


def test_an_account_without_a_name_is_refused_and_not_saved(qtbot, plan_page, session):
    click(qtbot, plan_page.add_account)
    dialog = wait_for_dialog(qtbot, plan_page)
    type_into(qtbot, dialog.opening, "10")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.message.text()
    assert money.accounts(session) == []
    dialog.reject()


def test_home_on_an_empty_vault_says_what_to_set_up_first(qtbot, session):
    home = shown(qtbot, HomePage(), session)
    assert "Add the account" in home.money_card.words.text()
    assert "support plan" in home.weeks_card.words.text()
    with qtbot.waitSignal(home.navigate, timeout=WAIT_MS) as signal:
        click(qtbot, home.money_card.button)
    assert signal.args[0] == "plan"


def test_home_shows_money_weeks_in_hand_and_the_next_payment(qtbot, session):
    ids = set_up_anna(session)
    money.record(
        session,
        TransactionInput(
            TODAY - timedelta(days=2), -4500, ids["bank"], "Leisure centre", ids["activities"]
        ),
    )
    home = shown(qtbot, HomePage(), session)
    # £1,500 + £20 petty cash - £45 = £1,475; weekly budget £280 + £25 = £305.
    assert home.money_card.figure.text() == "£1,475.00"
    summary = home.summary
    assert summary.weekly_budget == 30500
    assert home.weeks_card.figure.text() == f"{summary.weeks_in_hand} weeks"
    assert "within the 8 weeks" in home.weeks_card.words.text()
    assert "Next payment: £1,120.00" in home.payment_card.words.text()
    assert home.receipts_card.figure.text() == "1"


def test_homes_receipt_button_opens_money_showing_only_what_needs_a_receipt(qtbot, session):
    ids = set_up_anna(session)
    money.record(
        session,
        TransactionInput(TODAY - timedelta(days=1), -680, ids["bank"], "Bus", ids["transport"]),
    )
    home = shown(qtbot, HomePage(), session)
    with qtbot.waitSignal(home.navigate, timeout=WAIT_MS) as signal:
        click(qtbot, home.receipts_card.button)
    assert signal.args[0] == "money"
    assert signal.args[1] == TransactionFilter(missing_receipts_only=True)
