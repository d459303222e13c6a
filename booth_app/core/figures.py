"""Pavilion figures for the dashboard, the check-in page and (later) the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, distinct, func, or_, select
from sqlalchemy.orm import Session

from booth_app.storage.models import (
    Checkin,
    CheckinPoint,
    Event,
    Exhibitor,
    Lead,
    Meeting,
    Visitor,
)

ACCEPTED = ("admitted", "reentry")
# The ministry's figures, the same on the dashboard and in the report: a business
# meeting is a business-matching meeting that was held (checked in at the table or
# given an outcome); MEETING_STAGES are the lead stages that follow a meeting; an MoU
# is a lead signed (or won); the potential transaction value leaves out leads lost.
MEETING_STAGES = ("meeting", "quotation", "mou", "won")
MOU_STAGES = ("mou", "won")
PASSAGES = ("admitted", "reentry", "exit")


def counted_visitor() -> Any:
    """The visitors the pavilion's figures count: the live ones and those erased on
    request (their row stays, naming nobody, so the counts still add up); not the
    duplicates merged into someone."""
    return or_(Visitor.deleted.is_(False),
               and_(Visitor.erased_at.is_not(None), Visitor.merged_into_id.is_(None)))


@dataclass
class PavilionStats:
    visitors_registered: int = 0
    checkins_today: int = 0
    unique_today: int = 0
    unique_visitors: int = 0
    checkins_last_hour: int = 0
    leads: int = 0
    hot_leads: int = 0
    meetings: int = 0  # held
    meetings_scheduled: int = 0  # booked and still ahead (or not yet checked in)
    mous: int = 0
    value_by_currency: dict[str, Decimal] = field(default_factory=dict)
    checkins_by_point: dict[str, int] = field(default_factory=dict)
    # Event-local hour (0-23) -> check-ins today in that hour.
    checkins_by_hour: dict[int, int] = field(default_factory=dict)
    # Visitors inside now at points that scan exits; None where no point does.
    inside_now: int | None = None
    current_hour: int = 0  # the event-local hour of `now`
    # Visitors who came (checked in at least once), by country (ISO2, "" unknown) and
    # by category.
    visitors_by_country: dict[str, int] = field(default_factory=dict)
    visitors_by_category: dict[str, int] = field(default_factory=dict)
    leads_by_exhibitor: dict[str, int] = field(default_factory=dict)


def local_day_bounds(event: Event, now: datetime) -> tuple[datetime, datetime]:
    """Start and end (UTC) of the event-local calendar day containing `now`."""
    zone = ZoneInfo(event.timezone)
    day = now.astimezone(zone).date()
    start = datetime.combine(day, time.min, zone).astimezone(UTC)
    return start, start + timedelta(days=1)


def pavilion_stats(session: Session, event: Event, now: datetime | None = None, *,
                   exhibitor_id: str | None = None) -> PavilionStats:
    """The pavilion's figures; with `exhibitor_id` the lead figures (leads, hot leads,
    meetings, MoUs, value, leads per manufacturer) count that manufacturer's leads only,
    as a booth's staff may see them."""
    now = now or datetime.now(UTC)
    start, end = local_day_bounds(event, now)
    stats = PavilionStats()
    live_checkin = (Checkin.deleted.is_(False), Checkin.status.in_(ACCEPTED),
                    Checkin.direction == "in")
    stats.visitors_registered = session.scalar(
        select(func.count()).select_from(Visitor).where(
            Visitor.event_id == event.id, counted_visitor())
    ) or 0
    today = (*live_checkin, Checkin.scanned_at >= start, Checkin.scanned_at < end)
    stats.checkins_today = session.scalar(select(func.count()).where(*today)) or 0
    stats.unique_today = session.scalar(
        select(func.count(distinct(Checkin.visitor_id))).where(*today)) or 0
    stats.unique_visitors = session.scalar(
        select(func.count(distinct(Checkin.visitor_id)))
        .join(Visitor, Visitor.id == Checkin.visitor_id)
        .where(*live_checkin, counted_visitor())) or 0
    stats.checkins_last_hour = session.scalar(
        select(func.count()).where(*live_checkin, Checkin.scanned_at >= now - timedelta(hours=1))
    ) or 0
    stats.checkins_by_point = dict(session.execute(
        select(CheckinPoint.name, func.count(Checkin.id))
        .join(Checkin, Checkin.point_id == CheckinPoint.id)
        .where(*today).group_by(CheckinPoint.name)
    ).all())
    stats.checkins_by_hour = checkins_per_hour(session, event, now, live_checkin)
    stats.current_hour = now.astimezone(ZoneInfo(event.timezone)).hour
    stats.inside_now = inside_now(session, event, start, end)
    came = (select(Checkin.visitor_id).where(*live_checkin).distinct().subquery())
    for column, target in ((Visitor.country, stats.visitors_by_country),
                           (Visitor.category, stats.visitors_by_category)):
        target.update({key or "": count for key, count in session.execute(
            select(column, func.count()).join(came, came.c.visitor_id == Visitor.id)
            .where(counted_visitor()).group_by(column))})
    live_lead: tuple[Any, ...] = (Lead.deleted.is_(False),)
    if exhibitor_id is not None:
        live_lead = (*live_lead, Lead.exhibitor_id == exhibitor_id)
    for rating, count in session.execute(
        select(Lead.rating, func.count()).where(*live_lead).group_by(Lead.rating)
    ):
        stats.leads += count
        if rating == "hot":
            stats.hot_leads = count
    for stage, count in session.execute(
        select(Lead.stage, func.count()).where(*live_lead).group_by(Lead.stage)
    ):
        if stage in MOU_STAGES:
            stats.mous += count
    for currency, total in session.execute(
        select(Lead.currency, func.sum(Lead.value))
        .where(*live_lead, Lead.value.is_not(None), Lead.stage != "lost")
        .group_by(Lead.currency)
    ):
        if currency and total is not None:
            stats.value_by_currency[currency] = Decimal(total)
    live_meeting: tuple[Any, ...] = (Meeting.deleted.is_(False),)
    if exhibitor_id is not None:
        live_meeting = (*live_meeting, Meeting.exhibitor_id == exhibitor_id)
    for status, count in session.execute(
            select(Meeting.status, func.count()).where(*live_meeting).group_by(Meeting.status)):
        if status == "held":
            stats.meetings = count
        elif status == "scheduled":
            stats.meetings_scheduled = count
    stats.leads_by_exhibitor = dict(session.execute(
        select(Exhibitor.code, func.count(Lead.id))
        .join(Lead, Lead.exhibitor_id == Exhibitor.id)
        .where(*live_lead).group_by(Exhibitor.code)
    ).all())
    return stats


