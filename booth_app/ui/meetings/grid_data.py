"""What the meetings grid shows for one day, read through the core (no Qt here).

Rows are tables (each manufacturer's, in natural order, plus any table a meeting was
moved to), columns are the day's slots; a cell holds the live meetings at that table
in that slot (two only after a sync left a double booking). Booth staff get their own
manufacturer's table and meetings only: the scope is applied when reading, so another
booth's buyers never reach the widgets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.badges.codes import format_code
from booth_app.core.exhibitors.manufacturers import list_exhibitors
from booth_app.core.meetings.meetings import (
    clash,
    describe_clash,
    get_meeting,
    list_meetings,
)
from booth_app.core.meetings.requests import table_of
from booth_app.core.meetings.sessions import Slot, all_slots
from booth_app.core.meetings.table_checkin import ON_TIME
from booth_app.core.meetings.times import hhmm
from booth_app.core.text import fold
from booth_app.storage.models import Event, Exhibitor, Meeting, Visitor
from booth_app.ui.language import ltr

# What a card says about a meeting (the stored status read against the clock).
STATES = ("scheduled", "late", "no_check_in", "checked_in", "held", "no_show")


@dataclass(slots=True)  # not frozen: a forum day makes ~1,700 of these per reading
class CellMeeting:
    """One live meeting as the grid, the Now view and the selection bar show it."""

    id: str
    buyer_id: str
    buyer_name: str
    organization: str
    buyer_code: str
    exhibitor_id: str
    exhibitor_code: str
    exhibitor_name: str
    table: str
    start: datetime  # UTC
    end: datetime
    when: str  # "10:00–10:30" in the event's zone
    status: str  # as stored: scheduled, held, no_show
    locked: bool
    checked_in_at: datetime | None
    outcome: str

    def state(self, now: datetime) -> str:
        """scheduled, late (in its slot, no check-in 5 min after the start), no_check_in
        (ended, not yet marked), checked_in (held, slot running), held, no_show."""
        if self.status == "no_show":
            return "no_show"
        if self.status == "held":
            return "held" if self.outcome or now >= self.end else "checked_in"
        if now >= self.end:
            return "no_check_in"
        if now > self.start + ON_TIME:
            return "late"
        return "scheduled"

    def matches(self, text: str) -> bool:
        """The buyer filter: every word of `text` starts a word of the name or organisation."""
        words = fold(text).split()
        haystack = fold(f"{self.buyer_name} {self.organization} {self.buyer_code}").split()
        return all(any(h.startswith(w) for h in haystack) for w in words)


@dataclass(frozen=True)
class TableRow:
    name: str
    exhibitors: tuple[str, ...]  # codes of the manufacturers meeting there

    @property
    def label(self) -> str:
        return f"{self.name}\n{' · '.join(self.exhibitors)}" if self.exhibitors else self.name


@dataclass
class DayGrid:
    day: date | None
    slots: list[Slot] = field(default_factory=list)
    slot_labels: list[str] = field(default_factory=list)
    tables: list[TableRow] = field(default_factory=list)
    cells: dict[tuple[int, int], list[CellMeeting]] = field(default_factory=dict)
    off_grid: int = 0  # meetings that start between slots (a session was changed)

    def meetings(self) -> list[CellMeeting]:
        return [m for cell in self.cells.values() for m in cell]

    def shape(self) -> tuple[Any, ...]:
        return (self.day, tuple(s.start for s in self.slots), tuple(self.tables))


@dataclass(frozen=True)
class Conflict:
    """Why a meeting cannot go to a cell: who is busy then (buyer, manufacturer, table)."""

    kind: str
    message: str


def natural(text: str) -> tuple[Any, ...]:
    """"B2" before "B10"."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p.casefold())
                 for p in re.split(r"(\d+)", text) if p)


def meeting_days(session: Session, event: Event) -> list[date]:
    return sorted({slot.day for slot in all_slots(session, event)})


