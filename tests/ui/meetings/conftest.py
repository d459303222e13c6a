"""A small matching forum for the Meetings page tests: four manufacturers at tables
T1..T4, eight buyers (an Arabic and a Chinese name among them), one morning of four
30-minute slots on 27 January 2027 (Dubai time)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from matching_setup import DAY_1, Clock, Forum, build_forum
from pytestqt.qtbot import QtBot

from booth_app.core.events import require_event
from booth_app.core.meetings.meetings import add_meeting
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Visitor
from booth_app.ui.access.session import SignedIn, StaffSession
from booth_app.ui.meetings.page import MeetingsPage


@pytest.fixture
def forum(db: Database) -> Forum:
    return build_forum(db, makers=4, buyers=8)


@pytest.fixture
def meet(forum: Forum) -> Callable[..., str]:
    """Put a meeting in: buyer (index), manufacturer (code), start "HH:MM" on day 1."""

    def add(buyer: int, code: str, start: str, *, locked: bool = False) -> str:
        with forum.db.session() as session:
            event = require_event(session)
            meeting = add_meeting(session, event, session.get(Visitor, forum.buyers[buyer]),
                                  session.get(Exhibitor, forum.exhibitors[code]),
                                  forum.at(DAY_1, start), origin="scheduler", locked=locked)
            return meeting.id

    return add


@pytest.fixture
def clock(forum: Forum) -> Clock:
    return Clock(forum, "08:30")


@pytest.fixture
def open_page(qtbot: QtBot, forum: Forum, clock: Clock) -> Callable[..., MeetingsPage]:
    def make(signed_in: str | None = None) -> MeetingsPage:
        staff = StaffSession()
        if signed_in is not None:
            with forum.db.reader() as session:
                staff.sign_in(SignedIn.of(session, forum.staff[signed_in]))
        page = MeetingsPage(forum.db, staff, clock=clock)
        qtbot.addWidget(page)
        page.resize(1166, 690)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make
