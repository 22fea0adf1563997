"""Turning a statement file's bytes into text, refusing files that are not statements.

Banks write UTF-8 (with or without a byte-order mark), Windows-1252 (Nationwide's "£") or,
rarely, UTF-16. Pictures, PDFs and spreadsheets get a message saying what to download instead.
"""

from __future__ import annotations

from dpkeeper.domain.text import QT_TRANSLATE_NOOP
from dpkeeper.importers.statement import StatementUnreadable, unreadable

MAX_BYTES = 20 * 1024 * 1024

# (how the file starts, what it is)
_SIGNATURES = (
    (
        b"%PDF",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This is a PDF file, not a statement export."
            " Nothing was imported. Please download the statement from your online banking"
            " as a CSV, OFX or QIF file instead.",
        ),
    ),
    (
        b"\x89PNG",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This is a picture (PNG), not a statement export."
            " Nothing was imported. Please download the statement from your online banking"
            " as a CSV, OFX or QIF file instead.",
        ),
    ),
    (
        b"\xff\xd8\xff",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This is a photo (JPEG), not a statement export."
            " Nothing was imported. Please download the statement from your online banking"
            " as a CSV, OFX or QIF file instead.",
        ),
    ),
    (
        b"GIF8",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This is a picture (GIF), not a statement export."
            " Nothing was imported. Please download the statement from your online banking"
            " as a CSV, OFX or QIF file instead.",
        ),
    ),
    (
        b"PK\x03\x04",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This is a zip file or an Excel spreadsheet. Excel can save it as CSV."
            " Nothing was imported. Please download the statement from your online banking"
            " as a CSV, OFX or QIF file instead.",
        ),
    ),
    (
        b"\xd0\xcf\x11\xe0",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This is an Excel spreadsheet. Excel can save it as CSV."
            " Nothing was imported. Please download the statement from your online banking"
            " as a CSV, OFX or QIF file instead.",
        ),
    ),
)


def decode(data: bytes) -> str:
    """The file's text, or StatementUnreadable saying why it cannot be a statement."""
    if len(data) > MAX_BYTES:
        raise unreadable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This file is bigger than 20 MB, far bigger than a bank statement. Nothing was "
                "imported. Please check you chose the right file, or download a shorter period.",
            )
        )
    if not data.strip():
        raise unreadable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This file is empty. Nothing was imported. Please download the statement again.",
            )
        )
    for start, what in _SIGNATURES:
        if data.startswith(start):
            raise _not_text(what)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise _not_text(_BINARY) from None
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    _refuse_binary(text)
    return text.lstrip("\ufeff")


_BINARY = QT_TRANSLATE_NOOP(
    "Errors",
    "This file is not a text file, so it is not a statement export."
    " Nothing was imported. Please download the statement from your online banking"
    " as a CSV, OFX or QIF file instead.",
)


def _not_text(what: str) -> StatementUnreadable:
    return unreadable(what)


def _refuse_binary(text: str) -> None:
    sample = text[:4096]
    controls = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\r\n\f") or c == "\ufffd")
    if "\x00" in text or controls > max(8, len(sample) // 20):
        raise _not_text(_BINARY)
