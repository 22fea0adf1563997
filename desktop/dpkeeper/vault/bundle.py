"""What a backup bundle is, and reading and checking one.

A bundle ``<vault name> <YYYY-MM-DD HHMMSS> <kind>.dpbackup`` is a zip whose members are stored,
not compressed (encrypted data does not shrink):

- ``records.db``: a snapshot of the records, encrypted with the vault's own data key;
- ``vault.keys``: the key slots as they were, so that day's passphrase or recovery code opens it;
- ``summary.enc``: row counts, first and last payment dates and the person's name as JSON,
  AES-GCM-encrypted under a key derived from the data key. Its associated data is the manifest's
  facts, so reading it with the key also proves that the manifest was not changed;
- ``manifest.json``: format, dates, versions, kind, vault id and each member's SHA-256. Nothing
  personal is in plain text.

``verify_bundle`` is the check every new bundle passes before it counts, and every restore repeats.
Making bundles and swapping them into a vault is in ``vault/backup.py``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import tempfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from dpkeeper.domain.errors import VaultDamaged
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.vault import keys, store
from dpkeeper.vault.store import Connection

FORMAT = "dpkeeper-backup"
VERSION = 1
SUFFIX = ".dpbackup"
DB_MEMBER = store.DB_NAME
KEYS_MEMBER = store.KEYS_NAME
SUMMARY_MEMBER = "summary.enc"
MANIFEST_MEMBER = "manifest.json"
MEMBERS = (MANIFEST_MEMBER, KEYS_MEMBER, SUMMARY_MEMBER, DB_MEMBER)

AUTOMATIC = "automatic"
MANUAL = "manual"
BEFORE_MIGRATION = "before-migration"
BEFORE_RESTORE = "before-restore"
BEFORE_IMPORT = "before-import"
BEFORE_PASSPHRASE_CHANGE = "before-passphrase-change"
BEFORE_NEW_RECOVERY_CODE = "before-new-recovery-code"
ON_CLOSE = "on-close"
KINDS = (
    AUTOMATIC,
    MANUAL,
    BEFORE_MIGRATION,
    BEFORE_RESTORE,
    BEFORE_IMPORT,
    BEFORE_PASSPHRASE_CHANGE,
    BEFORE_NEW_RECOVERY_CODE,
    ON_CLOSE,
)

MAX_SMALL_MEMBER = 64 * 1024  # manifest and summary; vault.keys has its own limit
CHUNK = 1024 * 1024
CHECKED_COPY_PREFIX = f".{store.DB_NAME}.restoring-"  # a checked copy waiting to be swapped in
_SUMMARY_INFO = b"dpkeeper backup summary v1"


class BackupUnusable(VaultDamaged):
    """A bundle that cannot be read, is not ours, or fails its check (exit code 4)."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This backup could not be used: {detail} Nothing was changed. Please choose "
                "another backup; an older one is fine.",
            ),
            detail=detail,
        )


