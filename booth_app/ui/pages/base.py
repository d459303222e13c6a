"""What every page shares: its database, a refresh, and the widget to focus first."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from booth_app.core.events import current_event
from booth_app.storage.database import Database
from booth_app.storage.models import Event
from booth_app.ui.tasks import Task, run_task
from booth_app.ui.widgets import PageHeader

log = logging.getLogger(__name__)


class Page(QWidget):
    changed = Signal()
    live = False  # refreshed every few seconds while on screen

    def __init__(self, db: Database, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.db = db
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 16, 24, 16)
        self.header = PageHeader(title, subtitle)
        self.layout_.addWidget(self.header)
        self._pending: Task | None = None

    def current_event(self) -> Event | None:
        with self.db.reader() as session:
            return current_event(session)

    def refresh(self) -> None:
        """Re-read what the page shows from the database."""

    def refresh_in_background(self, work: Callable[[], object],
                              show: Callable[[object], None]) -> None:
        """Compute off the GUI thread (figures over 500,000 scans take a while) and
        show the result here; a refresh still running is not started twice."""
        if self._pending is not None:
            return

        def done(result: object) -> None:
            self._pending = None
            show(result)

        def failed(exc: BaseException) -> None:
            self._pending = None
            log.warning("refreshing %s failed: %s", type(self).__name__, exc)

        self._pending = run_task(self, lambda _progress: work(), done, failed)

    def focus_main(self) -> None:
        """Put the keyboard focus where the user's next action is."""
