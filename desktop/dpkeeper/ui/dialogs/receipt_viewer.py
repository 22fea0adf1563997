"""Looking at one receipt: zoom, turn a photo the right way up, page through a PDF.

The picture comes decrypted from the vault straight into memory (``QImage.loadFromData``);
nothing is written to a temporary file.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpkeeper.domain.errors import UserError
from dpkeeper.importers import pdf_pages
from dpkeeper.services import receipts
from dpkeeper.services.session import Session
from dpkeeper.ui import theme
from dpkeeper.ui.messages import user_message

ZOOM_STEP = 1.25
SMALLEST, LARGEST = 0.1, 4.0


class ReceiptViewer(QDialog):
    """Shows a receipt's reading copy. ``turned`` fires after a photo was turned in the vault."""

    turned = Signal(int)

    def __init__(self, session: Session, receipt_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.receipt = receipts.get(session, receipt_id)
        self.page_number = 1
        self.image = QImage()
        self.zoom: float | None = None  # None: fit the picture to the window
        self._data = b""
        title = self.tr("Receipt: %1").replace("%1", self.receipt.original_name)
        self.setWindowTitle(title)
        theme.name(self, "receiptViewer", title)

        self.picture = theme.name(QLabel(), "receiptPicture", title)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = theme.name(QScrollArea(), "receiptScroll", self.tr("Receipt picture"))
        self.scroll.setWidget(self.picture)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setBackgroundRole(self.palette().ColorRole.Dark)
        self.scroll.viewport().installEventFilter(self)

        self.zoom_out_button = self._button(
            self.tr("Zoom &out"), "zoomOut", self.tr("Zoom out (Ctrl+minus)")
        )
        self.zoom_in_button = self._button(
            self.tr("Zoom &in"), "zoomIn", self.tr("Zoom in (Ctrl+plus)")
        )
        self.fit_button = self._button(
            self.tr("&Fit"), "zoomFit", self.tr("Fit to window (Ctrl+0)")
        )
        self.turn_button = self._button(
            self.tr("&Turn right"), "turnReceipt", self.tr("Turn a quarter to the right (R)")
        )
        self.previous_button = self._button(
            self.tr("&Previous page"), "previousPage", self.tr("Previous page (Page Up)")
        )
        self.next_button = self._button(
            self.tr("&Next page"), "nextPage", self.tr("Next page (Page Down)")
        )
        self.page_label = theme.name(QLabel(), "pageNumber", self.tr("Page number"))
        self.close_button = self._button(self.tr("&Close"), "closeViewer", self.tr("Close"))
        self.message = theme.name(QLabel(), "viewerMessage", self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.hide()

        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button.clicked.connect(self.fit)
        self.turn_button.clicked.connect(self.turn)
        self.previous_button.clicked.connect(lambda: self.show_page(self.page_number - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page_number + 1))
        self.close_button.clicked.connect(self.accept)
        self._shortcut([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")], self.zoom_in)
        self._shortcut([QKeySequence.StandardKey.ZoomOut], self.zoom_out)
        self._shortcut([QKeySequence("Ctrl+0")], self.fit)
        self._shortcut([QKeySequence(Qt.Key.Key_R)], self.turn)
        self._shortcut([QKeySequence(Qt.Key.Key_PageUp)], self.previous_button.click)
        self._shortcut([QKeySequence(Qt.Key.Key_PageDown)], self.next_button.click)

        tools = QHBoxLayout()
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(button)
        tools.addWidget(self.turn_button)
        tools.addStretch()
        tools.addWidget(self.previous_button)
        tools.addWidget(self.page_label)
        tools.addWidget(self.next_button)
        tools.addStretch()
        tools.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)

        is_pdf = self.receipt.is_pdf
        self.turn_button.setVisible(not is_pdf)
        for widget in (self.previous_button, self.next_button, self.page_label):
            widget.setVisible(is_pdf and self.receipt.pages > 1)
        screen = self.screen().availableGeometry()
        self.resize(min(1000, screen.width() * 9 // 10), min(1100, screen.height() * 9 // 10))
        self._load()
        self.scroll.setFocus()

    def _button(self, text: str, object_name: str, accessible: str) -> QPushButton:
        button = theme.name(QPushButton(text), object_name, accessible)
        button.setToolTip(accessible)
        button.setAutoDefault(False)
        return button

    def _shortcut(self, keys: list, slot) -> None:
        action = QAction(self)
        action.setShortcuts(keys)
        action.triggered.connect(slot)
        self.addAction(action)

    # Showing -----------------------------------------------------------------------------------

    def _load(self) -> None:
        """Read the reading copy from the vault again (after turning it)."""
        self._data = receipts.display(self.session, self.receipt.receipt_id) or b""
        self.show_page(self.page_number)

    def show_page(self, number: int) -> None:
        if self.receipt.is_pdf:
            number = max(1, min(number, self.receipt.pages))
        self.page_number = number
        image = QImage()
        try:
            if self.receipt.is_pdf:
                image.loadFromData(pdf_pages.render_page(self._data, number), "PNG")
            else:
                image.loadFromData(self._data)
        except UserError as error:
            self._say(user_message(error))
        else:
            if image.isNull():
                self._say(self.tr("This receipt could not be shown."))
        self.image = image
        self.page_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(number))
            .replace("%2", str(self.receipt.pages))
        )
        self.page_label.setAccessibleName(self.page_label.text())
        self.previous_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < self.receipt.pages)
        description = self.receipt.original_name
        if self.receipt.is_pdf:
            description += ", " + self.page_label.text()
        self.picture.setAccessibleName(self.tr("Receipt: %1").replace("%1", description))
        self._draw()

    def _say(self, text: str) -> None:
        theme.set_role(self.message, "error")
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    def _fit_scale(self) -> float:
        if self.image.isNull():
            return 1.0
        room = self.scroll.viewport().size()
        return min(room.width() / self.image.width(), room.height() / self.image.height(), LARGEST)

    def scale(self) -> float:
        return self._fit_scale() if self.zoom is None else self.zoom

    def _draw(self) -> None:
        if self.image.isNull():
            self.picture.setPixmap(QPixmap())
            return
        scale = self.scale()
        size = self.image.size() * scale
        pixmap = QPixmap.fromImage(
            self.image.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        self.picture.setPixmap(pixmap)
        self.picture.resize(pixmap.size())
        self.zoom_in_button.setEnabled(scale < LARGEST)
        self.zoom_out_button.setEnabled(scale > SMALLEST)

    def eventFilter(self, watched, event) -> bool:
        resized = watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize
        if resized and self.zoom is None:
            self._draw()  # keep fitting the window as it changes size
        return super().eventFilter(watched, event)

    # Actions -----------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self.zoom = min(self.scale() * ZOOM_STEP, LARGEST)
        self._draw()

    def zoom_out(self) -> None:
        self.zoom = max(self.scale() / ZOOM_STEP, SMALLEST)
        self._draw()

    def fit(self) -> None:
        self.zoom = None
        self._draw()

    def turn(self) -> None:
        """Turn a photo a quarter to the right, in the vault (the thumbnail turns too)."""
        if self.receipt.is_pdf:
            return
        try:
            receipts.rotate(self.session, self.receipt.receipt_id, 1)
            self.receipt = receipts.get(self.session, self.receipt.receipt_id)
        except UserError as error:
            self._say(user_message(error))
            return
        self._load()
        self.turned.emit(self.receipt.receipt_id)

    def done(self, result: int) -> None:
        self._data, self.image = b"", QImage()  # let the decrypted copy go as soon as we close
        self.picture.setPixmap(QPixmap())
        super().done(result)
