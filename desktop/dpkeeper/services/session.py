"""An unlocked vault: the open records connection and the key that opened it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from dpkeeper.domain import access as access_rules
from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.records import audit, vault_info
from dpkeeper.vault import keys, store
from dpkeeper.vault.lock import VaultLock
from dpkeeper.vault.store import Connection, VaultLocation

SESSION = "Session"


class UnlockedWith(Enum):
    PASSPHRASE = QT_TRANSLATE_NOOP("Session", "passphrase")
    RECOVERY_CODE = QT_TRANSLATE_NOOP("Session", "recovery code")
    THIS_COMPUTER = QT_TRANSLATE_NOOP("Session", "remembered on this computer")


#: Slots of a person the holder let in are labelled with this and a random id, never a name:
#: the slot file is not encrypted. Their name is kept inside the records (``name_key``).
PERSON_LABEL = "person-"


def person_of(slot: keys.KeySlot) -> str:
    """Which person a slot lets in: an added person's slot label, or "" for the holder."""
    return slot.label if slot.label.startswith(PERSON_LABEL) else ""


def name_key(person: str) -> str:
    """Where an added person's name is kept in the records' ``vault_info``."""
    return f"access.name.{person}"


_BY_KIND = {
    keys.PASSPHRASE: UnlockedWith.PASSPHRASE,
    keys.RECOVERY: UnlockedWith.RECOVERY_CODE,
    keys.DEVICE: UnlockedWith.THIS_COMPUTER,
}


@dataclass(eq=False)
class Session:
    """One person's vault, open. ``close()`` shuts the connection and wipes the data key copy."""

    location: VaultLocation
    key_file: keys.KeyFile
    slot: keys.KeySlot
    conn: Connection | None
    _data_key: bytearray = field(repr=False)
    #: The newest audit entry when this session was unlocked: undo only reaches later ones.
    audit_floor: int = 0
    #: Keeps other windows and commands out of the vault until ``close()``.
    vault_lock: VaultLock | None = field(default=None, repr=False)
    #: The signed-in person's name (read once at unlocking), for the audit trail and the header.
    name: str = ""

    def __post_init__(self) -> None:
        if self.conn is not None:
            self.audit_floor = audit.newest_id(self.conn)
            person = person_of(self.slot)
            key = name_key(person) if person else vault_info.PERSON_NAME
            self.name = vault_info.get(self.conn, key, "") or ""

    def __repr__(self) -> str:
        state = "open" if self.conn is not None else "closed"
        return f"Session({self.location.folder.name!r}, {self.slot.kind}, {state})"

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    @property
    def unlocked_with(self) -> UnlockedWith:
        return _BY_KIND[self.slot.kind]

    @property
    def role(self) -> str:
        return self.slot.role

    @property
    def actor(self) -> str:
        """How the signed-in person is named in the audit trail: ``Sam (helper)``."""
        return f"{self.name} ({self.role})" if self.name else self.role

    def can(self, action: access_rules.Action) -> bool:
        """Whether the signed-in person's role allows ``action`` (the services check it too)."""
        return access_rules.allowed(self.role, action)

    @property
    def person_name(self) -> str:
        return vault_info.get(self.connection, vault_info.PERSON_NAME, "") or ""

    @property
    def connection(self) -> Connection:
        if self.conn is None:
            raise RuntimeError("the vault is locked")
        return self.conn

    def data_key(self) -> bytearray:
        if self.conn is None:
            raise RuntimeError("the vault is locked")
        return self._data_key

    def close(self) -> None:
        store.close(self.conn)
        self.conn = None
        for i in range(len(self._data_key)):
            self._data_key[i] = 0
        if self.vault_lock is not None:
            self.vault_lock.release()
