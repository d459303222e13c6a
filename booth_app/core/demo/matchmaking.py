"""The demo pavilion's business matching: two mornings of meetings between hospital,
government and distributor buyers and the manufacturers; yesterday's held (with
outcomes, a few no-shows and an MoU or two), today's on the schedule."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.meetings.meetings import live_meetings
from booth_app.core.meetings.outcomes import record_outcome
from booth_app.core.meetings.requests import set_request
from booth_app.core.meetings.scheduling import schedule
from booth_app.core.meetings.sessions import add_session
from booth_app.storage.ids import utcnow
from booth_app.storage.models import Event, Exhibitor, Staff, Visitor

BUYER_CATEGORIES = ("hospital/clinic", "government", "distributor", "buyer")
BUYERS = 60
OUTCOMES = (("informative", 5), ("cooperation", 3), ("no_interest", 2), ("mou", 1))


def add_matchmaking(session: Session, event: Event, rng: random.Random) -> int:
    """Sessions, requests, a schedule and yesterday's outcomes; the meetings made."""
    days = sorted({event.start_date, min(event.start_date + timedelta(days=1), event.end_date)})
    for day in days:
        add_session(session, day=day.isoformat(), start="09:30", end="12:00",
                    slot_minutes=20, gap_minutes=5, name="Business matching")
    pool = list(session.scalars(select(Visitor).where(
        Visitor.event_id == event.id, Visitor.deleted.is_(False),
        Visitor.category.in_(BUYER_CATEGORIES)).order_by(Visitor.code).limit(BUYERS * 5)))
    buyers = rng.sample(pool, min(BUYERS, len(pool)))
    makers = list(session.scalars(select(Exhibitor).where(
        Exhibitor.event_id == event.id).order_by(Exhibitor.code)))
    if not buyers or not makers:
        return 0
    for buyer in buyers:
        for maker in rng.sample(makers, min(len(makers), rng.randint(2, 5))):
            priority = rng.choices(("must", "want", "no"), (2, 7, 1))[0]
            set_request(session, event, buyer, maker, priority=priority,
                        by=rng.choice(("buyer", "organiser")))
    schedule(session, max_per_buyer=4)
    staff_of = dict(session.execute(select(Staff.exhibitor_id, Staff.id).where(
        Staff.exhibitor_id.is_not(None)).order_by(Staff.name.desc())).all())
    now = utcnow()
    made = 0
    for meeting in live_meetings(session):
        made += 1
        if meeting.ends_at > now:
            continue
        if rng.random() < 0.15:
            record_outcome(session, meeting, "no_show")
            continue
        meeting.checked_in_at = meeting.starts_at + timedelta(minutes=rng.randint(-3, 8))
        result = rng.choices([o for o, _w in OUTCOMES], [w for _o, w in OUTCOMES])[0]
        value = (Decimal(rng.randrange(20, 400) * 5000)
                 if result in ("cooperation", "mou") else None)
        record_outcome(session, meeting, result, value=value,
                       currency="USD" if value is not None else "",
                       note="Demo: follow up after the fair" if result == "mou" else "",
                       staff_id=staff_of.get(meeting.exhibitor_id))
    return made
