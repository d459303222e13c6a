"""Finding the visitor a scan means: keyboard-layout readings, badge codes (following
merges), and organisers' badges of visitors on the organiser's list.

Shared by the check-in door (core.checkin.rules) and the booth's lead capture
(core.leads.capture), so both read a scan the same way.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.badges.codes import normalise_code
from booth_app.core.checkin.keyboard_layouts import recognise_all
from booth_app.core.errors import InputError, NotFound
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


def merge_root(session: Session, visitor: Visitor | None) -> Visitor | None:
    """The person a visitor row stands for, removed or not: a duplicate merged away
    leads to the visitor it was merged into."""
    for _ in range(MERGE_DEPTH):
        if visitor is None or visitor.merged_into_id is None:
            break
        visitor = session.get(Visitor, visitor.merged_into_id)
    return visitor


def erased_code(session: Session, code: str) -> bool:
    """Does this badge code belong to a person erased on request (core.visitors.erasure)?"""
    row = session.scalars(select(Visitor).where(Visitor.code == code)).first()
    root = merge_root(session, row)
    return root is not None and root.erased_at is not None


def find_visitor(session: Session, event: Event, ref: str, *, removed: bool = False,
                 role: str = "visitor") -> Visitor:
    """A visitor by id, short code (as printed, with or without the dash) or e-mail; a
    duplicate merged away leads to the one kept. With `removed`, a deleted or erased
    visitor is found too (by id or code: erasure and subject access act on whatever
    is held). `role` names the person in messages ("buyer")."""
    ref = (ref or "").strip()
    if not ref:
        raise InputError("Name the {role}: a visitor id, short code or e-mail.", role=role)
    follow = merge_root if removed else follow_merges
    found = follow(session, session.get(Visitor, ref))
    if found is None:
        code = normalise_code(ref)
        if code is not None:
            found = follow(session, session.scalars(
                select(Visitor).where(Visitor.code == code)).first())
    if found is None and "@" in ref:
        matches = [v for v in session.scalars(select(Visitor).where(
            Visitor.email == ref.lower()).limit(5)) if not v.deleted and v.event_id == event.id]
        if len(matches) > 1:
            raise InputError("{count} visitors have the e-mail {ref}: use a code.",
                             count=len(matches), ref=ref)
        found = matches[0] if matches else None
    if found is None or found.event_id != event.id:
        raise NotFound("No visitor {ref!r}: give a visitor id, short code or e-mail.", ref=ref)
    return found


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
