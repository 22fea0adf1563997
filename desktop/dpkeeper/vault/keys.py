"""Key slots: the records' random data key, wrapped once for each way of unlocking.

The records are encrypted with a random 256-bit *data key*. That key is never stored as it is;
each *slot* stores it encrypted (AES-256-GCM) under a key derived from one secret: the passphrase
and the recovery code through Argon2id, the "remember on this computer" secret through HKDF.
Each slot's settings are bound into the encryption as associated data, so editing them (to weaken
the key derivation, say) makes the slot fail to open instead of silently working.

The slot file is JSON and is read defensively: anything out of range is refused *before* any key
derivation runs, so a damaged or hostile file cannot make us use gigabytes of memory.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import time
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FORMAT = "dpkeeper-vault-keys"
VERSION = 1
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
MAX_FILE_BYTES = 64 * 1024
MAX_SLOTS = 32

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
DEVICE = "device"
KINDS = (PASSPHRASE, RECOVERY, DEVICE)
ROLES = ("holder", "helper", "advocate")

ARGON2ID = "argon2id"
HKDF_SHA256 = "hkdf-sha256"

# Bounds checked before deriving anything (SECURITY.md R4).
MIN_MEMORY_KIB, MAX_MEMORY_KIB = 8, 1024 * 1024
MAX_ITERATIONS, MAX_LANES = 10, 8
_SLOT_ID = re.compile(r"^[0-9a-f]{16}$")


class KeyFileError(Exception):
    """The slot file is damaged or not ours. Never shown directly: callers explain it."""


class SecretDoesNotFit(Exception):
    """The secret did not open the slot (the authentication tag did not match)."""


@dataclass(frozen=True, slots=True)
class KdfParams:
    """How a slot turns a secret into its wrapping key."""

    alg: str
    salt: bytes
    memory_kib: int = 0
    iterations: int = 0
    lanes: int = 0

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {"alg": self.alg, "salt": _b64(self.salt)}
        if self.alg == ARGON2ID:
            out.update(v=19, m_kib=self.memory_kib, t=self.iterations, p=self.lanes)
        return out


@dataclass(frozen=True, slots=True)
class ArgonCost:
    memory_kib: int
    iterations: int
    lanes: int


@dataclass(frozen=True, slots=True)
class KeySlot:
    id: str
    kind: str
    label: str
    role: str
    kdf: KdfParams
    nonce: bytes
    ciphertext: bytes

    def header(self, vault_id: str) -> dict[str, object]:
        return {
            "vault_id": vault_id,
            "id": self.id,
            "kind": self.kind,
            "label": self.label,
            "role": self.role,
            "kdf": self.kdf.as_json(),
        }

    def as_json(self) -> dict[str, object]:
        out = self.header("")
        del out["vault_id"]
        out["wrap"] = {"alg": "aes-256-gcm", "nonce": _b64(self.nonce), "ct": _b64(self.ciphertext)}
        return out


@dataclass(frozen=True, slots=True)
class KeyFile:
    vault_id: str
    created: str
    slots: tuple[KeySlot, ...]

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "slots": [slot.as_json() for slot in self.slots],
        }
        return (json.dumps(body, indent=2, ensure_ascii=True) + "\n").encode("ascii")

    def of_kind(self, kind: str) -> list[KeySlot]:
        return [slot for slot in self.slots if slot.kind == kind]

    def with_slot(self, slot: KeySlot) -> KeyFile:
        return replace(self, slots=(*self.slots, slot))

    def without(self, *slot_ids: str) -> KeyFile:
        return replace(self, slots=tuple(s for s in self.slots if s.id not in slot_ids))


def new_key_file() -> KeyFile:
    created = datetime.now(UTC).replace(microsecond=0).isoformat()
    return KeyFile(vault_id=str(uuid.uuid4()), created=created, slots=())


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(DATA_KEY_BYTES))


# ---------------------------------------------------------------------------------------------
# Key derivation


def _argon2(secret: bytes, salt: bytes, cost: ArgonCost) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=cost.iterations,
        lanes=cost.lanes,
        memory_cost=cost.memory_kib,
    ).derive(secret)


@cache
def calibrated_cost(target_seconds: float = 0.5) -> ArgonCost:
    """Argon2id settings that take about ``target_seconds`` here, never below 64 MiB, t=3, p=4.

    Measured once per process. Memory is raised first (to 128 MiB if that stays fast enough),
    then passes, so a faster computer gets a harder-to-guess slot.
    """
    base = ArgonCost(memory_kib=64 * 1024, iterations=3, lanes=4)
    started = time.perf_counter()
    _argon2(b"calibration", b"\0" * SALT_BYTES, base)
    per_unit = max(time.perf_counter() - started, 1e-3) / (base.memory_kib * base.iterations)
    memory = (
        base.memory_kib * 2
        if per_unit * base.memory_kib * 2 * 3 <= target_seconds
        else base.memory_kib
    )
    iterations = round(target_seconds / (per_unit * memory))
    return ArgonCost(memory, min(max(iterations, base.iterations), MAX_ITERATIONS), base.lanes)


def argon2_cost() -> ArgonCost:
    """The cost for new passphrase and recovery slots (tests replace this with a cheap one)."""
    return calibrated_cost()


def _wrapping_key(secret: bytes, kdf: KdfParams) -> bytes:
    if kdf.alg == ARGON2ID:
        return _argon2(secret, kdf.salt, ArgonCost(kdf.memory_kib, kdf.iterations, kdf.lanes))
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=kdf.salt, info=b"dpkeeper device slot"
    ).derive(secret)


def _aad(slot: KeySlot, vault_id: str) -> bytes:
    return json.dumps(slot.header(vault_id), sort_keys=True, separators=(",", ":")).encode("utf-8")


def make_slot(
    data_key: bytearray,
    secret: bytes,
    *,
    vault_id: str,
    kind: str,
    label: str,
    role: str = "holder",
) -> KeySlot:
    """Wrap the data key under ``secret``; the slot's settings are authenticated too."""
    if kind == DEVICE:
        kdf = KdfParams(HKDF_SHA256, secrets.token_bytes(SALT_BYTES))
    else:
        cost = argon2_cost()
        kdf = KdfParams(
            ARGON2ID, secrets.token_bytes(SALT_BYTES), cost.memory_kib, cost.iterations, cost.lanes
        )
    slot = KeySlot(
        id=secrets.token_hex(8),
        kind=kind,
        label=label,
        role=role,
        kdf=kdf,
        nonce=secrets.token_bytes(NONCE_BYTES),
        ciphertext=b"",
    )
    sealed = AESGCM(_wrapping_key(secret, kdf)).encrypt(
        slot.nonce, bytes(data_key), _aad(slot, vault_id)
    )
    return replace(slot, ciphertext=sealed)


