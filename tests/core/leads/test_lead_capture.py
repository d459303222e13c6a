"""Scanning visitors into leads at a booth: one lead per visitor per manufacturer."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from booth_app.core.badges.tokens import issue_badge
from booth_app.core.errors import BoothError, InputError, NotFound
from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import add_exhibitor, add_product, find_exhibitor
from booth_app.core.exhibitors.staff import add_staff
from booth_app.core.leads.capture import (
    UnreadableBadge,
    capture_for_visitor,
    capture_lead,
    delete_lead,
    find_lead,
    update_lead,
)
from booth_app.core.leads.details import (
    lead_answers,
    lead_interactions,
    lead_product_ids,
    lead_to_dict,
)
from booth_app.core.leads.fields import Catalogue, LeadFields, parse_amount
from booth_app.core.leads.listing import lead_row, lead_rows, list_leads
from booth_app.core.leads.summary import lead_summary
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import (
    Answer,
    AuditLog,
    Lead,
    LeadInteraction,
    LeadProduct,
    Question,
    Visitor,
)

T0 = datetime(2027, 1, 27, 10, 0, tzinfo=UTC)
BUDI = "A10023^Budi^Santoso^budi@majumedika.co.id^Purchasing Director^PT Maju Medika"


@pytest.fixture
def booth(event_db: Database) -> dict[str, Any]:
    """Two manufacturers with products, staff and questions; two listed visitors."""
    with event_db.session() as session:
        event = require_event(session)
        medika = add_exhibitor(session, code="MEDIKA", name="PT Medika Nusantara", booth="B10")
        sehat = add_exhibitor(session, code="SEHAT", name="PT Sehat Sentosa", booth="B12")
        for name in ("Hospital Bed HB-200", "Patient Monitor PM-7", "Infusion Pump IP-3"):
            add_product(session, medika, name)
        add_product(session, sehat, "Surgical Mask")
        budget = Question(exhibitor_id=medika.id, text="Budget ready?", kind="single",
                          options=["Yes", "Next year", "No"], position=1, required=True)
        wards = Question(exhibitor_id=medika.id, text="Wards", kind="multi",
                         options=["ICU", "ER", "Maternity"], position=2)
        beds = Question(exhibitor_id=medika.id, text="Number of beds", kind="number",
                        position=3)
        remark = Question(exhibitor_id=medika.id, text="Remark", kind="text", position=4)
        session.add_all([budget, wards, beds, remark])
        siti = add_visitor(session, VisitorFields.parse(
            name="Siti Rahma", organization="RS Harapan Kita", email="siti@harapan.example",
            external_id="AH27-000042"))
        jose = add_visitor(session, VisitorFields.parse(
            name="José Müller", organization="Clínica García", email="jose@garcia.example"))
        _, token = issue_badge(session, event, siti)
        dewi = add_staff(session, name="Dewi Lestari", pin="2468", exhibitor_code="MEDIKA")
        rina = add_staff(session, name="Rina", pin="8642", exhibitor_code="SEHAT")
        session.flush()
        return {"event": event.id, "medika": medika.id, "sehat": sehat.id, "siti": siti.id,
                "siti_code": siti.code, "jose": jose.id, "token": token, "dewi": dewi.id,
                "rina": rina.id, "budget": budget.id, "wards": wards.id, "beds": beds.id,
                "remark": remark.id}


def counts(db: Database) -> dict[str, int]:
    with db.reader() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                or 0 for model in (Visitor, Lead, LeadInteraction, LeadProduct, Answer)}


def capture(db: Database, code: str, payload: str, **kwargs: Any) -> dict[str, Any]:
    with db.session() as session:
        result = capture_lead(session, find_exhibitor(session, code), payload, **kwargs)
        return {"lead": result.lead.id, "visitor": result.visitor.id,
                "name": result.visitor.name, "created": result.created,
                "visitor_created": result.visitor_created, "source": result.source}


# -- what a scan can be ---------------------------------------------------------------------


def test_our_badge_makes_a_lead_with_its_first_interaction(event_db: Database,
                                                          booth: dict[str, Any]) -> None:
    got = capture(event_db, "MEDIKA", booth["token"], staff_id=booth["dewi"], now=T0)
    assert (got["visitor"], got["created"], got["visitor_created"], got["source"]) == (
        booth["siti"], True, False, "badge")
    with event_db.reader() as session:
        lead = session.get(Lead, got["lead"])
        assert lead is not None
        assert (lead.exhibitor_id, lead.stage, lead.rating) == (booth["medika"], "new", "")
        assert (lead.captured_at, lead.captured_by_id) == (T0, booth["dewi"])
        history = lead_interactions(session, lead.id)
        assert [(h.kind, h.at, h.staff) for h in history] == [("scan", T0, "Dewi Lestari")]
        assert history[0].device == event_db.device_name  # the laptop that scanned
        assert session.scalars(select(LeadInteraction.device_id)).one() == event_db.device_id


def test_a_rescan_opens_the_same_lead_and_logs_another_interaction(
        event_db: Database, booth: dict[str, Any]) -> None:
    first = capture(event_db, "MEDIKA", booth["token"], staff_id=booth["dewi"], now=T0)
    later = T0 + timedelta(hours=3)
    # Typed through a French AZERTY layout: the same badge.
    azerty = booth["token"].translate(str.maketrans("23456789", 'é"\'(-è_ç'))
    again = capture(event_db, "MEDIKA", azerty, now=later)
    assert (again["lead"], again["created"]) == (first["lead"], False)
    by_code = capture(event_db, "MEDIKA", booth["siti_code"].lower(),
                      now=later + timedelta(minutes=5))
    assert (by_code["lead"], by_code["source"]) == (first["lead"], "code")
    with event_db.reader() as session:
        assert [(h.kind, h.at, h.staff) for h in lead_interactions(session, first["lead"])] == [
            ("scan", T0, "Dewi Lestari"), ("scan", later, ""),
            ("scan", later + timedelta(minutes=5), "")]
        assert session.scalar(select(func.count()).select_from(Lead)) == 1


def test_two_manufacturers_scanning_one_visitor_hold_a_lead_each(
        event_db: Database, booth: dict[str, Any]) -> None:
    medika = capture(event_db, "MEDIKA", booth["token"])
    sehat = capture(event_db, "SEHAT", booth["token"])
    assert medika["lead"] != sehat["lead"] and medika["visitor"] == sehat["visitor"]
    with event_db.reader() as session:
        assert [r.exhibitor for r in lead_rows(session, booth["medika"])] == ["MEDIKA"]
        assert [r.exhibitor for r in lead_rows(session, booth["sehat"])] == ["SEHAT"]


def test_a_reprinted_badge_still_names_its_visitor_but_a_forged_one_does_not(
        event_db: Database, booth: dict[str, Any]) -> None:
    with event_db.session() as session:
        siti = session.get(Visitor, booth["siti"])
        assert siti is not None
        _, new_token = issue_badge(session, require_event(session), siti)
    old = capture(event_db, "MEDIKA", booth["token"])  # revoked for the door, not here
    new = capture(event_db, "MEDIKA", new_token)
    assert old["lead"] == new["lead"] and old["visitor"] == booth["siti"]
    before = counts(event_db)
    forged = booth["token"][:-2] + ("22" if booth["token"][-2:] != "22" else "33")
    with pytest.raises(InputError, match="altered or made up"):
        capture(event_db, "MEDIKA", forged)
    with pytest.raises(NotFound, match="No visitor has the code"):
        capture(event_db, "MEDIKA", "BBBB-2222")
    assert counts(event_db) == before


VCARD_21 = ("BEGIN:VCARD\r\nVERSION:2.1\r\n"
            "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96zt=C3=BCrk;Ay=C5=9Fe;;;\r\n"
            "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ay=C5=9Fe =\r\n=C3=96zt=C3=BCrk\r\n"
            "ORG;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Cl=EDnica Garc=EDa\r\n"
            "EMAIL;INTERNET:ayse@example.com.tr\r\nADR;WORK:;;;Istanbul;;;TR\r\nEND:VCARD\r\n")


@pytest.mark.parametrize(("payload", "name", "organization", "kind"), [
    (VCARD_21, "Ayşe Öztürk", "Clínica García", "vcard"),
    (r"MECARD:N:Al-Farsi,Omar;ORG:Al Noor\; Medical\, LLC;EMAIL:omar@alnoor.example;;",
     "Omar Al-Farsi", "Al Noor; Medical, LLC", "mecard"),
    (BUDI, "Budi Santoso", "PT Maju Medika", "delimited"),
    ("https://reg.example.com/b?first_name=Kenji&last_name=Sato&company=Olympus",
     "Kenji Sato", "Olympus", "url"),
])
def test_an_organisers_badge_registers_a_new_visitor_from_what_it_says(
        event_db: Database, booth: dict[str, Any], payload: str, name: str,
        organization: str, kind: str) -> None:
    got = capture(event_db, "MEDIKA", payload)
    assert (got["created"], got["visitor_created"], got["source"]) == (True, True, kind)
    with event_db.reader() as session:
        visitor = session.get(Visitor, got["visitor"])
        assert visitor is not None
        assert (visitor.name, visitor.organization, visitor.source) == (
            name, organization, "lead-scan")
    again = capture(event_db, "MEDIKA", payload)
    if kind != "url":  # a URL badge with neither e-mail nor id cannot be told again
        assert (again["lead"], again["visitor_created"]) == (got["lead"], False)
    with event_db.reader() as session:
        budi = session.scalars(select(Visitor).where(Visitor.name == "Budi Santoso")).first()
        if budi is not None:
            assert (budi.job_title, budi.external_id) == ("Purchasing Director", "A10023")


def test_an_organisers_badge_of_a_listed_visitor_finds_them(
        event_db: Database, booth: dict[str, Any]) -> None:
    before = counts(event_db)["visitor"]
    by_id = capture(event_db, "MEDIKA", "https://badges.organiser.example/v/AH27-000042")
    by_mail = capture(event_db, "SEHAT",
                      "BEGIN:VCARD\nVERSION:3.0\nFN:S. Rahma\nEMAIL:SITI@harapan.example\n"
                      "END:VCARD")
    assert by_id["visitor"] == by_mail["visitor"] == booth["siti"]
    assert (by_id["source"], by_mail["source"]) == ("url", "vcard")
    assert counts(event_db)["visitor"] == before


def test_an_e_mail_names_a_visitor_only_when_one_live_visitor_has_it(
        event_db: Database, booth: dict[str, Any]) -> None:
    card = "BEGIN:VCARD\nVERSION:3.0\nFN:J. Muller\nEMAIL:{}\nEND:VCARD"
    with event_db.session() as session:
        gone = add_visitor(session, VisitorFields.parse(name="Old Entry",
                                                        email="old@garcia.example"))
        gone.deleted = True
        for name in ("Twin One", "Twin Two"):
            add_visitor(session, VisitorFields.parse(name=name, email="twins@x.example"))
    assert capture(event_db, "MEDIKA", card.format("jose@garcia.example"))["visitor"] == \
        booth["jose"]
    # A removed visitor's address, or one two visitors share, names nobody: the badge
    # registers its wearer.
    for email in ("old@garcia.example", "twins@x.example"):
        got = capture(event_db, "MEDIKA", card.format(email))
        assert got["visitor_created"] and got["name"] == "J. Muller"


def test_a_merged_visitors_badge_leads_to_the_visitor_kept(event_db: Database,
                                                          booth: dict[str, Any]) -> None:
    with event_db.session() as session:
        siti = session.get(Visitor, booth["siti"])
        assert siti is not None
        siti.deleted, siti.merged_into_id = True, booth["jose"]
    assert capture(event_db, "MEDIKA", booth["token"])["visitor"] == booth["jose"]


HALF_VCARD = "BEGIN:VCARD\nVERSION:3.0\nFN:Layla Had"


@pytest.mark.parametrize(("payload", "message"), [
    ("".join(chr(33 + (i * 7919) % 90) for i in range(4096)), "Not a badge"),
    ("x" * 5000, "Not a badge"),
    (HALF_VCARD, "cut short"),
    ("MECARD:TEL:+971500000000;EMAIL:nobody@x.example;;", "carries no name"),
    ("MECARD:;;", "Not a badge"),
    ("\x00\x01\x02\x1b[31m\x7f", "Not a badge"),
    ("", "Nothing was scanned"),
    ("   \n", "Nothing was scanned"),
    ("WIFI:S:booth;T:WPA;P:secret;;", "Not a badge"),
    ("=cmd|' /C calc'!A0", "Not a badge"),
])
def test_bad_scans_are_refused_clearly_and_write_nothing(
        event_db: Database, booth: dict[str, Any], payload: str, message: str) -> None:
    before = counts(event_db)
    with pytest.raises(InputError, match=message):
        capture(event_db, "MEDIKA", payload)
    assert counts(event_db) == before


def test_a_badge_that_cannot_register_anyone_offers_what_it_says(
        event_db: Database, booth: dict[str, Any]) -> None:
    with pytest.raises(UnreadableBadge) as half:
        capture(event_db, "MEDIKA", HALF_VCARD + "\nEMAIL:layla@dha.example")
    assert half.value.foreign.prefill()["email"] == "layla@dha.example"
    with pytest.raises(UnreadableBadge) as nameless:
        capture(event_db, "MEDIKA", "MECARD:EMAIL:ravi@aiims.example;;")
    assert nameless.value.foreign.email == "ravi@aiims.example"


def test_control_characters_and_formulas_in_a_badge_stay_inert_text(
        event_db: Database, booth: dict[str, Any]) -> None:
    got = capture(event_db, "MEDIKA", "BEGIN:VCARD\nVERSION:3.0\n"
                  "FN:=cmd|' /C calc'!A0\x1b\u202e\nORG:=HYPERLINK(\"http://x\")\nEND:VCARD\n")
    with event_db.reader() as session:
        visitor = session.get(Visitor, got["visitor"])
        assert visitor is not None
        assert visitor.name == "=cmd|' /C calc'!A0"
        assert visitor.organization == '=HYPERLINK("http://x")'


_NOISE = st.lists(st.sampled_from(
    [*"abcXYZ019 :;,|^\t\n\r=\\\"<>@.?&%+#-", "BT", "BEGIN:VCARD", "END:VCARD",
     "MECARD:", "N:", "FN:", "https://x.example/?name=", "\x00", "\u202e", "王", "ج",
     "2345", "BCDF"]), max_size=120).map("".join)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), _NOISE))
def test_arbitrary_payloads_only_ever_raise_input_error(
        event_db: Database, booth: dict[str, Any], payload: str) -> None:
    with event_db.session() as session:
        exhibitor = find_exhibitor(session, "MEDIKA")
        try:
            result = capture_lead(session, exhibitor, payload)
        except InputError:
            pass
        else:
            assert result.lead.visitor_id == result.visitor.id and result.visitor.name
            assert "\x00" not in result.visitor.name and "\u202e" not in result.visitor.name
        session.rollback()


# -- the qualifying form --------------------------------------------------------------------


def catalogue(db: Database, exhibitor_id: str) -> Catalogue:
    with db.reader() as session:
        return Catalogue.load(session, exhibitor_id)


def test_lead_fields_are_checked_and_normalised(event_db: Database,
                                               booth: dict[str, Any]) -> None:
    cat = catalogue(event_db, booth["medika"])
    fields = LeadFields.parse(
        cat, rating=" HOT ", stage="MoU signed", notes="  line one\n\x1bline two  ",
        follow_up_action="Send quotation", follow_up_date="2027-02-03", value="1.500.000",
        currency="idr", consent_contact="ya", products=["hospital bed hb-200"],
        answers={booth["budget"]: "next year", booth["wards"]: ["ER", "icu", "ER"],
                 booth["beds"]: "250", booth["remark"]: ""})
    assert (fields.rating, fields.stage, fields.notes) == ("hot", "mou", "line one\nline two")
    assert (fields.follow_up_date, fields.value, fields.currency) == (
        date(2027, 2, 3), Decimal("1500000.00"), "IDR")
    assert fields.consent_contact is True
    assert fields.product_ids == (cat.products[0].id,)
    assert fields.answers == {booth["budget"]: "Next year", booth["wards"]: ["ICU", "ER"],
                              booth["beds"]: 250}
    for stage in ("quote", "Closed-Won", "MEETING", "mou"):
        assert LeadFields.parse(stage=stage).stage in ("quotation", "won", "meeting", "mou")


@pytest.mark.parametrize(("raw", "message"), [
    ({"rating": "boiling"}, "hot, warm or cold"),
    ({"stage": "signed"}, "MoU signed"),
    ({"value": "15000"}, "needs its currency"),
    ({"value": "15000", "currency": "XYZ"}, "ISO 4217"),
    ({"value": "15000", "currency": "US"}, "ISO 4217"),
    ({"value": "-5", "currency": "USD"}, "Not an amount"),
    ({"value": "12345.678", "currency": "USD"}, "Not an amount"),
    ({"value": "1,500.000", "currency": "USD"}, "Not an amount"),
    ({"value": "lots", "currency": "USD"}, "Not an amount"),
    ({"value": Decimal("0.001"), "currency": "USD"}, "two decimals"),
    ({"value": "1" * 20, "currency": "USD"}, "too large"),
    ({"follow_up_date": "next week"}, "date like"),
    ({"consent_contact": "maybe"}, "yes or no"),
    ({"products": ["Surgical Mask"]}, "Hospital Bed HB-200, Infusion Pump IP-3"),
    ({"answers": {"q-unknown": "x"}}, "Not a question"),
    ({"answers": {}}, "Please answer: Budget ready"),
])
def test_bad_lead_fields_are_refused_with_a_clear_message(
        event_db: Database, booth: dict[str, Any], raw: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=message):
        LeadFields.parse(catalogue(event_db, booth["medika"]), **raw)


@pytest.mark.parametrize(("answer", "question"), [
    ("Maybe", "budget"), (["ICU", "Oncology"], "wards"), ("many", "beds")])
def test_answers_must_fit_their_question(event_db: Database, booth: dict[str, Any],
                                         answer: Any, question: str) -> None:
    answers = {booth["budget"]: "Yes", booth[question]: answer}
    with pytest.raises(InputError, match=r"not one of|not a number"):
        LeadFields.parse(catalogue(event_db, booth["medika"]), answers=answers)


@pytest.mark.parametrize(("text", "amount"), [
    ("15000", "15000.00"), ("15,000", "15000.00"), ("15.000", "15000.00"),
    ("1,500,000.50", "1500000.50"), ("1.500.000,50", "1500000.50"), ("1,5", "1.50"),
    ("2.75", "2.75"), ("1 000 000", "1000000.00"), (0, "0.00"), (Decimal("99.9"), "99.90"),
])
def test_amounts_as_people_type_them(text: Any, amount: str) -> None:
    assert parse_amount(text) == Decimal(amount)
    assert parse_amount("") is None


def test_update_writes_the_form_and_says_what_changed(event_db: Database,
                                                     booth: dict[str, Any]) -> None:
    lead_id = capture(event_db, "MEDIKA", booth["token"], now=T0)["lead"]
    cat = catalogue(event_db, booth["medika"])
    full = {"rating": "warm", "stage": "meeting", "notes": "Wants 20 beds",
            "value": "250000", "currency": "USD", "consent_contact": True,
            "products": [p.name for p in cat.products[:2]],
            "answers": {booth["budget"]: "Yes", booth["wards"]: ["ICU"]}}
    with event_db.session() as session:
        lead = find_lead(session, lead_id, exhibitor_id=booth["medika"])
        changes = update_lead(session, lead, LeadFields.parse(cat, **full),
                              staff_id=booth["dewi"], now=T0 + timedelta(minutes=2))
        assert "rating: warm" in changes and "products" in changes
    with event_db.reader() as session:
        row = lead_row(session, lead_id)
        assert row is not None
        assert (row.rating, row.stage, row.value, row.currency) == (
            "warm", "meeting", Decimal("250000.00"), "USD")
        assert row.products == sorted(p.name for p in cat.products[:2])
        assert (row.consent_contact, row.consent_at) == (True, T0 + timedelta(minutes=2))
        assert lead_answers(session, lead_id) == {booth["budget"]: "Yes",
                                                  booth["wards"]: ["ICU"]}
        history = lead_interactions(session, lead_id)
        assert [h.kind for h in history] == ["scan", "edit"]
        assert "stage: Meeting" in history[1].note and history[1].staff == "Dewi Lestari"
    # The same form again changes nothing and logs nothing; fewer products and answers
    # remove the rest; consent withdrawn clears its time.
    with event_db.session() as session:
        lead = find_lead(session, lead_id, exhibitor_id=None)
        assert update_lead(session, lead, LeadFields.parse(cat, **full), staff_id=None) == []
        less = {**full, "products": [cat.products[0].name], "consent_contact": False,
                "answers": {booth["budget"]: "No"}}
        update_lead(session, lead, LeadFields.parse(cat, **less), staff_id=None,
                    now=T0 + timedelta(minutes=5))
    with event_db.reader() as session:
        assert lead_product_ids(session, lead_id) == [cat.products[0].id]
        assert lead_answers(session, lead_id) == {booth["budget"]: "No"}
        row = lead_row(session, lead_id)
        assert row is not None and (row.consent_contact, row.consent_at) == (False, None)
        assert [h.kind for h in lead_interactions(session, lead_id)] == ["scan", "edit", "edit"]


def test_a_partial_update_leaves_the_rest_alone(event_db: Database,
                                               booth: dict[str, Any]) -> None:
    cat = catalogue(event_db, booth["medika"])
    first = LeadFields.parse(cat, rating="hot", notes="Met at the booth",
                             add_products=[cat.products[0].name])
    lead_id = capture(event_db, "MEDIKA", booth["token"], fields=first)["lead"]
    second = LeadFields.parse(cat, stage="contacted", add_note="Called back",
                              add_products=[cat.products[1].name])
    capture(event_db, "MEDIKA", booth["token"], fields=second)
    with event_db.reader() as session:
        row = lead_row(session, lead_id)
        assert row is not None
        assert (row.rating, row.stage, row.notes) == ("hot", "contacted",
                                                      "Met at the booth\nCalled back")
        assert len(row.products) == 2


def test_booth_staff_cannot_touch_another_manufacturers_leads(
        event_db: Database, booth: dict[str, Any]) -> None:
    lead_id = capture(event_db, "MEDIKA", booth["token"])["lead"]
    with event_db.session() as session:
        with pytest.raises(BoothError, match="another manufacturer"):
            capture_lead(session, find_exhibitor(session, "MEDIKA"), booth["siti_code"],
                         staff_id=booth["rina"])
        lead = session.get(Lead, lead_id)
        assert lead is not None
        with pytest.raises(BoothError, match="another manufacturer"):
            update_lead(session, lead, LeadFields.parse(rating="cold"), staff_id=booth["rina"])
        with pytest.raises(BoothError, match="another manufacturer"):
            delete_lead(session, lead, staff_id=booth["rina"])
        with pytest.raises(NotFound):
            find_lead(session, lead_id, exhibitor_id=booth["sehat"])
        with pytest.raises(ValueError, match="another manufacturer"):
            update_lead(session, lead, LeadFields.parse(catalogue(event_db, booth["sehat"]),
                                                        products=["Surgical Mask"]),
                        staff_id=None)


def test_delete_tombstones_and_a_rescan_starts_afresh(event_db: Database,
                                                     booth: dict[str, Any]) -> None:
    cat = catalogue(event_db, booth["medika"])
    fields = LeadFields.parse(cat, rating="hot", value="10", currency="USD",
                              products=[cat.products[0].name],
                              answers={booth["budget"]: "Yes"})
    lead_id = capture(event_db, "MEDIKA", booth["token"], fields=fields, now=T0)["lead"]
    with event_db.session() as session:
        lead = session.get(Lead, lead_id)
        assert lead is not None
        delete_lead(session, lead, staff_id=booth["dewi"])
    with event_db.reader() as session:
        assert lead_rows(session, booth["medika"]) == []
        assert lead_summary(session, booth["medika"]).total == 0
        assert session.scalars(select(LeadProduct.deleted)).all() == [True]
        assert session.scalars(select(Answer.deleted)).all() == [True]
        audit = session.scalars(select(AuditLog).where(AuditLog.action == "lead.delete")).one()
        assert (audit.entity_id, audit.staff_id) == (lead_id, booth["dewi"])
    later = T0 + timedelta(hours=1)
    again = capture(event_db, "MEDIKA", booth["token"], now=later)
    assert (again["lead"], again["created"]) == (lead_id, True)
    with event_db.reader() as session:
        row = lead_row(session, lead_id)
        assert row is not None
        assert (row.rating, row.value, row.products, row.captured_at) == ("", None, [], later)
        assert len(lead_interactions(session, lead_id)) == 2  # the history stays


def test_a_visitor_typed_in_by_hand(event_db: Database, booth: dict[str, Any]) -> None:
    with event_db.session() as session:
        visitor = session.get(Visitor, booth["jose"])
        assert visitor is not None
        result = capture_for_visitor(session, find_exhibitor(session, "MEDIKA"), visitor,
                                     staff_id=booth["dewi"])
        assert (result.created, result.source) == (True, "manual")
        lead_id = result.lead.id
    with event_db.reader() as session:
        assert [h.kind for h in lead_interactions(session, lead_id)] == ["manual"]


# -- the list and its counts ----------------------------------------------------------------


def test_list_filters_sorts_searches_and_counts(event_db: Database,
                                               booth: dict[str, Any]) -> None:
    cat = catalogue(event_db, booth["medika"])
    bed, monitor = cat.products[0], cat.products[1]
    specs = [
        ("Siti Rahma", "hot", "meeting", "250000", "USD", [bed.name], "wants twenty beds"),
        ("José Müller", "warm", "new", "1000000", "EUR", [monitor.name], ""),
        ("Amina Yusuf", "hot", "mou", "50000", "USD", [bed.name, monitor.name], ""),
        ("Wei Zhang", "", "lost", "", "", [], "budget cut"),
    ]
    ids = {}
    with event_db.session() as session:
        medika = find_exhibitor(session, "MEDIKA")
        for number, (name, rating, stage, value, currency, products, notes) in enumerate(specs):
            visitor = session.scalars(select(Visitor).where(Visitor.name == name)).first() \
                or add_visitor(session, VisitorFields.parse(name=name))
            raw: dict[str, Any] = {"rating": rating, "stage": stage, "notes": notes,
                                   "products": products}
            if value:
                raw.update(value=value, currency=currency)
            ids[name] = capture_for_visitor(
                session, medika, visitor, now=T0 + timedelta(minutes=number),
                fields=LeadFields.parse(cat, **raw)).lead.id
        capture_lead(session, find_exhibitor(session, "SEHAT"), booth["token"])

    def names(**kwargs: Any) -> list[str]:
        with event_db.reader() as session:
            return [r.visitor_name for r in list_leads(session, exhibitor_id=booth["medika"],
                                                       **kwargs)]

    assert names() == ["Wei Zhang", "Amina Yusuf", "José Müller", "Siti Rahma"]  # newest
    assert names(rating="hot") == ["Amina Yusuf", "Siti Rahma"]
    assert names(rating="") == ["Wei Zhang"]
    assert names(stage=["mou", "meeting"]) == ["Amina Yusuf", "Siti Rahma"]
    assert names(product_id=monitor.id) == ["Amina Yusuf", "José Müller"]
    assert names(search="muller") == ["José Müller"]  # without accents or case
    assert names(search="twenty") == ["Siti Rahma"]  # the notes too
    assert names(search="rs harap") == ["Siti Rahma"]  # the organisation
    assert names(sort="name", descending=False) == ["Amina Yusuf", "José Müller",
                                                    "Siti Rahma", "Wei Zhang"]
    assert names(sort="rating", descending=False)[:2] == ["Amina Yusuf", "Siti Rahma"]
    assert names(sort="value")[:3] == ["José Müller", "Siti Rahma", "Amina Yusuf"]
    assert names(sort="value")[-1] == "Wei Zhang"  # no value: last either way
    assert names(sort="stage", descending=False) == ["José Müller", "Siti Rahma",
                                                     "Amina Yusuf", "Wei Zhang"]
    assert names(limit=2) == ["Wei Zhang", "Amina Yusuf"]
    with pytest.raises(InputError, match="sorted by"):
        names(sort="shoe size")
    with event_db.reader() as session:
        light = list_leads(session, exhibitor_id=booth["medika"], limit=1)[0]
        assert light.email == "" and not light.detailed  # the list leaves details out
        with pytest.raises(ValueError, match="details"):
            lead_to_dict(light)
        full = list_leads(session, exhibitor_id=booth["medika"], limit=1, details=True)[0]
        assert lead_to_dict(full)["visitor"]["name"] == "Wei Zhang"
    with event_db.reader() as session:
        summary = lead_summary(session, booth["medika"])
        assert summary.total == 4
        assert summary.by_rating == {"hot": 2, "warm": 1, "cold": 0, "": 1}
        assert (summary.by_stage["mou"], summary.by_stage["lost"],
                summary.by_stage["won"]) == (1, 1, 0)
        assert summary.value_by_currency == {"EUR": Decimal("1000000.00"),
                                             "USD": Decimal("300000.00")}
        everyone = lead_summary(session, None)  # a coordinator's view
        assert everyone.total == 5
        assert len(list_leads(session, exhibitor_id=booth["sehat"])) == 1
        assert len(list_leads(session, exhibitor_id=None)) == 5
