"""Signing in on a shared booth laptop: booth, name, PIN; waits after wrong PINs; lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from booth_app.core.demo.pavilion import COORDINATOR_PIN, DEMO_PIN
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Staff
from booth_app.ui.access.session import SignedIn, StaffSession
from booth_app.ui.access.sign_in import (
    STEP_BOOTH,
    STEP_PIN,
    STEP_STAFF,
    SignInDialog,
)
from booth_app.ui.leads.page import LeadsPage
from booth_app.ui.main_window import MainWindow

T0 = datetime(2027, 1, 27, 9, 0, tzinfo=UTC)


class Clock:
    """The time the dialog asks for, moved by the test."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def booth_staff(db: Database, booth_index: int = 0) -> tuple[str, list[tuple[str, str]]]:
    """A booth's manufacturer code and its staff (id, name) by name, from the database."""
    with db.reader() as session:
        exhibitors = [e for e in session.scalars(select(Exhibitor).order_by(Exhibitor.booth))
                      if not e.deleted]
        exhibitor = exhibitors[booth_index]
        members = session.scalars(select(Staff).where(
            Staff.exhibitor_id == exhibitor.id).order_by(Staff.name)).all()
        return exhibitor.code, [(m.id, m.name) for m in members]


def coordinator_of(db: Database) -> str:
    with db.reader() as session:
        return session.scalars(select(Staff.id).where(Staff.role == "coordinator")).one()


