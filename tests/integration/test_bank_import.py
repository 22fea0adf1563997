"""Importing bank statements into a real encrypted vault: nothing doubled, nothing half-saved."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dpkeeper import cli
from dpkeeper.domain.errors import UserError
from dpkeeper.domain.ledger import UNSORTED, TransactionFilter, TransactionInput
from dpkeeper.records import imports as import_records
from dpkeeper.services import bank_import, money
from dpkeeper.services.bank_import import RowStatus
from dpkeeper.services.progress import Progress, Stopped
from tests.conftest import PASSPHRASE

LLOYDS_HEADER = (
    "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,"
    "Debit Amount,Credit Amount,Balance"
)
OPENING = 150000  # Anna's bank account opens with £1,500 on 1 April 2026

# (day, description, pence): a council payment, wages, two identical bus fares, HMRC.
JUNE = [
    (date(2026, 6, 2), "LEEDS CITY COUNCIL DP", 112000),
    (date(2026, 6, 3), "J SMITH PA WAGES", -48640),
    (date(2026, 6, 5), "STAGECOACH BUS", -450),
    (date(2026, 6, 5), "STAGECOACH BUS", -450),
    (date(2026, 6, 9), "HMRC PAYE", -6120),
    (date(2026, 6, 12), "CARE PAYROLL LTD", -1200),
]


def lloyds_csv(rows, opening=OPENING, newest_first=True, break_balance_at=None) -> bytes:
    """A Lloyds-style export of ``rows`` (day, description, pence) with a running balance."""
    lines = []
    balance = opening
    for n, (day, description, pence) in enumerate(rows):
        balance += pence
        shown = balance + (100 if break_balance_at is not None and n >= break_balance_at else 0)
        debit = f"{-pence / 100:.2f}" if pence < 0 else ""
        credit = f"{pence / 100:.2f}" if pence > 0 else ""
        kind = "DEB" if pence < 0 else "BGC"
        lines.append(
            f"{day:%d/%m/%Y},{kind},'30-99-50,12345678,{description},{debit},{credit},"
            f"{shown / 100:.2f}"
        )
    if newest_first:
        lines.reverse()
    return ("\n".join([LLOYDS_HEADER, *lines]) + "\n").encode()


def import_file(session, ids, data, **choices):
    shown = bank_import.preview(session, data, ids["bank"], "statement.csv")
    return shown, bank_import.commit(session, shown, **choices)


def bank_rows(session, ids):
    rows = money.rows(session, money.find(session, TransactionFilter(account_id=ids["bank"])))
    return sorted((row.when, row.who, row.amount) for row in rows.values())


def test_a_statement_is_imported_with_readable_names_and_first_guess_categories(session, ids):
    shown, result = import_file(session, ids, lloyds_csv(JUNE))
    assert (result.added, result.already, result.linked) == (6, 0, 0)
    assert shown.layout
    rows = bank_rows(session, ids)
    assert (date(2026, 6, 2), "Leeds City Council DP", 112000) in rows
    assert (date(2026, 6, 3), "J Smith PA Wages", -48640) in rows
    council = money.find(session, TransactionFilter(category_id=ids["council_payment"]))
    assert len(council) == 1
    hmrc = money.find(session, TransactionFilter(category_id=ids["hmrc"]))
    assert len(hmrc) == 1
    unsorted = money.find(session, TransactionFilter(category_id=UNSORTED))
    assert len(unsorted) == 3  # wages and two bus fares: nothing learned about them yet


def test_importing_the_same_statement_twice_adds_nothing(session, ids):
    import_file(session, ids, lloyds_csv(JUNE))
    before = bank_rows(session, ids)
    shown, result = import_file(session, ids, lloyds_csv(JUNE))
    assert shown.count(RowStatus.ALREADY) == len(JUNE)
    assert (result.added, result.already) == (0, len(JUNE))
    assert bank_rows(session, ids) == before
    assert import_records.import_count(session.connection) == 1


def test_two_identical_bus_fares_on_one_day_are_both_kept(session, ids):
    import_file(session, ids, lloyds_csv(JUNE))
    fares = [row for row in bank_rows(session, ids) if row[1] == "Stagecoach Bus"]
    assert len(fares) == 2


def test_an_overlapping_statement_adds_only_the_new_rows(session, ids):
    import_file(session, ids, lloyds_csv(JUNE[:4]))
    later = JUNE[2:] + [(date(2026, 6, 16), "SWIMMING LEISURE CENTRE", -680)]
    opening = OPENING + sum(pence for _, _, pence in JUNE[:2])
    _, result = import_file(session, ids, lloyds_csv(later, opening=opening))
    assert (result.added, result.already) == (3, 2)
    assert len(bank_rows(session, ids)) == 7


def test_a_payment_typed_in_by_hand_is_linked_not_doubled(session, ids):
    typed = money.record(
        session,
        TransactionInput(date(2026, 6, 4), -48640, ids["bank"], "Jane Smith", ids["pa_wages"]),
    )
    shown = bank_import.preview(session, lloyds_csv(JUNE), ids["bank"], "june.csv")
    looks_like = [row for row in shown.rows if row.status is RowStatus.LOOKS_LIKE]
    assert [row.match.transaction_id for row in looks_like] == [typed]
    result = bank_import.commit(session, shown)
    assert (result.added, result.linked) == (5, 1)
    wages = [row for row in bank_rows(session, ids) if row[2] == -48640]
    assert wages == [(date(2026, 6, 4), "Jane Smith", -48640)]  # the person's own words stay
    _, again = import_file(session, ids, lloyds_csv(JUNE))
    assert (again.added, again.already) == (0, 6)


def test_a_look_alike_can_be_added_as_new_instead(session, ids):
    money.record(
        session,
        TransactionInput(date(2026, 6, 4), -48640, ids["bank"], "Jane Smith", ids["pa_wages"]),
    )
    _, result = import_file(session, ids, lloyds_csv(JUNE), link=[])
    assert (result.added, result.linked) == (6, 0)
    assert len([row for row in bank_rows(session, ids) if row[2] == -48640]) == 2


def test_categories_are_learned_from_earlier_choices(session, ids):
    shown = bank_import.preview(session, lloyds_csv(JUNE), ids["bank"], "june.csv")
    bus = next(n for n, row in enumerate(shown.rows) if row.who == "Stagecoach Bus")
    bank_import.commit(session, shown, categories={bus: ids["transport"]})
    july = [(date(2026, 7, 6), "STAGECOACH BUS", -520)]
    opening = OPENING + sum(pence for _, _, pence in JUNE)
    later = bank_import.preview(session, lloyds_csv(july, opening=opening), ids["bank"], "july.csv")
    assert later.rows[0].category_id == ids["transport"]


def test_a_payee_typed_by_hand_teaches_the_category_of_bank_rows_that_name_it(session, ids):
    money.record(
        session,
        TransactionInput(date(2026, 5, 1), -900, ids["bank"], "Riverside Arts", ids["activities"]),
    )
    rows = [(date(2026, 6, 20), "CARD PAYMENT TO RIVERSIDE ARTS CENTRE ON 20 JUN", -1500)]
    shown = bank_import.preview(session, lloyds_csv(rows, opening=OPENING - 900), ids["bank"])
    assert shown.rows[0].category_id == ids["activities"]


def test_the_balance_is_checked_against_the_records(session, ids):
    shown, result = import_file(session, ids, lloyds_csv(JUNE))
    assert shown.jumps == ()
    assert result.reconciliation.matches
    assert result.reconciliation.bank == OPENING + sum(pence for _, _, pence in JUNE)


def test_a_balance_that_does_not_add_up_is_reported(session, ids):
    shown = bank_import.preview(
        session, lloyds_csv(JUNE, break_balance_at=3), ids["bank"], "june.csv"
    )
    assert len(shown.jumps) == 1
    assert shown.jumps[0].day == date(2026, 6, 5)
    result = bank_import.commit(session, shown)
    assert not result.reconciliation.matches
    assert result.reconciliation.bank - result.reconciliation.records == 100


def test_a_different_opening_balance_shows_as_a_difference(session, ids):
    shown = bank_import.preview(session, lloyds_csv(JUNE, opening=OPENING + 2500), ids["bank"])
    assert shown.bank_balance - shown.records_after(shown.looks_like()) == 2500


def test_rows_before_the_account_was_opened_are_left_out(session, ids):
    rows = [(date(2026, 3, 30), "TESCO", -1000), *JUNE[:2]]
    shown, result = import_file(session, ids, lloyds_csv(rows, opening=OPENING + 1000))
    assert shown.rows[0].status is RowStatus.TOO_EARLY
    assert (result.added, result.not_imported) == (2, 1)


def test_a_deleted_imported_row_does_not_come_back_on_reimport(session, ids):
    import_file(session, ids, lloyds_csv(JUNE))
    fare = money.find(session, TransactionFilter(text="Stagecoach"))[0]
    money.delete(session, fare)
    _, result = import_file(session, ids, lloyds_csv(JUNE))
    assert result.added == 0
    assert len(bank_rows(session, ids)) == 5


def test_a_file_that_cannot_be_read_changes_nothing(session, ids):
    before = bank_rows(session, ids)
    broken = lloyds_csv(JUNE).replace(b"09/06/2026", b"39/06/2026")
    with pytest.raises(UserError) as raised:
        bank_import.preview(session, broken, ids["bank"], "june.csv")
    assert "39/06/2026" in raised.value.message
    assert bank_rows(session, ids) == before


def test_a_failure_half_way_saves_nothing(session, ids, monkeypatch):
    money.record(
        session,
        TransactionInput(date(2026, 6, 4), -48640, ids["bank"], "Jane Smith", ids["pa_wages"]),
    )
    before = bank_rows(session, ids)
    shown = bank_import.preview(session, lloyds_csv(JUNE), ids["bank"], "june.csv")

    def broken_link(*args):
        raise OSError("disk full")

    monkeypatch.setattr(import_records, "link_many", broken_link)
    with pytest.raises(OSError):
        bank_import.commit(session, shown)
    assert bank_rows(session, ids) == before
    assert import_records.import_count(session.connection) == 0


def test_stopping_an_import_saves_nothing(session, ids):
    shown = bank_import.preview(session, lloyds_csv(JUNE), ids["bank"], "june.csv")
    with pytest.raises(Stopped):
        bank_import.commit(session, shown, progress=Progress(stop_requested=lambda: True, every=1))
    assert len(bank_rows(session, ids)) == 0


def ten_thousand_rows() -> list[tuple[date, str, int]]:
    first = date(2026, 4, 2)
    names = ["TESCO STORES", "STAGECOACH BUS", "J SMITH PA WAGES", "LEISURE CENTRE", "ARGOS"]
    return [
        (first + timedelta(days=n // 40), f"{names[n % 5]} {n % 7}", -(100 + n % 900))
        for n in range(10_000)
    ]


def test_ten_thousand_rows_import_in_under_two_seconds(session, ids):
    data = lloyds_csv(ten_thousand_rows(), opening=10_000_000)
    started = time.perf_counter()
    shown = bank_import.preview(session, data, ids["bank"], "big.csv")
    result = bank_import.commit(session, shown)
    seconds = time.perf_counter() - started
    assert result.added == 10_000
    print(f"10,000 rows read and imported in {seconds:.2f} s")
    assert seconds < 2.0


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(cut=st.integers(min_value=0, max_value=600), junk=st.binary(max_size=40))
def test_a_damaged_file_is_imported_whole_or_not_at_all(session, ids, cut, junk):
    data = lloyds_csv(JUNE)
    damaged = data[:cut] + junk + data[cut + len(junk) // 2 :]
    before = bank_rows(session, ids)
    try:
        shown = bank_import.preview(session, damaged, ids["bank"], "damaged.csv")
    except UserError:
        assert bank_rows(session, ids) == before
        return
    result = bank_import.commit(session, shown)
    after = bank_rows(session, ids)
    assert len(after) == len(before) + result.added


# The command line -----------------------------------------------------------------------------


def run_cli(monkeypatch, capsys, *args):
    monkeypatch.setenv("DPKEEPER_PASSPHRASE", PASSPHRASE)
    code = cli.main(list(args))
    return code, capsys.readouterr().err


def test_the_import_command_says_what_was_added_and_what_was_there(
    vault, ids, session, tmp_path, monkeypatch, capsys
):
    session.close()
    statement = tmp_path / "june.csv"
    statement.write_bytes(lloyds_csv(JUNE))
    code, said = run_cli(monkeypatch, capsys, "import", str(vault), str(statement))
    assert code == 0
    assert "Added 6 rows to Direct payment account. 0 rows were already there." in said
    assert "Your records match your bank: £2,051.40" in said
    code, said = run_cli(
        monkeypatch,
        capsys,
        "import",
        str(vault),
        str(statement),
        "--account",
        "Direct payment account",
    )
    assert code == 0
    assert "Added 0 rows" in said and "6 rows were already there" in said


def test_the_import_command_exits_5_for_a_file_it_cannot_read(
    vault, ids, session, tmp_path, monkeypatch, capsys
):
    session.close()
    picture = tmp_path / "statement.pdf"
    picture.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(range(256)))
    code, said = run_cli(monkeypatch, capsys, "import", str(vault), str(picture))
    assert code == 5
    assert "PDF" in said
    missing = tmp_path / "nothing-here.csv"
    code, said = run_cli(monkeypatch, capsys, "import", str(vault), str(missing))
    assert code == 5
    assert "could not be opened" in said


def test_the_import_command_explains_a_file_with_unknown_columns(
    vault, ids, session, tmp_path, monkeypatch, capsys
):
    session.close()
    statement = tmp_path / "credit-union.csv"
    statement.write_text("When,Details,Out,In\n02/06/2026,SHOP,4.50,\n")
    code, said = run_cli(monkeypatch, capsys, "import", str(vault), str(statement))
    assert code == 5
    assert "not recognised" in said and "Nothing was imported" in said
