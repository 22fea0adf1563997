"""Wrong secrets and damaged files: the right error, and the files left exactly as they were."""

import os
import unicodedata

import pytest

from dpkeeper.domain.errors import VaultDamaged, VaultTooNew, WrongSecret
from dpkeeper.services import vault_access
from dpkeeper.vault import store
from tests.conftest import PASSPHRASE, PERSON, file_hashes


def test_a_wrong_passphrase_is_told_apart_and_changes_nothing(vault):
    before = file_hashes(vault)
    for attempt in ("kettle garden blu", "Kettle garden blue", PASSPHRASE + " ", ""):
        with pytest.raises(WrongSecret) as caught:
            vault_access.unlock_with_passphrase(vault, attempt)
        assert caught.value.exit_code == 3
        assert "Caps Lock" in caught.value.message
    assert file_hashes(vault) == before


def test_a_wrong_recovery_code_is_refused(vault):
    with pytest.raises(WrongSecret):
        vault_access.unlock_with_recovery_code(vault, vault_access.new_recovery_code())
    with pytest.raises(WrongSecret, match="doesn't look right"):
        vault_access.unlock_with_recovery_code(vault, "ABCD-EFGH")


@pytest.mark.parametrize(("made_with", "typed"), [("NFD", "NFC"), ("NFC", "NFD")])
def test_accented_passphrases_open_whichever_way_they_were_typed(tmp_path, made_with, typed):
    words = "café crème brûlée"
    folder = tmp_path / "Accents.dpvault"
    made = unicodedata.normalize(made_with, words)
    vault_access.create_vault(folder, PERSON, made, made, vault_access.new_recovery_code()).close()
    vault_access.unlock_with_passphrase(folder, unicodedata.normalize(typed, words)).close()


def _unlock(folder):
    return vault_access.unlock_with_passphrase(folder, PASSPHRASE)


def _assert_damaged_and_untouched(vault, unlock=_unlock):
    before = file_hashes(vault)
    with pytest.raises(VaultDamaged) as caught:
        unlock(vault)
    assert caught.value.exit_code == 4
    assert "Nothing was changed" in caught.value.message
    assert file_hashes(vault) == before
    return caught.value


def test_a_zero_length_records_file_is_damage_not_a_new_vault(vault):
    (vault / "records.db").write_bytes(b"")
    _assert_damaged_and_untouched(vault)
    assert (vault / "records.db").stat().st_size == 0


@pytest.mark.parametrize("keep", [0.5, 0.25])
def test_a_truncated_records_file_is_damage(vault, keep):
    db = vault / "records.db"
    data = db.read_bytes()
    cut = int(len(data) * keep) // store.PAGE_SIZE * store.PAGE_SIZE
    db.write_bytes(data[:cut])
    _assert_damaged_and_untouched(vault)


def test_a_records_file_cut_mid_page_is_damage(vault):
    db = vault / "records.db"
    db.write_bytes(db.read_bytes()[:-100])
    _assert_damaged_and_untouched(vault)


@pytest.mark.parametrize("where", ["first page", "middle", "last page"])
def test_a_single_flipped_byte_is_damage_not_a_wrong_passphrase(vault, recovery_code, where):
    db = vault / "records.db"
    data = bytearray(db.read_bytes())
    offset = {"first page": 100, "middle": len(data) // 2 + 7, "last page": len(data) - 200}[where]
    data[offset] ^= 0x01
    db.write_bytes(bytes(data))
    _assert_damaged_and_untouched(vault)
    _assert_damaged_and_untouched(
        vault, unlock=lambda v: vault_access.unlock_with_recovery_code(v, recovery_code)
    )


def test_a_missing_records_file_is_damage(vault):
    (vault / "records.db").unlink()
    _assert_damaged_and_untouched(vault)


def test_a_folder_that_is_not_a_vault_is_explained(tmp_path):
    folder = tmp_path / "Photos"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"\xff\xd8\xff")
    _assert_damaged_and_untouched(folder)
    with pytest.raises(VaultDamaged, match="no vault folder"):
        vault_access.unlock_with_passphrase(tmp_path / "nowhere", PASSPHRASE)


def test_a_damaged_key_file_falls_back_to_its_mirror_and_is_repaired(vault):
    good = (vault / "vault.keys").read_bytes()
    (vault / "vault.keys").write_bytes(good[: len(good) // 2])
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    session.close()
    assert (vault / "vault.keys").read_bytes() == good


def test_both_key_files_damaged_is_damage(vault):
    (vault / "vault.keys").write_bytes(b"\x00" * 50)
    (vault / "vault.keys.bak").write_bytes(b"{}")
    _assert_damaged_and_untouched(vault)


def test_a_vault_from_a_newer_version_is_refused_and_left_untouched(vault):
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    session.connection.execute(f"PRAGMA user_version = {store.latest_version() + 1}")
    session.close()
    before = file_hashes(vault)
    with pytest.raises(VaultTooNew) as caught:
        vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    assert caught.value.exit_code == 4
    assert "newer version" in caught.value.message
    assert file_hashes(vault) == before


def test_every_connection_uses_the_safe_settings(vault):
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    conn = session.connection

    def value(pragma):
        return conn.execute(f"PRAGMA {pragma}").fetchone()[0]

    assert value("journal_mode") == "wal"
    assert value("synchronous") == 2  # FULL
    assert value("foreign_keys") == 1
    assert value("temp_store") == 2  # MEMORY
    assert value("secure_delete") == 1
    assert value("busy_timeout") >= 5000
    assert int(value("cipher_memory_security")) == 1
    assert store.cipher_version(conn) >= store.MIN_CIPHER_VERSION
    assert value("user_version") == store.latest_version()
    session.close()


def test_the_records_file_is_private_to_its_owner(vault):
    if os.name != "posix":
        pytest.skip("file modes are a POSIX idea")
    for name in ("records.db", "vault.keys", "vault.keys.bak"):
        assert (vault / name).stat().st_mode & 0o077 == 0, name
