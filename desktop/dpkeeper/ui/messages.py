"""Showing the services' plain-English errors in the person's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dpkeeper.domain.errors import UserError


def user_message(error: UserError) -> str:
    """Translate an error's template, then fill in its values."""
    template = QCoreApplication.translate(error.context, error.template)
    try:
        return template.format(**error.fields)
    except (KeyError, IndexError, ValueError):
        return error.message


def translated(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
