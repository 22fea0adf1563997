"""The theme's colours meet WCAG 2.x contrast: AA (4.5:1) normally, AAA (7:1) in high contrast;
every kind of control shows a clear focus ring; and messages never rely on colour alone."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTextBrowser,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.services.app_settings import Display
from dpkeeper.ui import contrast, message_marks, palettes, theme

Role, Group = QPalette.ColorRole, QPalette.ColorGroup

#: What people read, on what: (text, background).
READ = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
    (Role.LinkVisited, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
]
GREYED = [(Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.ButtonText, Role.Button)]
LOOKS = [pytest.param(False, contrast.AA_TEXT, id="usual"), pytest.param(True, 7.0, id="high")]


@pytest.fixture
def looks(qapp):
    def choose(high_contrast: bool, percent: int = 100):
        return theme.apply(qapp, Display(percent, high_contrast))

    yield choose
    theme.apply(qapp, Display())


def seen(palette: QPalette, group: Group, role: Role) -> str:
    return palettes.hex_of(palette, group, role)


def test_contrast_ratios_match_the_wcag_examples():
    assert contrast.ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast.ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just fails AA
    assert contrast.ratio("#595959", "#ffffff") == pytest.approx(7.0, abs=0.01)
    assert contrast.ratio("#ffffff", "#ffffff") == 1


@pytest.mark.parametrize(("high", "minimum"), LOOKS)
def test_text_on_its_background_meets_wcag_contrast(qapp, looks, high, minimum):
    looks(high)
    palette = qapp.palette()
    failing = [
        f"{group.name} {text.name} on {background.name}: {ratio:.2f}"
        for group in (Group.Active, Group.Inactive)
        for text, background in READ
        if (ratio := contrast.ratio(seen(palette, group, text), seen(palette, group, background)))
        < minimum
    ]
    assert failing == []


@pytest.mark.parametrize(("high", "minimum"), LOOKS)
def test_greyed_out_text_stays_legible_and_looks_different(qapp, looks, high, minimum):
    looks(high)
    palette = qapp.palette()
    for text, background in GREYED:
        greyed = contrast.ratio(
            seen(palette, Group.Disabled, text), seen(palette, Group.Disabled, background)
        )
        usual = contrast.ratio(
            seen(palette, Group.Active, text), seen(palette, Group.Active, background)
        )
        assert greyed >= (4.5 if high else 3.0), text.name
        assert greyed < usual, text.name


@pytest.mark.parametrize(("high", "minimum"), LOOKS)
def test_messages_and_the_focus_ring_stand_out_from_the_window_and_boxes(
    qapp, looks, high, minimum
):
    colours = looks(high)
    palette = qapp.palette()
    for background in (
        seen(palette, Group.Active, Role.Window),
        seen(palette, Group.Active, Role.Base),
    ):
        for role in ("error", "warning", "success"):
            assert contrast.ratio(colours.for_role(role), background) >= minimum, role
        assert contrast.ratio(colours.focus, background) >= contrast.AA_NON_TEXT
        if high:
            assert contrast.ratio(colours.edge, background) >= contrast.AA_NON_TEXT


def test_a_faint_light_or_dark_computer_palette_is_made_readable():
    """Whatever the computer's own colours, the app's text meets AA."""
    for window, text, faint in (
        ("#f0f0f0", "#000000", "#b0b0b0"),
        ("#2b2b2b", "#eeeeee", "#555555"),
    ):
        palette = QPalette()
        for role in (Role.Window, Role.Base, Role.Button, Role.AlternateBase, Role.ToolTipBase):
            palette.setColor(role, QColor(window))
        for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.ToolTipText):
            palette.setColor(role, QColor(text))
        for role in (Role.PlaceholderText, Role.Link, Role.LinkVisited):
            palette.setColor(role, QColor(faint))
        palette.setColor(Role.Highlight, QColor("#6fa8dc"))
        palette.setColor(Role.HighlightedText, QColor("#ffffff"))
        fixed = palettes.readable(palette)
        for foreground, background in READ:
            ratio = contrast.ratio(
                seen(fixed, Group.Active, foreground), seen(fixed, Group.Active, background)
            )
            assert ratio >= contrast.AA_TEXT, (window, foreground.name, background.name)
        colours = palettes.colours(fixed, high=False)
        assert contrast.ratio(colours.error, window) >= contrast.AA_TEXT


def control_kinds():
    """One of every kind of control that takes the keyboard focus."""
    combo = QComboBox()
    combo.addItems(["All categories", "Activities"])
    table = QTableWidget(2, 2)
    browser = QTextBrowser()
    browser.setText("What is a direct payment?")
    listing = QListWidget()
    listing.addItems(["Jane Smith", "Tom Evans"])
    return [
        QPushButton("Save"),
        QCheckBox("Show deleted"),
        QRadioButton("Money out"),
        combo,
        QLineEdit("Tesco"),
        QSpinBox(),
        QTimeEdit(),
        listing,
        table,
        browser,
    ]


def focus_pixels(widget: QWidget, focus: str) -> int:
    """How many pixels of the focus colour the widget shows."""
    image = widget.grab().toImage()
    target = QColor(focus)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - target.red())
                + abs(pixel.green() - target.green())
                + abs(pixel.blue() - target.blue())
                < 24
            ):
                count += 1
    return count


@pytest.mark.parametrize(("high", "minimum"), LOOKS)
def test_every_kind_of_control_shows_a_clear_focus_ring(qtbot, looks, high, minimum):
    colours = looks(high)
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    kinds = control_kinds()
    for widget in kinds:
        widget.setMaximumHeight(120)
        layout.addWidget(widget)
    holder.resize(320, 900)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is holder)
    faint = []
    for widget in kinds:
        holder.setFocus()
        before = focus_pixels(widget, colours.focus)
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        after = focus_pixels(widget, colours.focus)
        ring = 2 * (widget.width() + widget.height() - 2)  # one pixel all the way round
        if after - before < ring:
            faint.append(f"{type(widget).__name__}: {after - before} of {ring} pixels")
    assert faint == [], "\n".join(faint)


@pytest.mark.parametrize("role", ["error", "warning", "success"])
def test_a_message_shows_a_symbol_as_well_as_a_colour(qtbot, looks, role):
    looks(False)
    label = QLabel("Please type the amount in pounds and pence, like 12.50.")
    qtbot.addWidget(label)
    label.resize(500, 40)
    plain = label.grab().toImage()
    theme.set_role(label, role)
    assert message_marks.marked_role(label) == role
    marked = label.grab().toImage()
    margin = label.contentsMargins().left()
    assert margin >= label.fontMetrics().height()  # room for the symbol, before the words
    symbol = {
        (x, y)
        for x in range(margin)
        for y in range(marked.height())
        if marked.pixelColor(x, y) != plain.pixelColor(0, 0)
    }
    assert len(symbol) > margin  # something is drawn there, not just coloured words
    theme.set_role(label, "")
    assert message_marks.marked_role(label) is None
    assert label.contentsMargins().left() == 0


def test_the_three_message_symbols_differ_in_shape_not_only_colour(qtbot, looks):
    looks(False)
    shapes = {}
    for role in ("error", "warning", "success"):
        label = QLabel("Saved.")
        qtbot.addWidget(label)
        theme.set_role(label, role)
        label.resize(300, 40)
        image = label.grab().toImage()
        background = image.pixelColor(image.width() - 1, 0)
        size = label.contentsMargins().left()
        shapes[role] = frozenset(
            (x, y)
            for x in range(size)
            for y in range(image.height())
            if image.pixelColor(x, y) != background
        )
    assert len(set(shapes.values())) == 3
