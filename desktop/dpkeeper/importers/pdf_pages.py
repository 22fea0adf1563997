"""Drawing one page of a PDF receipt as a picture, in memory.

The PDF comes decrypted from the vault, so it is only ever held in memory: PDFium reads it from
bytes and the page comes back as PNG or JPEG bytes. Nothing is written to a temporary file.
"""

from __future__ import annotations

import io

from dpkeeper.domain.errors import InvalidInput, UnreadableInput
from dpkeeper.domain.text import QT_TRANSLATE_NOOP

# PDFium is not thread-safe: share the lock receipt_files uses when it reads PDFs off-thread.
from dpkeeper.importers.receipt_files import PDFIUM_LOCK

PAGE_LONG_SIDE = 2000  # pixels: like a photo's reading copy, sharp enough to zoom in a little
FORMATS = {"PNG": {"compress_level": 1}, "JPEG": {"quality": 85}}


def _unreadable() -> UnreadableInput:
    return UnreadableInput(
        QT_TRANSLATE_NOOP(
            "Errors", "This PDF could not be read. It may be damaged or locked with a password."
        )
    )


def _open(data: bytes):
    import pypdfium2  # loaded only when a PDF is shown

    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise _unreadable() from exc


def page_count(data: bytes) -> int:
    """How many pages a PDF has."""
    with PDFIUM_LOCK:
        document = _open(data)
        try:
            return len(document)
        finally:
            document.close()


def render_page(
    data: bytes, page_number: int, long_side: int = PAGE_LONG_SIDE, image_format: str = "PNG"
) -> bytes:
    """Page ``page_number`` (1 is the first) drawn on white, ``long_side`` pixels at most.

    Returns PNG or JPEG bytes. A page number the PDF does not have raises ``InvalidInput``.
    """
    if image_format not in FORMATS:
        raise ValueError(f"image_format must be one of {sorted(FORMATS)}")
    import pypdfium2

    with PDFIUM_LOCK:
        document = _open(data)
        try:
            pages = len(document)
            if not 1 <= page_number <= pages:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "This PDF has {pages} page(s), so there is no page {page}."
                    ),
                    pages=pages,
                    page=page_number,
                )
            page = document[page_number - 1]
            width, height = page.get_size()
            scale = long_side / max(width, height, 1)
            bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255))
            image = bitmap.to_pil().convert("RGB")  # a copy: PDFium's memory is freed below
        except pypdfium2.PdfiumError as exc:
            raise _unreadable() from exc
        finally:
            document.close()
    out = io.BytesIO()
    image.save(out, image_format, **FORMATS[image_format])
    return out.getvalue()
