"""The results report's business-matching figures: requests, meetings scheduled, held,
missed and cancelled, by kind of buyer and per manufacturer, the outcomes, the MoUs
and the potential value recorded on the meetings. Counted with aggregate queries
(GROUP BY in the database); core.report.matchmaking_pages lays them out.

How they are counted (printed on the report too):
- requested: live requests that neither side vetoed;
- scheduled: live meetings not cancelled (those held and those missed included);
- held: meetings with status held (the buyer checked in at the table, or an outcome
  recorded), the report's headline "Business meetings" as on the dashboard;
- no-shows: meetings with status no_show; cancelled: meetings cancelled;
- MoUs and potential value here: the outcomes recorded on meetings held. The report's
  headline MoUs stay lead-based (an MoU outcome also moves the lead to stage mou), so
  nothing is counted twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, cast, func, select
from sqlalchemy.orm import Session

from booth_app.core.meetings.outcomes import RESULTS
from booth_app.core.report.money import Money, convert
from booth_app.storage.models import Event, Exhibitor, Meeting, MeetingRequest, Visitor

BUYER_KINDS = ("hospital", "ministry", "distributor", "other")
_KIND_OF_CATEGORY = {"hospital/clinic": "hospital", "government": "ministry",
                     "distributor": "distributor"}
NOT_RECORDED = "not_recorded"  # a meeting held whose outcome is not in yet
HELD, NO_SHOW, CANCELLED = "held", "no_show", "cancelled"


def buyer_kind(category: str | None) -> str:
    """A visitor's category as the ministry groups buyers: hospital, ministry (and
    agency), distributor or other."""
    return _KIND_OF_CATEGORY.get(category or "", "other")


@dataclass
class MeetingCounts:
    requested: int = 0
    scheduled: int = 0  # not cancelled: held and no-shows included
    held: int = 0
    no_shows: int = 0
    cancelled: int = 0

    def add(self, other: MeetingCounts) -> None:
        self.requested += other.requested
        self.scheduled += other.scheduled
        self.held += other.held
        self.no_shows += other.no_shows
        self.cancelled += other.cancelled

    def count_meetings(self, status: str, count: int) -> None:
        if status == CANCELLED:
            self.cancelled += count
            return
        self.scheduled += count
        self.held += count if status == HELD else 0
        self.no_shows += count if status == NO_SHOW else 0

    def as_dict(self) -> dict[str, int]:
        return {"requested": self.requested, "scheduled": self.scheduled, "held": self.held,
                "no_shows": self.no_shows, "cancelled": self.cancelled}


@dataclass
class MakerMeetings(MeetingCounts):
    exhibitor_id: str = ""
    code: str = ""
    name: str = ""
    mous: int = 0  # meetings held with the outcome MoU signed
    values: dict[str, Decimal] = field(default_factory=dict)  # per currency
    value: Money = field(default_factory=lambda: Money(Decimal(0), {}))


@dataclass
class MatchmakingFigures:
    totals: MeetingCounts = field(default_factory=MeetingCounts)
    by_kind: dict[str, MeetingCounts] = field(
        default_factory=lambda: {kind: MeetingCounts() for kind in BUYER_KINDS})
    # Every manufacturer with a request or a meeting, most meetings held first.
    manufacturers: list[MakerMeetings] = field(default_factory=list)
    # The meetings held and missed by outcome, MoU first (RESULTS run from no-show up),
    # then NOT_RECORDED: a no-show is "did not happen", a meeting held without an outcome
    # is NOT_RECORDED.
    outcomes: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys((*reversed(RESULTS), NOT_RECORDED), 0))
    mous: int = 0
    values_by_currency: dict[str, Decimal] = field(default_factory=dict)
    value: Money = field(default_factory=lambda: Money(Decimal(0), {}))

    @property
    def empty(self) -> bool:
        """No request and no meeting: the event held no business matching."""
        return not self.manufacturers

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (amounts as strings), for `booth report`'s totals."""
        return {**self.totals.as_dict(), "mous": self.mous,
                "potential_value": str(self.value.converted),
                "not_converted": {cur: str(a) for cur, a in self.value.not_converted.items()},
                "outcomes": dict(self.outcomes),
                "by_buyer": {kind: counts.as_dict() for kind, counts in self.by_kind.items()}}


def collect_matchmaking(session: Session, event: Event, currency: str,
                        rates: Mapping[str, Decimal]) -> MatchmakingFigures:
    """The event's business-matching figures, values converted at `rates` into `currency`."""
    figures = MatchmakingFigures()
    makers: dict[str, MakerMeetings] = {}

    def maker(exhibitor_id: str) -> MakerMeetings:
        return makers.setdefault(exhibitor_id, MakerMeetings(exhibitor_id=exhibitor_id))

    for exhibitor_id, category, count in session.execute(
            select(MeetingRequest.exhibitor_id, Visitor.category, func.count())
            .outerjoin(Visitor, Visitor.id == MeetingRequest.visitor_id)
            .where(MeetingRequest.event_id == event.id, MeetingRequest.deleted.is_(False),
                   func.coalesce(MeetingRequest.vetoed_by, "") == "")
            .group_by(MeetingRequest.exhibitor_id, Visitor.category)):
        maker(exhibitor_id).requested += count
        figures.by_kind[buyer_kind(category)].requested += count

    # Whole cents summed as integers: exact on SQLite too, where NUMERIC may hold floats.
    cents = func.sum(cast(func.round(Meeting.outcome_value * 100), BigInteger))
    for exhibitor_id, category, status, outcome, code, count, total in session.execute(
            select(Meeting.exhibitor_id, Visitor.category, Meeting.status, Meeting.outcome,
                   Meeting.outcome_currency, func.count(), cents)
            .outerjoin(Visitor, Visitor.id == Meeting.visitor_id)
            .where(Meeting.event_id == event.id, Meeting.deleted.is_(False))
            .group_by(Meeting.exhibitor_id, Visitor.category, Meeting.status,
                      Meeting.outcome, Meeting.outcome_currency)):
        one = maker(exhibitor_id)
        one.count_meetings(status, count)
        figures.by_kind[buyer_kind(category)].count_meetings(status, count)
        if status == NO_SHOW:
            figures.outcomes["no_show"] += count
        if status != HELD:
            continue  # a meeting that did not take place holds no outcome, MoU or value
        # Held after all (a late check-in) is held, whatever no-show mark it carried.
        result = outcome if outcome in RESULTS and outcome != "no_show" else NOT_RECORDED
        figures.outcomes[result] += count
        one.mous += count if outcome == "mou" else 0
        if total is not None:
            amount = Decimal(int(total)).scaleb(-2)
            one.values[code or ""] = one.values.get(code or "", Decimal(0)) + amount

    names: dict[str, tuple[str, str]] = {}
    if makers:  # deleted manufacturers too: their meetings happened
        names = {ex_id: (code, name) for ex_id, code, name in session.execute(
            select(Exhibitor.id, Exhibitor.code, Exhibitor.name)
            .where(Exhibitor.id.in_(list(makers))))}
    for exhibitor_id, one in makers.items():
        one.code, one.name = names.get(exhibitor_id, ("?", "?"))
        one.value = convert(one.values, currency, rates)
        figures.totals.add(one)
        figures.mous += one.mous
        for code, amount in one.values.items():
            figures.values_by_currency[code] = \
                figures.values_by_currency.get(code, Decimal(0)) + amount
    figures.value = convert(figures.values_by_currency, currency, rates)
    figures.manufacturers = sorted(makers.values(), key=lambda m: (
        -m.held, -m.scheduled, -m.requested, m.code))
    return figures
