"""``dpkeeper backup`` and ``dpkeeper restore``: messages, secrets, confirmation and exit codes."""

from __future__ import annotations

import shutil

import pytest

from dpkeeper import cli
from dpkeeper.domain.ledger import TransactionFilter, TransactionInput
from dpkeeper.services import money, vault_access
from tests.conftest import PASSPHRASE, file_hashes
from tests.integration.money_fixtures import PLAN_START, set_up_anna


def _run(monkeypatch, capsys, *args, **env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _add_payment(vault) -> None:
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    try:
        ids = set_up_anna(session)
        entry = TransactionInput(PLAN_START, -450, ids["bank"], "First Bus", ids["transport"])
        money.record(session, entry)
    finally:
        session.close()


def _payments(vault, **secret) -> int:
    if "code" in secret:
        session = vault_access.unlock_with_recovery_code(vault, secret["code"])
    else:
        session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    try:
        return len(money.find(session, TransactionFilter()))
    finally:
        session.close()


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "USB"
    folder.mkdir()
    return folder


def _made(monkeypatch, capsys, vault, stick):
    code, out, err = _run(
        monkeypatch, capsys, "backup", vault, stick, DPKEEPER_PASSPHRASE=PASSPHRASE
    )
    assert code == 0, err
    (bundle,) = stick.iterdir()
    return bundle, out, err


def test_backup_writes_one_checked_file_and_says_so(vault, stick, monkeypatch, capsys):
    bundle, out, err = _made(monkeypatch, capsys, vault, stick)
    assert out == ""
    assert err.strip() == (f"Backed up to {bundle}. Checked: it opens and nothing is missing.")
    assert bundle.name.startswith("Anna ") and bundle.name.endswith(" manual.dpbackup")


def test_backup_to_a_missing_folder_exits_2_without_asking(vault, tmp_path, monkeypatch, capsys):
    code, _, err = _run(monkeypatch, capsys, "backup", vault, tmp_path / "unplugged")
    assert code == 2 and "no folder" in err  # no passphrase was needed to find that out


def test_backup_with_a_wrong_passphrase_exits_3(vault, stick, monkeypatch, capsys):
    code, _, _ = _run(monkeypatch, capsys, "backup", vault, stick, DPKEEPER_PASSPHRASE="no no no")
    assert code == 3 and list(stick.iterdir()) == []


def test_restore_puts_an_existing_vault_back_and_keeps_it_as_a_backup(
    vault, stick, monkeypatch, capsys
):
    bundle, _, _ = _made(monkeypatch, capsys, vault, stick)
    _add_payment(vault)
    assert _payments(vault) == 1

    code, _, err = _run(monkeypatch, capsys, "restore", bundle, vault)
    assert code == 2 and "add --yes" in err  # not a terminal: it will not guess a yes
    assert _payments(vault) == 1

    code, _, err = _run(monkeypatch, capsys, "restore", bundle, vault, "--yes")
    assert code == 0, err
    assert "Restored the backup from" in err and "Anna backups" in err
    assert _payments(vault) == 0
    kept = list((vault.parent / "Anna backups").iterdir())
    assert [p.name.endswith(" before-restore.dpbackup") for p in kept] == [True]


def test_restore_of_a_damaged_backup_exits_4_and_changes_nothing(vault, stick, monkeypatch, capsys):
    bundle, _, _ = _made(monkeypatch, capsys, vault, stick)
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x40
    bundle.write_bytes(bytes(data))
    before = file_hashes(vault)
    code, _, err = _run(monkeypatch, capsys, "restore", bundle, vault, "--yes")
    assert code == 4 and "could not be used" in err
    assert file_hashes(vault) == before


def test_restore_makes_a_missing_vault_again_with_the_recovery_code(
    vault, recovery_code, stick, monkeypatch, capsys
):
    _add_payment(vault)
    bundle, _, _ = _made(monkeypatch, capsys, vault, stick)
    shutil.rmtree(vault)
    monkeypatch.delenv("DPKEEPER_PASSPHRASE")
    code, _, err = _run(
        monkeypatch,
        capsys,
        "restore",
        bundle,
        vault,
        "--yes",
        DPKEEPER_RECOVERY_CODE=recovery_code,
    )
    assert code == 0, err
    assert f"into {vault}" in err
    assert _payments(vault, code=recovery_code) == 1


def test_restore_into_a_damaged_vault_keeps_the_damaged_files(vault, stick, monkeypatch, capsys):
    bundle, _, _ = _made(monkeypatch, capsys, vault, stick)
    (vault / "records.db").write_bytes(b"not a database any more")
    code, _, err = _run(
        monkeypatch, capsys, "restore", bundle, vault, "--yes", DPKEEPER_PASSPHRASE=PASSPHRASE
    )
    assert code == 0, err
    assert "could not be read" in err  # it says why it is making the vault again
    (aside,) = [p for p in vault.iterdir() if ".damaged-" in p.name]
    assert aside.read_bytes() == b"not a database any more"
    assert _payments(vault) == 0


def test_restore_with_the_wrong_secret_for_a_missing_vault_exits_3(
    vault, stick, monkeypatch, capsys
):
    bundle, _, _ = _made(monkeypatch, capsys, vault, stick)
    shutil.rmtree(vault)
    code, _, err = _run(
        monkeypatch, capsys, "restore", bundle, vault, "--yes", DPKEEPER_PASSPHRASE="no no no"
    )
    assert code == 3 and "didn't open this backup" in err
    assert not vault.exists()


def test_both_commands_are_listed_in_the_help(monkeypatch, capsys):
    code, out, _ = _run(monkeypatch, capsys, "--help")
    assert code == 0 and "backup" in out and "restore" in out
    code, out, _ = _run(monkeypatch, capsys, "restore", "--help")
    assert code == 0 and "BACKUP VAULT" in out
