"""The pavilion results report's figures: `collect_report` gathers the whole show's
figures with aggregate queries (GROUP BY in the database: 250,000 visitors never become
Python objects) into a `ReportData`, which core.report.pages lays out.

How the figures are counted (printed on the report too):
- check-ins: admissions and re-entries ("in") at every point; unique visitors: the
  event's visitors (erased ones aside) checked in at least once; visitors registered:
  the event's visitors, erased ones aside;
- business meetings: the business-matching meetings held (status held), as on the
  dashboard, per manufacturer too (core.report.matchmaking has the rest of business
  matching); MoUs signed: leads at stage mou or won (an MoU outcome of a meeting moves
  its lead there, so it is counted once);
- potential transaction value: the values of every lead except those marked lost;
- a rate `USD: 16250` means 1 USD = 16,250 units of the reporting currency. A value in a
  currency without a rate is listed as "not converted", never dropped or guessed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import BigInteger, String, case, cast, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from booth_app.core.events import require_event
from booth_app.core.figures import ACCEPTED, MOU_STAGES, counted_visitor
from booth_app.core.progress import NO_PROGRESS, Progress
from booth_app.core.report.matchmaking import MatchmakingFigures, collect_matchmaking
from booth_app.core.report.money import CENT, Money, convert, parse_currency_code
from booth_app.storage.models import Checkin, Event, Exhibitor, Lead, Visitor

LOST_STAGE = "lost"
TOP_COUNTRIES = 10
TOP_MOUS = 20
COUNTING_STEPS = 5  # collect_report's progress steps; build_report's PDF comes after


def _add(into: dict[str, Decimal], currency: str, amount: Decimal) -> None:
    into[currency] = into.get(currency, Decimal(0)) + amount


@dataclass
class ManufacturerFigures:
    code: str
    name: str
    booth: str
    leads: int = 0
    hot: int = 0
    meetings: int = 0  # business-matching meetings held
    mous: int = 0
    values: dict[str, Decimal] = field(default_factory=dict)  # potential, per currency
    value: Money = field(default_factory=lambda: Money(Decimal(0), {}))
    exhibitor_id: str = ""


@dataclass(frozen=True)
class MouRow:
    manufacturer: str
    code: str
    visitor: str
    organization: str
    country: str  # ISO code
    amount: Decimal | None
    currency: str
    converted: Decimal | None  # None: no value, or no rate for its currency


@dataclass
class ReportData:
    event_name: str
    pavilion: str
    venue: str
    start: date
    end: date
    timezone: str
    generated_at: datetime  # event-local
    currency: str
    rates: dict[str, Decimal]
    visitors_registered: int = 0
    checkins: int = 0
    unique_visitors: int = 0
    leads: int = 0
    hot_leads: int = 0
    meetings: int = 0
    mous: int = 0
    potential_by_currency: dict[str, Decimal] = field(default_factory=dict)
    mou_by_currency: dict[str, Decimal] = field(default_factory=dict)
    potential: Money = field(default_factory=lambda: Money(Decimal(0), {}))
    mou_value: Money = field(default_factory=lambda: Money(Decimal(0), {}))
    manufacturers: list[ManufacturerFigures] = field(default_factory=list)
    checkins_by_day: dict[date, int] = field(default_factory=dict)
    checkins_by_day_hour: dict[date, dict[int, int]] = field(default_factory=dict)
    # (country code or "", registered, checked in), most checked in first
    by_country: list[tuple[str, int, int]] = field(default_factory=list)
    by_category: list[tuple[str, int, int]] = field(default_factory=list)
    top_mous: list[MouRow] = field(default_factory=list)
    matchmaking: MatchmakingFigures = field(default_factory=MatchmakingFigures)

    def totals(self) -> dict[str, Any]:
        """The headline figures as JSON-ready values (amounts as strings)."""
        return {
            "checkins": self.checkins, "unique_visitors": self.unique_visitors,
            "visitors_registered": self.visitors_registered, "leads": self.leads,
            "hot_leads": self.hot_leads, "meetings": self.meetings, "mous": self.mous,
            "currency": self.currency,
            "rates": {code: str(rate) for code, rate in sorted(self.rates.items())},
            "potential_value": str(self.potential.converted),
            "mou_value": str(self.mou_value.converted),
            "not_converted": {cur: str(a) for cur, a in self.potential.not_converted.items()},
            "mou_not_converted": {cur: str(a) for cur, a in
                                  self.mou_value.not_converted.items()},
            "matchmaking": self.matchmaking.as_dict(),
        }


def _minute(session: Session) -> ColumnElement[str]:
    """The UTC minute of a check-in as text "YYYY-MM-DD HH:MM", grouped on in SQL so
    that a busy show comes back as a few thousand rows, and turned into event-local
    days and hours in Python (any zone, any offset, DST included)."""
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(Checkin.scanned_at, "YYYY-MM-DD HH24:MI", type_=String)
    # SQLite keeps "YYYY-MM-DD HH:MM:SS.ffffff" (naive UTC).
    return func.substr(Checkin.scanned_at, 1, 16, type_=String)


def _live_checkin() -> tuple[ColumnElement[bool], ...]:
    return (Checkin.deleted.is_(False), Checkin.status.in_(ACCEPTED),
            Checkin.direction == "in")


def _collect_checkins(session: Session, data: ReportData, zone: ZoneInfo) -> None:
    live = _live_checkin()
    minute = _minute(session)
    days: dict[date, int] = {}
    hours: dict[date, dict[int, int]] = {}
    for stamp, count in session.execute(
            select(minute, func.count()).where(*live).group_by(minute)):
        local = datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=UTC).astimezone(zone)
        day = local.date()
        days[day] = days.get(day, 0) + count
        by_hour = hours.setdefault(day, {})
        by_hour[local.hour] = by_hour.get(local.hour, 0) + count
    data.checkins = sum(days.values())
    # Every day of the event shows, a quiet one as 0; days outside it only when used.
    day = data.start
    while day <= data.end and (data.end - data.start).days < 62:
        days.setdefault(day, 0)
        day += timedelta(days=1)
    data.checkins_by_day = dict(sorted(days.items()))
    data.checkins_by_day_hour = {d: hours.get(d, {}) for d in data.checkins_by_day}


def _collect_visitors(session: Session, data: ReportData, event: Event) -> None:
    came = select(Checkin.visitor_id).where(*_live_checkin(), Checkin.visitor_id.is_not(None))
    countries: Counter[str] = Counter()
    countries_in: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    categories_in: Counter[str] = Counter()
    # One pass over the table: "IS NOT" and the event grouped on rather than filtered
    # keep SQLite from walking an index and fetching 250,000 rows one by one.
    for event_id, country, category, registered, attended in session.execute(
            select(Visitor.event_id, Visitor.country, Visitor.category, func.count(),
                   func.sum(case((Visitor.id.in_(came), 1), else_=0)))
            .where(counted_visitor())
            .group_by(Visitor.country, Visitor.category, Visitor.event_id)):
        if event_id != event.id:
            continue
        country, category = country or "", category or "other"
        countries[country] += registered
        countries_in[country] += int(attended or 0)
        categories[category] += registered
        categories_in[category] += int(attended or 0)
    data.visitors_registered = sum(countries.values())
    data.unique_visitors = sum(countries_in.values())

    def ordered(total: Counter[str], came_in: Counter[str]) -> list[tuple[str, int, int]]:
        return sorted(((key, total[key], came_in[key]) for key in total),
                      key=lambda row: (-row[2], -row[1], row[0]))

    data.by_country = ordered(countries, countries_in)
    data.by_category = ordered(categories, categories_in)


def _collect_leads(session: Session, data: ReportData, event: Event) -> None:
    makers = {ex_id: ManufacturerFigures(code, name, booth, exhibitor_id=ex_id)
              for ex_id, code, name, booth in
              session.execute(select(Exhibitor.id, Exhibitor.code, Exhibitor.name,
                                     Exhibitor.booth)
                              .where(Exhibitor.event_id == event.id,
                                     Exhibitor.deleted.is_(False)))}
    # Whole cents summed as integers: exact on SQLite too, where NUMERIC may hold floats.
    cents = func.sum(cast(func.round(Lead.value * 100), BigInteger))
    for ex_id, rating, stage, currency, count, total in session.execute(
            select(Lead.exhibitor_id, Lead.rating, Lead.stage, Lead.currency, func.count(), cents)
            .join(Exhibitor, Exhibitor.id == Lead.exhibitor_id)
            .where(Lead.deleted.is_(False), Exhibitor.event_id == event.id)
            .group_by(Lead.exhibitor_id, Lead.rating, Lead.stage, Lead.currency)):
        maker = makers.get(ex_id)
        if maker is None:  # a manufacturer deleted with its leads kept: still counted
            maker = makers[ex_id] = ManufacturerFigures("?", "?", "", exhibitor_id=ex_id)
        maker.leads += count
        maker.hot += count if rating == "hot" else 0
        maker.mous += count if stage in MOU_STAGES else 0
        if total is not None and stage != LOST_STAGE:
            amount = Decimal(int(total)).scaleb(-2)
            _add(maker.values, currency or "", amount)
            _add(data.potential_by_currency, currency or "", amount)
            if stage in MOU_STAGES:
                _add(data.mou_by_currency, currency or "", amount)
    for maker in makers.values():
        maker.value = convert(maker.values, data.currency, data.rates)
        data.leads += maker.leads
        data.hot_leads += maker.hot
        data.mous += maker.mous
    data.manufacturers = sorted(makers.values(), key=lambda m: (-m.leads, m.code))
    data.potential = convert(data.potential_by_currency, data.currency, data.rates)
    data.mou_value = convert(data.mou_by_currency, data.currency, data.rates)


def _collect_meetings(session: Session, data: ReportData, event: Event) -> None:
    """Business matching (core.report.matchmaking); its meetings held are the headline
    "Business meetings", in total and per manufacturer."""
    data.matchmaking = collect_matchmaking(session, event, data.currency, data.rates)
    data.meetings = data.matchmaking.totals.held
    makers = {maker.exhibitor_id: maker for maker in data.manufacturers}
    for held in data.matchmaking.manufacturers:
        maker = makers.get(held.exhibitor_id)
        if maker is None and held.held:  # deleted since, its leads gone: still counted
            maker = ManufacturerFigures(held.code, held.name, "",
                                       exhibitor_id=held.exhibitor_id)
            data.manufacturers.append(maker)
        if maker is not None:
            maker.meetings = held.held
    data.manufacturers.sort(key=lambda m: (-m.leads, m.code))


def _collect_mous(session: Session, data: ReportData, event: Event, limit: int) -> None:
    """The largest MoUs by value in the reporting currency (those without a value, or
    in a currency without a rate, after them)."""
    rows = session.execute(
        select(Lead.id, Lead.value, Lead.currency)
        .join(Exhibitor, Exhibitor.id == Lead.exhibitor_id)
        .where(Lead.deleted.is_(False), Lead.stage.in_(MOU_STAGES),
               Exhibitor.event_id == event.id)).all()

    def worth(row: Any) -> tuple[int, Decimal, Decimal, str]:
        value = Decimal(row.value) if row.value is not None else None
        rate = Decimal(1) if row.currency == data.currency else data.rates.get(row.currency)
        converted = value * rate if value is not None and rate is not None else None
        return (0 if converted is not None else 1 if value is not None else 2,
                -(converted or Decimal(0)), -(value or Decimal(0)), row.id)

    chosen = [row.id for row in sorted(rows, key=worth)[:limit]]
    if not chosen:
        return
    details = {row.id: row for row in session.execute(
        select(Lead.id, Lead.value, Lead.currency, Exhibitor.name, Exhibitor.code,
               Visitor.name.label("visitor"), Visitor.organization, Visitor.country)
        .join(Exhibitor, Exhibitor.id == Lead.exhibitor_id)
        .join(Visitor, Visitor.id == Lead.visitor_id)
        .where(Lead.id.in_(chosen)))}
    for lead_id in chosen:
        row = details.get(lead_id)
        if row is None:
            continue
        amount = Decimal(row.value).quantize(CENT) if row.value is not None else None
        rate = Decimal(1) if row.currency == data.currency else data.rates.get(row.currency)
        converted = (amount * rate).quantize(CENT, ROUND_HALF_UP) \
            if amount is not None and rate is not None else None
        data.top_mous.append(MouRow(row.name, row.code, row.visitor, row.organization,
                                    row.country, amount, row.currency, converted))


def collect_report(session: Session, *, currency: str | None = None,
                   rates: Mapping[str, Decimal] | None = None, now: datetime | None = None,
                   progress: Progress = NO_PROGRESS, top_mous: int = TOP_MOUS) -> ReportData:
    """Every figure of the report, from aggregate queries over the whole show."""
    event = require_event(session)
    zone = ZoneInfo(event.timezone)
    currency = parse_currency_code(currency or event.currency)
    data = ReportData(
        event_name=event.name, pavilion=event.pavilion, venue=event.venue,
        start=event.start_date, end=event.end_date, timezone=event.timezone,
        generated_at=(now or datetime.now(UTC)).astimezone(zone), currency=currency,
        rates={code: Decimal(rate) for code, rate in (rates or {}).items() if code != currency})
    steps = (("check-ins", lambda: _collect_checkins(session, data, zone)),
             ("visitors", lambda: _collect_visitors(session, data, event)),
             ("leads", lambda: _collect_leads(session, data, event)),
             ("business meetings", lambda: _collect_meetings(session, data, event)),
             ("MoUs", lambda: _collect_mous(session, data, event, top_mous)))
    for number, (what, step) in enumerate(steps):
        progress.report(number, COUNTING_STEPS + 1, f"Counting {what}")
        step()
    return data
