"""The app's look: the platform's own style and fonts, plus a clearly visible keyboard focus.

Sizes are relative to the system font, so text grows when the person sets larger text.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

FOCUS_COLOUR = "#1a5fb4"

_STYLE = f"""
QPushButton, QToolButton {{ padding: 0.35em 1em; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QSpinBox:focus, QListWidget:focus,
QListView:focus, QCheckBox:focus, QRadioButton:focus {{
    outline: 2px solid {FOCUS_COLOUR};
    border: 2px solid {FOCUS_COLOUR};
}}
QLabel[role="error"] {{ color: #a51d2d; }}
QLabel[role="success"] {{ color: #26702f; }}
QLabel[role="code"] {{ border: 2px solid palette(mid); padding: 0.5em; }}
"""


def apply(app: QApplication) -> None:
    app.setStyleSheet(_STYLE)


def heading(text: str, scale: float = 1.6) -> QLabel:
    """A heading label whose size follows the system font."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def set_role(label: QLabel, role: str) -> None:
    """Colour a message label as 'error', 'success' or plain (''), refreshing its style."""
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)


def name(widget: QWidget, object_name: str, accessible: str) -> QWidget:
    """Give a control the names tests and screen readers use to find it."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget
