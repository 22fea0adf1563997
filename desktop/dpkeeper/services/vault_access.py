"""Creating, unlocking and locking vaults, and managing the ways in (passphrase, recovery code,
this computer)."""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from dpkeeper import __version__
from dpkeeper.domain import access as access_rules
from dpkeeper.domain import passphrase as passphrase_rules
from dpkeeper.domain import recovery_code
from dpkeeper.domain.errors import InvalidInput, KeychainProblem, StorageProblem, WrongSecret
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.records import audit, categories, vault_info
from dpkeeper.records.db import transaction
from dpkeeper.services import backups
from dpkeeper.services.session import Session, person_of
from dpkeeper.vault import keys, store
from dpkeeper.vault import lock as vault_lock
from dpkeeper.vault.keychain import Keychain, KeychainFailed
from dpkeeper.vault.store import VaultLocation

MAX_NAME_LENGTH = 100
DEVICE_SECRET_BYTES = 32

# Slot labels are stored unencrypted, so they never hold anything personal.
_LABELS = {
    keys.PASSPHRASE: "passphrase",
    keys.RECOVERY: "recovery code",
    keys.DEVICE: "remembered computer",
}


def new_recovery_code() -> str:
    """A fresh code for the person to write down before the vault (or new code) is saved."""
    return recovery_code.new_code()


def _recovery_secret(code: str) -> bytes:
    """The bytes a recovery slot is derived from, or a plain message about what looks wrong."""
    try:
        return recovery_code.decode(code)
    except recovery_code.RecoveryCodeFormatError:
        raise WrongSecret(
            QT_TRANSLATE_NOOP(
                "Errors",
                "That recovery code doesn't look right. Check each group of four against your "
                "recovery sheet and try again.",
            )
        ) from None


def clean_person_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Please type the name of the person these records are for.")
        )
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Please use a name shorter than {limit} characters."),
            limit=MAX_NAME_LENGTH,
        )
    return cleaned


def create_vault(
    folder: Path | str,
    person_name: str,
    passphrase: str,
    repeated: str,
    code: str,
) -> Session:
    """Make a new vault folder at ``folder`` and return it unlocked.

    ``code`` is the recovery code already shown to the person (from ``new_recovery_code``).
    Nothing that exists is ever overwritten; if anything fails, only what this call made is removed.
    """
    location = VaultLocation.of(folder)
    name = clean_person_name(person_name)
    secret = passphrase_rules.for_new_vault(passphrase, repeated)
    code_secret = _recovery_secret(code)
    if location.folder.exists():
        raise store.VaultAlreadyExists(location.folder)

    data_key = keys.new_data_key()
    key_file = keys.new_key_file()
    passphrase_slot = _slot(data_key, secret, key_file.vault_id, keys.PASSPHRASE)
    key_file = key_file.with_slot(passphrase_slot)
    key_file = key_file.with_slot(_slot(data_key, code_secret, key_file.vault_id, keys.RECOVERY))

    store.make_folder(location)
    held = vault_lock.take(location)
    conn = None
    try:
        store.write_key_file(location, key_file)
        conn = store.create_records(location, data_key)
        today = date.today().isoformat()
        with transaction(conn):
            vault_info.put(conn, vault_info.PERSON_NAME, name)
            vault_info.put(conn, vault_info.CREATED_ON, today)
            vault_info.put(conn, vault_info.CREATED_BY_VERSION, __version__)
            vault_info.put(conn, vault_info.RECOVERY_CODE_MADE_ON, today)
            categories.add_built_ins(conn)
            audit.record(conn, f"{name} (holder)", "vault.created")
        store.sync_folder(location)
    except BaseException:
        store.close(conn)
        held.release()
        _remove_new_vault(location)
        raise
    return Session(location, key_file, passphrase_slot, conn, data_key, vault_lock=held)


def _remove_new_vault(location: VaultLocation) -> None:
    """Undo a half-made vault: only the files this app creates, in the folder it just created."""
    for name in (
        store.DB_NAME,
        f"{store.DB_NAME}-wal",
        f"{store.DB_NAME}-shm",
        store.KEYS_NAME,
        store.MIRROR_NAME,
        store.README_NAME,
        store.LOCK_NAME,
    ):
        with contextlib.suppress(FileNotFoundError):
            (location.folder / name).unlink()
    with contextlib.suppress(OSError):
        location.folder.rmdir()


def _slot(data_key: bytearray, secret: bytes, vault_id: str, kind: str) -> keys.KeySlot:
    return keys.make_slot(data_key, secret, vault_id=vault_id, kind=kind, label=_LABELS[kind])


# ---------------------------------------------------------------------------------------------
# Unlocking


