"""Checking a badge in at a check-in point: the rules, offline, committed before shown.

What a scan can be:
- admitted: a genuine badge, first time through this point;
- reentry: a genuine badge back again (the point allows re-entry);
- duplicate: the same badge again within the point's few seconds (one check-in, not
  two; nothing new is written), or already inside where exits are scanned, or back
  again where the point allows no re-entry;
- revoked: a genuine badge that was reprinted since (the visitor's current badge is
  named, so the desk knows which one to ask for), or the badge (or typed code) of a
  person whose data was erased at their request (core.visitors.erasure; recorded
  without naming anyone, "erased" in `extra`);
- invalid: looks like our badge but its code was altered or made up;
- unknown: not our badge (an organiser's badge, a vCard, garbage), or a genuine badge
  of a visitor this laptop does not know yet (registered on another laptop);
- exit: a genuine badge scanned on the way out, at a point that tracks exits (the
  station is in exit mode); the visitor is no longer counted inside.

Where a point tracks exits, entry and exit scans alternate: an entry scan while the
visitor is inside is "already in", an entry after an exit is a re-entry (or refused
where the point allows no re-entry), and an exit without an entry is still recorded.

A printed short code typed by hand at the desk ("BCDF-2345") checks the visitor in as
their current badge would. A visitor merged into another is followed to the one kept.

Every decision except the within-seconds bounce is appended to `checkin` (append-only;
sync unions them), so the counts and the audit see what happened at the door.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.badges.codes import format_code, normalise_code
from booth_app.core.badges.tokens import check_token, looks_like_token
from booth_app.core.errors import NotFound
from booth_app.core.events import require_event
from booth_app.core.text import clean
from booth_app.core.visitors.erasure import ERASED_MESSAGE
from booth_app.core.visitors.foreign_badge import parse_foreign
from booth_app.core.visitors.lookup import (
    erased_code,
    listed_visitor,
    scan_readings,
    visitor_by_code,
)
from booth_app.storage.ids import utcnow
from booth_app.storage.models import Badge, Checkin, CheckinPoint, Event, Visitor

ACCEPTED = ("admitted", "reentry")
PASSAGES = ("admitted", "reentry", "exit")  # what moves a visitor in or out
VALID = ("admitted", "reentry", "duplicate", "exit")
DIRECTIONS = ("in", "out")
MAX_PAYLOAD = 4096


@dataclass
class ScanResult:
    status: str
    message: str
    visitor: Visitor | None = None
    point: str = ""
    since: datetime | None = None
    current_version: int | None = None
    recorded: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        """The visitor holds a genuine, current badge (CLI exit 0)."""
        return self.status in VALID


def find_point(session: Session, event: Event, name: str | None) -> CheckinPoint:
    """The check-in point by name (case-insensitive); the first one when none is given."""
    points = list(session.scalars(
        select(CheckinPoint).where(CheckinPoint.event_id == event.id,
                                   CheckinPoint.deleted.is_(False))
        .order_by(CheckinPoint.created_at)))
    if not points:
        raise NotFound("This event has no check-in point.")
    if not name:
        return points[0]
    wanted = clean(name, 120).casefold()
    for point in points:
        if point.name.casefold() == wanted:
            return point
    names = ", ".join(p.name for p in points)
    raise NotFound("No check-in point named {name!r} (there are: {names}).", name=name, names=names)


def _current_version(session: Session, visitor: Visitor, code: str) -> int:
    """The newest badge version printed for the badge code's owner (0: never printed)."""
    owner = session.scalars(select(Visitor.id).where(Visitor.code == code)).first()
    ids = {visitor.id, owner} - {None}
    versions = session.scalars(select(Badge.version).where(
        Badge.visitor_id.in_(ids), Badge.deleted.is_(False)))
    return max(versions, default=0)


def _last_at_point(session: Session, visitor: Visitor, point: CheckinPoint) -> Checkin | None:
    return session.scalars(
        select(Checkin).where(Checkin.visitor_id == visitor.id, Checkin.point_id == point.id,
                              Checkin.deleted.is_(False),
                              Checkin.status.in_(PASSAGES))
        .order_by(Checkin.scanned_at.desc()).limit(1)).first()


