"""A full or failing disk (SECURITY.md T3): a plain message, and the vault as it was and usable.

The real thing is simulated with a file-size limit (``RLIMIT_FSIZE``) in a child process that
ignores SIGXFSZ, so writes past the limit fail the way they do on a full disk. The slot file
writes are checked by fault injection.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from datetime import date, timedelta

import pytest
import sqlcipher3

from dpkeeper.domain.errors import StorageProblem, WrongSecret
from dpkeeper.domain.ledger import TransactionFilter, TransactionInput
from dpkeeper.records import audit
from dpkeeper.services import money, vault_access
from dpkeeper.vault import store
from tests.conftest import PASSPHRASE
from tests.integration.money_fixtures import set_up_anna, spend
from tests.integration.test_bank_import import lloyds_csv

posix_only = pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
ROOM = 48 * 1024  # bytes any one vault file may grow by before the "disk" is full


def _earlier_data(vault) -> set[int]:
    """Anna's accounts and a few payments, saved before the disk fills up."""
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    try:
        ids = set_up_anna(session)
        for n in range(12):
            spend(
                session,
                ids,
                date(2026, 4, 2) + timedelta(days=n),
                450 + n,
                "Stagecoach",
                "transport",
            )
        return set(money.find(session, TransactionFilter()))
    finally:
        session.close()


def _with_little_room(vault):
    """A ``preexec_fn``: no file the child writes may grow past the vault's largest + ``ROOM``."""
    import resource
    import signal

    limit = max(p.stat().st_size for p in vault.iterdir() if p.is_file()) + ROOM

    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write instead of killing us
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_files


def _reopened(vault) -> tuple[set[int], list[str]]:
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    try:
        return set(money.find(session, TransactionFilter())), vault_access.check_vault(session)
    finally:
        session.close()


_RECORD_UNTIL_FULL = """
import sys
from datetime import date
from dpkeeper.domain.errors import StorageProblem
from dpkeeper.domain.ledger import TransactionFilter, TransactionInput
from dpkeeper.services import money, vault_access

session = vault_access.unlock_with_passphrase(sys.argv[1], sys.argv[2])
account = money.find_account(session, None).account_id
try:
    for n in range(100_000):
        entry = TransactionInput(date(2026, 5, 1), -100 - n, account, "Boots", note="x" * 500)
        print("added", money.record(session, entry), flush=True)
except StorageProblem as problem:
    print("refused", problem.message, flush=True)
print("still reads", len(money.find(session, TransactionFilter())), flush=True)
session.close()
"""


@posix_only
def test_payments_saved_until_the_disk_is_full_are_kept_and_the_next_gets_a_plain_message(vault):
    before = _earlier_data(vault)
    child = subprocess.run(
        [sys.executable, "-c", _RECORD_UNTIL_FULL, str(vault), PASSPHRASE],
        capture_output=True,
        text=True,
        preexec_fn=_with_little_room(vault),
        timeout=60,
    )
    assert child.returncode == 0, child.stderr
    lines = child.stdout.splitlines()
    added = {int(line.split()[1]) for line in lines if line.startswith("added ")}
    refused = [line for line in lines if line.startswith("refused ")]
    assert added and refused, child.stdout
    assert "could not write to the disk" in refused[0] and "Nothing was changed" in refused[0]
    assert f"still reads {len(before) + len(added)}" in lines

    after, problems = _reopened(vault)
    assert problems == []
    assert after == before | added  # everything acknowledged, and nothing of the refused one

    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)  # usable with room again
    try:
        assert money.record(
            session,
            TransactionInput(
                date(2026, 6, 1), -250, money.accounts(session)[0].account_id, "Boots"
            ),
        )
    finally:
        session.close()


@posix_only
def test_a_big_import_on_a_full_disk_saves_nothing_and_the_command_says_why(vault, tmp_path):
    before = _earlier_data(vault)
    statement = tmp_path / "statement.csv"
    rows = [
        (date(2026, 4, 2) + timedelta(days=n // 20), f"TESCO {n}", -(100 + n)) for n in range(3000)
    ]
    statement.write_bytes(lloyds_csv(rows, opening=10_000_000))
    child = subprocess.run(
        [sys.executable, "-m", "dpkeeper.cli", "import", str(vault), str(statement)],
        capture_output=True,
        text=True,
        preexec_fn=_with_little_room(vault),
        env={**os.environ, "DPKEEPER_PASSPHRASE": PASSPHRASE},
        timeout=60,
    )
    assert child.returncode == StorageProblem.exit_code, child.stderr
    assert "could not write to the disk" in child.stderr
    assert "Traceback" not in child.stderr
    after, problems = _reopened(vault)
    assert problems == [] and after == before


def test_a_full_disk_while_changing_the_passphrase_changes_nothing(session, monkeypatch):
    real_write = store.write_atomically

    def full_for_the_slot_file(path, data):
        if path.name == store.KEYS_NAME:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, data)

    monkeypatch.setattr(store, "write_atomically", full_for_the_slot_file)
    with pytest.raises(StorageProblem, match="Nothing was changed"):
        vault_access.change_passphrase(session, "new kettle garden", "new kettle garden")
    monkeypatch.undo()
    folder = session.location.folder
    assert (folder / "vault.keys").read_bytes() == (folder / "vault.keys.bak").read_bytes()
    session.close()
    vault_access.unlock_with_passphrase(folder, PASSPHRASE).close()
    with pytest.raises(WrongSecret):
        vault_access.unlock_with_passphrase(folder, "new kettle garden")


def test_a_passphrase_change_that_is_saved_but_not_noted_says_it_is_in_use(session, monkeypatch):
    def disk_full(*_args, **_kwargs):
        error = sqlcipher3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13
        raise error

    monkeypatch.setattr(audit, "record", disk_full)
    with pytest.raises(StorageProblem, match="already in use"):
        vault_access.change_passphrase(session, "new kettle garden", "new kettle garden")
    monkeypatch.undo()
    folder = session.location.folder
    session.close()
    vault_access.unlock_with_passphrase(folder, "new kettle garden").close()


def test_other_database_errors_are_not_mistaken_for_a_full_disk():
    assert store.storage_problem(sqlcipher3.OperationalError("no such table: x")) is None
    assert store.storage_problem(OSError(errno.ENOENT, "gone")) is None
    assert store.storage_problem(OSError(errno.ENOSPC, "full")) is not None
