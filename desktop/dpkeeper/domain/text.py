"""Marking plain-English text for translation without importing Qt.

Qt's ``pyside6-lupdate`` collects strings wrapped in ``QT_TRANSLATE_NOOP(context, text)``; the UI
translates them with ``QCoreApplication.translate`` when it shows them.
"""

ERRORS = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; the call only marks it for translation."""
    return text
