"""The audit pack's evidence pages: receipts, each labelled with its transaction, and a pay summary.

Pages are drawn straight onto the canvas (one receipt a page, scaled to fit); documents are
joined in memory with PDFium. Nothing is written to a temporary file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

from dpkeeper import APP_NAME
from dpkeeper.domain.dates import format_day
from dpkeeper.domain.money import Pence, format_pence
from dpkeeper.importers.receipt_files import PDFIUM_LOCK
from dpkeeper.reports import fonts
from dpkeeper.reports.pdf_common import INK, RULE, SOFT, ZEBRA, page_footer

MARGIN = 18 * mm


@dataclass(frozen=True, slots=True)
class EvidencePage:
    label: str  # "T123 · 3 Jun 2026 · Tesco Stores · −£12.50 · receipt 1 of 2, page 1"
    image: bytes  # JPEG or PNG


def receipts_pdf(title: str, pages: list[EvidencePage], made_on: date) -> bytes:
    """One page for each receipt image, headed by its label; a note page when there are none."""
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
        pdf.drawString(MARGIN, height - MARGIN - 10 * mm, title)
        pdf.setFont(regular, 11)
        pdf.drawString(MARGIN, height - MARGIN - 20 * mm, "No receipts were kept for this period.")
        page_footer(pdf, made_on, 1, 1, regular, margin=MARGIN)
        pdf.showPage()
    for number, page in enumerate(pages, start=1):
        pdf.setFont(bold, 13)
        pdf.setFillColor(INK)
        pdf.drawString(MARGIN, height - MARGIN - 4 * mm, title)
        pdf.setFont(regular, 10)
        lines = simpleSplit(page.label, regular, 10, width - 2 * MARGIN)
        y = height - MARGIN - 11 * mm
        for line in lines:
            pdf.drawString(MARGIN, y, line)
            y -= 13
        pdf.setStrokeColor(RULE)
        pdf.line(MARGIN, y + 4, width - MARGIN, y + 4)
        reader = ImageReader(io.BytesIO(page.image))
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


PAY_COLUMNS = (
    ("Pay period", 44),
    ("From shifts", 20),
    ("Payslip gross", 21),
    ("Difference", 19),
    ("Tax", 15),
    ("NI (PA)", 15),
    ("NI (employer)", 19),
    ("Pension", 16),
    ("Net pay", 18),
)


def pay_summary_pdf(
    person: str, start: date, end: date, rows: list[PayRow], made_on: date
) -> bytes:
    """A table of pay periods for each PA: worked-out gross against the payslip."""
    regular, bold = fonts.register()
    out = io.BytesIO()
    width, height = A4[1], A4[0]  # landscape: nine columns of money
    pdf = Canvas(out, pagesize=(width, height), pageCompression=1)
    pdf.setTitle("Pay summary")
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
        pdf.drawString(MARGIN, y - 6 * mm, "Pay summary")
        pdf.setFont(regular, 10)
        pdf.drawString(
            MARGIN,
            y - 12 * mm,
            f"{person}: pay periods ending {format_day(start)} to {format_day(end)}",
        )
        y -= 22 * mm
        x = MARGIN
        pdf.setFont(bold, 8.5)
        for title, column_mm in PAY_COLUMNS:
            if title == "Pay period":
                pdf.drawString(x, y, title)
            else:
                pdf.drawRightString(x + column_mm * mm - 2, y, title)
            x += column_mm * mm
        pdf.setStrokeColor(INK)
        pdf.line(MARGIN, y - 2, x, y - 2)
        y -= 6 * mm
        if not group:
            pdf.setFont(regular, 10)
            pdf.drawString(MARGIN, y, "No pay periods in this time.")
        for index, item in enumerate(group):
            if isinstance(item, str):
                pdf.setFont(bold, 10)
                pdf.setFillColor(INK)
                pdf.drawString(MARGIN, y, item)
                y -= 6 * mm
                continue
            if index % 2:
                pdf.setFillColor(ZEBRA)
                pdf.rect(MARGIN, y - 1.8 * mm, x - MARGIN, 6 * mm, stroke=0, fill=1)
            pdf.setFillColor(INK)
            pdf.setFont(regular, 9)
            cells = (
                f"{format_day(item.start)} to {format_day(item.end)}",
                format_pence(item.worked_out),
                "" if item.payslip_gross is None else format_pence(item.payslip_gross),
                "not entered"
                if item.difference is None
                else (
                    "matches" if item.difference == 0 else format_pence(item.difference, plus=True)
                ),
                format_pence(item.tax),
                format_pence(item.employee_ni),
                format_pence(item.employer_ni),
                format_pence(item.employee_pension + item.employer_pension),
                format_pence(item.net),
            )
            cx = MARGIN
            for (title, column_mm), text in zip(PAY_COLUMNS, cells, strict=True):
                if title == "Pay period":
                    pdf.drawString(cx, y, text)
                else:
                    pdf.drawRightString(cx + column_mm * mm - 2, y, text)
                cx += column_mm * mm
            y -= 6 * mm
        pdf.setFont(regular, 8)
        pdf.setFillColor(SOFT)
        pdf.drawString(
            MARGIN,
            14 * mm,
            "“From shifts” is worked out from the hours and pay rates recorded in the app; the "
            "payslip figures are copied from the payroll service. The app does not work out tax.",
        )
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
