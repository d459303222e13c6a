"""The demo pavilion: a believable show to try the product on, the same every time."""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from booth_app.core.demo.pavilion import DEMO_PIN, create_demo
from booth_app.core.errors import BoothError, InputError
from booth_app.core.events import current_event
from booth_app.core.exhibitors.staff import verify_pin
from booth_app.core.visitors.register import search_visitors
from booth_app.storage.database import Database
from booth_app.storage.models import (
    Checkin,
    CheckinPoint,
    Event,
    Exhibitor,
    Lead,
    LeadInteraction,
    Product,
    Staff,
    Visitor,
)

TODAY = date.today()


def fresh(tmp_path: Path, template: Path, name: str) -> Database:
    path = tmp_path / name
    shutil.copyfile(template, path)
    return Database(path)


def fill(database: Database, visitors: int, seed: int = 2027) -> dict[str, int]:
    with database.session() as session:
        return create_demo(session, database.stamp(), visitors, seed=seed, today=TODAY)


def visitor_names(database: Database) -> list[str]:
    with database.reader() as session:
        return list(session.scalars(select(Visitor.name).order_by(Visitor.external_id)))


def scripts(names: list[str]) -> set[str]:
    found = set()
    for name in names:
        for ch in name:
            if ch.isalpha():
                found.add(unicodedata.name(ch).split()[0])
    return found


@pytest.fixture(scope="module")
def demo_db(
    tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
) -> Iterator[Database]:
    database = fresh(tmp_path_factory.mktemp("demo"), migrated_template, "demo.sqlite")
    fill(database, 300)
    yield database
    database.dispose()


def count(database: Database, model: type) -> int:
    with database.reader() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_exactly_the_visitors_asked_for(demo_db: Database) -> None:
    assert count(demo_db, Visitor) == 300


def test_nineteen_manufacturers_each_with_products_and_staff(demo_db: Database) -> None:
    with demo_db.reader() as session:
        exhibitors = session.scalars(select(Exhibitor)).all()
        assert len(exhibitors) == 19
        assert len({e.code for e in exhibitors}) == 19
        for exhibitor in exhibitors:
            products = session.scalar(
                select(func.count()).where(Product.exhibitor_id == exhibitor.id)
            )
            staff = session.scalars(select(Staff).where(Staff.exhibitor_id == exhibitor.id)).all()
            assert products, f"{exhibitor.code} has no products"
            assert staff, f"{exhibitor.code} has no staff"
            assert verify_pin(DEMO_PIN, staff[0].pin_hash)
            assert exhibitor.country == "ID"


def test_three_checkin_points_and_an_event_around_today(demo_db: Database) -> None:
    with demo_db.reader() as session:
        points = session.scalars(select(CheckinPoint.name)).all()
        event = current_event(session)
    assert len(points) == 3 and "Pavilion Entrance" in points
    assert event is not None
    assert event.start_date <= TODAY <= event.end_date
    assert "Arab Health" in event.name


def test_some_checkins_and_leads_that_make_sense(demo_db: Database) -> None:
    with demo_db.reader() as session:
        checkins = session.scalars(select(Checkin)).all()
        leads = session.scalars(select(Lead)).all()
        assert len(checkins) > 0 and 0 < len(leads) < 300
        now = datetime.now(UTC)
        assert all(c.scanned_at <= now and c.status == "admitted" for c in checkins)
        staff_of = dict(session.execute(select(Staff.id, Staff.exhibitor_id)).all())
        for lead in leads:
            # A lead is captured by that manufacturer's own staff, never another's.
            assert staff_of[lead.captured_by_id] == lead.exhibitor_id
        with_history = session.scalar(select(func.count(func.distinct(LeadInteraction.lead_id))))
        assert with_history == len(leads)


def test_names_from_the_whole_region(demo_db: Database) -> None:
    found = scripts(visitor_names(demo_db))
    assert "ARABIC" in found
    assert "CJK" in found  # Han characters
    assert "LATIN" in found


def test_demo_visitors_can_be_searched(demo_db: Database) -> None:
    with demo_db.reader() as session:
        someone = session.scalars(select(Visitor).where(Visitor.name.like("% %"))).first()
        assert someone is not None
        found = search_visitors(session, someone.name, limit=300)
        assert someone.id in {v.id for v in found}
        by_code = search_visitors(session, someone.code)
        assert [v.id for v in by_code] == [someone.id]


def test_the_same_seed_gives_the_same_pavilion(tmp_path: Path, migrated_template: Path) -> None:
    first, second, other = (fresh(tmp_path, migrated_template, f"{n}.sqlite") for n in "abc")
    try:
        fill(first, 60)
        fill(second, 60)
        fill(other, 60, seed=1)
        assert visitor_names(first) == visitor_names(second)
        assert visitor_names(first) != visitor_names(other)
    finally:
        for database in (first, second, other):
            database.dispose()


def test_zero_visitors_and_bad_counts(tmp_path: Path, migrated_template: Path) -> None:
    database = fresh(tmp_path, migrated_template, "zero.sqlite")
    try:
        with pytest.raises(InputError, match="between 0 and"), database.session() as session:
            create_demo(session, database.stamp(), -1)
        assert count(database, Event) == 0
        assert fill(database, 0)["visitors"] == 0
        assert count(database, Exhibitor) == 19
    finally:
        database.dispose()


def test_refuses_a_database_that_already_has_an_event(event_db: Database) -> None:
    refused = pytest.raises(BoothError, match="already holds an event")
    with refused, event_db.session() as session:
        create_demo(session, event_db.stamp(), 10, today=TODAY)
    assert count(event_db, Visitor) == 0
    assert count(event_db, Exhibitor) == 0


def test_recent_checkins_fall_on_event_days(demo_db: Database) -> None:
    with demo_db.reader() as session:
        event = current_event(session)
        assert event is not None
        first = session.scalar(select(func.min(Checkin.scanned_at)))
    assert first is not None
    assert first.date() >= event.start_date - timedelta(days=1)


def test_a_matchmaking_day_with_meetings_held_and_outcomes(demo_db: Database) -> None:
    from booth_app.core.meetings.meetings import conflicts, live_meetings
    from booth_app.core.meetings.requests import list_requests

    with demo_db.reader() as session:
        meetings = live_meetings(session)
        assert len(list_requests(session)) > len(meetings) > 50
        assert conflicts(session) == []
        held = [m for m in meetings if m.status == "held"]
        assert held and all(m.outcome for m in held if m.ends_at < datetime.now(UTC))
        mous = [m for m in held if m.outcome == "mou"]
        for meeting in mous:  # an MoU shows on that manufacturer's lead for the buyer
            lead = session.scalars(select(Lead).where(
                Lead.exhibitor_id == meeting.exhibitor_id,
                Lead.visitor_id == meeting.visitor_id)).one()
            assert lead.stage in ("mou", "won")
