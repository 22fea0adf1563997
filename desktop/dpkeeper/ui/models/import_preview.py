"""The rows of a bank statement before import: what each one is and what will happen to it.

The "What happens" cell of a row that looks like a payment typed in by hand is a tick box:
ticked links the two (the default), unticked adds the row as a new payment. The category cell
can be changed (F2 or double-click) for rows that will be added.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from dpkeeper.domain.categories import Category, Direction
from dpkeeper.domain.money import format_pence
from dpkeeper.services.bank_import import Preview, PreviewRow, RowStatus
from dpkeeper.ui import display
from dpkeeper.ui.messages import translated

DATE, TEXT, AMOUNT, BALANCE, WHAT, CATEGORY = range(6)
IMPORT = "Import"
Index = QModelIndex | QPersistentModelIndex
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 1


class ImportPreviewModel(QAbstractTableModel):
    choices_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.preview: Preview | None = None
        self.linked: set[int] = set()
        self.categories: dict[int, int | None] = {}  # the person's changes, by row
        self._names: dict[int, Category] = {}

    def show_preview(self, preview: Preview, categories: list[Category]) -> None:
        self.beginResetModel()
        self.preview = preview
        self.linked = set(preview.looks_like())
        self.categories = {}
        self._names = {c.category_id: c for c in categories}
        self.endResetModel()

    def category_of(self, row: int) -> int | None:
        if row in self.categories:
            return self.categories[row]
        return self.preview.rows[row].category_id

    def direction_of(self, row: int) -> Direction:
        return Direction.IN if self.preview.rows[row].row.amount > 0 else Direction.OUT

    def will_add(self, row: int) -> bool:
        status = self.preview.rows[row].status
        return status is RowStatus.NEW or (
            status is RowStatus.LOOKS_LIKE and row not in self.linked
        )

    # Qt model ----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.preview is None else len(self.preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Date"),
            self.tr("On the statement"),
            self.tr("Amount"),
            self.tr("Bank balance"),
            self.tr("What happens"),
            self.tr("Category"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return flags
        row = index.row()
        if index.column() == WHAT and self.preview.rows[row].status is RowStatus.LOOKS_LIKE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == CATEGORY and self.will_add(row):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.preview is None:
            return None
        row, column = index.row(), index.column()
        shown = self.preview.rows[row]
        if role == Qt.ItemDataRole.CheckStateRole and column == WHAT:
            if shown.status is not RowStatus.LOOKS_LIKE:
                return None
            return Qt.CheckState.Checked if row in self.linked else Qt.CheckState.Unchecked
        if role == CATEGORY_ROLE:
            return self.category_of(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (AMOUNT, BALANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column, shown)
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return shown.row.description
        return None

    def _text(self, row: int, column: int, shown: PreviewRow) -> str:
        statement_row = shown.row
        if column == DATE:
            return display.day(statement_row.day)
        if column == TEXT:
            return statement_row.description
        if column == AMOUNT:
            return format_pence(statement_row.amount)
        if column == BALANCE:
            return "" if statement_row.balance is None else format_pence(statement_row.balance)
        if column == WHAT:
            return self._what(row, shown)
        if not self.will_add(row):
            return ""
        category = self._names.get(self.category_of(row))
        return display.category_name(category) if category else self.tr("Not sorted yet")

    def _what(self, row: int, shown: PreviewRow) -> str:
        if shown.status is RowStatus.LOOKS_LIKE:
            match = shown.match
            if row in self.linked:
                return (
                    self.tr("Same as your %1 on %2: link them")
                    .replace("%1", format_pence(match.amount))
                    .replace("%2", f"{display.day(match.when)} ({match.who})")
                )
            return self.tr("Add as a new payment (%1)").replace("%1", shown.who)
        if shown.status is RowStatus.NEW:
            return self.tr("Add: %1").replace("%1", shown.who)
        return translated(IMPORT, shown.status.label)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.preview is None:
            return False
        row = index.row()
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == WHAT:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self.linked.add(row)
            else:
                self.linked.discard(row)
            self.dataChanged.emit(self.index(row, 0), self.index(row, CATEGORY))
            self.choices_changed.emit()
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == CATEGORY:
            self.categories[row] = value
            self.dataChanged.emit(index, index)
            self.choices_changed.emit()
            return True
        return False
