"""A row of controls that wraps onto more lines when it runs out of width, like words in a
paragraph, so a row of buttons still fits with large text or a narrow window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QLayout,
    QLayoutItem,
    QStyle,
    QWidget,
)


class FlowLayout(QLayout):
    """Items keep their natural width, left to right, wrapping as needed. Items that can grow
    (a search box, say) share what is left of their line; ``stretch()`` pushes the rest of a
    line to the right, as in a QHBoxLayout."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretches: set[int] = set()
        self._glued: set[int] = set()  # items kept on the same line as the item before
        self.setContentsMargins(0, 0, 0, 0)

    # Building --------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def add(self, *widgets: QWidget) -> None:
        """Add widgets that stay together on one line (a caption and its box, say)."""
        for n, widget in enumerate(widgets):
            if n:
                self._glued.add(len(self._items))
            self.addWidget(widget)

    def stretch(self) -> None:
        """Push the items that follow to the right-hand end of their line."""
        self._stretches.add(len(self._items))

    # QLayout ---------------------------------------------------------------------------------

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        if 0 <= index < len(self._items):
            self._stretches = {s - 1 if s > index else s for s in self._stretches}
            self._glued = {g - 1 if g > index else g for g in self._glued if g != index}
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._gap() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        gap = self._gap()
        size = QSize()
        for unit in self._units():
            items = [self._items[i] for i in unit]
            width = sum(item.minimumSize().width() for item in items) + gap * (len(unit) - 1)
            height = max(item.minimumSize().height() for item in items)
            size = size.expandedTo(QSize(width, height))
        return self._with_margins(size)

    # Arranging -------------------------------------------------------------------------------

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _units(self) -> list[list[int]]:
        """Indexes of the shown items, in runs that must not be split across lines."""
        units: list[list[int]] = []
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            if units and index in self._glued:
                units[-1].append(index)
            else:
                units.append([index])
        return units

    def _lines(self, width: int) -> list[list[int]]:
        """Indexes of the shown items on each line."""
        gap = self._gap()
        lines: list[list[int]] = [[]]
        used = 0
        for unit in self._units():
            needed = sum(self._items[i].sizeHint().width() for i in unit) + gap * (len(unit) - 1)
            if lines[-1] and used + gap + needed > width:
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + needed
            lines[-1].extend(unit)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        y = area.y()
        for line in self._lines(area.width()):
            items = [self._items[i] for i in line]
            widths = [min(item.sizeHint().width(), area.width()) for item in items]
            spare = max(0, area.width() - sum(widths) - gap * (len(items) - 1))
            growing = [
                n
                for n, item in enumerate(items)
                if item.expandingDirections() & Qt.Orientation.Horizontal
            ]
            for n in growing:
                widths[n] += spare // len(growing)
            push = next(
                (n for n, i in enumerate(line) if any(s <= i for s in self._stretches)), None
            )
            height = max(item.sizeHint().height() for item in items)
            x = area.x()
            for n, item in enumerate(items):
                if n == push and not growing:
                    x += spare
                if move:
                    own = min(height, item.maximumSize().height())
                    top = y + (height - own) // 2  # centred on the line, as in a QHBoxLayout
                    item.setGeometry(QRect(QPoint(x, top), QSize(widths[n], own)))
                x += widths[n] + gap
            y += height + gap
        return y - gap - rect.y() + margins.bottom() if y > area.y() else 0
