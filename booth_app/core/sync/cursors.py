"""Where each destination's sync stands, kept in the local Meta table.

A destination (a bundle folder or name, the hub, a laptop pulling from the hub) has a
cursor, `sync_sent:<destination>`: the newest stamp already sent there, so the next
bundle or round carries only the rows stamped above it. Keys are at most 64
characters; a longer destination is kept under a hash, with its name beside it
(`sync_name:<hash>`). `sync_seen:<device>` notes when, and by which route, each
laptop's rows last arrived here (read by core.sync.status).

Applying rows from elsewhere lowers every cursor below the lowest stamp written
(`lower_cursors`), so what arrived with an older stamp is forwarded too (relaying).
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select, text
from sqlalchemy.engine import Connection

from booth_app.storage.clock import parse_stamp
from booth_app.storage.ids import utcnow
from booth_app.storage.models import Meta

CURSOR_PREFIX = "sync_sent:"
SEEN_PREFIX = "sync_seen:"  # when a laptop's rows last arrived here (core.sync.status)
NAME_PREFIX = "sync_name:"  # the destination a hashed cursor key stands for


def stamp_floor(stamp: str) -> str:
    """A cursor value just below `stamp`: every stamp >= stamp compares greater."""
    ms, counter = parse_stamp(stamp)
    return f"{ms:013d}.{counter:05d}."


def get_meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(Meta.value).where(Meta.key == key)).scalar()


def set_meta(conn: Connection, key: str, value: str) -> None:
    table = Meta.__table__
    if conn.execute(select(Meta.key).where(Meta.key == key)).first() is None:
        conn.execute(table.insert().values(key=key, value=value))  # type: ignore[attr-defined]
    else:
        conn.execute(table.update().where(Meta.key == key).values(value=value))  # type: ignore[attr-defined]


def cursor_key(destination: str) -> str:
    """The Meta key of a destination's cursor (long names are hashed to fit; the name
    itself is then kept under NAME_PREFIX, see `set_cursor`)."""
    key = f"{CURSOR_PREFIX}{destination}"
    if len(key) <= 64:
        return key
    return f"{CURSOR_PREFIX}{hashlib.sha1(destination.encode()).hexdigest()}"


def set_cursor(conn: Connection, destination: str, value: str) -> None:
    """Move `destination`'s cursor; a hashed key gets its destination's name beside it
    (`sync_name:<hash>`), so the sync status can show the folder, not the hash."""
    key = cursor_key(destination)
    set_meta(conn, key, value)
    if key != f"{CURSOR_PREFIX}{destination}":
        name_key = f"{NAME_PREFIX}{key[len(CURSOR_PREFIX):]}"
        if get_meta(conn, name_key) != destination:
            set_meta(conn, name_key, destination)


def record_arrivals(conn: Connection, newest_by_device: dict[str, str], via: str) -> None:
    """Note, per laptop whose rows were just applied, when and how they arrived and the
    newest stamp of its rows held here (one Meta row per laptop, read by core.sync.status)."""
    if not newest_by_device:
        return
    now = utcnow().isoformat()
    for device, stamp in sorted(newest_by_device.items()):
        key = f"{SEEN_PREFIX}{device}"[:64]
        try:
            held = json.loads(get_meta(conn, key) or "{}").get("hlc", "")
        except (ValueError, AttributeError):
            held = ""
        set_meta(conn, key, json.dumps({"at": now, "via": via, "hlc": max(stamp, held)}))


def lower_cursors(conn: Connection, stamp: str) -> None:
    """Rows stamped `stamp` or later arrived or were derived: send them on again."""
    floor = stamp_floor(stamp)
    conn.execute(text("UPDATE meta SET value = :floor WHERE key LIKE :prefix AND value > :floor"),
                 {"floor": floor, "prefix": f"{CURSOR_PREFIX}%"})
