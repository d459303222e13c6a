"""Erasing a person on request (UU PDP 27/2022, UAE PDPL), here and, by sync, everywhere.

What goes (core.visitors.personal_fields): the visitor's name, given and family names,
organisation, job title, e-mail, phone, the organiser's registration id, notes and the
folded copies kept for search and sorting; the notes, follow-up and answers of every
lead about them and every interaction's note; the notes of their meeting requests and
meetings. Duplicates merged into them earlier (the same person registered twice) go
with them.

What stays, naming nobody: the visitor row itself (its random badge code, country,
category, consent flags), marked `erased_at` and removed from every list and search;
the check-ins; the leads with rating, stage, value and products; the meetings. So the
pavilion's counts still add up.

Their badges stop working: a scan says "revoked" with the reason
(core.checkin.rules). Sync makes the erasure final on every laptop and the hub
(core.sync.merge, rule 7). On a SQLite file `scrub_sqlite` then clears the freed text
from the file and its WAL (storage.scrub). Each erasure is in the audit log with the
counts and the reason, never with what was erased.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from booth_app.core import audit
from booth_app.core.events import require_event
from booth_app.core.text import clean
from booth_app.core.visitors.lookup import find_visitor
from booth_app.core.visitors.personal_fields import PERSONAL
from booth_app.storage.database import Database
from booth_app.storage.ids import utcnow
from booth_app.storage.models import (
    Answer,
    Checkin,
    Lead,
    LeadInteraction,
    Meeting,
    MeetingRequest,
    Visitor,
)
from booth_app.storage.scrub import scrub_sqlite

MAX_REASON = 300
ERASED_MESSAGE = ("This person's data was erased at their request: the badge no longer "
                  "admits anyone. Register them again if they wish.")


@dataclass(frozen=True)
class Erased:
    """One erasure: the visitor kept (anonymous) and what of theirs still counts."""

    visitor_id: str
    leads: int
    checkins: int
    meetings: int
    duplicates: int = 0  # rows of the same person merged into them earlier

    def as_dict(self) -> dict[str, Any]:
        return {"visitor": self.visitor_id, "leads": self.leads, "checkins": self.checkins,
                "meetings": self.meetings}


def person_rows(session: Session, visitors: list[Visitor]) -> list[Visitor]:
    """The visitors and every duplicate merged into them, however indirectly."""
    rows = list(visitors)
    seen = {v.id for v in rows}
    frontier = sorted(seen)
    while frontier:
        found = [v for chunk in _chunks(frontier) for v in session.scalars(
            select(Visitor).where(Visitor.merged_into_id.in_(chunk))) if v.id not in seen]
        seen.update(v.id for v in found)
        rows.extend(found)
        frontier = [v.id for v in found]
    return rows


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    return [items[start:start + size] for start in range(0, len(items), size)]


def _all(session: Session, model: Any, column: Any, ids: list[str], *where: Any) -> list[Any]:
    return [row for chunk in _chunks(ids) for row in session.scalars(
        select(model).where(column.in_(chunk), *where))]


def _set(row: Any, table: str) -> None:
    """Blank `row`'s personal fields, touching only those that hold something (an
    unchanged attribute is no new version to sync)."""
    for column, blank in PERSONAL[table].items():
        if getattr(row, column) != blank:
            setattr(row, column, dict(blank) if isinstance(blank, dict) else blank)


def scrub_reason(reason: str, people: list[Visitor]) -> str:
    """The reason as kept in the audit log, without the person's name, e-mail or phone
    (a reason typed as "request from Siti, siti@rs.id" must not keep what it erases)."""
    text = clean(reason, MAX_REASON)
    words = set()
    for person in people:
        for column in ("name", "given_name", "family_name", "email", "phone", "external_id",
                       "organization"):
            value = (getattr(person, column) or "").strip()
            if len(value) >= 2:
                words.add(value)
            if column == "name":
                words.update(part for part in value.split() if len(part) >= 3)
    for word in sorted(words, key=len, reverse=True):
        text = re.sub(re.escape(word), "[erased]", text, flags=re.IGNORECASE)
    return text


def _erase_rows(session: Session, people: list[Visitor], now: datetime) -> tuple[list[Lead],
                                                                                 list[Meeting]]:
    """Blank these visitor rows and everything about them; their leads and meetings."""
    ids = [person.id for person in people]
    for person in people:
        _set(person, "visitor")
        if person.erased_at is None:
            person.erased_at = now
        person.deleted = True
    leads = _all(session, Lead, Lead.visitor_id, ids)
    for lead in leads:
        _set(lead, "lead")
    lead_ids = [lead.id for lead in leads]
    for note in _all(session, LeadInteraction, LeadInteraction.lead_id, lead_ids,
                     LeadInteraction.note != ""):
        _set(note, "lead_interaction")
    for answer in _all(session, Answer, Answer.lead_id, lead_ids):
        _set(answer, "answer")
    for request in _all(session, MeetingRequest, MeetingRequest.visitor_id, ids,
                        MeetingRequest.note != ""):
        _set(request, "meeting_request")
    meetings = _all(session, Meeting, Meeting.visitor_id, ids)
    for meeting in meetings:
        _set(meeting, "meeting")
    return leads, meetings


def erase_visitor(session: Session, visitor: Visitor, *, reason: str = "",
                  staff_id: str | None = None, now: datetime | None = None) -> Erased:
    """Erase one person (the caller's session commits; then call `scrub_sqlite`).

    Erasing someone already erased is harmless: whatever arrived since is blanked and
    the same counts come back.
    """
    now = now or utcnow()
    people = person_rows(session, [visitor])
    kept_reason = scrub_reason(reason, people)
    leads, meetings = _erase_rows(session, people, now)
    checkins = session.scalar(select(func.count()).select_from(Checkin).where(
        Checkin.visitor_id.in_([person.id for person in people]),
        Checkin.deleted.is_(False))) or 0
    result = Erased(visitor.id, leads=sum(1 for lead in leads if not lead.deleted),
                    checkins=checkins,
                    meetings=sum(1 for meeting in meetings if not meeting.deleted),
                    duplicates=len(people) - 1)
    detail: dict[str, Any] = {"leads": result.leads, "checkins": result.checkins,
                              "meetings": result.meetings}
    if result.duplicates:
        detail["duplicates"] = result.duplicates
    if kept_reason:
        detail["reason"] = kept_reason
    audit.record(session, audit.ERASE, entity="visitor", entity_id=visitor.id,
                 detail=detail, staff_id=staff_id, now=now)
    session.flush()
    return result


def erase_many(session: Session, visitors: list[Visitor], *,
               now: datetime | None = None) -> int:
    """Erase these people at once, unaudited (the purge logs itself); how many."""
    now = now or utcnow()
    for chunk in range(0, len(visitors), 500):
        _erase_rows(session, person_rows(session, visitors[chunk:chunk + 500]), now)
        session.flush()
    return len(visitors)


def is_erased(visitor: Visitor | None) -> bool:
    return visitor is not None and visitor.erased_at is not None


def erase_person(db: Database, ref: str, *, reason: str = "",
                 staff_id: str | None = None) -> Erased:
    """Find the person (visitor id, short code or e-mail), erase them, commit and clear
    the freed text out of a SQLite file."""
    with db.session() as session:
        visitor = find_visitor(session, require_event(session), ref, removed=True)
        result = erase_visitor(session, visitor, reason=reason, staff_id=staff_id)
    scrub_sqlite(db.engine)
    return result
