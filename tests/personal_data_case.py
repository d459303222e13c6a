"""One person with everything Booth can hold about them, and a search of the files (and
the hub's tables) for any trace of them: shared by the erasure, sync and CLI tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from booth_app.core.badges.tokens import issue_badge
from booth_app.core.checkin.rules import check_in
from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import add_exhibitor, add_product, find_exhibitor
from booth_app.core.exhibitors.questions import add_question
from booth_app.core.leads.capture import capture_for_visitor
from booth_app.core.leads.fields import Catalogue, LeadFields
from booth_app.core.meetings.meetings import add_meeting
from booth_app.core.meetings.outcomes import record_outcome
from booth_app.core.meetings.requests import set_request
from booth_app.core.meetings.sessions import add_session
from booth_app.core.visitors.merge import merge_visitors, update_visitor
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import Visitor

# Khadija's details: every string below must be gone after she is erased. The name is
# Arabic (UTF-8 in the file); given and family names as her passport spells them.
NAME = "خديجة القزويني"
GIVEN, FAMILY = "Khadija", "Qazwiniyah"
EMAIL = "khadija.qazwiniyah@zayed-care.example"
PHONE = "+971 50 987 6543"
OLD_PHONE = "+971 55 111 2222"  # edited away before the erasure
ORG = "Qazwin Zebrafinch Clinic"
TITLE = "Head of Procurement Xoloitz"
EXTERNAL = "AH27-QZ-7781"
VISITOR_NOTE = "prefers mornings; daughter Marmosetta"
LEAD_NOTE = "wants 12 ventilators for the Quokkaville ward"
FOLLOW_UP = "call back Thursday Pangolino"
ANSWER = "budget approved by Dr Axolotlson"
REQUEST_NOTE = "asked twice Narwhalia"
OUTCOME_NOTE = "signed MoU Capybarasi"
TWIN_NAME = "خديجة ق"  # her duplicate registration, merged into her at the desk
TWIN_PHONE = "+971 4 555 0199"

SECRETS = (NAME, GIVEN, FAMILY, EMAIL, PHONE, OLD_PHONE, ORG, TITLE, EXTERNAL, VISITOR_NOTE,
           LEAD_NOTE, FOLLOW_UP, ANSWER, REQUEST_NOTE, OUTCOME_NOTE, TWIN_NAME, TWIN_PHONE)
# Words nobody else's data holds: also looked for without their first letters.
DISTINCT = ("خديجة", "القزويني", "Khadija", "Qazwiniyah", "Zebrafinch", "Xoloitz", "Marmosetta",
            "Quokkaville", "Pangolino", "Axolotlson", "Narwhalia", "Capybarasi")
T0 = datetime(2027, 1, 27, 6, 30, tzinfo=UTC)


def needles(secrets: tuple[str, ...] = SECRETS) -> set[bytes]:
    """What to look for in raw bytes: each secret in UTF-8 and as JSON writes it
    (\\u escapes), and each distinct word without its first two letters (the search
    index stores a word after the letters it shares with the word before it)."""
    found: set[bytes] = set()
    for secret in secrets:
        for form in (secret, secret.lower(), json.dumps(secret)[1:-1]):
            found.add(form.encode("utf-8"))
        for word in DISTINCT:
            if word in secret:
                found.add(word.lower()[2:].encode("utf-8"))
    return found


def traces_in_files(db_path: Path, secrets: tuple[str, ...] = SECRETS) -> dict[str, list[str]]:
    """file suffix -> the needles found in the SQLite file and its WAL."""
    found: dict[str, list[str]] = {}
    for suffix in ("", "-wal", "-journal"):
        path = db_path.with_name(db_path.name + suffix)
        if not path.exists():
            continue
        data = path.read_bytes()
        hits = sorted(n.decode("utf-8", "replace") for n in needles(secrets) if n in data)
        if hits:
            found[suffix or "db"] = hits
    return found


def traces_in_tables(db: Database, secrets: tuple[str, ...] = SECRETS) -> dict[str, list[str]]:
    """table -> the needles found in any of its rows, every column as text (the hub)."""
    found: dict[str, list[str]] = {}
    with db.engine.connect() as conn:
        if db.is_sqlite:
            tables = [r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table'"))]
        else:
            tables = [r[0] for r in conn.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))]
        for table in tables:
            if db.is_sqlite:
                rows = [" ".join(str(v) for v in row)
                        for row in conn.execute(text(f'SELECT * FROM "{table}"'))]
            else:
                rows = [r[0] for r in conn.execute(text(f'SELECT t::text FROM "{table}" t'))]
            blob = "\n".join(rows).encode("utf-8")
            hits = sorted(n.decode("utf-8", "replace") for n in needles(secrets) if n in blob)
            if hits:
                found[table] = hits
    return found


@dataclass
class Person:
    visitor: str
    code: str
    token: str
    twin: str
    exhibitor: str
    lead: str
    meeting: str
    request: str
    other: str  # another visitor, who stays


def seed_exhibitor(db: Database) -> None:
    """A manufacturer with a product, a text question and a meeting session."""
    with db.session() as session:
        exhibitor = add_exhibitor(session, code="MEDI", name="PT Medika Nusantara",
                                  booth="B10")
        add_product(session, exhibitor, "Ventilator V-9")
        add_question(session, exhibitor, "Remark", "text")
        add_session(session, day="2027-01-28", start="09:00", end="12:00", slot_minutes=20)


def seed_person(db: Database) -> Person:
    """Khadija with all of it: a duplicate merged into her, an edited phone, a badge and
    a check-in, a lead with notes, follow-up, a product and an answer, a meeting request
    with a note and a meeting held with an outcome note. Needs `seed_exhibitor`."""
    with db.session() as session:
        event = require_event(session)
        exhibitor = find_exhibitor(session, "MEDI")
        other = add_visitor(session, VisitorFields.parse(
            name="Budi Santoso", organization="RS Harapan", email="budi@harapan.example"))
        person = add_visitor(session, VisitorFields.parse(
            name=NAME, given_name=GIVEN, family_name=FAMILY, email=EMAIL, phone=OLD_PHONE,
            organization=ORG, job_title=TITLE, external_id=EXTERNAL, country="AE",
            category="hospital", consent=True))
        person.notes = VISITOR_NOTE
        twin = add_visitor(session, VisitorFields.parse(name=TWIN_NAME, phone=TWIN_PHONE,
                                                        organization=ORG))
        session.flush()
        ids = (person.id, twin.id, other.id)
    with db.session() as session:
        person = session.get(Visitor, ids[0])
        assert person is not None
        update_visitor(session, person, VisitorFields.parse(
            name=NAME, given_name=GIVEN, family_name=FAMILY, email=EMAIL, phone=PHONE,
            organization=ORG, job_title=TITLE, external_id=EXTERNAL, country="AE",
            category="hospital", consent=True))
        merge_visitors(session, person, [session.get(Visitor, ids[1])])  # type: ignore[list-item]
        event = require_event(session)
        _badge, token = issue_badge(session, event, person)
        code = person.code
    with db.session() as session:
        assert check_in(session, token, now=T0).status == "admitted"
    with db.session() as session:
        event = require_event(session)
        person = session.get(Visitor, ids[0])
        exhibitor = find_exhibitor(session, "MEDI")
        catalogue = Catalogue.load(session, exhibitor.id)
        question = catalogue.questions[0]
        fields = LeadFields.parse(catalogue, rating="hot", notes=LEAD_NOTE,
                                  follow_up_action=FOLLOW_UP, value="250000", currency="USD",
                                  products=[catalogue.products[0].id],
                                  answers={question.id: ANSWER})
        lead = capture_for_visitor(session, exhibitor, person, fields=fields, now=T0).lead
        request, _ = set_request(session, event, person, exhibitor, priority="must",
                                 note=REQUEST_NOTE)
        meeting = add_meeting(session, event, person, exhibitor,
                              datetime(2027, 1, 28, 5, 0, tzinfo=UTC), request_id=request.id)
        record_outcome(session, meeting, "mou", note=OUTCOME_NOTE)
        return Person(ids[0], code, token, ids[1], exhibitor.id, lead.id, meeting.id,
                      request.id, ids[2])


__all__ = ["SECRETS", "Person", "seed_exhibitor", "seed_person", "traces_in_files",
           "traces_in_tables"]
