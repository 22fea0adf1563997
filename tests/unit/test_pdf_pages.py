"""PDF receipts drawn page by page, in memory, for the receipt viewer."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from dpkeeper.domain.errors import InvalidInput, UnreadableInput
from dpkeeper.importers.pdf_pages import page_count, render_page


def invoice(pages: int = 2) -> bytes:
    """An A4 invoice whose first page is white and whose second page is mostly black."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(595, 842))
    for number in range(pages):
        if number == 1:
            pdf.rect(0, 0, 595, 842, stroke=0, fill=1)
        pdf.drawString(72, 770, f"Riverside Care Agency, invoice 2041, page {number + 1}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def picture(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_page_count_says_how_many_pages_the_pdf_has():
    assert page_count(invoice(1)) == 1
    assert page_count(invoice(3)) == 3


def test_the_first_page_is_drawn_as_a_png_in_the_pages_shape():
    image = picture(render_page(invoice(), 1, long_side=800))
    assert image.format == "PNG"
    assert image.size == (566, 800)  # A4 is 595 × 842 points
    assert image.convert("L").getpixel((10, 10)) > 240  # white paper


def test_the_second_page_is_a_different_picture_and_can_be_a_jpeg():
    image = picture(render_page(invoice(), 2, long_side=400, image_format="JPEG"))
    assert image.format == "JPEG"
    assert max(image.size) == 400
    assert image.convert("L").getpixel((10, 10)) < 30  # the black page, not the white one


@pytest.mark.parametrize("page", [0, 3, -1])
def test_a_page_the_pdf_does_not_have_is_a_clear_error(page):
    with pytest.raises(InvalidInput) as caught:
        render_page(invoice(2), page)
    assert caught.value.message == f"This PDF has 2 page(s), so there is no page {page}."


def test_a_damaged_pdf_is_a_clear_error():
    with pytest.raises(UnreadableInput, match="could not be read"):
        page_count(b"%PDF-1.4 this is not really a PDF")
    with pytest.raises(UnreadableInput, match="could not be read"):
        render_page(invoice(2)[:200], 1)
