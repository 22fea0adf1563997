"""Backing up and restoring a vault.

The app keeps each vault's own backups in a folder beside it (``Anna.dpvault`` ->
``Anna backups``): automatically at most every 30 minutes when something changed, and before
anything risky (an update of the records' format, a restore, a bank import, a new passphrase or
recovery code). The person can also back up to any folder, such as a USB stick. Every backup is
one closed, encrypted file that is reopened and checked before it is kept (``vault/backup.py``).
Old automatic copies in the vault's own folder are thinned out by ``domain/retention.py``; backups
the person makes are never deleted.

For the GUI: ``back_up`` ("Back up now", or kind "on-close" when closing a vault for which
``changed_since_last_backup`` is true), ``needs_automatic`` (ask every few minutes; then
``back_up(session, "automatic")``), ``list_backups`` and ``read_backup`` (for a restore screen:
dates, kinds, checked or not, and what each holds). ``restore(session, backup)`` returns a *new*
Session (the old one is closed); once the person is happy with the restored records,
``confirm_restore`` lets old copies be thinned out again. ``restore_into`` makes a missing or
damaged vault again from a backup.
Errors are ``UserError`` subclasses with plain messages. The work is slow for a big vault; run it
off the GUI thread only with a connection that thread owns (sqlite objects are thread-bound).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from dpkeeper import paths
from dpkeeper.domain import access as access_rules
from dpkeeper.domain import passphrase as passphrase_rules
from dpkeeper.domain import recovery_code as recovery_codes
from dpkeeper.domain import retention
from dpkeeper.domain.errors import InvalidInput, StorageProblem, VaultTooNew, WrongSecret
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.records import audit, vault_info
from dpkeeper.records.db import transaction
from dpkeeper.services.progress import Progress
from dpkeeper.services.session import Session
from dpkeeper.vault import backup, keys, store
from dpkeeper.vault import bundle as bundle_format
from dpkeeper.vault import lock as vault_lock
from dpkeeper.vault.store import Connection, VaultLocation

BACKUPS = "Backups"
SUFFIX = bundle_format.SUFFIX

# Kept inside the encrypted records (never personal): the last backup in the vault's own folder.
LAST_AT = "backup.last_at"
LAST_AUDIT_ID = "backup.last_audit_id"
LAST_FILE = "backup.last_file"
FAILED_AT = "backup.failed_at"
RESTORED_AT = "backup.restored_at"


class BackupKind(StrEnum):
    """Why a backup was made; shown in lists and part of its file name."""

    AUTOMATIC = bundle_format.AUTOMATIC
    MANUAL = bundle_format.MANUAL
    BEFORE_MIGRATION = bundle_format.BEFORE_MIGRATION
    BEFORE_RESTORE = bundle_format.BEFORE_RESTORE
    BEFORE_IMPORT = bundle_format.BEFORE_IMPORT
    BEFORE_PASSPHRASE_CHANGE = bundle_format.BEFORE_PASSPHRASE_CHANGE
    BEFORE_NEW_RECOVERY_CODE = bundle_format.BEFORE_NEW_RECOVERY_CODE
    ON_CLOSE = bundle_format.ON_CLOSE

    @property
    def label(self) -> str:
        return {
            "automatic": QT_TRANSLATE_NOOP("Backups", "Automatic"),
            "manual": QT_TRANSLATE_NOOP("Backups", "Made by you"),
            "before-migration": QT_TRANSLATE_NOOP("Backups", "Before the app was updated"),
            "before-restore": QT_TRANSLATE_NOOP("Backups", "Before a backup was restored"),
            "before-import": QT_TRANSLATE_NOOP("Backups", "Before a bank statement was imported"),
            "before-passphrase-change": QT_TRANSLATE_NOOP(
                "Backups", "Before the passphrase was changed"
            ),
            "before-new-recovery-code": QT_TRANSLATE_NOOP(
                "Backups", "Before a new recovery code was made"
            ),
            "on-close": QT_TRANSLATE_NOOP("Backups", "When the vault was closed"),
        }[self.value]

    @classmethod
    def read(cls, text: str) -> BackupKind:
        """A kind from a manifest; a kind from a newer app counts as one the person made."""
        try:
            return cls(text)
        except ValueError:
            return cls.MANUAL


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What a backup holds, readable only with the vault's key."""

    person_name: str
    first_day: date | None  # first and last payment dates, None if there are no payments
    last_day: date | None
    payments: int
    rows: Mapping[str, int] = field(default_factory=dict)  # every table's row count

    def count(self, table: str) -> int:
        """Rows in ``table`` (``receipts``, ``shifts``, ``pas``, ``accounts``, …)."""
        return self.rows.get(table, 0)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file. ``verified`` is False for a file that cannot be used (``problem`` says
    why, as an ``Errors`` template to translate); ``summary`` needs the vault's key."""

    path: Path
    created: datetime  # UTC; show with .astimezone()
    kind: BackupKind
    verified: bool
    size_bytes: int
    vault_id: str = ""
    schema_version: int = 0
    app_version: str = ""
    summary: BackupSummary | None = None
    problem: str = ""

    @property
    def file_name(self) -> str:
        return self.path.name


