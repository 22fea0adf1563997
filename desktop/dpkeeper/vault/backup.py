"""Making backup bundles, and swapping a checked copy into a vault folder when restoring.

A bundle (see ``vault/bundle.py`` for what is in one) holds a snapshot of the records taken from
the open connection with SQLite's backup API, encrypted with the vault's own data key, keyed
explicitly: never a copy of the live file and never ``VACUUM INTO`` (SECURITY.md 3.4). The copy's
journal mode is set back to DELETE, so it is one self-contained file.

A bundle is written under a hidden temporary name in its folder, fsynced, then reopened and
checked (hashes, both integrity checks, the same row counts as the vault) and only then renamed
to its real name: any bundle with a real name has passed its check. Whatever fails is deleted
and the error raised. ``services/backups.py`` decides when and where.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from dpkeeper import __version__
from dpkeeper.domain.errors import StorageProblem, VaultDamaged
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.vault import bundle, keys, store
from dpkeeper.vault.atomic import fsync_directory
from dpkeeper.vault.bundle import (
    BEFORE_MIGRATION,
    DB_MEMBER,
    KEYS_MEMBER,
    KINDS,
    MANIFEST_MEMBER,
    SUFFIX,
    SUMMARY_MEMBER,
    BackupUnusable,
    Manifest,
)
from dpkeeper.vault.store import Connection, VaultLocation

_PAGES_PER_STEP = 256
_PARTIAL = ".partial"
_WORK = ".dpbackup-work-"
_STALE_SECONDS = 3600  # temporary files older than this were left by a crash
_CHUNK = bundle.CHUNK

ProgressReport = Callable[[int, int], None]


class BackupFailedCheck(VaultDamaged):
    """A new bundle did not pass its check, so it was deleted (exit code 4)."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup was made but did not pass its check, so it was not kept: {detail} "
                "Your vault is unchanged. Please try again. If it happens again, part of the "
                "vault itself may be damaged: ask someone you trust to help.",
            ),
            detail=detail,
        )


def not_written(folder: Path) -> StorageProblem:
    """The plain message for a backup the disk refused (full, removed, failing)."""
    return StorageProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup could not be saved: the computer could not write to {folder}. The disk "
            "may be full, or the drive may have been removed. Your vault is fine and nothing in "
            "it was changed. Free some space (or reconnect the drive), then try again.",
        ),
        folder=folder,
    )


def default_folder(location: VaultLocation) -> Path:
    """Where the app keeps a vault's own backups: ``Anna.dpvault`` -> ``Anna backups`` beside it."""
    return location.folder.parent / f"{location.display_name} backups"


def bundle_name(vault_name: str, when: datetime, kind: str) -> str:
    """``Anna 2026-11-23 101500 automatic.dpbackup``, in local time."""
    return f"{vault_name} {when.astimezone().strftime('%Y-%m-%d %H%M%S')} {kind}{SUFFIX}"


def summarise(conn: Connection, counts: Mapping[str, int]) -> dict:
    """The small summary kept encrypted in the bundle, for choosing a backup to restore."""

    def one(sql: str) -> object:
        try:
            return conn.execute(sql).fetchone()[0]
        except sqlcipher3.Error:  # a table or column an older schema did not have yet
            return None

    first, last = (
        one(f"SELECT {fn}(date) FROM transactions WHERE deleted_at IS NULL")
        for fn in ("min", "max")
    )
    return {
        "person_name": one("SELECT value FROM vault_info WHERE key = 'person_name'") or "",
        "first_day": first,
        "last_day": last,
        "payments": one("SELECT count(*) FROM transactions WHERE deleted_at IS NULL"),
        "rows": dict(counts),
    }


# ---------------------------------------------------------------------------------------------
# Making a bundle


