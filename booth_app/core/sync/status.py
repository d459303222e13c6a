"""Which laptops have synced when, and what is still unsent: read from what the database keeps.

- **Laptops**: the Device table (every laptop that wrote to the pavilion's data; it syncs
  like any row). When a laptop's changes last reached *this* database, and by which way,
  is kept as each bundle or hub round applies them (Meta `sync_seen:<device>`, written by
  core.sync.merge's Applier in the same transaction): the arrival time, "hub" or
  "bundle", and the newest stamp of that laptop's rows applied (its wall time says how
  recent that laptop's latest change here is).
- **Unsent**: every destination this database sends to has a cursor (Meta
  `sync_sent:<destination>`, core.sync.cursors); the rows stamped above it are what the
  next bundle or hub round would carry. Each count is an index range scan (hlc).
- **The hub's last round**: kept by core.sync.hub (Meta `sync_hub:last`) when a round
  moved something, failed, or at most once a minute while idle.

Run on the hub itself (`booth --db postgresql://... sync status`), the same reading says
when each laptop's changes last reached the hub and how much each laptop has yet to pull.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, union_all
from sqlalchemy.engine import Connection, make_url

from booth_app.core.sync.cursors import (
    CURSOR_PREFIX,
    NAME_PREFIX,
    SEEN_PREFIX,
    cursor_key,
    get_meta,
    set_meta,
)
from booth_app.core.sync.merge import ORDER, TABLES
from booth_app.storage.clock import parse_stamp
from booth_app.storage.ids import utcnow
from booth_app.storage.models import Device, Meta

if TYPE_CHECKING:
    from booth_app.storage.database import Database

HUB_LAST_KEY = "sync_hub:last"
HUB_PREFIX = "hub:"
LAPTOP_PREFIX = "laptop:"



@dataclass(frozen=True)
class Laptop:
    """One laptop (or the hub's own identity) known to this database."""

    device_id: str
    name: str
    role: str  # "" when not known; "hub" for the hub's own database
    this: bool  # this database's own identity
    reached_at: datetime | None  # when its changes last reached this database
    via: str  # "hub", "bundle", or "" (never arrived: this laptop, or only its name)
    newest_change: datetime | None  # its newest change held here (its own clock)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "reached_at": _iso(self.reached_at),
                "newest_change": _iso(self.newest_change)}


@dataclass(frozen=True)
class Outbox:
    """A destination this database sends to, and what it has not been sent yet."""

    # "hub"; "bundle": a folder or a laptop's bundles; "laptop": on the hub, what a laptop
    # has yet to pull; "other": a destination kept under a hash (a long folder name)
    kind: str
    destination: str  # the hub address, the folder or name, a laptop's name
    unsent: int
    sent_until: datetime | None  # the newest change already sent there

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "sent_until": _iso(self.sent_until)}


@dataclass(frozen=True)
class HubRound:
    at: datetime
    ok: bool
    hub: str
    pushed: int
    pulled: int
    merged: int
    error: str

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "at": _iso(self.at)}


@dataclass(frozen=True)
class SyncStatus:
    device_id: str
    laptops: list[Laptop]
    outboxes: list[Outbox]
    hub_round: HubRound | None

    def as_dict(self) -> dict[str, Any]:
        return {"device_id": self.device_id,
                "laptops": [laptop.as_dict() for laptop in self.laptops],
                "unsent": [box.as_dict() for box in self.outboxes],
                "hub_round": self.hub_round.as_dict() if self.hub_round else None}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def stamp_time(stamp: str | None) -> datetime | None:
    """The wall time in a stamp (None for none, or the zero stamp of a new device)."""
    if not stamp:
        return None
    try:
        ms, _counter = parse_stamp(stamp)
    except ValueError:
        return None
    return datetime.fromtimestamp(ms / 1000, UTC) if ms else None


def _parse_time(text: Any) -> datetime | None:
    try:
        value = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _meta_with_prefix(conn: Connection, prefix: str) -> dict[str, str]:
    rows = conn.execute(select(Meta.key, Meta.value).where(Meta.key.like(f"{prefix}%")))
    return {key: value for key, value in rows}


# -- laptops --------------------------------------------------------------------------------


def laptops(conn: Connection) -> list[Laptop]:
    """Every laptop known here, this one first, then the most recently heard from."""
    me = get_meta(conn, "device_id")
    seen = _meta_with_prefix(conn, SEEN_PREFIX)
    last = hub_round(conn)
    hub_device = _hub_device(conn) if last is not None else ""
    found: list[Laptop] = []
    devices = conn.execute(select(Device.id, Device.name, Device.role)
                           .where(Device.deleted.is_(False))).all()
    for device_id, name, role in devices:
        arrival = _arrival(seen.get(f"{SEEN_PREFIX}{device_id}"))
        found.append(Laptop(
            device_id=device_id, name=name or device_id[-6:],
            role=role or ("hub" if device_id == hub_device else ""),
            this=device_id == me, reached_at=arrival[0], via=arrival[1],
            newest_change=arrival[2]))
    oldest = datetime.min.replace(tzinfo=UTC)
    found.sort(key=lambda d: (not d.this, d.role == "hub", -(d.reached_at or oldest).timestamp(),
                              d.name.casefold()))
    return found


def _arrival(value: str | None) -> tuple[datetime | None, str, datetime | None]:
    if not value:
        return None, "", None
    try:
        got = json.loads(value)
        return _parse_time(got["at"]), str(got.get("via", "")), stamp_time(got.get("hlc"))
    except (ValueError, KeyError, TypeError):
        return None, "", None


