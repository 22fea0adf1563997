"""Recovery codes: 128 random bits written as 28 easy-to-read symbols in groups of four.

The code uses Crockford's base-32 alphabet (no I, L, O or U, so nothing looks alike) and ends in
two check symbols. The check is a weighted sum modulo the prime 1021, so *any* single wrong symbol,
and any two neighbouring symbols swapped, is caught before we spend time trying to unlock.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATA_SYMBOLS = 26  # 26 x 5 bits = 130 bits, holding a 128-bit secret
CHECK_SYMBOLS = 2
GROUP = 4
CODE_BITS = 128
_CHECK_MODULUS = 1021  # prime, larger than the alphabet and below 32**2
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


class RecoveryCodeFormatError(ValueError):
    """The text typed is not a well-formed recovery code (wrong length, symbol or check)."""


def _check_value(symbols: str) -> int:
    return sum((i + 1) * ALPHABET.index(ch) for i, ch in enumerate(symbols)) % _CHECK_MODULUS


def _encode_check(value: int) -> str:
    return ALPHABET[value // 32] + ALPHABET[value % 32]


def encode(secret: bytes) -> str:
    """Write a 16-byte secret as a grouped recovery code such as ``0ABC-DEFG-…``."""
    if len(secret) != CODE_BITS // 8:
        raise ValueError("a recovery code holds exactly 16 bytes")
    number = int.from_bytes(secret, "big")
    data = "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(DATA_SYMBOLS)))
    full = data + _encode_check(_check_value(data))
    return "-".join(full[i : i + GROUP] for i in range(0, len(full), GROUP))


def new_code() -> str:
    """A fresh random recovery code."""
    return encode(secrets.token_bytes(CODE_BITS // 8))


def normalise(text: str) -> str:
    """Upper-case, drop spaces and dashes, and read O as 0 and I or L as 1."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    return cleaned.translate(_LOOKALIKES)


def decode(text: str) -> bytes:
    """Turn typed text back into the 16-byte secret, or explain what is wrong with it."""
    symbols = normalise(text)
    expected = DATA_SYMBOLS + CHECK_SYMBOLS
    if len(symbols) != expected:
        raise RecoveryCodeFormatError(
            f"A recovery code has {expected} letters and numbers; this has {len(symbols)}."
        )
    bad = sorted({ch for ch in symbols if ch not in ALPHABET})
    if bad:
        raise RecoveryCodeFormatError(f"These characters are not used in recovery codes: {bad}")
    data, check = symbols[:DATA_SYMBOLS], symbols[DATA_SYMBOLS:]
    if _encode_check(_check_value(data)) != check:
        raise RecoveryCodeFormatError("One of the letters or numbers looks mistyped.")
    number = 0
    for ch in data:
        number = number * 32 + ALPHABET.index(ch)
    if number >> CODE_BITS:
        raise RecoveryCodeFormatError("One of the letters or numbers looks mistyped.")
    return number.to_bytes(CODE_BITS // 8, "big")


def groups(code: str) -> list[str]:
    """The code's groups of four, for showing or asking the person to type some of them back."""
    symbols = normalise(code)
    return [symbols[i : i + GROUP] for i in range(0, len(symbols), GROUP)]
