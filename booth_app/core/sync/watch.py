"""A laptop that keeps syncing with the hub: rounds when something changed, polling as
the fallback.

Three things make a round due:

- **another laptop pushed** (the hub's NOTIFY, core.sync.notify), or the listen link
  just (re)opened, when changes may have gone unannounced;
- **something changed here** that the hub has not had: one cheap read of this laptop's
  file (the newest stamp against the hub's push cursor) every `local_every_s`;
- **the listen link was lost**: a round at once says whether the hub is away;
- **the poll interval** passed since the last round: the fallback when the listen link
  is down, and the retry while the hub is away.

`Nudges` tells the first two (the window runs it on a thread of its own and runs the
rounds itself); `Watch` adds the poll interval and runs the rounds (`booth sync hub URL
--watch`, the pavilion benchmark). Notices that come during a round queue at most one
more round, and rounds keep `min_gap_s` apart (or as far apart as the last round
took, when a busy hub made it slow), so a busy pavilion costs each laptop at most a
round every `min_gap_s`, not one per change. After a failed round only the poll
interval and a listen link that comes back start the next one, so a laptop does not
knock on a hub that is away every time someone scans.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from booth_app.core.errors import BoothError
from booth_app.core.sync.cursors import get_meta
from booth_app.core.sync.hub import HubResult, HubSession
from booth_app.core.sync.hub_apply import newest_stamp
from booth_app.core.sync.notify import CONNECTED, DOWN, NOTIFY, HubListener
from booth_app.core.sync.status import hub_cursor_key
from booth_app.storage.database import Database
from booth_app.storage.ids import utcnow
from booth_app.storage.models import Event

LOCAL = "local"  # something here the hub has not had
POLL = "poll"  # the poll interval passed
FIRST = "first"  # the first round of a watch


def local_news(db: Database, push_key: str) -> bool:
    """Whether anything here is stamped above the hub's push cursor (one indexed read)."""
    with db.engine.connect() as conn:
        newest = conn.execute(select(newest_stamp())).scalar()
        since = get_meta(conn, push_key)
    return newest is not None and (since is None or newest > since)


def event_id_of(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return conn.execute(select(Event.id).where(Event.deleted.is_(False))
                            .order_by(Event.created_at.desc()).limit(1)).scalar()


class Nudges:
    """Hints that a round is due: the hub's notices and changes made here.

    `next(timeout)` blocks up to `timeout` seconds and gives NOTIFY, CONNECTED, LOCAL
    or None. Made and used on one thread; the listen link is opened lazily."""

    def __init__(self, db: Database, hub_url: str, *, local_every_s: float = 0.5,
                 timeout_s: float = 5, max_backoff_s: float = 10) -> None:
        self.db = db
        self.hub_url = hub_url
        self.push_key = hub_cursor_key(hub_url)
        self.local_every_s = local_every_s
        self.timeout_s = timeout_s
        self.max_backoff_s = max_backoff_s
        self.listener: HubListener | None = None
        self._next_local = 0.0

    def _listener(self) -> HubListener | None:
        if self.listener is None:
            event_id = event_id_of(self.db)
            if event_id is None:  # not joined yet: nothing to listen for
                return None
            self.listener = HubListener(self.hub_url, event_id, self.db.device_id,
                                        timeout_s=self.timeout_s,
                                        max_backoff_s=self.max_backoff_s)
        return self.listener

    @property
    def listening(self) -> bool:
        return self.listener is not None and self.listener.connected

    def next(self, timeout: float, *, local: bool = True) -> str | None:
        """The next hint within `timeout` seconds; `local=False` skips the local check
        (after a failed round, a change here waits for the poll)."""
        deadline = time.monotonic() + timeout
        while True:
            now = time.monotonic()
            if local and now >= self._next_local:
                self._next_local = now + self.local_every_s
                if local_news(self.db, self.push_key):
                    return LOCAL
            left = deadline - now
            if left <= 0:
                return None
            until = min(left, self._next_local - now) if local else left
            listener = self._listener()
            if listener is None:
                time.sleep(max(0.0, until))
                continue
            hint = listener.wait(max(0.0, until))
            if hint is not None:
                return hint

    def close(self) -> None:
        if self.listener is not None:
            self.listener.close()


@dataclass(frozen=True)
class WatchRound:
    """One round of a watch: what started it and what it moved (or why it failed)."""

    at: datetime
    reason: str
    result: HubResult | None
    error: str = ""
    listening: bool = False

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"at": self.at.isoformat(timespec="milliseconds"),
                               "reason": self.reason, "listening": self.listening}
        if self.result is not None:
            out.update(self.result.as_dict(), seconds=round(self.result.seconds, 3))
        else:
            out["error"] = self.error
        return out


class Watch:
    """Rounds with the hub until told to stop: on notices, on changes here, on the poll."""

    def __init__(self, db: Database, hub_url: str, *, poll_s: float = 10,
                 min_gap_s: float = 0.5, local_every_s: float = 0.5,
                 timeout_s: float = 5, max_backoff_s: float = 10) -> None:
        self.session = HubSession(db, hub_url, timeout_s=timeout_s)
        self.nudges = Nudges(db, hub_url, local_every_s=local_every_s, timeout_s=timeout_s,
                             max_backoff_s=max_backoff_s)
        self.poll_s = poll_s
        self.min_gap_s = min_gap_s
        self._gap = min_gap_s
        self.rounds = 0
        self.failed = False

    def run(self, on_round: Callable[[WatchRound], None], *, seconds: float | None = None,
            stop: Callable[[], bool] = lambda: False) -> int:
        """Rounds until `seconds` passed or `stop()` says so; the number of rounds."""
        end = None if seconds is None else time.monotonic() + seconds
        reason: str | None = FIRST
        last_end = time.monotonic()
        while not stop():
            if reason is not None:
                # Keep rounds min_gap_s apart; notices meanwhile fold into this round.
                while self.rounds and (gap := last_end + self._gap - time.monotonic()) > 0:
                    self.nudges.next(gap, local=False)
                began = time.monotonic()
                on_round(self._round(reason))
                last_end = time.monotonic()
                # A slow round (a busy hub: its lock queued us) spaces the next one as
                # far: each laptop spends at most half its time in rounds.
                self._gap = max(self.min_gap_s, last_end - began)
                reason = None
            now = time.monotonic()
            if end is not None and now >= end:
                break
            poll_at = last_end + self.poll_s
            if now >= poll_at:
                reason = POLL
                continue
            limit = min(poll_at, end) if end is not None else poll_at
            wait = min(limit - now, 0.5)  # look at stop() twice a second
            hint = self.nudges.next(wait, local=not self.failed)
            if hint == CONNECTED or (hint in (NOTIFY, LOCAL, DOWN) and not self.failed):
                reason = hint
        return self.rounds

    def _round(self, reason: str) -> WatchRound:
        self.rounds += 1
        at = utcnow()
        try:
            result = self.session.round()
        except BoothError as exc:  # HubUnavailable, a refused row: the next round retries
            self.failed = True
            return WatchRound(at, reason, None, str(exc), self.nudges.listening)
        self.failed = False
        return WatchRound(at, reason, result, "", self.nudges.listening)

    def close(self) -> None:
        self.nudges.close()
        self.session.close()


__all__ = ["LOCAL", "POLL", "Nudges", "Watch", "WatchRound", "event_id_of", "local_news"]
