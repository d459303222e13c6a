"""The hub tells laptops that something changed: PostgreSQL LISTEN/NOTIFY.

A round that pushed rows to the hub sends `NOTIFY` on its event's channel inside the
push transaction (`notify_changed`), so the notice goes out when the rows are
committed there and never for rows that rolled back. Its payload is the pushing
laptop's device id, so a laptop skips its own notices.

Each laptop listens on a small connection of its own (`HubListener`, plain psycopg in
autocommit, no SQLAlchemy pool): `wait(timeout)` returns as soon as another laptop's
notice arrives. The listener never raises for a lost link: it closes the connection,
says it is down, and tries again with a growing pause (0.5 s, 1 s, 2 s ... up to
`max_backoff_s`); a successful (re)connection is reported as `CONNECTED`, because
whatever changed while it was away was never announced and a round should catch up;
losing the link is reported once as `DOWN` (a round then tells whether the hub is away).
Notices are hints only: the periodic round stays the fallback, and a round pulls by
cursor whatever the notices said.
"""

from __future__ import annotations

import hashlib
import logging
import time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, make_url

log = logging.getLogger(__name__)

NOTIFY = "notify"  # another laptop pushed rows to the hub
CONNECTED = "connected"  # the listen link (re)opened: changes may have gone unannounced
DOWN = "down"  # the listen link was just lost: the hub may be away (a round tells)
CHANNEL_PREFIX = "booth_hub_"


def channel_for(event_id: str) -> str:
    """The event's channel name: a plain identifier well under PostgreSQL's 63 bytes."""
    return CHANNEL_PREFIX + hashlib.sha1(event_id.encode()).hexdigest()[:24]


def notify_changed(conn: Connection, event_id: str, device_id: str) -> None:
    """Announce, at the commit of `conn`'s transaction, that `device_id` pushed rows.

    Nothing on a hub that is not PostgreSQL (a SQLite hub in tests)."""
    if conn.dialect.name != "postgresql":
        return
    conn.execute(select(func.pg_notify(channel_for(event_id), device_id)))


def libpq_params(hub_url: str, timeout_s: float) -> dict[str, Any]:
    """psycopg.connect() keywords for a SQLAlchemy hub URL, with connect and TCP
    timeouts so a dead link is noticed within seconds (as core.sync.hub does)."""
    url = make_url(hub_url)
    seconds = max(1, round(timeout_s))
    params: dict[str, Any] = {
        "connect_timeout": seconds, "keepalives": 1, "keepalives_idle": seconds,
        "keepalives_interval": 1, "keepalives_count": 3, "tcp_user_timeout": seconds * 1000,
        "application_name": "booth-listen",
    }
    for key, value in (("host", url.host), ("port", url.port), ("user", url.username),
                       ("password", url.password), ("dbname", url.database)):
        if value is not None:
            params[key] = value
    params.update({k: v if isinstance(v, str) else v[-1] for k, v in url.query.items()})
    return params


class HubListener:
    """LISTEN on the event's channel over a connection of its own; one thread uses it.

    `wait(timeout)` gives NOTIFY when another laptop's push was announced, CONNECTED
    when the link just (re)opened, DOWN once when it was lost, None when the time ran
    out (or the hub is still away: `connected` says which). It blocks at most
    `timeout` seconds plus, when the hub's address does not answer, the connect
    timeout."""

    def __init__(self, hub_url: str, event_id: str, device_id: str, *,
                 timeout_s: float = 5, max_backoff_s: float = 10) -> None:
        self.params = libpq_params(hub_url, timeout_s)
        self.channel = channel_for(event_id)
        self.device_id = device_id
        self.max_backoff_s = max_backoff_s
        self._conn: Any = None
        self._retry_at = 0.0
        self._pause = 0.0
        self.error = ""
        self.received = 0  # notices from other laptops, for tests and the benchmark

    @property
    def connected(self) -> bool:
        return self._conn is not None

    def _connect(self) -> bool:
        import psycopg

        try:
            conn = psycopg.connect(autocommit=True, **self.params)
            conn.execute(f'LISTEN "{self.channel}"')
        except (psycopg.Error, OSError) as exc:
            self._down(exc)
            return False
        self._conn, self._pause, self.error = conn, 0.0, ""
        log.info("listening for hub changes on %s", self.channel)
        return True

    def _down(self, exc: BaseException) -> None:
        self.close()
        self._pause = min(self.max_backoff_s, max(0.5, self._pause * 2))
        self._retry_at = time.monotonic() + self._pause
        self.error = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
        log.info("hub listener down (%s); next try in %.1f s", self.error, self._pause)

    def wait(self, timeout: float) -> str | None:
        """Block until another laptop's notice, a (re)connection, or `timeout` seconds."""
        import psycopg

        deadline = time.monotonic() + max(0.0, timeout)
        if self._conn is None:
            now = time.monotonic()
            if now < self._retry_at:
                time.sleep(max(0.0, min(deadline, self._retry_at) - now))
                if time.monotonic() < self._retry_at:
                    return None
            return CONNECTED if self._connect() else None
        try:
            while True:
                left = deadline - time.monotonic()
                theirs = False
                for note in self._conn.notifies(timeout=max(0.0, left), stop_after=1):
                    theirs = theirs or note.payload != self.device_id
                if theirs:
                    # Notices that came together make one round: take them all now.
                    for note in self._conn.notifies(timeout=0):
                        theirs = theirs or note.payload != self.device_id
                    self.received += 1
                    return NOTIFY
                if time.monotonic() >= deadline:
                    return None
        except (psycopg.Error, OSError) as exc:
            self._down(exc)
            return DOWN

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # closing a dead link: nothing more to do
                log.debug("closing the listen connection failed", exc_info=True)


__all__ = ["CONNECTED", "DOWN", "NOTIFY", "HubListener", "channel_for", "libpq_params",
           "notify_changed"]
