"""A small symbol in front of a message, so its meaning never rests on colour alone: a circle
with "!" for something to check, a triangle with "!" for a note of caution, a tick for done.

The symbol is painted in the margin of the message label itself (by an event filter), so it
appears and disappears with the text and grows with the text size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QLabel, QWidget

MARKED = ("error", "warning", "success")
_MARKED_PROPERTY = "dpkMarked"


def _size(label: QLabel) -> int:
    return label.fontMetrics().height()


def _gap(label: QLabel) -> int:
    return max(4, _size(label) // 2)


def mark(label: QLabel, role: str) -> None:
    """Show (or, for any other role, take away) the symbol for ``role`` in front of ``label``."""
    if role in MARKED:
        if not label.property(_MARKED_PROPERTY):
            label.installEventFilter(_painter())
            label.setProperty(_MARKED_PROPERTY, True)
        _make_room(label)
    elif label.property(_MARKED_PROPERTY):
        label.removeEventFilter(_painter())
        label.setProperty(_MARKED_PROPERTY, False)
        label.setContentsMargins(0, 0, 0, 0)
    label.update()


def _right_to_left(label: QLabel) -> bool:
    return label.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _make_room(label: QLabel) -> None:
    """Room for the symbol before the words: on the left, or on the right in Urdu."""
    room = _size(label) + _gap(label)
    if _right_to_left(label):
        label.setContentsMargins(0, 0, room, 0)
    else:
        label.setContentsMargins(room, 0, 0, 0)


def refresh(app: QApplication) -> None:
    """After the text size or colours change: resize and repaint every symbol."""
    for widget in app.allWidgets():
        if isinstance(widget, QLabel) and widget.property(_MARKED_PROPERTY):
            _make_room(widget)
            widget.update()


class _MarkPainter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QLabel):
            return False
        role = watched.property("role")
        if role not in MARKED or not watched.text():
            return False
        watched.paintEvent(event)  # the label's own text first, then the symbol beside it
        _paint(watched, role)
        return True


_instance: _MarkPainter | None = None


def _painter() -> _MarkPainter:
    global _instance
    if _instance is None:
        _instance = _MarkPainter(QApplication.instance())
    return _instance


def _first_line_top(label: QLabel) -> float:
    """Where the first line of text starts, for the label's vertical alignment."""
    area = label.contentsRect()
    if label.alignment() & Qt.AlignmentFlag.AlignTop:
        return area.top()
    flags = int(label.alignment()) | (Qt.TextFlag.TextWordWrap if label.wordWrap() else 0)
    text_height = label.fontMetrics().boundingRect(area, flags, label.text()).height()
    if label.alignment() & Qt.AlignmentFlag.AlignBottom:
        return area.bottom() - text_height
    return area.top() + max(0, (area.height() - text_height) / 2)


def _paint(label: QLabel, role: str) -> None:
    from dpkeeper.ui import theme  # theme imports this module

    size = _size(label)
    left = label.width() - size + 1 if _right_to_left(label) else 1
    box = QRectF(left, _first_line_top(label) + 1, size - 2, size - 2)
    colour = QColor(theme.colours().for_role(role) or label.palette().windowText().color().name())
    ink = label.palette().window().color()
    painter = QPainter(label)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if role == "warning":
        triangle = QPainterPath(QPointF(box.center().x(), box.top()))
        triangle.lineTo(box.right(), box.bottom())
        triangle.lineTo(box.left(), box.bottom())
        triangle.closeSubpath()
        painter.drawPath(triangle)
    else:
        painter.drawEllipse(box)
    pen = QPen(ink, max(1.5, size / 8), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    x, top, height = box.center().x(), box.top(), box.height()
    if role == "success":
        tick = QPainterPath(QPointF(box.left() + box.width() * 0.27, top + height * 0.52))
        tick.lineTo(box.left() + box.width() * 0.44, top + height * 0.70)
        tick.lineTo(box.left() + box.width() * 0.74, top + height * 0.32)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    else:
        start = 0.36 if role == "warning" else 0.24
        painter.drawLine(QPointF(x, top + height * start), QPointF(x, top + height * 0.60))
        painter.drawPoint(QPointF(x, top + height * 0.78))
    painter.end()


def marked_role(widget: QWidget) -> str | None:
    """The role whose symbol ``widget`` shows, if any (for tests)."""
    role = widget.property("role")
    return role if widget.property(_MARKED_PROPERTY) and role in MARKED else None
