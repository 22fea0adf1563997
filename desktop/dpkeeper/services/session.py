"""An unlocked vault: the open records connection and the key that opened it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.records import audit, vault_info
from dpkeeper.vault import keys, store
from dpkeeper.vault.lock import VaultLock
from dpkeeper.vault.store import Connection, VaultLocation

SESSION = "Session"


class UnlockedWith(Enum):
    PASSPHRASE = QT_TRANSLATE_NOOP(SESSION, "passphrase")
    RECOVERY_CODE = QT_TRANSLATE_NOOP(SESSION, "recovery code")
    THIS_COMPUTER = QT_TRANSLATE_NOOP(SESSION, "remembered on this computer")


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

    def __post_init__(self) -> None:
        if self.conn is not None:
            self.audit_floor = audit.newest_id(self.conn)

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
        """How this session is named in the audit trail."""
        return f"{self.slot.role} ({self.slot.kind})"

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
