"""Receipts chosen for a payment but not saved yet: read off the GUI thread, listed by name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from dpkeeper.domain.errors import UserError
from dpkeeper.importers.receipt_files import PreparedReceipt
from dpkeeper.services import receipts
from dpkeeper.ui import file_prompts, theme
from dpkeeper.ui.messages import user_message
from dpkeeper.ui.workers import run_in_background


class PendingReceipts(QWidget):
    """A list of receipt files to attach, with Add and Remove. ``prepared`` holds the results."""

    problem = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prepared: list[PreparedReceipt] = []
        self._existing = 0  # receipts already kept with the payment, listed first
        self._tasks: list = []
        self.list = theme.name(QListWidget(), "pendingReceipts", self.tr("Receipts to attach"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 5)
        self.add_button = theme.name(
            QPushButton(self.tr("Add &receipt…")), "addReceiptButton", self.tr("Add receipt")
        )
        self.add_button.setToolTip(self.tr("Choose a photo or PDF, or drag files here"))
        self.remove_button = theme.name(
            QPushButton(self.tr("Remo&ve")), "removeReceiptButton", self.tr("Remove receipt")
        )
        self.status = theme.name(QLabel(), "pendingReceiptsStatus", self.tr("Receipt status"))
        self.status.setWordWrap(True)
        self.add_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._update()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def show_existing(self, names: list[str]) -> None:
        for name in names:
            self.list.addItem(self.tr("%1 (already kept)").replace("%1", name))
        self._existing = len(names)
        self._update()

    def choose(self) -> None:
        self.add_paths(file_prompts.choose_receipt_files(self))

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            self.status.setText(self.tr("Reading %1…").replace("%1", path.name))
            task = run_in_background(
                self,
                lambda path=path: receipts.prepare(path),
                self._prepared,
                self._failed,
                self.tr("Reading the receipt…"),
            )
            self._tasks.append(task)
            task.done.connect(lambda task=task: self._finished(task))
        self._update()

    def _finished(self, task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        if not self._tasks:
            self.status.setText("")
        self._update()

    def _prepared(self, prepared: PreparedReceipt) -> None:
        self.prepared.append(prepared)
        self.list.addItem(prepared.original_name)
        self.list.setCurrentRow(self.list.count() - 1)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.problem.emit(user_message(error))
        else:
            self.problem.emit(self.tr("That file could not be read. Please try another."))

    def mark_kept(self, prepared: PreparedReceipt) -> None:
        """Move a receipt that is now in the vault up to the "already kept" ones."""
        row = self._existing + self.prepared.index(prepared)
        self.prepared.remove(prepared)
        self.list.takeItem(row)
        self.list.insertItem(
            self._existing, self.tr("%1 (already kept)").replace("%1", prepared.original_name)
        )
        self._existing += 1
        self._update()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        first_new = self._existing
        if row < first_new:
            return
        self.list.takeItem(row)
        del self.prepared[row - first_new]
        self._update()

    def _update(self) -> None:
        first_new = self._existing
        self.remove_button.setEnabled(self.list.count() > first_new)
        self.busy_changed.emit(self.busy)