@dataclass(frozen=True, slots=True)
class Manifest:
    created: datetime  # UTC
    kind: str
    vault_id: str
    schema_version: int
    app_version: str
    hashes: Mapping[str, str]  # member name -> SHA-256 hex
    version: int = VERSION

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "version": self.version,
            "created": self.created.isoformat(),
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "kind": self.kind,
            "vault_id": self.vault_id,
            "sha256": dict(self.hashes),
        }
        return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("ascii")

    def summary_aad(self) -> bytes:
        """What the summary's encryption authenticates: every fact here except its own hash."""
        facts = {
            "format": FORMAT,
            "created": self.created.isoformat(),
            "kind": self.kind,
            "vault_id": self.vault_id,
            "schema_version": self.schema_version,
            DB_MEMBER: self.hashes.get(DB_MEMBER, ""),
            KEYS_MEMBER: self.hashes.get(KEYS_MEMBER, ""),
        }
        return json.dumps(facts, sort_keys=True, separators=(",", ":")).encode("ascii")

    @classmethod
    def parse(cls, raw: bytes) -> Manifest:
        """Read a manifest; ``ValueError`` (with a plain detail) if it is not a sound one."""
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise ValueError(NOT_OURS) from exc
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise ValueError(NOT_OURS)
        if body.get("version") != VERSION:
            raise ValueError(TOO_NEW)
        try:
            created = datetime.fromisoformat(body["created"])
            hashes_ = {str(k): str(v) for k, v in dict(body["sha256"]).items()}
            manifest = cls(
                created=created if created.tzinfo else created.replace(tzinfo=UTC),
                kind=str(body["kind"]),
                vault_id=str(body["vault_id"]),
                schema_version=int(body["schema_version"]),
                app_version=str(body["app_version"]),
                hashes=hashes_,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(NOT_OURS) from exc
        if set(manifest.hashes) != {DB_MEMBER, KEYS_MEMBER, SUMMARY_MEMBER}:
            raise ValueError(NOT_OURS)
        return manifest


NOT_OURS = QT_TRANSLATE_NOOP(
    "Errors", "it is not a Direct Payments Keeper backup, or it is damaged."
)
TOO_NEW = QT_TRANSLATE_NOOP(
    "Errors",
    "it was made by a newer version of Direct Payments Keeper. Please install that version.",
)
CHANGED = QT_TRANSLATE_NOOP(
    "Errors", "part of it has changed since it was made (it may be damaged, or have been edited)."
)
WRONG_KEY = QT_TRANSLATE_NOOP(
    "Errors", "it does not belong to this vault, or it has been changed since it was made."
)
UNREADABLE_RECORDS = QT_TRANSLATE_NOOP("Errors", "the records inside it are damaged.")
MISSING_ROWS = QT_TRANSLATE_NOOP("Errors", "the copy does not hold all of the records.")


@dataclass(frozen=True, slots=True)
class Bundle:
    """A bundle found on disk. ``problem`` is empty when its manifest could be read."""

    path: Path
    size_bytes: int
    manifest: Manifest | None
    problem: str = ""


@dataclass(frozen=True, slots=True)
class CheckedBundle:
    """A bundle that passed its check with the data key; ``db_path`` is set if the copy was kept."""

    manifest: Manifest
    summary: dict
    key_file_bytes: bytes
    db_path: Path | None


def table_counts(conn: Connection) -> dict[str, int]:
    """Rows in every table of the records."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _summary_cipher(data_key: bytearray) -> AESGCM:
    # Its own key, derived from the data key, so the data key is never used for two purposes.
    return AESGCM(
        HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_SUMMARY_INFO).derive(
            bytes(data_key)
        )
    )


def seal_summary(summary: dict, data_key: bytearray, manifest: Manifest) -> bytes:
    nonce = secrets.token_bytes(12)
    plain = json.dumps(summary, sort_keys=True).encode("utf-8")
    return nonce + _summary_cipher(data_key).encrypt(nonce, plain, manifest.summary_aad())


def open_summary(sealed: bytes, data_key: bytearray, manifest: Manifest) -> dict:
    """Decrypt a bundle's summary; ``InvalidTag`` if the key is wrong or the manifest changed."""
    plain = _summary_cipher(data_key).decrypt(sealed[:12], sealed[12:], manifest.summary_aad())
    return json.loads(plain.decode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Reading and checking


def read_bundle(path: Path) -> Bundle:
    """The manifest of the bundle at ``path``, or a plain ``problem`` if it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with zipfile.ZipFile(path) as bundle:
            manifest = Manifest.parse(_member(bundle, MANIFEST_MEMBER, MAX_SMALL_MEMBER))
    except ValueError as exc:  # includes zipfile.BadZipFile's relatives below
        return Bundle(path, _size(path), None, str(exc) if exc.args else NOT_OURS)
    except (OSError, zipfile.BadZipFile, KeyError, EOFError):
        return Bundle(path, _size(path), None, NOT_OURS)
    return Bundle(path, size, manifest)


def find_bundles(folder: Path) -> list[Bundle]:
    """Every bundle in ``folder`` (not in sub-folders), newest first; unreadable ones last."""
    try:
        paths = [
            p
            for p in Path(folder).iterdir()
            if p.name.endswith(SUFFIX) and not p.name.startswith(".") and p.is_file()
        ]
    except OSError:
        return []
    found = [read_bundle(p) for p in paths]

    def newest_first(b: Bundle) -> tuple:
        # Two backups made in the same second tie on their time: the later-written file is newer.
        return (b.manifest is not None, b.manifest.created if b.manifest else 0, _mtime_ns(b.path))

    return sorted(found, key=newest_first, reverse=True)


def _mtime_ns(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def hashes_match(path: Path) -> bool:
    """Whether every member still has the SHA-256 its manifest gives (reads the whole file)."""
    try:
        with zipfile.ZipFile(path) as bundle:
            manifest = Manifest.parse(_member(bundle, MANIFEST_MEMBER, MAX_SMALL_MEMBER))
            for name, expected in manifest.hashes.items():
                digest = hashlib.sha256()
                with bundle.open(name) as member:
                    for chunk in iter(lambda m=member: m.read(CHUNK), b""):
                        digest.update(chunk)
                if digest.hexdigest() != expected:
                    return False
    except (OSError, ValueError, zipfile.BadZipFile, KeyError, EOFError):
        return False
    return True


def read_key_file(path: Path) -> keys.KeyFile:
    """The key slots stored in a bundle (``BackupUnusable`` if missing or damaged)."""
    try:
        with zipfile.ZipFile(path) as bundle:
            manifest = Manifest.parse(_member(bundle, MANIFEST_MEMBER, MAX_SMALL_MEMBER))
            raw = _member(bundle, KEYS_MEMBER, keys.MAX_FILE_BYTES)
        if sha256(raw) != manifest.hashes[KEYS_MEMBER]:
            raise BackupUnusable(CHANGED)
        key_file = keys.parse(raw)
    except ValueError as exc:
        raise BackupUnusable(str(exc) if exc.args else NOT_OURS) from None
    except (OSError, zipfile.BadZipFile, KeyError, EOFError, keys.KeyFileError):
        raise BackupUnusable(NOT_OURS) from None
    if key_file.vault_id != manifest.vault_id:
        raise BackupUnusable(CHANGED)
    return key_file


def read_summary(path: Path, data_key: bytearray) -> dict | None:
    """The decrypted summary, or None if the key does not fit or the bundle cannot be read."""
    try:
        with zipfile.ZipFile(path) as bundle:
            manifest = Manifest.parse(_member(bundle, MANIFEST_MEMBER, MAX_SMALL_MEMBER))
            sealed = _member(bundle, SUMMARY_MEMBER, MAX_SMALL_MEMBER)
        return open_summary(sealed, data_key, manifest)
    except (OSError, ValueError, zipfile.BadZipFile, KeyError, EOFError, InvalidTag):
        return None


def verify_bundle(
    path: Path,
    data_key: bytearray,
    *,
    into: Path,
    expected_counts: Mapping[str, int] | None = None,
    keep_db: bool = False,
) -> CheckedBundle:
    """Check a bundle with the data key, or raise ``BackupUnusable`` saying what is wrong.

    The records are extracted to a temporary file in ``into`` (they are encrypted, so this writes
    nothing readable) and reopened: every member's SHA-256 matches the manifest, the summary
    authenticates the manifest, the key slots belong to the same vault, both integrity checks are
    clean, and every table has the row count the summary (or ``expected_counts``) gives. With
    ``keep_db`` the checked copy stays in ``into`` for a restore to move into place.
    """
    extracted = Path(tempfile.mkstemp(prefix=CHECKED_COPY_PREFIX, dir=into)[1])
    keep = False
    try:
        try:
            with zipfile.ZipFile(path) as bundle:
                if sorted(bundle.namelist()) != sorted(MEMBERS):
                    raise BackupUnusable(NOT_OURS)
                manifest = Manifest.parse(_member(bundle, MANIFEST_MEMBER, MAX_SMALL_MEMBER))
                key_bytes = _member(bundle, KEYS_MEMBER, keys.MAX_FILE_BYTES)
                sealed = _member(bundle, SUMMARY_MEMBER, MAX_SMALL_MEMBER)
                digest = hashlib.sha256()
                with bundle.open(DB_MEMBER) as member, extracted.open("wb") as out:
                    for chunk in iter(lambda: member.read(CHUNK), b""):
                        digest.update(chunk)
                        out.write(chunk)
                    if keep_db:  # a restore moves it into place: it must be on the disk
                        out.flush()
                        os.fsync(out.fileno())
        except ValueError as exc:  # Manifest.parse explains itself
            raise BackupUnusable(str(exc) if exc.args else NOT_OURS) from None
        except (zipfile.BadZipFile, KeyError, EOFError):
            raise BackupUnusable(NOT_OURS) from None
        if (
            digest.hexdigest() != manifest.hashes[DB_MEMBER]
            or sha256(key_bytes) != manifest.hashes[KEYS_MEMBER]
            or sha256(sealed) != manifest.hashes[SUMMARY_MEMBER]
        ):
            raise BackupUnusable(CHANGED)
        try:
            summary = open_summary(sealed, data_key, manifest)
        except (InvalidTag, ValueError):
            raise BackupUnusable(WRONG_KEY) from None
        try:
            if keys.parse(key_bytes).vault_id != manifest.vault_id:
                raise BackupUnusable(CHANGED)
        except keys.KeyFileError:
            raise BackupUnusable(CHANGED) from None
        expected = dict(expected_counts if expected_counts is not None else summary["rows"])
        _check_records(extracted, data_key, expected, manifest.schema_version)
        keep = keep_db
        return CheckedBundle(manifest, summary, key_bytes, extracted if keep_db else None)
    finally:
        if not keep:
            with contextlib.suppress(OSError):
                extracted.unlink()


def _check_records(db: Path, data_key: bytearray, expected: dict[str, int], schema: int) -> None:
    conn = None
    try:
        conn = store._connect(db, data_key)
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise BackupUnusable(UNREADABLE_RECORDS)
        if [row[0] for row in conn.execute("PRAGMA integrity_check")] != ["ok"]:
            raise BackupUnusable(UNREADABLE_RECORDS)
        if conn.execute("PRAGMA user_version").fetchone()[0] != schema:
            raise BackupUnusable(CHANGED)
        if table_counts(conn) != expected:
            raise BackupUnusable(MISSING_ROWS)
    except sqlcipher3.DatabaseError as exc:
        if store.storage_problem(exc) is not None:
            raise
        raise BackupUnusable(UNREADABLE_RECORDS) from None
    finally:
        store.close(conn)


def _member(bundle: zipfile.ZipFile, name: str, limit: int) -> bytes:
    info = bundle.getinfo(name)
    if info.file_size > limit:
        raise ValueError(NOT_OURS)
    return bundle.read(info)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        for chunk in iter(lambda: source.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
