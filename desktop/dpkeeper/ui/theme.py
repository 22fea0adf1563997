"""The app's look: the platform's own style and fonts, made readable, with a clearly visible
keyboard focus; larger text and a high-contrast theme when the person asks for them.

Sizes are relative to the system font, so text grows when the person sets larger text: here
(Settings > Display, or Text size and contrast… on the first screen) or on their computer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dpkeeper import paths
from dpkeeper.services import app_settings
from dpkeeper.services.app_settings import Display
from dpkeeper.ui import message_marks, palettes
from dpkeeper.ui.palettes import Colours

#: Every kind of control that can take the keyboard focus; each shows the focus ring.
FOCUSABLE = (
    "QPushButton",
    "QToolButton",
    "QLineEdit",
    "QAbstractSpinBox",
    "QComboBox",
    "QCheckBox",
    "QRadioButton",
    "QAbstractItemView",
    "QTextEdit",
    "QPlainTextEdit",
    "QTabBar",
    "QLabel",
    "QScrollArea",
)
#: Controls that get a visible edge in high contrast, where the style's own edges vanish.
EDGED = (
    "QPushButton",
    "QToolButton",
    "QLineEdit",
    "QAbstractSpinBox",
    "QComboBox",
    "QAbstractItemView",
    "QTextEdit",
    "QPlainTextEdit",
)
INDICATORS = "QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator"
FOCUS_WIDTH_PX = 2
HIGH_CONTRAST_FOCUS_WIDTH_PX = 3

COLUMN_WIDTH_EM = 46  # comfortable reading width, in multiples of the font height


@dataclass(frozen=True, slots=True)
class _Platform:
    """How the app looked before this module changed anything, to go back to."""

    style: str
    palette: QPalette
    font: QFont


_platform: _Platform | None = None
_colours: Colours | None = None


def apply(app: QApplication, choice: Display | None = None) -> Colours:
    """Set the text size, palette and style sheet: from this computer's settings, or ``choice``.

    Safe to call again at any time (the Display settings do, as soon as they change).
    """
    global _platform, _colours
    if _platform is None:
        _platform = _Platform(app.style().name(), QPalette(app.palette()), QFont(app.font()))
    choice = choice or app_settings.display()
    if choice.high_contrast:
        _set_style(app, "Fusion")  # the platform's own style may ignore the palette
        palette = palettes.high_contrast()
    else:
        _set_style(app, _platform.style)
        palette = palettes.readable(_platform.palette)
    _colours = palettes.colours(palette, choice.high_contrast)
    app.setPalette(palette)
    app.setFont(_scaled(_platform.font, choice.text_percent / 100))
    app.setStyleSheet(style_sheet(_colours))
    for widget in app.allWidgets():
        scale = widget.property(_FONT_SCALE)
        if scale is not None:
            _set_font(widget, float(scale))
    message_marks.refresh(app)
    return _colours


def colours() -> Colours:
    """The colours in use (after ``apply``)."""
    if _colours is None:
        return palettes.colours(QApplication.palette(), False)
    return _colours


def _set_style(app: QApplication, name: str) -> None:
    if app.style().name().lower() != name.lower():
        app.setStyle(name)


def style_sheet(c: Colours) -> str:
    focus_width = HIGH_CONTRAST_FOCUS_WIDTH_PX if c.high_contrast else FOCUS_WIDTH_PX
    focused = ", ".join(f"{kind}:focus" for kind in FOCUSABLE)
    icons = (paths.resources_dir() / "icons" / "controls").as_posix()
    shade = "light" if c.dark else "dark"
    rules = [
        "QPushButton, QToolButton { padding: 0.35em 1em; }",
        # Room for the focus ring, so nothing moves when the focus arrives.
        f"QCheckBox, QRadioButton {{ border: {focus_width}px solid transparent; }}",
        f"{INDICATORS} {{ width: 0.8em; height: 0.8em; }}",  # tick boxes grow with the text
        # Arrows that grow with the text (the style's own stay small).
        f"QComboBox::down-arrow, QAbstractSpinBox::down-arrow"
        f" {{ image: url({icons}/down-{shade}.svg); width: 0.6em; height: 0.6em; }}",
        f"QAbstractSpinBox::up-arrow"
        f" {{ image: url({icons}/up-{shade}.svg); width: 0.6em; height: 0.6em; }}",
        "QComboBox::drop-down, QAbstractSpinBox::up-button, QAbstractSpinBox::down-button"
        " { width: 1.2em; }",
        f'QLabel[role="error"] {{ color: {c.error}; }}',
        f'QLabel[role="success"] {{ color: {c.success}; }}',
        f'QLabel[role="warning"] {{ color: {c.warning}; }}',
        'QLabel[role="code"] { border: 2px solid palette(mid); padding: 0.5em; }',
        "QListWidget#navigation::item, QListWidget#recentVaults::item { padding: 0.4em 0.6em; }",
    ]
    if c.high_contrast:
        rules += _high_contrast_rules(c, focus_width - 1, icons)
    # Last, so it wins over every rule above: the focus ring, taking over any room kept for it.
    rules.append(f"{focused} {{ border: {focus_width}px solid {c.focus}; margin: 0px; }}")
    return "\n".join(rules) + "\n"


def _high_contrast_rules(c: Colours, spare: int, icons: str) -> list[str]:
    """Visible edges on black (the style draws its own edges in the window colour, so they
    vanish) and light ticks. ``spare`` is the margin the thicker focus ring takes over."""
    edged = ", ".join(EDGED)
    return [
        f"{edged} {{ border: 1px solid {c.edge}; margin: {spare}px; }}",
        f"QPushButton:default {{ border-width: 2px; margin: {spare - 1}px; }}",
        "QPushButton:disabled, QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled"
        " { border-style: dashed; }",
        "QPushButton:hover, QPushButton:pressed { background: #333333; }",
        f"QGroupBox {{ border: 1px solid {c.edge}; margin-top: 1.5em; padding-top: 0.3em; }}",
        "QGroupBox::title { subcontrol-origin: margin; left: 0.6em; padding: 0 0.3em; }",
        f"{INDICATORS} {{ border: 2px solid {c.edge}; background: #000000; }}",
        "QRadioButton::indicator { border-radius: 0.4em; }",
        "QCheckBox::indicator:checked, QAbstractItemView::indicator:checked"
        f" {{ image: url({icons}/tick-light.svg); }}",
        f"QRadioButton::indicator:checked {{ image: url({icons}/dot-light.svg); }}",
        f"QComboBox::drop-down {{ border-left: 1px solid {c.edge}; }}",
        "QAbstractSpinBox::up-button, QAbstractSpinBox::down-button"
        f" {{ border-left: 1px solid {c.edge}; }}",
        f"QTabBar::tab {{ border: 1px solid {c.edge}; padding: 0.3em 0.8em; margin-right: 2px; }}",
        "QTabBar::tab:selected { border-bottom: 4px solid #ffffff; font-weight: bold; }",
        f"QTabWidget::pane {{ border: 1px solid {c.edge}; }}",
        f"QScrollBar {{ background: #000000; border: 1px solid {c.edge}; }}",
        "QScrollBar:vertical { width: 0.9em; } QScrollBar:horizontal { height: 0.9em; }",
        f"QScrollBar::handle {{ background: {c.edge}; min-width: 1.5em; min-height: 1.5em; }}",
        "QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; }",
        "QScrollBar::add-page, QScrollBar::sub-page { background: none; }",
    ]


# Fonts -------------------------------------------------------------------------------------------

_FONT_SCALE = "dpkFontScale"
_FONT_BOLD = "dpkFontBold"
_FONT_FIXED = "dpkFontFixed"


def _scaled(font: QFont, scale: float) -> QFont:
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(font.pointSizeF() * scale)
    else:
        result.setPixelSize(round(font.pixelSize() * scale))
    return result


def _set_font(widget: QWidget, scale: float) -> None:
    base = QApplication.font()
    if widget.property(_FONT_FIXED):
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(base.pointSizeF() if base.pointSizeF() > 0 else fixed.pointSizeF())
        base = fixed
    font = _scaled(base, scale)
    font.setBold(bool(widget.property(_FONT_BOLD)))
    widget.setFont(font)


def set_font_scale(widget: QWidget, scale: float, bold: bool = False, fixed: bool = False) -> None:
    """Give ``widget`` text ``scale`` times the app's text size, kept in step when it changes."""
    widget.setProperty(_FONT_SCALE, scale)
    widget.setProperty(_FONT_BOLD, bold)
    widget.setProperty(_FONT_FIXED, fixed)
    _set_font(widget, scale)