@functools.cache
def policy() -> retention.RetentionPolicy:
    """The retention figures from ``resources/backup_retention.json``."""
    data = json.loads((paths.resources_dir() / "backup_retention.json").read_text(encoding="utf-8"))
    return retention.RetentionPolicy.from_data(data)


def default_folder(vault: Session | VaultLocation | Path | str) -> Path:
    """The vault's own backup folder: ``Anna.dpvault`` -> ``Anna backups`` beside it."""
    if isinstance(vault, Session):
        location = vault.location
    elif isinstance(vault, VaultLocation):
        location = vault
    else:
        location = VaultLocation.of(vault)
    return backup.default_folder(location)


# ---------------------------------------------------------------------------------------------
# Making backups


def back_up(
    session: Session,
    kind: BackupKind | str = BackupKind.MANUAL,
    folder: Path | str | None = None,
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
    prune_after: bool = True,
) -> BackupInfo:
    """Back the vault up into ``folder`` (default: its own backup folder) and check the copy.

    Returns the checked backup. In the vault's own folder, old automatic copies are then thinned
    out (``prune``) unless ``prune_after`` is False. Raises ``StorageProblem`` when the disk
    refuses (the partial file is deleted), ``BackupFailedCheck`` when the copy does not pass its
    check, ``Stopped`` if ``progress`` asks to stop. The vault itself is never changed except for
    the history note.
    """
    return _back_up(session, BackupKind(kind), folder, progress, now, prune_after=prune_after)


def back_up_before(session: Session, kind: BackupKind | str) -> BackupInfo | None:
    """A safety copy before a risky change, unless nothing changed since the last one.

    The last backup in the vault's own folder already holds this exact state then, so making
    another would only cost time. Returns the new backup, or None if it was not needed.
    """
    if not changed_since_last_backup(session):
        return None
    return back_up(session, kind)


def _back_up(
    session: Session,
    kind: BackupKind,
    folder: Path | str | None,
    progress: Progress | None,
    now: datetime | None,
    *,
    prune_after: bool,
) -> BackupInfo:
    own_folder = default_folder(session)
    target = own_folder if folder is None else Path(folder).expanduser().absolute()
    is_own = _same_folder(target, own_folder)
    if is_own:
        _make_folder(target)
    elif not target.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no folder at {folder}. Nothing was saved. If it is on a USB stick, "
                "check that the stick is plugged in, then choose the folder again.",
            ),
            folder=target,
        )
    when = (now or datetime.now(UTC)).astimezone(UTC)
    conn = session.connection
    try:
        path, manifest, summary = backup.make_bundle(
            conn,
            session.data_key(),
            session.key_file.to_bytes(),
            folder=target,
            vault_name=session.location.display_name,
            kind=kind.value,
            now=when,
            progress=progress.step if progress is not None else None,
        )
    except BaseException:
        if is_own:
            _note_failure(session, when)
        raise
    # The backup is made and checked; if the vault's own disk is full, only this note is lost.
    with contextlib.suppress(StorageProblem), transaction(conn):
        entry = audit.record(conn, session.actor, "backup.made", f"{kind.value}: {path.name}")
        if is_own:
            vault_info.put(conn, LAST_AT, when.isoformat())
            vault_info.put(conn, LAST_AUDIT_ID, str(entry))
            vault_info.put(conn, LAST_FILE, path.name)
            vault_info.remove(conn, FAILED_AT)
    info = _info(bundle_format.read_bundle(path), summary=summary)
    if is_own and prune_after:
        prune(session, now=when)
    return info


def _note_failure(session: Session, when: datetime) -> None:
    """Remember a failed attempt, so nothing is pruned until a backup works again."""
    with contextlib.suppress(Exception), transaction(session.connection) as conn:
        vault_info.put(conn, FAILED_AT, when.isoformat())


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        problem = store.storage_problem(exc)
        if problem is None:
            raise
        raise backup.not_written(folder) from exc


def _same_folder(a: Path, b: Path) -> bool:
    if a == b:
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def before_migration(
    location: VaultLocation, key_file: keys.KeyFile, data_key: bytearray
) -> Callable[[Connection], object]:
    """What ``store.open_records`` runs before updating the records' format: a backup of them
    as they are (kind "before migration"). If it cannot be made, the vault is not updated."""
    return functools.partial(backup.before_migration, location, key_file.to_bytes(), data_key)


def changed_since_last_backup(session: Session) -> bool:
    """Whether anything was recorded since the last backup in the vault's own folder.

    Also True when there is no such backup, or it has been deleted or moved.
    """
    conn = session.connection
    last_file = vault_info.get(conn, LAST_FILE)
    if not last_file or not (default_folder(session) / last_file).is_file():
        return True
    last_id = int(vault_info.get(conn, LAST_AUDIT_ID, "-1") or -1)
    return audit.newest_id(conn) > last_id


def needs_automatic(session: Session, now: datetime | None = None) -> bool:
    """Whether an automatic backup is due: something changed, and 30 minutes have passed."""
    if not changed_since_last_backup(session):
        return False
    last_at = vault_info.get(session.connection, LAST_AT)
    if not last_at:
        return True
    now = (now or datetime.now(UTC)).astimezone(UTC)
    every = timedelta(minutes=policy().automatic_every_minutes)
    return now - datetime.fromisoformat(last_at) >= every


# ---------------------------------------------------------------------------------------------
# Listing and thinning out


def list_backups(
    source: Session | Path | str, folder: Path | str | None = None, *, check: bool = False
) -> list[BackupInfo]:
    """The backups in a folder, newest first; unusable files last.

    With a Session: its own backup folder (or ``folder``), only this vault's backups, each with
    its summary (counts, payment dates), which proves it belongs to this vault. With a folder:
    every backup there, without summaries. ``check`` also re-reads every file to compare its
    checksums (slower: it reads the whole of each backup).
    """
    if isinstance(source, Session):
        where = default_folder(source) if folder is None else Path(folder)
        session: Session | None = source
    else:
        where, session = Path(source), None
    found = []
    for bundle in bundle_format.find_bundles(where):
        manifest = bundle.manifest
        if session is not None and manifest and manifest.vault_id != session.key_file.vault_id:
            continue
        found.append(_read(bundle, session, check))
    return found


def read_backup(
    path: Path | str, session: Session | None = None, *, check: bool = True
) -> BackupInfo:
    """One backup file, checked against its checksums (and, with a Session, its key)."""
    return _read(bundle_format.read_bundle(Path(path)), session, check)


def _read(bundle: bundle_format.Bundle, session: Session | None, check: bool) -> BackupInfo:
    if bundle.manifest is None:
        return _info(bundle)
    if check and not bundle_format.hashes_match(bundle.path):
        return _info(bundle, problem=bundle_format.CHANGED)
    if session is None or bundle.manifest.vault_id != session.key_file.vault_id:
        return _info(bundle)
    summary = bundle_format.read_summary(bundle.path, session.data_key())
    if summary is None:
        return _info(bundle, problem=bundle_format.WRONG_KEY)
    return _info(bundle, summary=summary)