def make_bundle(
    conn: Connection,
    data_key: bytearray,
    key_file_bytes: bytes,
    *,
    folder: Path,
    vault_name: str,
    kind: str,
    now: datetime | None = None,
    progress: ProgressReport | None = None,
) -> tuple[Path, Manifest, dict]:
    """Write a checked bundle of the open records into ``folder``: (path, manifest, summary).

    ``progress(done, total)`` hears about the pages copied and may raise to stop (the partial
    bundle is then deleted). A disk that refuses the writes raises ``StorageProblem``; a bundle
    that fails its check is deleted and ``BackupFailedCheck`` raised.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    folder = Path(folder)
    created = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    tidy_folder(folder)
    work = partial = None
    try:
        work = Path(tempfile.mkdtemp(prefix=_WORK, dir=folder))
        snapshot = work / DB_MEMBER
        counts, summary, schema = _snapshot(conn, data_key, snapshot, progress)
        db_hash = bundle.sha256_file(snapshot)
        manifest = Manifest(
            created=created,
            kind=kind,
            vault_id=keys.parse(key_file_bytes).vault_id,
            schema_version=schema,
            app_version=__version__,
            hashes={
                DB_MEMBER: db_hash,
                KEYS_MEMBER: bundle.sha256(key_file_bytes),
                SUMMARY_MEMBER: "",
            },
        )
        sealed = bundle.seal_summary(summary, data_key, manifest)
        manifest = replace(
            manifest, hashes={**manifest.hashes, SUMMARY_MEMBER: bundle.sha256(sealed)}
        )
        name = bundle_name(vault_name, created, kind)
        fd, temp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=_PARTIAL, dir=folder)
        partial = Path(temp_name)
        _write_zip(fd, created, manifest, key_file_bytes, sealed, snapshot)
        snapshot.unlink()
        try:
            bundle.verify_bundle(partial, data_key, into=work, expected_counts=counts)
        except BackupUnusable as failed:
            raise BackupFailedCheck(failed.fields["detail"]) from failed
        final = _free_name(folder, name)  # the vault's lock keeps others from racing us here
        os.replace(partial, final)
        partial = None
        fsync_directory(folder)
        return final, manifest, summary
    except BaseException as exc:
        if partial is not None:
            with contextlib.suppress(OSError):
                partial.unlink()
        if store.storage_problem(exc) is not None:
            raise not_written(folder) from exc
        raise
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


def _snapshot(
    conn: Connection, data_key: bytearray, target: Path, progress: ProgressReport | None
) -> tuple[dict[str, int], dict, int]:
    """Copy the records page by page into ``target`` inside one read transaction.

    The counts, the summary and the copy all see the same moment, even if the vault is written
    to from elsewhere (the copy is made under one read lock).
    """
    own_transaction = not conn.in_transaction
    if own_transaction:
        conn.execute("BEGIN")
    copy = None
    try:
        counts = bundle.table_counts(conn)
        summary = summarise(conn, counts)
        schema = conn.execute("PRAGMA user_version").fetchone()[0]
        copy = store._connect(target, data_key)
        copy.execute("PRAGMA synchronous = OFF")  # a scratch copy: the finished bundle is fsynced
        os.chmod(target, 0o600)

        def pages(status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        conn.backup(copy, pages=_PAGES_PER_STEP, progress=pages)
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        store.close(copy)
        if own_transaction and conn.in_transaction:
            conn.execute("COMMIT")
    return counts, summary, schema


def _write_zip(
    fd: int,
    created: datetime,
    manifest: Manifest,
    key_file_bytes: bytes,
    sealed: bytes,
    snapshot: Path,
) -> None:
    stamp = created.timetuple()[:6]
    with os.fdopen(fd, "wb") as raw:
        with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as bundle:
            for name, data in (
                (MANIFEST_MEMBER, manifest.to_bytes()),
                (KEYS_MEMBER, key_file_bytes),
                (SUMMARY_MEMBER, sealed),
            ):
                bundle.writestr(zipfile.ZipInfo(name, stamp), data)
            info = zipfile.ZipInfo(DB_MEMBER, stamp)
            with snapshot.open("rb") as source, bundle.open(info, "w", force_zip64=True) as out:
                shutil.copyfileobj(source, out, _CHUNK)
        raw.flush()
        os.fsync(raw.fileno())


def _free_name(folder: Path, name: str) -> Path:
    candidate, number = folder / name, 2
    while candidate.exists():
        candidate = folder / f"{name[: -len(SUFFIX)]} {number}{SUFFIX}"
        number += 1
    return candidate


def tidy_folder(folder: Path) -> None:
    """Delete temporary files a crash left behind in a backup folder (ours only, and old)."""
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if not (entry.name.startswith(_WORK) or entry.name.endswith(_PARTIAL)):
                continue
            with contextlib.suppress(OSError):
                if time.time() - entry.lstat().st_mtime < _STALE_SECONDS:
                    continue
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()


# ---------------------------------------------------------------------------------------------
# Restoring: swapping a checked copy into a vault folder


def close_for_swap(conn: Connection) -> None:
    """Fold the WAL into the records file and leave WAL mode, so closing leaves no -wal or -shm."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def put_records(location: VaultLocation, checked_db: Path) -> None:
    """Move a checked copy into place as ``records.db`` with one atomic rename.

    Until the rename the old records open; after it, the new ones: never neither. Refuses (with
    nothing changed) if SQLite's side files still hold anything, since they belong to the old
    records and would be read with the new ones.
    """
    wal = location.folder / f"{store.DB_NAME}-wal"
    shm = location.folder / f"{store.DB_NAME}-shm"
    if wal.exists() and wal.stat().st_size > 0:
        raise RuntimeError("the records were not closed cleanly before a restore")
    for side in (wal, shm):
        with contextlib.suppress(FileNotFoundError):
            side.unlink()
    os.chmod(checked_db, 0o600)
    os.replace(checked_db, location.db)
    fsync_directory(location.folder)


