"""Finding text that does not fit and controls that overlap, the way a person would notice them
on screen: a clipped label or button, a squashed box, two controls drawn over each other."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

SLACK_PX = 1  # rounding in font metrics


def _describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "currentText", "title"):
        if hasattr(widget, getter):
            text = getattr(widget, getter)()
            break
    name = widget.objectName() or widget.accessibleName() or type(widget).__name__
    return f"{type(widget).__name__} {name!r} {text[:40]!r}"


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _inside_scrolling(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    area = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK_PX:
            return f"wrapped text needs {needed}px of height, has {label.height()}px"
        return None
    needed = label.minimumSizeHint().width() - (label.width() - area.width())
    if needed > area.width() + SLACK_PX:
        return f"text needs {needed}px, has {area.width()}px"
    if label.minimumSizeHint().height() > label.height() + SLACK_PX:
        return f"text needs {label.minimumSizeHint().height()}px of height, has {label.height()}px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK_PX:
        return f"needs {hint.width()}px, has {button.width()}px"
    if button.minimumSizeHint().height() > button.height() + SLACK_PX:
        return f"needs {button.minimumSizeHint().height()}px of height, has {button.height()}px"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if not combo.isEditable() and needed > field.width() + SLACK_PX:
        return f"chosen text needs {needed}px, has {field.width()}px"
    if combo.fontMetrics().height() > field.height() + SLACK_PX:
        return f"text is {combo.fontMetrics().height()}px high, box has {field.height()}px"
    return None


def _line_edit_problem(field: QLineEdit) -> str | None:
    if field.minimumSizeHint().height() > field.height() + SLACK_PX:
        return f"needs {field.minimumSizeHint().height()}px of height, has {field.height()}px"
    return None


def _sticks_out(widget: QWidget) -> str | None:
    """Part of the widget lies outside its parent (and no scroll bar can bring it into view)."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow() or _inside_scrolling(widget):
        return None
    if not parent.rect().contains(widget.geometry()):
        return f"reaches outside its parent ({widget.geometry()} in {parent.rect()})"
    return None


def clipped(root: QWidget) -> list[str]:
    """Every shown label, button, box or text field under ``root`` whose text does not fit."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget) or widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (the text box inside a spin box) are Qt's business
        problem = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
        elif isinstance(widget, QLineEdit):
            problem = _line_edit_problem(widget)
        problem = problem or _sticks_out(widget)
        if problem:
            found.append(f"{_describe(widget)}: {problem}")
    return found


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    widgets = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None and _shown(item.widget()):
            widgets.append(item.widget())
    return widgets


def overlapping(root: QWidget) -> list[str]:
    """Pairs of shown widgets, side by side in one layout, whose rectangles cross."""
    found = []
    for layout in root.findChildren(QLayout):
        widgets = _layout_widgets(layout)
        for i, first in enumerate(widgets):
            for second in widgets[i + 1 :]:
                if first.parentWidget() is not second.parentWidget():
                    continue
                shared: QRect = first.geometry().intersected(second.geometry())
                if shared.width() > 0 and shared.height() > 0:
                    found.append(f"{_describe(first)} overlaps {_describe(second)}")
    return found