def _info(
    bundle: bundle_format.Bundle, *, summary: dict | None = None, problem: str = ""
) -> BackupInfo:
    manifest = bundle.manifest
    if manifest is None:
        return BackupInfo(
            bundle.path,
            datetime.fromtimestamp(_mtime(bundle.path), UTC),
            BackupKind.MANUAL,
            verified=False,
            size_bytes=bundle.size_bytes,
            problem=bundle.problem,
        )
    return BackupInfo(
        bundle.path,
        manifest.created,
        BackupKind.read(manifest.kind),
        verified=not problem,
        size_bytes=bundle.size_bytes,
        vault_id=manifest.vault_id,
        schema_version=manifest.schema_version,
        app_version=manifest.app_version,
        summary=_summary(summary) if summary is not None else None,
        problem=problem,
    )


def _summary(data: Mapping) -> BackupSummary:
    def day(value: object) -> date | None:
        try:
            return date.fromisoformat(str(value)) if value else None
        except ValueError:
            return None

    return BackupSummary(
        person_name=str(data.get("person_name") or ""),
        first_day=day(data.get("first_day")),
        last_day=day(data.get("last_day")),
        payments=int(data.get("payments") or 0),
        rows={str(k): int(v) for k, v in dict(data.get("rows") or {}).items()},
    )


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def pruning_paused(session: Session, now: datetime | None = None) -> bool:
    """After a restore, no backup is deleted for a few days or until ``confirm_restore``."""
    restored = vault_info.get(session.connection, RESTORED_AT)
    if not restored:
        return False
    now = (now or datetime.now(UTC)).astimezone(UTC)
    pause = timedelta(days=policy().pause_deleting_after_restore_days)
    return now - datetime.fromisoformat(restored) < pause


def prune(session: Session, now: datetime | None = None) -> list[Path]:
    """Delete old automatic copies in the vault's own folder as the retention rules allow.

    Never after a failed backup attempt, never while paused after a restore, never a backup the
    person made, never a file that cannot be read, never the newest checked backup. Returns the
    files deleted.
    """
    now = (now or datetime.now(UTC)).astimezone(UTC)
    if pruning_paused(session, now):
        return []
    failed = vault_info.get(session.connection, FAILED_AT) is not None
    ours = [
        bundle
        for bundle in bundle_format.find_bundles(default_folder(session))
        if bundle.manifest is not None and bundle.manifest.vault_id == session.key_file.vault_id
    ]
    facts = [
        retention.BackupFacts(
            str(b.path), b.manifest.created.astimezone(), b.manifest.kind, verified=True
        )
        for b in ours
    ]
    decision = retention.decide(facts, now.astimezone(), policy(), last_attempt_failed=failed)
    # Two backups made in the same second tie on their time; the one last recorded is the newest.
    last_file = vault_info.get(session.connection, LAST_FILE)
    deleted = []
    for name in decision.delete:
        if last_file and Path(name).name == last_file:
            continue
        with contextlib.suppress(OSError):
            Path(name).unlink()
            deleted.append(Path(name))
    return deleted


# ---------------------------------------------------------------------------------------------
# Restoring


_DIFFERENT_VAULT = QT_TRANSLATE_NOOP(
    "Errors",
    "This backup is of a different vault, so it cannot be restored into this one. Nothing was "
    "changed. Please choose a backup of this vault.",
)


