"""Importing a bank statement: choose the file, (choose its columns,) check the rows, import.

Nothing is saved until the person presses Import; then everything is saved, or nothing.
Reading and saving run off the GUI thread; saving shows progress and can be cancelled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.categories import Category
from dpkeeper.domain.errors import UserError
from dpkeeper.domain.money import format_pence
from dpkeeper.services import bank_import, money
from dpkeeper.services.bank_import import ImportResult, Preview, RowStatus
from dpkeeper.services.session import Session
from dpkeeper.ui import display, file_prompts, theme
from dpkeeper.ui.messages import user_message
from dpkeeper.ui.models.import_preview import (
    CATEGORY,
    CATEGORY_ROLE,
    TEXT,
    WHAT,
    ImportPreviewModel,
)
from dpkeeper.ui.widgets.column_mapping import ColumnMappingPanel
from dpkeeper.ui.workers import run_in_background, run_with_progress

CHOOSE, COLUMNS, CHECK, DONE = range(4)


def read_file(path: Path) -> bytes:
    """The file's bytes, refusing anything too big to be a statement (the parser says why)."""
    with path.open("rb") as file:
        return file.read(bank_import.MAX_BYTES + 1)


class CategoryDelegate(QStyledItemDelegate):
    """A list of the categories that fit the row's direction, plus "Not sorted yet"."""

    def __init__(self, model: ImportPreviewModel, categories: list[Category], parent=None):
        super().__init__(parent)
        self.model = model
        self.categories = categories

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QComboBox(parent)
        editor.setAccessibleName(self.tr("Category"))
        editor.addItem(self.tr("Not sorted yet"), None)
        direction = self.model.direction_of(index.row())
        for category in self.categories:
            if category.direction is direction:
                editor.addItem(display.category_name(category), category.category_id)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(editor.findData(index.data(CATEGORY_ROLE)), 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportDialog(QDialog):
    """Opened with ``open()``; ``result`` holds the ImportResult once something was imported."""

    def __init__(
        self, session: Session, account_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.imported: ImportResult | None = None
        self.saved_id: int | None = None  # the Money page's dialog protocol
        self.preview: Preview | None = None
        self.data: bytes = b""
        self.task = None
        title = self.tr("Import a bank statement")
        self.setWindowTitle(title)
        theme.name(self, "importDialog", title)
        self.setAcceptDrops(True)
        width = self.fontMetrics().horizontalAdvance("M")
        theme.resize_within_screen(self, width * 70, self.fontMetrics().height() * 34)
        self.categories = money.categories(session)

        self.steps = QStackedWidget()
        self.steps.addWidget(self._choose_step(account_id))
        self.columns = ColumnMappingPanel()
        self.steps.addWidget(self._columns_step())
        self.steps.addWidget(self._check_step())
        self.steps.addWidget(self._done_step())
        self.message = theme.name(QLabel(), "importMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        self.cancel_button = theme.name(
            QPushButton(self.tr("Cancel")), "cancelImport", self.tr("Cancel")
        )
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addLayout(bottom)
        self._show_step(CHOOSE)

    # Step 1: the file and the account ----------------------------------------------------------

    def _choose_step(self, account_id: int | None) -> QWidget:
        page = QWidget()
        self.file_field = theme.name(QLineEdit(), "statementFile", self.tr("Statement file"))
        self.file_field.setPlaceholderText(self.tr("Choose a file, or drag it here"))
        self.browse_button = theme.name(
            QPushButton(self.tr("C&hoose file…")), "chooseStatement", self.tr("Choose file")
        )
        self.account = theme.name(QComboBox(), "importAccount", self.tr("Account"))
        for account in money.accounts(self.session):
            self.account.addItem(account.name, account.account_id)
        if account_id is not None:
            self.account.setCurrentIndex(max(self.account.findData(account_id), 0))
        self.read_button = theme.name(
            QPushButton(self.tr("&Read the file")), "readStatement", self.tr("Read the file")
        )
        self.read_button.setDefault(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_field, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file_field)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Account:"), self.account)
        layout = QVBoxLayout(page)
        layout.addWidget(theme.heading(self.tr("Import a bank statement"), 1.3))
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "Download a statement file from your online banking (a CSV, OFX or QIF "
                    "file) and choose it here. You will see every row before anything is saved. "
                    "Rows already in your records are left out, so it is safe to import the same "
                    "statement twice."
                )
            )
        )
        layout.addLayout(form)
        layout.addLayout(theme.left(self.read_button))
        layout.addStretch()
        self.browse_button.clicked.connect(self._browse)
        self.read_button.clicked.connect(lambda: self.read())
        self.file_field.returnPressed.connect(lambda: self.read())
        return page

    def _browse(self) -> None:
        chosen = file_prompts.choose_statement_file(self)
        if chosen is not None:
            self.file_field.setText(str(chosen))
            self.read()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and self.steps.currentIndex() == CHOOSE:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.file_field.setText(paths[0])
            event.acceptProposedAction()
            self.read()

    def read(self, mapping=None, signature: str | None = None) -> None:
        """Read the file and compare it with the records, off the GUI thread."""
        if self.task is not None:
            return
        text = self.file_field.text().strip()
        if not text:
            self._say(self.tr("Please choose the statement file first."), "error")
            return
        if self.account.currentData() is None:
            self._say(self.tr("Please add an account in Plan and accounts first."), "error")
            return
        path = Path(text)
        account_id = self.account.currentData()
        session = self.session
        self._say(self.tr("Reading the file…"))

        def work():
            data = self.data if mapping is not None else read_file(path)
            try:
                shown = bank_import.preview(
                    session, data, account_id, path.name, mapping, signature
                )
            except bank_import.UnknownLayout as unknown:
                return data, unknown
            return data, shown

        self.task = run_in_background(
            self, work, self._read_done, self._failed, self.tr("Reading the statement…")
        )
        self.task.done.connect(self._task_ended)

    def _task_ended(self) -> None:
        self.task = None

    def _read_done(self, outcome) -> None:
        self.data, found = outcome
        if isinstance(found, bank_import.UnknownLayout):
            self.columns.show_table(found.table, bank_import.saved_mapping(self.session, found))
            self._show_step(COLUMNS)
            self._say(
                self.tr(
                    "This file's columns were not recognised. Please say which column holds "
                    "what. The app will remember it for this bank."
                )
            )
            return
        self._show_preview(found)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self._say(user_message(error), "error")
        elif isinstance(error, OSError):
            self._say(
                self.tr("The file could not be opened: %1. Nothing was imported.").replace(
                    "%1", error.strerror or str(error)
                ),
                "error",
            )
        else:
            raise error

    # Step 2: columns for a file the app does not know ------------------------------------------

    def _columns_step(self) -> QWidget:
        page = QWidget()
        self.use_columns = theme.name(
            QPushButton(self.tr("&Use these columns")), "useColumns", self.tr("Use these columns")
        )
        self.columns_back = theme.name(
            QPushButton(self.tr("&Back")), "columnsBack", self.tr("Back")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.columns_back)
        buttons.addStretch()
        buttons.addWidget(self.use_columns)
        layout = QVBoxLayout(page)
        layout.addWidget(theme.heading(self.tr("Which column is which?"), 1.3))
        layout.addWidget(self.columns, 1)
        layout.addLayout(buttons)
        self.columns_back.clicked.connect(lambda: self._show_step(CHOOSE))
        self.use_columns.clicked.connect(self._use_columns)
        return page

    def _use_columns(self) -> None:
        mapping = self.columns.mapping()
        if mapping is None:
            self._say(self.columns.problem(), "error")
            return
        self.read(mapping, self.columns.signature())

    # Step 3: check the rows --------------------------------------------------------------------

    def _check_step(self) -> QWidget:
        page = QWidget()
        self.summary = theme.name(QLabel(), "importSummary", self.tr("What was found"))
        self.summary.setWordWrap(True)
        self.balance_note = theme.name(QLabel(), "balanceCheck", self.tr("Balance check"))
        self.balance_note.setWordWrap(True)
        self.model = ImportPreviewModel(self)
        self.table = theme.name(QTableView(), "importRows", self.tr("Rows in the statement"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab moves on
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setItemDelegateForColumn(
            CATEGORY, CategoryDelegate(self.model, self.categories, self)
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.import_button = theme.name(
            QPushButton(self.tr("&Import")), "importRowsButton", self.tr("Import the new rows")
        )
        self.check_back = theme.name(QPushButton(self.tr("&Back")), "checkBack", self.tr("Back"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_back)
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(page)
        layout.addWidget(theme.heading(self.tr("Check the rows"), 1.3))
        layout.addWidget(self.summary)
        layout.addWidget(self.balance_note)
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "Rows that look like a payment you typed in are linked to it, so nothing is "
                    "counted twice. Press Space to untick one and add it as new instead. To "
                    "change a category, pick the row and press F2."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.model.choices_changed.connect(self._show_counts)
        self.check_back.clicked.connect(lambda: self._show_step(CHOOSE))
        self.import_button.clicked.connect(self.save)
        return page

    def _show_preview(self, preview: Preview) -> None:
        self.preview = preview
        self.model.show_preview(preview, self.categories)
        self._show_step(CHECK)
        self._say("")
        self._show_counts()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    def _show_counts(self) -> None:
        preview = self.preview
        adding = sum(1 for row in range(self.model.rowCount()) if self.model.will_add(row))
        linking = len(self.model.linked)
        already = preview.count(RowStatus.ALREADY)
        words = [
            self.tr("%1 rows found in this %2 file.")
            .replace("%1", str(len(preview.rows)))
            .replace("%2", preview.layout),
            self.tr("%1 new").replace("%1", str(adding)),
            self.tr("%1 already in your records").replace("%1", str(already)),
        ]
        if preview.looks_like():
            words.append(
                self.tr("%1 of %2 that look like payments you typed in will be linked")
                .replace("%1", str(linking))
                .replace("%2", str(len(preview.looks_like())))
            )
        skipped = preview.count(RowStatus.TOO_EARLY) + preview.count(RowStatus.CLOSED)
        if skipped:
            words.append(
                self.tr(
                    "%1 left out (before the account's start date, or in a closed period)"
                ).replace("%1", str(skipped))
            )
        self.summary.setText(words[0] + " " + "; ".join(words[1:]) + ".")
        self.summary.setAccessibleName(self.summary.text())
        self._show_balance(preview.records_after(self.model.linked))
        self.import_button.setEnabled(adding + linking > 0)
        if adding + linking == 0:
            self._say(self.tr("Everything in this file is already in your records."))

    def _show_balance(self, records_after) -> None:
        preview = self.preview
        parts = []
        for jump in preview.jumps[:3]:
            parts.append(
                self.tr(
                    "Line %1 (%2): the bank's balance goes from %3 to %4, but the row is %5. "
                    "The file may be missing a row."
                )
                .replace("%1", str(jump.line))
                .replace("%2", display.day(jump.day))
                .replace("%3", format_pence(jump.before))
                .replace("%4", format_pence(jump.after))
                .replace("%5", format_pence(jump.amount))
            )
        if preview.bank_balance is not None and records_after is not None:
            if preview.bank_balance == records_after:
                parts.append(
                    self.tr("After this import your records will match your bank: %1 on %2.")
                    .replace("%1", format_pence(records_after))
                    .replace("%2", display.day(preview.balance_day))
                )
            else:
                parts.append(
                    self.tr(
                        "Your bank says %1 on %2; after this import your records will say %3 "
                        "(a difference of %4). Some payments may be missing here, or typed "
                        "with a different amount or account."
                    )
                    .replace("%1", format_pence(preview.bank_balance))
                    .replace("%2", display.day(preview.balance_day))
                    .replace("%3", format_pence(records_after))
                    .replace("%4", format_pence(abs(preview.bank_balance - records_after)))
                )
        self.balance_note.setText(" ".join(parts))
        self.balance_note.setAccessibleName(self.balance_note.text())
        self.balance_note.setVisible(bool(parts))

    def save(self) -> None:
        if self.task is not None or self.preview is None:
            return
        preview, session = self.preview, self.session
        linked, chosen = set(self.model.linked), dict(self.model.categories)
        self._say("")
        self.task = run_with_progress(
            self,
            lambda progress: bank_import.commit(session, preview, linked, chosen, progress),
            self._saved,
            self._failed,
            self.tr("Importing your statement…"),
            self.tr("Stop"),
        )
        self.task.done.connect(self._task_ended)

    # Step 4: done ------------------------------------------------------------------------------

    def _done_step(self) -> QWidget:
        page = QWidget()
        self.outcome = theme.name(QLabel(), "importOutcome", self.tr("What was imported"))
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.done_button = theme.name(QPushButton(self.tr("&Done")), "importDone", self.tr("Done"))
        self.done_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(theme.heading(self.tr("Imported"), 1.3))
        layout.addWidget(self.outcome)
        layout.addStretch()
        layout.addLayout(theme.left(self.done_button))
        return page

    def _saved(self, result: ImportResult) -> None:
        self.imported = result
        words = [
            self.tr("Added %1 new rows.").replace("%1", str(result.added))
            if result.added != 1
            else self.tr("Added 1 new row."),
            self.tr("%1 were already in your records.").replace("%1", str(result.already)),
        ]
        if result.linked:
            words.append(
                self.tr("Linked %1 to payments you had typed in.").replace("%1", str(result.linked))
            )
        check = result.reconciliation
        if check is not None and check.matches:
            words.append(
                self.tr("Your records match your bank: %1 on %2.")
                .replace("%1", format_pence(check.bank))
                .replace("%2", display.day(check.day))
            )
        elif check is not None:
            words.append(
                self.tr("Your bank says %1 on %2, your records say %3.")
                .replace("%1", format_pence(check.bank))
                .replace("%2", display.day(check.day))
                .replace("%3", format_pence(check.records))
            )
        if result.added:
            words.append(
                self.tr("New rows without a category show as “Not sorted yet” on the Money page.")
            )
        self.outcome.setText(" ".join(words))
        self.outcome.setAccessibleName(self.outcome.text())
        self._show_step(DONE)
        self.done_button.setFocus()

    # Helpers -----------------------------------------------------------------------------------

    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.cancel_button.setVisible(step != DONE)
        for button in (self.read_button, self.use_columns, self.import_button, self.done_button):
            button.setDefault(False)
            button.setAutoDefault(False)
        default = {
            CHOOSE: self.read_button,
            COLUMNS: self.use_columns,
            CHECK: self.import_button,
            DONE: self.done_button,
        }[step]
        default.setDefault(True)
        if step == CHOOSE:
            self.file_field.setFocus()

    def _say(self, text: str, role: str = "") -> None:
        theme.set_role(self.message, role)
        self.message.setText(text)
        self.message.setAccessibleName(text or self.tr("Message"))
