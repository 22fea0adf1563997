"""The quick queries behind the Money table agree with the slow, obvious ones."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from dpkeeper.domain.ledger import SortBy, TransactionFilter, TransactionInput
from dpkeeper.records import db
from dpkeeper.records import transactions as records
from dpkeeper.services import money
from tests.integration.money_fixtures import PLAN_START, set_up_anna

PAYEES = ["First Bus", "bridge street cafe", "Tom Evans", "HMRC", "Riverside Arts Centre"]


@pytest.fixture
def year_of_payments(session):
    """Anna's two accounts with 120 payments in and out, several on the same days."""
    ids = set_up_anna(session)
    chosen = random.Random(3)
    made = []
    with db.transaction(session.connection) as conn:  # one write: quick set-up
        for number in range(120):
            spending = number % 7 != 0
            entry = TransactionInput(
                when=PLAN_START + timedelta(days=chosen.randint(0, 90)),
                amount=-chosen.randint(100, 9000) if spending else chosen.randint(100, 90000),
                account_id=ids["bank"] if number % 4 else ids["cash"],
                who=PAYEES[number % len(PAYEES)],
                category_id=ids["activities" if spending else "refund"],
            )
            made.append(records.insert(conn, entry))
        records.set_deleted(conn, made[::15], True)
    money.transfer(session, PLAN_START + timedelta(days=50), 5000, ids["bank"], ids["cash"])
    return ids


def test_balances_for_any_page_match_the_full_running_balances(session, year_of_payments):
    everything = money.running_balances(session)
    by_date = money.find(session, TransactionFilter())
    by_name = money.find(session, TransactionFilter(sort_by=SortBy.WHO))
    pages = [by_date[:40], by_date[50:80], by_date[-40:], by_name[:60], by_name[-30:]]
    for page in pages:
        found = money.balances_after(session, page)
        assert set(page) <= set(found)
        assert found == {i: everything[i] for i in found}


def test_deleted_rows_have_no_balance(session, year_of_payments):
    deleted = money.find(session, TransactionFilter(deleted=True))
    assert deleted
    assert money.balances_after(session, deleted) == {}


@pytest.mark.parametrize("sort_by", list(SortBy))
@pytest.mark.parametrize("newest_first", [True, False])
def test_every_sort_order_matches_sorting_the_full_rows(
    session, year_of_payments, sort_by, newest_first
):
    query = TransactionFilter(sort_by=sort_by, newest_first=newest_first)
    found = money.find(session, query)
    rows = money.rows(session, found)
    newest = sorted(rows.values(), key=lambda r: (r.when, r.transaction_id), reverse=True)
    key = {
        SortBy.DATE: lambda r: (r.when, r.transaction_id),
        SortBy.AMOUNT: lambda r: r.amount,
        SortBy.WHO: lambda r: r.who.casefold(),
        SortBy.CATEGORY: lambda r: r.category_name.casefold(),
    }[sort_by]
    expected = sorted(newest, key=key, reverse=newest_first)  # ties stay newest first
    assert found == [r.transaction_id for r in expected]


def test_searching_finds_words_in_names_notes_and_categories(session, year_of_payments):
    cafe = money.find(session, TransactionFilter(text="CAFE"))
    assert cafe and {r.who for r in money.rows(session, cafe).values()} == {"bridge street cafe"}
    refunds = money.find(session, TransactionFilter(text="refund"))
    assert all(r.amount > 0 for r in money.rows(session, refunds).values())
    late = date(2026, 9, 1)
    in_period = money.find(session, TransactionFilter(start=late, text="tom"))
    assert all(r.when >= late for r in money.rows(session, in_period).values())
