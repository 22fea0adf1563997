"""The fonts the PDFs are written in: DejaVu Sans, so names like Zoë, Łukasz, Ξένια or Welsh
ŵ and ŷ print, and Noto Naskh Arabic for Urdu and other Arabic-script words (see scripts.py).

The standard PDF fonts (Helvetica) only cover Western European letters. The fonts ship in
``resources/fonts`` and are embedded as subsets, holding only the letters a document uses. If the
files are missing (a damaged install), the PDFs fall back to Helvetica rather than failing.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dpkeeper import paths

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FALLBACK = ("Helvetica", "Helvetica-Bold")
ARABIC, ARABIC_BOLD = "NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"

_lock = threading.Lock()  # PDFs are made on background threads
_registered: tuple[str, str] | None = None
_arabic: dict[str, str] = {}  # a document font -> the Arabic-script font that goes with it


def register() -> tuple[str, str]:
    """Register the fonts with reportlab (once) and return the (regular, bold) font names."""
    global _registered
    with _lock:
        if _registered is None:
            _registered = _load()
        return _registered


def _load() -> tuple[str, str]:
    folder = paths.resources_dir() / "fonts"
    regular, bold = folder / f"{REGULAR}.ttf", folder / f"{BOLD}.ttf"
    if not (regular.is_file() and bold.is_file()):
        return FALLBACK
    try:
        pdfmetrics.registerFont(TTFont(REGULAR, str(regular)))
        pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
    except Exception:  # a damaged font file: reportlab raises its own TTFError and others
        return FALLBACK
    # So that <b> in a Paragraph picks the bold face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    _load_arabic(folder)
    return REGULAR, BOLD


def _load_arabic(folder) -> None:
    try:
        for name in (ARABIC, ARABIC_BOLD):
            pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    except Exception:  # missing or damaged: Arabic-script words print as boxes, nothing fails
        return
    _arabic.update({REGULAR: ARABIC, BOLD: ARABIC_BOLD, ARABIC: ARABIC, ARABIC_BOLD: ARABIC_BOLD})


def arabic_for(font: str) -> str | None:
    """The Arabic-script font to use beside ``font``, or None if there is none."""
    return _arabic.get(font)


def can_shape(font: str) -> bool:
    """True when HarfBuzz can join this font's letters (uharfbuzz is installed)."""
    return bool(getattr(pdfmetrics.getFont(font), "shapable", False))
