"""One sync round with the pavilion hub: a Booth database on PostgreSQL.

The hub holds the same tables as a laptop and merges with the same rules
(core.sync.merge). A round is

1. **push**: the rows changed here since this laptop's cursor for the hub (local Meta,
   `sync_sent:hub:<address>`) are applied on the hub in one hub transaction, which
   NOTIFYs the other laptops at its commit (core.sync.notify);
2. **pull**: the rows on the hub stamped above this laptop's pull cursor are applied
   here in one local transaction.

The pull cursor lives in the *hub's* Meta (`sync_sent:laptop:<device id>`), not on the
laptop: a row that reaches the hub later with an older stamp (a laptop that was
offline all morning) lowers every laptop's cursor on the hub as it is applied
(`lower_cursors`), so everybody pulls it. A cursor kept only on the laptop would skip
it for good. Pushes and pulls on the hub take one advisory lock, so no push slips in
between reading the rows to pull and moving the cursor past them (a pull applies its
rows here between two short holds of the lock, with a pending cursor that a push
lowers like the others: core.sync.hub_pull).

A cursor moves only after the transaction that carried its rows committed; when the
hub vanishes halfway, the open transaction rolls back, the cursors stay where they
were and the next round sends the same rows again (applying a version twice is a
no-op). Rows that only echo what the other side sent (the same id, stamp and device)
do not count against the cursors, so what came from the hub is not pushed back and
what was pushed is not pulled again; rows the merge rules derived on the way are.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from booth_app.core import audit
from booth_app.core.errors import BoothError
from booth_app.core.sync.cursors import cursor_key, get_meta, set_meta
from booth_app.core.sync.hub_apply import apply_keeping_cursor, meta_value, newest_stamp
from booth_app.core.sync.hub_pull import pull
from booth_app.core.sync.hub_rows import fresh_rows
from booth_app.core.sync.notify import notify_changed
from booth_app.core.sync.status import record_hub_round, unsent_count
from booth_app.storage.database import Database, DatabaseError
from booth_app.storage.ids import utcnow
from booth_app.storage.models import Event
from booth_app.storage.scrub import scrub_sqlite

# Any fixed 64-bit number; the migrations runner uses its own.
HUB_LOCK = 0x426F6F7468487562  # "BoothHub"
REMEMBER_EVERY = timedelta(seconds=60)


class HubUnavailable(BoothError):
    """The hub cannot be reached or went away mid-round; nothing was half-done."""


@dataclass(frozen=True)
class HubResult:
    """Rows moved each way (audit entries, which every sync act leaves, not counted:
    `entries` has them)."""

    pushed: int
    pulled: int
    merged: int
    seconds: float
    entries: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"pushed": self.pushed, "pulled": self.pulled, "merged": self.merged}


def _event_of(conn: Connection) -> tuple[str, str] | None:
    table = Event.__table__
    got = conn.execute(select(table.c.id, table.c.name)  # type: ignore[attr-defined]
                       .where(table.c.deleted.is_(False))  # type: ignore[attr-defined]
                       .order_by(table.c.created_at.desc()).limit(1)).first()  # type: ignore[attr-defined]
    return (got[0], got[1]) if got is not None else None


def _is_connection_error(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError | InterfaceError | DatabaseError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def hub_url_with_timeouts(url: str, timeout_s: float) -> str:
    """The hub address with libpq's connect and TCP timeouts (a dead link fails fast)."""
    parsed = make_url(url)
    if not parsed.get_backend_name().startswith("postgresql"):
        return url
    seconds = max(1, round(timeout_s))
    query = {"connect_timeout": str(seconds), "tcp_user_timeout": str(seconds * 1000),
             "keepalives": "1", "keepalives_idle": str(seconds),
             "keepalives_interval": "1", "keepalives_count": "3"}
    query.update({k: str(v) for k, v in parsed.query.items()})
    return parsed.update_query_dict(query).render_as_string(hide_password=False)


