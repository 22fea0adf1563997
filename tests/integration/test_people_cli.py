"""`dpkeeper add-person`, `people` and `remove-person`: the holder shares the vault from a
terminal, and a helper's commands are refused with exit code 8."""

from __future__ import annotations

from dpkeeper import cli
from tests.conftest import PASSPHRASE, PERSON, file_hashes

SAM_PASSPHRASE = "teapot river orange"


def _run(monkeypatch, capsys, *args, **env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_holder_adds_lists_and_removes_a_helper(vault, monkeypatch, capsys):
    monkeypatch.setenv("DPKEEPER_PASSPHRASE", PASSPHRASE)
    code, _, err = _run(
        monkeypatch,
        capsys,
        "add-person",
        str(vault),
        "Sam Carter",
        "--role",
        "helper",
        DPKEEPER_NEW_PASSPHRASE=SAM_PASSPHRASE,
    )
    assert code == 0, err
    assert "Sam Carter can now open this vault" in err and "They are not a lock" in err

    code, out, _ = _run(monkeypatch, capsys, "people", str(vault))
    assert code == 0
    assert out.splitlines() == [
        "name\trole\tways_in",
        f"{PERSON}\tholder\tpassphrase, recovery code",
        "Sam Carter\thelper\tpassphrase",
    ]

    code, out, _ = _run(
        monkeypatch, capsys, "people", str(vault), DPKEEPER_PASSPHRASE=SAM_PASSPHRASE
    )
    assert code == 0 and "Sam Carter\thelper" in out  # Sam's own passphrase opens the vault

    code, _, err = _run(monkeypatch, capsys, "remove-person", str(vault), "Sam Carter")
    assert code == 8 and "signed in as Sam Carter (helper)" in err  # Sam cannot remove anyone

    monkeypatch.setenv("DPKEEPER_PASSPHRASE", PASSPHRASE)
    code, _, err = _run(monkeypatch, capsys, "remove-person", str(vault), "sam carter")
    assert code == 0 and "Sam Carter can no longer open this vault" in err
    code, _, err = _run(
        monkeypatch, capsys, "people", str(vault), DPKEEPER_PASSPHRASE=SAM_PASSPHRASE
    )
    assert code == 3 and "didn't open" in err


def test_a_helper_cannot_add_people_and_nothing_changes(vault, monkeypatch, capsys):
    monkeypatch.setenv("DPKEEPER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DPKEEPER_NEW_PASSPHRASE", SAM_PASSPHRASE)
    assert cli.main(["add-person", str(vault), "Sam Carter", "--role", "helper"]) == 0
    before = file_hashes(vault)
    code, _, err = _run(
        monkeypatch,
        capsys,
        "add-person",
        str(vault),
        "Eve",
        "--role",
        "advocate",
        DPKEEPER_PASSPHRASE=SAM_PASSPHRASE,
        DPKEEPER_NEW_PASSPHRASE="another long passphrase",
    )
    assert code == 8
    assert "Only the person whose vault this is can choose who else can open it" in err
    assert "signed in as Sam Carter (helper)" in err
    assert file_hashes(vault)["vault.keys"] == before["vault.keys"]


def test_removing_someone_who_is_not_there_says_who_is(vault, monkeypatch, capsys):
    code, _, err = _run(
        monkeypatch, capsys, "remove-person", str(vault), "Nobody", DPKEEPER_PASSPHRASE=PASSPHRASE
    )
    assert code == 2 and "Nobody called “Nobody”" in err and PERSON in err
