"""Editing visitors, finding duplicates and merging them into one person."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from booth_app.core.badges.tokens import issue_badge
from booth_app.core.errors import InputError
from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import add_exhibitor, add_product
from booth_app.core.visitors.merge import (
    duplicates_of,
    find_duplicates,
    merge_visitors,
    update_visitor,
)
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.core.visitors.search import search_visitors
from booth_app.storage.database import Database
from booth_app.storage.models import (
    Answer,
    AuditLog,
    Badge,
    Checkin,
    Lead,
    LeadInteraction,
    LeadProduct,
    Question,
    Visitor,
)


def add(db: Database, **fields: object) -> str:
    with db.session() as session:
        return add_visitor(session, VisitorFields.parse(**fields)).id


def fields_of(visitor: Visitor, **changes: object) -> VisitorFields:
    raw = {k: getattr(visitor, k) for k in ("name", "organization", "job_title", "email",
                                             "phone", "country", "category", "given_name",
                                             "family_name", "external_id", "consent")}
    raw.update(changes)
    return VisitorFields(**raw)  # type: ignore[arg-type]


# -- editing ----------------------------------------------------------------------------

def test_an_edit_is_saved_found_by_its_new_words_and_logged(event_db: Database) -> None:
    vid = add(event_db, name="Budi Santoso", organization="RS Harapan")
    with event_db.session() as s:
        v = s.get(Visitor, vid)
        update_visitor(s, v, fields_of(v, name="Budi Santosa", organization="Gulf Medical",
                                       email="Budi@Example.COM", country="Indonesia"))
    with event_db.reader() as s:
        v = s.get(Visitor, vid)
        assert (v.name, v.organization, v.email, v.country) == (
            "Budi Santosa", "Gulf Medical", "budi@example.com", "ID")
        assert [x.id for x in search_visitors(s, "santosa gulf")] == [vid]
        assert search_visitors(s, "harapan") == []
        log = s.scalars(select(AuditLog).where(AuditLog.action == "visitor.edit")).one()
        assert log.entity_id == vid
        assert set(log.detail["fields"]) >= {"name", "organization", "email", "country"}


def test_a_bad_email_changes_nothing(event_db: Database) -> None:
    vid = add(event_db, name="Siti Rahma", email="siti@example.com")
    with pytest.raises(InputError, match="e-mail"), event_db.session() as s:
        v = s.get(Visitor, vid)
        update_visitor(s, v, fields_of(v, name="Siti R.", email="siti at example"))
    with event_db.reader() as s:
        v = s.get(Visitor, vid)
        assert (v.name, v.email) == ("Siti Rahma", "siti@example.com")
        assert s.scalars(select(AuditLog).where(AuditLog.action == "visitor.edit")).all() == []


def test_consent_records_when_it_was_given_and_withdrawal_clears_it(event_db: Database) -> None:
    vid = add(event_db, name="Omar Haddad")
    given = datetime(2027, 1, 28, 7, 30, tzinfo=UTC)
    with event_db.session() as s:
        v = s.get(Visitor, vid)
        assert v.consent_at is None
        update_visitor(s, v, fields_of(v, consent=True), now=given)
    with event_db.session() as s:
        v = s.get(Visitor, vid)
        assert v.consent and v.consent_at == given
        # Saving again (another field) keeps the original time.
        update_visitor(s, v, fields_of(v, job_title="Buyer"), now=given + timedelta(hours=2))
    with event_db.session() as s:
        v = s.get(Visitor, vid)
        assert v.consent_at == given
        update_visitor(s, v, fields_of(v, consent=False))
    with event_db.reader() as s:
        v = s.get(Visitor, vid)
        assert not v.consent and v.consent_at is None
        logs = s.scalars(select(AuditLog).where(AuditLog.action == "visitor.edit")
                         .order_by(AuditLog.hlc)).all()
        assert [log.detail.get("consent") for log in logs] == [True, None, False]


# -- duplicates -------------------------------------------------------------------------

def test_duplicates_by_email_or_by_name_and_organisation(event_db: Database) -> None:
    a = add(event_db, name="Ahmed Al Farsi", email="ahmed@dha.gov.ae", organization="DHA")
    b = add(event_db, name="A. Farsi", email="AHMED@dha.gov.ae")
    c = add(event_db, name="Zoë Müller", organization="Charité Berlin")
    d = add(event_db, name="zoe muller", organization="CHARITE  berlin")
    add(event_db, name="Mohammed Ali")  # same name, no organisation: not flagged
    add(event_db, name="Mohammed Ali")
    add(event_db, name="Zoë Müller", organization="Another Clinic")
    add(event_db, name="Lone Visitor", email="lone@example.com")
    with event_db.reader() as s:
        groups = [frozenset(v.id for v in g) for g in find_duplicates(s)]
        assert len(groups) == 2
        assert set(groups) == {frozenset({a, b}), frozenset({c, d})}
        assert {v.id for v in duplicates_of(s, s.get(Visitor, a))} == {b}
        assert {v.id for v in duplicates_of(s, s.get(Visitor, c))} == {d}


def test_a_chain_of_matches_is_one_group_and_tombstones_are_ignored(event_db: Database) -> None:
    a = add(event_db, name="Rina Wijaya", organization="Kalbe", email="rina@kalbe.co.id")
    b = add(event_db, name="Rina Wijaya", organization="Kalbe")
    c = add(event_db, name="R. Wijaya", email="rina@kalbe.co.id")
    gone = add(event_db, name="Rina Wijaya", organization="Kalbe")
    with event_db.session() as s:
        s.get(Visitor, gone).deleted = True
    with event_db.reader() as s:
        assert [{v.id for v in g} for g in find_duplicates(s)] == [{a, b, c}]


# -- merging ----------------------------------------------------------------------------

@pytest.fixture
def pavilion(event_db: Database) -> dict[str, str]:
    """Two records of one person, each with check-ins, a badge and leads."""
    ids: dict[str, str] = {}
    with event_db.session() as s:
        event = require_event(s)
        ex1 = add_exhibitor(s, code="ONEMED", name="OneMed")
        ex2 = add_exhibitor(s, code="KALBE", name="Kalbe")
        p1, p2 = add_product(s, ex1, "Ventilator"), add_product(s, ex1, "Monitor")
        question = Question(exhibitor_id=ex1.id, text="Budget?", kind="text")
        s.add(question)
        keep = add_visitor(s, VisitorFields.parse(name="Ahmed Al Farsi", email="a@dha.ae"))
        other = add_visitor(s, VisitorFields.parse(
            name="Ahmed AlFarsi", email="a@dha.ae", organization="Dubai Health Authority",
            phone="+971 50 123 4567", country="AE", category="government", consent=True))
        s.flush()
        _, token = issue_badge(s, event, other)
        s.add_all([Checkin(visitor_id=other.id, status="admitted"),
                   Checkin(visitor_id=other.id, status="reentry"),
                   Checkin(visitor_id=keep.id, status="admitted")])
        # Both have a lead at OneMed: keep's is new/cold, other's is a hot meeting.
        weak = Lead(exhibitor_id=ex1.id, visitor_id=keep.id, rating="cold", stage="new",
                    notes="asked for brochure")
        strong = Lead(exhibitor_id=ex1.id, visitor_id=other.id, rating="hot", stage="meeting",
                      value=Decimal("250000"), currency="USD", notes="wants 20 units")
        lone = Lead(exhibitor_id=ex2.id, visitor_id=other.id, rating="warm")
        s.add_all([weak, strong, lone])
        s.flush()
        s.add_all([LeadProduct(lead_id=weak.id, product_id=p1.id),
                   LeadProduct(lead_id=strong.id, product_id=p1.id),
                   LeadProduct(lead_id=strong.id, product_id=p2.id),
                   LeadInteraction(lead_id=strong.id, kind="meeting", note="Tuesday 10:00"),
                   Answer(lead_id=weak.id, question_id=question.id, value={"text": "small"}),
                   Answer(lead_id=strong.id, question_id=question.id, value={"text": "1M"})])
        s.flush()
        ids.update(keep=keep.id, other=other.id, ex1=ex1.id, ex2=ex2.id, weak=weak.id,
                   strong=strong.id, lone=lone.id, token=token, p1=p1.id, p2=p2.id)
    return ids


def test_merge_moves_checkins_and_leads_and_keeps_the_badge(event_db: Database,
                                                             pavilion: dict[str, str]) -> None:
    with event_db.session() as s:
        merge_visitors(s, s.get(Visitor, pavilion["keep"]), [s.get(Visitor, pavilion["other"])])
    with event_db.reader() as s:
        keep, other = s.get(Visitor, pavilion["keep"]), s.get(Visitor, pavilion["other"])
        assert other.deleted and other.merged_into_id == keep.id
        assert not keep.deleted
        # Empty fields filled from the duplicate; the name kept as it was.
        assert keep.name == "Ahmed Al Farsi"
        assert (keep.organization, keep.phone, keep.country, keep.category) == (
            "Dubai Health Authority", "+971 50 123 4567", "AE", "government")
        assert keep.consent and keep.consent_at == other.consent_at
        assert [v.id for v in search_visitors(s, "dubai health")] == [keep.id]
        # Every check-in is now the kept visitor's.
        assert s.scalars(select(Checkin.visitor_id)).all() == [keep.id] * 3
        # The printed badge stays on the tombstone, which points at the person.
        badge = s.scalars(select(Badge)).one()
        assert badge.visitor_id == other.id and not badge.revoked
        log = s.scalars(select(AuditLog).where(AuditLog.action == "visitor.merge")).one()
        assert log.entity_id == keep.id and log.detail["merged"] == [other.id]
        assert log.detail["checkins"] == 2


def test_merge_resolves_two_leads_at_one_manufacturer(event_db: Database,
                                                       pavilion: dict[str, str]) -> None:
    with event_db.session() as s:
        merge_visitors(s, s.get(Visitor, pavilion["keep"]), [s.get(Visitor, pavilion["other"])])
    with event_db.reader() as s:
        live = s.scalars(select(Lead).where(Lead.deleted.is_(False))).all()
        assert {(lead.exhibitor_id, lead.visitor_id) for lead in live} == {
            (pavilion["ex1"], pavilion["keep"]), (pavilion["ex2"], pavilion["keep"])}
        one = next(lead for lead in live if lead.exhibitor_id == pavilion["ex1"])
        # The better lead's content (hot, meeting, value) won; both notes kept.
        assert (one.rating, one.stage, one.value, one.currency) == (
            "hot", "meeting", Decimal("250000.00"), "USD")
        assert "asked for brochure" in one.notes and "wants 20 units" in one.notes
        assert s.get(Lead, pavilion["strong"]).deleted
        # Products united without doubles; the meeting history came along.
        products = s.scalars(select(LeadProduct.product_id).where(
            LeadProduct.lead_id == one.id, LeadProduct.deleted.is_(False))).all()
        assert sorted(products) == sorted([pavilion["p1"], pavilion["p2"]])
        kinds = s.scalars(select(LeadInteraction.kind).where(
            LeadInteraction.lead_id == one.id)).all()
        assert "meeting" in kinds
        answers = s.scalars(select(Answer).where(Answer.lead_id == one.id,
                                                 Answer.deleted.is_(False))).all()
        assert [a.value for a in answers] == [{"text": "1M"}]


def test_the_kept_lead_wins_when_it_is_better(event_db: Database,
                                              pavilion: dict[str, str]) -> None:
    # Keep the record with the strong lead this time.
    with event_db.session() as s:
        merge_visitors(s, s.get(Visitor, pavilion["other"]), [s.get(Visitor, pavilion["keep"])])
    with event_db.reader() as s:
        lead = s.get(Lead, pavilion["strong"])
        assert not lead.deleted and (lead.rating, lead.stage) == ("hot", "meeting")
        assert s.get(Lead, pavilion["weak"]).deleted
        answers = s.scalars(select(Answer.value).where(Answer.lead_id == lead.id,
                                                       Answer.deleted.is_(False))).all()
        assert answers == [{"text": "1M"}]


def test_merge_refuses_itself_and_tombstones_and_changes_nothing(
        event_db: Database, pavilion: dict[str, str]) -> None:
    with pytest.raises(InputError, match="itself"), event_db.session() as s:
        keep = s.get(Visitor, pavilion["keep"])
        merge_visitors(s, keep, [s.get(Visitor, pavilion["other"]), keep])
    with event_db.session() as s:
        merge_visitors(s, s.get(Visitor, pavilion["keep"]), [s.get(Visitor, pavilion["other"])])
    with pytest.raises(InputError, match="already merged"), event_db.session() as s:
        merge_visitors(s, s.get(Visitor, pavilion["other"]), [s.get(Visitor, pavilion["keep"])])
    with pytest.raises(InputError, match="already merged"), event_db.session() as s:
        merge_visitors(s, s.get(Visitor, pavilion["keep"]), [s.get(Visitor, pavilion["other"])])
    with event_db.reader() as s:
        assert not s.get(Visitor, pavilion["keep"]).deleted
        assert len(s.scalars(select(AuditLog).where(AuditLog.action == "visitor.merge")).all()) == 1


def test_a_failed_merge_leaves_no_half_done_work(event_db: Database,
                                                 pavilion: dict[str, str]) -> None:
    with pytest.raises(RuntimeError), event_db.session() as s:
        merge_visitors(s, s.get(Visitor, pavilion["keep"]), [s.get(Visitor, pavilion["other"])])
        raise RuntimeError("power cut")
    with event_db.reader() as s:
        assert not s.get(Visitor, pavilion["other"]).deleted
        assert s.scalars(select(Checkin.visitor_id).where(
            Checkin.visitor_id == pavilion["other"])).all() == [pavilion["other"]] * 2


def test_merging_into_a_visitor_that_was_merged_earlier_repoints_the_chain(
        event_db: Database) -> None:
    a, b, c = (add(event_db, name=n, email="x@example.com") for n in ("A One", "A Two", "A 3"))
    with event_db.session() as s:
        merge_visitors(s, s.get(Visitor, b), [s.get(Visitor, a)])
    with event_db.session() as s:
        merge_visitors(s, s.get(Visitor, c), [s.get(Visitor, b)])
    with event_db.reader() as s:
        assert s.get(Visitor, a).merged_into_id == c
        assert s.get(Visitor, b).merged_into_id == c
        assert find_duplicates(s) == []