class HubSession:
    """A laptop's link to one hub, kept between rounds (pooled hub connections).

    A round with nothing to move costs one local query and one hub query, on a hub
    connection kept open between rounds, with no transaction and no lock: "is anything
    here newer than the push cursor?" and "is anything on the hub newer than my pull
    cursor?". The push check reads only this laptop's file; the pull check reads the
    cursor and the newest stamps in one statement, so it sees one snapshot: a late push
    that lowers the cursor (under the hub lock) commits its rows and the lowered cursor
    together, and the check sees both or neither.
    """

    def __init__(self, local: Database, hub_url: str, *, timeout_s: float = 5) -> None:
        self.local = local
        self.hub_url = hub_url
        self.timeout_s = timeout_s
        self._hub: Database | None = None
        self._probe_conn: Connection | None = None
        self._event_checked = False
        self._remembered: tuple[bool, datetime] | None = None
        self.shown_url = make_url(hub_url).render_as_string(hide_password=True)
        self.push_key = cursor_key(f"hub:{self.shown_url}")
        self.pull_key = cursor_key(f"laptop:{local.device_id}")

    # -- the hub connection -------------------------------------------------------------
    def _open(self) -> Database:
        if self._hub is None:
            try:
                self._hub = Database(hub_url_with_timeouts(self.hub_url, self.timeout_s))
            except DatabaseError as exc:
                raise HubUnavailable("The hub is not reachable: {reason}", reason=exc) from None
            except (OperationalError, InterfaceError) as exc:
                raise HubUnavailable("The hub is not reachable: {reason}",
                                     reason=exc.orig) from None
        return self._hub

    def _probe(self, hub: Database) -> Connection:
        """The connection the idle checks use: kept open, autocommit (no BEGIN/ROLLBACK)."""
        if self._probe_conn is None or self._probe_conn.invalidated:
            conn = hub.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            conn.execute(text(f"SET statement_timeout = {int(self.timeout_s * 1000)}"))
            self._probe_conn = conn
        return self._probe_conn

    def _drop_probe(self) -> None:
        if self._probe_conn is not None:
            with contextlib.suppress(Exception):
                self._probe_conn.invalidate()
                self._probe_conn.close()
            self._probe_conn = None

    def _hub_tx(self, hub: Database) -> Any:
        return hub.engine.begin()

    def _guard(self, conn: Connection) -> None:
        """Per-transaction limits and the hub lock (every hub write takes it)."""
        # A natural-key merge drops a row before its children move to the kept one; the
        # hub's foreign keys are DEFERRABLE (migration 0003) so they wait for the commit.
        conn.execute(text("SET CONSTRAINTS ALL DEFERRED"))
        ms = str(int(self.timeout_s * 1000))  # SET LOCAL both, then the lock: one trip
        conn.execute(select(func.set_config("statement_timeout", ms, True),
                            func.set_config("lock_timeout", ms, True),
                            func.pg_advisory_xact_lock(HUB_LOCK)))

    def close(self) -> None:
        self._drop_probe()
        if self._hub is not None:
            self._hub.dispose()
            self._hub = None

    # -- the round ----------------------------------------------------------------------
    def round(self) -> HubResult:
        """Push what is new here, pull what is new there; HubUnavailable when cut off."""
        started = time.perf_counter()
        with self.local.engine.connect() as conn:
            event = _event_of(conn)
            since, newest = conn.execute(select(meta_value(self.push_key),
                                                newest_stamp())).one()
        if event is None:
            raise BoothError("This laptop has not joined an event: import the setup bundle "
                             "first (booth setup import FILE).")
        try:
            hub = self._open()
            if self._event_checked and since is not None and (newest or "") <= since:
                pushed, merged_there, sent = 0, 0, 0  # nothing here is newer than the hub's
            else:
                pushed, merged_there, sent = self._push(hub, event)
            pulled, merged_here, got = self._pull(hub, pushed=pushed, merged=merged_there)
        except BoothError as exc:
            self._remember(ok=False, error=str(exc))
            raise
        except IntegrityError as exc:
            refused = BoothError("The hub refused these rows ({detail}). Nothing was changed.",
                                 detail=str(exc.orig)[:120])
            self._remember(ok=False, error=str(refused))
            raise refused from None
        except Exception as exc:
            if not _is_connection_error(exc):
                raise
            # A dead pool would fail the next round too: start it afresh then.
            self._drop_probe()
            if self._hub is not None:
                self._hub.engine.dispose()
            reason = getattr(exc, "orig", None) or exc
            gone = HubUnavailable("The hub went away during the sync: {reason}. Nothing was "
                                  "half-done; the next round sends it again.", reason=reason)
            self._remember(ok=False, error=str(gone))
            raise gone from None
        result = HubResult(pushed, pulled, merged_there + merged_here,
                           time.perf_counter() - started, sent + got)
        self._remember(ok=True, result=result)
        return result

    def _remember(self, *, ok: bool, result: HubResult | None = None, error: str = "") -> None:
        """Keep the round's outcome for the sync status (core.sync.status).

        Written when something moved, when the outcome changes, and otherwise at most
        once a minute: an idle round every few seconds must not write to the laptop's
        file each time (the door's scans share its write lock)."""
        now = utcnow()
        moved = result is not None and (result.pushed or result.pulled or result.merged)
        last = self._remembered
        if not moved and last is not None and last[0] == ok and now - last[1] < REMEMBER_EVERY:
            return
        with contextlib.suppress(OperationalError):  # a busy file: the next round writes it
            record_hub_round(self.local, hub=self.shown_url, ok=ok, result=result,
                             error=error, hub_device=self._hub.device_id if self._hub else "")
            self._remembered = (ok, now)

    def _push(self, hub: Database, event: tuple[str, str]) -> tuple[int, int, int]:
        """(data rows, merges, audit entries) pushed."""
        with self.local.engine.connect() as conn:  # read before taking the hub's lock
            read = get_meta(conn, self.push_key)
            rows = fresh_rows(conn, read)
        with self._hub_tx(hub) as hconn:
            self._guard(hconn)
            there = _event_of(hconn)
            if there is not None and there[0] != event[0]:
                raise BoothError("This hub holds another event ({there}), not "
                                 "{here}. Nothing was changed.", there=there[1], here=event[1])
            if there is None and read is not None:  # an empty (or reset) hub gets all
                with self.local.engine.connect() as conn:
                    rows = fresh_rows(conn, None)
            self._event_checked = True
            stamps = [row["hlc"] for table in rows.values() for row in table]
            if not stamps:
                return 0, 0, 0
            result = apply_keeping_cursor(hconn, hub.clock, rows, self.pull_key)
            notify_changed(hconn, event[0], self.local.device_id)  # sent at the commit
        self._advance_push_cursor(read, max(stamps))
        if result.erasures:
            scrub_sqlite(hub.engine)  # a SQLite hub (tests, a laptop as hub)
        return result.data_rows, result.merged, result.applied - result.data_rows

    def _advance_push_cursor(self, read: str | None, until: str) -> None:
        """Move the push cursor unless something (a bundle import) moved it meanwhile."""
        with self.local.engine.execution_options(booth_write=True).begin() as conn:
            if get_meta(conn, self.push_key) == read:
                set_meta(conn, self.push_key, until)

    def _pull(self, hub: Database, *, pushed: int = 0,
              merged: int = 0) -> tuple[int, int, int]:
        """Pull what is new on the hub: (data rows, merges, audit entries), applied here
        outside the hub's lock (core.sync.hub_pull). A round that moved anything but
        audit entries (this push included) leaves one `sync.hub` entry, written on the
        hub and pulled with the rest, so neither side sends it again."""
        return pull(self, hub, pushed=pushed, merged=merged)

    def _log_round(self, hub: Database, hconn: Connection, *, pushed: int,
                   pulled: int) -> dict[str, Any]:
        """The round's audit entry, written on the hub under its lock: stamped past every
        row there (other laptops' rounds stamp rows with their own clocks), in this
        laptop's name."""
        newest = hconn.execute(select(newest_stamp())).scalar()
        if newest:
            hub.clock.observe(newest)
        stamp = {**hub.stamp(), "device_id": self.local.device_id}
        return audit.record_on(hconn, stamp, audit.SYNC_HUB, entity="device",
                               entity_id=self.local.device_id,
                               detail={"laptop": self.local.device_name, "pushed": pushed,
                                       "pulled": pulled, "hub": self.shown_url})

    # -- for the status line ------------------------------------------------------------
    def waiting(self) -> int:
        """Rows changed here that the hub has not had yet."""
        with self.local.engine.connect() as conn:
            return unsent_count(conn, get_meta(conn, self.push_key))


def hub_round(local: Database, hub_url: str, *, timeout_s: float = 5) -> HubResult:
    """One round with the hub at `hub_url` (a fresh link, closed afterwards)."""
    session = HubSession(local, hub_url, timeout_s=timeout_s)
    try:
        return session.round()
    finally:
        session.close()


__all__ = ["HubResult", "HubSession", "HubUnavailable", "hub_round", "hub_url_with_timeouts"]
