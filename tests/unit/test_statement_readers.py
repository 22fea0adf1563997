"""Reading UK banks' statement files: every layout gives the same payments, bad files say why."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpkeeper.domain.errors import UserError
from dpkeeper.importers.csv_mapping import (
    ColumnMapping,
    guess_mapping,
    header_signature,
    parse_with_mapping,
    read_table,
)
from dpkeeper.importers.detect import MAX_BYTES, read_statement
from dpkeeper.importers.statement import StatementUnreadable, UnknownLayout, read_amount

SAMPLES = Path(__file__).parent.parent / "data" / "bank"
EXPECTED = [
    (date(2026, 6, 2), 112000, "COUNCIL"),
    (date(2026, 6, 3), -48640, "WAGES"),
    (date(2026, 6, 5), -450, "STAGECOACH"),
    (date(2026, 6, 5), -450, "STAGECOACH"),
    (date(2026, 6, 9), -6120, "HMRC"),
    (date(2026, 6, 12), -1200, "PAYROLL"),
]
CLOSING = 205140
# file: (layout name, has a running balance)
LAYOUTS = {
    "lloyds.csv": ("Lloyds, Halifax or Bank of Scotland", True),
    "barclays.csv": ("Barclays", False),
    "natwest.csv": ("NatWest or RBS", True),
    "hsbc.csv": ("HSBC", False),
    "santander.csv": ("Santander", True),
    "nationwide.csv": ("Nationwide", True),
    "monzo.csv": ("Monzo", False),
    "starling.csv": ("Starling", True),
    "prepaid-card.csv": ("Prepaid card", True),
    "statement-1x.ofx": ("OFX", True),
    "statement-2x.ofx": ("OFX", True),
    "statement.qif": ("QIF", False),
}


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def unreadable_message(data: bytes) -> str:
    with pytest.raises(StatementUnreadable) as raised:
        read_statement(data)
    assert raised.value.exit_code == 5
    return raised.value.message


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_every_sample_gives_the_same_payments(name):
    statement = read_statement(sample(name))
    layout, has_balance = LAYOUTS[name]
    assert statement.layout == layout
    rows = statement.oldest_first()
    assert [(r.day, r.amount) for r in rows] == [(d, a) for d, a, _ in EXPECTED]
    for row, (_, _, word) in zip(rows, EXPECTED, strict=True):
        assert word in row.description.upper()
    if has_balance:
        assert rows[-1].balance == CLOSING


@pytest.mark.parametrize("name", ["lloyds.csv", "natwest.csv", "santander.csv", "starling.csv"])
def test_running_balances_add_up_in_every_layout_that_has_them(name):
    rows = read_statement(sample(name)).oldest_first()
    for before, after in zip(rows, rows[1:], strict=False):
        assert before.balance + after.amount == after.balance


def test_newest_first_files_are_put_in_date_order():
    assert read_statement(sample("lloyds.csv")).newest_first
    assert read_statement(sample("hsbc.csv")).newest_first
    assert not read_statement(sample("nationwide.csv")).newest_first


def test_bank_ids_and_notes_are_kept():
    monzo = read_statement(sample("monzo.csv")).oldest_first()
    assert len({r.bank_id for r in monzo}) == 6
    ofx = read_statement(sample("statement-1x.ofx"))
    assert [r.bank_id for r in ofx.rows][0] == "2026060000000"
    assert ofx.account_hint == "12345678"
    starling = read_statement(sample("starling.csv")).oldest_first()
    assert starling[1].reference == "WEEK 22"
    nationwide = read_statement(sample("nationwide.csv"))
    assert nationwide.account_hint == "FlexDirect ****12345"


@pytest.mark.parametrize(
    ("text", "pence"),
    [
        ("12.50", 1250),
        ("-12.50", -1250),
        ("£1,120.00", 112000),
        ("-£4.50", -450),
        ("(4.50)", -450),
        ("4.50 DR", -450),
        ("4.50CR", 450),
        ("12.50-", -1250),
        ("12.5000", 1250),
        ("GBP 3.00", 300),
        ("", None),
    ],
)
def test_amounts_as_banks_write_them(text, pence):
    assert read_amount(text, 1) == pence


def test_amounts_with_more_than_pence_are_refused():
    with pytest.raises(StatementUnreadable):
        read_amount("12.505", 1)


def test_dates_in_each_style_banks_use():
    body = "Date,Merchant,Debit,Credit,Balance\n"
    for written in (
        "03/06/2026",
        "03 Jun 2026",
        "03-Jun-26",
        "2026-06-03",
        "3 June 2026",
        "03.06.2026",
    ):
        rows = read_statement(f"{body}{written},SHOP,1.00,,9.00\n".encode()).rows
        assert rows[0].day == date(2026, 6, 3), written


# Files that cannot be read ---------------------------------------------------------------------


def test_an_empty_file():
    assert "empty" in unreadable_message(b"")
    assert "empty" in unreadable_message(b" \r\n\r\n")


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "picture"),
        (b"\xff\xd8\xff\xe0" + bytes(100), "photo"),
        (b"PK\x03\x04" + bytes(100), "Excel"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "Excel"),
        (bytes(range(256)) * 4, "not a text file"),
    ],
)
def test_binary_files_are_named(data, word):
    assert word in unreadable_message(data)


def test_a_huge_file():
    assert "20 MB" in unreadable_message(b"a,b\n" * (MAX_BYTES // 4 + 1))


def test_a_bad_date_names_its_line_and_text():
    broken = sample("lloyds.csv").replace(b"09/06/2026", b"39/06/2026")
    message = unreadable_message(broken)
    assert "Line 3" in message and "39/06/2026" in message


def test_a_bad_amount_names_its_line():
    broken = sample("barclays.csv").replace(b"-61.20", b"-61.2O")
    message = unreadable_message(broken)
    assert "Line 6" in message and "-61.2O" in message


def test_a_csv_cut_short_names_the_last_line():
    data = sample("prepaid-card.csv")
    cut = data[: data.rindex(b"CARE PAYROLL")]
    assert "Line 7 looks cut short" in unreadable_message(cut)


def test_a_csv_cut_at_the_end_of_a_line_keeps_the_whole_rows():
    data = sample("prepaid-card.csv")
    cut = data[: data.rindex(b"2026-06-12")]
    assert len(read_statement(cut).rows) == 5


def test_an_ofx_cut_short():
    data = sample("statement-2x.ofx")
    assert "stops at line" in unreadable_message(data[: len(data) // 2])


def test_a_qif_cut_short():
    data = sample("statement.qif")
    assert "part-way through a payment" in unreadable_message(data[: data.rindex(b"T-12.00") + 3])


def test_a_header_with_no_rows():
    assert "No payments" in unreadable_message(sample("lloyds.csv").splitlines()[0] + b"\n")


# Columns the app does not know -----------------------------------------------------------------

UNKNOWN = (
    "Statement for: Credit Union current account\n"
    "When,Details,Out,In,Left\n"
    "02/06/2026,LEEDS CITY COUNCIL DP,,1120.00,2620.00\n"
    "03/06/2026,J SMITH PA WAGES,486.40,,2133.60\n"
)


def test_an_unknown_layout_asks_for_its_columns():
    with pytest.raises(UnknownLayout) as raised:
        read_statement(UNKNOWN.encode())
    table = raised.value.table
    assert table.header == ("When", "Details", "Out", "In", "Left")
    assert len(table.rows) == 2
    assert header_signature(table) == "when|details|out|in|left"


def test_columns_are_guessed_and_can_be_saved_and_used_again():
    table = read_table(UNKNOWN)
    guessed = guess_mapping(table)
    assert guessed == ColumnMapping(date=0, description=(1,), money_out=2, money_in=3, balance=4)
    again = ColumnMapping.from_dict(guessed.to_dict())
    statement = read_statement(UNKNOWN.encode(), mapping=again)
    assert [(r.amount, r.balance) for r in statement.rows] == [(112000, 262000), (-48640, 213360)]


def test_a_mapping_with_money_out_shown_as_plus():
    text = "Posted,Narrative,Sum\n02/06/2026,SHOP,4.50\n"
    mapping = ColumnMapping(date=0, description=(1,), amount=2, amount_out_positive=True)
    assert parse_with_mapping(read_table(text), mapping).rows[0].amount == -450


def test_a_mapping_that_cannot_work_says_why():
    table = read_table(UNKNOWN)
    with pytest.raises(StatementUnreadable) as raised:
        parse_with_mapping(table, ColumnMapping(date=0, description=(1,)))
    assert "amount" in raised.value.message


# Robustness ------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_a_statement_or_a_plain_message(data):
    try:
        statement = read_statement(data)
    except UserError as error:
        assert error.message
    else:
        assert statement.rows


@settings(max_examples=200, deadline=None)
@given(
    name=st.sampled_from(sorted(LAYOUTS)),
    at=st.integers(min_value=0, max_value=3000),
    junk=st.text(max_size=20),
)
def test_damaged_samples_give_a_statement_or_a_plain_message(name, at, junk):
    data = sample(name)
    at = at % (len(data) + 1)
    damaged = data[:at] + junk.encode("utf-8", "replace") + data[at + len(junk) :]
    try:
        read_statement(damaged)
    except UserError as error:
        assert error.message


def test_ten_thousand_rows_are_read_quickly():
    lines = [
        "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,"
        "Debit Amount,Credit Amount,Balance"
    ]
    for n in range(10_000):
        lines.append(f"{n % 28 + 1:02d}/06/2026,DEB,'30-99-50,12345678,SHOP {n % 50},1.00,,{n}.00")
    data = ("\n".join(lines) + "\n").encode()
    started = time.perf_counter()
    statement = read_statement(data)
    assert len(statement.rows) == 10_000
    assert time.perf_counter() - started < 1.0