def move_aside(location: VaultLocation, stamp: str, key_files: Iterable[str] = ()) -> list[Path]:
    """Rename the vault's records (and ``key_files``) to ``<name>.damaged-<stamp>``, never
    deleting them.

    SQLite's side files keep their pairing (``records.db.damaged-<stamp>-wal``), so the damaged
    copy can still be opened by someone trying to rescue it.
    """
    moved = []
    names = [store.DB_NAME, f"{store.DB_NAME}-wal", f"{store.DB_NAME}-shm", *key_files]
    for name in names:
        source = location.folder / name
        if not source.exists():
            continue
        if name.startswith(f"{store.DB_NAME}-"):
            target = (
                location.folder / f"{store.DB_NAME}.damaged-{stamp}{name[len(store.DB_NAME) :]}"
            )
        else:
            target = location.folder / f"{name}.damaged-{stamp}"
        if target.exists():
            raise FileExistsError(target)
        os.rename(source, target)
        moved.append(target)
    fsync_directory(location.folder)
    return moved


def tidy_vault_folder(location: VaultLocation) -> None:
    """Delete checked copies a crashed restore left in the vault folder."""
    with contextlib.suppress(OSError):
        for entry in location.folder.iterdir():
            if entry.name.startswith(bundle.CHECKED_COPY_PREFIX):
                with contextlib.suppress(OSError):
                    entry.unlink()


def before_migration(
    location: VaultLocation, key_file_bytes: bytes, data_key: bytearray, conn: Connection
) -> Path:
    """The bundle made just before pending schema migrations change the records."""
    folder = default_folder(location)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        if store.storage_problem(exc) is not None:
            raise not_written(folder) from exc
        raise
    path, _, _ = make_bundle(
        conn,
        data_key,
        key_file_bytes,
        folder=folder,
        vault_name=location.display_name,
        kind=BEFORE_MIGRATION,
    )
    return path
