"""Receipt files: every format people bring, shrunk in memory, and clear messages for bad files."""

from __future__ import annotations

import io
import struct
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

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


def grainy_photo(size=(800, 600)) -> bytes:
    """A JPEG with real detail, so a cut-off copy is missing picture data, not just padding."""
    image = Image.merge("RGB", [Image.effect_noise(size, 60) for _ in range(3)])
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def heic_photo(size=(1200, 900)) -> bytes:
    import pillow_heif

    out = io.BytesIO()
    pillow_heif.from_pillow(Image.new("RGB", size, (10, 120, 200))).save(out, quality=60)
    return out.getvalue()


def pdf_invoice(pages: int = 2, **options) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(595, 842), **options)
    for number in range(pages):
        pdf.drawString(72, 770, f"Invoice from Riverside Care Agency, page {number + 1}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims to be enormous: the shape of a "decompression bomb"."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


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
        (heic_photo(), "image/heic"),
    ],
    ids=["jpeg", "png", "webp", "heic"],
)
def test_each_photo_format_becomes_a_jpeg_reading_copy_and_thumbnail(data, kind):
    prepared = prepare_receipt(data, "/somewhere/receipt.img")
    assert prepared.original_name == "receipt.img"
    assert prepared.media_type == kind
    assert prepared.display_type == "image/jpeg"
    shown = decoded(prepared.display)
    assert shown.format == "JPEG" and (shown.width, shown.height) == (1200, 900)
    assert (prepared.width, prepared.height, prepared.pages) == (1200, 900, 1)
    thumbnail = decoded(prepared.thumbnail)
    assert thumbnail.format == "JPEG" and thumbnail.size == (256, 192)
    assert prepared.original == data


def test_pdf_invoices_are_kept_as_they_are_with_a_drawn_first_page():
    data = pdf_invoice(pages=2)
    prepared = prepare_receipt(data, "invoice.pdf")
    assert prepared.media_type == prepared.display_type == "application/pdf"
    assert prepared.display == data == prepared.original and prepared.pages == 2
    assert (prepared.width, prepared.height) == (595, 842)
    thumbnail = decoded(prepared.thumbnail)
    assert thumbnail.format == "JPEG" and max(thumbnail.size) <= 256
    assert thumbnail.getextrema() != ((255, 255),) * 3  # the invoice text was drawn


def test_a_pdf_with_bytes_before_its_header_is_still_a_pdf():
    prepared = prepare_receipt(b"\r\n\0\0" + pdf_invoice(pages=1), "emailed-invoice.pdf")
    assert prepared.media_type == "application/pdf" and prepared.pages == 1


def test_a_sideways_phone_photo_is_turned_upright():
    image = Image.new("RGB", (1200, 900), (200, 120, 40))
    exif = image.getexif()
    exif[0x0112] = 6  # "rotate 90° clockwise to view"
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    prepared = prepare_receipt(out.getvalue(), "sideways.jpg")
    assert (prepared.width, prepared.height) == (900, 1200) == decoded(prepared.display).size
    assert decoded(prepared.thumbnail).size == (192, 256)


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
    assert (prepared.width, prepared.height) == (2000, 1500) == decoded(prepared.display).size
    assert len(prepared.display) < 400_000


def test_big_portrait_png_scans_keep_their_shape():
    prepared = prepare_receipt(photo("PNG", size=(2480, 3508)), "a4-scan.png")  # A4 at 300 dpi
    assert (prepared.width, prepared.height) == (1414, 2000)


