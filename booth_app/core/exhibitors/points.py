"""The event's check-in points (entrance, exit, seminar...) and their settings: re-entry,
exit tracking, a badge printed at check-in, how long a repeated scan is ignored.

Every change is checked before anything is set, so a refused one changes nothing;
deletes are tombstones (past check-ins stay counted), and the last point stays.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.errors import BoothError, InputError, NotFound
from booth_app.core.events import require_event
from booth_app.core.text import clean
from booth_app.storage.models import CheckinPoint

POINT_KINDS = ("entrance", "exit", "seminar", "lounge", "meeting", "other")
MAX_DEDUPE_SECONDS = 600
POINT_FIELDS = ("name", "kind", "allow_reentry", "track_exit", "print_on_checkin",
                "dedupe_seconds")


def list_points(session: Session) -> list[CheckinPoint]:
    event = require_event(session)
    return list(
        session.scalars(
            select(CheckinPoint)
            .where(CheckinPoint.event_id == event.id, CheckinPoint.deleted.is_(False))
            .order_by(CheckinPoint.created_at)
        )
    )


def _check_point(
    session: Session, values: dict[str, Any], own_id: str | None = None
) -> dict[str, Any]:
    unknown = sorted(set(values) - set(POINT_FIELDS))
    if unknown:
        raise InputError("Not a check-in point setting: {unknown}.", unknown=', '.join(unknown))
    out: dict[str, Any] = {}
    if "name" in values:
        name = clean(values["name"], 121)
        if not name:
            raise InputError("A check-in point needs a name.")
        if len(name) > 120:
            raise InputError("A check-in point's name is at most 120 characters.")
        for other in list_points(session):
            if other.id != own_id and other.name.casefold() == name.casefold():
                raise InputError("There is already a check-in point named {name!r}.",
                                 name=other.name)
        out["name"] = name
    if "kind" in values:
        if values["kind"] not in POINT_KINDS:
            raise InputError(
                "A check-in point's kind is one of {point_kinds}, "
                "not {kind!r}.", point_kinds=', '.join(POINT_KINDS), kind=values['kind']
            )
        out["kind"] = values["kind"]
    for flag in ("allow_reentry", "track_exit", "print_on_checkin"):
        if flag in values:
            out[flag] = bool(values[flag])
    if "dedupe_seconds" in values:
        seconds = values["dedupe_seconds"]
        if isinstance(seconds, bool) or not isinstance(seconds, int) or not (
            0 <= seconds <= MAX_DEDUPE_SECONDS
        ):
            raise InputError(
                "Repeat scans are ignored for 0 to {max_dedupe_seconds} seconds, "
                "not {seconds!r}.", max_dedupe_seconds=MAX_DEDUPE_SECONDS, seconds=seconds
            )
        out["dedupe_seconds"] = seconds
    return out


def add_point(
    session: Session,
    name: str,
    kind: str = "entrance",
    *,
    allow_reentry: bool = True,
    track_exit: bool = False,
    print_on_checkin: bool = False,
    dedupe_seconds: int = 10,
) -> CheckinPoint:
    """A new check-in point of the event; its name must be new (whatever its case)."""
    event = require_event(session)
    values = _check_point(session, {
        "name": name, "kind": kind, "allow_reentry": allow_reentry,
        "track_exit": track_exit, "print_on_checkin": print_on_checkin,
        "dedupe_seconds": dedupe_seconds,
    })
    point = CheckinPoint(event_id=event.id, **values)
    session.add(point)
    session.flush()
    return point


def update_point(session: Session, point: CheckinPoint, **values: Any) -> list[str]:
    """Change a point's settings; returns the names of those that changed."""
    if point.deleted:
        raise NotFound("This check-in point was deleted.")
    if values.get("kind") == point.kind:
        # A kind this version does not list (written by another) may stay as it is.
        values = {key: value for key, value in values.items() if key != "kind"}
    checked = _check_point(session, values, own_id=point.id)
    changed = [key for key, value in checked.items() if getattr(point, key) != value]
    for key in changed:
        setattr(point, key, checked[key])
    session.flush()
    return changed


def delete_point(session: Session, point: CheckinPoint) -> None:
    """Tombstone a point; its past check-ins stay counted. The last one stays."""
    if len(list_points(session)) <= 1:
        raise BoothError("The event needs at least one check-in point; add another first.")
    point.deleted = True
    session.flush()


def point_to_dict(point: CheckinPoint) -> dict[str, Any]:
    return {"id": point.id, **{key: getattr(point, key) for key in POINT_FIELDS}}
