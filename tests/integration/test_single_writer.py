"""Only one window or command writes to a vault at a time; a second one is refused politely."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from dpkeeper import cli
from dpkeeper.domain.errors import VaultInUse, WrongSecret
from dpkeeper.services import vault_access
from dpkeeper.vault import lock as vault_lock
from dpkeeper.vault.keychain import Keychain
from dpkeeper.vault.store import VaultLocation
from tests.conftest import PASSPHRASE, file_hashes

IN_USE = "This vault is open in another window of Direct Payments Keeper"

_HOLD_IT_OPEN = """
import sys
from dpkeeper.services import vault_access
session = vault_access.unlock_with_passphrase(sys.argv[1], sys.argv[2])
print("open", flush=True)
sys.stdin.read()  # until the test kills us or closes our input
session.close()
"""


def test_a_second_session_on_an_open_vault_is_refused_until_the_first_closes(vault, recovery_code):
    first = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    with pytest.raises(VaultInUse) as caught:
        vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    assert caught.value.message.startswith(IN_USE)
    assert caught.value.exit_code == 6
    with pytest.raises(VaultInUse):
        vault_access.unlock_with_recovery_code(vault, recovery_code)
    assert first.connection.execute("SELECT count(*) FROM audit_log").fetchone()  # still fine

    first.close()
    second = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    second.close()


def test_a_remembered_computer_is_refused_too(vault, memory_keychain):
    keychain = Keychain(memory_keychain)
    first = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    vault_access.remember_on_this_computer(first, keychain)
    with pytest.raises(VaultInUse):
        vault_access.unlock_with_this_computer(vault, keychain)
    first.close()
    vault_access.unlock_with_this_computer(vault, keychain).close()


def test_the_lock_file_is_removed_on_close_and_a_refused_unlock_leaves_it_alone(vault):
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    assert (vault / "vault.lock").exists()
    with pytest.raises(VaultInUse):
        vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    assert (vault / "vault.lock").exists()
    session.close()
    session.close()  # closing twice is harmless
    assert not (vault / "vault.lock").exists()


def test_a_wrong_passphrase_leaves_no_lock_file_behind(vault):
    before = file_hashes(vault)
    with pytest.raises(WrongSecret):
        vault_access.unlock_with_passphrase(vault, "not the passphrase")
    assert file_hashes(vault) == before


def test_the_command_line_is_refused_with_the_plain_message(vault, monkeypatch, capsys):
    monkeypatch.setenv("DPKEEPER_PASSPHRASE", PASSPHRASE)
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    try:
        code = cli.main(["check", str(vault)])
    finally:
        session.close()
    out, err = capsys.readouterr()
    assert code == VaultInUse.exit_code and out == ""
    assert err.startswith(IN_USE)
    assert cli.main(["check", str(vault)]) == 0


def test_another_process_holding_the_vault_is_refused_and_its_kill_frees_it(vault):
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_IT_OPEN, str(vault), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(VaultInUse):
            vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    finally:
        holder.kill()
        holder.wait()
    assert (vault / "vault.lock").exists()  # left behind by the killed process …
    vault_access.unlock_with_passphrase(vault, PASSPHRASE).close()  # … and it does not block


@pytest.mark.skipif(os.name != "posix", reason="Windows cannot delete a file that is open")
def test_a_lock_file_deleted_as_its_holder_let_go_is_not_trusted(vault):
    location = VaultLocation(vault)
    holder = vault_lock.take(location)
    waiting = os.open(location.lock, os.O_RDWR)  # another window opened it, about to lock it
    try:
        holder.release()  # deletes the file while still holding it
        assert vault_lock._take(waiting, location) == "stale"  # so the waiter starts again
    finally:
        os.close(waiting)
    again = vault_lock.take(location)
    assert again.held and (vault / "vault.lock").exists()
    again.release()


def test_a_folder_that_cannot_hold_a_lock_file_still_opens(tmp_path):
    missing = VaultLocation(tmp_path / "nowhere.dpvault")
    held = vault_lock.take(missing)
    assert not held.held
    held.release()
