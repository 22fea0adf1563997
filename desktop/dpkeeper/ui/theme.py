"""The app's look: the platform's own style and fonts, plus a clearly visible keyboard focus.

Sizes are relative to the system font, so text grows when the person sets larger text.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
QLabel[role="warning"] {{ color: #8a4b00; }}
QLabel[role="code"] {{ border: 2px solid palette(mid); padding: 0.5em; }}
QListWidget#navigation::item, QListWidget#recentVaults::item {{ padding: 0.4em 0.6em; }}
"""

COLUMN_WIDTH_EM = 46  # comfortable reading width, in multiples of the font height


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


def column(page: QWidget) -> QVBoxLayout:
    """Lay ``page`` out as one centred column of comfortable reading width; returns its layout."""
    inner = QWidget(page)
    inner.setMaximumWidth(page.fontMetrics().height() * COLUMN_WIDTH_EM)
    outer = QHBoxLayout(page)
    outer.addStretch(1)
    outer.addWidget(inner, 100)
    outer.addStretch(1)
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(12, 18, 12, 12)
    layout.setSpacing(10)
    return layout


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
