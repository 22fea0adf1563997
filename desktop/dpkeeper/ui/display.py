"""How values look on screen: dates, category names and enum labels in the person's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from dpkeeper.domain.categories import CATEGORIES, Category
from dpkeeper.domain.ledger import LEDGER
from dpkeeper.ui.messages import translated


def day(value: date | None) -> str:
    """14 Dec 2026, with the month name in the person's language."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def category_name(category: Category | None) -> str:
    if category is None:
        return ""
    return translated(CATEGORIES, category.name) if category.key else category.name


def stored_category_name(name: str, key: str | None) -> str:
    """A category name read with a transaction row."""
    return translated(CATEGORIES, name) if key else name


def ledger_label(text: str) -> str:
    return translated(LEDGER, text)


def weekday(value: date) -> str:
    """Mon, Tue… in the person's language."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "ddd")
