"""The Money table: ids are found up front (fast); rows and balances are read a page at a time."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from dpkeeper.domain.ledger import ReceiptStatus, SortBy, Transaction, TransactionFilter
from dpkeeper.domain.money import format_pence
from dpkeeper.services import money
from dpkeeper.services.session import Session
from dpkeeper.ui import display

PAGE = 200
DATE, WHO, CATEGORY, MONEY_IN, MONEY_OUT, BALANCE, RECEIPT = range(7)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORTABLE = {
    DATE: SortBy.DATE,
    WHO: SortBy.WHO,
    CATEGORY: SortBy.CATEGORY,
    MONEY_IN: SortBy.AMOUNT,
    MONEY_OUT: SortBy.AMOUNT,
}
_NO_PARENT = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TransactionsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.query = TransactionFilter()
        self.ids: list[int] = []
        self._rows: dict[int, Transaction] = {}
        self._balances: dict[int, int | None] = {}  # kept until the records change
        self.sorted_by = (DATE, Qt.SortOrder.DescendingOrder)  # where the header's arrow is
        self._headers = [
            self.tr("Date"),
            self.tr("Who"),
            self.tr("Category"),
            self.tr("Money in"),
            self.tr("Money out"),
            self.tr("Balance"),
            self.tr("Receipt"),
        ]

    # Loading -----------------------------------------------------------------------------------

    def load(self, session: Session, query: TransactionFilter, data_changed: bool = True) -> None:
        """Show the rows ``query`` finds. ``data_changed`` also forgets the balances read."""
        self.beginResetModel()
        self.session, self.query = session, query
        self.ids = money.find(session, query)
        self._rows = {}
        if data_changed:
            self._balances = {}
        self.endResetModel()

    def add_row(self, transaction_id: int) -> int | None:
        """Show a newly recorded row in its place, without finding every row again.

        Returns its row, or None when that cannot be done here (the filter hides it, or the
        list is sorted by something other than the date): then ``load`` the list again.
        """
        if self.session is None or self.query.sort_by is not SortBy.DATE:
            return None
        row = money.place_of(self.session, self.query, transaction_id)
        if row is None:
            return None
        self.beginInsertRows(_NO_PARENT, row, row)
        self.ids.insert(row, transaction_id)
        self._rows.update(money.rows(self.session, [transaction_id]))
        self._balances = {}  # the rows after it, in its account, now end differently
        self.endInsertRows()
        if self.ids:
            last = len(self.ids) - 1
            self.dataChanged.emit(self.index(0, BALANCE), self.index(last, BALANCE))
        return row

    def clear(self) -> None:
        self.beginResetModel()
        self.session, self.ids, self._rows, self._balances = None, [], {}, {}
        self.endResetModel()

    def row_of(self, transaction_id: int) -> int | None:
        try:
            return self.ids.index(transaction_id)
        except ValueError:
            return None

    def _page(self, row: int) -> list[int]:
        start = row - row % PAGE
        return self.ids[start : start + PAGE]

    def transaction(self, row: int) -> Transaction | None:
        if not 0 <= row < len(self.ids) or self.session is None:
            return None
        transaction_id = self.ids[row]
        if transaction_id not in self._rows:
            self._rows.update(money.rows(self.session, self._page(row)))
        return self._rows.get(transaction_id)

    def balance(self, row: int) -> int | None:
        """The account's balance just after this row (None for a deleted row)."""
        transaction_id = self.ids[row]
        if transaction_id not in self._balances and self.session is not None:
            page = self._page(row)
            self._balances.update(dict.fromkeys(page))  # deleted rows have none
            self._balances.update(money.balances_after(self.session, page))
        return self._balances.get(transaction_id)

    # Qt ----------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in (MONEY_IN, MONEY_OUT, BALANCE) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.transaction(index.row())
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(index.row(), row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MONEY_IN, MONEY_OUT, BALANCE):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == ID_ROLE:
            return row.transaction_id
        missing = row.receipt_status is ReceiptStatus.MISSING
        if role == Qt.ItemDataRole.FontRole and column == RECEIPT and missing:
            font = QFont()  # the words say it; bold helps the eye find it
            font.setBold(True)
            return font
        return None

    def _text(self, position: int, row: Transaction, column: int) -> str:
        if column == DATE:
            return display.day(row.when)
        if column == WHO:
            return row.who
        if column == CATEGORY:
            if row.is_transfer:
                return self.tr("Transfer")
            if row.category_id is None:
                return self.tr("Not sorted yet")
            return display.stored_category_name(row.category_name, row.category_key)
        if column == MONEY_IN:
            return format_pence(row.amount) if row.amount > 0 else ""
        if column == MONEY_OUT:
            return format_pence(-row.amount) if row.amount < 0 else ""
        if column == BALANCE:
            balance = self.balance(position)
            return display.money(balance) if balance is not None and not row.deleted else ""
        if column == RECEIPT:
            text = display.ledger_label(row.receipt_status.label)
            if row.receipts > 1:
                text += f" ({row.receipts})"
            return text
        return ""

    def _tooltip(self, row: Transaction) -> str:
        parts = [row.account_name]
        if row.note:
            parts.append(row.note)
        if row.no_receipt_reason:
            parts.append(self.tr("No receipt: %1").replace("%1", row.no_receipt_reason))
        return "\n".join(parts)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Ask the records for a new order (sorting 50,000 rows here would read them all)."""
        if self.session is None or column not in SORTABLE:
            return
        newest_first = order == Qt.SortOrder.DescendingOrder
        if column == MONEY_OUT:
            newest_first = not newest_first  # spending is negative: biggest spending first
        self.sorted_by = (column, order)
        query = replace(self.query, sort_by=SORTABLE[column], newest_first=newest_first)
        self.load(self.session, query, data_changed=False)
