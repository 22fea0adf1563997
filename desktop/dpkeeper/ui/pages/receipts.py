"""The Receipts page: photos and PDFs kept in the vault, matched to spending now or later.

On a bad day a person can add photos and do nothing else: they wait, clearly marked, until
there is energy to match them. Spending with no receipt at all can be given a reason instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.access import Action
from dpkeeper.domain.errors import UserError
from dpkeeper.importers.receipt_files import PreparedReceipt
from dpkeeper.services import receipts
from dpkeeper.services.session import Session
from dpkeeper.ui import file_prompts, roles, theme
from dpkeeper.ui.dialogs.match_receipt import MatchReceiptDialog
from dpkeeper.ui.dialogs.receipt_viewer import ReceiptViewer
from dpkeeper.ui.messages import user_message
from dpkeeper.ui.models.receipts import ID_ROLE, ReceiptsModel
from dpkeeper.ui.widgets.flow_layout import FlowLayout
from dpkeeper.ui.widgets.no_receipt_notes import NoReceiptNotes
from dpkeeper.ui.widgets.receipt_drop import dropped_files
from dpkeeper.ui.workers import run_in_background

ICON_SIDE = 150
ALL, WAITING = "all", "waiting"


def _prepare_all(paths: list[Path]) -> list[tuple[Path, PreparedReceipt | Exception]]:
    """Read and shrink each file (off the GUI thread); one bad file does not stop the others."""
    results: list[tuple[Path, PreparedReceipt | Exception]] = []
    for path in paths:
        try:
            results.append((path, receipts.prepare(path)))
        except Exception as error:  # noqa: BLE001 - reported by name on the GUI thread
            results.append((path, error))
    return results


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question (tests answer it by replacing this function)."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class ReceiptsPage(QWidget):
    navigate = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.dialog: QWidget | None = None
        self._tasks: list = []
        self._unsaved: list[tuple[PreparedReceipt, int | None, bool]] = []
        self.setAcceptDrops(True)

        self.add_button = theme.name(
            QPushButton(self.tr("&Add photos or PDFs…")),
            "addReceipts",
            self.tr("Add photos or PDFs"),
        )
        self.add_button.setToolTip(self.tr("Choose receipt files, or drag them onto this page"))
        self.keep_original = theme.name(
            QCheckBox(self.tr("Also keep the &original file (uses more space)")),
            "keepOriginal",
            self.tr("Also keep the original file"),
        )
        space_note = self.tr(
            "The app keeps a smaller copy that is clear enough to read. Keeping the original "
            "file as well uses more space."
        )
        self.keep_original.setToolTip(space_note)
        self.keep_original.setAccessibleDescription(space_note)
        self.show_which = theme.name(QComboBox(), "receiptFilter", self.tr("Show"))
        self.show_which.addItem(self.tr("All receipts"), ALL)
        self.show_which.addItem(self.tr("Waiting to be matched"), WAITING)
        show_label = QLabel(self.tr("Sho&w:"))
        show_label.setBuddy(self.show_which)

        self.model = ReceiptsModel(ICON_SIDE, self)
        self.grid = theme.name(QListView(), "receiptGrid", self.tr("Receipts"))
        self.grid.setModel(self.model)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setUniformItemSizes(True)
        self.grid.setWordWrap(True)
        self.grid.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        line = self.fontMetrics().lineSpacing()
        self.grid.setGridSize(QSize(ICON_SIDE + 6 * line, ICON_SIDE + 4 * line + 16))
        self.grid.setSpacing(8)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setDragEnabled(False)
        self.grid.setAcceptDrops(False)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.grid.doubleClicked.connect(self.view)
        self.empty = theme.paragraph("")
        self.empty.setObjectName("receiptsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.view_button = self._button(self.tr("&View"), "viewReceipt", self.tr("View (Enter)"))
        self.match_button = self._button(
            self.tr("&Match to spending…"), "matchReceipt", self.tr("Match to spending")
        )
        self.unmatch_button = self._button(
            self.tr("&Unmatch"), "unmatchReceipt", self.tr("Unmatch from spending")
        )
        self.delete_button = self._button(
            self.tr("&Delete receipt"), "deleteReceipt", self.tr("Delete receipt (Delete key)")
        )
        self.message = theme.name(QLabel(), "receiptsMessage", self.tr("Message"))
        self.message.setWordWrap(True)

        self.notes = NoReceiptNotes()
        self.notes.changed.connect(self._update_tab_titles)
        self.notes.add_receipt.connect(self._add_for_spending)

        top = FlowLayout()  # wraps onto two lines with large text
        top.addWidget(self.add_button)
        top.addWidget(self.keep_original)
        top.stretch()
        top.add(show_label, self.show_which)
        actions = QHBoxLayout()
        for button in (self.view_button, self.match_button, self.unmatch_button):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.delete_button)
        photos = QWidget()
        photos_layout = QVBoxLayout(photos)
        photos_layout.addLayout(top)
        photos_layout.addWidget(self.empty)
        photos_layout.addWidget(self.grid, 1)
        photos_layout.addLayout(actions)
        self.tabs = theme.name(QTabWidget(), "receiptTabs", self.tr("Receipts"))
        theme.name(self.tabs.tabBar(), "receiptTabBar", self.tr("Receipts, or spending with none"))
        self.tabs.addTab(photos, "")
        self.tabs.addTab(self.notes, "")
        chain = [self.tabs.tabBar(), self.add_button, self.keep_original, self.show_which]
        chain += [self.grid, self.view_button, self.match_button, self.unmatch_button]
        for first, then in zip(chain, chain[1:] + [self.delete_button], strict=True):
            QWidget.setTabOrder(first, then)
        layout = QVBoxLayout(self)
        layout.addWidget(theme.heading(self.tr("Receipts")))
        layout.addWidget(
            theme.paragraph(
                self.tr(
                    "Keep photos and PDFs of your receipts here, safely locked in your vault. "
                    "You can add them now and match them to your spending later."
                )
            )
        )
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.add_button.clicked.connect(self.choose_files)
        self.show_which.currentIndexChanged.connect(lambda _index: self.reload())
        self.view_button.clicked.connect(self.view)
        self.match_button.clicked.connect(self.match)
        self.unmatch_button.clicked.connect(self.unmatch)
        self.delete_button.clicked.connect(self.delete)
        for keys, slot, name in (
            (QKeySequence(Qt.Key.Key_Return), self.view, "viewAction"),
            (QKeySequence(Qt.Key.Key_Enter), self.view, "viewEnterAction"),
            (QKeySequence.StandardKey.Delete, self.delete, "deleteReceiptAction"),
        ):
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.grid.addAction(action)
        self._update_tab_titles()
        self._update_buttons()

    def _button(self, text: str, object_name: str, accessible: str) -> QPushButton:
        return theme.name(QPushButton(text), object_name, accessible)

    # Workspace protocol ------------------------------------------------------------------------

    def show_session(self, session: Session) -> None:
        self.session = session
        self.notes.show_session(session)
        self.refresh()
        if self._unsaved:  # files that finished reading while the vault was locked
            self._store_unsaved()

    def refresh(self) -> None:
        if not self._open():
            return
        self.reload()
        self.notes.reload()

    def focus_on(self, argument: object) -> None:
        """``"waiting"``: receipts not matched yet; ``"missing"``: spending with no receipt."""
        if argument == WAITING:
            self.tabs.setCurrentIndex(0)
            self.show_which.setCurrentIndex(self.show_which.findData(WAITING))
            self.grid.setFocus()
        elif argument == "missing":
            self.tabs.setCurrentWidget(self.notes)
            self.notes.table.setFocus()

    def _open(self) -> bool:
        return self.session is not None and self.session.is_open

    # The grid ----------------------------------------------------------------------------------

    def reload(self, keep: int | None = None) -> None:
        if not self._open():
            return
        selected = keep if keep is not None else self.selected_id()
        self.model.load(self.session, waiting_only=self.show_which.currentData() == WAITING)
        row = self.model.row_of(selected) if selected is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.grid.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._show_empty_state()
        self._update_tab_titles()
        self._update_buttons()

    def _show_empty_state(self) -> None:
        if self.model.rowCount():
            self.empty.hide()
            return
        if self.show_which.currentData() == WAITING:
            text = self.tr("No receipts are waiting to be matched. Everything is sorted.")
        else:
            text = self.tr(
                "No receipts yet. Press “Add photos or PDFs…”, or drag files onto this page."
            )
        self.empty.setText(text)
        self.empty.setAccessibleName(text)
        self.empty.show()

    def _update_tab_titles(self) -> None:
        waiting = sum(1 for receipt in self.model.receipts if receipt.waiting)
        title = self.tr("Receipts")
        if waiting:
            title = self.tr("Receipts (%n waiting)", "", waiting)
        self.tabs.setTabText(0, title)
        missing = self.notes.model.rowCount()
        self.tabs.setTabText(
            1, self.tr("Spending with no receipt (%1)").replace("%1", str(missing))
        )

    def selected_id(self) -> int | None:
        index = self.grid.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def _selected(self):
        index = self.grid.currentIndex()
        return self.model.receipt(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self._selected()
        roles.allow(self.add_button, self.session, Action.RECEIPTS, self._open())
        self.view_button.setEnabled(chosen is not None)
        roles.allow(self.delete_button, self.session, Action.DELETE, chosen is not None)
        self.match_button.setVisible(chosen is None or chosen.waiting)
        roles.allow(self.match_button, self.session, Action.RECEIPTS, chosen is not None)
        self.unmatch_button.setVisible(chosen is not None and not chosen.waiting)
        roles.allow(self.unmatch_button, self.session, Action.RECEIPTS)

    # Adding ------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        if self._open():
            self.add_paths(file_prompts.choose_receipt_files(self))

    def _add_for_spending(self, transaction_id: int) -> None:
        if self._open():
            self.add_paths(file_prompts.choose_receipt_files(self), transaction_id)

    def add_paths(self, paths: list[Path], transaction_id: int | None = None) -> None:
        """Read the files off the GUI thread, one after another, then keep them in the vault."""
        if not paths:
            return
        why = roles.refusal(self.session, Action.RECEIPTS)
        if why:  # dropped files arrive even when the button is off
            self._say(why, "error")
            return
        keep = self.keep_original.isChecked()
        self._say(
            self.tr("Reading 1 file…")
            if len(paths) == 1
            else self.tr("Reading %1 files…").replace("%1", str(len(paths)))
        )
        task = run_in_background(
            self,
            lambda: _prepare_all(paths),
            lambda results: self._keep_all(results, transaction_id, keep),
            self._failed,
            self.tr("Reading your receipts…"),
        )
        self._tasks.append(task)
        task.done.connect(lambda: self._tasks.remove(task))

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def _keep_all(self, results: list, transaction_id: int | None, keep: bool) -> None:
        problems = []
        for path, result in results:
            if isinstance(result, UserError):
                problems.append(user_message(result))
            elif isinstance(result, Exception):
                problems.append(
                    self.tr("%1 could not be read. Please try another file.").replace(
                        "%1", path.name
                    )
                )
            else:
                self._unsaved.append((result, transaction_id, keep))
        if self._open():  # otherwise they are kept when the vault is unlocked again
            self._store_unsaved(problems)

    def _store_unsaved(self, problems: list[str] | None = None) -> None:
        problems = list(problems or [])
        added: list[int | None] = []
        unsaved, self._unsaved = self._unsaved, []
        for prepared, transaction_id, keep in unsaved:
            try:
                receipts.store(self.session, prepared, transaction_id, keep)
            except UserError as error:
                problems.append(user_message(error))
            else:
                added.append(transaction_id)
        words = []
        if added and all(transaction_id is None for transaction_id in added):
            words.append(
                self.tr("Added 1 receipt. You can match it to spending now or later.")
                if len(added) == 1
                else self.tr(
                    "Added %1 receipts. You can match them to spending now or later."
                ).replace("%1", str(len(added)))
            )
        elif added:
            words.append(
                self.tr("Added 1 receipt to the payment.")
                if len(added) == 1
                else self.tr("Added %1 receipts to the payment.").replace("%1", str(len(added)))
            )
        self._say(" ".join(words + problems), "error" if problems else "success")
        self.reload()
        self.notes.reload()

    def _failed(self, error: BaseException) -> None:
        self._say(self.tr("The files could not be read. Please try again."), "error")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._open() and dropped_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if self._open() and dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [path for path in dropped_files(event) if path.is_file()]
        if self._open() and paths:
            event.acceptProposedAction()
            self.tabs.setCurrentIndex(0)
            self.add_paths(paths)

    # Actions on one receipt --------------------------------------------------------------------

    def view(self) -> None:
        chosen = self._selected()
        if chosen is None or self.dialog is not None:
            return
        try:
            dialog = ReceiptViewer(self.session, chosen.receipt_id, self)
        except UserError as error:
            self._say(user_message(error), "error")
            self.reload()
            return
        dialog.turned.connect(self.model.forget_picture)
        self._open_dialog(dialog)

    def match(self) -> None:
        chosen = self._selected()
        if chosen is None or not chosen.waiting or self.dialog is not None:
            return
        self._open_dialog(MatchReceiptDialog(self.session, chosen, self))

    def _open_dialog(self, dialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog) -> None:
        self.dialog = None
        matched = getattr(dialog, "matched_id", None)
        receipt_id = dialog.receipt.receipt_id
        dialog.deleteLater()
        if matched is not None:
            self._say(self.tr("Matched. The receipt is now kept with that payment."), "success")
        self.reload(keep=receipt_id)
        self.notes.reload()
        self.grid.setFocus()

    def unmatch(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen.waiting:
            return
        if self._act(lambda: receipts.match(self.session, chosen.receipt_id, None)):
            self._say(self.tr("Unmatched. The receipt is waiting to be matched again."))
        self.reload(keep=chosen.receipt_id)

    def delete(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        why = roles.refusal(self.session, Action.DELETE)
        if why:  # the Delete key works even when the button is off
            self._say(why, "error")
            return
        question = self.tr("Delete the receipt “%1”? It will be removed from your vault.").replace(
            "%1", chosen.original_name
        )
        if not confirm(self, self.tr("Delete this receipt?"), question):
            return
        position = self.grid.currentIndex().row()
        if self._act(lambda: receipts.delete(self.session, chosen.receipt_id)):
            self._say(self.tr("Deleted the receipt."))
        self.reload()
        if self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(min(position, self.model.rowCount() - 1)))
        self.notes.reload()

    def _act(self, action) -> bool:
        try:
            action()
        except UserError as error:
            self._say(user_message(error), "error")
            return False
        return True

    def _say(self, text: str, role: str = "") -> None:
        theme.set_role(self.message, role)
        self.message.setText(text)
        self.message.setAccessibleName(text)
