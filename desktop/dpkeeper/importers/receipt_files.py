"""Turning a receipt file someone picked into what the vault keeps.

Photos become a reading copy (orientation corrected, long side at most 2,000 pixels, JPEG) and a
small thumbnail; PDF invoices are kept as they are, with their first page drawn as the thumbnail.
Everything happens in memory: decrypted receipts are never written to a temporary file.
Several receipts may be prepared at once on background threads, so nothing here relies on
process-wide switches that one call turns on and off (such as ``warnings.catch_warnings``).
"""

from __future__ import annotations

import io
import math
import threading
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from dpkeeper.domain.errors import UnreadableInput
from dpkeeper.domain.text import QT_TRANSLATE_NOOP

MAX_RECEIPT_BYTES = 40 * 1024 * 1024
MAX_PIXELS = 100_000_000  # far above any phone camera or A4 scan; stops "decompression bomb" files
DISPLAY_LONG_SIDE = 2000
THUMBNAIL_LONG_SIDE = 256
DISPLAY_QUALITY = 82
THUMBNAIL_QUALITY = 75

JPEG, PNG, WEBP, HEIC, PDF = (
    "image/jpeg",
    "image/png",
    "image/webp",
    "image/heic",
    "application/pdf",
)
# Major brands of HEIF photos. AVIF ("avif") is left out: it is not one of the formats we promise.
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}

# Pillow warns above this many pixels and refuses above twice as many; we refuse above it.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
_heif_registered = False
PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe; one document at a time


@dataclass(frozen=True, slots=True)
class PreparedReceipt:
    original_name: str  # file name only, no folder
    media_type: str  # of the original file
    display: bytes  # JPEG reading copy for photos; the PDF itself for PDFs
    display_type: str
    thumbnail: bytes  # JPEG
    width: int  # of the display copy (a PDF's first page, in points)
    height: int
    pages: int
    original: bytes  # the file's exact bytes


def _unreadable(name: str) -> UnreadableInput:
    return UnreadableInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} could not be read. It may be damaged or incomplete. "
            "Please try saving it again.",
        ),
        name=name,
    )


def _too_big(name: str, size: int) -> UnreadableInput:
    return UnreadableInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is {size} MB. Receipts can be up to 40 MB. "
            "Please take a smaller photo or scan.",
        ),
        name=name,
        size=round(size / (1024 * 1024)),
    )


def _too_many_pixels(name: str) -> UnreadableInput:
    return UnreadableInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is a picture of more than 100 megapixels, too large to show. "
            "Please take a smaller photo or scan.",
        ),
        name=name,
    )


def media_type(data: bytes) -> str | None:
    """What a file really is, from its first bytes (the file name may say otherwise)."""
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return HEIC
    if b"%PDF-" in data[:1024]:  # the PDF standard allows some bytes before the header
        return PDF
    return None


