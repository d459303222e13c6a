"""Finding the visitor a scan means: keyboard-layout readings, badge codes (following
merges), and organisers' badges of visitors on the organiser's list.

Shared by the check-in door (core.checkin.rules) and the booth's lead capture
(core.leads.capture), so both read a scan the same way.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.checkin.keyboard_layouts import recognise_all
from booth_app.core.visitors.foreign_badge import ForeignBadge
from booth_app.storage.models import Event, Visitor

MERGE_DEPTH = 8


def scan_readings(text: str) -> list[str]:
    """What the scanner may have meant, whatever keyboard layout typed it
    (core.checkin.keyboard_layouts): usually one reading; a few where a layout is ambiguous
    (the MAC decides)."""
    return recognise_all(text) or [text.strip().upper()]


def follow_merges(session: Session, visitor: Visitor | None) -> Visitor | None:
    for _ in range(MERGE_DEPTH):
        if visitor is None or not visitor.deleted or visitor.merged_into_id is None:
            break
        visitor = session.get(Visitor, visitor.merged_into_id)
    return None if visitor is None or visitor.deleted else visitor


def visitor_by_code(session: Session, code: str) -> Visitor | None:
    found = session.scalars(select(Visitor).where(Visitor.code == code)).first()
    return follow_merges(session, found)


def listed_visitor(session: Session, event: Event, foreign: ForeignBadge) -> Visitor | None:
    """The registered visitor an organiser's badge belongs to: by the organiser's
    registration id, else by e-mail when exactly one live visitor has it.

    The e-mail is looked up alone and the event and tombstones checked here: with
    them in the query SQLite walks the event's index, which holds every visitor
    (12 ms at 20,000 visitors, growing with the list).
    """
    if foreign.registration_id:
        found = session.scalars(select(Visitor).where(
            Visitor.event_id == event.id, Visitor.deleted.is_(False),
            Visitor.external_id == foreign.registration_id).limit(2)).all()
        if len(found) == 1:
            return found[0]
    if foreign.email:
        found = [visitor for visitor in session.scalars(
            select(Visitor).where(Visitor.email == foreign.email.lower()).limit(50))
            if visitor.event_id == event.id and not visitor.deleted]
        if len(found) == 1:
            return found[0]
    return None