def _open_with(location: VaultLocation, key_file: keys.KeyFile, slot, data_key) -> Session:
    """Open the records with a proven key, holding the vault's lock (``VaultInUse`` if taken)."""
    held = conn = None
    try:
        held = vault_lock.take(location)
        conn = store.open_records(
            location, data_key, backups.before_migration(location, key_file, data_key)
        )
        store.repair_mirror(location, key_file)
        if categories.missing_built_ins(conn):  # a vault made before categories existed
            with transaction(conn):
                categories.add_built_ins(conn)
        return Session(location, key_file, slot, conn, data_key, vault_lock=held)
    except BaseException:
        store.close(conn)
        if held is not None:
            held.release()
        for i in range(len(data_key)):
            data_key[i] = 0
        raise


def unlock_with_passphrase(folder: Path | str, passphrase: str) -> Session:
    location = VaultLocation.of(folder)
    key_file = store.read_key_file(location)
    for candidate in passphrase_rules.candidates(passphrase):
        for slot in key_file.of_kind(keys.PASSPHRASE):
            try:
                data_key = keys.open_slot(slot, candidate, key_file.vault_id)
            except keys.SecretDoesNotFit:
                continue
            return _open_with(location, key_file, slot, data_key)
    raise WrongSecret(
        QT_TRANSLATE_NOOP(
            "Errors",
            "That passphrase didn't open this vault. Check that Caps Lock is off and try "
            "again, or use your recovery code instead.",
        )
    )


def unlock_with_recovery_code(folder: Path | str, code: str) -> Session:
    location = VaultLocation.of(folder)
    key_file = store.read_key_file(location)
    secret = _recovery_secret(code)
    for slot in key_file.of_kind(keys.RECOVERY):
        try:
            data_key = keys.open_slot(slot, secret, key_file.vault_id)
        except keys.SecretDoesNotFit:
            continue
        return _open_with(location, key_file, slot, data_key)
    raise WrongSecret(
        QT_TRANSLATE_NOOP(
            "Errors",
            "That recovery code didn't open this vault. If a newer recovery code was made, "
            "use that one. You can also try your passphrase.",
        )
    )


def unlock_with_this_computer(folder: Path | str, keychain: Keychain) -> Session | None:
    """Open the vault with the secret remembered in this computer's keychain, if there is one.

    Returns None when nothing usable is remembered, so the caller asks for the passphrase.
    Damage to the vault is still reported as an error.
    """
    location = VaultLocation.of(folder)
    key_file = store.read_key_file(location)
    device_slots = key_file.of_kind(keys.DEVICE)
    if not device_slots:
        return None
    secret = keychain.fetch(key_file.vault_id)
    if secret is None:
        return None
    for slot in device_slots:
        try:
            data_key = keys.open_slot(slot, secret, key_file.vault_id)
        except keys.SecretDoesNotFit:
            continue
        return _open_with(location, key_file, slot, data_key)
    return None


def lock(session: Session) -> None:
    session.close()


def is_remembered_here(session: Session) -> bool:
    """Whether the signed-in person has a 'remember on this computer' slot (on any computer)."""
    return bool(_own(session, keys.DEVICE))


def _own(session: Session, kind: str) -> list[keys.KeySlot]:
    """The signed-in person's slots of ``kind``: nobody changes another person's way in."""
    person = person_of(session.slot)
    return [slot for slot in session.key_file.of_kind(kind) if person_of(slot) == person]


def _own_slot(session: Session, secret: bytes, kind: str) -> keys.KeySlot:
    """A new slot of ``kind`` for the signed-in person, with their role and person label."""
    return keys.make_slot(
        session.data_key(),
        secret,
        vault_id=session.key_file.vault_id,
        kind=kind,
        label=person_of(session.slot) or _LABELS[kind],
        role=session.role,
    )


def opens_a_slot(key_file: keys.KeyFile, passphrase: str, skip: str | None = None) -> bool:
    """Whether ``passphrase`` already opens a passphrase slot (other than person ``skip``'s).

    Two people with the same passphrase would make it unclear who is signing in.
    """
    for slot in key_file.of_kind(keys.PASSPHRASE):
        if skip is not None and person_of(slot) == skip:
            continue
        for candidate in passphrase_rules.candidates(passphrase):
            try:
                keys.open_slot(slot, candidate, key_file.vault_id)
            except keys.SecretDoesNotFit:
                continue
            return True
    return False


def save_key_file(session: Session, updated: keys.KeyFile, action: str, detail: str = "") -> None:
    """Write a changed slot file (atomically), then note the change in the audit trail."""
    store.write_key_file(session.location, updated)
    session.key_file = updated
    with _already_in_force(), transaction(session.connection) as conn:
        audit.record(conn, session.actor, action, detail)


