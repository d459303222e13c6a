"""Meetings: listed, locked, cancelled, moved by hand, added as walk-ins; double bookings found.

A move or a walk-in that would put anyone (buyer, manufacturer) or any table in two
meetings at once is refused and changes nothing. Two laptops that moved meetings
while apart can still meet in one slot after they sync: `conflicts` finds those pairs
so that the desk resolves them (nothing merges them silently).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.errors import BoothError, InputError, NotFound
from booth_app.core.meetings.requests import buyer_to_dict, table_of
from booth_app.core.meetings.sessions import Slot, all_slots
from booth_app.core.meetings.times import at_local, hhmm, iso_local, local
from booth_app.core.text import clean
from booth_app.storage.models import Event, Exhibitor, Meeting, Visitor

STATUSES = ("scheduled", "held", "no_show", "cancelled")
LIVE = ("scheduled", "held", "no_show")  # what takes a person and a table


def live_meetings(session: Session) -> list[Meeting]:
    return list(session.scalars(select(Meeting).where(
        Meeting.deleted.is_(False), Meeting.status != "cancelled").order_by(
        Meeting.starts_at, Meeting.table_name)))


def get_meeting(session: Session, meeting_id: str) -> Meeting:
    meeting = session.get(Meeting, (meeting_id or "").strip())
    if meeting is None or meeting.deleted:
        raise NotFound("No meeting {meeting_id!r}.", meeting_id=meeting_id)
    return meeting


def list_meetings(session: Session, *, exhibitor: Exhibitor | None = None,
                  buyer: Visitor | None = None, day: str | None = None,
                  event: Event | None = None, include_cancelled: bool = True) -> list[Meeting]:
    stmt = select(Meeting).where(Meeting.deleted.is_(False))
    if exhibitor is not None:
        stmt = stmt.where(Meeting.exhibitor_id == exhibitor.id)
    if buyer is not None:
        stmt = stmt.where(Meeting.visitor_id == buyer.id)
    if not include_cancelled:
        stmt = stmt.where(Meeting.status != "cancelled")
    if day and event is not None:
        try:  # the day's bounds in the event's zone, so only that day's rows are read
            first = date.fromisoformat(day)
        except ValueError:
            return []
        stmt = stmt.where(Meeting.starts_at >= at_local(event, first, time.min),
                          Meeting.starts_at < at_local(event, first + timedelta(days=1),
                                                       time.min))
    return list(session.scalars(stmt.order_by(Meeting.starts_at, Meeting.table_name)))


def meeting_to_dict(session: Session, event: Event, meeting: Meeting) -> dict[str, Any]:
    buyer = session.get(Visitor, meeting.visitor_id)
    exhibitor = session.get(Exhibitor, meeting.exhibitor_id)
    return {
        "id": meeting.id,
        "buyer": buyer_to_dict(buyer) if buyer is not None else None,
        "exhibitor": exhibitor.code if exhibitor is not None else None,
        "exhibitor_name": exhibitor.name if exhibitor is not None else "",
        "table": meeting.table_name,
        "start": iso_local(event, meeting.starts_at),
        "end": iso_local(event, meeting.ends_at),
        "status": meeting.status,
        "locked": meeting.locked,
        "outcome": meeting.outcome or None,
        "checked_in_at": (iso_local(event, meeting.checked_in_at)
                          if meeting.checked_in_at else None),
        "origin": meeting.origin,
    }


def clash(session: Session, *, buyer_id: str, exhibitor_id: str, table: str,
          start: datetime, end: datetime, ignore: str | None = None) -> Meeting | None:
    """A live meeting that overlaps and shares the buyer, the manufacturer or the table."""
    for other in session.scalars(select(Meeting).where(
            Meeting.deleted.is_(False), Meeting.status != "cancelled",
            Meeting.starts_at < end, Meeting.ends_at > start)):
        if other.id == ignore:
            continue
        if (other.visitor_id == buyer_id or other.exhibitor_id == exhibitor_id
                or other.table_name == table):
            return other
    return None


def describe_clash(session: Session, event: Event, other: Meeting, *, buyer_id: str,
                   exhibitor_id: str) -> str:
    at = f"{hhmm(event, other.starts_at)} on {local(event, other.starts_at).date()}"
    if other.visitor_id == buyer_id:
        who = session.get(Visitor, buyer_id)
        return f"{who.name if who else 'The buyer'} already meets someone at {at}"
    if other.exhibitor_id == exhibitor_id:
        return f"The manufacturer already has a meeting at {at}"
    return f"Table {other.table_name} is taken at {at}"


def clash_error(session: Session, event: Event, other: Meeting, *, buyer_id: str,
                exhibitor_id: str, moved: bool) -> BoothError:
    """describe_clash's refusal as a template: ": nothing was moved." (or added)."""
    at = {"time": hhmm(event, other.starts_at), "day": local(event, other.starts_at).date()}
    if other.visitor_id == buyer_id:
        who = session.get(Visitor, buyer_id)
        buyer = who.name if who else "The buyer"
        if moved:
            return BoothError("{buyer} already meets someone at {time} on {day}: nothing was "
                              "moved.", buyer=buyer, **at)
        return BoothError("{buyer} already meets someone at {time} on {day}: nothing was "
                          "added.", buyer=buyer, **at)
    if other.exhibitor_id == exhibitor_id:
        if moved:
            return BoothError("The manufacturer already has a meeting at {time} on {day}: "
                              "nothing was moved.", **at)
        return BoothError("The manufacturer already has a meeting at {time} on {day}: "
                          "nothing was added.", **at)
    if moved:
        return BoothError("Table {table} is taken at {time} on {day}: nothing was moved.",
                          table=other.table_name, **at)
    return BoothError("Table {table} is taken at {time} on {day}: nothing was added.",
                      table=other.table_name, **at)


