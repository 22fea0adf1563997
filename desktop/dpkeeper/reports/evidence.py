"""The audit pack's evidence pages: receipts, each labelled with its transaction, and a pay summary.

Pages are drawn straight onto the canvas (one receipt a page, scaled to fit); documents are
joined in memory with PDFium. Nothing is written to a temporary file.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from dpkeeper import APP_NAME
from dpkeeper.domain.money import Pence, format_pence
from dpkeeper.domain.text import translate
from dpkeeper.importers.receipt_files import PDFIUM_LOCK
from dpkeeper.reports import fonts, scripts
from dpkeeper.reports.pdf_common import (
    INK,
    RULE,
    SOFT,
    ZEBRA,
    fill,
    page_footer,
    period_words,
    wrap,
)

MARGIN = 18 * mm


@dataclass(frozen=True, slots=True)
class EvidencePage:
    label: str  # "T123 · 3 Jun 2026 · Tesco Stores · −£12.50 · receipt 1 of 2, page 1"
    image: bytes  # JPEG or PNG


class _Photo(ImageReader):
    """A receipt picture for ``drawImage``: a JPEG goes into the PDF as it is. ImageReader would
    decode every photo only to fingerprint it (reportlab reuses identical images), which took
    most of an audit pack's time; the hash of the file's bytes is the fingerprint instead."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._fingerprint = hashlib.sha256(data).digest()
        self._dataA = None  # a JPEG has no transparency

    def getRGBData(self):  # noqa: N802 - reportlab's name
        return self._fingerprint if self.jpeg_fh() is not None else super().getRGBData()


