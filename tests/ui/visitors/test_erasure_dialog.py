"""Erasing a visitor from the Visitors page: the dialog names the person, Erase erases
(the database says so), Cancel and Escape change nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from staff_helpers import signed_in

from booth_app.core.audit import ERASE
from booth_app.storage.database import Database
from booth_app.storage.models import AuditLog, Visitor
from booth_app.ui.access.session import StaffSession
from booth_app.ui.visitors.erase_dialog import EraseDialog
from booth_app.ui.visitors.page import VisitorsPage


def visible_text(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def open_page(qtbot: QtBot, db: Database) -> VisitorsPage:
    session = StaffSession()
    session.sign_in(signed_in(db))
    page = VisitorsPage(db, session)
    page.session_ = session  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.current_id() is not None, timeout=5000)
    return page


def visitor(db: Database, visitor_id: str) -> tuple[str, str, str, object]:
    with db.reader() as session:
        row = session.get(Visitor, visitor_id)
        assert row is not None
        return row.name, row.organization, row.email, row.erased_at


def when_open(act: object) -> list[EraseDialog]:
    seen: list[EraseDialog] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EraseDialog):
            QTimer.singleShot(20, check)
            return
        seen.append(dialog)
        act(dialog)  # type: ignore[operator]

    QTimer.singleShot(20, check)
    return seen


def test_the_dialog_names_the_person_and_says_what_happens(qtbot: QtBot,
                                                           demo_db: Database) -> None:
    page = open_page(qtbot, demo_db)
    name, organisation, email, _ = visitor(demo_db, page.current_id() or "")
    dialog = EraseDialog(demo_db, page.current_id() or "", page)
    qtbot.addWidget(dialog)
    dialog.show()
    text = visible_text(dialog)
    for part in (name, organisation, email, "every laptop", "Counts stay"):
        assert part in text, part
    assert dialog.reason.hasFocus() or dialog.reason.isEnabled()


def test_erase_on_confirm_erases_in_the_database_and_the_list_refreshes(
        qtbot: QtBot, demo_db: Database) -> None:
    page = open_page(qtbot, demo_db)
    target = page.current_id() or ""
    name, _, email, _ = visitor(demo_db, target)

    def erase(dialog: EraseDialog) -> None:
        dialog.reason.setText("asked at the desk")
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    seen = when_open(erase)
    page.actions_["erase"].trigger()
    assert seen and seen[0].erased is not None
    after_name, _, after_email, erased_at = visitor(demo_db, target)
    assert erased_at is not None and after_name != name and after_email != email
    with demo_db.reader() as session:
        entry = session.scalars(select(AuditLog).where(AuditLog.action == ERASE,
                                                       AuditLog.entity_id == target)).one()
        assert entry.staff_id == page.staff_session.current.staff_id  # type: ignore[union-attr]
    assert name not in [page.model.visitor_at(r).name  # type: ignore[union-attr]
                        for r in range(min(page.model.rowCount(), 50))]


def test_cancel_and_escape_change_nothing(qtbot: QtBot, demo_db: Database) -> None:
    page = open_page(qtbot, demo_db)
    target = page.current_id() or ""
    before = visitor(demo_db, target)
    seen = when_open(lambda dialog: dialog.reject())
    page.actions_["erase"].trigger()
    assert seen
    seen = when_open(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    page.actions_["erase"].trigger()
    assert seen and seen[0].erased is None
    assert visitor(demo_db, target) == before
    with demo_db.reader() as session:
        assert session.scalars(select(AuditLog).where(AuditLog.action == ERASE)).all() == []
