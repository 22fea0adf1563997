"""The vault folder on disk: its key slot files and its SQLCipher records database.

A vault is one folder holding ``vault.keys`` (the key slots), ``vault.keys.bak`` (a mirror of
them, in case one copy is damaged) and ``records.db`` (the encrypted records). SQLite adds
``records.db-wal`` and ``records.db-shm`` while it is open, and the app keeps ``vault.lock``
there while a window or command has the vault open (see ``vault/lock.py``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import sqlcipher3

from dpkeeper.domain.errors import (
    StorageProblem,
    VaultAlreadyExists,
    VaultDamaged,
    VaultTooNew,
)
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.vault import keys
from dpkeeper.vault.atomic import fsync_directory, write_atomically

DB_NAME = "records.db"
KEYS_NAME = "vault.keys"
MIRROR_NAME = "vault.keys.bak"
README_NAME = "README.txt"
LOCK_NAME = "vault.lock"
SUFFIX = ".dpvault"
PAGE_SIZE = 4096
MIN_CIPHER_VERSION = (4, 18)
#: Unlocking checks every page's checksum in a records file up to this size (about a third of a
#: second). A bigger one (years of receipt photos) would take seconds, so its pages are checked as
#: they are read (SQLCipher refuses any page whose checksum is wrong) and by each backup, which
#: copies and checks them all.
FULL_CHECK_BYTES = 64 * 1024 * 1024
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")
_MIGRATION = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

_README = """This folder is an encrypted Direct Payments Keeper vault.
Keep all the files in it together. Open it with Direct Payments Keeper.
Without the passphrase or the recovery code, nobody can read what is inside.
"""

Connection = sqlcipher3.Connection


def damaged(detail: str) -> VaultDamaged:
    """A plain-English 'damaged' error; ``detail`` says which part could not be read."""
    return VaultDamaged(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This vault could not be read: {detail} Nothing was changed. If you have a backup "
            "copy of the vault, open that instead, or ask someone you trust to help.",
        ),
        detail=detail,
    )


@dataclass(frozen=True, slots=True)
class VaultLocation:
    """Where one vault's files live."""

    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def keys(self) -> Path:
        return self.folder / KEYS_NAME

    @property
    def mirror(self) -> Path:
        return self.folder / MIRROR_NAME

    @property
    def lock(self) -> Path:
        return self.folder / LOCK_NAME

    @property
    def display_name(self) -> str:
        name = self.folder.name
        return name[: -len(SUFFIX)] if name.endswith(SUFFIX) else name

    @classmethod
    def of(cls, path: Path | str) -> VaultLocation:
        """The vault a path names: the folder itself, or any of the vault's own files in it."""
        path = Path(path).expanduser().absolute()
        if path.is_file() and path.name in (DB_NAME, KEYS_NAME, MIRROR_NAME, README_NAME):
            path = path.parent
        return cls(path)

    def existing_files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if p.is_file())


# ---------------------------------------------------------------------------------------------
# Key slot files


def make_folder(location: VaultLocation) -> None:
    """Create the empty vault folder, refusing if anything at all is already there."""
    try:
        location.folder.parent.mkdir(parents=True, exist_ok=True)
        location.folder.mkdir()
    except FileExistsError:
        raise VaultAlreadyExists(location.folder) from None
    (location.folder / README_NAME).write_text(_README, encoding="utf-8")


def write_key_file(location: VaultLocation, key_file: keys.KeyFile) -> None:
    """Replace the mirror and then the slot file, each atomically.

    The main file decides which secrets open the vault (the mirror is read only if it is
    damaged), so it goes last: if anything fails before it is replaced, nothing has changed.
    A mirror left ahead of the main file is put back here, or else by the next unlock.
    """
    data = key_file.to_bytes()
    try:
        old_mirror = location.mirror.read_bytes() if location.mirror.exists() else None
        write_atomically(location.mirror, data)
        try:
            write_atomically(location.keys, data)
        except BaseException:
            if old_mirror is not None:
                with contextlib.suppress(OSError):
                    write_atomically(location.mirror, old_mirror)
            raise
    except OSError as exc:
        problem = storage_problem(exc)
        if problem is None:
            raise
        raise problem from exc


def read_key_file(location: VaultLocation) -> keys.KeyFile:
    """Read the slots, falling back to the mirror if the main copy is missing or damaged."""
    if not location.folder.is_dir():
        raise damaged(
            QT_TRANSLATE_NOOP("Errors", "there is no vault folder at {path}.").format(
                path=location.folder
            )
        )
    for path in (location.keys, location.mirror):
        try:
            return keys.parse(path.read_bytes())
        except (OSError, keys.KeyFileError):
            continue
    raise damaged(QT_TRANSLATE_NOOP("Errors", "its key file is missing or damaged."))


def repair_mirror(location: VaultLocation, key_file: keys.KeyFile) -> None:
    """After a successful unlock, make both slot files hold the copy that worked."""
    data = key_file.to_bytes()
    for path in (location.keys, location.mirror):
        try:
            current = path.read_bytes()
        except OSError:
            current = b""
        if current != data:
            write_atomically(path, data)


# ---------------------------------------------------------------------------------------------
# The records database


def _connect(db_path: Path, data_key: bytearray) -> Connection:
    """A connection keyed with the raw data key; ``PRAGMA key`` is the first statement run."""
    key_hex = bytes(data_key).hex()
    if not _HEX_KEY.match(key_hex):
        raise ValueError("the data key must be 32 bytes")
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        # Process-wide and one-way: wipe SQLCipher's memory before it is freed.
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    except BaseException:
        conn.close()
        raise
    return conn


