"""The live counts the check-in page and the dashboard show."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from booth_app.core.checkin.rules import check_in
from booth_app.core.events import require_event
from booth_app.core.figures import pavilion_stats
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import CheckinPoint

# 09:30 in Dubai (UTC+4) on a show day.
MORNING = datetime(2027, 1, 27, 5, 30, tzinfo=UTC)


def visitors(db: Database, count: int) -> list[str]:
    with db.session() as session:
        return [add_visitor(session, VisitorFields.parse(name=f"Visitor {i}")).code
                for i in range(count)]


def scan(db: Database, code: str, when: datetime, point: str | None = None,
         direction: str = "in") -> str:
    with db.session() as session:
        return check_in(session, code, point_name=point, now=when, direction=direction).status


def stats(db: Database, now: datetime):  # type: ignore[no-untyped-def]
    with db.reader() as session:
        return pavilion_stats(session, require_event(session), now)


def test_counts_per_hour_per_point_and_unique(event_db: Database) -> None:
    codes = visitors(event_db, 4)
    with event_db.session() as session:
        session.add(CheckinPoint(event_id=require_event(session).id, name="Seminar Stage"))
    for i, code in enumerate(codes):
        scan(event_db, code, MORNING + timedelta(minutes=i))
    scan(event_db, codes[0], MORNING + timedelta(hours=2), "Seminar Stage")
    scan(event_db, codes[1], MORNING + timedelta(hours=2, minutes=5))  # re-entry
    scan(event_db, codes[1], MORNING - timedelta(days=1))  # yesterday: not today
    figures = stats(event_db, MORNING + timedelta(hours=3))
    assert figures.checkins_today == 6
    assert figures.unique_today == 4
    assert figures.unique_visitors == 4
    assert figures.checkins_by_hour == {9: 4, 11: 2}  # event-local hours
    assert figures.checkins_by_point == {"Pavilion Entrance": 5, "Seminar Stage": 1}
    assert figures.inside_now is None  # no point scans exits


def test_inside_now_follows_entries_and_exits(event_db: Database) -> None:
    codes = visitors(event_db, 3)
    with event_db.session() as session:
        session.add(CheckinPoint(event_id=require_event(session).id, name="Hall Door",
                                 track_exit=True))
    for i, code in enumerate(codes):
        scan(event_db, code, MORNING + timedelta(minutes=i), "Hall Door")
    assert stats(event_db, MORNING + timedelta(minutes=5)).inside_now == 3
    scan(event_db, codes[0], MORNING + timedelta(minutes=30), "Hall Door", "out")
    assert stats(event_db, MORNING + timedelta(minutes=31)).inside_now == 2
    scan(event_db, codes[0], MORNING + timedelta(minutes=45), "Hall Door", "in")
    scan(event_db, codes[1], MORNING + timedelta(minutes=46), "Hall Door", "out")
    scan(event_db, codes[2], MORNING + timedelta(minutes=47), "Hall Door", "out")
    figures = stats(event_db, MORNING + timedelta(minutes=50))
    assert figures.inside_now == 1
    assert figures.checkins_today == 4  # exits are not check-ins


def test_visitors_who_came_by_country_and_category(event_db: Database) -> None:
    with event_db.session() as session:
        codes = [add_visitor(session, VisitorFields.parse(
            name=f"V{i}", country=country, category=category)).code
            for i, (country, category) in enumerate(
                [("ID", "buyer"), ("ID", "media"), ("AE", "buyer"), ("", "other")])]
    for code in codes[:3]:
        scan(event_db, code, MORNING)
    scan(event_db, codes[0], MORNING + timedelta(hours=1))  # twice: one visitor
    figures = stats(event_db, MORNING + timedelta(hours=2))
    assert figures.visitors_by_country == {"ID": 2, "AE": 1}  # the fourth never came
    assert figures.visitors_by_category == {"buyer": 2, "media": 1}
