"""A large vault opens without reading every page first; damage is still found, and never saved
into a backup."""

from __future__ import annotations

import pytest
import sqlcipher3

from dpkeeper.domain.errors import UserError
from dpkeeper.services import backups, vault_access
from dpkeeper.vault import store
from tests.conftest import PASSPHRASE


def flip_a_byte_in_the_middle(vault) -> None:
    db = vault / "records.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2 + 7] ^= 0x01
    db.write_bytes(bytes(data))


def test_a_small_vault_is_checked_page_by_page_when_it_is_unlocked(vault):
    flip_a_byte_in_the_middle(vault)
    with pytest.raises(UserError, match="could not be read"):
        vault_access.unlock_with_passphrase(vault, PASSPHRASE)


def test_a_large_vault_opens_at_once_and_its_backup_refuses_a_damaged_page(
    vault, tmp_path, monkeypatch
):
    monkeypatch.setattr(store, "FULL_CHECK_BYTES", 0)  # as if the vault held years of photos
    flip_a_byte_in_the_middle(vault)
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    try:
        # The backup copies every page, so it stops at the damaged one and keeps nothing.
        with pytest.raises((UserError, sqlcipher3.DatabaseError)):
            backups.back_up(session, backups.BackupKind.MANUAL, tmp_path)
        assert not list(tmp_path.glob(f"*{backups.SUFFIX}"))
    finally:
        session.close()
