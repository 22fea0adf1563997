"""How values look on screen: dates, category names and enum labels in the person's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from dpkeeper.domain.categories import CATEGORIES, Category
from dpkeeper.domain.ledger import LEDGER
from dpkeeper.domain.money import Pence, format_pence
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


def money(amount: Pence) -> str:
    """£1,234.56 or -£4.50, kept reading left to right in a right-to-left layout."""
    return left_to_right(format_pence(amount))


def left_to_right(text: str) -> str:
    """A number or amount, isolated in a right-to-left layout (Urdu) so that it still reads left
    to right there: -£4.50 and -1.7, never £4.50- and 1.7-."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u2066{text}\u2069"
    return text
