"""Money as whole pence: reading what people type, and writing it back the way they read it.

There are no floats anywhere near money. Amounts are ``int`` pence; spending is negative.
"""

from __future__ import annotations

import re
from fractions import Fraction

from dpkeeper.domain.errors import InvalidInput
from dpkeeper.domain.text import QT_TRANSLATE_NOOP

Pence = int

#: The largest single amount the app accepts: far above any direct payment, well inside SQLite.
MAX_PENCE: Pence = 100_000_000_00

_NUMBER = re.compile(
    r"""^(?P<pounds>\d{1,3}(?:,\d{3})+|\d+)?   # 1234 or 1,234 (commas only in threes)
        (?:\.(?P<pence>\d{1,2}))?$             # .5 or .50
    """,
    re.VERBOSE,
)
_PENCE_ONLY = re.compile(r"^(?P<pence>\d{1,3})p$")


def _not_an_amount(text: str) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "“{text}” doesn't look like an amount of money. "
            "Please type it like 12.50 or £1,234.56.",
        ),
        text=text,
    )


def parse_pence(text: str, *, allow_negative: bool = True) -> Pence:
    """Read an amount as typed: "£12", "12.5", "1,234.56", "-£4.50", "(4.50)", "50p".

    Raises InvalidInput with a plain message for anything else.
    """
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u2212", "-")
    if not cleaned:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Please type an amount, for example 12.50."))
    negative = False
    if cleaned.startswith("(") and cleaned.endswith(")"):
        negative, cleaned = True, cleaned[1:-1]
    if cleaned.startswith("-"):
        negative, cleaned = not negative, cleaned[1:]
    elif cleaned.startswith("+"):
        cleaned = cleaned[1:]
    if cleaned.upper().startswith("GBP"):
        cleaned = cleaned[3:]
    cleaned = cleaned.removeprefix("£")
    if cleaned.startswith("-") and not negative:  # "£-4.50"
        negative, cleaned = True, cleaned[1:]

    pence_only = _PENCE_ONLY.match(cleaned.lower())
    if pence_only:
        value = int(pence_only["pence"])
    else:
        match = _NUMBER.match(cleaned)
        if not match or not (match["pounds"] or match["pence"]):
            raise _not_an_amount(text.strip())
        pounds = int((match["pounds"] or "0").replace(",", ""))
        pence = int((match["pence"] or "0").ljust(2, "0"))
        value = pounds * 100 + pence
    if value > MAX_PENCE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "{amount} is more than this app can record. Please check the amount."
            ),
            amount=text.strip(),
        )
    if negative and not allow_negative:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Please type the amount without a minus sign. "
                "Choose “money in” or “money out” to say which way it went.",
            )
        )
    return -value if negative else value


def format_pence(amount: Pence, *, symbol: bool = True, plus: bool = False) -> str:
    """£1,234.56 (or -£4.50). ``plus`` adds a + to money in; ``symbol`` drops the £ for CSV."""
    if not isinstance(amount, int):
        raise TypeError("money must be whole pence (int)")
    sign = "-" if amount < 0 else ("+" if plus and amount > 0 else "")
    pounds, pence = divmod(abs(amount), 100)
    number = f"{pounds:,}.{pence:02d}" if symbol else f"{pounds}.{pence:02d}"
    return f"{sign}£{number}" if symbol else f"{sign}{number}"


def round_half_up(value: Fraction) -> Pence:
    """Round an exact fraction of pence to whole pence, halves away from zero."""
    whole, rest = divmod(abs(value.numerator), value.denominator)
    if rest * 2 >= value.denominator:
        whole += 1
    return -whole if value < 0 else whole
