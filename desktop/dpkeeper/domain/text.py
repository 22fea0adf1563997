"""Marking plain-English text for translation without importing Qt.

Qt's ``pyside6-lupdate`` collects strings wrapped in ``QT_TRANSLATE_NOOP("Context", "text")`` or
``translate("Context", "text")``; the UI translates them with ``QCoreApplication.translate`` when
it shows them. lupdate only reads literal strings: write the context as a string, not a name
(``tests/unit/test_translatable_strings.py`` checks this).

The layers below the UI (the statement PDFs) call ``translate``: it returns the English text until
the app hands it Qt's translator at start (``use_translator``), so the CLI and the tests stay in
English and nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable

ERRORS = "Errors"
REPORTS = "Reports"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; the call only marks it for translation."""
    return text


def _english(context: str, text: str) -> str:
    return text


_translator: Callable[[str, str], str] = _english


def translate(context: str, text: str) -> str:
    """``text`` in the person's chosen language, or unchanged when there is no translation."""
    return _translator(context, text) or text


def use_translator(translator: Callable[[str, str], str] | None) -> None:
    """Translate with ``translator(context, text)`` from now on; None goes back to English."""
    global _translator
    _translator = translator or _english
