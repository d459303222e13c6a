"""Merging two records of one person at the desk takes their business matching along."""

from __future__ import annotations

from sqlalchemy import select

from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.core.meetings.meetings import list_meetings
from booth_app.core.meetings.requests import list_requests, set_request
from booth_app.core.meetings.scheduling import schedule
from booth_app.core.meetings.sessions import add_session
from booth_app.core.visitors.merge import merge_visitors
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import MeetingRequest


def test_a_merged_duplicate_keeps_one_request_per_manufacturer(event_db: Database) -> None:
    with event_db.session() as session:
        event = require_event(session)
        medi = add_exhibitor(session, code="MEDI", name="PT Medika")
        farm = add_exhibitor(session, code="FARM", name="PT Farma")
        keep = add_visitor(session, VisitorFields(name="Siti Rahma", email="siti@rs.id"))
        dup = add_visitor(session, VisitorFields(name="Siti Rahma", email="siti.r@rs.id"))
        set_request(session, event, keep, medi, priority="want")
        set_request(session, event, dup, medi, priority="must")
        set_request(session, event, dup, farm, priority="want")
        add_session(session, day="2027-01-27", start="10:00", end="11:00", slot_minutes=20)
        assert schedule(session).placed == 3
        merge_visitors(session, keep, [dup])
        requests = list_requests(session)
        assert {(r.visitor_id, r.exhibitor_id) for r in requests} == {(keep.id, medi.id),
                                                                     (keep.id, farm.id)}
        meetings = list_meetings(session)
        assert {m.visitor_id for m in meetings} == {keep.id}
        live = [m for m in meetings if m.status != "cancelled"]
        assert sorted(m.exhibitor_id for m in live) == sorted([medi.id, farm.id])
        assert {m.request_id for m in meetings} <= {r.id for r in requests}
        gone = session.scalars(select(MeetingRequest).where(
            MeetingRequest.deleted.is_(True))).all()
        assert len(gone) == 1
        # Rescheduling now sees one person: never two meetings for her at once.
        schedule(session)
        starts = [m.starts_at for m in list_meetings(session) if m.status != "cancelled"]
        assert len(starts) == len(set(starts))