def open_dialog(qtbot: QtBot, db: Database, **options: object) -> SignInDialog:
    dialog = SignInDialog(db, **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def to_pin(qtbot: QtBot, dialog: SignInDialog, code: str, member: str) -> None:
    qtbot.mouseClick(dialog.booth_buttons[code], Qt.MouseButton.LeftButton)
    assert dialog.step == STEP_STAFF
    qtbot.mouseClick(dialog.staff_buttons[member], Qt.MouseButton.LeftButton)
    assert dialog.step == STEP_PIN
    assert dialog.pad.hasFocus()


def test_booth_then_name_then_pin_typed_on_the_keyboard(qtbot: QtBot,
                                                        demo_db: Database) -> None:
    code, members = booth_staff(demo_db)
    member_id, name = members[0]
    dialog = open_dialog(qtbot, demo_db)
    assert dialog.step == STEP_BOOTH
    assert len(dialog.booth_buttons) == 19  # every booth of the demo pavilion has staff
    to_pin(qtbot, dialog, code, member_id)
    assert name in dialog.title.text()
    qtbot.keyClicks(dialog.pad, DEMO_PIN[:3] + "9")
    qtbot.keyClick(dialog.pad, Qt.Key.Key_Backspace)  # a typo, taken back
    qtbot.keyClicks(dialog.pad, DEMO_PIN[3])
    assert dialog.pad.dots.text().count("●") == 4  # the PIN itself is never shown
    qtbot.keyClick(dialog.pad, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    who = dialog.signed_in
    assert who is not None
    assert (who.staff_id, who.name, who.exhibitor_code, who.is_coordinator) == (
        member_id, name, code, False)


def test_the_pad_buttons_sign_in_too(qtbot: QtBot, demo_db: Database) -> None:
    code, members = booth_staff(demo_db, 3)
    dialog = open_dialog(qtbot, demo_db)
    to_pin(qtbot, dialog, code, members[-1][0])
    for digit in DEMO_PIN:
        qtbot.mouseClick(dialog.pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.pad.keys["OK"], Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed_in is not None and dialog.signed_in.staff_id == members[-1][0]


def test_a_wrong_pin_says_how_many_tries_are_left(qtbot: QtBot, demo_db: Database) -> None:
    code, members = booth_staff(demo_db)
    dialog = open_dialog(qtbot, demo_db, clock=Clock())
    to_pin(qtbot, dialog, code, members[0][0])
    qtbot.keyClicks(dialog.pad, "0000")
    qtbot.keyClick(dialog.pad, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.signed_in is None
    assert "Wrong PIN. 2 more tries" in dialog.message.text()
    assert dialog.pad.pin == ""  # ready for the next try
    qtbot.keyClicks(dialog.pad, "1111")
    qtbot.keyClick(dialog.pad, Qt.Key.Key_Enter)
    assert "One more try before a wait" in dialog.message.text()


def test_too_many_wrong_pins_wait_with_a_live_countdown(qtbot: QtBot,
                                                        demo_db: Database) -> None:
    code, members = booth_staff(demo_db)
    clock = Clock()
    dialog = open_dialog(qtbot, demo_db, clock=clock)
    to_pin(qtbot, dialog, code, members[0][0])
    for wrong in ("0000", "1111", "2222"):
        qtbot.keyClicks(dialog.pad, wrong)
        qtbot.keyClick(dialog.pad, Qt.Key.Key_Return)
    assert "Try again in 30 s" in dialog.message.text()
    assert dialog.waiting
    assert not dialog.pad.keys["5"].isEnabled()
    qtbot.keyClicks(dialog.pad, DEMO_PIN)  # typed during the wait: not even taken
    assert dialog.pad.pin == ""
    clock.now += timedelta(seconds=12)
    qtbot.waitUntil(lambda: "Try again in 18 s" in dialog.message.text(), timeout=3000)

    # Closing the dialog does not end the wait: it is kept on this laptop.
    dialog.reject()
    again = open_dialog(qtbot, demo_db, clock=clock)
    to_pin(qtbot, again, code, members[0][0])
    assert "Try again in 18 s" in again.message.text()
    assert not again.pad.keys["OK"].isEnabled()
    clock.now += timedelta(seconds=19)
    qtbot.waitUntil(lambda: again.pad.keys["OK"].isEnabled(), timeout=3000)
    assert "try your PIN again" in again.message.text()
    qtbot.keyClicks(again.pad, DEMO_PIN)
    qtbot.keyClick(again.pad, Qt.Key.Key_Return)
    assert again.result() == QDialog.DialogCode.Accepted


def test_a_coordinator_signs_in_from_the_first_screen(qtbot: QtBot,
                                                      demo_db: Database) -> None:
    dialog = open_dialog(qtbot, demo_db)
    qtbot.mouseClick(dialog.coordinator_button, Qt.MouseButton.LeftButton)
    assert dialog.step == STEP_STAFF
    (coordinator_id, button), = dialog.staff_buttons.items()
    assert coordinator_id == coordinator_of(demo_db)
    assert button.text() == "Pavilion Coordinator"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.pad, COORDINATOR_PIN)
    qtbot.keyClick(dialog.pad, Qt.Key.Key_Return)
    assert dialog.signed_in is not None
    assert dialog.signed_in.is_coordinator and dialog.signed_in.exhibitor_id is None


def test_escape_goes_back_a_step_then_closes(qtbot: QtBot, demo_db: Database) -> None:
    code, members = booth_staff(demo_db)
    dialog = open_dialog(qtbot, demo_db)
    to_pin(qtbot, dialog, code, members[0][0])
    qtbot.keyClick(dialog.pad, "1")
    qtbot.keyClick(dialog.pad, Qt.Key.Key_Escape)
    assert dialog.step == STEP_STAFF and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.step == STEP_BOOTH and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.signed_in is None


def test_switching_staff_starts_on_the_current_booths_names(qtbot: QtBot,
                                                           demo_db: Database) -> None:
    code, members = booth_staff(demo_db, 5)
    dialog = open_dialog(qtbot, demo_db, booth_code=code)
    assert dialog.step == STEP_STAFF
    assert set(dialog.staff_buttons) == {member_id for member_id, _ in members}


# -- in the window ---------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> MainWindow:
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    win.sidebar.setCurrentRow(3)
    return win


def sign_in_as(window: MainWindow, db: Database, staff_id: str) -> SignedIn:
    with db.reader() as session:
        who = SignedIn.of(session, staff_id)
    window.staff_session.sign_in(who)
    return who


def when_dialog_opens(qtbot: QtBot, act: Callable[[SignInDialog], None]) -> list[int]:
    """Run `act` on the sign-in dialog once it is shown modally; returns its step then."""
    seen: list[int] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            QTimer.singleShot(20, check)
            return
        seen.append(dialog.step)
        act(dialog)

    QTimer.singleShot(20, check)
    return seen


def test_switch_staff_in_one_click_and_the_top_strip_follows(qtbot: QtBot, window: MainWindow,
                                                            demo_db: Database) -> None:
    code, members = booth_staff(demo_db, 2)
    (first_id, first), (second_id, second) = members[:2]
    sign_in_as(window, demo_db, first_id)
    page = window.current_page()
    assert isinstance(page, LeadsPage)
    assert window.top_staff.text().startswith(f"Signed in: {first} · Booth")
    assert f"({code})" in window.top_staff.text()

    def pick_second(dialog: SignInDialog) -> None:
        dialog.staff_buttons[second_id].click()
        qtbot.keyClicks(dialog.pad, DEMO_PIN)
        qtbot.keyClick(dialog.pad, Qt.Key.Key_Return)

    seen = when_dialog_opens(qtbot, pick_second)
    qtbot.mouseClick(page.switch_button, Qt.MouseButton.LeftButton)
    assert seen == [STEP_STAFF]  # straight to this booth's names
    assert window.staff_session.current is not None
    assert window.staff_session.current.staff_id == second_id
    assert window.top_staff.text().startswith(f"Signed in: {second} · Booth")


def test_ctrl_l_locks_and_signs_in_again(qtbot: QtBot, window: MainWindow,
                                         demo_db: Database) -> None:
    code, members = booth_staff(demo_db)
    sign_in_as(window, demo_db, members[0][0])
    page = window.current_page()
    assert isinstance(page, LeadsPage)
    assert page.stack.currentIndex() == 1 and page.list.model.rowCount() > 0
    qtbot.keyClick(page.scan_field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.staff_session.current is None
    assert window.top_staff.text() == "Not signed in"
    assert page.stack.currentIndex() == 0  # "Sign in to capture leads"
    assert page.list.model.rowCount() == 0  # no lead is left on screen

    def sign_in(dialog: SignInDialog) -> None:
        dialog.booth_buttons[code].click()
        dialog.staff_buttons[members[1][0]].click()
        qtbot.keyClicks(dialog.pad, DEMO_PIN)
        qtbot.keyClick(dialog.pad, Qt.Key.Key_Return)

    seen = when_dialog_opens(qtbot, sign_in)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen == [STEP_BOOTH]
    assert window.staff_session.current is not None
    assert window.staff_session.current.name == members[1][1]
    assert page.stack.currentIndex() == 1


def test_the_window_locks_itself_after_inactivity(qtbot: QtBot, window: MainWindow,
                                                  demo_db: Database) -> None:
    _, members = booth_staff(demo_db)
    session = window.staff_session
    # A lock time well above the gaps between moves: on a loaded CI machine one
    # qtbot.wait(100) once took over 400 ms, and a 400 ms lock fired mid-work.
    session.set_auto_lock_ms(1500)
    sign_in_as(window, demo_db, members[0][0])
    # Someone working keeps it open: the mouse moves every 100 ms for 2 s.
    for step in range(20):
        qtbot.mouseMove(window, QPoint(300 + step * 5, 300))
        qtbot.wait(100)
    assert session.current is not None
    qtbot.waitUntil(lambda: session.current is None, timeout=5000)
    assert window.top_staff.text() == "Not signed in"
    # Back to the desk (access/guard.py), and the leads are behind the sign-in.
    assert window.current_page().header.title.text() == "Check-in"
    leads = window.pages[3]
    assert isinstance(leads, LeadsPage) and leads.stack.currentIndex() == 0


def test_auto_lock_minutes_come_from_the_settings(qtbot: QtBot) -> None:
    session = StaffSession(auto_lock_minutes=5)
    assert session.auto_lock_ms == 300_000
    session.set_auto_lock_minutes(0)  # "Never"
    assert session.auto_lock_ms == 0
    session.sign_in(SignedIn("x", "Someone", "coordinator"))
    qtbot.wait(300)
    assert session.current is not None