def read_receipt_file(path: Path) -> PreparedReceipt:
    """Read a receipt from disk (too-big files are refused before reading) and prepare it."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_RECEIPT_BYTES:
            raise _too_big(name, size)
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} could not be opened ({reason}). Please check the file is there."
            ),
            name=name,
            reason=exc.strerror or type(exc).__name__,
        ) from exc
    return prepare_receipt(data, name)


def prepare_receipt(data: bytes, file_name: str) -> PreparedReceipt:
    """Make the reading copy and thumbnail for a receipt file's bytes.

    The type comes from the content, not the name. Raises ``UnreadableInput`` for empty, too big,
    unsupported, damaged or password-locked files. Slow for big photos (about half a second for
    a 12-megapixel one): run it off the GUI thread.
    """
    name = Path(file_name).name or "receipt"
    if not data:
        raise UnreadableInput(
            QT_TRANSLATE_NOOP("Errors", "{name} is empty. Please choose the photo or PDF again."),
            name=name,
        )
    if len(data) > MAX_RECEIPT_BYTES:
        raise _too_big(name, len(data))
    kind = media_type(data)
    if kind is None:
        raise UnreadableInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is not a photo or PDF this app can read. "
                "Please use a JPEG, PNG, WebP or HEIC photo, or a PDF.",
            ),
            name=name,
        )
    if kind == PDF:
        return _prepare_pdf(data, name)
    image = _open_image(data, kind, name)
    display, width, height = _encode(image, DISPLAY_LONG_SIDE, DISPLAY_QUALITY)
    thumbnail = _thumbnail_of(display)
    return PreparedReceipt(name, kind, display, JPEG, thumbnail, width, height, 1, data)


def _register_heif() -> None:
    global _heif_registered
    if not _heif_registered:
        import pillow_heif  # loaded only when a phone photo needs it

        pillow_heif.register_heif_opener()
        _heif_registered = True


def _open_image(data: bytes, kind: str, name: str) -> Image.Image:
    """Decode a photo upright, in RGB, no bigger than the reading copy needs."""
    if kind == HEIC:
        _register_heif()
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_PIXELS:
            raise _too_many_pixels(name)
        if image.format == "JPEG":
            image.draft("RGB", _draft_size(image.size))
        image.load()
        image = ImageOps.exif_transpose(image)
    except Image.DecompressionBombError as exc:
        raise _too_many_pixels(name) from exc
    except (OSError, SyntaxError, ValueError, UnidentifiedImageError) as exc:
        raise _unreadable(name) from exc
    return _flatten(image)


def _draft_size(size: tuple[int, int]) -> tuple[int, int]:
    """The smallest size, in the photo's own proportions, that still fills the reading copy.

    JPEG can decode at 1/2, 1/4 or 1/8 size, which makes big photos several times faster; the
    request must keep the photo's shape, or a landscape photo is never reduced.
    """
    width, height = size
    scale = min(1.0, DISPLAY_LONG_SIDE / max(width, height, 1))
    return math.ceil(width * scale), math.ceil(height * scale)


def _flatten(image: Image.Image) -> Image.Image:
    """RGB on white: transparent parts of a screenshot become white paper, not black."""
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        image.mode == "P" and "transparency" in image.info
    ):
        rgba = image.convert("RGBA")
        paper = Image.new("RGB", rgba.size, (255, 255, 255))
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    return image.convert("RGB") if image.mode != "RGB" else image


def _encode(image: Image.Image, long_side: int, quality: int) -> tuple[bytes, int, int]:
    copy = image.copy()
    copy.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    copy.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue(), copy.width, copy.height


def _thumbnail_of(display: bytes) -> bytes:
    """A thumbnail made from the reading copy: much faster than from the full photo."""
    with Image.open(io.BytesIO(display)) as image:
        image.draft("RGB", (THUMBNAIL_LONG_SIDE, THUMBNAIL_LONG_SIDE))
        image.load()
        return _encode(image, THUMBNAIL_LONG_SIDE, THUMBNAIL_QUALITY)[0]


def _prepare_pdf(data: bytes, name: str) -> PreparedReceipt:
    import pypdfium2

    with PDFIUM_LOCK:
        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise UnreadableInput(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} is locked with a password. Please save a copy without the "
                        "password, or take a photo of it instead.",
                    ),
                    name=name,
                ) from exc
            raise _unreadable(name) from exc
        try:
            pages = len(document)
            if pages == 0:
                raise _unreadable(name)
            page = document[0]
            width, height = page.get_size()
            scale = THUMBNAIL_LONG_SIDE / max(width, height, 1)
            image = page.render(scale=scale).to_pil()  # shares PDFium's memory until closed
            thumbnail, _, _ = _encode(_flatten(image), THUMBNAIL_LONG_SIDE, THUMBNAIL_QUALITY)
        except pypdfium2.PdfiumError as exc:
            raise _unreadable(name) from exc
        finally:
            document.close()
    return PreparedReceipt(
        name, PDF, data, PDF, thumbnail, round(width), round(height), pages, data
    )


def rotate_display(display: bytes, quarter_turns: int) -> tuple[bytes, bytes, int, int]:
    """Turn a photo's reading copy clockwise by 90° × ``quarter_turns``.

    Returns the new reading copy, its thumbnail, and its width and height.
    """
    with Image.open(io.BytesIO(display)) as image:
        image.load()
        turned = image.rotate(-90 * (quarter_turns % 4), expand=True)
    shown, width, height = _encode(turned, DISPLAY_LONG_SIDE, DISPLAY_QUALITY)
    return shown, _thumbnail_of(shown), width, height
