"""'Remember on this computer' with in-memory, failing, hanging and untrusted keychains."""

import time

import keyring
import pytest
from keyring.backends import fail

from dpkeeper.domain.errors import KeychainProblem
from dpkeeper.services import vault_access
from dpkeeper.vault.keychain import Keychain
from tests.conftest import PASSPHRASE, file_hashes
from tests.memory_keyring import HangingKeyring, LockedKeyring, MemoryKeyring


def _remember(vault, backend):
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    vault_access.remember_on_this_computer(session, Keychain(backend))
    session.close()


def test_a_remembered_vault_opens_without_the_passphrase(vault, memory_keychain):
    _remember(vault, memory_keychain)
    assert len(memory_keychain.items) == 1
    session = vault_access.unlock_with_this_computer(vault, Keychain(memory_keychain))
    assert session is not None and session.unlocked_with.name == "THIS_COMPUTER"
    session.close()


def test_the_keychain_holds_no_data_key_or_passphrase(vault, memory_keychain):
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    vault_access.remember_on_this_computer(session, Keychain(memory_keychain))
    data_key_hex = bytes(session.data_key()).hex()
    session.close()
    stored = " ".join(memory_keychain.items.values())
    assert PASSPHRASE not in stored and data_key_hex not in stored


def test_forgetting_removes_the_secret_and_the_slot(vault, memory_keychain):
    _remember(vault, memory_keychain)
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    vault_access.forget_this_computer(session, Keychain(memory_keychain))
    session.close()
    assert memory_keychain.items == {}
    assert vault_access.unlock_with_this_computer(vault, Keychain(memory_keychain)) is None


def test_a_failing_keychain_falls_back_to_the_passphrase(vault, memory_keychain):
    _remember(vault, memory_keychain)
    before = file_hashes(vault)
    assert vault_access.unlock_with_this_computer(vault, Keychain(LockedKeyring())) is None
    assert file_hashes(vault) == before
    vault_access.unlock_with_passphrase(vault, PASSPHRASE).close()


def test_a_garbled_secret_falls_back_to_the_passphrase(vault, memory_keychain):
    _remember(vault, memory_keychain)
    for key in memory_keychain.items:
        memory_keychain.items[key] = "bm90IHRoZSByaWdodCBzZWNyZXQ="
    assert vault_access.unlock_with_this_computer(vault, Keychain(memory_keychain)) is None


def test_a_keychain_that_never_answers_gives_up_quickly(vault, memory_keychain):
    _remember(vault, memory_keychain)
    hanging = HangingKeyring()
    started = time.monotonic()
    assert vault_access.unlock_with_this_computer(vault, Keychain(hanging, timeout=0.3)) is None
    assert time.monotonic() - started < 2
    hanging.release.set()


def test_no_keychain_means_the_option_is_not_usable(vault):
    assert not Keychain(fail.Keyring()).usable()
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    with pytest.raises(KeychainProblem, match="passphrase still works"):
        vault_access.remember_on_this_computer(session, Keychain(fail.Keyring()))
    session.close()
    vault_access.unlock_with_passphrase(vault, PASSPHRASE).close()


def test_a_keychain_refusing_to_store_leaves_the_vault_as_it_was(vault):
    before = file_hashes(vault)
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    with pytest.raises(KeychainProblem):
        vault_access.remember_on_this_computer(session, Keychain(LockedKeyring()))
    assert not vault_access.is_remembered_here(session)
    session.close()
    assert file_hashes(vault)["vault.keys"] == before["vault.keys"]


def test_the_default_keychain_is_the_one_keyring_chooses(memory_keychain):
    assert keyring.get_keyring() is memory_keychain
    assert Keychain().usable()
    assert isinstance(Keychain().backend, MemoryKeyring)
