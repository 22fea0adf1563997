"""Creating, writing, locking and reopening real encrypted vaults."""

import pytest

from dpkeeper.domain.errors import InvalidInput, VaultAlreadyExists, WrongSecret
from dpkeeper.records import vault_info
from dpkeeper.records.db import transaction
from dpkeeper.services import vault_access
from tests.conftest import PASSPHRASE, PERSON, file_hashes

MARKER = "MARKER-Zebedee-Quockerwodger-4417"


def _write_marker(session):
    with transaction(session.connection) as conn:
        vault_info.put(conn, "note", MARKER)


def _read_marker(session):
    return vault_info.get(session.connection, "note")


def test_a_new_vault_reopens_with_its_passphrase_and_keeps_what_was_written(tmp_path):
    code = vault_access.new_recovery_code()
    folder = tmp_path / "Anna.dpvault"
    session = vault_access.create_vault(folder, " Anna  Okafor ", PASSPHRASE, PASSPHRASE, code)
    _write_marker(session)
    session.close()
    assert not session.is_open

    reopened = vault_access.unlock_with_passphrase(folder, PASSPHRASE)
    assert reopened.person_name == "Anna Okafor"
    assert _read_marker(reopened) == MARKER
    reopened.close()


def test_the_recovery_code_opens_the_vault(vault, recovery_code):
    session = vault_access.unlock_with_recovery_code(vault, recovery_code.lower())
    assert session.person_name == PERSON
    assert session.unlocked_with.name == "RECOVERY_CODE"
    session.close()


def test_after_changing_the_passphrase_only_the_new_one_works(vault):
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    _write_marker(session)
    records_before = (vault / "records.db").stat().st_size
    vault_access.change_passphrase(session, "new river stone path", "new river stone path")
    session.close()

    with pytest.raises(WrongSecret):
        vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    session = vault_access.unlock_with_passphrase(vault, "new river stone path")
    assert _read_marker(session) == MARKER
    session.close()
    assert (vault / "records.db").stat().st_size >= records_before
    assert (vault / "vault.keys").read_bytes() == (vault / "vault.keys.bak").read_bytes()


def test_after_a_new_recovery_code_the_old_code_is_refused(vault, recovery_code):
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    _write_marker(session)
    new_code = vault_access.new_recovery_code()
    vault_access.replace_recovery_code(session, new_code)
    session.close()

    with pytest.raises(WrongSecret):
        vault_access.unlock_with_recovery_code(vault, recovery_code)
    session = vault_access.unlock_with_recovery_code(vault, new_code)
    assert _read_marker(session) == MARKER
    session.close()
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    session.close()


def test_the_recovery_code_can_set_a_new_passphrase_when_the_old_one_is_forgotten(
    vault, recovery_code
):
    session = vault_access.unlock_with_recovery_code(vault, recovery_code)
    vault_access.change_passphrase(session, "brand new words here", "brand new words here")
    session.close()
    vault_access.unlock_with_passphrase(vault, "brand new words here").close()


def test_the_vault_files_hold_none_of_the_records_text(tmp_path):
    folder = tmp_path / "Zebedee.dpvault"
    code = vault_access.new_recovery_code()
    session = vault_access.create_vault(
        folder, "Zebedee Quockerwodger", PASSPHRASE, PASSPHRASE, code
    )
    for _ in range(50):
        _write_marker(session)
    needles = [MARKER.encode(), b"Quockerwodger", MARKER.encode("utf-16-le"), PASSPHRASE.encode()]
    needles.append(bytes(session.data_key()).hex().encode())
    while_open = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert "records.db-wal" in while_open
    session.close()
    after_close = {p.name: p.read_bytes() for p in folder.iterdir()}
    for name, content in [*while_open.items(), *after_close.items()]:
        for needle in needles:
            assert needle not in content, f"{needle!r} found in {name}"


def test_a_vault_is_never_created_over_an_existing_folder_or_file(tmp_path):
    code = vault_access.new_recovery_code()
    existing_folder = tmp_path / "Existing.dpvault"
    existing_folder.mkdir()
    (existing_folder / "precious.txt").write_text("do not touch")
    existing_file = tmp_path / "Letter.dpvault"
    existing_file.write_text("a letter")
    empty_folder = tmp_path / "Empty.dpvault"
    empty_folder.mkdir()

    for target in (existing_folder, existing_file, empty_folder):
        with pytest.raises(VaultAlreadyExists):
            vault_access.create_vault(target, PERSON, PASSPHRASE, PASSPHRASE, code)
    assert (existing_folder / "precious.txt").read_text() == "do not touch"
    assert list(existing_folder.iterdir()) == [existing_folder / "precious.txt"]
    assert existing_file.read_text() == "a letter"
    assert list(empty_folder.iterdir()) == []


def test_creating_over_an_existing_vault_leaves_it_byte_identical(vault):
    before = file_hashes(vault)
    with pytest.raises(VaultAlreadyExists):
        vault_access.create_vault(
            vault, "Someone Else", PASSPHRASE, PASSPHRASE, vault_access.new_recovery_code()
        )
    assert file_hashes(vault) == before


@pytest.mark.parametrize(
    ("name", "first", "second", "message"),
    [
        ("", PASSPHRASE, PASSPHRASE, "name"),
        ("Anna", "short", "short", "at least"),
        ("Anna", PASSPHRASE, PASSPHRASE + "x", "not the same"),
    ],
)
def test_bad_details_create_nothing(tmp_path, name, first, second, message):
    folder = tmp_path / "New.dpvault"
    with pytest.raises(InvalidInput, match=message):
        vault_access.create_vault(folder, name, first, second, vault_access.new_recovery_code())
    assert not folder.exists()


def test_a_failure_half_way_through_creation_removes_only_what_it_made(tmp_path, monkeypatch):
    from dpkeeper.vault import store

    def broken(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(store, "create_records", broken)
    folder = tmp_path / "Half.dpvault"
    with pytest.raises(OSError):
        vault_access.create_vault(
            folder, PERSON, PASSPHRASE, PASSPHRASE, vault_access.new_recovery_code()
        )
    assert not folder.exists()
