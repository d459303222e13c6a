"""Sessions: blocks of meeting time on one day, cut into slots with a gap to change tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.errors import InputError
from booth_app.core.events import parse_date, require_event
from booth_app.core.meetings.times import at_local, hhmm, local, parse_clock
from booth_app.core.text import clean
from booth_app.storage.models import Event, MeetingSession

MIN_SLOT, MAX_SLOT = 5, 240
MAX_GAP = 120


@dataclass(frozen=True)
class Slot:
    """One meeting slot: its place in the event's list of slots, its times (UTC), its day."""

    index: int
    start: datetime
    end: datetime
    day: date
    session_id: str


def slot_times(block: MeetingSession) -> list[tuple[datetime, datetime]]:
    step = timedelta(minutes=block.slot_minutes + block.gap_minutes)
    length = timedelta(minutes=block.slot_minutes)
    out: list[tuple[datetime, datetime]] = []
    start = block.starts_at
    while start + length <= block.ends_at:
        out.append((start, start + length))
        start += step
    return out


def list_sessions(session: Session) -> list[MeetingSession]:
    return list(session.scalars(select(MeetingSession).where(
        MeetingSession.deleted.is_(False)).order_by(MeetingSession.starts_at)))


def all_slots(session: Session, event: Event) -> list[Slot]:
    """Every slot of every session, in time order."""
    slots: list[Slot] = []
    for block in list_sessions(session):
        for start, end in slot_times(block):
            slots.append(Slot(0, start, end, local(event, start).date(), block.id))
    slots.sort(key=lambda s: s.start)
    return [Slot(i, s.start, s.end, s.day, s.session_id) for i, s in enumerate(slots)]


def add_session(session: Session, *, day: str, start: str, end: str, slot_minutes: int,
                gap_minutes: int = 0, name: str = "") -> MeetingSession:
    """A block of slots; refused (nothing written) when it overlaps another block."""
    event = require_event(session)
    when = parse_date(day, "--date")
    if not event.start_date <= when <= event.end_date:
        raise InputError("{when} is outside the event ({start_date} to {end_date}).",
                         when=when, start_date=event.start_date, end_date=event.end_date)
    begins = at_local(event, when, parse_clock(start, "--start"))
    ends = at_local(event, when, parse_clock(end, "--end"))
    if ends <= begins:
        raise InputError("A session must end after it starts.")
    if not MIN_SLOT <= slot_minutes <= MAX_SLOT:
        raise InputError("Slots are {min_slot} to {max_slot} minutes long, not {slot_minutes}.",
                         min_slot=MIN_SLOT, max_slot=MAX_SLOT, slot_minutes=slot_minutes)
    if not 0 <= gap_minutes <= MAX_GAP:
        raise InputError("The gap between slots is 0 to {max_gap} minutes, not {gap_minutes}.",
                         max_gap=MAX_GAP, gap_minutes=gap_minutes)
    if begins + timedelta(minutes=slot_minutes) > ends:
        raise InputError("Not one slot fits between the start and the end.")
    for other in list_sessions(session):
        if other.starts_at < ends and begins < other.ends_at:
            at = {"start": hhmm(event, other.starts_at), "end": hhmm(event, other.ends_at),
                  "day": local(event, other.starts_at).date()}
            if other.name:
                raise InputError("It overlaps the session {name} {start}-{end} on {day}.",
                                 name=other.name, **at)
            raise InputError("It overlaps the session {start}-{end} on {day}.", **at)
    block = MeetingSession(event_id=event.id, name=clean(name, 120), starts_at=begins,
                           ends_at=ends, slot_minutes=slot_minutes, gap_minutes=gap_minutes)
    session.add(block)
    session.flush()
    return block


def session_to_dict(event: Event, block: MeetingSession) -> dict[str, Any]:
    return {
        "id": block.id,
        "name": block.name,
        "date": local(event, block.starts_at).date().isoformat(),
        "start": hhmm(event, block.starts_at),
        "end": hhmm(event, block.ends_at),
        "slot_minutes": block.slot_minutes,
        "gap_minutes": block.gap_minutes,
        "slots": len(slot_times(block)),
    }
