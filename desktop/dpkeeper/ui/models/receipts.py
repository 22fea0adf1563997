"""The receipts grid: metadata for every receipt up front, pictures only when a cell is drawn.

Thumbnails come out of the encrypted vault one at a time, the first time the view asks for one,
and are kept in a small least-recently-used cache; they are never written to disk.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from dpkeeper.domain.ledger import Transaction
from dpkeeper.domain.money import format_pence
from dpkeeper.domain.receipts import Receipt
from dpkeeper.services import money, receipts
from dpkeeper.services.session import Session
from dpkeeper.ui import display

THUMBNAILS_KEPT = 200
PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECEIPT_ROLE = Qt.ItemDataRole.UserRole + 2
_NO_PARENT = QModelIndex()


class ReceiptsModel(QAbstractListModel):
    def __init__(self, icon_side: int = 150, parent=None) -> None:
        super().__init__(parent)
        self.icon_side = icon_side
        self.session: Session | None = None
        self.waiting_only = False
        self.receipts: list[Receipt] = []
        self._spending: dict[int, Transaction] = {}
        self._thumbnails: OrderedDict[int, QIcon] = OrderedDict()

    # Loading -----------------------------------------------------------------------------------

    def load(self, session: Session, waiting_only: bool = False) -> None:
        """Read the list again (a receipt was added, matched, turned or deleted)."""
        self.beginResetModel()
        if session is not self.session:
            self._thumbnails.clear()
        self.session, self.waiting_only = session, waiting_only
        self.receipts = receipts.listing(session, waiting_only=waiting_only)
        self._spending = {}
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.session, self.receipts, self._spending = None, [], {}
        self._thumbnails.clear()
        self.endResetModel()

    def row_of(self, receipt_id: int) -> int | None:
        return next(
            (row for row, r in enumerate(self.receipts) if r.receipt_id == receipt_id), None
        )

    def receipt(self, row: int) -> Receipt | None:
        return self.receipts[row] if 0 <= row < len(self.receipts) else None

    def forget_picture(self, receipt_id: int) -> None:
        """Drop a cached thumbnail (the receipt was turned) and redraw its cell."""
        self._thumbnails.pop(receipt_id, None)
        row = self.row_of(receipt_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    @property
    def thumbnails_loaded(self) -> int:
        return len(self._thumbnails)

    def _thumbnail(self, receipt_id: int) -> QIcon:
        if receipt_id in self._thumbnails:
            self._thumbnails.move_to_end(receipt_id)
            return self._thumbnails[receipt_id]
        thumbnail = QPixmap()
        data = receipts.thumbnail(self.session, receipt_id) if self._open() else None
        if data:
            thumbnail.loadFromData(data, "JPEG")
        icon = QIcon(self._square(thumbnail))
        self._thumbnails[receipt_id] = icon
        while len(self._thumbnails) > THUMBNAILS_KEPT:
            self._thumbnails.popitem(last=False)
        return icon

    def _square(self, thumbnail: QPixmap) -> QPixmap:
        """The thumbnail centred on a square, so every caption in the grid lines up."""
        side = self.icon_side
        square = QPixmap(side, side)
        square.fill(Qt.GlobalColor.transparent)
        if thumbnail.isNull():
            return square
        scaled = thumbnail.scaled(
            QSize(side, side),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter = QPainter(square)
        painter.drawPixmap((side - scaled.width()) // 2, (side - scaled.height()) // 2, scaled)
        painter.end()
        return square

    def spending(self, receipt: Receipt) -> Transaction | None:
        """The payment a receipt is attached to (read a page of rows at a time)."""
        if receipt.transaction_id is None or not self._open():
            return None
        if receipt.transaction_id not in self._spending:
            row = self.receipts.index(receipt)
            start = row - row % PAGE
            wanted = {
                r.transaction_id
                for r in self.receipts[start : start + PAGE]
                if r.transaction_id is not None
            }
            self._spending.update(money.rows(self.session, sorted(wanted)))
        return self._spending.get(receipt.transaction_id)

    def _open(self) -> bool:
        return self.session is not None and self.session.is_open

    # Words -------------------------------------------------------------------------------------

    def status(self, receipt: Receipt) -> str:
        if receipt.waiting:
            return self.tr("Waiting to be matched")
        row = self.spending(receipt)
        if row is None:
            return self.tr("Attached to a payment")
        return (
            self.tr("Attached to %1 %2")
            .replace("%1", row.who)
            .replace("%2", format_pence(abs(row.amount)))
        )

    def caption(self, receipt: Receipt, separator: str = " · ") -> str:
        added = display.day(receipt.added_at.date())
        return separator.join((receipt.original_name, added, self.status(receipt)))

    # Qt ----------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.receipts)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        receipt = self.receipt(index.row()) if index.isValid() else None
        if receipt is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.caption(receipt, "\n")
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.caption(receipt)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(receipt.receipt_id)
        if role == ID_ROLE:
            return receipt.receipt_id
        if role == RECEIPT_ROLE:
            return receipt
        return None
