"""Passphrase rules: Unicode normalisation, the minimum we accept, and a gentle strength hint."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum

from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.text import QT_TRANSLATE_NOOP

MIN_LENGTH = 8
MAX_LENGTH = 1024


def candidates(passphrase: str) -> list[bytes]:
    """The byte forms to try when unlocking: NFC first, then NFD, then exactly as typed.

    Vaults are made with the NFC form, but a passphrase typed on another system may arrive
    decomposed; each form is checked by the key slot's authentication tag, so trying them is safe.
    """
    forms: list[bytes] = []
    for form in (
        unicodedata.normalize("NFC", passphrase),
        unicodedata.normalize("NFD", passphrase),
        passphrase,
    ):
        encoded = form.encode("utf-8", "surrogatepass")
        if encoded not in forms:
            forms.append(encoded)
    return forms


def for_new_vault(passphrase: str, repeated: str) -> bytes:
    """Check a new passphrase typed twice and return its NFC bytes, or explain the problem."""
    if passphrase != repeated:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The two passphrases are not the same. Please type them again."
            )
        )
    return acceptable(passphrase)


def acceptable(passphrase: str) -> bytes:
    """Return the NFC bytes of a passphrase long enough to protect the records."""
    normalised = unicodedata.normalize("NFC", passphrase)
    if len(normalised) < MIN_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Please use at least {minimum} characters. A few everyday words "
                "in a row, like 'kettle garden blue', work well.",
            ),
            minimum=MIN_LENGTH,
        )
    if len(normalised) > MAX_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Please use a passphrase shorter than {maximum} characters."
            ),
            maximum=MAX_LENGTH,
        )
    return normalised.encode("utf-8", "surrogatepass")


class Strength(Enum):
    TOO_SHORT = 0
    OKAY = 1
    GOOD = 2
    STRONG = 3


@dataclass(frozen=True, slots=True)
class StrengthHint:
    strength: Strength
    template: str  # marked for translation; fill with ``minimum=MIN_LENGTH``

    @property
    def message(self) -> str:
        return self.template.format(minimum=MIN_LENGTH)


_HINTS = {
    Strength.TOO_SHORT: QT_TRANSLATE_NOOP(
        "Errors", "Keep going: at least {minimum} characters are needed."
    ),
    Strength.OKAY: QT_TRANSLATE_NOOP(
        "Errors", "This will work. Adding another word would make it stronger."
    ),
    Strength.GOOD: QT_TRANSLATE_NOOP("Errors", "Good. This is a sensible passphrase."),
    Strength.STRONG: QT_TRANSLATE_NOOP("Errors", "Strong. This is a very good passphrase."),
}


def strength_hint(passphrase: str) -> StrengthHint:
    """A rough, kind estimate: length matters most; several words or kinds of character help."""
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_LENGTH:
        strength = Strength.TOO_SHORT
    else:
        kinds = sum(
            (
                any(c.islower() for c in text),
                any(c.isupper() for c in text),
                any(c.isdigit() for c in text),
                any(not c.isalnum() for c in text),
            )
        )
        words = len(text.split())
        score = len(text) + 3 * kinds + 4 * max(words - 1, 0)
        strength = (
            Strength.STRONG if score >= 30 else Strength.GOOD if score >= 20 else Strength.OKAY
        )
    return StrengthHint(strength, _HINTS[strength])