def _hub_device(conn: Connection) -> str:
    try:
        return str(json.loads(get_meta(conn, HUB_LAST_KEY) or "{}").get("hub_device", ""))
    except (ValueError, AttributeError):
        return ""


# -- unsent ---------------------------------------------------------------------------------


def unsent_count(conn: Connection, since: str | None) -> int:
    """Rows stamped above the cursor `since` (every row for None): what the next send carries."""
    counts = union_all(*(select(func.count()).select_from(TABLES[name])
                         .where(TABLES[name].c.hlc > (since or "")) for name in ORDER))
    return int(sum(n for (n,) in conn.execute(counts)))


def hub_cursor_key(hub_url: str) -> str:
    """The push cursor core.sync.hub keeps for the hub at `hub_url`."""
    shown = make_url(hub_url).render_as_string(hide_password=True)
    return cursor_key(f"{HUB_PREFIX}{shown}")


def outboxes(conn: Connection, *, hub_url: str = "") -> list[Outbox]:
    """Every destination with a cursor here (and the hub at `hub_url`, even before its first
    round), with the number of changes it has not been sent."""
    cursors = _meta_with_prefix(conn, CURSOR_PREFIX)
    names = {device_id: name for device_id, name in conn.execute(select(Device.id, Device.name))}
    # Long destinations are kept under a hash (core.sync.cursors.cursor_key): name the
    # ones this database can guess (its laptops, the hub it is given).
    known: dict[str, tuple[str, str]] = {}
    for device_id, name in names.items():
        known[cursor_key(device_id)] = ("bundle", name or device_id)
        known[cursor_key(f"{LAPTOP_PREFIX}{device_id}")] = ("laptop", name or device_id)
    last = hub_round(conn)
    if last is not None and last.hub:
        known[cursor_key(f"{HUB_PREFIX}{last.hub}")] = ("hub", last.hub)
    if hub_url:
        shown = make_url(hub_url).render_as_string(hide_password=True)
        known[hub_cursor_key(hub_url)] = ("hub", shown)
        cursors.setdefault(hub_cursor_key(hub_url), "")
    for key, name in _meta_with_prefix(conn, NAME_PREFIX).items():
        hashed = f"{CURSOR_PREFIX}{key[len(NAME_PREFIX):]}"
        if hashed not in known:  # a long folder path or address, named when it was sent
            known[hashed] = _destination(f"{CURSOR_PREFIX}{name}", {})
    found = []
    for key, value in cursors.items():
        kind, destination = _destination(key, known)
        found.append(Outbox(kind, destination, unsent_count(conn, value or None),
                            stamp_time(value)))
    found.sort(key=lambda box: (box.kind != "hub", box.kind, box.destination.casefold()))
    return found


def _destination(key: str, known: dict[str, tuple[str, str]]) -> tuple[str, str]:
    if key in known:
        return known[key]
    name = key[len(CURSOR_PREFIX):]
    if name.startswith(HUB_PREFIX):
        return "hub", name[len(HUB_PREFIX):]
    if name.startswith(LAPTOP_PREFIX):
        return "laptop", name[len(LAPTOP_PREFIX):]
    if len(key) == len(CURSOR_PREFIX) + 40 and all(c in "0123456789abcdef" for c in name):
        return "other", f"…{name[:8]}"  # a long folder name or address, kept as a hash
    return "bundle", name


# -- the hub's last round -------------------------------------------------------------------


def hub_round(conn: Connection) -> HubRound | None:
    """The last hub round's outcome kept here (None before the first)."""
    value = get_meta(conn, HUB_LAST_KEY)
    if not value:
        return None
    try:
        got = json.loads(value)
        at = _parse_time(got["at"])
        if at is None:
            return None
        return HubRound(at=at, ok=bool(got["ok"]), hub=str(got.get("hub", "")),
                        pushed=int(got.get("pushed", 0)), pulled=int(got.get("pulled", 0)),
                        merged=int(got.get("merged", 0)), error=str(got.get("error", "")))
    except (ValueError, KeyError, TypeError):
        return None


def record_hub_round(db: Database, *, hub: str, ok: bool, result: Any = None, error: str = "",
                     hub_device: str = "") -> None:
    """Keep a hub round's outcome (`result`: a core.sync.hub.HubResult) in Meta."""
    with db.engine.execution_options(booth_write=True).begin() as conn:
        if not hub_device:
            hub_device = _hub_device(conn)
        value = {"at": utcnow().isoformat(), "ok": ok, "hub": hub, "error": error[:300],
                 "pushed": getattr(result, "pushed", 0), "pulled": getattr(result, "pulled", 0),
                 "merged": getattr(result, "merged", 0), "hub_device": hub_device}
        set_meta(conn, HUB_LAST_KEY, json.dumps(value))


# -- all of it ------------------------------------------------------------------------------


def sync_status(db: Database, *, hub_url: str = "") -> SyncStatus:
    """Laptops, what is unsent where, and the hub's last round, read in one snapshot."""
    with db.engine.connect() as conn:
        return SyncStatus(device_id=db.device_id, laptops=laptops(conn),
                          outboxes=outboxes(conn, hub_url=hub_url), hub_round=hub_round(conn))


__all__ = ["HubRound", "Laptop", "Outbox", "SyncStatus", "hub_cursor_key", "hub_round",
           "laptops", "outboxes", "record_hub_round", "stamp_time", "sync_status",
           "unsent_count"]
