"""The audit log: who did what, when, and on which laptop.

Rows of `audit_log` sync like the rest and are never changed (append-only, merged as a
union), so the coordinator's laptop and the hub see every laptop's acts. An entry
names people by id only: an erased visitor's entries stay and name nobody.

Actions written (group.verb):

- badges: `badge.print`, `badge.reprint` (each badge issued), `badge.print_job`;
- leads: `leads.export`, `lead.delete`;
- visitors: `visitor.edit`, `visitor.merge`, `visitor.erase`, `visitor.purge`,
  `visitor.export_data` (subject access);
- staff: `staff.sign_in`, `staff.pin_failed`, `staff.pin_reset`;
- setup and sync: `setup.export`, `setup.import`, `sync.export`, `sync.import`,
  `sync.hub` (a hub round that moved something other than audit entries);
- documents: `report.write` (the pavilion report), `meetings.agendas` (agendas, the
  master grid or the changes, each with its counts);
- `database.backup`.

An entry written with nobody signed in carries where it came from (`origin` in its
detail: the command line and the system user running it), so the log never shows an
act as done by nobody.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from booth_app.storage.database import Database
from booth_app.storage.ids import new_id, utcnow
from booth_app.storage.models import AuditLog, Device, Meta, Staff

ERASE = "visitor.erase"
PURGE = "visitor.purge"
EXPORT_DATA = "visitor.export_data"
SIGN_IN = "staff.sign_in"
PIN_FAILED = "staff.pin_failed"
SETUP_EXPORT = "setup.export"
SETUP_IMPORT = "setup.import"
SYNC_EXPORT = "sync.export"
SYNC_IMPORT = "sync.import"
SYNC_HUB = "sync.hub"
BACKUP = "database.backup"
REPORT = "report.write"
AGENDAS = "meetings.agendas"
MAX_LIMIT = 10_000
_origin = ""  # see set_origin


def set_origin(origin: str) -> None:
    """Where entries written with nobody signed in come from (the command line sets
    "command line (user)"); "" for none."""
    global _origin
    _origin = origin


def with_origin(detail: dict[str, Any] | None, staff_id: str | None) -> dict[str, Any]:
    out = dict(detail or {})
    if staff_id is None and _origin:
        out.setdefault("origin", _origin)
    return out


def record(session: Session, action: str, *, entity: str = "", entity_id: str = "",
           detail: dict[str, Any] | None = None, staff_id: str | None = None,
           now: datetime | None = None) -> AuditLog:
    """Add one entry in the caller's session (its commit keeps it)."""
    row = AuditLog(at=now or utcnow(), staff_id=staff_id, action=action, entity=entity,
                   entity_id=entity_id, detail=with_origin(detail, staff_id))
    session.add(row)
    return row


def record_now(db: Database, action: str, *, entity: str = "", entity_id: str = "",
               detail: dict[str, Any] | None = None, staff_id: str | None = None) -> None:
    """One entry in its own short write (after work done from a read snapshot, such as
    a report or agendas written without holding back the door's scans)."""
    with db.session() as session:
        record(session, action, entity=entity, entity_id=entity_id, detail=detail,
               staff_id=staff_id)


def record_on(conn: Connection, stamp: dict[str, Any], action: str, *, entity: str = "",
              entity_id: str = "", detail: dict[str, Any] | None = None,
              staff_id: str | None = None) -> dict[str, Any]:
    """Add one entry on a Core connection (sync's own transactions); `stamp` is the
    writer columns from `Database.stamp()`. The row as written, every column."""
    row = {"id": new_id(), **stamp, "at": stamp["created_at"], "staff_id": staff_id,
           "action": action, "entity": entity, "entity_id": entity_id,
           "detail": with_origin(detail, staff_id)}
    conn.execute(AuditLog.__table__.insert().values(**row))  # type: ignore[attr-defined]
    meta = Meta.__table__
    held = conn.execute(select(Meta.value).where(Meta.key == "last_hlc")).scalar()
    if held is None:
        conn.execute(meta.insert().values(key="last_hlc", value=stamp["hlc"]))  # type: ignore[attr-defined]
    elif stamp["hlc"] > held:
        conn.execute(meta.update().where(Meta.key == "last_hlc")  # type: ignore[attr-defined]
                     .values(value=stamp["hlc"]))
    return row


# -- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditEntry:
    """One entry as shown: `who` is the staff member's name, else where the act came
    from ("command line (user)"), else "" (nobody signed in at the window);
    `device` the laptop's name."""

    id: str
    at: datetime
    who: str
    device: str
    action: str
    what: str
    entity: str
    entity_id: str
    detail: dict[str, Any]
    staff_id: str | None
    device_id: str


def _action_filter(action: str) -> Any:
    """`visitor.erase` itself, a whole group (`sync`) or a verb of any group (`erase`)."""
    action = action.strip().lower()
    return or_(AuditLog.action == action, AuditLog.action.like(f"{action}.%"),
               AuditLog.action.like(f"%.{action}"))


def list_entries(session: Session, *, action: str | None = None, who: str | None = None,
                 since: datetime | None = None, limit: int = 100,
                 offset: int = 0) -> list[AuditEntry]:
    """Entries newest first. `action`: see `_action_filter`; `who`: a staff id, or part
    of a staff member's name (any case); `since`: only entries at or after it."""
    limit = max(0, min(int(limit), MAX_LIMIT))
    query = (select(AuditLog, Staff.name, Device.name)
             .outerjoin(Staff, Staff.id == AuditLog.staff_id)
             .outerjoin(Device, Device.id == AuditLog.device_id)
             .where(AuditLog.deleted.is_(False)))
    if action:
        query = query.where(_action_filter(action))
    if who:
        query = query.where(or_(AuditLog.staff_id == who,
                                func.lower(Staff.name).contains(who.strip().lower())))
    if since is not None:
        query = query.where(AuditLog.at >= since)
    query = query.order_by(AuditLog.at.desc(), AuditLog.id.desc()).offset(offset).limit(limit)
    return [AuditEntry(id=row.id, at=row.at, who=staff or (row.detail or {}).get("origin", ""),
                       device=device or row.device_id,
                       action=row.action, what=describe(row), entity=row.entity,
                       entity_id=row.entity_id, detail=dict(row.detail or {}),
                       staff_id=row.staff_id, device_id=row.device_id)
            for row, staff, device in session.execute(query)]


def describe(row: AuditLog) -> str:
    """A short line for the entry: the thing acted on, then its details."""
    parts = [f"{row.entity} {row.entity_id}".strip()]
    for key, value in sorted((row.detail or {}).items()):
        if isinstance(value, list):
            value = f"{len(value)} item{'s' if len(value) != 1 else ''}"
        elif isinstance(value, dict):
            value = ", ".join(f"{k}={v}" for k, v in sorted(value.items()))
        if value not in ("", None) and key != "origin":
            parts.append(f"{key}: {value}")
    return "; ".join(part for part in parts if part)


def entry_to_dict(entry: AuditEntry) -> dict[str, Any]:
    return {"at": entry.at.isoformat(), "who": entry.who, "device": entry.device,
            "action": entry.action, "what": entry.what, "id": entry.id,
            "entity": entry.entity, "entity_id": entry.entity_id, "detail": entry.detail}
