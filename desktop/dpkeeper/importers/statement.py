"""What every bank file becomes once read: a statement of dated rows in whole pence.

The readers for CSV, OFX and QIF all produce a ``Statement``. Anything they cannot read raises
``StatementUnreadable`` with a plain message naming the line, so nothing is half-imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from dpkeeper.domain.dates import parse_day
from dpkeeper.domain.errors import InvalidInput, UnreadableInput
from dpkeeper.domain.money import Pence, parse_pence
from dpkeeper.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from dpkeeper.importers.csv_mapping import CsvTable

#: Bank rows dated outside these years are treated as mistakes in the file.
FIRST_YEAR, LAST_YEAR = 1990, 2100
MAX_DESCRIPTION = 300


class StatementUnreadable(UnreadableInput):
    """The statement file cannot be read; nothing was imported."""


class UnknownLayout(UnreadableInput):
    """A CSV file whose columns are not a layout the app knows: the person chooses them."""

    def __init__(self, table: CsvTable) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The columns in this file were not recognised. "
                "Please say which column holds the date, the description and the amount.",
            )
        )
        self.table = table


@dataclass(frozen=True, slots=True)
class StatementRow:
    line: int  # where the row starts in the file, counting from 1
    day: date
    description: str
    amount: Pence  # money in is positive, money out negative
    balance: Pence | None = None  # the bank's running balance after this row
    bank_id: str | None = None  # the bank's own id for the row (OFX FITID, Monzo id)
    reference: str = ""


@dataclass(frozen=True, slots=True)
class Statement:
    layout: str  # for people: "Lloyds, Halifax or Bank of Scotland (CSV)"
    rows: tuple[StatementRow, ...]  # in file order
    newest_first: bool = False
    account_hint: str = ""  # account number or name, where the file says
    closing_balance: Pence | None = None

    def oldest_first(self) -> tuple[StatementRow, ...]:
        """The rows oldest first; rows on the same day keep the bank's order."""
        ordered = tuple(reversed(self.rows)) if self.newest_first else self.rows
        return tuple(sorted(ordered, key=lambda row: row.day))  # sorted() is stable


def unreadable(template: str, **fields: object) -> StatementUnreadable:
    return StatementUnreadable(template, **fields)


def no_rows() -> StatementUnreadable:
    return unreadable(
        QT_TRANSLATE_NOOP(
            "Errors",
            "No payments were found in this file. Nothing was imported. Please check it is the "
            "statement you meant, downloaded from your online banking as CSV, OFX or QIF.",
        )
    )


def missing_date_or_amount(line: int) -> StatementUnreadable:
    return unreadable(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The payment at line {line} has no date or no amount. Nothing was imported. "
            "Please download the statement again.",
        ),
        line=line,
    )


_TIME = re.compile(r"[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")


def read_day(text: str, line: int) -> date:
    """A date as banks write it: 03/06/2026, 03 Jun 2026, 03-Jun-26, 2026-06-03 (time ignored)."""
    cleaned = _TIME.sub("", text.strip().strip("'\"")).strip()
    if re.search(r"[A-Za-z]", cleaned):
        cleaned = cleaned.replace("-", " ").replace("/", " ")
    try:
        day = parse_day(cleaned.replace("'", "/"))
    except InvalidInput:
        day = None
    if day is None or not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise unreadable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Line {line} could not be read: “{text}” is not a date. Nothing was imported. "
                "Please check the file is the one your bank gave you.",
            ),
            line=line,
            text=_shorten(text),
        )
    return day


_SUFFIX = re.compile(r"\s*(CR|DR|GBP|£)\s*$", re.IGNORECASE)


def read_amount(text: str, line: int) -> Pence | None:
    """An amount as banks write it: -12.50, £1,120.00, (4.50), 4.50 DR. Blank gives None."""
    cleaned = text.strip().strip("'\"").strip()
    if not cleaned:
        return None
    sign = 1
    while match := _SUFFIX.search(cleaned):
        if match[1].upper() == "DR":
            sign = -sign
        cleaned = cleaned[: match.start()]
    cleaned = cleaned.replace("\u00a3", "£")
    if cleaned.endswith("-") and not cleaned.startswith("-"):  # "12.50-"
        sign, cleaned = -sign, cleaned[:-1]
    if re.fullmatch(r"[-+(]?£?\d+\.\d{3,}\)?", cleaned):  # 12.5000: keep two places if exact
        whole, places = cleaned.split(".")
        digits = re.match(r"\d+", places)[0]
        if digits[2:].strip("0"):
            raise _bad_amount(text, line)
        cleaned = f"{whole}.{digits[:2]}{places[len(digits) :]}"
    try:
        return sign * parse_pence(cleaned)
    except InvalidInput:
        raise _bad_amount(text, line) from None


def _bad_amount(text: str, line: int) -> StatementUnreadable:
    return unreadable(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Line {line} could not be read: “{text}” is not an amount of money. "
            "Nothing was imported. Please check the file is the one your bank gave you.",
        ),
        line=line,
        text=_shorten(text),
    )


def clean_text(text: str) -> str:
    """A description on one line, without the quote marks some banks put in front."""
    return " ".join(text.replace("\x00", " ").split()).lstrip("'")[:MAX_DESCRIPTION]


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def is_newest_first(rows: list[StatementRow] | tuple[StatementRow, ...]) -> bool:
    """Whether the file lists the latest payment first, from dates or else the balances."""
    if len(rows) < 2:
        return False
    if rows[0].day != rows[-1].day:
        return rows[0].day > rows[-1].day
    forward = backward = 0
    for before, after in zip(rows, rows[1:], strict=False):
        if before.balance is None or after.balance is None:
            continue
        forward += before.balance + after.amount == after.balance
        backward += after.balance + before.amount == before.balance
    return backward > forward
