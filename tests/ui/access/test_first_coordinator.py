"""A new event has no coordinator: the sign-in offers to make the first one, once."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from booth_app.core.audit import list_entries
from booth_app.storage.database import Database
from booth_app.storage.models import Staff
from booth_app.ui.access.first_coordinator import FirstCoordinatorDialog
from booth_app.ui.access.sign_in import SignInDialog


def _fill(dialog: FirstCoordinatorDialog, name: str, pin: str, again: str) -> None:
    dialog.name.setText(name)
    dialog.pin.setText(pin)
    dialog.again.setText(again)
    dialog.make.click()


def test_a_new_event_makes_its_first_coordinator_and_then_never_again(
        qtbot: QtBot, event_db: Database) -> None:
    sign_in = SignInDialog(event_db)
    qtbot.addWidget(sign_in)
    button = sign_in.coordinator_button
    assert button.isEnabled() and "first coordinator" in button.text()
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FirstCoordinatorDialog):
            QTimer.singleShot(20, answer)
            return
        _fill(dialog, "Rina Kusuma", "2468", "2469")  # a slip: nothing is made
        seen.append(dialog.message.text())
        _fill(dialog, "Rina Kusuma", "24", "24")  # too short
        seen.append(dialog.message.text())
        _fill(dialog, "Rina Kusuma", "2468", "2468")

    QTimer.singleShot(20, answer)
    button.click()
    assert "differ" in seen[0] and "4 to 8 digits" in seen[1]
    assert sign_in.result() == sign_in.DialogCode.Accepted
    who = sign_in.signed_in
    assert who is not None and who.is_coordinator and who.name == "Rina Kusuma"
    with event_db.reader() as session:
        [member] = session.scalars(select(Staff).where(Staff.role == "coordinator")).all()
        assert member.name == "Rina Kusuma"
        [entry] = list_entries(session, action="staff.add")
        assert entry.who == "Rina Kusuma" and entry.detail["first"] is True

    # Now there is one: the sign-in lists her, and making another is refused.
    again = SignInDialog(event_db)
    qtbot.addWidget(again)
    assert "first coordinator" not in again.coordinator_button.text()
    late = FirstCoordinatorDialog(event_db)  # e.g. opened on another window meanwhile
    qtbot.addWidget(late)
    _fill(late, "Someone Else", "1111", "1111")
    assert "has a coordinator already" in late.message.text() and late.signed_in is None
    with event_db.reader() as session:
        assert len(session.scalars(select(Staff).where(Staff.role == "coordinator")).all()) == 1
