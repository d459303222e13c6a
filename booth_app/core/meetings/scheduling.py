"""Scheduling: the requests in the database placed by the solver, written back as meetings.

Locked meetings, meetings already held or missed, and meetings added by hand stay
exactly where they are; unlocked meetings the scheduler made before keep their slot
unless moving them lets more requests in. A request that can no longer be placed
(vetoed since, a cap lowered) loses its unlocked meeting, which is cancelled.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.errors import BoothError, InputError
from booth_app.core.events import require_event
from booth_app.core.meetings.availability import blocked_slots
from booth_app.core.meetings.meetings import live_meetings
from booth_app.core.meetings.problem import Problem, Request
from booth_app.core.meetings.requests import effective_priority, list_requests, table_of
from booth_app.core.meetings.sessions import all_slots
from booth_app.core.meetings.solver import solve
from booth_app.core.progress import NO_PROGRESS, Progress
from booth_app.storage.models import Exhibitor, Meeting, MeetingRequest, Meta, Visitor

REASON_VETOED = "vetoed"
REASONS_KEY = "meetings:unplaced"  # Meta: the last run's reason per request left over
REASON_CANCELLED = "cancelled by hand (request it again to place it)"


@dataclass
class ScheduleResult:
    placed: int = 0  # requests with a meeting after this run
    new: int = 0
    moved: int = 0
    kept: int = 0
    cancelled: int = 0
    unplaced: list[dict[str, Any]] = field(default_factory=list)
    optimal: bool = False
    bound: int = 0  # no schedule places more requests than this
    must_bound: int = 0
    musts_placed: int = 0
    seconds: float = 0.0
    moved_ids: list[str] = field(default_factory=list)  # meetings given another slot

    def as_dict(self) -> dict[str, Any]:
        return {"placed": self.placed, "new": self.new, "moved": self.moved, "kept": self.kept,
                "cancelled": self.cancelled, "unplaced": self.unplaced,
                "optimal": self.optimal, "bound": self.bound, "must_bound": self.must_bound,
                "musts_placed": self.musts_placed, "seconds": round(self.seconds, 3)}


def _check_cap(value: int | None, what: str) -> int | None:
    if value is not None and value < 0:
        raise InputError("{what} cannot be negative.", what=what)
    return value


def schedule(session: Session, *, max_per_buyer: int | None = None,
             max_per_exhibitor: int | None = None, per_day: bool = False,
             time_limit: float = 10.0, progress: Progress = NO_PROGRESS) -> ScheduleResult:
    """Place every request it can (musts first, fairly), keeping locked meetings.
    `progress` hears of each step and may cancel between them (the caller's session
    then rolls back: nothing changed)."""
    started = time.perf_counter()
    progress.report(0, 3, "Reading requests and meetings")
    _check_cap(max_per_buyer, "--max-per-buyer")
    _check_cap(max_per_exhibitor, "--max-per-exhibitor")
    event = require_event(session)
    slots = all_slots(session, event)
    if not slots:
        raise BoothError("There are no meeting sessions yet: add one with "
                         "`booth meetings sessions add`.")
    index_of = {slot.start: slot.index for slot in slots}
    exhibitors = {e.id: e for e in session.query(Exhibitor).filter(Exhibitor.deleted.is_(False))}
    buyer_blocked, exhibitor_blocked = blocked_slots(session, slots)
    everything = frozenset(range(len(slots)))

    held_back = set(session.scalars(select(Meeting.request_id).where(
        Meeting.deleted.is_(False), Meeting.status == "cancelled",
        Meeting.cancelled_by != "", Meeting.request_id.is_not(None))))
    by_request: dict[str, Meeting] = {}
    fixed: list[tuple[str, str, int]] = []
    for meeting in live_meetings(session):
        slot = index_of.get(meeting.starts_at)
        movable = meeting.status == "scheduled" and not meeting.locked
        if meeting.request_id and meeting.request_id not in by_request and movable:
            by_request[meeting.request_id] = meeting
        elif meeting.request_id and meeting.request_id not in by_request and slot is not None:
            by_request[meeting.request_id] = meeting  # locked, held or missed: stays
        elif slot is not None:
            fixed.append((meeting.visitor_id, meeting.table_name, slot))

    result = ScheduleResult()
    requests: list[Request] = []
    rows: dict[str, MeetingRequest] = {}
    vetoed: list[MeetingRequest] = []
    cancelled: list[MeetingRequest] = []
    for row in list_requests(session):
        exhibitor = exhibitors.get(row.exhibitor_id)
        if exhibitor is None:
            continue
        if effective_priority(row) == "no":
            vetoed.append(row)
            continue
        if row.id in held_back and row.id not in by_request:
            cancelled.append(row)
            continue
        rows[row.id] = row
        meeting = by_request.get(row.id)
        current = index_of.get(meeting.starts_at) if meeting is not None else None
        locked = meeting is not None and not (meeting.status == "scheduled"
                                              and not meeting.locked)
        table = meeting.table_name if locked and meeting is not None else table_of(exhibitor)
        allowed = everything - buyer_blocked.get(row.visitor_id, set()) \
            - exhibitor_blocked.get(row.exhibitor_id, set())
        if locked and current is not None:
            allowed = allowed | {current}
        requests.append(Request(id=row.id, buyer=row.visitor_id, table=table,
                                exhibitor=row.exhibitor_id, priority=row.priority,
                                allowed=frozenset(allowed), current=current,
                                locked=locked and current is not None))
    problem = Problem(slots=len(slots), requests=requests, day_of=[
        (s.day - slots[0].day).days for s in slots], buyer_cap=max_per_buyer,
        exhibitor_cap=max_per_exhibitor, per_day=per_day, fixed=fixed)
    progress.report(1, 3, "Placing requests")
    solution = solve(problem, time_limit=time_limit)
    progress.report(2, 3, "Writing the schedule")

    for request in requests:
        meeting = by_request.get(request.id)
        slot_index = solution.placement.get(request.id)
        if slot_index is None:
            if meeting is not None and meeting.status == "scheduled" and not meeting.locked:
                meeting.status = "cancelled"
                result.cancelled += 1
            continue
        slot = slots[slot_index]
        if meeting is None:
            row = rows[request.id]
            session.add(Meeting(event_id=event.id, request_id=row.id, visitor_id=row.visitor_id,
                                exhibitor_id=row.exhibitor_id, table_name=request.table,
                                starts_at=slot.start, ends_at=slot.end, origin="scheduler"))
            result.new += 1
        elif meeting.starts_at != slot.start or meeting.table_name != request.table:
            meeting.starts_at, meeting.ends_at = slot.start, slot.end
            meeting.table_name = request.table
            result.moved += 1
            result.moved_ids.append(meeting.id)
        else:
            result.kept += 1
    for row in vetoed:
        meeting = by_request.get(row.id)
        if meeting is not None and meeting.status == "scheduled" and not meeting.locked:
            meeting.status = "cancelled"
            result.cancelled += 1
    session.flush()

    result.placed = len(solution.placement)
    result.musts_placed = sum(1 for rid in solution.placement
                              if rows[rid].priority == "must")
    result.optimal, result.bound, result.must_bound = (solution.optimal, solution.bound,
                                                       solution.must_bound)
    names = _names(session, [*rows.values(), *vetoed, *cancelled])
    for rid, reason in sorted(solution.unplaced.items()):
        result.unplaced.append(_unplaced(rows[rid], rows[rid].priority, reason, names,
                                         exhibitors))
    for row in vetoed:
        result.unplaced.append(_unplaced(row, "no", REASON_VETOED, names, exhibitors))
    for row in cancelled:
        result.unplaced.append(_unplaced(row, row.priority, REASON_CANCELLED, names,
                                         exhibitors))
    reasons = {item["request"]: item["reason"] for item in result.unplaced}
    held = session.get(Meta, REASONS_KEY)
    if held is None:
        held = Meta(key=REASONS_KEY)
        session.add(held)
    held.value = json.dumps(reasons)
    session.flush()
    progress.report(3, 3, "")
    result.seconds = time.perf_counter() - started
    return result


def last_reasons(session: Session) -> dict[str, str]:
    """Why each request was left over at the last Schedule run on this laptop."""
    held = session.get(Meta, REASONS_KEY)
    try:
        return dict(json.loads(held.value)) if held is not None and held.value else {}
    except ValueError:
        return {}


def _names(session: Session, rows: list[MeetingRequest]) -> dict[str, Visitor]:
    ids = {row.visitor_id for row in rows}
    if not ids:
        return {}
    return {v.id: v for v in session.query(Visitor).filter(Visitor.id.in_(ids))}


def _unplaced(row: MeetingRequest, priority: str, reason: str, names: dict[str, Visitor],
              exhibitors: dict[str, Exhibitor]) -> dict[str, Any]:
    buyer = names.get(row.visitor_id)
    return {"request": row.id,
            "buyer": {"id": row.visitor_id, "name": buyer.name if buyer else "",
                      "organization": buyer.organization if buyer else ""},
            "exhibitor": exhibitors[row.exhibitor_id].code, "priority": priority,
            "reason": reason}
