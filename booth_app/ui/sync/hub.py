"""Sync with the pavilion's PostgreSQL hub in the background, and say how it went.

While a hub address is set (Settings), a round (core.sync.hub) runs every few seconds
off the GUI thread; this laptop keeps writing locally whatever the hub does. The state
is one line for the top strip's pill: "Synced 12:04", "Syncing…", or "Offline since
11:58 · 37 changes waiting".
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from booth_app.storage.database import Database
from booth_app.ui import settings
from booth_app.ui.tasks import run_task

log = logging.getLogger(__name__)

ROUND_EVERY_MS = 10_000


class HubSync(QObject):
    state_changed = Signal(str, str)  # kind ("local", "synced", "syncing", "offline"), text

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session: Any = None
        self.url = ""
        self.kind, self.text = "local", self.tr("✔ Saved locally")
        self.offline_since: datetime | None = None
        self.running = False
        self.stopped = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self.timer.start(ROUND_EVERY_MS)
        self.first = QTimer(self, singleShot=True, interval=2000)  # dies with this object
        self.first.timeout.connect(self.sync_now)
        self.first.start()

    def stop(self) -> None:
        """No more rounds (the window is closing); a round under way finishes quietly."""
        self.timer.stop()
        self.first.stop()
        self.stopped = True

    def _set(self, kind: str, text: str) -> None:
        self.kind, self.text = kind, text
        self.state_changed.emit(kind, text)

    def sync_now(self) -> None:
        if self.stopped:
            return
        url = settings.HUB_URL.get().strip()
        if not url:
            if self.kind != "local":
                self._close()
                self._set("local", self.tr("✔ Saved locally"))
            return
        if self.running:
            return
        if url != self.url:
            self._close()
            self.url = url
        self.running = True
        if self.kind != "offline":
            self._set("syncing", self.tr("⟳ Syncing…"))

        def work(_progress: object) -> Any:
            from booth_app.core.sync.hub import HubSession

            if self.session is None:
                self.session = HubSession(self.db, url)
            return self.session.round()

        run_task(None, work, self._synced, self._failed)

    def _synced(self, result: Any) -> None:
        if not shiboken6.isValid(self):  # the window closed while the round ran
            return
        self.running = False
        self.offline_since = None
        moved = f" · ↑{result.pushed} ↓{result.pulled}" if result.pushed or result.pulled else ""
        self._set("synced", self.tr("✔ Synced {0}").format(f"{datetime.now():%H:%M}") + moved)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.running = False
        log.info("hub round failed: %s", exc)
        self.offline_since = self.offline_since or datetime.now()
        waiting = self._waiting()
        text = self.tr("Offline since {0}").format(f"{self.offline_since:%H:%M}")
        if waiting:
            text += self.tr(" · {0:,} changes waiting").format(waiting)
        self._set("offline", "⚠ " + text)
        self._close()

    def _waiting(self) -> int:
        try:
            from booth_app.core.sync.hub import HubSession

            session = self.session or HubSession(self.db, self.url)
            return int(session.waiting())
        except Exception:  # counting is a courtesy; never a second failure
            return 0

    def _close(self) -> None:
        if self.session is not None:
            try:
                self.session.close()
            except Exception:
                log.debug("closing the hub session failed", exc_info=True)
        self.session = None
