"""Choosing which column of an unknown bank's CSV file holds what, with a live preview."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.dates import format_day
from dpkeeper.domain.errors import UserError
from dpkeeper.domain.money import format_pence
from dpkeeper.domain.text import ERRORS
from dpkeeper.services import bank_import
from dpkeeper.services.bank_import import ColumnMapping, CsvTable
from dpkeeper.ui import theme
from dpkeeper.ui.messages import translated, user_message

SAMPLE_ROWS = 5  # rows of the file shown, and read with the chosen columns


class ColumnMappingPanel(QWidget):
    """Shows the top of the file and one drop-down per kind of column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: CsvTable | None = None
        self.sample = theme.name(QTableWidget(), "fileSample", self.tr("The start of the file"))
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample.setTabKeyNavigation(False)  # arrows move between cells; Tab moves on
        self.sample.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.sample.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.sample.setMaximumHeight(self.fontMetrics().height() * (SAMPLE_ROWS + 4))

        self.date = self._combo("dateColumn", self.tr("Date column"))
        self.description = self._combo("descriptionColumn", self.tr("Description column"))
        self.amount = self._combo("amountColumn", self.tr("Amount column"))
        self.money_out = self._combo("moneyOutColumn", self.tr("Money out column"))
        self.money_in = self._combo("moneyInColumn", self.tr("Money in column"))
        self.balance = self._combo("balanceColumn", self.tr("Balance column"))
        self.out_positive = theme.name(
            QCheckBox(self.tr("Money &out is shown without a minus sign")),
            "outPositive",
            self.tr("Money out is shown without a minus sign"),
        )
        self.out_positive.toggled.connect(self._update)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # for large text
        for label, widget in (
            (self.tr("&Date:"), self.date),
            (self.tr("Des&cription (who was paid):"), self.description),
            (self.tr("&Amount (in and out in one column):"), self.amount),
            (self.tr("Money ou&t:"), self.money_out),
            (self.tr("Money &in:"), self.money_in),
            (self.tr("&Balance (if there is one):"), self.balance),
        ):
            form.addRow(label, widget)
        form.addRow("", self.out_positive)
        hint = theme.paragraph(
            self.tr(
                "Choose either the amount column, or the money out and money in columns. "
                "Check the rows below look right before you go on."
            )
        )
        self.preview = theme.name(QLabel(), "columnsPreview", self.tr("How the rows will read"))
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.preview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(theme.paragraph(self.tr("The start of the file:")))
        layout.addWidget(self.sample)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(theme.paragraph(self.tr("How the first rows will read:")))
        layout.addWidget(self.preview, 1)

    def _combo(self, object_name: str, accessible: str) -> QComboBox:
        combo = theme.name(QComboBox(), object_name, accessible)
        combo.currentIndexChanged.connect(self._update)
        return combo

    def _combos(self) -> dict[str, QComboBox]:
        return {
            "date": self.date,
            "description": self.description,
            "amount": self.amount,
            "money_out": self.money_out,
            "money_in": self.money_in,
            "balance": self.balance,
        }

    # Filling in ------------------------------------------------------------------------------

    def show_table(self, table: CsvTable, saved: ColumnMapping | None = None) -> None:
        """Show the file's first rows and pre-choose the saved columns, or a good guess."""
        self.table = table
        names = table.column_names()
        self.sample.clear()
        self.sample.setColumnCount(len(names))
        self.sample.setHorizontalHeaderLabels(names)
        rows = table.rows[:SAMPLE_ROWS]
        self.sample.setRowCount(len(rows))
        for r, (_, cells) in enumerate(rows):
            for c, cell in enumerate(cells[: len(names)]):
                self.sample.setItem(r, c, QTableWidgetItem(cell))
        blockers = [QSignalBlocker(combo) for combo in self._combos().values()]
        for combo in self._combos().values():
            combo.clear()
            combo.addItem(self.tr("(not in this file)"), None)
            for n, title in enumerate(names):
                combo.addItem(title, n)
        chosen = saved or bank_import.guess_mapping(table)
        if chosen is not None:
            self._select(chosen)
        del blockers
        self._update()

    def _select(self, mapping: ColumnMapping) -> None:
        values = {
            "date": mapping.date,
            "description": mapping.description[0] if mapping.description else None,
            "amount": mapping.amount,
            "money_out": mapping.money_out,
            "money_in": mapping.money_in,
            "balance": mapping.balance,
        }
        for role, combo in self._combos().items():
            index = combo.findData(values[role])
            combo.setCurrentIndex(max(index, 0))
        self.out_positive.setChecked(mapping.amount_out_positive)

    def choose(self, **columns: str | None) -> None:
        """Choose columns by their titles, as a person would: ``choose(date="When", ...)``."""
        combos = self._combos()
        for role, title in columns.items():
            combo = combos[role]
            combo.setCurrentIndex(0 if title is None else max(combo.findText(title), 0))

    # Reading back ----------------------------------------------------------------------------

    def mapping(self) -> ColumnMapping | None:
        """The chosen columns, or None when they cannot be used (see ``problem``)."""
        if self.table is None or self.date.currentData() is None:
            return None
        description = self.description.currentData()
        mapping = ColumnMapping(
            date=self.date.currentData(),
            description=() if description is None else (description,),
            amount=self.amount.currentData(),
            money_out=None
            if self.amount.currentData() is not None
            else self.money_out.currentData(),
            money_in=None if self.amount.currentData() is not None else self.money_in.currentData(),
            balance=self.balance.currentData(),
            amount_out_positive=self.out_positive.isChecked(),
        )
        return None if mapping.problem(self.table.width) else mapping

    def problem(self) -> str:
        """What is wrong with the chosen columns, in the person's language ('' when nothing)."""
        if self.table is None:
            return ""
        if self.date.currentData() is None:
            return self.tr("Please choose the column that holds the date.")
        description = self.description.currentData()
        mapping = ColumnMapping(
            date=self.date.currentData(),
            description=() if description is None else (description,),
            amount=self.amount.currentData(),
            money_out=self.money_out.currentData(),
            money_in=self.money_in.currentData(),
            balance=self.balance.currentData(),
        )
        problem = mapping.problem(self.table.width)
        return translated(ERRORS, problem) if problem else ""

    def signature(self) -> str:
        return bank_import.header_signature(self.table) if self.table is not None else ""

    def preview_text(self) -> str:
        return self.preview.text()

    def _update(self) -> None:
        usable = self.amount.currentData() is None
        self.money_out.setEnabled(usable)
        self.money_in.setEnabled(usable)
        self.out_positive.setEnabled(not usable)
        mapping = self.mapping()
        if mapping is None:
            self.preview.setText(self.problem())
            return
        try:
            rows = bank_import.try_columns(self.table, mapping, SAMPLE_ROWS)
        except UserError as error:
            self.preview.setText(user_message(error))
            return
        lines = []
        for row in rows:
            line = (
                f"{format_day(row.day)}   {row.description}   {format_pence(row.amount, plus=True)}"
            )
            if row.balance is not None:
                line += "   " + self.tr("balance %1").replace("%1", format_pence(row.balance))
            lines.append(line)
        self.preview.setText("\n".join(lines))
