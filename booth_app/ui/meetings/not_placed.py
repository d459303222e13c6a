"""The requests without a live meeting, each with its reason (no Qt here).

The last Schedule run's reasons are kept (by request id, in this laptop's Meta, whether
the run was the window's or `booth meetings schedule`); a request it did
not see, or one whose meeting was cancelled since, gets a reason read from the
database: vetoed (by whom), its meeting cancelled by hand (held back until it is
requested again), or not scheduled yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.meetings.requests import effective_priority
from booth_app.core.meetings.scheduling import last_reasons
from booth_app.core.text import fold
from booth_app.storage.models import Exhibitor, Meeting, MeetingRequest, Visitor

# Reasons of our own, beside the solver's (core.meetings: REASON_*).
VETOED = "vetoed"
CANCELLED = "cancelled"
NOT_YET = "not scheduled yet"


@dataclass(frozen=True)
class OpenRequest:
    request_id: str
    buyer_id: str
    buyer_name: str
    organization: str
    exhibitor_id: str
    exhibitor_code: str
    priority: str  # must, want, no (vetoed)
    reason: str
    vetoed_by: tuple[str, ...] = ()

    def matches(self, text: str) -> bool:
        words = fold(text).split()
        haystack = fold(f"{self.buyer_name} {self.organization}").split()
        return all(any(h.startswith(w) for h in haystack) for w in words)


def open_requests(session: Session, *, exhibitor_id: str | None = None,
                  reasons: dict[str, str] | None = None) -> list[OpenRequest]:
    """Requests with no live meeting (of one manufacturer when given): musts first.
    Read as columns, not rows: before the first Schedule every request is here."""
    reasons = {**last_reasons(session), **(reasons or {})}
    live = select(Meeting.request_id).where(
        Meeting.deleted.is_(False), Meeting.status != "cancelled",
        Meeting.request_id.is_not(None))
    stmt = select(MeetingRequest.id, MeetingRequest.visitor_id, MeetingRequest.exhibitor_id,
                  MeetingRequest.priority, MeetingRequest.vetoed_by).where(
        MeetingRequest.deleted.is_(False), MeetingRequest.id.not_in(live))
    if exhibitor_id is not None:
        stmt = stmt.where(MeetingRequest.exhibitor_id == exhibitor_id)
    rows = list(session.execute(stmt))
    held_back = set(session.scalars(select(Meeting.request_id).where(
        Meeting.deleted.is_(False), Meeting.status == "cancelled",
        Meeting.cancelled_by != "", Meeting.request_id.in_([r.id for r in rows]))))
    buyers = {v.id: v for v in session.execute(select(
        Visitor.id, Visitor.name, Visitor.organization, Visitor.deleted).where(
        Visitor.id.in_({r.visitor_id for r in rows})))} if rows else {}
    exhibitors = {row.id: row.code for row in session.execute(select(
        Exhibitor.id, Exhibitor.code).where(Exhibitor.deleted.is_(False)))}
    out: list[OpenRequest] = []
    for row in rows:
        code, buyer = exhibitors.get(row.exhibitor_id), buyers.get(row.visitor_id)
        if code is None or buyer is None or buyer.deleted:
            continue
        priority = effective_priority(row)  # type: ignore[arg-type]
        vetoes = tuple(side for side in row.vetoed_by.split(",") if side)
        if priority == "no":
            reason = VETOED
        elif row.id in reasons:
            reason = reasons[row.id]
        elif row.id in held_back:
            reason = CANCELLED
        else:
            reason = NOT_YET
        out.append(OpenRequest(row.id, buyer.id, buyer.name, buyer.organization or "",
                               row.exhibitor_id, code, priority, reason, vetoes))
    rank = {"must": 0, "want": 1, "no": 2}
    out.sort(key=lambda r: (rank.get(r.priority, 3), fold(r.buyer_name), r.exhibitor_code))
    return out
