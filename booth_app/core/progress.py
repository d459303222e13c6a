"""Progress and cancellation for long work, without any GUI dependency.

Core functions take an optional `Progress`; the window wraps it with signals, the
CLI ignores it or prints it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from booth_app.core.errors import Cancelled

Callback = Callable[[int, int, str], None]


class Progress:
    def __init__(self, callback: Callback | None = None) -> None:
        self._callback = callback
        self._cancel = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        """Say how far the work is; raises Cancelled if cancel() was called."""
        if self._cancel.is_set():
            raise Cancelled("Cancelled.")
        if self._callback is not None:
            self._callback(done, total, message)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


NO_PROGRESS = Progress()
