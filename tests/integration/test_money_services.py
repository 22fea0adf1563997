"""Recording money through the services, on a real encrypted vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dpkeeper.domain.categories import Direction
from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.ledger import ReceiptStatus, TransactionFilter, TransactionInput
from dpkeeper.records import audit, vault_info
from dpkeeper.records.db import transaction
from dpkeeper.services import money, overview, vault_access
from dpkeeper.services import plan as plan_service
from tests.conftest import PASSPHRASE, file_hashes
from tests.integration.money_fixtures import spend


def saved_files(vault) -> dict[str, bytes]:
    """The vault's files after a checkpoint; the -shm index changes on mere reads, so not it."""
    return {k: v for k, v in file_hashes(vault).items() if not k.endswith("-shm")}


def audit_count(session) -> int:
    return len(audit.recent(session.connection, 10_000))


def test_new_vaults_have_the_councils_usual_categories(session):
    names = {(c.name, c.direction) for c in money.categories(session)}
    assert ("PA wages", Direction.OUT) in names
    assert ("HMRC tax and NI", Direction.OUT) in names
    assert ("Refund to council", Direction.OUT) in names
    assert ("Council payment", Direction.IN) in names
    assert ("My contribution", Direction.IN) in names


def test_spending_is_saved_with_one_audit_entry_and_survives_reopening(vault, session, ids):
    before = audit_count(session)
    row_id = spend(session, ids, date(2026, 11, 5), 450, "First Bus", "transport", note="to group")
    assert audit_count(session) == before + 1
    session.close()
    again = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    try:
        row = money.get(again, row_id)
        assert (row.amount, row.who, row.category_name, row.note) == (
            -450,
            "First Bus",
            "Transport",
            "to group",
        )
        assert row.receipt_status is ReceiptStatus.MISSING
    finally:
        again.close()


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"amount": 0}, "above £0.00"),
        ({"who": "  "}, "who the money was paid to"),
        ({"when": date(1999, 12, 31)}, "wrong date"),
        ({"when": date(2026, 3, 31)}, "before Direct payment account was opened"),
        ({"account_id": 999}, "which account"),
        ({"category_id": "council_payment"}, "other way"),
        ({"category_id": "other_out"}, "add a note"),
        ({"budget_line_id": 999}, "budget line"),
        ({"note": "x" * 501}, "under 500"),
    ],
)
def test_bad_input_is_explained_and_leaves_the_vault_unchanged(vault, session, ids, change, words):
    if isinstance(change.get("category_id"), str):
        change = {"category_id": ids[change["category_id"]]}
    entry = TransactionInput(date(2026, 11, 5), -450, ids["bank"], "First Bus", ids["transport"])
    session.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = saved_files(vault)
    with pytest.raises(InvalidInput, match=words):
        money.record(session, replace(entry, **change))
    session.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert saved_files(vault) == before


def test_a_payee_remembers_its_last_category(session, ids):
    spend(session, ids, date(2026, 11, 5), 450, "First Bus", "transport")
    assert money.suggested_category(session, "first bus") == ids["transport"]
    spend(session, ids, date(2026, 11, 6), 1200, "First Bus", "activities")
    assert money.suggested_category(session, "FIRST BUS") == ids["activities"]
    assert money.suggested_category(session, "Someone new") is None


def test_people_can_add_their_own_categories_but_not_twice(session):
    added = money.add_category(session, "Gym membership", Direction.OUT)
    assert added in money.categories(session)
    with pytest.raises(InvalidInput, match="already a category"):
        money.add_category(session, "gym  membership", Direction.OUT)


def test_editing_changes_the_row_and_keeps_its_number(session, ids):
    row_id = spend(session, ids, date(2026, 11, 5), 450, "First Bus", "transport")
    money.change(
        session,
        row_id,
        TransactionInput(date(2026, 11, 6), -500, ids["cash"], "Arriva", ids["transport"]),
    )
    row = money.get(session, row_id)
    assert (row.when, row.amount, row.account_name, row.who) == (
        date(2026, 11, 6),
        -500,
        "Petty cash",
        "Arriva",
    )


def test_deleting_asks_nothing_of_the_service_and_can_be_undone_by_restoring(session, ids):
    row_id = spend(session, ids, date(2026, 11, 5), 450, "First Bus", "transport")
    money.delete(session, row_id)
    assert row_id not in money.find(session, TransactionFilter())
    assert money.find(session, TransactionFilter(deleted=True)) == [row_id]
    assert money.balances(session)[ids["bank"]] == 150000
    money.restore(session, row_id)
    assert money.find(session, TransactionFilter()) == [row_id]
    assert money.balances(session)[ids["bank"]] == 150000 - 450


def test_closed_periods_cannot_be_changed_or_restored(session, ids):
    row_id = spend(session, ids, date(2026, 6, 5), 450, "First Bus", "transport")
    money.delete(session, row_id)
    with transaction(session.connection) as conn:
        vault_info.put(conn, vault_info.CLOSED_THROUGH, "2026-06-30")
    with pytest.raises(InvalidInput, match="closed"):
        money.restore(session, row_id)
    with pytest.raises(InvalidInput, match="closed"):
        spend(session, ids, date(2026, 6, 30), 100, "Cafe", "activities")
    spend(session, ids, date(2026, 7, 1), 100, "Cafe", "activities")


