"""Running slow work (key derivation, opening a vault, imports) off the GUI thread.

The job runs on Qt's thread pool; its result or error arrives back on the GUI thread. A progress
dialog appears only if the job takes longer than half a second.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from dpkeeper.services.progress import Progress

PROGRESS_DELAY_MS = 500
_running: set[QObject] = set()  # tasks not yet finished; locking waits for them


def jobs_running() -> bool:
    """Whether background work is still going (the vault must not be closed under it)."""
    return bool(_running)


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


class _Task(QObject):
    """Work on the thread pool whose result or error is handed back on the GUI thread."""

    done = Signal()

    def __init__(
        self,
        parent: QWidget,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._on_result = on_result
        self._on_error = on_error
        self._signals = _Signals()
        self._signals.finished.connect(self._finished)
        self._signals.failed.connect(self._failed)
        self.running = True
        _running.add(self)

    def _start(self, work: Callable[[], Any]) -> None:
        QThreadPool.globalInstance().start(_Job(work, self._signals))

    def _close(self) -> None:
        """Hide whatever the task showed; called once the work has ended."""

    def _finished(self, result: object) -> None:
        self._end()
        self._on_result(result)
        self.done.emit()

    def _failed(self, error: BaseException) -> None:
        self._end()
        self._on_error(error)
        self.done.emit()

    def _end(self) -> None:
        self.running = False
        _running.discard(self)
        self._close()


class BackgroundTask(_Task):
    """One piece of slow work. Keep a reference until ``done`` fires."""

    def __init__(
        self,
        parent: QWidget,
        work: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        busy_text: str,
    ) -> None:
        super().__init__(parent, on_result, on_error)
        self._progress = QProgressDialog(busy_text, "", 0, 0, parent)
        self._progress.setObjectName("busyDialog")
        self._progress.setAccessibleName(busy_text)
        self._progress.setCancelButton(None)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self._progress.reset()
        self._timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._timer.timeout.connect(self._progress.show)
        self._timer.start()
        self._start(work)

    def _close(self) -> None:
        self._timer.stop()
        self._progress.hide()
        self._progress.deleteLater()


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


class _StepSignals(QObject):
    step = Signal(int, int)


class ProgressTask(_Task):
    """Long work with a progress bar and a Cancel button; ``work`` receives a Progress.

    The bar appears after half a second. Cancel asks the work to stop at its next step; the
    work then raises ``Stopped`` (and has undone itself), which arrives as an error.
    """

    def __init__(
        self,
        parent: QWidget,
        work: Callable[[Progress], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        busy_text: str,
        cancel_text: str,
    ) -> None:
        super().__init__(parent, on_result, on_error)
        self._stop = threading.Event()
        self._steps = _StepSignals()
        self._steps.step.connect(self._show_step)
        self.progress_dialog = QProgressDialog(busy_text, cancel_text, 0, 0, parent)
        self.progress_dialog.setObjectName("progressDialog")
        self.progress_dialog.setAccessibleName(busy_text)
        self.progress_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress_dialog.setAutoReset(False)
        self.progress_dialog.setAutoClose(False)
        self.progress_dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        self.progress_dialog.canceled.connect(self.cancel)
        self.progress_dialog.setValue(0)
        progress = Progress(report=self._steps.step.emit, stop_requested=self._stop.is_set)
        self._start(lambda: work(progress))

    def cancel(self) -> None:
        self._stop.set()

    def _show_step(self, done: int, total: int) -> None:
        if self.running:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)

    def _close(self) -> None:
        self.progress_dialog.canceled.disconnect(self.cancel)
        self.progress_dialog.hide()
        self.progress_dialog.deleteLater()


def run_with_progress(
    parent: QWidget,
    work: Callable[[Progress], Any],
    on_result: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    busy_text: str,
    cancel_text: str,
) -> ProgressTask:
    task = ProgressTask(parent, work, on_result, on_error, busy_text, cancel_text)
    task.done.connect(task.deleteLater)
    return task
