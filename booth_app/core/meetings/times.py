"""Meeting times: typed and shown in the event's zone, stored in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from booth_app.core.errors import InputError
from booth_app.storage.models import Event


def zone(event: Event) -> ZoneInfo:
    return ZoneInfo(event.timezone)


def parse_local(event: Event, text: str, what: str) -> datetime:
    """'YYYY-MM-DD HH:MM' in the event's zone, as a UTC moment."""
    try:
        moment = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except (AttributeError, ValueError):
        raise InputError("{what} must be like \"2027-01-27 10:40\", not {text!r}",
                         what=what, text=text) from None
    return moment.replace(tzinfo=zone(event)).astimezone(UTC)


def parse_clock(text: str, what: str) -> time:
    try:
        return datetime.strptime(text.strip(), "%H:%M").time()
    except (AttributeError, ValueError):
        raise InputError("{what} must be a time like 09:00, not {text!r}",
                         what=what, text=text) from None


def at_local(event: Event, day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, tzinfo=zone(event)).astimezone(UTC)


def local(event: Event, moment: datetime) -> datetime:
    """A stored UTC moment in the event's zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone(event))


def iso_local(event: Event, moment: datetime) -> str:
    """ISO 8601 with the event's UTC offset: 2027-01-27T10:40:00+04:00."""
    return local(event, moment).isoformat(timespec="seconds")


def hhmm(event: Event, moment: datetime) -> str:
    return local(event, moment).strftime("%H:%M")
