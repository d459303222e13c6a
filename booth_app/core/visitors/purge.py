"""Purging personal data past its time: everyone not seen since a date is erased.

A visitor was *seen* when they registered, were scanned at a check-in point, had a lead
captured or rescanned at a booth, or had a meeting (held, or still to come) at or
after the start of that date in the event's time zone. Everyone else is erased as on
request (core.visitors.erasure): their anonymous rows still count. A duplicate merged
into someone goes with that person, and stays while they do.

The date is `--before`, else the event's retention date. The rolling backups beside
the database (storage.backup) taken before that date are deleted with the purge: they
hold the people it erases.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from booth_app.core import audit
from booth_app.core.errors import InputError
from booth_app.core.events import require_event
from booth_app.core.visitors.erasure import erase_many
from booth_app.storage.backup import backups_dir
from booth_app.storage.database import Database
from booth_app.storage.models import Checkin, Event, Lead, LeadInteraction, Meeting, Visitor
from booth_app.storage.scrub import scrub_sqlite


def cutoff(event: Event, day: date) -> datetime:
    """The start of `day` in the event's time zone, in UTC."""
    return datetime.combine(day, time.min, ZoneInfo(event.timezone)).astimezone(UTC)


def purge_date(event: Event, before: date | None, *, today: date | None = None) -> date:
    """The date asked for, else the event's retention date; never after today."""
    day = before or event.retention_date
    if day is None:
        raise InputError("Give the date (--before YYYY-MM-DD), or set the event's retention "
                         "date first.")
    today = today or datetime.now(ZoneInfo(event.timezone)).date()
    if day > today:
        raise InputError("{day} has not come yet: a purge before it would erase people "
                         "still being seen. Nothing was changed.", day=day)
    return day


def not_seen_since(session: Session, event: Event, day: date) -> list[str]:
    """The ids of the people (not yet erased) not seen since the start of `day`."""
    since = cutoff(event, day)
    query = select(Visitor.id).where(
        Visitor.event_id == event.id, Visitor.erased_at.is_(None),
        Visitor.merged_into_id.is_(None), Visitor.created_at < since,
        ~exists().where(Checkin.visitor_id == Visitor.id, Checkin.scanned_at >= since),
        ~exists().where(Lead.visitor_id == Visitor.id, Lead.captured_at >= since),
        ~exists().where(LeadInteraction.lead_id == Lead.id, Lead.visitor_id == Visitor.id,
                        LeadInteraction.at >= since),
        ~exists().where(Meeting.visitor_id == Visitor.id, Meeting.starts_at >= since,
                        Meeting.status != "cancelled", Meeting.deleted.is_(False)),
    ).order_by(Visitor.id)
    return list(session.scalars(query))


def _backup_time(path: Path) -> datetime:
    """When a rolling backup was taken: the stamp in its name, else the file's time."""
    stamp = path.stem.rsplit("-", 1)[-1]
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def old_backups(db: Database, since: datetime) -> list[Path]:
    """This database's rolling backups taken before `since` (none for a server)."""
    if db.path is None:
        return []
    folder = backups_dir(db.path)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{db.path.stem}-*.sqlite")
                  if p.is_file() and _backup_time(p) < since)


def purge(db: Database, *, before: date | None = None, dry_run: bool = False,
          staff_id: str | None = None, today: date | None = None) -> dict[str, Any]:
    """Erase everyone not seen since the date (see the module); with `dry_run` only
    count them and the backups, changing nothing."""
    with db.reader() as session:
        event = require_event(session)
        day = purge_date(event, before, today=today)
        ids = not_seen_since(session, event, day)
    backups = old_backups(db, cutoff(event, day))
    if dry_run:
        return {"would_erase": len(ids), "before": day.isoformat(),
                "backups_to_delete": len(backups)}
    with db.session() as session:
        people = [v for v in (session.get(Visitor, vid) for vid in ids) if v is not None]
        erased = erase_many(session, people)
        audit.record(session, audit.PURGE, entity="event", entity_id=event.id,
                     detail={"before": day.isoformat(), "erased": erased,
                             "backups_deleted": len(backups)}, staff_id=staff_id)
    scrub_sqlite(db.engine)
    deleted = 0
    for path in backups:  # once the erasure is committed: never a purge without a copy
        try:
            path.unlink()
            deleted += 1
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise InputError("{erased} people were erased, but the old backup {path} could "
                             "not be deleted ({reason}): delete it by hand.",
                             erased=erased, path=path, reason=exc.strerror or exc) from exc
    return {"erased": erased, "before": day.isoformat(), "backups_deleted": deleted}
