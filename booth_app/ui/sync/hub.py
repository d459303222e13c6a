"""Sync with the pavilion's PostgreSQL hub in the background, and say how it went.

While a hub address is set (Settings), rounds (core.sync.hub) run off the GUI thread:
as soon as the hub announces another laptop's change (LISTEN/NOTIFY, core.sync.notify),
as soon as something changes here, and every few seconds as the fallback when the
listen link is down. A thread of its own waits for those hints (core.sync.watch.Nudges)
and only signals; the rounds run on the task pool, at most one at a time with at most
one more queued, and at least MIN_GAP_MS apart. This laptop keeps writing locally
whatever the hub does. The state is one line for the top strip's pill: "Synced 12:04",
"Syncing…", or "Offline since 11:58 · 37 changes waiting"; `data_arrived` tells the
window that a round brought rows from other laptops (the live pages read again).
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from booth_app.storage.database import Database
from booth_app.ui import settings
from booth_app.ui.language import number, time_short
from booth_app.ui.tasks import run_task

log = logging.getLogger(__name__)

ROUND_EVERY_MS = 10_000
MIN_GAP_MS = 500  # between two rounds started by hints (notices, changes here)


class _Hints(QObject):
    hint = Signal(str)


class NudgeThread(threading.Thread):
    """Waits for the hub's notices and for changes here; never touches a widget."""

    def __init__(self, db: Database, url: str, bridge: _Hints) -> None:
        super().__init__(name="hub-nudges", daemon=True)
        self.db, self.url, self.bridge = db, url, bridge
        self.halt = threading.Event()
        self.quiet = threading.Event()  # set while the hub is away: local changes wait
        self.listening = False

    def run(self) -> None:
        from booth_app.core.sync.watch import Nudges

        nudges = Nudges(self.db, self.url)
        try:
            while not self.halt.is_set():
                try:
                    hint = nudges.next(0.5, local=not self.quiet.is_set())
                except Exception:  # a hint is a courtesy: the timer's rounds go on
                    log.debug("waiting for hub hints failed", exc_info=True)
                    self.halt.wait(2)
                    continue
                self.listening = nudges.listening
                if hint is not None and not self.halt.is_set():
                    try:
                        self.bridge.hint.emit(hint)
                    except RuntimeError:  # the window closed meanwhile
                        return
        finally:
            nudges.close()


class HubSync(QObject):
    state_changed = Signal(str, str)  # kind ("local", "synced", "syncing", "offline"), text
    data_arrived = Signal()  # a round brought rows from other laptops
    round_done = Signal()  # a round moved something or the state changed (status panel)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session: Any = None
        self.url = ""
        self.kind, self.text = "local", self.tr("✔ Saved locally")
        self.offline_since: datetime | None = None
        self.running = False
        self.again = False  # a hint came during the round: one more round after it
        self.stopped = False
        self.last_end = self.began = self.last_took = 0.0
        self.nudges: NudgeThread | None = None
        self.hints = _Hints(self)
        self.hints.hint.connect(self._hinted)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self.timer.start(ROUND_EVERY_MS)
        self.first = QTimer(self, singleShot=True, interval=2000)  # dies with this object
        self.first.timeout.connect(self.sync_now)
        self.first.start()
        self.soon = QTimer(self, singleShot=True)
        self.soon.timeout.connect(self.sync_now)

    def stop(self) -> None:
        """No more rounds (the window is closing); a round under way finishes quietly."""
        self.timer.stop()
        self.first.stop()
        self.soon.stop()
        self.stopped = True
        self._stop_nudges()

    @property
    def listening(self) -> bool:
        """Whether the hub's notices reach this laptop now (else the poll does the work)."""
        return self.nudges is not None and self.nudges.listening

    def _set(self, kind: str, text: str) -> None:
        changed = (kind, text) != (self.kind, self.text)
        self.kind, self.text = kind, text
        self.state_changed.emit(kind, text)
        if changed:
            self.round_done.emit()

    def _start_nudges(self) -> None:
        if self.nudges is None and self.url:
            self.nudges = NudgeThread(self.db, self.url, self.hints)
            self.nudges.start()

    def _stop_nudges(self) -> None:
        if self.nudges is not None:
            self.nudges.halt.set()  # it ends within half a second, closing its link
            self.nudges = None

    def _hinted(self, hint: str) -> None:
        """A notice from the hub, a change here, or the listen link opened or lost."""
        if self.stopped or not self.url:
            return
        if self.kind == "offline" and hint != "connected":
            return  # the hub is away: the timer retries, a reopened link says it is back
        if self.running:
            self.again = True
            return
        self._round_soon()

    def _round_soon(self) -> None:
        # As far apart as the last round took when a busy hub made it slow (core.sync.watch).
        gap = max(MIN_GAP_MS / 1000, self.last_took)
        wait = self.last_end + gap - time.monotonic()
        if not self.soon.isActive():
            self.soon.start(max(0, int(wait * 1000)))

    def sync_now(self) -> None:
        if self.stopped:
            return
        url = settings.HUB_URL.get().strip()
        if not url:
            if self.kind != "local":
                self._close()
                self.url = ""
                self._set("local", self.tr("✔ Saved locally"))
            return
        if self.running:
            self.again = True
            return
        if url != self.url:
            self._close()
            self.url = url
        self._start_nudges()
        self.running = True
        self.began = time.monotonic()
        if self.kind not in ("offline", "synced"):
            self._set("syncing", self.tr("⟳ Syncing…"))

        def work(_progress: object) -> Any:
            from booth_app.core.sync.hub import HubSession

            if self.session is None:
                self.session = HubSession(self.db, url)
            return self.session.round()

        run_task(None, work, self._synced, self._failed)

    def _ended(self) -> None:
        self.running = False
        self.last_end = time.monotonic()
        self.last_took = self.last_end - self.began
        if self.nudges is not None:
            if self.kind == "offline":
                self.nudges.quiet.set()
            else:
                self.nudges.quiet.clear()
        if self.again and not self.stopped:
            self.again = False
            self._round_soon()

    def _synced(self, result: Any) -> None:
        if not shiboken6.isValid(self):  # the window closed while the round ran
            return
        self.offline_since = None
        moved = (f" · ↑{number(result.pushed)} ↓{number(result.pulled)}"
                 if result.pushed or result.pulled else "")
        self._set("synced", self.tr("✔ Synced {0}").format(time_short(datetime.now())) + moved)
        self._ended()
        if result.pushed or result.pulled or result.merged:
            self.round_done.emit()
        if result.pulled or result.merged:
            self.data_arrived.emit()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        log.info("hub round failed: %s", exc)
        self.offline_since = self.offline_since or datetime.now()
        waiting = self._waiting()
        text = self.tr("Offline since {0}").format(time_short(self.offline_since))
        if waiting:
            text += self.tr(" · {0} changes waiting").format(number(waiting))
        self._set("offline", "⚠ " + text)
        self._drop_session()
        self._ended()

    def _waiting(self) -> int:
        try:
            from booth_app.core.sync.hub import HubSession

            session = self.session or HubSession(self.db, self.url)
            return int(session.waiting())
        except Exception:  # counting is a courtesy; never a second failure
            return 0

    def _drop_session(self) -> None:
        if self.session is not None:
            try:
                self.session.close()
            except Exception:
                log.debug("closing the hub session failed", exc_info=True)
        self.session = None

    def _close(self) -> None:
        self._drop_session()
        self._stop_nudges()
