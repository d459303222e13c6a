"""An erasure travels by bundle and through the hub, and nothing a laptop did offline
before hearing of it brings the person back (core.sync.merge, rule 7)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from personal_data_case import (
    NAME,
    SECRETS,
    Person,
    seed_exhibitor,
    seed_person,
    traces_in_files,
    traces_in_tables,
)
from sqlalchemy import func, select

from booth_app.core.exhibitors.manufacturers import add_exhibitor, find_exhibitor
from booth_app.core.leads.capture import capture_for_visitor, update_lead
from booth_app.core.leads.fields import LeadFields
from booth_app.core.sync.bundle import export_changes, import_changes
from booth_app.core.sync.hub import hub_round
from booth_app.core.visitors.erasure import erase_person
from booth_app.core.visitors.merge import merge_visitors, update_visitor
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import Checkin, Lead, Visitor
from tests.core.sync.test_sync import dump, full_round, join
from tests.core.sync.test_sync_hub import converge, hub_dump

# What laptop B writes about her offline, before it hears of the erasure.
NEW_PHONE = "+971 52 444 3333"
B_NOTE = "B heard she wants Wombatello monitors"
B_LEAD_NOTE = "second booth met her Okapinski"
OFFLINE = (NEW_PHONE, B_NOTE, B_LEAD_NOTE)
EVERYTHING = SECRETS + OFFLINE


@pytest.fixture
def pair(event_db: Database, tmp_path: Path,
         migrated_template: Path) -> Iterator[tuple[Database, Database, Person]]:
    """A (the coordinator, holding Khadija with all her data) and B, joined from A's
    setup and holding all of it too."""
    seed_exhibitor(event_db)
    with event_db.session() as session:
        add_exhibitor(session, code="FARM", name="PT Farma")
    b = join(event_db, tmp_path, migrated_template, "b")
    person = seed_person(event_db)
    send(event_db, b, tmp_path)
    yield event_db, b, person
    b.dispose()


def send(src: Database, dst: Database, folder: Path) -> None:
    bundle = folder / f"{src.device_id[-6:]}-{dst.device_id[-6:]}.bundle"
    bundle.unlink(missing_ok=True)
    export_changes(src, bundle, destination=dst.device_id)
    import_changes(dst, bundle)


def work_offline(b: Database, person: Person) -> None:
    """B edits her phone, adds to her lead's notes and captures a second lead with a
    note at another booth."""
    with b.session() as session:
        visitor = session.get(Visitor, person.visitor)
        assert visitor is not None and visitor.name == NAME
        fields = {key: getattr(visitor, key) for key in (
            "name", "organization", "job_title", "email", "country", "category",
            "given_name", "family_name", "external_id", "consent")}
        update_visitor(session, visitor, VisitorFields.parse(**fields, phone=NEW_PHONE))
    with b.session() as session:
        lead = session.get(Lead, person.lead)
        assert lead is not None
        update_lead(session, lead, LeadFields.parse(notes=B_NOTE), staff_id=None)
        visitor = session.get(Visitor, person.visitor)
        capture_for_visitor(session, find_exhibitor(session, "FARM"), visitor,  # type: ignore[arg-type]
                            fields=LeadFields.parse(notes=B_LEAD_NOTE, rating="warm"))


def leads_of(db: Database, visitor_id: str) -> list[tuple[str, str, str]]:
    with db.reader() as session:
        return sorted((lead.rating, lead.stage, lead.notes) for lead in session.scalars(
            select(Lead).where(Lead.visitor_id == visitor_id, Lead.deleted.is_(False))))


@pytest.mark.parametrize("first", ["erasure first", "offline work first"])
def test_a_bundle_round_trip_leaves_nothing_of_her_on_either_laptop(
        pair: tuple[Database, Database, Person], tmp_path: Path, first: str) -> None:
    a, b, person = pair
    work_offline(b, person)
    erase_person(a, person.visitor, reason="asked at the desk")
    assert traces_in_files(b.path)  # B still holds her (and what it added) ...
    if first == "erasure first":
        send(a, b, tmp_path)
        send(b, a, tmp_path)
    else:
        send(b, a, tmp_path)  # ... and sends it to A, which had erased her:
        assert traces_in_files(a.path, EVERYTHING) == {}  # blanked as it arrived
        send(a, b, tmp_path)
    full_round([a, b], tmp_path)
    for laptop in (a, b):
        assert traces_in_files(laptop.path, EVERYTHING) == {}, laptop.device_name
        assert traces_in_tables(laptop, EVERYTHING) == {}
        # Her two leads still count, naming nobody; so does her check-in.
        assert leads_of(laptop, person.visitor) == [("hot", "mou", ""), ("warm", "new", "")]
        with laptop.reader() as session:
            assert session.scalar(select(func.count()).select_from(Checkin)) == 1
            visitor = session.get(Visitor, person.visitor)
            assert visitor is not None and visitor.erased_at is not None
            assert (visitor.name, visitor.phone) == ("", "")
    assert dump(a) == dump(b)


def test_an_old_edit_arriving_long_after_never_brings_her_back(
        pair: tuple[Database, Database, Person], tmp_path: Path) -> None:
    """B's edit carries a later stamp than the erasure (its clock runs ahead): the
    erasure still wins, on A and on B."""
    a, b, person = pair
    erase_person(a, person.visitor)
    b.clock.observe(f"{9_999_999_999_999:013d}.00000.x")  # B's clock far ahead
    work_offline(b, person)
    with b.reader() as session:
        edited = session.get(Visitor, person.visitor)
        assert edited is not None and edited.phone == NEW_PHONE
    with a.reader() as session:
        assert edited.hlc > session.get(Visitor, person.visitor).hlc  # type: ignore[union-attr]
    send(b, a, tmp_path)
    send(a, b, tmp_path)
    full_round([a, b], tmp_path)
    for laptop in (a, b):
        assert traces_in_files(laptop.path, EVERYTHING) == {}
        with laptop.reader() as session:
            assert session.get(Visitor, person.visitor).erased_at is not None  # type: ignore[union-attr]
    assert dump(a) == dump(b)


def test_the_hub_and_both_laptops_hold_nothing_of_her_after_a_round(
        pair: tuple[Database, Database, Person], pg_fresh_url: str) -> None:
    a, b, person = pair
    converge([a, b], pg_fresh_url)  # the hub holds her too
    hub = Database(pg_fresh_url)
    try:
        assert traces_in_tables(hub)
    finally:
        hub.dispose()
    work_offline(b, person)
    erase_person(a, person.visitor)
    hub_round(a, pg_fresh_url)  # the erasure reaches the hub
    hub_round(b, pg_fresh_url)  # B pushes its offline work, then hears of the erasure
    converge([a, b], pg_fresh_url)
    for laptop in (a, b):
        assert traces_in_files(laptop.path, EVERYTHING) == {}, laptop.device_name
        assert leads_of(laptop, person.visitor) == [("hot", "mou", ""), ("warm", "new", "")]
    hub = Database(pg_fresh_url)
    try:
        assert traces_in_tables(hub, EVERYTHING) == {}
    finally:
        hub.dispose()
    assert dump(a) == dump(b) == hub_dump(pg_fresh_url)


@pytest.mark.parametrize("first", ["erasure first", "merge first"])
def test_a_merge_into_another_record_made_offline_does_not_keep_her(
        pair: tuple[Database, Database, Person], tmp_path: Path, first: str) -> None:
    """B registered her again and merged the record A erases into the new one: the
    person is the new record now, so the erasure takes it too."""
    a, b, person = pair
    with b.session() as session:
        again = add_visitor(session, VisitorFields.parse(name=NAME, phone=NEW_PHONE,
                                                         organization="Wombatello Care"))
        merge_visitors(session, again, [session.get(Visitor, person.visitor)])  # type: ignore[list-item]
        kept = again.id
    erase_person(a, person.visitor)
    order = [(a, b), (b, a)] if first == "erasure first" else [(b, a), (a, b)]
    for src, dst in order:
        send(src, dst, tmp_path)
    full_round([a, b], tmp_path)
    for laptop in (a, b):
        assert traces_in_files(laptop.path, (*EVERYTHING, "Wombatello Care")) == {}
        with laptop.reader() as session:
            for visitor_id in (person.visitor, kept):
                assert session.get(Visitor, visitor_id).erased_at is not None  # type: ignore[union-attr]
        assert [rating for rating, _stage, _notes in leads_of(laptop, kept)] == ["hot"]
    assert dump(a) == dump(b)
