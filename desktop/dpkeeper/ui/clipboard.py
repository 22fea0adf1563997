"""Text this app puts on the clipboard is cleared after a short time, if it is still there.

Other programs (and clipboard managers) can read the clipboard, so records copied from the app
should not stay there. ``copy_text`` is for the app's own Copy buttons; ``watch_copies`` also
catches what the person copies from any field with Ctrl+C or the right-click menu. Text that was
copied again or replaced since is left alone: it may be something the person still wants.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

#: How long copied text stays on the clipboard.
CLEAR_AFTER_MS = 30_000


class ClipboardGuard(QObject):
    """Clears the text this app last put on the clipboard ``delay_ms`` after it was put there."""

    def __init__(self, delay_ms: int = CLEAR_AFTER_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._ours = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.clear_now)
        self._watching = False

    @property
    def pending(self) -> bool:
        """Whether some copied text is waiting to be cleared."""
        return self._timer.isActive()

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard and clear it later, unless something replaces it."""
        self._clipboard.setText(text)
        self._remember(text)

    def watch_copies(self) -> None:
        """Also clear what the person copies from the app's own fields (Ctrl+C, Copy in menus)."""
        if not self._watching:
            self._clipboard.dataChanged.connect(self._changed)
            self._watching = True

    def clear_now(self) -> None:
        """Clear the clipboard at once (on lock and quit too), but only if it still holds ours."""
        self._timer.stop()
        ours, self._ours = self._ours, ""
        if ours and self._clipboard.text() == ours:
            self._clipboard.clear()

    def _remember(self, text: str) -> None:
        if text:
            self._ours = text
            self._timer.start()

    def _changed(self) -> None:
        text = self._clipboard.text()
        if text and text != self._ours and self._came_from_here():
            self._remember(text)

    def _came_from_here(self) -> bool:
        return self._clipboard.ownsClipboard()


_guard: ClipboardGuard | None = None


def guard() -> ClipboardGuard:
    """The app's one guard, made on first use; it also clears its copy when the app quits."""
    global _guard
    if _guard is None:
        app = QCoreApplication.instance()
        _guard = ClipboardGuard(parent=app)
        app.aboutToQuit.connect(_guard.clear_now)
        _guard.destroyed.connect(_forget_guard)
    return _guard


def _forget_guard() -> None:
    global _guard
    _guard = None


def copy_text(text: str) -> None:
    """Copy ``text`` for the person; it is cleared after ``CLEAR_AFTER_MS`` if still there."""
    guard().copy(text)
