"""The command line: init and check, secrets from the environment, and the exit codes."""

import subprocess
import sys

import pytest

from dpkeeper import cli
from dpkeeper.domain import recovery_code
from dpkeeper.vault import keys, store
from tests.conftest import PASSPHRASE, file_hashes


def _run(monkeypatch, capsys, *args, **env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_a_vault_and_prints_its_recovery_code(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "Anna.dpvault"
    code, out, err = _run(
        monkeypatch,
        capsys,
        "init",
        str(folder),
        "--name",
        "Anna Okafor",
        DPKEEPER_PASSPHRASE=PASSPHRASE,
    )
    assert code == 0
    printed = out.strip()
    assert recovery_code.decode(printed)
    assert "Write it down" in err
    assert (folder / "records.db").exists()

    code, _, err = _run(monkeypatch, capsys, "check", str(folder))
    assert code == 0 and "sound" in err

    monkeypatch.delenv("DPKEEPER_PASSPHRASE")
    code, _, _ = _run(monkeypatch, capsys, "check", str(folder), DPKEEPER_RECOVERY_CODE=printed)
    assert code == 0


def test_init_refuses_an_existing_vault(vault, monkeypatch, capsys):
    before = file_hashes(vault)
    code, out, err = _run(
        monkeypatch, capsys, "init", str(vault), "--name", "X", DPKEEPER_PASSPHRASE=PASSPHRASE
    )
    assert code == 2 and out == "" and "already something" in err
    assert file_hashes(vault) == before


def test_check_with_a_wrong_passphrase_exits_3(vault, monkeypatch, capsys):
    code, _, err = _run(
        monkeypatch, capsys, "check", str(vault), DPKEEPER_PASSPHRASE="nope nope nope"
    )
    assert code == 3 and "didn't open" in err


def test_check_with_a_wrong_recovery_code_exits_3(vault, monkeypatch, capsys):
    code, _, _ = _run(monkeypatch, capsys, "check", str(vault), DPKEEPER_RECOVERY_CODE="0000")
    assert code == 3


@pytest.mark.parametrize("damage", ["empty", "truncated", "not a vault"])
def test_check_of_a_damaged_vault_exits_4(vault, tmp_path, monkeypatch, capsys, damage):
    target = vault
    if damage == "empty":
        (vault / "records.db").write_bytes(b"")
    elif damage == "truncated":
        data = (vault / "records.db").read_bytes()
        (vault / "records.db").write_bytes(data[: store.PAGE_SIZE])
    else:
        target = tmp_path / "letter.txt"
        target.write_text("Dear council")
    code, _, err = _run(monkeypatch, capsys, "check", str(target), DPKEEPER_PASSPHRASE=PASSPHRASE)
    assert code == 4 and "could not be read" in err


def test_usage_mistakes_exit_2(monkeypatch, capsys):
    assert _run(monkeypatch, capsys, "frobnicate")[0] == 2
    assert _run(monkeypatch, capsys)[0] == 2


def test_without_a_terminal_or_variable_it_explains_how_to_give_the_passphrase(
    vault, monkeypatch, capsys
):
    monkeypatch.setattr(sys, "stdin", open("/dev/null"))  # noqa: SIM115
    code, _, err = _run(monkeypatch, capsys, "check", str(vault))
    assert code == 2 and "DPKEEPER_PASSPHRASE" in err


def test_change_passphrase_and_new_recovery_code(vault, recovery_code, monkeypatch, capsys):
    code, _, _ = _run(
        monkeypatch,
        capsys,
        "change-passphrase",
        str(vault),
        DPKEEPER_PASSPHRASE=PASSPHRASE,
        DPKEEPER_NEW_PASSPHRASE="river stone path",
    )
    assert code == 0
    assert _run(monkeypatch, capsys, "check", str(vault))[0] == 3
    code, out, _ = _run(
        monkeypatch, capsys, "new-recovery-code", str(vault), DPKEEPER_PASSPHRASE="river stone path"
    )
    assert code == 0
    monkeypatch.delenv("DPKEEPER_PASSPHRASE")
    assert (
        _run(monkeypatch, capsys, "check", str(vault), DPKEEPER_RECOVERY_CODE=recovery_code)[0] == 3
    )
    assert (
        _run(monkeypatch, capsys, "check", str(vault), DPKEEPER_RECOVERY_CODE=out.strip())[0] == 0
    )


def test_the_installed_console_script_runs(vault, tmp_path):
    """One real process, with the real key derivation cost, end to end."""
    env = {"DPKEEPER_PASSPHRASE": PASSPHRASE, "PATH": "", "HOME": str(tmp_path)}
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "dpkeeper.cli",
            "init",
            str(tmp_path / "Real.dpvault"),
            "--name",
            "Bo",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    checked = subprocess.run(
        [sys.executable, "-m", "dpkeeper.cli", "check", str(tmp_path / "Real.dpvault")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    slots = keys.parse((tmp_path / "Real.dpvault" / "vault.keys").read_bytes()).slots
    assert all(s.kdf.memory_kib >= 64 * 1024 and s.kdf.iterations >= 3 for s in slots)