def restore(
    session: Session,
    bundle: BackupInfo | Path | str,
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
) -> Session:
    """Put the records back as they were in ``bundle``; returns the vault opened again.

    The backup is checked first (and must be of this vault); then the vault as it is now is
    backed up (kind "before restore"), the records are closed cleanly and the checked copy takes
    their place in one atomic rename, so a crash at any moment leaves either the old or the
    restored records, never neither. Today's key slots stay, so today's passphrase, recovery
    code and helpers' passphrases still open it. ``session`` is closed: use the returned one.
    If anything fails before the swap, ``session`` is left open and unchanged.
    """
    access_rules.check(session.role, access_rules.Action.RESTORE, session.actor)
    path = bundle.path if isinstance(bundle, BackupInfo) else Path(bundle)
    location = session.location
    found = bundle_format.read_bundle(path)
    if found.manifest is None:
        raise bundle_format.BackupUnusable(found.problem)
    if found.manifest.vault_id != session.key_file.vault_id:
        raise InvalidInput(_DIFFERENT_VAULT)
    if found.manifest.schema_version > store.latest_version():
        raise VaultTooNew(found.manifest.schema_version, store.latest_version())
    data_key = bytearray(session.data_key())
    backup.tidy_vault_folder(location)
    checked = bundle_format.verify_bundle(path, data_key, into=location.folder, keep_db=True)
    try:
        back_up(session, BackupKind.BEFORE_RESTORE, None, progress, now=now, prune_after=False)
        key_file = _key_file_to_keep(session)
        held, session.vault_lock = session.vault_lock, None
        try:
            backup.close_for_swap(session.connection)
            session.conn = None
            backup.put_records(location, checked.db_path)
        except BaseException:
            _reopen_old(session, data_key, held)
            raise
    except BaseException:
        with contextlib.suppress(OSError):
            checked.db_path.unlink()
        raise
    slot = session.slot
    session.close()  # wipes the old session's copy of the key; the lock is ours now
    return _opened_after_restore(location, key_file, slot, data_key, held, checked, now)


def _key_file_to_keep(session: Session) -> keys.KeyFile:
    """Today's slot file if it reads and is of this vault; otherwise the one unlocked today."""
    try:
        on_disk = keys.parse(session.location.keys.read_bytes())
    except (OSError, keys.KeyFileError):
        on_disk = None
    if on_disk is not None and on_disk.vault_id == session.key_file.vault_id:
        return on_disk
    store.write_key_file(session.location, session.key_file)
    return session.key_file


def _reopen_old(session: Session, data_key: bytearray, held) -> None:
    """A restore stopped before the swap: give the person their vault back as it was."""
    if session.conn is None:
        session.conn = store.open_records(session.location, bytearray(data_key))
    session.vault_lock = held


def _opened_after_restore(
    location: VaultLocation,
    key_file: keys.KeyFile,
    slot: keys.KeySlot,
    data_key: bytearray,
    held,
    checked: bundle_format.CheckedBundle,
    now: datetime | None,
) -> Session:
    conn = None
    try:
        conn = store.open_records(location, data_key)
        store.repair_mirror(location, key_file)
        restored = Session(location, key_file, slot, conn, data_key, vault_lock=held)
        when = (now or datetime.now(UTC)).astimezone(UTC)
        made = checked.manifest.created.isoformat()
        with transaction(conn):
            audit.record(
                conn,
                restored.actor,
                "backup.restored",
                f"backup made {made} ({checked.manifest.kind})",
            )
            vault_info.put(conn, RESTORED_AT, when.isoformat())
        return restored
    except BaseException:
        store.close(conn)
        if held is not None:
            held.release()
        for i in range(len(data_key)):
            data_key[i] = 0
        raise


def confirm_restore(session: Session) -> None:
    """The person is happy with the restored records: old copies may be thinned out again."""
    with transaction(session.connection) as conn:
        vault_info.remove(conn, RESTORED_AT)


