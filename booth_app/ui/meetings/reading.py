"""Everything the Meetings page shows, read in one go (no Qt here), so that the page can
read on a worker thread every few seconds and show the result on the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from booth_app.core.events import current_event
from booth_app.core.exhibitors.manufacturers import list_exhibitors
from booth_app.core.meetings.requests import table_of
from booth_app.core.meetings.times import local
from booth_app.storage.database import Database
from booth_app.ui.meetings.floor_now import FloorNow, floor_now
from booth_app.ui.meetings.grid_data import DayGrid, load_day, meeting_days
from booth_app.ui.meetings.not_placed import OpenRequest, open_requests


@dataclass(frozen=True)
class Wanted:
    """What to read: the day asked for, whose meetings, and the clock."""

    day: date | None
    scope: str | None  # a booth member's manufacturer (None: every one)
    exhibitor: str | None  # the one shown (the scope, or the desk's filter)
    reasons: tuple[tuple[str, str], ...]
    now: datetime
    floor: bool  # the floor screen is on: read it too


@dataclass
class Snapshot:
    wanted: Wanted
    has_event: bool = True
    days: list[date] = field(default_factory=list)
    day: date | None = None
    choices: list[tuple[str, str]] = field(default_factory=list)  # id, "CODE — name"
    tables: list[tuple[str, str]] = field(default_factory=list)  # id, "T3 · CODE"
    grid: DayGrid = field(default_factory=lambda: DayGrid(None))
    requests: list[OpenRequest] = field(default_factory=list)
    floor: FloorNow | None = None


def read_page(db: Database, wanted: Wanted) -> Snapshot:
    out = Snapshot(wanted)
    with db.reader() as session:
        event = current_event(session)
        if event is None:
            out.has_event = False
            return out
        out.days = meeting_days(session, event)
        today = local(event, wanted.now).date()
        if wanted.day in out.days:
            out.day = wanted.day
        else:  # today's, else the next day with slots, else the first
            later = [d for d in out.days if d >= today]
            out.day = later[0] if later else (out.days[0] if out.days else None)
        exhibitors = list_exhibitors(session)
        out.choices = [(e.id, f"{e.code} — {e.name}") for e in exhibitors]
        out.tables = [(e.id, f"{table_of(e)} · {e.code}") for e in exhibitors]
        out.grid = load_day(session, event, out.day, wanted.exhibitor)
        out.requests = open_requests(session, exhibitor_id=wanted.exhibitor,
                                     reasons=dict(wanted.reasons))
        if wanted.floor:
            out.floor = floor_now(session, event, wanted.now, wanted.scope)
    return out