def slot_at(slots: list[Slot], start: datetime) -> Slot:
    for slot in slots:
        if slot.start == start:
            return slot
    raise InputError("That time is not the start of a meeting slot (see `meetings sessions "
                     "list`).")


def set_locked(meeting: Meeting, locked: bool) -> Meeting:
    if meeting.status == "cancelled" and locked:
        raise BoothError("A cancelled meeting cannot be locked.")
    meeting.locked = locked
    return meeting


def cancel(meeting: Meeting) -> Meeting:
    """Cancelled by hand: its request is not placed again until it is requested again."""
    meeting.status = "cancelled"
    meeting.locked = False
    meeting.cancelled_by = "desk"
    return meeting


def move(session: Session, event: Event, meeting: Meeting, start: datetime,
         table: str | None = None) -> Meeting:
    """Move a meeting to another slot (and table); refused if anyone would be double-booked."""
    if meeting.status == "cancelled":
        raise BoothError("A cancelled meeting cannot be moved.")
    slot = slot_at(all_slots(session, event), start)
    table_name = clean(table, 32) if table else meeting.table_name
    other = clash(session, buyer_id=meeting.visitor_id, exhibitor_id=meeting.exhibitor_id,
                  table=table_name, start=slot.start, end=slot.end, ignore=meeting.id)
    if other is not None:
        raise clash_error(session, event, other, buyer_id=meeting.visitor_id,
                          exhibitor_id=meeting.exhibitor_id, moved=True)
    meeting.starts_at, meeting.ends_at, meeting.table_name = slot.start, slot.end, table_name
    session.flush()
    return meeting


def add_meeting(session: Session, event: Event, buyer: Visitor, exhibitor: Exhibitor,
                start: datetime, *, request_id: str | None = None, origin: str = "walk_in",
                locked: bool = True) -> Meeting:
    """A meeting put in a free slot by hand (a walk-in meeting): locked by default."""
    slot = slot_at(all_slots(session, event), start)
    table = table_of(exhibitor)
    other = clash(session, buyer_id=buyer.id, exhibitor_id=exhibitor.id, table=table,
                  start=slot.start, end=slot.end)
    if other is not None:
        raise clash_error(session, event, other, buyer_id=buyer.id,
                          exhibitor_id=exhibitor.id, moved=False)
    meeting = Meeting(event_id=event.id, request_id=request_id, visitor_id=buyer.id,
                      exhibitor_id=exhibitor.id, table_name=table, starts_at=slot.start,
                      ends_at=slot.end, origin=origin, locked=locked)
    session.add(meeting)
    session.flush()
    return meeting


def conflicts(session: Session) -> list[tuple[Meeting, Meeting]]:
    """Live meetings that overlap and share a buyer, a manufacturer or a table: what two
    laptops can leave after syncing moves they made apart. Each pair once."""
    rows = live_meetings(session)
    out: list[tuple[Meeting, Meeting]] = []
    for i, first in enumerate(rows):
        for second in rows[i + 1:]:
            if second.starts_at >= first.ends_at:
                break
            if (first.visitor_id == second.visitor_id or first.exhibitor_id == second.exhibitor_id
                    or first.table_name == second.table_name):
                out.append((first, second))
    return out
