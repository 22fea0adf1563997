"""WCAG 2.x colour contrast: how readable one colour is on another, and nudging a colour until it
is readable enough. Colours are ``#rrggbb`` strings; no Qt here, so the sums are easy to test.

AA asks for 4.5:1 for ordinary text and 3:1 for large text and the edges of controls (such as a
focus ring); AAA asks for 7:1, which the high-contrast theme meets.
"""

from __future__ import annotations

AA_TEXT = 4.5
AA_NON_TEXT = 3.0
AAA_TEXT = 7.0

BLACK = "#000000"
WHITE = "#ffffff"


def _channels(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _hex(red: float, green: float, blue: float) -> str:
    return "#" + "".join(f"{round(min(max(c, 0), 255)):02x}" for c in (red, green, blue))


def luminance(colour: str) -> float:
    """Relative luminance, 0 for black to 1 for white (WCAG 2.x definition)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in _channels(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def ratio(first: str, second: str) -> float:
    """The contrast ratio between two colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(colour: str, towards: str, amount: float) -> str:
    """``colour`` moved ``amount`` (0 to 1) of the way towards ``towards``."""
    start, end = _channels(colour), _channels(towards)
    return _hex(*(a + (b - a) * amount for a, b in zip(start, end, strict=True)))


def over(colour: str, alpha: int, background: str) -> str:
    """A see-through colour (alpha 0-255) as it looks painted on ``background``."""
    return mix(background, colour, alpha / 255)


def is_dark(colour: str) -> bool:
    """True for colours on which white text reads better than black."""
    return ratio(colour, WHITE) > ratio(colour, BLACK)


def readable(colour: str, background: str, minimum: float) -> str:
    """``colour``, or the nearest shade of it (darker on a light background, lighter on a dark
    one) that reaches ``minimum`` contrast on ``background``."""
    if ratio(colour, background) >= minimum:
        return colour
    target = WHITE if is_dark(background) else BLACK
    for step in range(1, 21):
        candidate = mix(colour, target, step / 20)
        if ratio(candidate, background) >= minimum:
            return candidate
    return target


def readable_on_all(colour: str, backgrounds: tuple[str, ...], minimum: float) -> str:
    """A shade of ``colour`` that reaches ``minimum`` contrast on every one of ``backgrounds``
    (they should all be light or all dark)."""
    for background in backgrounds:
        colour = readable(colour, background, minimum)
    return colour
