"""Receipt photos go into the audit pack as they are: quick, and exactly what was kept."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image

from dpkeeper.reports import evidence


def photo(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 160), colour).save(out, "JPEG", quality=80)
    return out.getvalue()


def test_each_receipt_photo_is_stored_in_the_pdf_byte_for_byte():
    first, second = photo((250, 248, 240)), photo((240, 230, 200))
    pages = [
        evidence.EvidencePage("T1 · 3 Jun 2026 · Tesco · −£4.50 · receipt 1 of 1", first),
        evidence.EvidencePage("T2 · 4 Jun 2026 · First Bus · −£2.80 · receipt 1 of 1", second),
    ]
    pdf = evidence.receipts_pdf("Receipts", pages, date(2026, 7, 1))
    assert first in pdf and second in pdf  # not decoded, re-encoded or turned into text
    assert pdf.count(b"/DCTDecode") == 2
