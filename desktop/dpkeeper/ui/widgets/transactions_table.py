"""The table of payments: rows picked whole, headers that sort, widths that suit money."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from dpkeeper.domain.ledger import Transaction
from dpkeeper.ui import theme
from dpkeeper.ui.models.transactions import (
    BALANCE,
    CATEGORY,
    DATE,
    ID_ROLE,
    MONEY_IN,
    MONEY_OUT,
    RECEIPT,
    SORTABLE,
    WHO,
    TransactionsModel,
)


class TransactionsTable(QTableView):
    def __init__(self, model: TransactionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.name(self, "transactionsTable", self.tr("Payments in and out"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab moves on to the next control, not cell to cell
        self.setSortingEnabled(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Stretch)
        # With large text the fixed columns fill the width: keep room to read who it was.
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("M" * 9))
        header.sortIndicatorChanged.connect(self._sort_changed)
        samples = {  # widths from samples: measuring every row would read all 50,000 of them
            DATE: "28 Sep 2026",
            CATEGORY: "Respite and short breaks",
            MONEY_IN: "£10,000.00",
            MONEY_OUT: "£10,000.00",
            BALANCE: "-£100,000.00",
            RECEIPT: self.tr("No receipt (reason given)"),
        }
        for column, sample in samples.items():
            self.setColumnWidth(column, self.fontMetrics().horizontalAdvance(sample) + 24)

    def transactions(self) -> TransactionsModel:
        return self.model()

    def selected_id(self) -> int | None:
        index = self.currentIndex()
        return self.model().data(index, ID_ROLE) if index.isValid() else None

    def selected_row(self) -> Transaction | None:
        """The selected payment as shown (already read, so no reading again)."""
        index = self.currentIndex()
        return self.transactions().transaction(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.selectionModel().setCurrentIndex(
            self.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _sort_changed(self, column: int, _order: Qt.SortOrder) -> None:
        """Only some columns sort; clicking another puts the arrow back where it was."""
        if column in SORTABLE:
            return
        shown_column, shown_order = self.transactions().sorted_by
        with QSignalBlocker(self.horizontalHeader()):
            self.horizontalHeader().setSortIndicator(shown_column, shown_order)
