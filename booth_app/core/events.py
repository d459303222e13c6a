"""The event this database serves: created once by the coordinator."""

from __future__ import annotations

import secrets
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.badges.bands import BADGE_LANGS, DEFAULT_BADGE_LANG
from booth_app.core.errors import BoothError, InputError
from booth_app.core.text import clean
from booth_app.storage.models import CheckinPoint, Event

DEFAULT_POINTS = (("Pavilion Entrance", "entrance"),)


def current_event(session: Session) -> Event | None:
    """The event of this database (the most recently created one, if several)."""
    return session.scalars(
        select(Event).where(Event.deleted.is_(False)).order_by(Event.created_at.desc()).limit(1)
    ).first()


def require_event(session: Session) -> Event:
    event = current_event(session)
    if event is None:
        raise BoothError("This database has no event yet: run `booth init` or `booth demo` first.")
    return event


def parse_date(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        raise InputError("{what} must be a date like 2027-01-27, not {text!r}",
                         what=what, text=text) from None


def check_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError("Unknown time zone {name!r} (use a name such as Asia/Dubai)",
                         name=name) from None
    return name


def check_currency(code: str) -> str:
    code = (code or "").strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise InputError("Currency must be a three-letter code such as USD, not {code!r}",
                         code=code)
    return code


def create_event(
    session: Session,
    *,
    name: str,
    start: date,
    end: date,
    timezone: str,
    venue: str = "",
    pavilion: str = "",
    currency: str = "USD",
    points: tuple[tuple[str, str], ...] = DEFAULT_POINTS,
    retention: date | None = None,
    badge_lang: str = DEFAULT_BADGE_LANG,
) -> Event:
    """Create the event with fresh badge keys and its check-in points (`retention`: see
    `set_retention`; `badge_lang`: see `set_badge_lang`)."""
    name = clean(name, 200)
    if not name:
        raise InputError("The event needs a name.")
    if end < start:
        raise InputError("The event cannot end before it starts.")
    if current_event(session) is not None:
        raise BoothError("This database already holds an event; use another database file.")
    event = Event(
        name=name,
        venue=clean(venue, 200),
        pavilion=clean(pavilion, 200),
        start_date=start,
        end_date=end,
        timezone=check_timezone(timezone),
        currency=check_currency(currency),
        badge_key_id=secrets.token_hex(2),
        badge_secret=secrets.token_bytes(32),
        badge_lang=check_badge_lang(badge_lang),
    )
    if retention is not None:
        set_retention(event, retention)
    session.add(event)
    session.flush()
    for point_name, kind in points:
        session.add(CheckinPoint(event_id=event.id, name=point_name, kind=kind))
    session.flush()
    return event


def set_retention(event: Event, day: date | None) -> Event:
    """Keep personal data until `day` (None: no date); `booth purge` then erases whoever
    was not seen since (core.visitors.purge). Not before the event ends."""
    if day is not None and day < event.end_date:
        raise InputError("The retention date {day} is before the event ends "
                         "({end_date}): personal data is kept at least until then.",
                         day=day, end_date=event.end_date)
    event.retention_date = day
    return event


def check_badge_lang(lang: str) -> str:
    code = (lang or "").strip().lower()
    if code not in BADGE_LANGS:
        raise InputError("The badge language must be en, id or ar.")
    return code


def set_badge_lang(event: Event, lang: str) -> Event:
    """The language of the category words printed on badges from now on (VISITOR,
    PENGUNJUNG, زائر: core.badges.bands); badges already printed keep theirs."""
    event.badge_lang = check_badge_lang(lang)
    return event


def event_to_dict(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "name": event.name,
        "venue": event.venue,
        "pavilion": event.pavilion,
        "start": event.start_date.isoformat(),
        "end": event.end_date.isoformat(),
        "timezone": event.timezone,
        "currency": event.currency,
        "retention": event.retention_date.isoformat() if event.retention_date else None,
        "badge_lang": event.badge_lang or DEFAULT_BADGE_LANG,
    }
