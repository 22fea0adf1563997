"""The Statements page: make a monitoring return, review statement, audit pack, timesheets or pay
summary for a period, look at it, then save it, export it as CSV or print it.

The PDF is made off the GUI thread and kept only in memory; its pages are drawn from the bytes
for the preview and for printing. Nothing reaches the disk until the person chooses a file.
After a monitoring return has gone to the council its period can be closed here, and reopened
with a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QRect, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPagedPaintDevice, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.access import Action
from dpkeeper.domain.errors import UserError
from dpkeeper.importers import pdf_pages
from dpkeeper.services import periods, statement_files, statements
from dpkeeper.services import plan as plan_service
from dpkeeper.services.progress import Progress, Stopped
from dpkeeper.services.session import Session
from dpkeeper.ui import display, file_prompts, roles, theme
from dpkeeper.ui.dialogs.reopen_period import ReopenDialog
from dpkeeper.ui.messages import user_message
from dpkeeper.ui.widgets.date_field import DateField
from dpkeeper.ui.widgets.flow_layout import FlowLayout
from dpkeeper.ui.workers import run_with_progress

LAST_QUARTER, THIS_QUARTER, SINCE_REVIEW, CUSTOM = "last", "this", "review", "custom"
PRINT_LONG_SIDE = 2400  # pixels: about 200 dpi on A4, sharp on paper
ZOOM_STEP = 1.25
SMALLEST, LARGEST = 0.2, 3.0
CLOSABLE_KINDS = ("monitoring", "audit-pack")  # both carry the return that goes to the council


class PagePreview(QWidget):
    """One page of a PDF at a time, drawn in memory, fitted to the width or zoomed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = b""
        self.pages = 0
        self.page_number = 1
        self.image = QImage()
        self.zoom: float | None = None  # None: fit the page to the width of the view

        self.zoom_out_button = self._button(
            self.tr("Zoom o&ut"), "zoomOut", self.tr("Zoom out (Ctrl+minus)")
        )
        self.zoom_in_button = self._button(
            self.tr("Zoom &in"), "zoomIn", self.tr("Zoom in (Ctrl+plus)")
        )
        self.fit_button = self._button(
            self.tr("Fit &width"), "zoomFit", self.tr("Fit to the width (Ctrl+0)")
        )
        self.previous_button = self._button(
            self.tr("◀ Pre&vious page"), "previousPage", self.tr("Previous page (Page Up)")
        )
        self.next_button = self._button(
            self.tr("&Next page ▶"), "nextPage", self.tr("Next page (Page Down)")
        )
        self.page_label = theme.name(QLabel(), "pageNumber", self.tr("Page number"))
        self.picture = theme.name(QLabel(), "previewPicture", self.tr("Preview"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder = theme.paragraph(
            self.tr("Choose a statement and a period, then press Preview (Ctrl+Enter).")
        )
        self.placeholder.setObjectName("previewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = theme.name(QScrollArea(), "previewScroll", self.tr("Preview"))
        self.scroll.setWidget(self.picture)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setBackgroundRole(self.palette().ColorRole.Mid)
        self.scroll.viewport().installEventFilter(self)

        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button.clicked.connect(self.fit)
        self.previous_button.clicked.connect(lambda: self.show_page(self.page_number - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page_number + 1))

        self.tools = QWidget()
        tools = FlowLayout(self.tools)  # wraps onto two lines with large text
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(button)
        tools.stretch()
        tools.add(self.previous_button, self.page_label, self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tools)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.scroll, 1)
        self.clear()

    def _button(self, text: str, object_name: str, accessible: str) -> QPushButton:
        button = theme.name(QPushButton(text), object_name, accessible)
        button.setToolTip(accessible)
        return button

    def clear(self) -> None:
        """Forget the PDF (it may hold the person's records) and show the hint instead."""
        self.data, self.pages, self.image = b"", 0, QImage()
        self.picture.setPixmap(QPixmap())
        self.tools.hide()
        self.scroll.hide()
        self.placeholder.show()
        self.page_label.clear()

    def show_pdf(self, data: bytes, pages: int) -> None:
        self.data, self.pages = data, pages
        self.placeholder.hide()
        self.tools.show()
        self.scroll.show()
        self.show_page(1)

    def show_page(self, number: int) -> None:
        """Draw page ``number``; raises UserError if PDFium cannot read the PDF."""
        if not self.pages:
            return
        self.page_number = max(1, min(number, self.pages))
        self.image = QImage.fromData(pdf_pages.render_page(self.data, self.page_number), "PNG")
        self.page_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(self.page_number))
            .replace("%2", str(self.pages))
        )
        self.page_label.setAccessibleName(self.page_label.text())
        self.picture.setAccessibleName(self.tr("Preview, %1").replace("%1", self.page_label.text()))
        self.previous_button.setEnabled(self.page_number > 1)
        self.next_button.setEnabled(self.page_number < self.pages)
        self.scroll.verticalScrollBar().setValue(0)
        self._draw()

    def _fit_scale(self) -> float:
        room = self.scroll.viewport().width() - 24  # a little grey either side of the paper
        return max(SMALLEST, min(room / max(self.image.width(), 1), LARGEST))

    def scale(self) -> float:
        return self._fit_scale() if self.zoom is None else self.zoom

    def _draw(self) -> None:
        if self.image.isNull():
            self.picture.setPixmap(QPixmap())
            return
        scale = self.scale()
        pixmap = QPixmap.fromImage(
            self.image.scaled(
                self.image.size() * scale,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.picture.setPixmap(pixmap)
        self.picture.resize(pixmap.size())
        self.zoom_in_button.setEnabled(scale < LARGEST)
        self.zoom_out_button.setEnabled(scale > SMALLEST)

    def eventFilter(self, watched, event) -> bool:
        resized = watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize
        if resized and self.zoom is None:
            self._draw()  # keep fitting the width as the window changes size
        return super().eventFilter(watched, event)

    def zoom_in(self) -> None:
        if self.pages:
            self.zoom = min(self.scale() * ZOOM_STEP, LARGEST)
            self._draw()

    def zoom_out(self) -> None:
        if self.pages:
            self.zoom = max(self.scale() / ZOOM_STEP, SMALLEST)
            self._draw()

    def fit(self) -> None:
        self.zoom = None
        self._draw()


class StatementsPage(QWidget):
    navigate = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.task = None
        self.dialog: QWidget | None = None
        self.pdf = b""  # the last statement made, for saving and printing without making it again
        self.pdf_choice: tuple[str, date, date] | None = None
        self.saved_file: Path | None = None
        self._printer = None

        #: kind → (what the combo says, the start of a file name)
        self.kinds = {
            "monitoring": (self.tr("Monitoring return"), self.tr("Monitoring return")),
            "review": (self.tr("Care review statement"), self.tr("Care review statement")),
            "audit-pack": (
                self.tr("Audit pack (return with every receipt)"),
                self.tr("Audit pack"),
            ),
            "timesheets": (self.tr("Timesheets"), self.tr("Timesheets")),
            "pay": (self.tr("Pay summary"), self.tr("Pay summary")),
        }
        self.kind = theme.name(QComboBox(), "statementKind", self.tr("Kind of statement"))
        for key, (label, _file_name) in self.kinds.items():
            self.kind.addItem(label, key)
        self.period = theme.name(QComboBox(), "periodChoice", self.tr("Period"))
        for key, label in (
            (LAST_QUARTER, self.tr("Last quarter")),
            (THIS_QUARTER, self.tr("This quarter")),
            (SINCE_REVIEW, self.tr("Since the last review")),
            (CUSTOM, self.tr("Custom")),
        ):
            self.period.addItem(label, key)
        self.start = theme.name(DateField(), "periodStart", self.tr("From"))
        self.end = theme.name(DateField(), "periodEnd", self.tr("To"))

        self.preview_button = self._button(
            self.tr("&Preview"), "previewStatement", self.tr("Preview (Ctrl+Enter)")
        )
        self.save_button = self._button(
            self.tr("&Save as PDF…"), "saveStatement", self.tr("Save as PDF (Ctrl+S)")
        )
        self.csv_button = self._button(
            self.tr("Export &CSV…"), "exportCsv", self.tr("Export CSV for a spreadsheet")
        )
        self.print_button = self._button(
            self.tr("P&rint…"), "printStatement", self.tr("Print (Ctrl+P)")
        )
        self.message = theme.name(QLabel(), "statementsMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.hide()

        self.closed_label = theme.name(QLabel(), "closedStatus", self.tr("Closed records"))
        self.close_button = self._button(
            self.tr("&Mark this period as sent…"), "markSent", self.tr("Mark this period as sent")
        )
        self.close_note = theme.paragraph("")
        self.close_note.setObjectName("markSentNote")
        self.reopen_button = self._button(
            self.tr("Re&open…"), "reopenPeriod", self.tr("Reopen closed records")
        )
        self.with_history = theme.name(
            QCheckBox(self.tr("Add the &history of changes (who changed what, and when)")),
            "withHistory",
            self.tr("Add the history of changes to the audit pack"),
        )
        self.preview = PagePreview()

        choices = QGridLayout()
        choices.addWidget(self._label(self.tr("&Kind:"), self.kind), 0, 0)
        choices.addWidget(self.kind, 0, 1, 1, 3)
        choices.addWidget(self._label(self.tr("P&eriod:"), self.period), 1, 0)
        choices.addWidget(self.period, 1, 1)
        choices.addWidget(self._label(self.tr("&From:"), self.start), 1, 2)
        choices.addWidget(self.start, 1, 3)
        choices.addWidget(self._label(self.tr("&To:"), self.end), 1, 4)
        choices.addWidget(self.end, 1, 5)
        choices.addWidget(self.with_history, 2, 1, 1, 5)
        choices.setColumnStretch(6, 1)
        actions = FlowLayout()  # wraps onto two lines with large text
        for button in (self.preview_button, self.save_button, self.csv_button, self.print_button):
            actions.addWidget(button)
        actions.stretch()
        actions.add(self.closed_label, self.reopen_button)
        self.offer = QFrame()
        self.offer.setObjectName("markSentOffer")
        self.offer.setFrameShape(QFrame.Shape.StyledPanel)
        offer = QHBoxLayout(self.offer)
        offer.addWidget(self.close_note, 1)
        offer.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(theme.heading(self.tr("Statements")))
        layout.addLayout(choices)
        layout.addSpacing(4)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.offer)
        layout.addSpacing(6)
        layout.addWidget(self.preview, 1)

        self.kind.currentIndexChanged.connect(self._choice_changed)
        self.period.currentIndexChanged.connect(self._period_picked)
        self.start.dateChanged.connect(self._dates_typed)
        self.end.dateChanged.connect(self._dates_typed)
        self.preview_button.clicked.connect(self.make_preview)
        self.with_history.toggled.connect(lambda _on: self._forget_pdf())
        self.save_button.clicked.connect(self.save_pdf)
        self.csv_button.clicked.connect(self.export_csv)
        self.print_button.clicked.connect(self.print_statement)
        self.close_button.clicked.connect(self.mark_sent)
        self.reopen_button.clicked.connect(self.reopen)
        self._shortcut(["Ctrl+Return", "Ctrl+Enter"], self.preview_button.click, "previewAction")
        self._shortcut(["Ctrl+S"], self.save_button.click, "saveAction")
        self._shortcut(["Ctrl+P"], self.print_button.click, "printAction")
        self._shortcut(["PgUp"], self.preview.previous_button.click, "previousPageAction")
        self._shortcut(["PgDown"], self.preview.next_button.click, "nextPageAction")
        self._shortcut([QKeySequence.StandardKey.ZoomIn, "Ctrl+="], self.preview.zoom_in, "zoomIn")
        self._shortcut([QKeySequence.StandardKey.ZoomOut], self.preview.zoom_out, "zoomOut")
        self._shortcut(["Ctrl+0"], self.preview.fit, "fitAction")
        self._show_choice_state()

    def _button(self, text: str, object_name: str, accessible: str) -> QPushButton:
        button = theme.name(QPushButton(text), object_name, accessible)
        button.setToolTip(accessible)
        return button

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _shortcut(self, keys: list, slot: Callable[[], object], object_name: str) -> None:
        action = QAction(self)
        action.setObjectName(object_name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    # Workspace protocol ------------------------------------------------------------------------

    def show_session(self, session: Session) -> None:
        first_time = self.session is None
        self.session = session
        if first_time:
            self._choose_default_period()
        self._show_closed()

    def refresh(self) -> None:
        """Records may have changed on another page: a preview made before is put away."""
        if self.session is None or not self.session.is_open:
            return
        if self.task is None:
            self._forget_pdf()
        self._show_closed()

    # The choice of statement and period --------------------------------------------------------

    def choice(self) -> tuple[str, date, date]:
        return self.kind.currentData(), self.start.value(), self.end.value()

    def _choose_default_period(self) -> None:
        """The monitoring period due if it has ended, otherwise last quarter."""
        today = date.today()
        due = periods.next_return(self.session, today)
        if due is not None and due.end < today:
            self._set_dates(due.start, due.end)
        else:
            quarter = statements.last_quarter(today)
            self._set_dates(quarter.start, quarter.end)
        self._select_matching_pick()

    def _pick_period(self, pick: str) -> tuple[date, date] | None:
        today = date.today()
        if pick == LAST_QUARTER:
            quarter = statements.last_quarter(today)
        elif pick == THIS_QUARTER:
            quarter = statements.quarter_of(today)
        elif pick == SINCE_REVIEW:
            return self._since_last_review(today)
        else:
            return None
        return quarter.start, quarter.end

    def _since_last_review(self, today: date) -> tuple[date, date]:
        """From the plan's start, or a year before its review date if that is later, to today."""
        plan = plan_service.current(self.session, today) if self.session else None
        start = today - timedelta(days=365)
        if plan is not None:
            start = plan.start_date
            if plan.review_date is not None:
                start = max(start, _year_before(plan.review_date))
        return min(start, today), today

    def _set_dates(self, start: date, end: date) -> None:
        with QSignalBlocker(self.start), QSignalBlocker(self.end):
            self.start.set_value(start)
            self.end.set_value(end)
        self._choice_changed()

    def _select_matching_pick(self) -> None:
        chosen = (self.start.value(), self.end.value())
        for row in range(self.period.count()):
            if self._pick_period(self.period.itemData(row)) == chosen:
                break
        else:
            row = self.period.findData(CUSTOM)
        with QSignalBlocker(self.period):
            self.period.setCurrentIndex(row)

    def _period_picked(self) -> None:
        dates = self._pick_period(self.period.currentData())
        if dates is not None:
            self._set_dates(*dates)

    def _dates_typed(self) -> None:
        with QSignalBlocker(self.period):
            self.period.setCurrentIndex(self.period.findData(CUSTOM))
        self._choice_changed()

    def _choice_changed(self) -> None:
        if self.pdf_choice is not None and self.pdf_choice != self.choice():
            self._forget_pdf()
        self._show_choice_state()

    def _show_choice_state(self) -> None:
        kind = self.kind.currentData()
        can_csv = "csv" in statement_files.KIND_FORMATS[kind]
        self.csv_button.setEnabled(can_csv)
        self.with_history.setVisible(kind == "audit-pack")
        self.csv_button.setToolTip(
            self.tr("Export CSV for a spreadsheet")
            if can_csv
            else self.tr("This statement can only be saved as a PDF.")
        )
        self._show_closing_offer()

    def _forget_pdf(self) -> None:
        self.pdf, self.pdf_choice = b"", None
        self.preview.clear()
        self._show_closing_offer()

    # Closed records ----------------------------------------------------------------------------

    def _show_closed(self) -> None:
        if self.session is None or not self.session.is_open:
            return
        closed = periods.closed_through(self.session)
        if closed is None:
            text = self.tr("No records are closed yet.")
        else:
            text = self.tr("Records are closed up to %1.").replace("%1", display.day(closed))
        self.closed_label.setText(text)
        self.closed_label.setAccessibleName(text)
        roles.allow(self.reopen_button, self.session, Action.CLOSE_PERIODS, closed is not None)
        self._show_closing_offer()

    def _can_mark_sent(self) -> bool:
        """A previewed return whose period has ended and is not closed yet can be marked sent."""
        if self.session is None or not self.session.is_open or self.pdf_choice is None:
            return False
        if not self.session.can(Action.CLOSE_PERIODS):  # only the holder closes periods
            return False
        kind, _start, end = self.pdf_choice
        closed = periods.closed_through(self.session)
        return kind in CLOSABLE_KINDS and end < date.today() and (closed is None or end > closed)

    def _show_closing_offer(self) -> None:
        offer = self._can_mark_sent()
        self.offer.setVisible(offer)
        if offer:
            end = display.day(self.pdf_choice[2])
            self.close_note.setText(
                self.tr(
                    "Once the return has gone to the council, mark its period as sent. Records "
                    "up to %1 can then only be changed after reopening, with a reason."
                ).replace("%1", end)
            )
            self.close_note.setAccessibleName(self.close_note.text())

    def mark_sent(self) -> None:
        if not self._can_mark_sent():
            return
        end = self.pdf_choice[2]
        answer = QMessageBox.question(
            self,
            self.tr("Mark this period as sent?"),
            self.tr(
                "Records up to %1 will be closed. To change them later you will need to "
                "reopen the period and give a reason."
            ).replace("%1", display.day(end)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            periods.close_through(self.session, end)
        except UserError as error:
            self._say(user_message(error), "error")
            return
        self._show_closed()
        self._say(
            self.tr("Records are closed up to %1.").replace("%1", display.day(end)), "success"
        )

    def reopen(self) -> None:
        if self.session is None or self.dialog is not None:
            return
        if not self.session.can(Action.CLOSE_PERIODS):
            return
        closed = periods.closed_through(self.session)
        if closed is None:
            return
        start = self.start.value()
        suggested = start if start <= closed else statements.quarter_of(closed).start
        dialog = ReopenDialog(self.session, suggested, parent=self)
        self.dialog = dialog

        def closed_dialog(_result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            self._show_closed()
            if dialog.reopened_from is not None:
                self._say(
                    self.tr("Reopened. Records from %1 on can be changed again.").replace(
                        "%1", display.day(dialog.reopened_from)
                    ),
                    "success",
                )
            self.reopen_button.setFocus()

        dialog.finished.connect(closed_dialog)
        dialog.open()

    # Making the statement ----------------------------------------------------------------------

    def _start(self, work: Callable[[Progress], object], on_result, busy_text: str) -> None:
        self._say("")
        self.task = run_with_progress(
            self, work, on_result, self._failed, busy_text, self.tr("Cancel")
        )
        self.task.done.connect(self._task_ended)

    def _task_ended(self) -> None:
        self.task = None

    def _pdf_work(self) -> Callable[[Progress], bytes]:
        """Work that returns the chosen statement's PDF (the one kept in memory if it matches)."""
        session, (kind, start, end) = self.session, self.choice()
        if self.pdf and self.pdf_choice == (kind, start, end):
            kept = self.pdf
            return lambda _progress: kept
        history = kind == "audit-pack" and self.with_history.isChecked()
        return lambda progress: statement_files.render(
            session, kind, start, end, "pdf", progress, with_history=history
        )

    def make_preview(self) -> None:
        if self.session is None or self.task is not None:
            return
        choice, make = self.choice(), self._pdf_work()
        if self.pdf_choice != choice:
            self._forget_pdf()

        def work(progress: Progress) -> tuple[bytes, int]:
            pdf = make(progress)
            return pdf, pdf_pages.page_count(pdf)

        self._start(
            work, lambda made: self._previewed(choice, *made), self.tr("Making the statement…")
        )

    def _previewed(self, choice: tuple[str, date, date], pdf: bytes, pages: int) -> None:
        self.pdf, self.pdf_choice = pdf, choice
        try:
            self.preview.show_pdf(pdf, pages)
        except UserError as error:
            self._forget_pdf()
            self._say(user_message(error), "error")
            return
        self._show_closing_offer()
        self.preview.scroll.setFocus()

    def suggested_name(self, extension: str) -> str:
        kind, start, end = self.choice()
        return (
            self.tr("%1 %2 to %3")
            .replace("%1", self.kinds[kind][1])
            .replace("%2", start.isoformat())
            .replace("%3", end.isoformat())
            + extension
        )

    def save_pdf(self) -> None:
        if self.session is None or self.task is not None:
            return
        target = file_prompts.choose_statement_target(
            self, Path.home() / self.suggested_name(".pdf"), self.tr("PDF document (*.pdf)")
        )
        if target is None:
            return
        choice, make = self.choice(), self._pdf_work()

        def saved(pdf: bytes) -> None:
            self.pdf, self.pdf_choice = pdf, choice
            self._write(target, pdf)
            self._show_closing_offer()

        self._start(make, saved, self.tr("Making the statement…"))

    def export_csv(self) -> None:
        kind, start, end = self.choice()
        if self.session is None or self.task is not None:
            return
        if "csv" not in statement_files.KIND_FORMATS[kind]:
            return
        target = file_prompts.choose_statement_target(
            self,
            Path.home() / self.suggested_name(".csv"),
            self.tr("CSV for a spreadsheet (*.csv)"),
        )
        if target is None:
            return
        session = self.session
        self._start(
            lambda progress: statement_files.render(session, kind, start, end, "csv", progress),
            lambda data: self._write(target, data),
            self.tr("Making the CSV…"),
        )

    def _write(self, target: Path, data: bytes) -> None:
        try:
            target.write_bytes(data)
        except OSError as error:
            self._say(
                self.tr("It could not be saved there: %1. Please choose another folder.").replace(
                    "%1", error.strerror or str(error)
                ),
                "error",
            )
            return
        self.saved_file = target
        self._say(
            self.tr("Saved “%1” in %2. It is not encrypted: keep it somewhere safe.")
            .replace("%1", target.name)
            .replace("%2", str(target.parent)),
            "success",
        )

    # Printing ----------------------------------------------------------------------------------

    def choose_printer(self) -> QPagedPaintDevice | None:
        """Ask which printer to use (tests replace this with a PDF writer)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the statement's pages carry their own margins
        printer.setDocName(self.suggested_name(""))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the statement"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def print_statement(self) -> None:
        if self.session is None or self.task is not None:
            return
        printer = self.choose_printer()
        if printer is None:
            return
        self._printer = printer  # kept until the pages are drawn on it
        choice, make = self.choice(), self._pdf_work()

        def work(progress: Progress) -> tuple[bytes, list[bytes]]:
            pdf = make(progress)
            count = pdf_pages.page_count(pdf)
            each = replace(progress, every=1)
            images = []
            for number in range(1, count + 1):
                images.append(pdf_pages.render_page(pdf, number, PRINT_LONG_SIDE, "PNG"))
                each.step(number, count)
            return pdf, images

        def ready(made: tuple[bytes, list[bytes]]) -> None:
            pdf, images = made
            self.pdf, self.pdf_choice = pdf, choice
            printed = self.print_pages(printer, images)
            self._printer = None
            if printed:
                self._say(
                    self.tr("Sent %1 pages to the printer.").replace("%1", str(printed))
                    if printed != 1
                    else self.tr("Sent 1 page to the printer."),
                    "success",
                )
            else:
                self._say(self.tr("The printer could not be started. Please try again."), "error")
            self._show_closing_offer()

        self._start(work, ready, self.tr("Getting the pages ready to print…"))

    def print_pages(self, device: QPagedPaintDevice, images: list[bytes]) -> int:
        """Draw each page picture on its own sheet, as large as fits; returns the pages drawn."""
        painter = QPainter()
        if not painter.begin(device):
            return 0
        try:
            for number, data in enumerate(images):
                if number:
                    device.newPage()
                image = QImage.fromData(data, "PNG")
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                left = area.x() + (area.width() - size.width()) // 2
                top = area.y() + (area.height() - size.height()) // 2
                painter.drawImage(QRect(left, top, size.width(), size.height()), image)
        finally:
            painter.end()
        return len(images)

    # Messages ----------------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        self._printer = None
        if isinstance(error, Stopped):
            self._say(self.tr("Stopped. Nothing was made."))
        elif isinstance(error, UserError):
            self._say(user_message(error), "error")
        else:
            self._say(
                self.tr("Something went wrong while making the statement. Please try again."),
                "error",
            )
            raise error

    def _say(self, text: str, role: str = "") -> None:
        theme.set_role(self.message, role)
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)