class _FontWatcher(QObject):
    def __init__(self, widget: QWidget, react: Callable[[], None]) -> None:
        super().__init__(widget)
        self._react = react
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FontChange:
            self._react()
        return False


def on_font_change(widget: QWidget, react: Callable[[], None]) -> None:
    """Call ``react`` now and whenever the text size of ``widget`` changes (sizes in ems)."""
    react()
    _FontWatcher(widget, react)


# Building blocks ---------------------------------------------------------------------------------


def heading(text: str, scale: float = 1.6) -> QLabel:
    """A heading label whose size follows the app's text size."""
    label = QLabel(text)
    set_font_scale(label, scale, bold=True)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def set_role(label: QLabel, role: str) -> None:
    """Show a message label as 'error', 'warning', 'success' or plain (''), refreshing its style.

    The colour is never the only sign: each role also shows its own small symbol.
    """
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)
    message_marks.mark(label, role)


def name(widget: QWidget, object_name: str, accessible: str) -> QWidget:
    """Give a control the names tests and screen readers use to find it."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


def column(page: QWidget) -> QVBoxLayout:
    """Lay ``page`` out as one centred column of comfortable reading width; returns its layout."""
    inner = QWidget(page)
    on_font_change(
        inner, lambda: inner.setMaximumWidth(inner.fontMetrics().height() * COLUMN_WIDTH_EM)
    )
    outer = QHBoxLayout(page)
    outer.addStretch(1)
    outer.addWidget(inner, 100)
    outer.addStretch(1)
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(12, 18, 12, 12)
    layout.setSpacing(10)
    return layout


def scrolling_column(page: QWidget, object_name: str, accessible: str) -> QVBoxLayout:
    """Like ``column``, inside a scroll area, for pages that grow taller than the window with
    large text; returns the column's layout."""
    content = QWidget()
    layout = column(content)
    scroll = name(QScrollArea(), object_name, accessible)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return layout


