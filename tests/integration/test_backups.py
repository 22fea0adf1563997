"""Backups and restores on real encrypted vaults (SECURITY.md R11–R13, T3, T9)."""

from __future__ import annotations

import errno
import json
import random
import shutil
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3

from dpkeeper.domain.errors import InvalidInput, StorageProblem, WrongSecret
from dpkeeper.domain.ledger import TransactionFilter, TransactionInput
from dpkeeper.records import audit, vault_info
from dpkeeper.records.db import transaction
from dpkeeper.services import access, backups, bank_import, money, vault_access
from dpkeeper.services.backups import BackupKind
from dpkeeper.services.progress import Progress, Stopped
from dpkeeper.vault import backup, bundle, keys, store
from tests.conftest import PASSPHRASE, file_hashes
from tests.integration.money_fixtures import PLAN_START, set_up_anna
from tests.integration.test_bank_import import JUNE, lloyds_csv

WHO = ("Morrisons", "Leeds Taxis", "Jo Smith (PA)", "Boots", "First Bus")


def all_rows(conn) -> dict[str, list[tuple]]:
    """Every row of every table, to compare a vault with a snapshot of itself exactly."""
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}


def random_changes(session, ids, rng: random.Random, count: int) -> None:
    """Add, change, delete and undelete payments and transfers, as a person would over a week."""
    for _ in range(count):
        existing = money.find(session, TransactionFilter())
        roll = rng.random()
        day = PLAN_START + timedelta(days=rng.randrange(200))
        entry = TransactionInput(
            day, -rng.randrange(100, 9000), ids["bank"], rng.choice(WHO), ids["activities"]
        )
        if roll < 0.5 or not existing:
            money.record(session, entry)
        elif roll < 0.65:
            chosen = rng.choice(existing)
            if not money.get(session, chosen).is_transfer:
                money.change(session, chosen, entry)
        elif roll < 0.8:
            money.delete(session, rng.choice(existing))
        else:
            money.transfer(session, day, rng.randrange(100, 3000), ids["bank"], ids["cash"])


def payments(session) -> int:
    return len(money.find(session, TransactionFilter()))


def spend(session, ids, pence: int = 450, who: str = "First Bus") -> int:
    entry = TransactionInput(PLAN_START, -pence, ids["bank"], who, ids["activities"])
    return money.record(session, entry)


def bundle_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "USB stick"
    folder.mkdir()
    return folder


# ---------------------------------------------------------------------------------------------
# Round trips


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_restoring_a_backup_brings_back_exactly_the_rows_it_holds(session, ids, seed):
    rng = random.Random(seed)
    random_changes(session, ids, rng, 12)
    snapshot = all_rows(session.connection)
    made = backups.back_up(session, BackupKind.MANUAL)
    random_changes(session, ids, rng, 12)
    assert all_rows(session.connection) != snapshot

    restored = backups.restore(session, made)
    try:
        assert not session.is_open
        now = all_rows(restored.connection)
        for table, rows in snapshot.items():
            if table in ("audit_log", "vault_info"):
                continue
            assert now[table] == rows, table
        # The only additions: the restore's own history note and its date.
        assert now["audit_log"][: len(snapshot["audit_log"])] == snapshot["audit_log"]
        added = now["audit_log"][len(snapshot["audit_log"]) :]
        assert [row[3] for row in added] == ["backup.restored"]
        assert made.created.isoformat() in added[0][4]
        keys_now = {row[0] for row in now["vault_info"]}
        assert keys_now - {row[0] for row in snapshot["vault_info"]} == {backups.RESTORED_AT}
        assert vault_access.check_vault(restored) == []
    finally:
        restored.close()


