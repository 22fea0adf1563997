"""The app's colours: the computer's own palette made readable (WCAG AA), or a high-contrast
palette (light text on black, AAA), plus the colours of messages and the keyboard focus ring."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from dpkeeper.ui import contrast

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: (text, background) pairs a person reads. A failing text colour is nudged darker or lighter;
#: for selected items the highlight behind the text is nudged instead, so it keeps its colour.
TEXT_PAIRS = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
    (Role.LinkVisited, Role.Base),
    (Role.LinkVisited, Role.Window),
    (Role.ToolTipText, Role.ToolTipBase),
)
SELECTED_PAIR = (Role.HighlightedText, Role.Highlight)
#: Greyed-out text need not meet AA, but should still be legible.
DISABLED_PAIRS = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.ButtonText, Role.Button),
)
DISABLED_MINIMUM = contrast.AA_NON_TEXT
HIGH_CONTRAST_DISABLED_MINIMUM = contrast.AA_TEXT

_HIGH_CONTRAST = {
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.AlternateBase: "#1c1c1c",
    Role.Text: "#ffffff",
    Role.PlaceholderText: "#c8c8c8",
    Role.Button: "#000000",
    Role.ButtonText: "#ffffff",
    Role.BrightText: "#ffff00",
    Role.Highlight: "#ffff00",
    Role.HighlightedText: "#000000",
    Role.Link: "#8cd9ff",
    Role.LinkVisited: "#e0b3ff",
    Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#ffffff",
    Role.Light: "#ffffff",
    Role.Midlight: "#d0d0d0",
    Role.Mid: "#a0a0a0",
    Role.Dark: "#d0d0d0",
    Role.Shadow: "#ffffff",
    Role.Accent: "#ffff00",
}
_HIGH_CONTRAST_DISABLED = {
    Role.WindowText: "#a6a6a6",
    Role.Text: "#a6a6a6",
    Role.ButtonText: "#a6a6a6",
    Role.Highlight: "#a6a6a6",
    Role.HighlightedText: "#000000",
}

#: Message and focus colours to start from, on light and on dark backgrounds.
_LIGHT = {"error": "#a51d2d", "warning": "#8a4b00", "success": "#26702f", "focus": "#1a5fb4"}
_DARK = {"error": "#ff9e9e", "warning": "#ffd866", "success": "#8fe88f", "focus": "#8cc4ff"}
_HIGH = {"error": "#ff9e9e", "warning": "#ffe066", "success": "#9dff9d", "focus": "#ffff00"}
HIGH_CONTRAST_EDGE = "#c0c0c0"  # the edges of buttons and boxes on black


@dataclass(frozen=True, slots=True)
class Colours:
    """The colours the style sheet uses, as ``#rrggbb``, chosen to be readable on the palette."""

    error: str
    warning: str
    success: str
    focus: str
    edge: str
    high_contrast: bool
    dark: bool  # light text on a dark background: symbols (ticks, arrows) are drawn light

    def for_role(self, role: str) -> str | None:
        return {"error": self.error, "warning": self.warning, "success": self.success}.get(role)


def hex_of(palette: QPalette, group: Group, role: Role) -> str:
    """A palette colour as ``#rrggbb``, see-through colours painted on their background."""
    colour = palette.color(group, role)
    if colour.alpha() == 255:
        return colour.name()
    background = Role.Base if role is Role.PlaceholderText else Role.Window
    return contrast.over(colour.name(), colour.alpha(), palette.color(group, background).name())


def _set(palette: QPalette, group: Group, role: Role, colour: str) -> None:
    palette.setColor(group, role, QColor(colour))


def readable(platform: QPalette, minimum: float = contrast.AA_TEXT) -> QPalette:
    """The computer's own palette with any text that is too faint made darker (or lighter)."""
    palette = QPalette(platform)
    for group in (Group.Active, Group.Inactive):
        for text, background in TEXT_PAIRS:
            fixed = contrast.readable(
                hex_of(palette, group, text), hex_of(palette, group, background), minimum
            )
            _set(palette, group, text, fixed)
        text, background = SELECTED_PAIR
        shade = contrast.readable(
            hex_of(palette, group, background), hex_of(palette, group, text), minimum
        )
        _set(palette, group, background, shade)
    for text, background in DISABLED_PAIRS:
        fixed = contrast.readable(
            hex_of(palette, Group.Disabled, text),
            hex_of(palette, Group.Disabled, background),
            DISABLED_MINIMUM,
        )
        _set(palette, Group.Disabled, text, fixed)
    return palette


def high_contrast() -> QPalette:
    """Light text on black, with yellow for what is selected or has the keyboard focus."""
    palette = QPalette()
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        for role, colour in _HIGH_CONTRAST.items():
            _set(palette, group, role, colour)
    for role, colour in _HIGH_CONTRAST_DISABLED.items():
        _set(palette, Group.Disabled, role, colour)
    return palette


def colours(palette: QPalette, high: bool) -> Colours:
    """Message and focus colours readable on both the window and the boxes of ``palette``."""
    backgrounds = tuple(hex_of(palette, Group.Active, r) for r in (Role.Window, Role.Base))
    if high:
        start, text_minimum = _HIGH, contrast.AAA_TEXT
    else:
        dark = contrast.is_dark(backgrounds[0])
        start, text_minimum = (_DARK if dark else _LIGHT), contrast.AA_TEXT
    chosen = {
        role: contrast.readable_on_all(colour, backgrounds, text_minimum)
        for role, colour in start.items()
        if role != "focus"
    }
    focus = contrast.readable_on_all(start["focus"], backgrounds, contrast.AA_NON_TEXT)
    return Colours(
        **chosen,
        focus=focus,
        edge=HIGH_CONTRAST_EDGE,
        high_contrast=high,
        dark=contrast.is_dark(backgrounds[1]),
    )
