"""The printable recovery sheet: one A4 page with the recovery code and calm, plain instructions.

Standard PDF fonts are used when they hold every letter (English), so the page looks the same
everywhere; other languages use DejaVu Sans, and Urdu lines are joined and read right to left
(scripts.py). The code and the person's name go on the page only, never into the metadata.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from dpkeeper import APP_NAME
from dpkeeper.domain.text import QT_TRANSLATE_NOOP, translate
from dpkeeper.reports import fonts, scripts
from dpkeeper.reports.pdf_common import BOX, INK, SOFT, fill, new_document

MONTHS = (
    QT_TRANSLATE_NOOP("Months", "January"), QT_TRANSLATE_NOOP("Months", "February"),
    QT_TRANSLATE_NOOP("Months", "March"), QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "May"), QT_TRANSLATE_NOOP("Months", "June"),
    QT_TRANSLATE_NOOP("Months", "July"), QT_TRANSLATE_NOOP("Months", "August"),
    QT_TRANSLATE_NOOP("Months", "September"), QT_TRANSLATE_NOOP("Months", "October"),
    QT_TRANSLATE_NOOP("Months", "November"), QT_TRANSLATE_NOOP("Months", "December"),
)  # fmt: skip

MARGIN = 25 * mm

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=13, leading=18, textColor=INK)
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold", fontSize=26, leading=30)
SUBTITLE = ParagraphStyle("subtitle", parent=BODY, fontSize=14, leading=18, textColor=SOFT)
HEADING = ParagraphStyle(
    "heading", parent=BODY, fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=12,
    spaceAfter=4,
)  # fmt: skip
DETAIL = ParagraphStyle("detail", parent=BODY, fontSize=13.5, leading=18, spaceAfter=3)
CODE = ParagraphStyle(
    "code", parent=BODY, fontName="Courier-Bold", fontSize=28, leading=38, alignment=TA_CENTER
)
NOTE = ParagraphStyle("note", parent=BODY, fontSize=12, textColor=SOFT, alignment=TA_CENTER)
BULLET = ParagraphStyle(
    "bullet", parent=BODY, leftIndent=18, bulletIndent=3, bulletFontSize=13, spaceAfter=4
)


@dataclass(frozen=True, slots=True)
class RecoverySheet:
    person_name: str
    vault_folder: Path
    code: str
    made_on: date


def long_date(day: date) -> str:
    """A date written out in words, like 22 November 2026, in the language the app is using."""
    return f"{day.day} {translate('Months', MONTHS[day.month - 1])} {day.year}"


def code_lines(code: str) -> list[str]:
    """The code in groups of four, spaced out: two lines when there are more than four groups."""
    symbols = "".join(ch for ch in code.upper() if not ch.isspace() and ch != "-")
    groups = [symbols[i : i + 4] for i in range(0, len(symbols), 4)]
    if len(groups) <= 4:
        return [" ".join(groups)]
    half = (len(groups) + 1) // 2
    return [" ".join(groups[:half]), " ".join(groups[half:])]


def _fonts_for(words: list[str]) -> tuple[str, str]:
    """Helvetica when every letter is in it (English), else DejaVu Sans (Welsh ŵ, Urdu…)."""
    if all(ch <= "\xff" for text in words for ch in text):
        return "Helvetica", "Helvetica-Bold"
    return fonts.register()


def _story(sheet: RecoverySheet) -> list:
    words = {
        "title": translate("Reports", "Recovery sheet"),
        "for": translate("Reports", "This sheet is for:"),
        "vault": translate("Reports", "Vault:"),
        "made": translate("Reports", "Made on:"),
        "code": translate("Reports", "Your recovery code"),
        "no_o": translate("Reports", "There is no letter O in the code, only the number 0."),
        "what": translate("Reports", "What this is"),
        "opens": translate(
            "Reports",
            "This code opens your records if you forget your passphrase. "
            "It does the same job as your passphrase, so look after it in the same way.",
        ),
        "how": translate("Reports", "How to use it"),
        "open": fill(translate("Reports", "Open %1 and choose your vault."), APP_NAME),
        "choose": translate("Reports", "Choose %1."),
        "instead": translate("UnlockPage", "Use recovery code instead"),
        "type": translate(
            "Reports",
            "Type the code. Capital or small letters are both fine, "
            "and dashes and spaces do not matter.",
        ),
        "safe": translate("Reports", "Keep it safe"),
        "home": translate(
            "Reports", "Keep this paper somewhere safe at home, away from the computer."
        ),
        "anyone": translate(
            "Reports", "Anyone who has this code and your vault can read your records."
        ),
        "copy": translate(
            "Reports",
            "After printing, do not keep a copy of this PDF file on the computer, "
            "or keep it only somewhere private.",
        ),
        "new": translate(
            "Reports",
            "If you make a new recovery code in the app, this sheet stops working. "
            "The date at the top tells you which sheet is the newest.",
        ),
    }
    made_on = long_date(sheet.made_on)
    regular, bold = _fonts_for([*words.values(), made_on])  # the words, not the names

    def styled(style: ParagraphStyle) -> ParagraphStyle:
        font = {"Helvetica": regular, "Helvetica-Bold": bold}.get(style.fontName, style.fontName)
        return ParagraphStyle(style.name, parent=style, fontName=font, bulletFontName=regular)

    def para(text: str, style: ParagraphStyle = BODY) -> Flowable:
        return scripts.paragraph(text, styled(style))

    def detail(label: str, value: str) -> Flowable:
        if scripts.needs_help(label + value):
            return para(f"{label} {scripts.isolate(value)}", DETAIL)
        return Paragraph(f"<b>{escape(label)}</b> {escape(value)}", styled(DETAIL))

    def bullets(*items: str) -> list[Flowable]:
        if any(scripts.needs_help(item) for item in items):
            return [para(f"\u2022 {item}", BULLET) for item in items]
        return [Paragraph(escape(item), styled(BULLET), bulletText="\u2022") for item in items]

    code = Table(
        [[Paragraph(escape(line), CODE)] for line in code_lines(sheet.code)],
        colWidths=["100%"],
        style=TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, INK),
                ("BACKGROUND", (0, 0), (-1, -1), BOX),
                ("TOPPADDING", (0, 0), (-1, 0), 14),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 16),
            ]
        ),
    )
    return [
        para(words["title"], TITLE),
        para(APP_NAME, SUBTITLE),
        Spacer(1, 7 * mm),
        detail(words["for"], sheet.person_name),
        detail(words["vault"], str(sheet.vault_folder)),
        detail(words["made"], made_on),
        Spacer(1, 4 * mm),
        para(words["code"], HEADING),
        Spacer(1, 2 * mm),
        code,
        Spacer(1, 2 * mm),
        para(words["no_o"], NOTE),
        para(words["what"], HEADING),
        para(words["opens"]),
        para(words["how"], HEADING),
        *bullets(words["open"], fill(words["choose"], words["instead"]), words["type"]),
        para(words["safe"], HEADING),
        *bullets(words["home"], words["anyone"], words["copy"], words["new"]),
    ]


def recovery_sheet_bytes(sheet: RecoverySheet) -> bytes:
    """The one-page PDF, as bytes."""
    buffer = io.BytesIO()
    doc = new_document(
        buffer, translate("Reports", "Recovery sheet"), side=MARGIN, top=22 * mm, bottom=20 * mm
    )
    # Shrinks only if the content would not fit, such as with a very long vault path.
    page = KeepInFrame(0, 0, _story(sheet), mode="shrink")
    doc.build([page])
    return buffer.getvalue()


def write_recovery_sheet(sheet: RecoverySheet, target: Path) -> None:
    """Write the PDF to `target` through a temporary file, so a failed write leaves no half file."""
    data = recovery_sheet_bytes(sheet)
    target = Path(target)
    handle, temp_name = tempfile.mkstemp(prefix=".recovery-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