def test_a_backup_is_one_checked_file_with_nothing_personal_in_plain_text(session, ids, usb):
    spend(session, ids, who="Dr Priya Raman")
    made = backups.back_up(session, "manual", usb)
    assert made.verified and made.kind is BackupKind.MANUAL
    assert made.path.parent == usb
    assert made.path.name.startswith("Anna ") and made.path.name.endswith(" manual.dpbackup")
    assert bundle_files(usb) == [made.path.name]  # no temporary files left behind
    with zipfile.ZipFile(made.path) as archive:
        assert sorted(archive.namelist()) == sorted(bundle.MEMBERS)
        assert {i.compress_type for i in archive.infolist()} == {zipfile.ZIP_STORED}
        manifest = json.loads(archive.read("manifest.json"))
        for name, digest in manifest["sha256"].items():
            assert bundle.sha256(archive.read(name)) == digest
    assert manifest["format"] == "dpkeeper-backup" and manifest["kind"] == "manual"
    assert manifest["vault_id"] == session.key_file.vault_id
    assert manifest["schema_version"] == store.latest_version()
    assert datetime.fromisoformat(manifest["created"]).tzinfo is not None
    raw = made.path.read_bytes()
    for secret in (b"Anna Okafor", b"Priya", b"Leeds City Council", bytes(session.data_key())):
        assert secret not in raw
    summary = made.summary
    assert summary.person_name == "Anna Okafor"
    assert summary.payments == 1 and summary.first_day == summary.last_day == PLAN_START
    assert summary.count("accounts") == 2


