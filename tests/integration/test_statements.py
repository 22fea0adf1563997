"""The monitoring return on a real vault: totals, the check line, JSON, closing periods."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dpkeeper import cli
from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.ledger import AccountKind, TransactionInput
from dpkeeper.records import audit
from dpkeeper.services import money, periods, statement_files, statements
from tests.conftest import PASSPHRASE

Q3 = (date(2026, 7, 1), date(2026, 9, 30))


def record(session, ids, day, pence, who, key, **extra):
    return money.record(session, TransactionInput(day, pence, ids["bank"], who, ids[key], **extra))


@pytest.fixture
def quarter(session, ids):
    """A realistic quarter: council payments, wages, HMRC, spending, and a row either side."""
    record(session, ids, date(2026, 6, 30), -1000, "Before", "transport")
    for day in (date(2026, 7, 6), date(2026, 8, 3), date(2026, 8, 31), date(2026, 9, 28)):
        record(session, ids, day, 112000, "Leeds City Council", "council_payment")
    record(session, ids, date(2026, 7, 1), -48640, "Jane Smith", "pa_wages")  # first day
    record(session, ids, date(2026, 9, 30), -48640, "Jane Smith", "pa_wages")  # last day
    record(session, ids, date(2026, 8, 19), -6120, "HMRC", "hmrc")
    record(
        session,
        ids,
        date(2026, 8, 20),
        -450,
        "First Bus",
        "transport",
        no_receipt_reason="bus fare",
    )
    record(session, ids, date(2026, 10, 1), -2000, "After", "transport")
    cash = money.add_account(session, "Petty cash 2", AccountKind.CASH, 3000, date(2026, 8, 1))
    money.record(
        session,
        TransactionInput(date(2026, 8, 2), -700, cash.account_id, "Café", ids["activities"]),
    )
    return cash


def test_the_quarter_adds_up_by_an_independent_sum(session, ids, quarter):
    ret = statements.monitoring(session, *Q3, today=date(2026, 10, 2))
    opening = 150000 + 2000 - 1000  # bank and petty cash opened 1 April; one row before
    money_in = 4 * 112000 + 3000  # four payments and the new cash account's opening balance
    money_out = 2 * 48640 + 6120 + 450 + 700
    assert ret.opening == opening
    assert ret.money_in_total == money_in
    assert ret.money_out_total == money_out
    assert ret.closing == opening + money_in - money_out
    assert ret.balances
    assert dict(ret.money_out)["PA wages"] == 97280
    assert ("Opening balance of Petty cash 2", 3000) in ret.money_in
    assert [line.day for line in ret.lines][0] == date(2026, 7, 1)  # the first day is included
    assert ret.lines[-1].day == date(2026, 9, 30)  # and the last
    assert ret.missing_receipts == 4  # wages ×2, HMRC, café; the bus fare has a reason
    assert dict(ret.money_out_by_line)["PA support"] == 97280
    assert ret.weeks_in_hand is not None


def test_the_json_has_the_promised_fields(session, ids, quarter):
    data = json.loads(statement_files.render(session, "monitoring", *Q3, "json"))
    for field in (
        "kind", "from", "to", "opening_balance", "money_in", "money_in_total", "money_out",
        "money_out_total", "closing_balance", "weeks_in_hand", "missing_receipts", "transactions",
    ):  # fmt: skip
        assert field in data, field
    assert data["from"] == "2026-07-01" and data["to"] == "2026-09-30"
    assert data["money_in_total"] == "4510.00"
    assert data["money_out_total"] == "1045.50"
    bus = next(t for t in data["transactions"] if t["description"] == "First Bus")
    assert bus == {**bus, "amount": "-4.50", "category": "Transport", "has_receipt": False}
    assert {"source", "amount"} <= set(data["money_in"][0])


def test_the_csv_lists_every_transaction(session, ids, quarter):
    text = statement_files.render(session, "monitoring", *Q3, "csv").decode()
    lines = text.splitlines()
    assert lines[0].startswith("reference,date,description,category,account,money_in,money_out")
    assert len(lines) == 1 + 9


def test_formats_a_kind_cannot_be_made_in_are_explained(session, ids):
    with pytest.raises(InvalidInput) as raised:
        statement_files.render(session, "audit-pack", *Q3, "csv")
    assert "PDF" in raised.value.message
    with pytest.raises(InvalidInput):
        statement_files.format_for("return.docx")
    with pytest.raises(InvalidInput):
        statements.monitoring(session, date(2026, 6, 30), date(2026, 4, 1))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.tuples(st.integers(0, 200), st.integers(-500000, 500000).filter(bool)), max_size=25
    ),
    start=st.integers(0, 150),
    length=st.integers(0, 120),
)
def test_the_check_line_holds_for_any_records(session, ids, rows, start, length):
    first = date(2026, 4, 1)
    for offset, pence in rows:
        key = "council_payment" if pence > 0 else "transport"
        record(session, ids, first + timedelta(days=offset), pence, "Someone", key)
    begin = first + timedelta(days=start)
    ret = statements.monitoring(session, begin, begin + timedelta(days=length))
    assert ret.balances
    later = statements.monitoring(session, begin + timedelta(days=length + 1), date(2026, 12, 31))
    assert later.opening == ret.closing  # one period ends where the next begins


def test_closing_a_period_stops_changes_until_it_is_reopened_with_a_reason(session, ids, quarter):
    periods.close_through(session, Q3[1])
    with pytest.raises(InvalidInput) as raised:
        record(session, ids, date(2026, 9, 15), -100, "Late", "transport")
    assert "closed" in raised.value.message
    with pytest.raises(InvalidInput):
        periods.reopen(session, date(2026, 9, 1), " ")
    periods.reopen(session, date(2026, 9, 1), "The council asked me to add a missed bus fare")
    assert periods.closed_through(session) == date(2026, 8, 31)
    record(session, ids, date(2026, 9, 15), -100, "Late", "transport")
    with pytest.raises(InvalidInput):
        record(session, ids, date(2026, 8, 15), -100, "Still closed", "transport")
    details = [entry.detail for entry in audit.recent(session.connection)]
    assert any("missed bus fare" in detail for detail in details)


def test_the_next_monitoring_return_follows_the_plan(session, ids):
    due = periods.next_return(session, date(2026, 5, 10))
    assert (due.start, due.end) == (date(2026, 4, 1), date(2026, 6, 30))  # quarterly from 1 April
    periods.close_through(session, date(2026, 6, 30))
    due = periods.next_return(session, date(2026, 11, 22))
    assert (due.start, due.end) == (date(2026, 7, 1), date(2026, 9, 30))  # overdue: not yet sent


def test_the_statement_command_writes_json_and_refuses_to_overwrite(
    vault, session, ids, quarter, tmp_path, monkeypatch, capsys
):
    session.close()
    monkeypatch.setenv("DPKEEPER_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "q2.json"
    args = [
        "statement",
        str(vault),
        "--from",
        "2026-07-01",
        "--to",
        "2026-09-30",
        "--out",
        str(out),
    ]
    assert cli.main(args) == 0
    assert json.loads(out.read_text())["closing_balance"] == "4974.50"
    assert cli.main(args) == 2
    assert "already exists" in capsys.readouterr().err
    assert cli.main([*args[:-1], str(tmp_path / "q2.txt")]) == 2