def open_slot(slot: KeySlot, secret: bytes, vault_id: str) -> bytearray:
    """Return the data key if ``secret`` fits this slot, else raise ``SecretDoesNotFit``."""
    try:
        data_key = AESGCM(_wrapping_key(secret, slot.kdf)).decrypt(
            slot.nonce, slot.ciphertext, _aad(slot, vault_id)
        )
    except InvalidTag:
        raise SecretDoesNotFit from None
    return bytearray(data_key)


# ---------------------------------------------------------------------------------------------
# Reading the slot file


def parse(raw: bytes) -> KeyFile:
    """Read a slot file, refusing anything malformed or out of range before deriving keys."""
    if len(raw) > MAX_FILE_BYTES:
        raise KeyFileError("key file is too large")
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise KeyFileError("key file is not valid JSON") from exc
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise KeyFileError("not a Direct Payments Keeper key file")
    if body.get("version") != VERSION:
        raise KeyFileError("unknown key file version")
    vault_id = _text(body, "vault_id")
    try:
        uuid.UUID(vault_id)
    except ValueError as exc:
        raise KeyFileError("bad vault id") from exc
    slots_json = body.get("slots")
    if not isinstance(slots_json, list) or not 0 < len(slots_json) <= MAX_SLOTS:
        raise KeyFileError("bad slot list")
    slots = tuple(_parse_slot(item) for item in slots_json)
    if len({slot.id for slot in slots}) != len(slots):
        raise KeyFileError("repeated slot id")
    return KeyFile(vault_id=vault_id, created=_text(body, "created"), slots=slots)


def _parse_slot(item: object) -> KeySlot:
    if not isinstance(item, dict):
        raise KeyFileError("slot is not an object")
    slot_id, kind, role = _text(item, "id"), _text(item, "kind"), _text(item, "role")
    if not _SLOT_ID.match(slot_id) or kind not in KINDS or role not in ROLES:
        raise KeyFileError("bad slot id, kind or role")
    label = _text(item, "label")
    if len(label) > 200:
        raise KeyFileError("slot label too long")
    kdf_json, wrap = item.get("kdf"), item.get("wrap")
    if not isinstance(kdf_json, dict) or not isinstance(wrap, dict):
        raise KeyFileError("slot without kdf or wrap")
    if wrap.get("alg") != "aes-256-gcm":
        raise KeyFileError("unknown wrap algorithm")
    nonce = _bytes(wrap, "nonce", NONCE_BYTES)
    ciphertext = _bytes(wrap, "ct", DATA_KEY_BYTES + TAG_BYTES)
    return KeySlot(slot_id, kind, label, role, _parse_kdf(kdf_json, kind), nonce, ciphertext)


def _parse_kdf(kdf: dict, kind: str) -> KdfParams:
    alg = kdf.get("alg")
    salt = _bytes(kdf, "salt", SALT_BYTES)
    if kind == DEVICE:
        if alg != HKDF_SHA256:
            raise KeyFileError("device slot must use HKDF")
        return KdfParams(HKDF_SHA256, salt)
    if alg != ARGON2ID or kdf.get("v") != 19:
        raise KeyFileError("unknown key derivation")
    memory, iterations, lanes = (_int(kdf, name) for name in ("m_kib", "t", "p"))
    if not (
        MIN_MEMORY_KIB <= memory <= MAX_MEMORY_KIB
        and 1 <= iterations <= MAX_ITERATIONS
        and 1 <= lanes <= MAX_LANES
        and memory >= 8 * lanes
    ):
        raise KeyFileError("key derivation settings out of range")
    return KdfParams(ARGON2ID, salt, memory, iterations, lanes)


def _text(obj: dict, name: str) -> str:
    value = obj.get(name)
    if not isinstance(value, str):
        raise KeyFileError(f"missing text field {name}")
    return value


def _int(obj: dict, name: str) -> int:
    value = obj.get(name)
    if not isinstance(value, int) or isinstance(value, bool):
        raise KeyFileError(f"missing number field {name}")
    return value


def _bytes(obj: dict, name: str, length: int) -> bytes:
    try:
        value = base64.b64decode(_text(obj, name), validate=True)
    except ValueError as exc:
        raise KeyFileError(f"field {name} is not base64") from exc
    if len(value) != length:
        raise KeyFileError(f"field {name} has the wrong length")
    return value


def _b64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")
