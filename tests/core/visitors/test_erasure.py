"""Erasure on request: nothing of the person left in the file, the WAL or the search
index; what counts stays, naming nobody; their badge says so at the door."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from personal_data_case import (
    EMAIL,
    FAMILY,
    NAME,
    SECRETS,
    Person,
    seed_exhibitor,
    seed_person,
    traces_in_files,
    traces_in_tables,
)
from sqlalchemy import func, select

from booth_app.core.audit import list_entries
from booth_app.core.checkin.rules import check_in
from booth_app.core.errors import InputError, NotFound
from booth_app.core.exhibitors.manufacturers import find_exhibitor
from booth_app.core.leads.capture import capture_lead
from booth_app.core.visitors.erasure import erase_person
from booth_app.core.visitors.register import search_visitors
from booth_app.storage import database as database_module
from booth_app.storage.database import SECURE_SINCE_KEY, Database
from booth_app.storage.models import (
    Answer,
    Checkin,
    Lead,
    LeadInteraction,
    LeadProduct,
    Meeting,
    MeetingRequest,
    Meta,
    Visitor,
)


@pytest.fixture
def person(event_db: Database) -> Person:
    seed_exhibitor(event_db)
    return seed_person(event_db)


def _state(db: Database, person: Person) -> dict[str, Any]:
    with db.reader() as session:
        lead = session.get(Lead, person.lead)
        meeting = session.get(Meeting, person.meeting)
        assert lead is not None and meeting is not None
        return {
            "lead": (lead.rating, lead.stage, lead.value, lead.currency, lead.deleted),
            "products": session.scalar(select(func.count()).select_from(LeadProduct).where(
                LeadProduct.lead_id == lead.id)),
            "checkins": session.scalar(select(func.count()).select_from(Checkin)),
            "meeting": (meeting.status, meeting.outcome, meeting.starts_at, meeting.deleted),
        }


def test_an_erased_person_leaves_no_trace_in_the_file_and_still_counts(
        event_db: Database, db_path: Path, person: Person) -> None:
    assert traces_in_files(db_path)  # the search below can see her
    before = _state(event_db, person)

    erased = erase_person(event_db, EMAIL, reason=f"asked by e-mail ({EMAIL}, {FAMILY})")

    assert erased.as_dict() == {"visitor": person.visitor, "leads": 1, "checkins": 1,
                                "meetings": 1}
    assert traces_in_files(db_path) == {}
    assert traces_in_tables(event_db) == {}  # the audit entry's reason included
    assert _state(event_db, person) == before  # rating, stage, value, products, meeting
    with event_db.reader() as session:
        for visitor_id in (person.visitor, person.twin):
            row = session.get(Visitor, visitor_id)
            assert row is not None and row.erased_at is not None and row.deleted
            assert (row.name, row.email, row.phone, row.search_text) == ("", "", "", "")
            assert row.country in ("AE", "")  # what counts without naming stays
        lead = session.get(Lead, person.lead)
        assert lead is not None and (lead.notes, lead.follow_up_action) == ("", "")
        assert all(a.value == {} for a in session.scalars(select(Answer)))
        assert all(i.note == "" for i in session.scalars(select(LeadInteraction)))
        request = session.get(MeetingRequest, person.request)
        meeting = session.get(Meeting, person.meeting)
        assert request is not None and request.note == ""
        assert meeting is not None and meeting.outcome_note == ""
        # Nobody else lost anything.
        assert [v.name for v in search_visitors(session, "budi")] == ["Budi Santoso"]
        assert search_visitors(session, "khadija") == []
        assert search_visitors(session, "القزويني") == []
    event_db.dispose()
    assert traces_in_files(db_path) == {}
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute(
            "INSERT INTO visitor_fts(visitor_fts, rank) VALUES ('integrity-check', 1)"
        ).rowcount in (-1, 0, 1)
    conn.close()


def test_an_erased_badge_is_refused_at_the_door_and_the_booth(event_db: Database,
                                                              person: Person) -> None:
    erase_person(event_db, person.code)
    for payload in (person.token, person.code):
        with event_db.session() as session:
            result = check_in(session, payload)
        assert (result.status, result.visitor, result.valid) == ("revoked", None, False)
        assert "erased" in result.message and result.extra["erased"] is True
        with pytest.raises(InputError, match="erased"), event_db.session() as session:
            capture_lead(session, find_exhibitor(session, "MEDI"), payload)
    with event_db.reader() as session:
        refused = session.scalars(select(Checkin).where(Checkin.status == "revoked")).all()
        assert [c.visitor_id for c in refused] == [None, None]  # counted, nobody named


def test_erasing_again_is_harmless_and_the_log_names_nobody(event_db: Database,
                                                            person: Person) -> None:
    first = erase_person(event_db, person.visitor, reason=f"request from {NAME}")
    with event_db.reader() as session:
        stamp = session.get(Visitor, person.visitor).hlc  # type: ignore[union-attr]
    again = erase_person(event_db, person.code)
    assert again == first
    with event_db.reader() as session:
        assert session.get(Visitor, person.visitor).hlc == stamp  # type: ignore[union-attr]
        entries = list_entries(session, action="erase")
    assert [e.action for e in entries] == ["visitor.erase", "visitor.erase"]
    assert entries[0].at >= entries[1].at
    assert entries[1].detail["reason"] == "request from [erased]"
    assert entries[1].entity_id == person.visitor
    for entry in entries:
        assert not any(secret in entry.what for secret in SECRETS)


def test_a_person_is_found_by_id_code_or_email_and_nothing_else(event_db: Database,
                                                                person: Person) -> None:
    for ref in ("", "nobody@example.id", "ZZZZ-ZZZZ", "not an id"):
        with pytest.raises((NotFound, InputError)):
            erase_person(event_db, ref)
    with event_db.reader() as session:
        assert session.get(Visitor, person.visitor).erased_at is None  # type: ignore[union-attr]
    # Her merged-away duplicate's id leads to her.
    assert erase_person(event_db, person.twin).visitor_id == person.visitor


def test_a_file_written_before_secure_delete_is_rebuilt_at_its_first_erasure(
        db_path: Path, migrated_template: Path, monkeypatch: pytest.MonkeyPatch,
        make_event: Any) -> None:
    import shutil

    shutil.copyfile(migrated_template, db_path)
    pragmas = database_module._sqlite_pragmas

    def as_before(conn: sqlite3.Connection, record: Any) -> None:
        pragmas(conn, record)
        conn.execute("PRAGMA secure_delete=OFF")

    monkeypatch.setattr(database_module, "_sqlite_pragmas", as_before)
    old = Database(db_path)
    make_event(old)
    seed_exhibitor(old)
    person = seed_person(old)
    with old.session() as session:
        session.delete(session.get(Meta, SECURE_SINCE_KEY))
    old.dispose()
    monkeypatch.setattr(database_module, "_sqlite_pragmas", pragmas)

    db = Database(db_path)
    try:
        erase_person(db, person.visitor)
        assert traces_in_files(db_path) == {}
        with db.reader() as session:
            assert session.get(Meta, SECURE_SINCE_KEY) is not None  # once is enough
    finally:
        db.dispose()


def test_erasure_on_a_postgresql_database_leaves_nothing_in_its_tables(
        pg_fresh_url: str, make_event: Any) -> None:
    hub = Database(pg_fresh_url)
    try:
        make_event(hub)
        seed_exhibitor(hub)
        person = seed_person(hub)
        assert traces_in_tables(hub)
        erased = erase_person(hub, person.code)
        assert (erased.leads, erased.checkins, erased.meetings) == (1, 1, 1)
        assert traces_in_tables(hub) == {}
    finally:
        hub.dispose()


def test_the_pavilions_figures_are_the_same_after_an_erasure(event_db: Database,
                                                             person: Person) -> None:
    from booth_app.core.events import require_event
    from booth_app.core.figures import pavilion_stats
    from booth_app.core.report.figures import collect_report

    def figures() -> tuple[Any, ...]:
        with event_db.reader() as session:
            stats = pavilion_stats(session, require_event(session))
            report = collect_report(session).totals()
        return (stats.visitors_registered, stats.unique_visitors,
                dict(stats.visitors_by_country), dict(stats.visitors_by_category),
                report["visitors_registered"], report["unique_visitors"],
                report["checkins"], report["leads"])

    before = figures()
    assert before[1] >= 1 and before[5] >= 1  # she came in: she is counted
    erase_person(event_db, person.code)
    assert figures() == before  # counted still, naming nobody; her merged twin not twice
