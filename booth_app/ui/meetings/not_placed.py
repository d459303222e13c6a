"""The requests without a live meeting, each with its reason (no Qt here).

After a Schedule run the solver's reasons are kept (by request id); a request it did
not see, or one whose meeting was cancelled since, gets a reason read from the
database: vetoed (by whom), its meeting cancelled, or not scheduled yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.meetings.requests import effective_priority, list_requests
from booth_app.core.text import fold
from booth_app.storage.models import Exhibitor, Meeting, Visitor

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
    """Requests with no live meeting (of one manufacturer when given): musts first."""
    reasons = reasons or {}
    placed = set(session.scalars(select(Meeting.request_id).where(
        Meeting.deleted.is_(False), Meeting.status != "cancelled",
        Meeting.request_id.is_not(None))))
    cancelled = set(session.scalars(select(Meeting.request_id).where(
        Meeting.deleted.is_(False), Meeting.status == "cancelled",
        Meeting.request_id.is_not(None))))
    rows = [r for r in list_requests(session) if r.id not in placed
            and (exhibitor_id is None or r.exhibitor_id == exhibitor_id)]
    buyers = {v.id: v for v in session.scalars(select(Visitor).where(
        Visitor.id.in_({r.visitor_id for r in rows})))} if rows else {}
    exhibitors = {e.id: e for e in session.scalars(select(Exhibitor).where(
        Exhibitor.deleted.is_(False)))}
    out: list[OpenRequest] = []
    for row in rows:
        exhibitor, buyer = exhibitors.get(row.exhibitor_id), buyers.get(row.visitor_id)
        if exhibitor is None or buyer is None or buyer.deleted:
            continue
        priority = effective_priority(row)
        vetoes = tuple(side for side in row.vetoed_by.split(",") if side)
        if priority == "no":
            reason = VETOED
        elif row.id in reasons:
            reason = reasons[row.id]
        elif row.id in cancelled:
            reason = CANCELLED
        else:
            reason = NOT_YET
        out.append(OpenRequest(row.id, buyer.id, buyer.name, buyer.organization or "",
                               exhibitor.id, exhibitor.code, priority, reason, vetoes))
    rank = {"must": 0, "want": 1, "no": 2}
    out.sort(key=lambda r: (rank.get(r.priority, 3), fold(r.buyer_name), r.exhibitor_code))
    return out