def test_transfers_move_money_between_accounts_but_are_not_spending(session, ids):
    money.transfer(session, date(2026, 11, 2), 5000, ids["bank"], ids["cash"], "top-up")
    balances = money.balances(session)
    assert balances[ids["bank"]] == 150000 - 5000
    assert balances[ids["cash"]] == 2000 + 5000
    found = money.rows(session, money.find(session, TransactionFilter()))
    assert all(row.receipt_status is ReceiptStatus.NOT_NEEDED for row in found.values())
    summary = overview.overview(session, date(2026, 11, 22))
    assert summary.period_spent == 0
    assert summary.missing_receipts == 0
    first = next(iter(found))
    money.delete(session, first)
    assert money.find(session, TransactionFilter()) == []  # both halves go together


def test_running_balances_follow_each_account_in_date_order(session, ids):
    late = spend(session, ids, date(2026, 11, 9), 1000, "Cafe", "activities")
    early = spend(session, ids, date(2026, 11, 2), 500, "Cafe", "activities")
    balances = money.running_balances(session)
    assert balances[early] == 150000 - 500
    assert balances[late] == 150000 - 1500


def test_filters_search_by_words_and_by_amount(session, ids):
    bus = spend(session, ids, date(2026, 11, 5), 450, "First Bus", "transport", note="to group")
    cafe = spend(session, ids, date(2026, 10, 5), 1250, "Cafe 50% off", "activities")
    assert money.find(session, TransactionFilter(text="bus")) == [bus]
    assert money.find(session, TransactionFilter(text="GROUP")) == [bus]
    assert money.find(session, TransactionFilter(text="12.50")) == [cafe]
    assert money.find(session, TransactionFilter(text="50%")) == [cafe]
    assert money.find(session, TransactionFilter(category_id=ids["transport"])) == [bus]
    assert money.find(
        session, TransactionFilter(start=date(2026, 11, 1), end=date(2026, 11, 30))
    ) == [bus]
    assert money.find(session, TransactionFilter(newest_first=False)) == [cafe, bus]
    money.explain_missing_receipt(session, bus, "Bus driver gives no ticket")
    assert money.find(session, TransactionFilter(missing_receipts_only=True)) == [cafe]


def test_a_plan_change_keeps_the_old_version_for_earlier_dates(session, ids):
    first = plan_service.current(session, date(2026, 6, 1))
    raised = replace(first, effective_from=date(2026, 10, 1), payment=120000, plan_id=None)
    plan_service.save(session, raised)
    assert plan_service.current(session, date(2026, 6, 1)).payment == 112000
    assert plan_service.current(session, date(2026, 11, 1)).payment == 120000
    assert [p.effective_from for p in plan_service.history(session)] == [
        date(2026, 10, 1),
        date(2026, 4, 1),
    ]
    # The budget lines keep their identity across versions.
    assert [b.line_id for b in plan_service.current(session, date(2026, 11, 1)).lines] == [
        b.line_id for b in first.lines
    ]


def test_home_shows_money_weeks_in_hand_and_whether_the_payment_arrived(session, ids):
    money.record(
        session,
        TransactionInput(
            date(2026, 11, 17), 112000, ids["bank"], "Leeds City Council", ids["council_payment"]
        ),
    )
    spend(session, ids, date(2026, 11, 18), 450, "First Bus", "transport")
    summary = overview.overview(session, date(2026, 11, 22))
    assert summary.total == 150000 + 2000 + 112000 - 450
    assert summary.weekly_budget == 30500
    assert str(summary.weeks_in_hand) == "8.6"
    assert summary.above_threshold
    assert summary.last_payment.due == date(2026, 11, 16)
    assert summary.last_payment.arrived_on == date(2026, 11, 17)
    assert summary.next_payment.due == date(2026, 12, 14)
    assert (summary.period_start, summary.period_end) == (date(2026, 11, 16), date(2026, 12, 13))
    assert summary.period_spent == 450
    assert summary.period_budget == 122000
    assert summary.missing_receipts == 1


def test_expected_payments_that_never_came_are_shown_as_not_arrived(session, ids):
    expected = overview.expected_payments(session, date(2026, 10, 1), date(2026, 11, 30))
    assert [(p.due, p.arrived) for p in expected] == [
        (date(2026, 10, 19), False),
        (date(2026, 11, 16), False),
    ]


class BrokenReceipt:
    """A prepared receipt whose thumbnail can't be stored, so storing it fails half-way."""

    original_name = "photo.jpg"
    media_type = display_type = "image/jpeg"
    width = height = pages = 1
    display = b"picture"
    thumbnail = ["not", "bytes"]  # has a length, but the database cannot store it
    original = b"orig"


def test_a_failure_half_way_through_an_action_saves_none_of_it(vault, session, ids):
    entry = TransactionInput(date(2026, 11, 5), -450, ids["bank"], "First Bus", ids["transport"])
    session.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = saved_files(vault)
    with pytest.raises(Exception, match="(?i)bind|type"):
        money.record(session, entry, attach=[BrokenReceipt()])
    assert money.find(session, TransactionFilter()) == []
    assert "First Bus" not in money.payee_names(session)
    session.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert saved_files(vault) == before
