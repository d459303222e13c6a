"""The coordinator's audit log and purge, from Settings."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update
from staff_helpers import signed_in

from booth_app.core.visitors.erasure import erase_person
from booth_app.storage.database import Database
from booth_app.storage.models import Visitor
from booth_app.ui.access.audit_view import AuditDialog
from booth_app.ui.access.purge_dialog import PurgeDialog
from booth_app.ui.access.session import StaffSession
from booth_app.ui.settings_page import SettingsPage


def any_visitor(db: Database) -> str:
    with db.reader() as session:
        return session.scalars(select(Visitor.id).order_by(Visitor.id)).first() or ""


def test_the_audit_view_lists_an_erasure_newest_first_with_filters(
        qtbot: QtBot, demo_db: Database) -> None:
    who = signed_in(demo_db)
    target = any_visitor(demo_db)
    erase_person(demo_db, target, reason="asked", staff_id=who.staff_id)
    session = StaffSession()
    session.sign_in(who)
    page = SettingsPage(demo_db, session)
    qtbot.addWidget(page)
    page.audit_button.click()
    dialog = page.audit_dialog
    assert isinstance(dialog, AuditDialog)
    rows = dialog.rows()
    assert rows and rows[0][3] == "visitor.erase"  # the newest
    assert rows[0][1] == who.name and target in rows[0][4]
    assert rows == sorted(rows, key=lambda row: row[0], reverse=True)
    dialog.action.setCurrentIndex(dialog.action.findData("visitor.erase"))
    assert [row[3] for row in dialog.rows()] == ["visitor.erase"]
    dialog.staff.setText("nobody of that name")
    assert dialog.rows() == []
    dialog.staff.setText(who.name)
    assert len(dialog.rows()) == 1


def test_purge_counts_first_then_erases_on_confirm(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.session() as session:  # everyone registered long ago
        session.execute(update(Visitor).values(created_at=datetime(2020, 1, 1, tzinfo=UTC)))
    dialog = PurgeDialog(demo_db, staff_id=None)
    qtbot.addWidget(dialog)
    dialog.day.setDate(date.today())
    with demo_db.reader() as session:
        live = session.scalar(select(func.count()).select_from(Visitor).where(
            Visitor.erased_at.is_(None))) or 0
    assert "would be erased" in dialog.verdict.text()
    assert f"{dialog.would_erase} visitors" in dialog.verdict.text()
    with demo_db.reader() as session:  # the dry run changed nothing
        assert session.scalar(select(func.count()).select_from(Visitor).where(
            Visitor.erased_at.is_(None))) == live
    assert dialog.would_erase > 0 and dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    assert dialog.result_ is not None and dialog.result_["erased"] == dialog.would_erase
    with demo_db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Visitor).where(
            Visitor.erased_at.is_(None))) == live - dialog.would_erase
