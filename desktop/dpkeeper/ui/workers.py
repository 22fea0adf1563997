"""Running slow work (key derivation, opening a vault) off the GUI thread.

The job runs on Qt's thread pool; its result or error arrives back on the GUI thread. A progress
dialog appears only if the job takes longer than half a second.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

PROGRESS_DELAY_MS = 500


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001 - every failure is handed to the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


class BackgroundTask(QObject):
    """One piece of slow work. Keep a reference until ``done`` fires."""

    done = Signal()

    def __init__(
        self,
        parent: QWidget,
        work: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        busy_text: str,
    ) -> None:
        super().__init__(parent)
        self._on_result = on_result
        self._on_error = on_error
        self._signals = _Signals()
        self._signals.finished.connect(self._finished)
        self._signals.failed.connect(self._failed)
        self._progress = QProgressDialog(busy_text, "", 0, 0, parent)
        self._progress.setObjectName("busyDialog")
        self._progress.setAccessibleName(busy_text)
        self._progress.setCancelButton(None)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self._progress.reset()
        self._timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._timer.timeout.connect(self._progress.show)
        self.running = True
        self._timer.start()
        QThreadPool.globalInstance().start(_Job(work, self._signals))

    def _end(self) -> None:
        self.running = False
        self._timer.stop()
        self._progress.hide()
        self._progress.deleteLater()

    def _finished(self, result: object) -> None:
        self._end()
        self._on_result(result)
        self.done.emit()

    def _failed(self, error: BaseException) -> None:
        self._end()
        self._on_error(error)
        self.done.emit()


def run_in_background(
    parent: QWidget,
    work: Callable[[], Any],
    on_result: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    busy_text: str,
) -> BackgroundTask:
    task = BackgroundTask(parent, work, on_result, on_error, busy_text)
    task.done.connect(task.deleteLater)
    return task
