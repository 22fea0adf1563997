"""Making sense of what banks write on a statement line.

Banks add noise around the name people know ("CARD PAYMENT TO TESCO STORES 3341 ON 03 JUN").
``payee_name`` keeps the name ("Tesco Stores") so an imported row reads well and its category can
be learned from earlier choices. ``row_keys`` gives every row a key that is the same each time
the same statement is imported, so nothing is added twice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

from dpkeeper.domain.money import Pence

# Words banks put before or after the name; matched as whole words, in capitals.
_PREFIXES = re.compile(
    r"^(?:(?:CARD PAYMENT TO|CARD PURCHASE|DEBIT CARD PAYMENT|CONTACTLESS PAYMENT|"
    r"DIRECT DEBIT(?: PAYMENT)?(?: TO)?|STANDING ORDER(?: TO)?|FASTER PAYMENTS?(?: RECEIPT| TO)?|"
    r"BILL PAYMENT(?: TO)?|BANK GIRO CREDIT|TRANSFER (?:TO|FROM)|PAYMENT (?:TO|FROM)|"
    r"POS|DD|SO|FPO|FPI|BGC|BP|TFR|CHG|DEB|CPT|VIS|BAC|C/L|CR|DR|FROM|TO)\b[\s:,-]*)+"
)
_NOISE = re.compile(
    r"\b(?:ON \d{1,2}(?: ?[A-Z]{3})?(?: ?\d{2,4})?|REF(?:ERENCE)?(?:[:.]\s*|\s+)\S+|"
    r"\d{2}[A-Z]{3}\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|GBR?|GB|\*+\d+|X{2,}\d*|\d{3,})\b"
)
_SPACES = re.compile(r"\s+")
_SMALL_WORDS = {"and", "of", "the", "for", "to", "at", "on", "in"}
_VOWELS = set("aeiouy")
_TITLES = {"mr", "mrs", "ms", "mx", "dr", "st", "ltd", "plc"}


def simplified(description: str) -> str:
    """The description in capitals without bank words, numbers and dates: ``TESCO STORES``."""
    text = _SPACES.sub(" ", description.upper()).strip()
    text = _PREFIXES.sub("", text)
    text = _NOISE.sub(" ", text)
    text = _PREFIXES.sub("", text.strip())
    text = re.sub(r"[^\w&'./ -]", " ", text)
    return _SPACES.sub(" ", text).strip(" -.,/")


def payee_name(description: str) -> str:
    """A readable name for who was paid: ``Tesco Stores``. Falls back to the text as written."""
    if any(c.islower() for c in description):  # written by a person, not a bank: keep it
        return " ".join(description.split())[:120]
    name = simplified(description)
    if len(name) < 2:
        return " ".join(description.split())[:120] or "Bank"
    words = []
    for n, word in enumerate(name.lower().split()):
        if n and word in _SMALL_WORDS:
            words.append(word)
        elif word not in _TITLES and (len(word) <= 2 or not _VOWELS & set(word)):
            words.append(word.upper())  # initials and short forms: PA, DP, HMRC, KCC
        else:
            words.append(word[:1].upper() + word[1:])
    return " ".join(words)[:120]


def key_text(description: str) -> str:
    """The description as used in a row key: spaces and capitals do not matter."""
    return _SPACES.sub(" ", description).strip().casefold()


def row_keys(rows: Iterable[tuple[date, Pence, str, str | None]]) -> list[str]:
    """A key for each (day, amount, description, bank id) row, stable from import to import.

    The bank's own id is used where the file has one. Otherwise identical rows in one file are
    numbered in file order, so two £4.50 bus fares on one day get different keys, and the same
    file (or an overlapping one) gives the same keys again.
    """
    seen: Counter[tuple[date, Pence, str]] = Counter()
    keys = []
    for day, amount, description, bank_id in rows:
        if bank_id:
            keys.append(f"id:{bank_id.strip()}")
            continue
        text = key_text(description)
        seen[(day, amount, text)] += 1
        keys.append(f"{day.isoformat()}|{amount}|{text}|{seen[(day, amount, text)]}")
    return keys