def check_in(session: Session, payload: str, *, point_name: str | None = None,
             staff_id: str | None = None, now: datetime | None = None,
             direction: str = "in") -> ScanResult:
    """Decide what a scan means at a point and record it (the caller's session commits).

    ``direction`` is "out" at an exit station of a point that tracks exits; elsewhere
    it is ignored (every scan is an entry).
    """
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be 'in' or 'out', not {direction!r}")
    event = require_event(session)
    point = find_point(session, event, point_name)
    now = now or utcnow()
    raw = payload[:MAX_PAYLOAD] if isinstance(payload, str) else ""
    readings = scan_readings(raw)
    tokens = [reading for reading in readings if looks_like_token(reading)]

    leaving = direction == "out" and point.track_exit

    def record(status: str, visitor: Visitor | None, version: int | None = None) -> None:
        session.add(Checkin(visitor_id=visitor.id if visitor else None, point_id=point.id,
                            staff_id=staff_id, scanned_at=now,
                            direction="out" if leaving else "in",
                            status=status, badge_version=version))
        session.flush()

    version: int | None
    if tokens:
        verdict = next((v for v in (check_token(event, t) for t in tokens)
                        if v.kind == "valid"), None)
        if verdict is None:
            record("invalid", None)
            return ScanResult("invalid", "This badge's code was altered or made up.",
                              point=point.name, recorded=True)
        code, version = verdict.code, verdict.version
    else:
        typed = next((c for c in map(normalise_code, readings) if c), None)
        foreign = parse_foreign(raw) if typed is None else None
        known = listed_visitor(session, event, foreign) if foreign else None
        if foreign is not None and known is None:
            return ScanResult("unknown", "An organiser's badge: this visitor is not "
                              "registered here yet.", point=point.name,
                              extra={"foreign": foreign.prefill(), "kind": foreign.kind})
        if typed is None and known is None:
            return ScanResult("unknown", "Not a badge of this event.", point=point.name)
        # A short code typed at the desk, or an organiser's badge of a visitor on the
        # organiser's list (imported with its registration id or e-mail).
        code, version = (typed, None) if known is None else (known.code, None)

    visitor = visitor_by_code(session, code)
    if visitor is None and erased_code(session, code):
        record("revoked", None, version)
        return ScanResult("revoked", ERASED_MESSAGE, point=point.name, recorded=True,
                          extra={"erased": True, "code": format_code(code)})
    if visitor is None:
        message = ("A genuine badge, but this visitor is not on this laptop yet: sync, or "
                   "register them." if version is not None else "No visitor has this code.")
        if version is not None:
            record("unknown", None, version)
        return ScanResult("unknown", message, point=point.name, recorded=version is not None,
                          extra={"code": format_code(code)})
    current = _current_version(session, visitor, code)
    if version is not None and version < current:
        record("revoked", visitor, version)
        return ScanResult("revoked",
                          f"Revoked: this badge was reprinted (current badge #{current}).",
                          visitor, point.name, current_version=current, recorded=True)
    version = version if version is not None else current or None

    last = _last_at_point(session, visitor, point)
    if leaving:
        return _leave(visitor, point, last, now, version, record)
    if last is None:
        record("admitted", visitor, version)
        return ScanResult("admitted", "Welcome.", visitor, point.name, recorded=True)
    bounced = now - last.scanned_at <= timedelta(seconds=point.dedupe_seconds)
    if bounced and last.direction == "in":
        return ScanResult("duplicate", "Already checked in (the same scan again).",
                          visitor, point.name, since=last.scanned_at)
    inside = point.track_exit and last.direction == "in"
    if inside or not point.allow_reentry:
        local = _local(event, last.scanned_at)
        record("duplicate", visitor, version)
        message = (f"Already in since {local:%H:%M} at {point.name}." if inside or
                   last.direction == "in" else f"No re-entry at {point.name}.")
        return ScanResult("duplicate", message, visitor, point.name, since=last.scanned_at,
                          recorded=True)
    record("reentry", visitor, version)
    return ScanResult("reentry", "Welcome back.", visitor, point.name,
                      since=last.scanned_at, recorded=True)


def _local(event: Event, moment: datetime) -> datetime:
    return moment.astimezone(ZoneInfo(event.timezone))


def _leave(visitor: Visitor, point: CheckinPoint, last: Checkin | None, now: datetime,
           version: int | None, record: Any) -> ScanResult:
    """An exit scan: recorded unless it is the same exit scanned again within seconds."""
    if (last is not None and last.direction == "out"
            and now - last.scanned_at <= timedelta(seconds=point.dedupe_seconds)):
        return ScanResult("duplicate", "Already scanned out (the same scan again).",
                          visitor, point.name, since=last.scanned_at)
    record("exit", visitor, version)
    message = ("Goodbye." if last is not None and last.direction == "in"
               else "Exit recorded (no entry scan was found).")
    return ScanResult("exit", message, visitor, point.name,
                      since=last.scanned_at if last else None, recorded=True)