def _apply_safe_pragmas(conn: Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    for pragma in (
        "synchronous = FULL",
        "foreign_keys = ON",
        "temp_store = MEMORY",
        "secure_delete = ON",
        "busy_timeout = 5000",
        "trusted_schema = OFF",
    ):
        conn.execute(f"PRAGMA {pragma}")
    if sys.platform == "darwin":
        conn.execute("PRAGMA fullfsync = ON")


def cipher_version_text(conn: Connection) -> str:
    """SQLCipher's own words for its version, e.g. "4.19.0 community"."""
    return conn.execute("PRAGMA cipher_version").fetchone()[0]


def cipher_version(conn: Connection) -> tuple[int, int]:
    major, minor = re.match(r"(\d+)\.(\d+)", cipher_version_text(conn)).groups()
    return int(major), int(minor)


def schema_object_count(conn: Connection) -> int:
    """How many tables, indexes and triggers the records hold (reading it proves the key)."""
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]


def create_records(location: VaultLocation, data_key: bytearray) -> Connection:
    """Create the encrypted database (which must not exist yet) at the newest schema."""
    if location.db.exists():
        raise VaultAlreadyExists(location.db)
    conn = _connect(location.db, data_key)
    try:
        os.chmod(location.db, 0o600)
        if cipher_version(conn) < MIN_CIPHER_VERSION:
            raise RuntimeError("SQLCipher is older than this app supports")
        _apply_safe_pragmas(conn)
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def open_records(
    location: VaultLocation,
    data_key: bytearray,
    before_migration: Callable[[Connection], object] | None = None,
) -> Connection:
    """Open the records with a data key that a slot has already proved right.

    Every check here only reads: a damaged or too-new vault is refused before anything is written.
    ``before_migration(conn)`` runs first if the schema is about to be updated (it makes a backup).
    """
    try:
        size = location.db.stat().st_size
    except OSError:
        raise damaged(QT_TRANSLATE_NOOP("Errors", "its records file is missing.")) from None
    if size == 0 or size % PAGE_SIZE:
        raise damaged(QT_TRANSLATE_NOOP("Errors", "its records file is incomplete."))
    conn = _connect(location.db, data_key)
    try:
        try:
            schema_object_count(conn)
            bad_pages = (
                conn.execute("PRAGMA cipher_integrity_check").fetchall()
                if size <= FULL_CHECK_BYTES
                else []
            )
        except sqlcipher3.DatabaseError:
            bad_pages = ["unreadable"]
        if bad_pages:
            raise damaged(QT_TRANSLATE_NOOP("Errors", "part of its records file is damaged."))
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > latest_version():
            raise VaultTooNew(version, latest_version())
        if 0 < version < latest_version() and before_migration is not None:
            before_migration(conn)
        _apply_safe_pragmas(conn)
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def integrity_problems(conn: Connection) -> list[str]:
    """Run SQLCipher's page check and SQLite's structure check; an empty list means sound."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    problems = [
        " ".join(str(v) for v in row) for row in conn.execute("PRAGMA cipher_integrity_check")
    ]
    problems += [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    problems += [" ".join(str(v) for v in row) for row in conn.execute("PRAGMA foreign_key_check")]
    return problems


# Disk full, drive removed, quota reached, or a write failing outright.
_STORAGE_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EIO, getattr(errno, "EDQUOT", errno.ENOSPC)}
_SQLITE_IOERR, _SQLITE_FULL = 10, 13


def storage_problem(error: BaseException) -> StorageProblem | None:
    """The plain-English error for a write the disk refused, or None for any other error."""
    if isinstance(error, sqlcipher3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is None or code & 0xFF not in (_SQLITE_IOERR, _SQLITE_FULL):
            return None
    elif not (isinstance(error, OSError) and error.errno in _STORAGE_ERRNOS):
        return None
    return StorageProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This change could not be saved: the computer could not write to the disk the "
            "vault is on. The disk may be full, or the drive may have been removed or be "
            "failing. Nothing was changed, and your records are as they were before. Free some "
            "space on the disk (or reconnect the drive), then try again.",
        )
    )


def close(conn: Connection | None) -> None:
    if conn is not None:
        with contextlib.suppress(sqlcipher3.Error):
            conn.close()


# ---------------------------------------------------------------------------------------------
# Schema migrations


def _migrations() -> list[tuple[int, str]]:
    found = []
    for entry in resources.files("dpkeeper.vault").joinpath("migrations").iterdir():
        match = _MIGRATION.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    if [number for number, _ in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("schema migrations must be numbered 0001, 0002, … with no gaps")
    return found


def latest_version() -> int:
    return len(_migrations())


def migrate(conn: Connection) -> int:
    """Bring the schema up to date in one transaction; returns the version reached."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > latest_version():
        raise VaultTooNew(current, latest_version())
    pending = [(n, sql) for n, sql in _migrations() if n > current]
    if not pending:
        return current
    script = "\n".join(sql for _, sql in pending)
    try:
        conn.executescript(
            f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {pending[-1][0]};\nCOMMIT;"
        )
    except BaseException as exc:
        if conn.in_transaction:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
        problem = storage_problem(exc)
        if problem is None:
            raise
        raise problem from exc
    return pending[-1][0]


def sync_folder(location: VaultLocation) -> None:
    fsync_directory(location.folder)
