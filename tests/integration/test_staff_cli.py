"""The staff commands: add-shift and shifts."""

from __future__ import annotations

import csv
import io
from datetime import date

from dpkeeper import cli
from dpkeeper.domain.schedule import Frequency
from dpkeeper.domain.staff import PA, PayRate, ShiftType
from dpkeeper.services import staff, vault_access
from tests.conftest import PASSPHRASE


def _run(monkeypatch, capsys, *args):
    monkeypatch.setenv("DPKEEPER_PASSPHRASE", PASSPHRASE)
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _with_jane(vault) -> None:
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    staff.save_pa(
        session,
        PA(
            None,
            "Jane Smith",
            date(2025, 4, 1),
            Frequency.FOUR_WEEKLY,
            date(2026, 3, 30),
            contracted_minutes=20 * 60,
            rates=(
                PayRate(ShiftType.DAY, date(2025, 4, 1), 1300),
                PayRate(ShiftType.SLEEP_IN, date(2025, 4, 1), 6000),
            ),
        ),
    )
    session.close()


def _add_shift(monkeypatch, capsys, vault, *more):
    return _run(monkeypatch, capsys, "add-shift", str(vault), "--pa", "jane smith", *more)


def test_add_shift_then_shifts_prints_it_as_csv(vault, monkeypatch, capsys):
    _with_jane(vault)
    code, _, err = _add_shift(
        monkeypatch, capsys, vault, "--date", "03/06/2026", "--start", "09:00", "--end", "17:00",
        "--break", "30", "--note", "Shopping, then the GP",
    )  # fmt: skip
    assert code == 0, err
    assert err.strip() == (
        "Added Jane Smith's shift on 3 Jun 2026: 09:00–17:00 (30m break), 7h 30m, Day."
    )
    code, _, err = _add_shift(
        monkeypatch, capsys, vault, "--date", "5 Jun 2026", "--start", "22:00", "--end", "07:00",
        "--type", "sleep-in",
    )  # fmt: skip
    assert code == 0, err
    assert "Added Jane Smith's shift on 5 Jun 2026: 22:00–07:00, 0m, Sleep-in." in err

    code, out, _ = _run(
        monkeypatch, capsys, "shifts", str(vault), "--from", "2026-06-01", "--to", "30 Jun 2026"
    )
    assert code == 0
    assert list(csv.reader(io.StringIO(out))) == [
        ["pa", "date", "start", "end", "break_minutes", "hours", "type", "note"],
        [
            "Jane Smith",
            "2026-06-03",
            "09:00",
            "17:00",
            "30",
            "7.50",
            "day",
            "Shopping, then the GP",
        ],
        ["Jane Smith", "2026-06-05", "22:00", "07:00", "0", "0.00", "sleep-in", ""],
    ]


def test_add_shift_prints_warnings_but_still_adds_the_shift(vault, monkeypatch, capsys):
    _with_jane(vault)
    code, _, err = _add_shift(
        monkeypatch, capsys, vault, "--date", "2026-06-03", "--start", "8:00", "--end", "18:20"
    )
    assert code == 0, err
    lines = err.strip().splitlines()
    assert lines[0] == "Added Jane Smith's shift on 3 Jun 2026: 08:00–18:20, 10h 20m, Day."
    assert any("with a break under" in line for line in lines[1:])
    code, out, _ = _run(
        monkeypatch, capsys, "shifts", str(vault), "--from", "2026-06-03", "--to", "2026-06-03"
    )
    assert out.splitlines()[1] == "Jane Smith,2026-06-03,08:00,18:20,0,10.33,day,"


def test_a_time_that_is_not_a_time_is_refused_with_exit_code_2(vault, monkeypatch, capsys):
    _with_jane(vault)
    code, _, err = _add_shift(
        monkeypatch, capsys, vault, "--date", "2026-06-03", "--start", "25:00", "--end", "17:00"
    )
    assert code == 2
    assert "“25:00” doesn't look like a time. Please type it like 09:00 or 17:30." in err
    code, _, err = _add_shift(
        monkeypatch, capsys, vault, "--date", "2026-06-03", "--start", "nine", "--end", "17:00"
    )
    assert code == 2
    assert "“nine” doesn't look like a time. Please type it like 09:00 or 17:30." in err
    _, out, _ = _run(
        monkeypatch, capsys, "shifts", str(vault), "--from", "2026-06-01", "--to", "2026-06-30"
    )
    assert len(out.splitlines()) == 1  # nothing was added


def test_an_unknown_pa_is_refused_with_exit_code_2(vault, monkeypatch, capsys):
    _with_jane(vault)
    code, _, err = _run(
        monkeypatch, capsys, "add-shift", str(vault), "--pa", "Jayne Smith", "--date",
        "2026-06-03", "--start", "09:00", "--end", "17:00",
    )  # fmt: skip
    assert code == 2
    assert "There is no PA called “Jayne Smith”" in err


def test_a_break_as_long_as_the_shift_is_refused(vault, monkeypatch, capsys):
    _with_jane(vault)
    code, _, err = _add_shift(
        monkeypatch, capsys, vault, "--date", "2026-06-03", "--start", "09:00", "--end", "10:00",
        "--break", "60",
    )  # fmt: skip
    assert code == 2
    assert "The break is as long as the shift" in err
