"""What every page shares: its database, a refresh, and the widget to focus first."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

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
        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.hide()
        self.layout_.addWidget(self.lock_banner)
        self._pending: Task | None = None

    def set_locked(self, reason: str | None) -> None:
        """Coordinator-only pages: while a booth's staff member is signed in, say why and
        disable everything under the header (None unlocks)."""
        self.lock_banner.setText(reason or "")
        self.lock_banner.setVisible(bool(reason))
        for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child not in (self.header, self.lock_banner):
                child.setEnabled(not reason)

    @property
    def is_locked(self) -> bool:
        return bool(self.lock_banner.text())

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
