"""Who may open what in the window (access/guard.py): the desk with nobody signed in,
a booth's own leads and meetings for its staff, everything for a coordinator."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from staff_helpers import signed_in

from booth_app.storage.database import Database
from booth_app.storage.models import Lead, Meeting
from booth_app.ui.access.guard import LockedPanel
from booth_app.ui.access.session import SignedIn
from booth_app.ui.access.sign_in import SignInDialog
from booth_app.ui.dashboard.page import DashboardPage
from booth_app.ui.leads.page import LeadsPage
from booth_app.ui.main_window import NAVIGATION, MainWindow
from booth_app.ui.meetings.page import MeetingsPage
from booth_app.ui.visitors.page import VisitorsPage

COORDINATOR_PAGES = ("Exhibitors", "Exports", "Settings")
LABELS = [label for label, _icon in NAVIGATION]


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> MainWindow:
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def go(window: MainWindow, label: str) -> None:
    window.sidebar.setCurrentRow(LABELS.index(label))


def panel_of(window: MainWindow, label: str) -> LockedPanel:
    return window.locked_panels[LABELS.index(label)]


def test_nobody_signed_in_gets_the_desk_and_each_locked_place_offers_the_sign_in(
        qtbot: QtBot, window: MainWindow) -> None:
    for label in ("Check-in", "Visitors", "Dashboard"):
        go(window, label)
        assert window.page_is_open(label), label
    dashboard = window.pages[LABELS.index("Dashboard")]
    assert isinstance(dashboard, DashboardPage)
    qtbot.waitUntil(lambda: dashboard.shown_scope is not None, timeout=5000)
    assert dashboard.tiles["leads"].value.text() == "–"  # the desk sees no one's leads
    assert dashboard.by_exhibitor.rowCount() == 0
    for label in (*COORDINATOR_PAGES, "Meetings"):
        go(window, label)
        panel = panel_of(window, label)
        assert panel.isVisible(), label
        assert not window.page_is_open(label)
        assert panel.button.isVisible() and panel.button.isEnabled()
        expected = "Sign-in needed" if label == "Meetings" else "Coordinator sign-in needed"
        assert panel.title.text() == expected
        assert panel.geometry() == window.current_page().rect()  # over the whole page
    meetings = window.pages[LABELS.index("Meetings")]
    assert isinstance(meetings, MeetingsPage) and not meetings.schedule_button.isEnabled()

    # The panel's button opens the sign-in dialog.
    seen: list[str] = []
    names: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            QTimer.singleShot(20, close_dialog)
            return
        seen.append(dialog.windowTitle())
        names.extend(button.text() for button in dialog.staff_buttons.values())
        dialog.reject()

    go(window, "Exhibitors")
    QTimer.singleShot(20, close_dialog)
    qtbot.mouseClick(panel_of(window, "Exhibitors").button, Qt.MouseButton.LeftButton)
    assert seen and len(names) == 1 and "Coordinator" in names[0]  # on the coordinators


def test_a_coordinator_opens_every_place_and_a_lock_returns_to_the_desk(
        window: MainWindow, demo_db: Database) -> None:
    go(window, "Exhibitors")
    window.staff_session.sign_in(signed_in(demo_db))
    for label in LABELS:
        go(window, label)
        assert window.page_is_open(label), label
    meetings = window.pages[LABELS.index("Meetings")]
    assert isinstance(meetings, MeetingsPage) and meetings.schedule_button.isEnabled()
    go(window, "Settings")
    window.staff_session.lock()  # Ctrl+L or the idle lock
    assert window.sidebar.currentRow() == LABELS.index("Check-in")
    for label in COORDINATOR_PAGES:
        assert not window.page_is_open(label)


def test_booth_staff_get_their_own_leads_and_meetings_but_no_coordinator_page(
        qtbot: QtBot, window: MainWindow, demo_db: Database) -> None:
    who: SignedIn = signed_in(demo_db, "staff")
    window.staff_session.sign_in(who)
    for label in COORDINATOR_PAGES:
        go(window, label)
        assert not window.page_is_open(label)
        assert who.name in panel_of(window, label).explain.text()
    # Leads: only the member's manufacturer.
    go(window, "Leads")
    leads = window.current_page()
    assert isinstance(leads, LeadsPage)
    with demo_db.reader() as session:
        own = set(session.scalars(select(Lead.id).where(
            Lead.exhibitor_id == who.exhibitor_id, Lead.deleted.is_(False))))
        others = set(session.scalars(select(Lead.id).where(
            Lead.exhibitor_id != who.exhibitor_id)))
        other_meetings = set(session.scalars(select(Meeting.id).where(
            Meeting.exhibitor_id != who.exhibitor_id)))
    assert leads.staff_session.lead_scope() == who.exhibitor_id
    model = leads.list.model
    qtbot.waitUntil(lambda: model.loaded, timeout=5000)
    rows = [model.lead_at(r) for r in range(model.rowCount())]
    assert rows and {row.exhibitor_id for row in rows if row} == {who.exhibitor_id}
    assert not {row.id for row in rows if row} & others
    # Meetings: open, scoped to the member's manufacturer, no Schedule.
    go(window, "Meetings")
    meetings = window.current_page()
    assert isinstance(meetings, MeetingsPage) and window.page_is_open("Meetings")
    assert meetings.scope() == who.exhibitor_id
    assert not meetings.schedule_button.isEnabled()
    meetings.selection.move_clicked.emit()  # moves, locks, cancels: a coordinator's
    assert meetings.grid.moving is None and "coordinator" in meetings.message.text()
    meetings.refresh()
    shown = meetings.model.grid.meetings()
    assert {m.exhibitor_id for m in shown} <= {who.exhibitor_id}
    assert not {m.id for m in shown} & other_meetings
    # Dashboard: lead figures for the member's manufacturer only.
    go(window, "Dashboard")
    dashboard = window.current_page()
    assert isinstance(dashboard, DashboardPage)
    assert dashboard.lead_scope() == who.exhibitor_id
    qtbot.waitUntil(lambda: dashboard.shown_scope == who.exhibitor_id, timeout=5000)
    assert dashboard.by_exhibitor.rowCount() <= 1
    assert dashboard.tiles["leads"].value.text().replace(",", "") == str(len(own))


def test_the_desk_is_told_erasure_needs_a_coordinator_and_offered_the_sign_in(
        qtbot: QtBot, window: MainWindow, answer_dialog: Callable[..., list[str]]) -> None:
    go(window, "Visitors")
    page = window.current_page()
    assert isinstance(page, VisitorsPage)
    qtbot.waitUntil(lambda: page.current_id() is not None, timeout=5000)
    assert "coordinator" in page.actions_["erase"].toolTip()
    seen = answer_dialog("Cancel")
    page.actions_["erase"].trigger()
    assert seen and "Coordinator sign-in needed" in seen[0]
    assert not hasattr(page, "erase_dialog")
