"""The printable recovery sheet: one A4 page with the recovery code and calm, plain instructions.

Only standard PDF fonts are used, so the page looks the same everywhere. The code and the
person's name go on the page only, never into the PDF's metadata.
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
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepInFrame,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from dpkeeper import APP_NAME
from dpkeeper.reports.pdf_common import BOX, INK, SOFT

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
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
    """A date written out in words, like 22 November 2026, whatever the computer's language."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def code_lines(code: str) -> list[str]:
    """The code in groups of four, spaced out: two lines when there are more than four groups."""
    symbols = "".join(ch for ch in code.upper() if not ch.isspace() and ch != "-")
    groups = [symbols[i : i + 4] for i in range(0, len(symbols), 4)]
    if len(groups) <= 4:
        return [" ".join(groups)]
    half = (len(groups) + 1) // 2
    return [" ".join(groups[:half]), " ".join(groups[half:])]


def _story(sheet: RecoverySheet) -> list:
    def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
        return Paragraph(text, style)

    def bullets(*items: str) -> list[Paragraph]:
        return [Paragraph(item, BULLET, bulletText="\u2022") for item in items]

    code = Table(
        [[para(escape(line), CODE)] for line in code_lines(sheet.code)],
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
        para("Recovery sheet", TITLE),
        para(escape(APP_NAME), SUBTITLE),
        Spacer(1, 7 * mm),
        para(f"<b>This sheet is for:</b> {escape(sheet.person_name)}", DETAIL),
        para(f"<b>Vault:</b> {escape(str(sheet.vault_folder))}", DETAIL),
        para(f"<b>Made on:</b> {long_date(sheet.made_on)}", DETAIL),
        Spacer(1, 4 * mm),
        para("Your recovery code", HEADING),
        Spacer(1, 2 * mm),
        code,
        Spacer(1, 2 * mm),
        para("There is no letter O in the code, only the number 0.", NOTE),
        para("What this is", HEADING),
        para(
            "This code opens your records if you forget your passphrase. "
            "It does the same job as your passphrase, so look after it in the same way."
        ),
        para("How to use it", HEADING),
        *bullets(
            f"Open {escape(APP_NAME)} and choose your vault.",
            "Choose <b>Use recovery code instead</b>.",
            "Type the code. Capital or small letters are both fine, "
            "and dashes and spaces do not matter.",
        ),
        para("Keep it safe", HEADING),
        *bullets(
            "Keep this paper somewhere safe at home, away from the computer.",
            "Anyone who has this code and your vault can read your records.",
            "After printing, do not keep a copy of this PDF file on the computer, "
            "or keep it only somewhere private.",
            "If you make a new recovery code in the app, this sheet stops working. "
            "The date at the top tells you which sheet is the newest.",
        ),
    ]


def recovery_sheet_bytes(sheet: RecoverySheet) -> bytes:
    """The one-page PDF, as bytes."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title="Recovery sheet",
        author="",
        subject="",
        keywords="",
        creator=APP_NAME,
        invariant=1,
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
