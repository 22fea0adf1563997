"""Drawing text in any script: Urdu and Arabic words joined up and read right to left.

reportlab draws the letters of a string one after the other, left to right, in one font. That is
right for English, Welsh and most names, and the PDFs keep that fast path. Text with
right-to-left letters needs three more steps, done here:

1. Put it in display order (the Unicode bidirectional algorithm, UAX #9, for one line without
   explicit embeddings): Urdu words run right to left, while numbers, amounts such as £12.50 and
   English names inside them still read left to right.
2. Join the letters (shaping): HarfBuzz (``uharfbuzz``), through reportlab's own ``shapeStr``,
   picks each letter's joined form from the Arabic-script font.
3. Use a font for each letter that has it: Noto Naskh Arabic for Arabic-script letters, the
   document's font (DejaVu Sans) for the rest.

reportlab's own right-to-left support needs ``rlbidi``, which has no wheels to install; step 1
is small enough to do here with the standard library's bidirectional classes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from dpkeeper.reports import fonts

# Letters that need this module: Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms.
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u2066-\u2069]")
_ARABIC_LETTERS = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
_ISOLATES = re.compile("[\u2066-\u2069]")
_MIRRORED = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_NEUTRAL = {"B", "S", "WS", "ON"}


def needs_help(text: str) -> bool:
    """True when ``text`` has right-to-left letters (anything else draws as it is)."""
    return _RIGHT_TO_LEFT.search(text) is not None


def right_to_left(text: str) -> bool:
    """The direction of a line, from its first letter that has one (UAX #9 rules P2 and P3);
    isolated parts (names, amounts) do not count."""
    if _ISOLATES.search(text):
        text = _isolates(text)[0]
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def levels(text: str, rtl: bool) -> list[int]:
    """Each character's embedding level: even reads left to right, odd right to left."""
    base = 1 if rtl else 0
    sos = "R" if rtl else "L"
    types = [unicodedata.bidirectional(ch) or "L" for ch in text]
    previous = sos
    for i, kind in enumerate(types):  # W1: marks (and joiners) take the type before them
        if kind in ("NSM", "BN"):
            types[i] = previous
        else:
            previous = types[i]
    strong = sos
    for i, kind in enumerate(types):  # W2, W3
        if kind in ("L", "R", "AL"):
            strong = kind
        if kind == "EN" and strong == "AL":
            types[i] = "AN"
        if kind == "AL":
            types[i] = "R"
    for i in range(1, len(types) - 1):  # W4: 1,000 and 12.50 stay one number
        before, here, after = types[i - 1], types[i], types[i + 1]
        if here == "ES" and before == after == "EN":
            types[i] = "EN"
        elif here == "CS" and before == after and before in ("EN", "AN"):
            types[i] = before
    i = 0
    while i < len(types):  # W5: £ and % next to a number belong to it
        if types[i] == "ET":
            end = i
            while end < len(types) and types[end] == "ET":
                end += 1
            touching = (i > 0 and types[i - 1] == "EN") or (end < len(types) and types[end] == "EN")
            for j in range(i, end):
                types[j] = "EN" if touching else "ON"
            i = end
        else:
            i += 1
    strong = sos
    for i, kind in enumerate(types):  # W6, W7
        if kind in ("ES", "ET", "CS"):
            types[i] = "ON"
        elif kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            types[i] = "L"
    resolved = ["R" if kind in ("EN", "AN") else kind for kind in types]
    i = 0
    while i < len(types):  # N1, N2: spaces and punctuation go with what is around them
        if types[i] in _NEUTRAL:
            end = i
            while end < len(types) and types[end] in _NEUTRAL:
                end += 1
            before = resolved[i - 1] if i > 0 else sos
            after = resolved[end] if end < len(types) else sos
            side = before if before == after else ("R" if rtl else "L")
            for j in range(i, end):
                types[j] = side
            i = end
        else:
            i += 1
    out = []
    for kind in types:  # I1, I2
        if base == 0:
            out.append({"R": 1, "AN": 2, "EN": 2}.get(kind, 0))
        else:
            out.append(2 if kind in ("L", "EN", "AN") else 1)
    end = len(text)  # L1: spaces at the end of the line go back to the line's own direction
    while end > 0 and text[end - 1].isspace():
        end -= 1
        out[end] = base
    return out


def isolate(value: str) -> str:
    """``value`` marked to keep its own direction inside a line (FSI … PDI), as a name or an
    amount put into a right-to-left sentence: £12.50 stays £12.50, never 12.50£."""
    return f"\u2068{value}\u2069"


_OPENS = {"\u2066": False, "\u2067": True, "\u2068": None}  # LRI, RLI, FSI
_CLOSE = "\u2069"  # PDI
_HOLDER = "\ufffc"  # stands in for an isolated part while the line around it is ordered


def _isolates(text: str) -> tuple[str, list[tuple[str, bool | None]]]:
    """The line with each isolated part replaced by one stand-in, and those parts."""
    outer, parts, depth, inner, direction = [], [], 0, [], None
    for ch in text:
        if ch in _OPENS:
            if depth == 0:
                inner, direction = [], _OPENS[ch]
            else:
                inner.append(ch)
            depth += 1
        elif ch == _CLOSE and depth:
            depth -= 1
            if depth == 0:
                outer.append(_HOLDER)
                parts.append(("".join(inner), direction))
            else:
                inner.append(ch)
        elif depth:
            inner.append(ch)
        elif ch not in "\u202a\u202b\u202c\u202d\u202e":  # old-style embeddings: ignored
            outer.append(ch)
    if depth:  # an isolate left open runs to the end of the line
        outer.append(_HOLDER)
        parts.append(("".join(inner), direction))
    return "".join(outer), parts


def display_runs(text: str, rtl: bool | None = None) -> list[tuple[str, bool]]:
    """``text`` as (run, reads right to left) pieces in the order they appear from the left.

    Each run keeps its letters in reading order; a right-to-left run is reversed when drawn.
    """
    outer, parts = _isolates(text)
    if not outer:
        return []
    rtl = right_to_left(outer) if rtl is None else rtl
    marks = levels(outer, rtl)
    runs: list[tuple[str | int, int]] = []  # (letters, level), or (index of an isolate, level)
    start = 0
    held = 0
    for i in range(1, len(outer) + 1):
        if outer[i - 1] == _HOLDER:
            content, direction = parts[held]
            inner_rtl = right_to_left(content) if direction is None else direction
            level = marks[i - 1] + 1
            runs.append((held, level + (level % 2 != inner_rtl)))
            held += 1
            start = i
        elif i == len(outer) or outer[i] == _HOLDER or marks[i] != marks[start]:
            runs.append((outer[start:i], marks[start]))
            start = i
    for level in range(max(m for _, m in runs), 0, -1):  # L2, run by run
        i = 0
        while i < len(runs):
            if runs[i][1] >= level:
                end = i
                while end < len(runs) and runs[end][1] >= level:
                    end += 1
                runs[i:end] = runs[i:end][::-1]
                i = end
            else:
                i += 1
    out: list[tuple[str, bool]] = []
    for run, level in runs:
        if isinstance(run, int):
            content, direction = parts[run]
            out += display_runs(content, bool(level % 2))
        elif run:
            out.append((run, level % 2 == 1))
    return out


@dataclass(frozen=True, slots=True)
class Piece:
    """Letters ready to draw from the left, in one font, and how wide they are."""

    text: str  # a ShapedStr when HarfBuzz joined it
    font: str
    width: float


def _covers(font: str, ch: str) -> bool:
    glyphs = getattr(getattr(pdfmetrics.getFont(font), "face", None), "charToGlyph", None)
    return glyphs is None or ord(ch) in glyphs


def _width(text: str, font: str, size: float) -> float:
    if isinstance(text, ShapedStr) and hasattr(text, "__shapeData__"):
        return sum(g.x_advance for g in text.__shapeData__) * size / 1000
    return pdfmetrics.getFont(font).stringWidth(text, size)


def _joins(ch: str) -> bool:
    """An Arabic-script letter or mark, or a joiner that changes how the letters join."""
    return _ARABIC_LETTERS.match(ch) is not None or ch in "\u200c\u200d"


def _split(run: str, test) -> list[tuple[str, bool]]:
    parts: list[tuple[str, bool]] = []
    for ch in run:
        hit = test(ch)
        if parts and parts[-1][1] == hit:
            parts[-1] = (parts[-1][0] + ch, hit)
        else:
            parts.append((ch, hit))
    return parts


def pieces(text: str, font: str, size: float, rtl: bool | None = None) -> list[Piece]:
    """What to draw, from the left: runs in display order, in the font that has their letters."""
    arabic = fonts.arabic_for(font)
    out: list[Piece] = []
    for run, backwards in display_runs(text, rtl):
        if not backwards:
            for part, other in _split(run, lambda ch: not _covers(font, ch)):
                use = arabic if other and arabic and _covers(arabic, part[0]) else font
                out.append(Piece(part, use, _width(part, use, size)))
            continue
        joined = _split(run, _joins)
        for part, letters in reversed(joined):
            if letters and arabic:
                shaped = shapeStr(part, arabic, size) if fonts.can_shape(arabic) else part[::-1]
                out.append(Piece(shaped, arabic, _width(shaped, arabic, size)))
            else:
                shown = part[::-1].translate(_MIRRORED)
                use = font if all(_covers(font, ch) for ch in shown) or not arabic else arabic
                out.append(Piece(shown, use, _width(shown, use, size)))
    return out


def width(text: str, font: str, size: float) -> float:
    if not needs_help(text):
        return pdfmetrics.getFont(font).stringWidth(text, size)
    return sum(piece.width for piece in pieces(text, font, size))


def draw(pdf: Canvas, x: float, y: float, text: str, align: str = "left") -> float:
    """Draw ``text`` in the canvas's current font, from ``x`` ("left"), ending at ``x``
    ("right") or centred on it; returns the width drawn. The current font is left as it was."""
    font, size = pdf._fontname, pdf._fontsize
    if not needs_help(text):
        if align == "right":
            pdf.drawRightString(x, y, text)
        elif align == "centre":
            pdf.drawCentredString(x, y, text)
        else:
            pdf.drawString(x, y, text)
        return pdfmetrics.getFont(font).stringWidth(text, size)
    laid = pieces(text, font, size)
    total = sum(piece.width for piece in laid)
    x -= {"right": total, "centre": total / 2}.get(align, 0)
    for piece in laid:
        if piece.font != pdf._fontname:
            pdf.setFont(piece.font, size)
        pdf.drawString(x, y, piece.text)
        x += piece.width
    if pdf._fontname != font:
        pdf.setFont(font, size)
    return total


def wrap_words(text: str, font: str, size: float, room: float) -> list[str]:
    """Lines no wider than ``room``, words kept in reading order; each line is measured as it
    will be drawn (joined letters are narrower than loose ones)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}" if line else word
            if line and width(trial, font, size) > room:
                lines.append(line)
                trial = word
            line = trial
        lines.append(line)
    return lines or [""]


class Words(Flowable):
    """Platypus's Paragraph, for text with right-to-left letters: plain text, wrapped, put in
    display order and joined here. A right-to-left line sits at the right of its space."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text, self.style = text, style
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self.lines: list[str] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        style = self.style
        self.lines = wrap_words(self.text, style.fontName, style.fontSize, available_width)
        self.width = available_width
        self.height = len(self.lines) * style.leading
        return self.width, self.height

    def draw(self) -> None:
        style, pdf = self.style, self.canv
        pdf.setFont(style.fontName, style.fontSize)
        pdf.setFillColor(style.textColor)
        for i, line in enumerate(self.lines):
            base = self.height - style.fontSize - i * style.leading
            if style.alignment == TA_CENTER:
                draw(pdf, self.width / 2, base, line, "centre")
            elif style.alignment == TA_RIGHT or right_to_left(line):
                draw(pdf, self.width, base, line, "right")
            else:
                draw(pdf, 0, base, line)


def paragraph(text: str, style: ParagraphStyle) -> Flowable:
    """A platypus Paragraph of plain ``text``, or Words when it has right-to-left letters."""
    return Words(text, style) if needs_help(text) else Paragraph(escape(text), style)