def test_a_changed_backup_is_refused_and_the_vault_is_left_as_it_was(session, ids, usb):
    spend(session, ids)
    made = backups.back_up(session, "manual", usb)
    before = all_rows(session.connection)
    own_folder = backups.default_folder(session)

    changed = []
    with zipfile.ZipFile(made.path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    flipped = bytearray(members["records.db"])
    flipped[len(flipped) // 2] ^= 0x01
    manifest = json.loads(members["manifest.json"])
    manifest["kind"] = "automatic"  # a quiet edit: the hashes still match
    for what, replacement in (
        ("one flipped bit", {"records.db": bytes(flipped)}),
        ("edited manifest", {"manifest.json": json.dumps(manifest).encode()}),
    ):
        path = usb / f"{what}.dpbackup"
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in {**members, **replacement}.items():
                archive.writestr(name, data)
        changed.append(path)
    cut = usb / "cut short.dpbackup"
    cut.write_bytes(made.path.read_bytes()[:-5000])
    changed.append(cut)

    for path in changed:
        with pytest.raises(bundle.BackupUnusable):
            backups.restore(session, path)
        assert session.is_open, path.name
        assert all_rows(session.connection) == before, path.name
        assert bundle_files(own_folder) == []  # checked before the "before restore" copy
    listed = {info.path.name: info for info in backups.list_backups(session, usb, check=True)}
    assert listed[made.path.name].verified
    assert not any(listed[p.name].verified for p in changed if p.name in listed)
    spend(session, ids)  # the vault still works


def test_a_backup_of_another_vault_is_refused(session, ids, tmp_path, usb):
    other = vault_access.create_vault(
        tmp_path / "Ben.dpvault", "Ben", PASSPHRASE, PASSPHRASE, vault_access.new_recovery_code()
    )
    try:
        theirs = backups.back_up(other, "manual", usb)
    finally:
        other.close()
    with pytest.raises(InvalidInput, match="different vault"):
        backups.restore(session, theirs)
    assert [info.path for info in backups.list_backups(session, usb)] == []
    assert [info.path for info in backups.list_backups(usb)] == [theirs.path]


def test_restoring_keeps_todays_passphrase_and_recovery_code(vault, recovery_code, usb):
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    ids = set_up_anna(session)
    made = backups.back_up(session, "manual", usb)
    spend(session, ids)
    vault_access.change_passphrase(session, "new river stones", "new river stones")
    restored = backups.restore(session, made)
    assert payments(restored) == 0
    restored.close()

    with pytest.raises(WrongSecret):
        vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    for unlock in (
        lambda: vault_access.unlock_with_passphrase(vault, "new river stones"),
        lambda: vault_access.unlock_with_recovery_code(vault, recovery_code),
    ):
        again = unlock()
        assert payments(again) == 0 and vault_access.check_vault(again) == []
        again.close()
    kinds = [info.kind for info in backups.list_backups(vault)]
    assert kinds == []  # a folder listing without a key shows files, not this vault's own folder
    again = vault_access.unlock_with_passphrase(vault, "new river stones")
    kinds = {info.kind for info in backups.list_backups(again)}
    again.close()
    assert kinds == {BackupKind.BEFORE_PASSPHRASE_CHANGE, BackupKind.BEFORE_RESTORE}


def test_a_missing_vault_is_made_again_from_a_backup_with_the_recovery_code(
    vault, recovery_code, usb
):
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    ids = set_up_anna(session)
    spend(session, ids)
    snapshot = all_rows(session.connection)
    made = backups.back_up(session, "manual", usb)
    session.close()
    shutil.rmtree(vault)  # the laptop was lost; the USB stick was not

    with pytest.raises(WrongSecret):
        backups.restore_into(made, vault, passphrase="not the passphrase")
    assert not vault.exists()
    restored = backups.restore_into(made, vault, recovery_code=recovery_code)
    try:
        now = all_rows(restored.connection)
        assert now["transactions"] == snapshot["transactions"]
        assert vault_access.check_vault(restored) == []
    finally:
        restored.close()
    assert bundle_files(vault) == ["README.txt", "records.db", "vault.keys", "vault.keys.bak"]
    again = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    assert payments(again) == 1
    again.close()


def test_a_damaged_vault_is_moved_aside_and_never_overwritten(vault, usb):
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    ids = set_up_anna(session)
    spend(session, ids)
    made = backups.back_up(session, "manual", usb)
    session.close()
    db = bytearray((vault / "records.db").read_bytes())
    db[5 * store.PAGE_SIZE + 100] ^= 0xFF
    (vault / "records.db").write_bytes(bytes(db))
    damaged_keys = b'{"format": "dpkeeper-vault-keys", "version": 1, "vault_id": "damag'
    (vault / "vault.keys").write_bytes(damaged_keys)
    (vault / "vault.keys.bak").write_bytes(damaged_keys)
    with pytest.raises(Exception, match="could not be read"):
        vault_access.unlock_with_passphrase(vault, PASSPHRASE)

    restored = backups.restore_into(made, vault, passphrase=PASSPHRASE)
    assert payments(restored) == 1
    restored.close()
    aside = {p.name.split(".damaged-")[0]: p for p in vault.iterdir() if ".damaged-" in p.name}
    assert sorted(aside) == ["records.db", "vault.keys", "vault.keys.bak"]
    assert aside["records.db"].read_bytes() == bytes(db)
    assert aside["vault.keys"].read_bytes() == damaged_keys
    again = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    again.close()


def test_a_damaged_records_file_is_restored_keeping_todays_key_slots(vault, usb):
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    made = backups.back_up(session, "manual", usb)
    vault_access.change_passphrase(session, "new river stones", "new river stones")
    session.close()
    keys_today = (vault / "vault.keys").read_bytes()
    (vault / "records.db").write_bytes(b"\0" * store.PAGE_SIZE)
    (vault / "vault.keys").write_bytes(b"")  # the mirror still holds today's slots

    restored = backups.restore_into(made, vault, passphrase="new river stones")
    restored.close()
    assert (vault / "vault.keys").read_bytes() == keys_today  # today's passphrase stays
    aside = sorted(p.name.split(".damaged-")[0] for p in vault.iterdir() if "damaged" in p.name)
    assert aside == ["records.db", "vault.keys"]
    vault_access.unlock_with_passphrase(vault, "new river stones").close()


def test_a_folder_holding_another_vault_is_never_touched(session, tmp_path, usb):
    made = backups.back_up(session, "manual", usb)
    other = tmp_path / "Ben.dpvault"
    vault_access.create_vault(
        other, "Ben", PASSPHRASE, PASSPHRASE, vault_access.new_recovery_code()
    ).close()
    before = file_hashes(other)
    with pytest.raises(InvalidInput, match="different vault"):
        backups.restore_into(made, other, passphrase=PASSPHRASE)
    assert file_hashes(other) == before


# ---------------------------------------------------------------------------------------------
# Failures while backing up


def test_a_full_disk_during_a_backup_deletes_the_partial_file(session, ids, monkeypatch):
    spend(session, ids)
    folder = backups.default_folder(session)
    real_copy = shutil.copyfileobj
    seen = []

    def fills_the_disk(source, target, length=0):
        target.write(source.read(10_000))
        seen.extend(p.name for p in folder.iterdir())
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup.shutil, "copyfileobj", fills_the_disk)
    with pytest.raises(StorageProblem, match="backup could not be saved"):
        backups.back_up(session, "automatic")
    assert any(name.endswith(".partial") for name in seen)  # it really was half-written
    assert bundle_files(folder) == []
    assert backups.list_backups(session) == []
    assert vault_info.get(session.connection, backups.FAILED_AT)
    spend(session, ids)  # the vault is as usable as before

    monkeypatch.setattr(backup.shutil, "copyfileobj", real_copy)
    made = backups.back_up(session, "automatic")
    assert backups.list_backups(session) == [made]
    assert vault_info.get(session.connection, backups.FAILED_AT) is None


def test_a_backup_is_kept_even_if_the_vaults_own_disk_is_too_full_to_note_it(
    session, usb, monkeypatch
):
    def disk_full(*_args, **_kwargs):
        error = sqlcipher3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13
        raise error

    monkeypatch.setattr(audit, "record", disk_full)
    made = backups.back_up(session, "manual", usb)
    assert made.verified and bundle_files(usb) == [made.path.name]


def test_stopping_a_backup_leaves_no_file(session, ids, usb):
    for _ in range(30):
        entry = TransactionInput(PLAN_START, -450, ids["bank"], "Boots", note="x" * 400)
        money.record(session, entry)
    with pytest.raises(Stopped):
        backups.back_up(session, "manual", usb, Progress(stop_requested=lambda: True, every=1))
    assert bundle_files(usb) == []


def test_a_backup_that_fails_its_check_is_not_kept(session, usb, monkeypatch):
    real = backup._snapshot

    def counted_wrong(*args):
        counts, summary, schema = real(*args)
        return {**counts, "transactions": counts["transactions"] + 1}, summary, schema

    monkeypatch.setattr(backup, "_snapshot", counted_wrong)  # the copy then misses a row
    with pytest.raises(backup.BackupFailedCheck, match="not kept"):
        backups.back_up(session, "manual", usb)
    assert bundle_files(usb) == []


def test_backing_up_into_a_missing_folder_is_a_plain_mistake(session, tmp_path):
    with pytest.raises(InvalidInput, match="no folder"):
        backups.back_up(session, "manual", tmp_path / "unplugged stick")


# ---------------------------------------------------------------------------------------------
# When backups are made


def test_the_records_are_backed_up_before_their_format_is_updated(vault, monkeypatch):
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    ids = set_up_anna(session)
    spend(session, ids)
    session.close()
    old_version = store.latest_version()
    real = store._migrations
    future = [(old_version + 1, "CREATE TABLE care_notes (id INTEGER PRIMARY KEY) STRICT;")]
    monkeypatch.setattr(store, "_migrations", lambda: real() + future)

    untouched = (vault / "records.db").read_bytes()

    def no_room(*args, **kwargs):
        raise backup.not_written(Path("Anna backups"))

    monkeypatch.setattr(backup, "make_bundle", no_room)
    with pytest.raises(StorageProblem):
        vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    assert (vault / "records.db").read_bytes() == untouched  # not updated without a backup
    monkeypatch.undo()
    monkeypatch.setattr(store, "_migrations", lambda: real() + future)

    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    try:
        assert session.connection.execute("PRAGMA user_version").fetchone()[0] == old_version + 1
        (made,) = backups.list_backups(session)
        assert made.kind is BackupKind.BEFORE_MIGRATION and made.schema_version == old_version
        assert made.summary.payments == 1
    finally:
        session.close()


def test_an_automatic_backup_is_due_after_a_change_and_thirty_minutes(session, ids):
    t0 = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    assert backups.needs_automatic(session, t0)  # never backed up
    made = backups.back_up(session, "automatic", now=t0)
    assert not backups.changed_since_last_backup(session)
    assert not backups.needs_automatic(session, t0 + timedelta(hours=5))  # nothing changed
    spend(session, ids)
    assert backups.changed_since_last_backup(session)
    assert not backups.needs_automatic(session, t0 + timedelta(minutes=29))
    assert backups.needs_automatic(session, t0 + timedelta(minutes=30))
    backups.back_up(session, "manual", made.path.parent.parent)  # elsewhere: not counted
    assert backups.needs_automatic(session, t0 + timedelta(minutes=30))
    backups.back_up(session, "automatic", now=t0 + timedelta(minutes=31))
    assert not backups.needs_automatic(session, t0 + timedelta(hours=3))
    for path in made.path.parent.iterdir():
        path.unlink()  # someone tidied the backup folder away
    assert backups.needs_automatic(session, t0 + timedelta(hours=3))


def test_a_safety_copy_is_made_before_an_import_and_a_new_recovery_code(session, ids):
    bank_import.commit(session, bank_import.preview(session, lloyds_csv(JUNE), ids["bank"], "j"))
    vault_access.replace_recovery_code(session, vault_access.new_recovery_code())
    found = {i.kind: i for i in backups.list_backups(session)}
    assert set(found) == {BackupKind.BEFORE_NEW_RECOVERY_CODE, BackupKind.BEFORE_IMPORT}
    before_code = found[BackupKind.BEFORE_NEW_RECOVERY_CODE]
    before_import = found[BackupKind.BEFORE_IMPORT]
    assert before_import.summary.payments == 0
    assert before_code.summary.payments == len(JUNE)
    # The new code was recorded after that copy, so the next safety copy is made; then nothing
    # has changed since, and the last copy already holds this state: no new one.
    assert backups.back_up_before(session, BackupKind.BEFORE_PASSPHRASE_CHANGE) is not None
    assert backups.back_up_before(session, BackupKind.BEFORE_PASSPHRASE_CHANGE) is None


def test_an_advocate_who_may_only_read_can_still_back_up(session, usb):
    access.add_person(session, "Sam Patel", "advocate", "sam reads only", "sam reads only")
    folder = session.location.folder
    session.close()
    advocate = vault_access.unlock_with_passphrase(folder, "sam reads only")
    try:
        made = backups.back_up(advocate, "manual", usb)
    finally:
        advocate.close()
    assert made.verified and made.summary.person_name == "Anna Okafor"


def _copy_dated(source: Path, folder: Path, created: datetime, kind: str) -> Path:
    """A copy of a real bundle that says it was made at ``created`` (for retention tests)."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest.update(created=created.isoformat(), kind=kind)
    members["manifest.json"] = json.dumps(manifest).encode()
    path = folder / backup.bundle_name("Anna", created, kind)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_old_automatic_backups_are_thinned_out_but_never_the_persons_own(session):
    folder = backups.default_folder(session)
    first = backups.back_up(session, "automatic", now=datetime(2026, 1, 1, 9, tzinfo=UTC))
    start = datetime(2026, 1, 2, 9, tzinfo=UTC)
    days = [start + timedelta(days=n) for n in range(60)]
    for day in days:
        _copy_dated(first.path, folder, day, "automatic")
    mine = _copy_dated(first.path, folder, start, "manual")
    (folder / "notes.dpbackup").write_text("not a backup")
    now = days[-1] + timedelta(hours=1)

    vault_info_put(session, backups.FAILED_AT, now.isoformat())
    assert backups.prune(session, now) == []  # the last attempt failed: keep everything
    vault_info_put(session, backups.FAILED_AT, None)
    vault_info_put(session, backups.RESTORED_AT, now.isoformat())
    assert backups.prune(session, now) == []  # just restored: wait for the person to confirm
    backups.confirm_restore(session)

    deleted = backups.prune(session, now)
    left = {p.name for p in folder.iterdir()}
    assert deleted and not any(p.name in left for p in deleted)
    assert mine.name in left and "notes.dpbackup" in left
    automatic = [i for i in backups.list_backups(session) if i.kind is BackupKind.AUTOMATIC]
    assert len(automatic) <= 12 + 10 + 9 + 1
    assert max(i.created for i in automatic) == days[-1]


def vault_info_put(session, key: str, value: str | None) -> None:
    with transaction(session.connection) as conn:
        if value is None:
            vault_info.remove(conn, key)
        else:
            vault_info.put(conn, key, value)


# ---------------------------------------------------------------------------------------------
# A crash in the middle of a restore


def test_at_every_step_of_a_restore_either_the_old_or_the_new_vault_opens(
    vault, tmp_path, monkeypatch
):
    session = vault_access.unlock_with_passphrase(vault, PASSPHRASE)
    ids = set_up_anna(session)
    spend(session, ids)
    made = backups.back_up(session, "manual")
    spend(session, ids)
    spend(session, ids)
    images: list[Path] = []

    def image(label: str) -> None:
        """What the disk holds at this moment: what a crash right now would leave behind."""
        copy = tmp_path / "images" / f"{len(images):02} {label}" / vault.name
        shutil.copytree(vault, copy, ignore=shutil.ignore_patterns("vault.lock"))
        images.append(copy)

    def spy(module, name: str):
        real = getattr(module, name)

        def step(*args, **kwargs):
            image(f"before {name}")
            result = real(*args, **kwargs)
            image(f"after {name}")
            return result

        monkeypatch.setattr(module, name, step)

    spy(bundle, "verify_bundle")
    spy(backup, "close_for_swap")
    spy(backup, "put_records")
    restored = backups.restore(session, made)
    restored.close()
    image("after the restore")

    counts = {}
    for copy in images:
        opened = vault_access.unlock_with_passphrase(copy, PASSPHRASE)
        try:
            assert vault_access.check_vault(opened) == [], copy.parent.name
            counts[copy.parent.name[3:]] = payments(opened)
        finally:
            opened.close()
    assert counts["before verify_bundle"] == counts["before put_records"] == 3
    assert counts["after put_records"] == counts["after the restore"] == 1


def test_a_restore_that_fails_before_the_swap_leaves_the_vault_open_as_it_was(
    session, ids, monkeypatch
):
    made = backups.back_up(session, "manual")
    spend(session, ids)
    before = all_rows(session.connection)["transactions"]

    def refuses(location, checked_db):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(backup, "put_records", refuses)
    with pytest.raises(OSError):
        backups.restore(session, made)
    assert session.is_open and session.vault_lock.held
    assert all_rows(session.connection)["transactions"] == before
    assert not [p for p in session.location.folder.iterdir() if "restoring" in p.name]
    spend(session, ids)


def test_a_summary_is_only_shown_with_the_right_key(session, tmp_path, usb):
    made = backups.back_up(session, "manual", usb)
    (info,) = backups.list_backups(usb)
    assert info.summary is None and info.verified
    assert backups.read_backup(made.path, session).summary.person_name == "Anna Okafor"
    assert bundle.read_summary(made.path, bytearray(32)) is None
    assert keys.parse(zipfile.ZipFile(made.path).read("vault.keys")).vault_id == info.vault_id


def test_two_backups_in_the_same_second_keep_the_newer_one(session, ids):
    when = datetime(2026, 11, 23, 12, 43, tzinfo=UTC)
    first = backups.back_up(session, "automatic", now=when)
    spend = TransactionInput(PLAN_START, -450, ids["bank"], "First Bus", ids["transport"])
    money.record(session, spend)
    second = backups.back_up(session, "automatic", now=when)
    assert first.path != second.path and second.path.exists()
    assert not backups.changed_since_last_backup(session)
    assert backups.list_backups(session)[0].summary.payments == 1
