"""At the table: a buyer's badge scanned at a manufacturer's table checks them in.

On time up to 5 minutes after the start, late after that, early up to 15 minutes
before; at the wrong table the answer says where and when their meeting is. After a
slot ends, the meetings nobody checked in to can be marked no-show in one action.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.badges.codes import normalise_code
from booth_app.core.badges.tokens import check_token, looks_like_token
from booth_app.core.events import require_event
from booth_app.core.meetings.times import hhmm, local
from booth_app.core.visitors.foreign_badge import parse_foreign
from booth_app.core.visitors.lookup import listed_visitor, scan_readings, visitor_by_code
from booth_app.storage.ids import utcnow
from booth_app.storage.models import Event, Exhibitor, Meeting, Visitor

ON_TIME = timedelta(minutes=5)
EARLY = timedelta(minutes=15)
MAX_PAYLOAD = 4096
ACCEPTED = ("on_time", "late")


@dataclass
class TableCheckin:
    status: str  # on_time, late, early, wrong_table, no_meeting, unknown
    message: str
    meeting: Meeting | None = None
    visitor: Visitor | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def scanned_visitor(session: Session, event: Event, payload: str) -> Visitor | None:
    """The visitor a badge scan names: our badge (genuine), a typed short code, or an
    organiser's badge of a listed visitor. Nobody is registered here."""
    raw = payload[:MAX_PAYLOAD] if isinstance(payload, str) else ""
    readings = scan_readings(raw)
    tokens = [r for r in readings if looks_like_token(r)]
    if tokens:
        verdict = next((v for v in map(lambda t: check_token(event, t), tokens)
                        if v.kind == "valid"), None)
        return visitor_by_code(session, verdict.code) if verdict else None
    typed = next((c for c in map(normalise_code, readings) if c), None)
    if typed is not None:
        return visitor_by_code(session, typed)
    foreign = parse_foreign(raw)
    return listed_visitor(session, event, foreign) if foreign else None


def _where(session: Session, event: Event, meeting: Meeting) -> str:
    exhibitor = session.get(Exhibitor, meeting.exhibitor_id)
    name = f" ({exhibitor.name})" if exhibitor else ""
    return f"table {meeting.table_name}{name} at {hhmm(event, meeting.starts_at)}"


def check_in_at_table(session: Session, payload: str, *, exhibitor: Exhibitor | None = None,
                      now: datetime | None = None) -> TableCheckin:
    """Decide what a scan at a table means; a check-in marks the meeting held."""
    event = require_event(session)
    now = now or utcnow()
    visitor = scanned_visitor(session, event, payload)
    if visitor is None:
        return TableCheckin("unknown", "Not a badge of a registered visitor.")
    day = local(event, now).date()
    theirs = [m for m in session.scalars(select(Meeting).where(
        Meeting.visitor_id == visitor.id, Meeting.deleted.is_(False),
        Meeting.status != "cancelled").order_by(Meeting.starts_at))
        if local(event, m.starts_at).date() == day]
    current = [m for m in theirs if m.starts_at - EARLY <= now < m.ends_at]
    here = [m for m in current if exhibitor is None or m.exhibitor_id == exhibitor.id]
    if not here:
        if current:
            meeting = current[0]
            return TableCheckin("wrong_table", f"{visitor.name}'s meeting now is at "
                                f"{_where(session, event, meeting)}.", meeting, visitor,
                                {"table": meeting.table_name})
        later = [m for m in theirs if m.starts_at > now
                 and (exhibitor is None or m.exhibitor_id == exhibitor.id)]
        message = (f"No meeting now; the next is at {_where(session, event, later[0])}."
                   if later else f"{visitor.name} has no meeting here now.")
        return TableCheckin("no_meeting", message, later[0] if later else None, visitor)
    meeting = here[0]
    if now < meeting.starts_at:
        status, message = "early", f"Early: the meeting starts at {hhmm(event, meeting.starts_at)}."
    elif now <= meeting.starts_at + ON_TIME:
        status, message = "on_time", "On time."
    else:
        minutes = int((now - meeting.starts_at).total_seconds() // 60)
        status, message = "late", f"Late by {minutes} min."
    if meeting.checked_in_at is None:
        meeting.checked_in_at = now
    if meeting.status in ("scheduled", "no_show"):
        meeting.status = "held"
    session.flush()
    return TableCheckin(status, message, meeting, visitor)


def mark_no_shows(session: Session, *, now: datetime | None = None) -> list[Meeting]:
    """Meetings whose slot has ended with nobody checked in become no-shows."""
    now = now or utcnow()
    missed = list(session.scalars(select(Meeting).where(
        Meeting.deleted.is_(False), Meeting.status == "scheduled",
        Meeting.checked_in_at.is_(None), Meeting.ends_at <= now)))
    for meeting in missed:
        meeting.status = "no_show"
        meeting.outcome = meeting.outcome or "no_show"
    session.flush()
    return missed
