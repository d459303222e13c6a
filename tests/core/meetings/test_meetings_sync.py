"""Meetings travel in bundles; two laptops that move meetings while apart never end up
with a silent double booking: after they sync, the clash is there to see and resolve."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from booth_app.core.errors import BoothError
from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.core.meetings import meetings as core
from booth_app.core.meetings.requests import set_request
from booth_app.core.meetings.scheduling import schedule
from booth_app.core.meetings.sessions import add_session, all_slots
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Meeting, Visitor
from tests.core.sync.test_sync import dump, full_round, join, send


@pytest.fixture
def pair(event_db: Database, tmp_path: Path,
         migrated_template: Path) -> Iterator[tuple[Database, Database]]:
    """The coordinator's laptop with a schedule (3 buyers, 2 manufacturers, 4 slots),
    and a desk laptop that joined and received it."""
    with event_db.session() as session:
        event = require_event(session)
        makers = [add_exhibitor(session, code=c, name=f"PT {c}", booth=f"B{c}")
                  for c in ("MEDI", "FARM")]
        for n in range(3):
            buyer = add_visitor(session, VisitorFields(name=f"Buyer {n}",
                                                       email=f"b{n}@rs.id"))
            for maker in makers:
                set_request(session, event, buyer, maker, priority="must")
        add_session(session, day="2027-01-27", start="10:00", end="11:20", slot_minutes=20)
        assert schedule(session).placed == 6
    desk = join(event_db, tmp_path, migrated_template, "desk")
    send(event_db, desk, tmp_path)
    yield event_db, desk
    desk.dispose()


def free_slot_for(db: Database, meeting_id: str) -> datetime:
    with db.reader() as session:
        event = require_event(session)
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        for slot in all_slots(session, event):
            if core.clash(session, buyer_id=meeting.visitor_id,
                          exhibitor_id=meeting.exhibitor_id, table=meeting.table_name,
                          start=slot.start, end=slot.end, ignore=meeting.id) is None \
                    and slot.start != meeting.starts_at:
                return slot.start
    raise AssertionError("no free slot")


def test_moves_made_apart_that_clash_are_shown_after_sync(pair: tuple[Database, Database],
                                                          tmp_path: Path) -> None:
    coordinator, desk = pair
    with coordinator.reader() as session:
        rows = session.scalars(select(Meeting).order_by(Meeting.starts_at)).all()
        # Two meetings at the same table (MEDI), both movable to the one free slot.
        medi = session.scalar(select(Exhibitor.id).where(Exhibitor.code == "MEDI"))
        at_medi = [m.id for m in rows if m.exhibitor_id == medi]
    target = free_slot_for(coordinator, at_medi[0])
    with coordinator.session() as session:
        core.move(session, require_event(session), session.get(Meeting, at_medi[0]), target)
    with desk.session() as session:
        event = require_event(session)
        second = session.get(Meeting, at_medi[1])
        core.move(session, event, second, target)  # free on this laptop: allowed here
    with coordinator.reader() as session:
        assert core.conflicts(session) == []
    full_round([coordinator, desk], tmp_path)
    assert dump(coordinator) == dump(desk)
    for laptop in (coordinator, desk):
        with laptop.reader() as session:
            clashes = core.conflicts(session)
            assert len(clashes) == 1  # both meetings kept, the clash visible
            assert {clashes[0][0].id, clashes[0][1].id} == set(at_medi[:2])
            # Nothing was merged away: both meetings are there, in the same slot.
            assert {session.get(Meeting, mid).starts_at for mid in at_medi[:2]} == {target}
    # Resolving it on one laptop (moving one back) clears it everywhere after a sync.
    with desk.session() as session:
        event = require_event(session)
        back = session.get(Meeting, at_medi[1])
        with pytest.raises(BoothError):
            core.move(session, event, back, target)  # still refused onto the clash
        core.move(session, event, back, free_slot_for(desk, at_medi[1]))
    full_round([coordinator, desk], tmp_path)
    for laptop in (coordinator, desk):
        with laptop.reader() as session:
            assert core.conflicts(session) == []


def test_the_same_request_made_on_two_laptops_is_one_request(
        pair: tuple[Database, Database], tmp_path: Path) -> None:
    coordinator, desk = pair
    with coordinator.session() as session:
        buyer_id = add_visitor(session, VisitorFields(name="Late Buyer", email="")).id
    send(coordinator, desk, tmp_path)
    # Both laptops, apart, record a request for the same pair: two rows, two ids.
    made = []
    for laptop, priority in ((coordinator, "want"), (desk, "must")):
        with laptop.session() as session:
            maker = session.scalar(select(Exhibitor).where(Exhibitor.code == "FARM"))
            request, created = set_request(session, require_event(session),
                                           session.get(Visitor, buyer_id), maker,
                                           priority=priority)
            assert created
            made.append(request.id)
    assert made[0] != made[1]
    full_round([coordinator, desk], tmp_path)
    assert dump(coordinator) == dump(desk)
    for laptop in (coordinator, desk):
        with laptop.reader() as session:
            from booth_app.core.meetings.requests import list_requests

            late = [r for r in list_requests(session) if r.visitor_id == buyer_id]
            assert len(late) == 1  # one logical request, the newest content
            assert late[0].priority == "must"


def test_meetings_travel_through_the_hub(pair: tuple[Database, Database],
                                         pg_fresh_url: str) -> None:
    """The hub is a Booth database like the laptops: a schedule, a move and an outcome
    made on one laptop reach the other through hub rounds alone, with no clash."""
    from booth_app.core.meetings.outcomes import record_outcome
    from booth_app.core.sync.hub import hub_round
    from tests.core.sync.test_sync_hub import converge, hub_dump

    coordinator, desk = pair
    with coordinator.reader() as session:
        chosen = session.scalars(select(Meeting.id).order_by(Meeting.starts_at)).first()
    assert chosen is not None
    target = free_slot_for(coordinator, chosen)
    with coordinator.session() as session:
        meeting = session.get(Meeting, chosen)
        core.move(session, require_event(session), meeting, target)
        record_outcome(session, meeting, "mou", value="250000", currency="USD")
    hub_round(coordinator, pg_fresh_url)
    converge([coordinator, desk], pg_fresh_url)
    assert dump(coordinator) == dump(desk) == hub_dump(pg_fresh_url)
    with desk.reader() as session:
        arrived = session.get(Meeting, chosen)
        assert arrived is not None and arrived.outcome == "mou"
        assert arrived.starts_at == target
        assert core.conflicts(session) == []