class _FittingScroll(QScrollArea):
    """A scroll area as big as what it holds, up to most of the screen; never narrower than
    its content, so only the height scrolls."""

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 2

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        wanted = self.widget().sizeHint() + QSize(self._bar(), 0)
        area = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        return wanted.boundedTo(QSize(area.width() * 9 // 10, area.height() * 3 // 4))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = self.widget().minimumSizeHint().width() + self._bar()
        return QSize(width, self.fontMetrics().height() * 6)


def scrolling(outer: QVBoxLayout, object_name: str, accessible: str) -> QVBoxLayout:
    """A column inside a scroll area, added to ``outer``: for dialogs that grow taller than the
    screen with large text (keep the Save and Cancel buttons in ``outer``, always in view)."""
    content = QWidget()
    inner = QVBoxLayout(content)
    inner.setContentsMargins(0, 0, 0, 0)
    scroll = name(_FittingScroll(), object_name, accessible)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    outer.addWidget(scroll, 1)
    return inner


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize, but never beyond the screen (sizes in ems get big with large text)."""
    screen = window.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry()
    window.resize(min(width, area.width() * 9 // 10), min(height, area.height() * 9 // 10))


def left(widget: QWidget) -> QHBoxLayout:
    """A row holding ``widget`` at its natural width, on the left."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch()
    return row


def save_cancel(dialog, key: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Save (the default button, calling ``dialog.save``) and Cancel, named ``save<key>`` etc."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    name(save, f"save{key}", save.text().replace("&", ""))
    name(cancel, f"cancel{key}", cancel.text().replace("&", ""))
    save.setDefault(True)
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save
