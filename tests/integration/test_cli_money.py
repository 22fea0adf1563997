"""The money commands: add, list and demo."""

from __future__ import annotations

import csv
import io
from datetime import date

from PIL import Image

from dpkeeper import cli
from dpkeeper.domain.ledger import TransactionFilter
from dpkeeper.services import money, overview, receipts, vault_access
from dpkeeper.services.demo import DEMO_PASSPHRASE, DEMO_PERSON
from tests.conftest import PASSPHRASE
from tests.integration.money_fixtures import set_up_anna


def _run(monkeypatch, capsys, *args, passphrase=PASSPHRASE):
    monkeypatch.setenv("DPKEEPER_PASSPHRASE", passphrase)
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _prepared(vault):
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    set_up_anna(session)
    session.close()


def test_add_records_spending_with_a_receipt_and_list_prints_it_as_csv(
    vault, tmp_path, monkeypatch, capsys
):
    _prepared(vault)
    photo = tmp_path / "ticket.jpg"
    Image.new("RGB", (800, 600), (200, 180, 160)).save(photo)
    code, _, err = _run(
        monkeypatch,
        capsys,
        "add",
        str(vault),
        "--date",
        "05/11/2026",
        "--amount=-£4.50",
        "--payee",
        "First Bus",
        "--category",
        "transport",
        "--account",
        "Petty cash",
        "--receipt",
        str(photo),
    )
    assert code == 0, err
    assert "Added spending of £4.50 on 5 Nov 2026" in err and "1 receipt" in err
    code, _, err = _run(
        monkeypatch,
        capsys,
        "add",
        str(vault),
        "--date",
        "2026-11-16",
        "--amount",
        "1,120",
        "--payee",
        "Leeds City Council",
        "--category",
        "Council payment",
    )
    assert code == 0, err

    code, out, _ = _run(monkeypatch, capsys, "list", str(vault), "--from", "2026-11-01")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["date"], r["who"], r["money_in"], r["money_out"], r["receipt"]) for r in rows] == [
        ("2026-11-05", "First Bus", "", "4.50", "attached"),
        ("2026-11-16", "Leeds City Council", "1120.00", "", "not_needed"),
    ]
    assert rows[0]["balance"] == "15.50" and rows[0]["account"] == "Petty cash"

    code, out, _ = _run(monkeypatch, capsys, "list", str(vault), "--to", "2026-11-10")
    assert len(list(csv.DictReader(io.StringIO(out)))) == 1


def test_add_uses_the_payees_last_category_when_none_is_given(vault, monkeypatch, capsys):
    _prepared(vault)
    args = ["add", str(vault), "--amount", "-2.90", "--payee", "Riverside Buses"]
    assert (
        _run(monkeypatch, capsys, *args, "--date", "2026-11-02", "--category", "Transport")[0] == 0
    )
    assert _run(monkeypatch, capsys, *args, "--date", "2026-11-03")[0] == 0
    _, out, _ = _run(monkeypatch, capsys, "list", str(vault))
    assert [r["category"] for r in csv.DictReader(io.StringIO(out))] == ["Transport", "Transport"]


def test_an_unreadable_receipt_exits_5_and_adds_nothing(vault, tmp_path, monkeypatch, capsys):
    _prepared(vault)
    broken = tmp_path / "receipt.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    code, _, err = _run(
        monkeypatch,
        capsys,
        "add",
        str(vault),
        "--date",
        "2026-11-05",
        "--amount",
        "-4.50",
        "--payee",
        "First Bus",
        "--receipt",
        str(broken),
    )
    assert code == 5 and "receipt.jpg" in err
    _, out, _ = _run(monkeypatch, capsys, "list", str(vault))
    assert out.strip().count("\n") == 0  # just the header


def test_add_explains_bad_amounts_dates_categories_and_accounts(vault, monkeypatch, capsys):
    _prepared(vault)
    base = ["add", str(vault), "--payee", "Cafe"]
    for extra, words in [
        (["--date", "2026-11-05", "--amount", "four pounds"], "doesn't look like an amount"),
        (["--date", "31/02/2026", "--amount", "-4"], "doesn't look like a date"),
        (["--date", "2026-11-05", "--amount", "-4", "--category", "Sweets"], "no category"),
        (["--date", "2026-11-05", "--amount", "-4", "--account", "Savings"], "no account"),
    ]:
        code, _, err = _run(monkeypatch, capsys, *base, *extra)
        assert code == 2 and words in err, (extra, err)


def test_demo_makes_a_year_of_realistic_records(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "Demo.dpvault"
    code, out, err = _run(monkeypatch, capsys, "demo", str(folder))
    assert code == 0, err
    assert DEMO_PASSPHRASE in err and out.strip()
    session = vault_access.unlock_with_passphrase(folder, DEMO_PASSPHRASE)
    try:
        assert session.person_name == DEMO_PERSON
        summary = overview.overview(session, date.today())
        assert summary.plan is not None and summary.plan.frequency.value == "4-weekly"
        assert len(summary.accounts) == 2
        assert summary.last_payment.arrived
        assert 0 < summary.missing_receipts < 20
        assert summary.waiting_receipts == 2
        ids = money.find(session, TransactionFilter())
        assert len(ids) > 100
        assert len(receipts.listing(session)) > 20
        assert vault_access.check_vault(session) == []
    finally:
        session.close()