@contextmanager
def _binary_images() -> Iterator[None]:
    """Photos kept as binary: reportlab's ASCII85 text is a quarter bigger and, without its C
    accelerator, takes seconds for a quarter's receipts."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def receipts_pdf(title: str, pages: list[EvidencePage], made_on: date) -> bytes:
    """One page for each receipt image, headed by its label; a note page when there are none."""
    with _binary_images():
        return _receipts_pdf(title, pages, made_on)


def _receipts_pdf(title: str, pages: list[EvidencePage], made_on: date) -> bytes:
    regular, bold = fonts.register()
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=A4, pageCompression=1)
    pdf.setTitle(title)
    pdf.setCreator(APP_NAME)
    width, height = A4
    total = max(len(pages), 1)
    if not pages:
        pdf.setFont(bold, 16)
        pdf.setFillColor(INK)
        scripts.draw(pdf, MARGIN, height - MARGIN - 10 * mm, title)
        pdf.setFont(regular, 11)
        none = translate("Reports", "No receipts were kept for this period.")
        scripts.draw(pdf, MARGIN, height - MARGIN - 20 * mm, none)
        page_footer(pdf, made_on, 1, 1, regular, margin=MARGIN)
        pdf.showPage()
    for number, page in enumerate(pages, start=1):
        pdf.setFont(bold, 13)
        pdf.setFillColor(INK)
        scripts.draw(pdf, MARGIN, height - MARGIN - 4 * mm, title)
        pdf.setFont(regular, 10)
        lines = wrap(page.label, regular, 10, width - 2 * MARGIN)
        y = height - MARGIN - 11 * mm
        for line in lines:
            scripts.draw(pdf, MARGIN, y, line)
            y -= 13
        pdf.setStrokeColor(RULE)
        pdf.line(MARGIN, y + 4, width - MARGIN, y + 4)
        reader = _Photo(page.image)
        image_width, image_height = reader.getSize()
        box_width, box_height = width - 2 * MARGIN, y - 16 * mm - (MARGIN - 4 * mm)
        scale = min(box_width / image_width, box_height / image_height, 1.5)
        drawn_width, drawn_height = image_width * scale, image_height * scale
        pdf.drawImage(
            reader,
            MARGIN + (box_width - drawn_width) / 2,
            y - 6 * mm - drawn_height,
            drawn_width,
            drawn_height,
        )
        page_footer(pdf, made_on, number, total, regular, margin=MARGIN)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@dataclass(frozen=True, slots=True)
class PayRow:
    pa: str
    start: date
    end: date
    worked_out: Pence  # gross from the shifts and rates
    payslip_gross: Pence | None
    tax: Pence = 0
    employee_ni: Pence = 0
    employer_ni: Pence = 0
    employee_pension: Pence = 0
    employer_pension: Pence = 0
    net: Pence = 0
    holiday_pay: Pence = 0
    payments_linked: int = 0

    @property
    def difference(self) -> Pence | None:
        return None if self.payslip_gross is None else self.payslip_gross - self.worked_out


PAY_COLUMN_MM = (44, 20, 21, 19, 15, 15, 19, 16, 18)  # pay period first, then the money


def pay_columns() -> tuple[str, ...]:
    return (
        translate("Reports", "Pay period"),
        translate("Reports", "From shifts"),
        translate("Reports", "Payslip gross"),
        translate("Reports", "Difference"),
        translate("Reports", "Tax"),
        translate("Reports", "NI (PA)"),
        translate("Reports", "NI (employer)"),
        translate("Reports", "Pension"),
        translate("Reports", "Net pay"),
    )


def pay_summary_pdf(
    person: str, start: date, end: date, rows: list[PayRow], made_on: date
) -> bytes:
    """A table of pay periods for each PA: worked-out gross against the payslip."""
    regular, bold = fonts.register()
    out = io.BytesIO()
    width, height = A4[1], A4[0]  # landscape: nine columns of money
    pdf = Canvas(out, pagesize=(width, height), pageCompression=1)
    summary = translate("Reports", "Pay summary")
    pdf.setTitle(summary)
    pdf.setCreator(APP_NAME)
    rows_per_page = int((height - 2 * MARGIN - 40 * mm) // (6 * mm))
    groups: list[list[PayRow | str]] = []
    current: list[PayRow | str] = []
    last_pa = None
    for row in rows:
        if row.pa != last_pa:
            current.append(row.pa)
            last_pa = row.pa
        current.append(row)
        if len(current) >= rows_per_page:
            groups.append(current)
            current = []
    if current or not groups:
        groups.append(current)
    for number, group in enumerate(groups, start=1):
        y = height - MARGIN
        pdf.setFillColor(INK)
        pdf.setFont(bold, 16)
        scripts.draw(pdf, MARGIN, y - 6 * mm, summary)
        pdf.setFont(regular, 10)
        ending = translate("Reports", "%1: pay periods ending %2")
        scripts.draw(pdf, MARGIN, y - 12 * mm, fill(ending, person, period_words(start, end)))
        y -= 22 * mm
        x = MARGIN
        pdf.setFont(bold, 8.5)
        for column, (title, column_mm) in enumerate(zip(pay_columns(), PAY_COLUMN_MM, strict=True)):
            if column == 0:
                scripts.draw(pdf, x, y, title)
            else:
                scripts.draw(pdf, x + column_mm * mm - 2, y, title, "right")
            x += column_mm * mm
        pdf.setStrokeColor(INK)
        pdf.line(MARGIN, y - 2, x, y - 2)
        y -= 6 * mm
        if not group:
            pdf.setFont(regular, 10)
            scripts.draw(pdf, MARGIN, y, translate("Reports", "No pay periods in this time."))
        for index, item in enumerate(group):
            if isinstance(item, str):
                pdf.setFont(bold, 10)
                pdf.setFillColor(INK)
                scripts.draw(pdf, MARGIN, y, item)
                y -= 6 * mm
                continue
            if index % 2:
                pdf.setFillColor(ZEBRA)
                pdf.rect(MARGIN, y - 1.8 * mm, x - MARGIN, 6 * mm, stroke=0, fill=1)
            pdf.setFillColor(INK)
            pdf.setFont(regular, 9)
            cells = (
                period_words(item.start, item.end),
                format_pence(item.worked_out),
                "" if item.payslip_gross is None else format_pence(item.payslip_gross),
                translate("Reports", "not entered")
                if item.difference is None
                else (
                    translate("Reports", "matches")
                    if item.difference == 0
                    else format_pence(item.difference, plus=True)
                ),
                format_pence(item.tax),
                format_pence(item.employee_ni),
                format_pence(item.employer_ni),
                format_pence(item.employee_pension + item.employer_pension),
                format_pence(item.net),
            )
            cx = MARGIN
            for column, (column_mm, text) in enumerate(zip(PAY_COLUMN_MM, cells, strict=True)):
                if column == 0:
                    scripts.draw(pdf, cx, y, text)
                else:
                    scripts.draw(pdf, cx + column_mm * mm - 2, y, text, "right")
                cx += column_mm * mm
            y -= 6 * mm
        pdf.setFont(regular, 8)
        pdf.setFillColor(SOFT)
        note = translate(
            "Reports",
            "“From shifts” is worked out from the hours and pay rates recorded in the app; the "
            "payslip figures are copied from the payroll service. The app does not work out tax.",
        )
        for i, line in enumerate(wrap(note, regular, 8, width - 2 * MARGIN)):
            scripts.draw(pdf, MARGIN, 14 * mm - i * 10, line)
        page_footer(
            pdf, made_on, number, len(groups), regular, (width, height), margin=MARGIN, y=8 * mm
        )
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def join(documents: list[bytes]) -> bytes:
    """The documents one after another, as one PDF (in memory)."""
    import pypdfium2

    with PDFIUM_LOCK:
        joined = pypdfium2.PdfDocument.new()
        try:
            for data in documents:
                part = pypdfium2.PdfDocument(data)
                try:
                    joined.import_pages(part)
                finally:
                    part.close()
            buffer = io.BytesIO()
            joined.save(buffer)
            return buffer.getvalue()
        finally:
            joined.close()
