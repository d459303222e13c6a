"""When a buyer or a manufacturer cannot meet (arrives on day 2, leaves early on day 1)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.errors import InputError
from booth_app.core.meetings.sessions import Slot
from booth_app.storage.models import Event, Exhibitor, MeetingUnavailability, Visitor


def add_unavailable(session: Session, event: Event, *, starts: datetime, ends: datetime,
                    buyer: Visitor | None = None,
                    exhibitor: Exhibitor | None = None) -> MeetingUnavailability:
    if (buyer is None) == (exhibitor is None):
        raise InputError("Name either a buyer or a manufacturer.")
    if ends <= starts:
        raise InputError("--to must come after --from.")
    row = MeetingUnavailability(event_id=event.id, starts_at=starts, ends_at=ends,
                                visitor_id=buyer.id if buyer else None,
                                exhibitor_id=exhibitor.id if exhibitor else None)
    session.add(row)
    session.flush()
    return row


def blocked_slots(session: Session, slots: list[Slot]) -> tuple[dict[str, set[int]],
                                                                 dict[str, set[int]]]:
    """Slot indices each buyer (by visitor id) and each manufacturer cannot meet in."""
    buyers: dict[str, set[int]] = defaultdict(set)
    exhibitors: dict[str, set[int]] = defaultdict(set)
    for row in session.scalars(select(MeetingUnavailability).where(
            MeetingUnavailability.deleted.is_(False))):
        hit = {s.index for s in slots if s.start < row.ends_at and row.starts_at < s.end}
        if row.visitor_id:
            buyers[row.visitor_id] |= hit
        if row.exhibitor_id:
            exhibitors[row.exhibitor_id] |= hit
    return buyers, exhibitors
