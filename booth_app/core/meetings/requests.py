"""Meeting requests: a buyer and a manufacturer, `must`, `want` or `no` (a veto).

One request per pair: the same pair again updates it. A `no` from one side is final
for that side: a later `want` from the other side does not lift it; only the side that
said no (or, for its own veto, the organiser) can change its mind.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.badges.codes import format_code
from booth_app.core.errors import InputError
from booth_app.core.text import clean
from booth_app.core.visitors.lookup import find_visitor
from booth_app.storage.models import Event, Exhibitor, Meeting, MeetingRequest, Visitor

PRIORITIES = ("must", "want", "no")
SIDES = ("buyer", "exhibitor", "organiser")
_PRIORITY_WORDS = {
    "must": "must", "wajib": "must", "harus": "must", "1": "must", "high": "must",
    "want": "want", "ingin": "want", "mau": "want", "2": "want", "yes": "want", "ya": "want",
    "nice": "want", "maybe": "want", "no": "no", "tidak": "no", "veto": "no", "0": "no",
    "never": "no", "none": "no",
}
_SIDE_WORDS = {
    "buyer": "buyer", "pembeli": "buyer", "visitor": "buyer", "hospital": "buyer",
    "exhibitor": "exhibitor", "manufacturer": "exhibitor", "seller": "exhibitor",
    "produsen": "exhibitor", "peserta pameran": "exhibitor", "pameran": "exhibitor",
    "organiser": "organiser", "organizer": "organiser", "penyelenggara": "organiser",
    "panitia": "organiser",
}


def parse_priority(text: str) -> str:
    word = _PRIORITY_WORDS.get((text or "want").strip().lower())
    if word is None:
        raise InputError("Priority must be must, want or no, not {text!r}.", text=text)
    return word


def parse_side(text: str) -> str:
    side = _SIDE_WORDS.get((text or "organiser").strip().lower())
    if side is None:
        raise InputError("A request is made by the buyer, the exhibitor or the organiser, "
                         "not {text!r}.", text=text)
    return side


def find_buyer(session: Session, event: Event, ref: str) -> Visitor:
    """A visitor by id, short code (as printed, with or without the dash) or e-mail."""
    return find_visitor(session, event, ref, role="buyer")


def table_of(exhibitor: Exhibitor) -> str:
    """Where a manufacturer meets: its meeting table, else its booth, else its code."""
    return exhibitor.meeting_table or exhibitor.booth or exhibitor.code


def set_table(session: Session, exhibitor: Exhibitor, table: str) -> Exhibitor:
    name = clean(table, 32)
    if not name:
        raise InputError("Give the table a name, such as T12 or its booth number.")
    exhibitor.meeting_table = name
    session.flush()
    return exhibitor


def _vetoes(request: MeetingRequest) -> set[str]:
    return {side for side in request.vetoed_by.split(",") if side}


def effective_priority(request: MeetingRequest) -> str:
    return "no" if request.vetoed_by else request.priority


def set_request(session: Session, event: Event, buyer: Visitor, exhibitor: Exhibitor, *,
                priority: str = "want", by: str = "organiser",
                note: str = "") -> tuple[MeetingRequest, bool]:
    """Create the pair's request or update it; returns (request, created)."""
    priority, by = parse_priority(priority), parse_side(by)
    request = session.scalars(select(MeetingRequest).where(
        MeetingRequest.visitor_id == buyer.id,
        MeetingRequest.exhibitor_id == exhibitor.id)).first()
    created = request is None or request.deleted
    if request is None:
        request = MeetingRequest(event_id=event.id, visitor_id=buyer.id,
                                 exhibitor_id=exhibitor.id, vetoed_by="")
        session.add(request)
    request.deleted = False
    vetoes = set() if created else _vetoes(request)
    if priority == "no":
        vetoes.add(by)
    else:
        vetoes.discard(by)
        request.priority = priority
    if created and priority == "no":
        request.priority = "want"  # what it would be if the veto were lifted
    request.vetoed_by = ",".join(side for side in SIDES if side in vetoes)
    request.requested_by = by if created or priority != "no" else request.requested_by
    if note:
        request.note = clean(note, 2000)
    if not created and priority != "no":
        # Asked for again: a meeting cancelled by hand no longer holds the request back.
        for meeting in session.scalars(select(Meeting).where(
                Meeting.request_id == request.id, Meeting.cancelled_by != "")):
            meeting.cancelled_by = ""
    session.flush()
    return request, created


def request_status(session: Session, request: MeetingRequest) -> str:
    if request.vetoed_by:
        return "vetoed"
    placed = session.scalars(select(Meeting.id).where(
        Meeting.request_id == request.id, Meeting.deleted.is_(False),
        Meeting.status != "cancelled").limit(1)).first()
    return "scheduled" if placed else "open"


def buyer_to_dict(visitor: Visitor) -> dict[str, Any]:
    return {"id": visitor.id, "code": format_code(visitor.code), "name": visitor.name,
            "organization": visitor.organization, "email": visitor.email,
            "category": visitor.category}


def request_to_dict(session: Session, request: MeetingRequest) -> dict[str, Any]:
    buyer = session.get(Visitor, request.visitor_id)
    exhibitor = session.get(Exhibitor, request.exhibitor_id)
    return {
        "id": request.id,
        "buyer": buyer_to_dict(buyer) if buyer is not None else None,
        "exhibitor": exhibitor.code if exhibitor is not None else None,
        "priority": effective_priority(request),
        "by": request.requested_by,
        "vetoed_by": [side for side in request.vetoed_by.split(",") if side],
        "status": request_status(session, request),
    }


def list_requests(session: Session) -> list[MeetingRequest]:
    return list(session.scalars(select(MeetingRequest).where(
        MeetingRequest.deleted.is_(False)).order_by(MeetingRequest.created_at)))