def checkins_per_hour(session: Session, event: Event, now: datetime,
                      live: tuple[Any, ...]) -> dict[int, int]:
    """Check-ins in each event-local hour of today: one index range count per hour (in
    SQL, so a busy day's rows never pass through Python; DST days have 23 or 25 hours)."""
    zone = ZoneInfo(event.timezone)
    day = now.astimezone(zone).date()
    counts: dict[int, int] = {}
    for hour in range(24):
        start = datetime.combine(day, time(hour), zone).astimezone(UTC)
        end = start + timedelta(hours=1)
        count = session.scalar(select(func.count()).where(
            *live, Checkin.scanned_at >= start, Checkin.scanned_at < end)) or 0
        if count:
            counts[hour] = counts.get(hour, 0) + count
    return counts


def inside_now(session: Session, event: Event, start: datetime, end: datetime) -> int | None:
    """Visitors whose latest passage today at a point that scans exits was an entry."""
    tracked = select(CheckinPoint.id).where(
        CheckinPoint.event_id == event.id, CheckinPoint.track_exit.is_(True),
        CheckinPoint.deleted.is_(False))
    if session.scalar(select(func.count()).select_from(tracked.subquery())) == 0:
        return None
    latest = (
        select(Checkin.direction,
               func.row_number().over(partition_by=Checkin.visitor_id,
                                      order_by=(Checkin.scanned_at.desc(),
                                                Checkin.hlc.desc())).label("rank"))
        .where(Checkin.deleted.is_(False), Checkin.status.in_(PASSAGES),
               Checkin.visitor_id.is_not(None), Checkin.point_id.in_(tracked),
               Checkin.scanned_at >= start, Checkin.scanned_at < end)
        .subquery())
    return session.scalar(select(func.count()).select_from(latest).where(
        latest.c.rank == 1, latest.c.direction == "in")) or 0


@dataclass
class ScanRow:
    scanned_at: datetime
    name: str
    organization: str
    point: str
    status: str


def recent_checkins(session: Session, limit: int = 50) -> list[ScanRow]:
    rows = session.execute(
        select(Checkin.scanned_at, Visitor.name, Visitor.organization, CheckinPoint.name,
               Checkin.status)
        .outerjoin(Visitor, Visitor.id == Checkin.visitor_id)
        .outerjoin(CheckinPoint, CheckinPoint.id == Checkin.point_id)
        .where(Checkin.deleted.is_(False))
        .order_by(Checkin.scanned_at.desc()).limit(limit)
    )
    return [ScanRow(at, name or "", org or "", point or "", status)
            for at, name, org, point, status in rows]