def restore_into(
    bundle: BackupInfo | Path | str,
    folder: Path | str,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    now: datetime | None = None,
) -> Session:
    """Make a vault at ``folder`` from a backup, when the vault there is missing or damaged.

    The backup's own key slots are opened with the passphrase or recovery code that opened the
    vault when the backup was made (today's works too while the vault's slot file reads). The
    restored vault keeps today's slot file if the secret opens it, else the backup's. Files in
    ``folder`` are never overwritten or deleted: the records (and the slot file, unless it is
    kept) are renamed to ``<name>.damaged-<date time>``. A folder holding a *different* vault is
    refused.
    Returns the vault, open.
    """
    path = bundle.path if isinstance(bundle, BackupInfo) else Path(bundle)
    location = VaultLocation.of(folder)
    found = bundle_format.read_bundle(path)
    if found.manifest is None:
        raise bundle_format.BackupUnusable(found.problem)
    if found.manifest.schema_version > store.latest_version():
        raise VaultTooNew(found.manifest.schema_version, store.latest_version())
    bundle_keys = bundle_format.read_key_file(path)
    current = _readable_key_file(location)
    if current is not None and current.vault_id != bundle_keys.vault_id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The folder {folder} holds a different vault, so this backup was not put there. "
                "Nothing was changed. Please choose another folder for the restored vault.",
            ),
            folder=location.folder,
        )
    if location.folder.exists() and not location.folder.is_dir():
        raise store.VaultAlreadyExists(location.folder)
    # The secret of the day of the backup, or today's if the slot file there still reads.
    try:
        slot, data_key = _open_slots(bundle_keys, passphrase, recovery_code, _SECRET_WRONG)
        opened_current = False
    except WrongSecret:
        if current is None:
            raise
        slot, data_key = _open_slots(current, passphrase, recovery_code, _SECRET_WRONG)
        opened_current = True
    made_folder = not location.folder.exists()
    if made_folder:
        store.make_folder(location)
    held = vault_lock.take(location)
    checked = None
    try:
        backup.tidy_vault_folder(location)
        checked = bundle_format.verify_bundle(path, data_key, into=location.folder, keep_db=True)
        # Today's slots stay if the secret opens them, so every way in of today still works.
        key_file = current if opened_current else bundle_keys
        if current is not None and not opened_current:
            with contextlib.suppress(WrongSecret):
                slot = _open_slots(current, passphrase, recovery_code, "")[0]
                key_file = current
        stamp = (now or datetime.now()).astimezone().strftime("%Y-%m-%d-%H%M%S")
        backup.move_aside(location, stamp, _key_files_to_move(location, keep=key_file is current))
        if key_file is not current:
            store.write_key_file(location, key_file)
        backup.put_records(location, checked.db_path)
    except BaseException:
        if checked is not None and checked.db_path is not None:
            with contextlib.suppress(OSError):
                checked.db_path.unlink()
        held.release()
        if made_folder:
            _remove_made_folder(location)
        for i in range(len(data_key)):
            data_key[i] = 0
        raise
    return _opened_after_restore(location, key_file, slot, data_key, held, checked, now)


_SECRET_WRONG = QT_TRANSLATE_NOOP(
    "Errors",
    "That didn't open this backup. Use the passphrase or recovery code that opened the vault on "
    "the day the backup was made (or today's, if the vault's key file still reads). Check that "
    "Caps Lock is off and try again.",
)


def _open_slots(
    key_file: keys.KeyFile, passphrase: str | None, code: str | None, message: str
) -> tuple[keys.KeySlot, bytearray]:
    """The slot the secret opens and the data key, or ``WrongSecret``."""
    tries: list[tuple[str, bytes]] = []
    if passphrase is not None:
        tries += [(keys.PASSPHRASE, c) for c in passphrase_rules.candidates(passphrase)]
    if code is not None:
        with contextlib.suppress(recovery_codes.RecoveryCodeFormatError):
            tries.append((keys.RECOVERY, recovery_codes.decode(code)))
    for kind, secret in tries:
        for slot in key_file.of_kind(kind):
            try:
                return slot, keys.open_slot(slot, secret, key_file.vault_id)
            except keys.SecretDoesNotFit:
                continue
    raise WrongSecret(message)


def _readable_key_file(location: VaultLocation) -> keys.KeyFile | None:
    for path in (location.keys, location.mirror):
        try:
            return keys.parse(path.read_bytes())
        except (OSError, keys.KeyFileError):
            continue
    return None


def _key_files_to_move(location: VaultLocation, *, keep: bool) -> list[str]:
    """Both slot files if the backup's replace them, else only a copy that no longer reads."""
    names = []
    for path in (location.keys, location.mirror):
        try:
            readable = keys.parse(path.read_bytes()) is not None
        except (OSError, keys.KeyFileError):
            readable = False
        if path.exists() and not (keep and readable):
            names.append(path.name)
    return names


def _remove_made_folder(location: VaultLocation) -> None:
    """Undo a folder this restore made: only the files a restore writes there."""
    for name in (
        store.DB_NAME,
        store.KEYS_NAME,
        store.MIRROR_NAME,
        store.README_NAME,
        store.LOCK_NAME,
    ):
        with contextlib.suppress(FileNotFoundError):
            (location.folder / name).unlink()
    with contextlib.suppress(OSError):
        location.folder.rmdir()
