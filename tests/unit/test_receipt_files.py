"""Receipt files: every format people bring, shrunk in memory, and clear messages for bad files."""

from __future__ import annotations

import io
import time

import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from dpkeeper.domain.errors import UnreadableInput
from dpkeeper.importers.receipt_files import (
    MAX_RECEIPT_BYTES,
    prepare_receipt,
    read_receipt_file,
    rotate_display,
)


def photo(fmt: str, size=(1200, 900), mode="RGB", **save) -> bytes:
    image = Image.new(mode, size, (200, 120, 40, 255) if mode == "RGBA" else (200, 120, 40))
    out = io.BytesIO()
    image.save(out, fmt, **save)
    return out.getvalue()


def heic_photo() -> bytes:
    import pillow_heif

    out = io.BytesIO()
    pillow_heif.from_pillow(Image.new("RGB", (640, 480), (10, 120, 200))).save(out, quality=60)
    return out.getvalue()


def pdf_invoice(pages: int = 2, **options) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(595, 842), **options)
    for number in range(pages):
        pdf.drawString(72, 770, f"Invoice from Riverside Care Agency, page {number + 1}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (photo("JPEG"), "image/jpeg"),
        (photo("PNG"), "image/png"),
        (photo("WEBP"), "image/webp"),
    ],
)
def test_each_photo_format_becomes_a_jpeg_reading_copy_and_thumbnail(data, kind):
    prepared = prepare_receipt(data, "/somewhere/receipt.img")
    assert prepared.original_name == "receipt.img"
    assert prepared.media_type == kind
    assert prepared.display_type == "image/jpeg"
    shown = decoded(prepared.display)
    assert shown.format == "JPEG" and (shown.width, shown.height) == (1200, 900)
    assert (prepared.width, prepared.height, prepared.pages) == (1200, 900, 1)
    assert max(decoded(prepared.thumbnail).size) <= 256
    assert prepared.original == data


def test_phone_heic_photos_are_read():
    prepared = prepare_receipt(heic_photo(), "IMG_0001.HEIC")
    assert prepared.media_type == "image/heic"
    assert decoded(prepared.display).size == (640, 480)


def test_pdf_invoices_are_kept_as_they_are_with_a_drawn_first_page():
    data = pdf_invoice(pages=2)
    prepared = prepare_receipt(data, "invoice.pdf")
    assert prepared.media_type == prepared.display_type == "application/pdf"
    assert prepared.display == data and prepared.pages == 2
    assert (prepared.width, prepared.height) == (595, 842)
    thumbnail = decoded(prepared.thumbnail)
    assert max(thumbnail.size) <= 256 and thumbnail.getextrema() != ((255, 255),) * 3


def test_a_sideways_phone_photo_is_turned_upright():
    image = Image.new("RGB", (1200, 900), (200, 120, 40))
    exif = image.getexif()
    exif[0x0112] = 6  # "rotate 90° clockwise to view"
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    prepared = prepare_receipt(out.getvalue(), "sideways.jpg")
    assert (prepared.width, prepared.height) == (900, 1200)


def test_transparent_screenshots_get_a_white_background():
    prepared = prepare_receipt(photo("PNG", mode="RGBA", size=(300, 200)), "shot.png")
    corner = decoded(prepared.display).convert("RGB").getpixel((0, 0))
    assert corner[0] > 150  # the orange shows, not black
    clear = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    out = io.BytesIO()
    clear.save(out, "PNG")
    blank = decoded(prepare_receipt(out.getvalue(), "clear.png").display).getpixel((5, 5))
    assert min(blank) > 240  # white paper, not black


def test_big_photos_are_shrunk_to_2000_pixels_quickly():
    data = photo("JPEG", size=(4032, 3024), quality=90)  # a 12-megapixel phone photo
    started = time.perf_counter()
    prepared = prepare_receipt(data, "big.jpg")
    assert time.perf_counter() - started < 2.0
    assert max(prepared.width, prepared.height) == 2000
    assert len(prepared.display) < 400_000


def test_the_content_decides_the_type_not_the_file_name():
    assert prepare_receipt(photo("PNG"), "really-a-png.jpg").media_type == "image/png"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "is empty"),
        (b"hello, this is a text file", "not a photo or PDF"),
        (bytes(range(256)) * 10, "not a photo or PDF"),
        (photo("JPEG")[:200], "could not be read"),
        (b"%PDF-1.4 nonsense", "could not be read"),
        (pdf_invoice(encrypt="secret"), "password"),
    ],
)
def test_files_that_cannot_be_used_get_a_message_naming_them(data, words):
    with pytest.raises(UnreadableInput) as caught:
        prepare_receipt(data, "receipt.jpg")
    assert "receipt.jpg" in caught.value.message and words in caught.value.message
    assert caught.value.exit_code == 5


def test_oversized_files_are_refused_before_being_read(tmp_path):
    huge = tmp_path / "scan.jpg"
    with huge.open("wb") as handle:
        handle.truncate(MAX_RECEIPT_BYTES + 1024 * 1024)
    with pytest.raises(UnreadableInput, match="scan.jpg is 41 MB"):
        read_receipt_file(huge)


def test_a_missing_file_gets_a_message(tmp_path):
    with pytest.raises(UnreadableInput, match="gone.jpg could not be opened"):
        read_receipt_file(tmp_path / "gone.jpg")


def test_turning_a_photo_swaps_its_width_and_height():
    prepared = prepare_receipt(photo("JPEG"), "r.jpg")
    turned, thumbnail, width, height = rotate_display(prepared.display, 1)
    assert (width, height) == (900, 1200) == decoded(turned).size
    assert decoded(thumbnail).size[1] == 256
    assert rotate_display(prepared.display, 2)[2:] == (1200, 900)