def cell_meetings(session: Session, event: Event, rows: list[Meeting]) -> list[CellMeeting]:
    """Meetings with their buyer and manufacturer, read in two queries (not two per row)
    and only the columns shown (a full day at a forum is ~1,700 meetings)."""
    buyer_ids = {m.visitor_id for m in rows}
    buyers = {row.id: row for row in session.execute(select(
        Visitor.id, Visitor.name, Visitor.organization, Visitor.code).where(
        Visitor.id.in_(buyer_ids)))} if buyer_ids else {}
    exhibitors = {row.id: row for row in session.execute(select(
        Exhibitor.id, Exhibitor.code, Exhibitor.name))}
    times: dict[tuple[datetime, datetime], str] = {}
    out: list[CellMeeting] = []
    for m in rows:
        buyer, exhibitor = buyers.get(m.visitor_id), exhibitors.get(m.exhibitor_id)
        when = times.get((m.starts_at, m.ends_at))
        if when is None:
            when = times[m.starts_at, m.ends_at] = \
                ltr(f"{hhmm(event, m.starts_at)}–{hhmm(event, m.ends_at)}")
        out.append(CellMeeting(
            id=m.id, buyer_id=m.visitor_id, buyer_name=buyer.name if buyer else "?",
            organization=(buyer.organization or "") if buyer else "",
            buyer_code=format_code(buyer.code) if buyer and buyer.code else "",
            exhibitor_id=m.exhibitor_id, exhibitor_code=exhibitor.code if exhibitor else "?",
            exhibitor_name=exhibitor.name if exhibitor else "", table=m.table_name,
            start=m.starts_at, end=m.ends_at, when=when, status=m.status,
            locked=m.locked, checked_in_at=m.checked_in_at, outcome=m.outcome or ""))
    return out


def day_meetings(session: Session, event: Event, day: date,
                 exhibitor_id: str | None = None) -> list[CellMeeting]:
    """The day's live meetings, of one manufacturer when `exhibitor_id` is given."""
    exhibitor = session.get(Exhibitor, exhibitor_id) if exhibitor_id else None
    if exhibitor_id and exhibitor is None:
        return []
    rows = list_meetings(session, exhibitor=exhibitor, day=day.isoformat(), event=event,
                         include_cancelled=False)
    return cell_meetings(session, event, rows)


def load_day(session: Session, event: Event, day: date | None,
             exhibitor_id: str | None = None) -> DayGrid:
    """The grid of one day; with `exhibitor_id` only that manufacturer's table(s)."""
    slots = [s for s in all_slots(session, event) if s.day == day]
    grid = DayGrid(day, slots, [ltr(f"{hhmm(event, s.start)}–{hhmm(event, s.end)}") for s in slots])
    if day is None:
        return grid
    meetings = day_meetings(session, event, day, exhibitor_id)
    by_table: dict[str, list[str]] = {}
    for exhibitor in list_exhibitors(session):
        if exhibitor_id is None or exhibitor.id == exhibitor_id:
            by_table.setdefault(table_of(exhibitor), []).append(exhibitor.code)
    for m in meetings:
        by_table.setdefault(m.table, [])
    grid.tables = [TableRow(name, tuple(codes)) for name, codes in
                   sorted(by_table.items(), key=lambda item: natural(item[0]))]
    row_of = {row.name: r for r, row in enumerate(grid.tables)}
    column_of = {s.start: c for c, s in enumerate(slots)}
    for m in meetings:
        column = column_of.get(m.start)
        if column is None:  # not at a slot's start: the slot it falls in, if any
            column = next((c for c, s in enumerate(slots) if s.start <= m.start < s.end),
                          None)
        if column is None:
            grid.off_grid += 1
            continue
        grid.cells.setdefault((row_of[m.table], column), []).append(m)
    return grid


def conflict_at(session: Session, event: Event, meeting_id: str, table: str,
                slot: Slot) -> Conflict | None:
    """Who would be double-booked if the meeting went to this table and slot (None: free).
    The same check the core's move makes before it changes anything."""
    meeting = get_meeting(session, meeting_id)
    other = clash(session, buyer_id=meeting.visitor_id, exhibitor_id=meeting.exhibitor_id,
                  table=table, start=slot.start, end=slot.end, ignore=meeting.id)
    if other is None:
        return None
    if other.visitor_id == meeting.visitor_id:
        kind = "buyer"
    elif other.exhibitor_id == meeting.exhibitor_id:
        kind = "manufacturer"
    else:
        kind = "table"
    return Conflict(kind, describe_clash(session, event, other, buyer_id=meeting.visitor_id,
                                         exhibitor_id=meeting.exhibitor_id))
