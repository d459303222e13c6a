"""Issuing badges for printing: which visitors, in which order, and what gets logged."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from booth_app.core.badges.jobs import faces_for_print, preview_face, visitor_ids_for
from booth_app.core.badges.render import get_layout
from booth_app.core.badges.tokens import check_token
from booth_app.core.errors import NotFound
from booth_app.core.events import require_event
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import AuditLog, Badge, Visitor


def add(db: Database, name: str, category: str = "") -> str:
    with db.session() as session:
        return add_visitor(session, VisitorFields.parse(name=name, category=category)).id


def test_all_visitors_in_name_order_each_issued_and_logged(event_db: Database) -> None:
    for name in ("Zainab Yusuf", "Ahmed Karim", "Mia Tan"):
        add(event_db, name, "media" if name == "Mia Tan" else "")
    with event_db.session() as session:
        faces = faces_for_print(session, None, get_layout("a6"), staff_id=None)
    assert [f.name for f in faces] == ["Ahmed Karim", "Mia Tan", "Zainab Yusuf"]
    assert [f.band_word for f in faces] == ["VISITOR", "MEDIA", "VISITOR"]
    with event_db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Badge)) == 3
        assert session.scalar(select(func.count()).select_from(AuditLog)
                              .where(AuditLog.action == "badge.print")) == 3
        assert {b.layout for b in session.scalars(select(Badge))} == {"a6"}


def test_reprint_revokes_and_preview_issues_nothing(event_db: Database) -> None:
    visitor_id = add(event_db, "Ahmed Karim", "vip")
    with event_db.session() as session:
        visitor = session.get(Visitor, visitor_id)
        before = preview_face(session, visitor)
        first = faces_for_print(session, [visitor_id], get_layout("cr80"))[0]
        assert first.token == before.token  # the preview showed what version 1 prints
        second = faces_for_print(session, [visitor_id], get_layout("cr80"))[0]
        assert preview_face(session, visitor).token == second.token
        event = require_event(session)
        assert check_token(event, first.token).version == 1
        assert check_token(event, second.token).version == 2
        badges = session.scalars(select(Badge).order_by(Badge.version)).all()
        assert [(b.version, b.revoked) for b in badges] == [(1, True), (2, False)]
        assert second.band_word == "VIP"


def test_unknown_visitor_and_codes(event_db: Database) -> None:
    visitor_id = add(event_db, "Mia Tan")
    with event_db.session() as session:
        code = session.get(Visitor, visitor_id).code
        printed = f"{code[:4]}-{code[4:]}".lower()
        assert visitor_ids_for(session, [printed, visitor_id]) == [visitor_id]
        with pytest.raises(NotFound):
            visitor_ids_for(session, ["XXXX-0000"])
        with pytest.raises(NotFound):
            faces_for_print(session, ["no-such-id"], get_layout("cr80"))


def _statements(db: Database, visitor_ids: list[str] | None) -> tuple[list[str], int, int]:
    """Issue one batch in one session: the SQL it sent, and its flushes and commits."""
    from sqlalchemy import event

    sent: list[str] = []
    commits = flushes = 0

    def on_execute(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        sent.append(statement)

    def on_commit(_conn: object) -> None:
        nonlocal commits
        commits += 1

    event.listen(db.engine, "before_cursor_execute", on_execute)
    event.listen(db.engine, "commit", on_commit)
    try:
        with db.session() as session:

            def on_flush(*_args: object) -> None:
                nonlocal flushes
                flushes += 1

            event.listen(session, "after_flush", on_flush)
            faces_for_print(session, visitor_ids, get_layout("cr80"))
    finally:
        event.remove(db.engine, "before_cursor_execute", on_execute)
        event.remove(db.engine, "commit", on_commit)
    return sent, flushes, commits


def test_a_batch_of_hundreds_is_one_flush_one_commit_and_the_same_sql(event_db: Database) -> None:
    ids = [add(event_db, f"Visitor {n:02d}") for n in range(40)]
    first_three = _statements(event_db, ids[:3])
    the_others = _statements(event_db, ids[3:])
    three_again = _statements(event_db, ids[:3])  # reprints: revoke, then issue
    all_again = _statements(event_db, None)
    for _sent, flushes, commits in (first_three, the_others, three_again, all_again):
        assert (flushes, commits) == (1, 1)
    # No statement per badge: 3 visitors or 37 (or 40), the same SQL.
    assert len(first_three[0]) == len(the_others[0])
    assert len(three_again[0]) == len(all_again[0])
    with event_db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Badge)) == 83
        assert session.scalar(select(func.count()).select_from(Badge)
                              .where(Badge.revoked.is_(False))) == 40
        assert session.scalar(select(func.count()).select_from(AuditLog)
                              .where(AuditLog.action == "badge.reprint")) == 43


def test_a_large_batch_flushes_a_chunk_at_a_time_in_one_commit(
        event_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from booth_app.core.badges import tokens

    monkeypatch.setattr(tokens, "_CHUNK", 4)
    ids = [add(event_db, f"Visitor {n:02d}") for n in range(10)]
    # Named twice, in two chunks and in one: each time a new version revokes the last.
    order = [*ids, ids[0], ids[9], ids[9]]
    _, flushes, commits = _statements(event_db, order)
    assert (flushes, commits) == (4, 1)
    with event_db.reader() as session:
        rows = session.execute(select(Badge.visitor_id, Badge.version, Badge.revoked)).all()
    assert sorted((v, r) for vid, v, r in rows if vid == ids[0]) == [(1, True), (2, False)]
    assert sorted((v, r) for vid, v, r in rows if vid == ids[9]) == [
        (1, True), (2, True), (3, False)]
    assert len(rows) == 13


def test_a_batch_reprint_revokes_only_the_current_badge(event_db: Database) -> None:
    first, second = add(event_db, "Ahmed Karim"), add(event_db, "Mia Tan")
    with event_db.session() as session:
        faces_for_print(session, [first], get_layout("cr80"))
        faces_for_print(session, [first], get_layout("cr80"))  # version 2 revokes 1
    with event_db.session() as session:
        faces = faces_for_print(session, None, get_layout("a6"))
        event = require_event(session)
        assert [check_token(event, f.token).version for f in faces] == [3, 1]
    with event_db.reader() as session:
        rows = session.execute(select(Badge.visitor_id, Badge.version, Badge.revoked,
                                      Badge.layout).order_by(Badge.visitor_id,
                                                             Badge.version)).all()
    assert sorted((v, r, layout) for vid, v, r, layout in rows if vid == first) == [
        (1, True, "cr80"), (2, True, "cr80"), (3, False, "a6")]
    assert [(v, r) for vid, v, r, _ in rows if vid == second] == [(1, False)]


def test_a_visitor_named_twice_in_one_batch_gets_two_versions(event_db: Database) -> None:
    visitor_id = add(event_db, "Zainab Yusuf")
    with event_db.session() as session:
        faces = faces_for_print(session, [visitor_id, visitor_id], get_layout("cr80"))
        event = require_event(session)
        assert [check_token(event, f.token).version for f in faces] == [1, 2]
    with event_db.reader() as session:
        badges = session.scalars(select(Badge).order_by(Badge.version)).all()
        assert [(b.version, b.revoked) for b in badges] == [(1, True), (2, False)]


def test_a_deleted_badge_keeps_its_version_and_the_one_before_is_not_current(
        event_db: Database) -> None:
    visitor_id = add(event_db, "Mia Tan")
    with event_db.session() as session:
        faces_for_print(session, [visitor_id], get_layout("cr80"))
        faces_for_print(session, [visitor_id], get_layout("cr80"))
        latest = session.scalars(select(Badge).where(Badge.version == 2)).one()
        latest.deleted = True  # as sync leaves a badge another laptop deleted
    with event_db.session() as session:
        face = faces_for_print(session, [visitor_id], get_layout("cr80"))[0]
        assert check_token(require_event(session), face.token).version == 3
    with event_db.reader() as session:
        badges = session.scalars(select(Badge).order_by(Badge.version)).all()
        assert [(b.version, b.revoked, b.deleted) for b in badges] == [
            (1, True, False), (2, False, True), (3, False, False)]
