"""Long work off the GUI thread: one helper, used by every feature.

`run_task(parent, work, on_done)` runs `work(progress)` on the thread pool and calls
`on_done(result)` back on the GUI thread; errors go to `on_error` (or the error
dialog). With a `title`, a progress dialog with Cancel is shown while it runs;
Cancel sets the core `Progress` flag, and the work stops at its next report.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from booth_app.core.errors import Cancelled
from booth_app.core.progress import Progress

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], task: Task) -> None:
        super().__init__()
        self.work = work
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(self.task.progress)
        except BaseException as exc:
            self._send(self.task.signals.failed, exc)
        else:
            self._send(self.task.signals.finished, result)

    @staticmethod
    def _send(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The window (and the task's signals with it) closed while this ran:
            # nobody is left to tell.
            log.debug("task finished after its receiver was gone")


_running: set[Task] = set()


class Task:
    """A running piece of work; keep it to cancel it or to wait for it in tests."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        self.signals = TaskSignals()
        self.progress = Progress(self.signals.progress.emit)
        self.work = work
        self.dialog: QProgressDialog | None = None

    def cancel(self) -> None:
        self.progress.cancel()

    def start(self, pool: QThreadPool | None = None) -> Task:
        _running.add(self)
        self.signals.finished.connect(self._done)
        self.signals.failed.connect(self._done)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self.work, self))
        return self

    def _done(self, _value: object) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        # Let signals already queued for other receivers arrive before the task (and its
        # signal object) can be freed.
        QTimer.singleShot(0, lambda: _running.discard(self))


def run_task(
    parent: QWidget | None,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    title: str | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Run `work` off the GUI thread (in `pool`, else the application's shared pool)."""
    task = Task(work)
    if title is not None:
        cancel = QCoreApplication.translate("Task", "Cancel")
        dialog = QProgressDialog(title, cancel, 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)

        def show_progress(done: int, total: int, message: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if message:
                dialog.setLabelText(message)

        task.signals.progress.connect(show_progress)
        task.dialog = dialog
    def gone() -> bool:
        """The widget that asked is deleted: its window closed, or was built again in
        another language (MainWindow.rebuild) while this ran."""
        return parent is not None and not isValid(parent)

    def done(result: object) -> None:
        if not gone():
            on_done(result)

    task.signals.finished.connect(done)

    def failed(exc: BaseException) -> None:
        if gone() or (isinstance(exc, Cancelled) and on_error is None):
            return
        if on_error is not None:
            on_error(exc)
        else:
            from booth_app.ui.errors import show_error

            show_error(parent, exc)

    task.signals.failed.connect(failed)
    return task.start(pool)


_print_pool: QThreadPool | None = None


def print_pool() -> QThreadPool:
    """A thread of its own for print jobs: a walk-in's badge never queues behind the
    shared pool's work (a live refresh over 250,000 visitors held one back 4 s)."""
    global _print_pool
    if _print_pool is None:
        _print_pool = QThreadPool()
        _print_pool.setMaxThreadCount(1)
    return _print_pool
