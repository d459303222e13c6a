"""The door's rules: what each scan means, and that it is written down."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from booth_app.core.badges.codes import format_code
from booth_app.core.badges.tokens import issue_badge, make_token
from booth_app.core.checkin.rules import check_in
from booth_app.core.errors import NotFound
from booth_app.core.events import require_event
from booth_app.core.visitors.merge import merge_visitors
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.ids import utcnow
from booth_app.storage.models import Checkin, CheckinPoint, Visitor


def register(db: Database, name: str = "Layla Haddad", **fields: str) -> tuple[str, str]:
    """A visitor with a printed badge: (visitor id, the token on the badge)."""
    with db.session() as session:
        event = require_event(session)
        visitor = add_visitor(session, VisitorFields.parse(name=name, **fields))
        _, token = issue_badge(session, event, visitor)
        return visitor.id, token


def scan(db: Database, payload: str, point: str | None = None, now=None):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return check_in(session, payload, point_name=point, now=now)


def recorded(db: Database) -> list[str]:
    with db.reader() as session:
        return list(session.scalars(select(Checkin.status).order_by(Checkin.scanned_at)))


def test_first_scan_admits_and_is_on_disk(event_db: Database) -> None:
    visitor_id, token = register(event_db)
    result = scan(event_db, token)
    assert result.status == "admitted" and result.valid
    assert result.visitor is not None and result.visitor.id == visitor_id
    assert recorded(event_db) == ["admitted"]
    reopened = Database(event_db.path)  # another connection sees it: it was committed
    try:
        with reopened.reader() as session:
            assert session.scalar(select(func.count()).select_from(Checkin)) == 1
    finally:
        reopened.dispose()


def test_the_same_badge_within_seconds_is_one_checkin(event_db: Database) -> None:
    _, token = register(event_db)
    now = utcnow()
    assert scan(event_db, token, now=now).status == "admitted"
    again = scan(event_db, token, now=now + timedelta(seconds=3))
    assert again.status == "duplicate" and again.valid
    assert recorded(event_db) == ["admitted"]  # a bounce is not a second check-in


def test_back_later_is_a_reentry(event_db: Database) -> None:
    _, token = register(event_db)
    now = utcnow()
    scan(event_db, token, now=now)
    later = scan(event_db, token, now=now + timedelta(hours=2))
    assert later.status == "reentry" and later.since is not None
    assert recorded(event_db) == ["admitted", "reentry"]


def test_a_point_without_reentry_says_already_in(event_db: Database) -> None:
    _, token = register(event_db)
    with event_db.session() as session:
        point = session.scalars(select(CheckinPoint)).one()
        point.allow_reentry = False
    now = utcnow()
    scan(event_db, token, now=now)
    refused = scan(event_db, token, now=now + timedelta(hours=1))
    assert refused.status == "duplicate"
    assert "Already in since" in refused.message and "Pavilion Entrance" in refused.message


def test_a_reprinted_badge_revokes_the_old_one_and_names_the_current(event_db: Database) -> None:
    visitor_id, old = register(event_db)
    with event_db.session() as session:
        event = require_event(session)
        _, new = issue_badge(session, event, session.get(Visitor, visitor_id))
    refused = scan(event_db, old)
    assert refused.status == "revoked" and not refused.valid
    assert refused.current_version == 2 and "#2" in refused.message
    assert scan(event_db, new).status == "admitted"


def test_an_altered_code_is_invalid_and_recorded(event_db: Database) -> None:
    _, token = register(event_db)
    tampered = token[:-1] + ("2" if token[-1] != "2" else "3")
    result = scan(event_db, tampered)
    assert result.status == "invalid" and result.visitor is None and not result.valid
    made_up = token[:4] + "BCDF2345" + token[12:]
    assert scan(event_db, made_up).status == "invalid"
    assert recorded(event_db) == ["invalid", "invalid"]


@pytest.mark.parametrize("payload", [
    "BEGIN:VCARD\nVERSION:3.0\nFN:Someone Else\nEND:VCARD",
    "https://organiser.example/badge?id=12345",
    "x" * 4096,
    "\x00\x1b[31m<script>",
    "",
])
def test_foreign_or_garbage_is_unknown_and_changes_nothing(event_db: Database,
                                                           payload: str) -> None:
    result = scan(event_db, payload)
    assert result.status == "unknown" and not result.valid
    assert recorded(event_db) == []


def test_a_genuine_badge_of_a_visitor_not_on_this_laptop(event_db: Database) -> None:
    with event_db.reader() as session:
        event = require_event(session)
    token = make_token(event, "BCDF2345", 1)  # signed with this event's key, never synced here
    result = scan(event_db, token)
    assert result.status == "unknown" and "not on this laptop" in result.message


def test_the_printed_short_code_typed_at_the_desk(event_db: Database) -> None:
    visitor_id, _ = register(event_db)
    with event_db.reader() as session:
        code = session.get(Visitor, visitor_id).code
    result = scan(event_db, format_code(code).lower())
    assert result.status == "admitted" and result.visitor.id == visitor_id


def test_a_merged_duplicates_badge_admits_the_visitor_kept(event_db: Database) -> None:
    kept_id, _ = register(event_db, "Ravi Menon", email="ravi@apollo.example")
    gone_id, gone_token = register(event_db, "Ravi  Menon", email="ravi@apollo.example")
    with event_db.session() as session:
        merge_visitors(session, session.get(Visitor, kept_id), [session.get(Visitor, gone_id)])
    result = scan(event_db, gone_token)
    assert result.status == "admitted" and result.visitor.id == kept_id


def test_points_by_name(event_db: Database) -> None:
    _, token = register(event_db)
    with pytest.raises(NotFound, match="Pavilion Entrance"):
        scan(event_db, token, point="Roof")
    assert scan(event_db, token, point="pavilion entrance").point == "Pavilion Entrance"


# A French AZERTY laptop: the scanner presses the digit keys without Shift, so the
# digits of the token arrive as the characters printed on those keys.
AZERTY_DIGITS = str.maketrans({"2": "é", "3": '"', "4": "'", "5": "(", "6": "-", "7": "è",
                               "8": "_", "9": "ç"})


def test_a_badge_scanned_through_a_french_keyboard_layout(event_db: Database) -> None:
    visitor_id, token = register(event_db)
    typed = token.translate(AZERTY_DIGITS)
    assert typed != token
    result = scan(event_db, typed)
    assert result.status == "admitted" and result.visitor.id == visitor_id


def exit_point(db: Database, *, allow_reentry: bool = True) -> str:
    with db.session() as session:
        event = require_event(session)
        session.add(CheckinPoint(event_id=event.id, name="Hall door", track_exit=True,
                                 allow_reentry=allow_reentry, dedupe_seconds=5))
    return "Hall door"


def move(db: Database, token: str, point: str, direction: str, now):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return check_in(session, token, point_name=point, now=now, direction=direction)


def test_entry_and_exit_alternate_where_exits_are_scanned(event_db: Database) -> None:
    _, token = register(event_db)
    door, now = exit_point(event_db), utcnow()
    assert move(event_db, token, door, "in", now).status == "admitted"
    inside = move(event_db, token, door, "in", now + timedelta(minutes=5))
    assert inside.status == "duplicate" and "Already in since" in inside.message
    out = move(event_db, token, door, "out", now + timedelta(minutes=30))
    assert out.status == "exit" and out.valid and out.message == "Goodbye."
    bounce = move(event_db, token, door, "out", now + timedelta(minutes=30, seconds=2))
    assert bounce.status == "duplicate" and not bounce.recorded
    back = move(event_db, token, door, "in", now + timedelta(hours=1))
    assert back.status == "reentry"
    with event_db.reader() as session:
        rows = session.execute(select(Checkin.status, Checkin.direction)
                               .order_by(Checkin.scanned_at)).all()
    assert [tuple(r) for r in rows] == [("admitted", "in"), ("duplicate", "in"),
                                        ("exit", "out"), ("reentry", "in")]


def test_an_exit_without_an_entry_is_still_recorded(event_db: Database) -> None:
    _, token = register(event_db)
    door = exit_point(event_db)
    result = move(event_db, token, door, "out", utcnow())
    assert result.status == "exit" and "no entry scan" in result.message
    assert recorded(event_db) == ["exit"]


def test_no_reentry_after_leaving_where_the_point_forbids_it(event_db: Database) -> None:
    _, token = register(event_db)
    door, now = exit_point(event_db, allow_reentry=False), utcnow()
    move(event_db, token, door, "in", now)
    move(event_db, token, door, "out", now + timedelta(minutes=10))
    again = move(event_db, token, door, "in", now + timedelta(minutes=20))
    assert again.status == "duplicate" and "No re-entry" in again.message


def test_exit_mode_is_ignored_where_exits_are_not_tracked(event_db: Database) -> None:
    _, token = register(event_db)
    result = move(event_db, token, None, "out", utcnow())  # type: ignore[arg-type]
    assert result.status == "admitted"
    with pytest.raises(ValueError):
        move(event_db, token, None, "sideways", utcnow())  # type: ignore[arg-type]


def test_an_organisers_badge_is_read_for_registration(event_db: Database) -> None:
    result = scan(event_db, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Siti Rahma\r\n"
                            "ORG:RS Harapan Kita\r\nEMAIL:siti@harapan.id\r\nEND:VCARD")
    assert result.status == "unknown" and not result.recorded
    assert result.extra["kind"] == "vcard"
    assert result.extra["foreign"]["name"] == "Siti Rahma"
    assert result.extra["foreign"]["organization"] == "RS Harapan Kita"


def test_an_organisers_badge_of_a_listed_visitor_checks_them_in(event_db: Database) -> None:
    with event_db.session() as session:
        by_id = add_visitor(session, VisitorFields.parse(name="Budi Santoso",
                                                         external_id="REG-20417"))
        by_mail = add_visitor(session, VisitorFields.parse(name="Dewi Lestari",
                                                           email="dewi@siloam.co.id"))
        ids = by_id.id, by_mail.id
    first = scan(event_db, "20417x|Someone Else|Org")  # unrelated id: not a match
    assert first.status == "unknown"
    result = scan(event_db, "REG-20417|Budi Santoso|PT Medika|Indonesia")
    assert result.status == "admitted" and result.visitor is not None
    assert result.visitor.id == ids[0]
    mail = scan(event_db, "MECARD:N:Lestari,Dewi;EMAIL:Dewi@Siloam.co.id;;")
    assert mail.status == "admitted" and mail.visitor is not None and mail.visitor.id == ids[1]
