"""The pull half of a hub round, with the laptop's own work outside the hub's lock.

The hub's lock (core.sync.hub) keeps a push from slipping in between reading the rows
to pull and moving the pull cursor past them. Holding it while this laptop applied
the rows to its own file made every laptop wait for the slowest one's disk and CPU:
with twenty laptops the lock was held end to end and rounds queued for seconds. Now a
pull takes the lock twice, briefly:

1. read the rows above the cursor, write the round's audit entry, and note the cursor
   the rows would move it to as a *pending* cursor (`sync_sent:pending:<device>`);
   commit, which lets the lock go;
2. apply the rows here (no hub lock held);
3. move the cursor to the pending value and drop it.

The pending value is a cursor like any other (its key has the cursor prefix), so a push
that lands between 1 and 3 with rows below it lowers it (`lower_cursors`), exactly as it
lowers the cursor itself: step 3 then moves the cursor no further than that push's
rows, and the next round pulls them. When the hub goes away between the steps the
cursor stays where it was and the rows come again (applying a version twice is a
no-op); a pending value left behind is overwritten by the next pull.
"""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import select, text
from sqlalchemy.engine import Connection

from booth_app.core.sync import hub_apply
from booth_app.core.sync.cursors import cursor_key, get_meta, set_meta
from booth_app.core.sync.hub_rows import fresh_rows
from booth_app.storage.database import Database
from booth_app.storage.models import Meta
from booth_app.storage.scrub import scrub_sqlite


class RoundSession(Protocol):
    """What the pull needs of the round's session (core.sync.hub.HubSession)."""

    local: Database
    pull_key: str
    push_key: str

    def _probe(self, hub: Database) -> Connection: ...

    def _hub_tx(self, hub: Database) -> Any: ...

    def _guard(self, conn: Connection) -> None: ...

    def _log_round(self, hub: Database, hconn: Connection, *, pushed: int,
                   pulled: int) -> dict[str, Any]: ...


def pending_key(device_id: str) -> str:
    return cursor_key(f"pending:{device_id}")


def pull(session: RoundSession, hub: Database, *, pushed: int = 0,
         merged: int = 0) -> tuple[int, int, int]:
    """(data rows, merges, audit entries) pulled; see the module's note."""
    cursor, newest = session._probe(hub).execute(
        select(hub_apply.meta_value(session.pull_key), hub_apply.newest_stamp())).one()
    idle = newest is None or (cursor is not None and newest <= cursor)
    if idle and not (pushed or merged):
        return 0, 0, 0
    pending = pending_key(session.local.device_id)
    with session._hub_tx(hub) as hconn:
        session._guard(hconn)
        rows = fresh_rows(hconn, get_meta(hconn, session.pull_key))
        moved = sum(len(table) for name, table in rows.items() if name != "audit_log")
        if moved or pushed or merged:
            rows.setdefault("audit_log", []).append(
                session._log_round(hub, hconn, pushed=pushed, pulled=moved))
        stamps = [row["hlc"] for table in rows.values() for row in table]
        if not stamps:
            return 0, 0, 0
        set_meta(hconn, pending, max(stamps))
    with session.local.engine.execution_options(booth_write=True).begin() as conn:
        if session.local.is_sqlite:
            conn.execute(text("PRAGMA defer_foreign_keys = ON"))
        result = hub_apply.apply_keeping_cursor(conn, session.local.clock, rows, session.push_key)
    with session._hub_tx(hub) as hconn:
        session._guard(hconn)
        until = get_meta(hconn, pending)
        if until is not None:
            set_meta(hconn, session.pull_key, until)
            hconn.execute(Meta.__table__.delete().where(Meta.key == pending))  # type: ignore[attr-defined]
    if result.erasures:
        scrub_sqlite(session.local.engine)
    return result.data_rows, result.merged, result.applied - result.data_rows


__all__ = ["pending_key", "pull"]
