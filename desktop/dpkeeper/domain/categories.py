"""The spending and income categories councils use. People can add their own."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dpkeeper.domain.text import QT_TRANSLATE_NOOP

CATEGORIES = "Categories"


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


@dataclass(frozen=True, slots=True)
class Category:
    category_id: int
    name: str
    direction: Direction
    key: str | None = None  # set for the built-in ones, so their names can be translated
    needs_note: bool = False


#: (key, English name, direction, needs a note). The keys never change; names are translated.
BUILT_IN: tuple[tuple[str, str, Direction, bool], ...] = (
    ("pa_wages", QT_TRANSLATE_NOOP("Categories", "PA wages"), Direction.OUT, False),
    ("hmrc", QT_TRANSLATE_NOOP("Categories", "HMRC tax and NI"), Direction.OUT, False),
    ("pension", QT_TRANSLATE_NOOP("Categories", "Pension"), Direction.OUT, False),
    ("payroll", QT_TRANSLATE_NOOP("Categories", "Payroll service"), Direction.OUT, False),
    ("agency", QT_TRANSLATE_NOOP("Categories", "Agency care"), Direction.OUT, False),
    ("respite", QT_TRANSLATE_NOOP("Categories", "Respite and short breaks"), Direction.OUT, False),
    ("activities", QT_TRANSLATE_NOOP("Categories", "Activities"), Direction.OUT, False),
    ("transport", QT_TRANSLATE_NOOP("Categories", "Transport"), Direction.OUT, False),
    ("equipment", QT_TRANSLATE_NOOP("Categories", "Equipment"), Direction.OUT, False),
    ("insurance", QT_TRANSLATE_NOOP("Categories", "Insurance"), Direction.OUT, False),
    ("dbs", QT_TRANSLATE_NOOP("Categories", "DBS and recruitment"), Direction.OUT, False),
    ("bank_charges", QT_TRANSLATE_NOOP("Categories", "Bank charges"), Direction.OUT, False),
    ("other_out", QT_TRANSLATE_NOOP("Categories", "Other (say what)"), Direction.OUT, True),
    (
        "refund_to_council",
        QT_TRANSLATE_NOOP("Categories", "Refund to council"),
        Direction.OUT,
        False,
    ),
    ("council_payment", QT_TRANSLATE_NOOP("Categories", "Council payment"), Direction.IN, False),
    ("contribution", QT_TRANSLATE_NOOP("Categories", "My contribution"), Direction.IN, False),
    ("nhs_payment", QT_TRANSLATE_NOOP("Categories", "NHS payment"), Direction.IN, False),
    ("refund", QT_TRANSLATE_NOOP("Categories", "Refund"), Direction.IN, False),
    ("interest", QT_TRANSLATE_NOOP("Categories", "Interest"), Direction.IN, False),
    ("other_in", QT_TRANSLATE_NOOP("Categories", "Other money in (say what)"), Direction.IN, True),
)

#: Money in that counts as the plan's payments arriving (for "did the last payment arrive?").
PLAN_PAYMENT_KEYS = frozenset({"council_payment", "nhs_payment"})