# ---------------------------------------------------------------------------------------------
# Changing the ways in: each rewrites the small slot file, never the records


def _replace_slots(session: Session, new_slot: keys.KeySlot, old_kind: str, action: str) -> None:
    """Add ``new_slot``, drop the signed-in person's old slots of ``old_kind``, note it."""
    old_ids = [slot.id for slot in _own(session, old_kind)]
    updated = session.key_file.with_slot(new_slot).without(*old_ids)
    store.write_key_file(session.location, updated)
    session.key_file = updated
    if session.slot.id in old_ids:
        session.slot = new_slot
    with _already_in_force(), transaction(session.connection) as conn:
        if old_kind == keys.RECOVERY:
            vault_info.put(conn, vault_info.RECOVERY_CODE_MADE_ON, date.today().isoformat())
        audit.record(conn, session.actor, action)


@contextlib.contextmanager
def _already_in_force() -> Iterator[None]:
    """For the history note after the slot file changed: the change stands even if it fails."""
    try:
        yield
    except StorageProblem as problem:
        raise StorageProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The change was made and is already in use. Only its note in the vault's history "
                "could not be saved, because the computer could not write to the disk the vault "
                "is on. Free some space on the disk (or reconnect the drive).",
            )
        ) from problem


def change_passphrase(session: Session, new_passphrase: str, repeated: str) -> None:
    """Change the signed-in person's own passphrase; everyone else's stays as it is."""
    secret = passphrase_rules.for_new_vault(new_passphrase, repeated)
    if opens_a_slot(session.key_file, new_passphrase, skip=person_of(session.slot)):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else already uses that passphrase to open this vault. Please choose a "
                "different one, so the app knows who is signing in.",
            )
        )
    backups.back_up_before(session, backups.BackupKind.BEFORE_PASSPHRASE_CHANGE)
    slot = _own_slot(session, secret, keys.PASSPHRASE)
    _replace_slots(session, slot, keys.PASSPHRASE, "passphrase.changed")


def replace_recovery_code(session: Session, code: str) -> None:
    """Make ``code`` the only recovery code; the old code stops working."""
    access_rules.check(session.role, access_rules.Action.RECOVERY_CODE, session.actor)
    backups.back_up_before(session, backups.BackupKind.BEFORE_NEW_RECOVERY_CODE)
    slot = _own_slot(session, _recovery_secret(code), keys.RECOVERY)
    _replace_slots(session, slot, keys.RECOVERY, "recovery_code.replaced")


def remember_on_this_computer(session: Session, keychain: Keychain) -> None:
    """Keep a secret in this computer's keychain so the vault opens without the passphrase."""
    if not keychain.usable():
        raise KeychainProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This computer has no keychain the app can use, so it cannot remember "
                "the vault. Your passphrase still works as usual.",
            )
        )
    secret = secrets.token_bytes(DEVICE_SECRET_BYTES)
    try:
        keychain.store(session.key_file.vault_id, secret)
    except KeychainFailed:
        raise KeychainProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The computer's keychain did not accept the secret, so the vault is not "
                "remembered. Your passphrase still works as usual. You can try again later.",
            )
        ) from None
    slot = _own_slot(session, secret, keys.DEVICE)
    # One remembered secret per person: their older device slots are replaced, not others'.
    _replace_slots(session, slot, keys.DEVICE, "computer.remembered")


def forget_this_computer(session: Session, keychain: Keychain) -> None:
    old_ids = [slot.id for slot in _own(session, keys.DEVICE)]
    if not old_ids:
        return
    updated = session.key_file.without(*old_ids)
    store.write_key_file(session.location, updated)
    session.key_file = updated
    keychain.forget(session.key_file.vault_id)
    with _already_in_force(), transaction(session.connection) as conn:
        audit.record(conn, session.actor, "computer.forgotten")


def check_vault(session: Session) -> list[str]:
    """Run the full integrity checks; an empty list means the vault is sound."""
    return store.integrity_problems(session.connection)


def suggest_location(parent: Path | str, person_name: str) -> Path:
    """A vault folder name in ``parent`` based on the person's name that does not exist yet."""
    safe = "".join(ch for ch in " ".join(person_name.split()) if ch.isalnum() or ch in " -_'")
    base = safe.strip()[:60] or "My records"
    parent = Path(parent)
    candidate, number = parent / f"{base}{store.SUFFIX}", 2
    while candidate.exists():
        candidate, number = parent / f"{base} {number}{store.SUFFIX}", number + 1
    return candidate
