"""What the floor screen shows at a moment (no Qt here): the slot running now, who is
late in it at which table (no check-in 5 minutes after the start), and the next slot."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from booth_app.core.meetings.sessions import Slot, all_slots
from booth_app.core.meetings.times import hhmm, local
from booth_app.storage.models import Event
from booth_app.ui.language import date_short, ltr
from booth_app.ui.meetings.grid_data import CellMeeting, day_meetings, natural


@dataclass
class FloorNow:
    now: datetime
    current: Slot | None = None
    current_label: str = ""
    upcoming: Slot | None = None
    upcoming_label: str = ""
    meetings: list[CellMeeting] = field(default_factory=list)  # in the current slot
    late: list[tuple[CellMeeting, int]] = field(default_factory=list)  # and minutes late
    next_meetings: list[CellMeeting] = field(default_factory=list)

    @property
    def checked_in(self) -> int:
        return sum(1 for m in self.meetings if m.state(self.now) in ("checked_in", "held"))


def _label(event: Event, slot: Slot) -> str:
    return ltr(f"{hhmm(event, slot.start)}–{hhmm(event, slot.end)}")  # 10:00–10:30 in Arabic too


def _in_slot(session: Session, event: Event, slot: Slot,
             exhibitor_id: str | None) -> list[CellMeeting]:
    rows = [m for m in day_meetings(session, event, slot.day, exhibitor_id)
            if m.start < slot.end and slot.start < m.end]
    return sorted(rows, key=lambda m: natural(m.table))


def floor_now(session: Session, event: Event, now: datetime,
              exhibitor_id: str | None = None) -> FloorNow:
    slots = all_slots(session, event)
    out = FloorNow(now)
    out.current = next((s for s in slots if s.start <= now < s.end), None)
    out.upcoming = next((s for s in slots if s.start > now), None)
    if out.current is not None:
        out.current_label = _label(event, out.current)
        out.meetings = _in_slot(session, event, out.current, exhibitor_id)
        out.late = [(m, int((now - m.start).total_seconds() // 60)) for m in out.meetings
                    if m.state(now) == "late"]
    if out.upcoming is not None:
        day = out.upcoming.day
        out.upcoming_label = ("" if day == local(event, now).date() else f"{date_short(day)} ") \
            + _label(event, out.upcoming)
        out.next_meetings = _in_slot(session, event, out.upcoming, exhibitor_id)
    return out