def test_the_content_decides_the_type_not_the_file_name():
    assert prepare_receipt(photo("PNG"), "really-a-png.jpg").media_type == "image/png"
    assert prepare_receipt(pdf_invoice(), "invoice.jpg").media_type == "application/pdf"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "is empty"),
        (b"hello, this is a text file", "not a photo or PDF"),
        (bytes(range(256)) * 10, "not a photo or PDF"),
        (photo("AVIF", size=(64, 64)), "not a photo or PDF"),
        (photo("JPEG")[:200], "could not be read"),
        (grainy_photo()[:20_000], "could not be read"),
        (photo("PNG")[:100], "could not be read"),
        (b"%PDF-1.4 nonsense", "could not be read"),
        (pdf_invoice()[:400], "could not be read"),
        (pdf_invoice(encrypt="secret"), "locked with a password"),
    ],
    ids=[
        "empty",
        "text",
        "random-bytes",
        "avif",
        "jpeg-header-only",
        "jpeg-cut-off",
        "png-cut-off",
        "pdf-nonsense",
        "pdf-cut-off",
        "pdf-password",
    ],
)
def test_files_that_cannot_be_used_get_a_message_naming_them(data, words):
    with pytest.raises(UnreadableInput) as caught:
        prepare_receipt(data, "receipt.jpg")
    assert "receipt.jpg" in caught.value.message and words in caught.value.message
    assert caught.value.exit_code == 5


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.parametrize("side", [12_000, 20_000], ids=["144-megapixels", "400-megapixels"])
def test_pictures_claiming_to_be_enormous_are_refused_before_decoding(side):
    with pytest.raises(UnreadableInput, match="bomb.png is a picture of more than 100 megapixels"):
        prepare_receipt(png_header_only(side, side), "bomb.png")


def test_oversized_files_are_refused_before_being_read(tmp_path, monkeypatch):
    huge = tmp_path / "scan.jpg"
    with huge.open("wb") as handle:
        handle.truncate(MAX_RECEIPT_BYTES + 1024 * 1024)  # sparse: takes no real disk space

    def must_not_read(self):
        raise AssertionError(f"{self} was read")

    monkeypatch.setattr(Path, "read_bytes", must_not_read)
    with pytest.raises(UnreadableInput, match="scan.jpg is 41 MB. Receipts can be up to 40 MB"):
        read_receipt_file(huge)


def test_oversized_bytes_are_refused_too():
    with pytest.raises(UnreadableInput, match="scan.pdf is 41 MB"):
        prepare_receipt(b"%PDF-" + bytes(MAX_RECEIPT_BYTES + 1024 * 1024), "scan.pdf")


def test_a_file_on_disk_is_read_and_named_without_its_folder(tmp_path):
    path = tmp_path / "till-receipt.jpg"
    path.write_bytes(photo("JPEG"))
    prepared = read_receipt_file(path)
    assert prepared.original_name == "till-receipt.jpg" and prepared.width == 1200


def test_a_missing_file_gets_a_message(tmp_path):
    with pytest.raises(UnreadableInput, match="gone.jpg could not be opened"):
        read_receipt_file(tmp_path / "gone.jpg")


def test_several_receipts_can_be_prepared_at_once():
    files = [(pdf_invoice(pages=n), f"invoice-{n}.pdf") for n in (1, 2, 3)] + [
        (photo("JPEG"), "till.jpg"),
        (photo("PNG"), "shot.png"),
    ]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda args: prepare_receipt(*args), files * 4))
    assert [r.pages for r in results[:5]] == [1, 2, 3, 1, 1]
    assert {r.original_name for r in results} == {name for _, name in files}


def test_turning_a_photo_swaps_its_width_and_height():
    prepared = prepare_receipt(photo("JPEG"), "r.jpg")
    turned, thumbnail, width, height = rotate_display(prepared.display, 1)
    assert (width, height) == (900, 1200) == decoded(turned).size
    assert decoded(thumbnail).size == (192, 256)
    assert rotate_display(prepared.display, 2)[2:] == (1200, 900)
    assert rotate_display(prepared.display, -1)[2:] == (900, 1200)


def test_turning_a_photo_clockwise_moves_its_top_left_corner_to_the_top_right():
    image = Image.new("RGB", (400, 300), (255, 255, 255))
    image.paste((0, 0, 0), (0, 0, 100, 100))  # a black square at the top left
    out = io.BytesIO()
    image.save(out, "JPEG")
    turned = decoded(rotate_display(out.getvalue(), 1)[0])
    assert max(turned.getpixel((250, 50))) < 60  # now at the top right
    assert min(turned.getpixel((50, 50))) > 200
