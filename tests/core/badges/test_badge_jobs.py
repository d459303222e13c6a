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
