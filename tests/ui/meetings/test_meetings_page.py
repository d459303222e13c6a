"""The Meetings page driven as the matching desk uses it: the grid, keyboard and drag
moves with the conflict shown before the move, lock, cancel, outcomes, Schedule, and
what booth staff get to see."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from matching_setup import DAY_1, Clock, Forum, request, requests
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from booth_app.core.meetings.times import hhmm
from booth_app.storage.database import Database
from booth_app.storage.models import Event, Lead, Meeting
from booth_app.ui.meetings.grid_model import TargetRole
from booth_app.ui.meetings.page import MeetingsPage

Opener = Callable[..., MeetingsPage]
Enter, Right, Left, Down = Qt.Key.Key_Return, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Down


def stored(db: Database, meeting_id: str) -> dict[str, Any]:
    with db.reader() as session:
        m = session.get(Meeting, meeting_id)
        event = session.scalars(select(Event)).one()
        assert m is not None
        return {"start": hhmm(event, m.starts_at), "table": m.table_name, "status": m.status,
                "locked": m.locked, "outcome": m.outcome}


def cell_text(page: MeetingsPage, row: int, column: int) -> str:
    return page.model.index(row, column).data() or ""


def grid_rows(page: MeetingsPage) -> list[str]:
    return [page.model.headerData(r, Qt.Orientation.Vertical) for r in
            range(page.model.rowCount())]


def plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


def test_grid_shows_each_meeting_in_its_table_row_and_slot_column(
        open_page: Opener, meet: Callable[..., str], forum: Forum) -> None:
    meet(0, "NUSEL", "09:00")  # the Arabic name
    meet(1, "VITRA", "09:30")  # the Chinese name
    meet(2, "NUSEL", "10:30", locked=True)
    page = open_page()
    assert grid_rows(page) == ["T1\nNUSEL", "T2\nVITRA", "T3\nJANTRA", "T4\nASPIRA"]
    assert [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "09:00–09:30", "09:30–10:00", "10:00–10:30", "10:30–11:00"]
    assert cell_text(page, 0, 0) == "محمد الهاشمي — ◷ Scheduled"
    assert cell_text(page, 1, 1) == "王志强 — ◷ Scheduled"
    assert cell_text(page, 0, 3) == "Fatima Al Mansoori — ◷ Scheduled · locked"
    filled = {(r, c) for r in range(4) for c in range(4) if cell_text(page, r, c)}
    assert filled == {(0, 0), (1, 1), (0, 3)}
    page.grid.setFocus()
    page.grid.select_cell(1, 1)
    info = plain(page.selection.info.text())
    assert "王志强 — 上海瑞金医院" in info and "VITRA at table T2, 09:30–10:00" in info


def test_status_words_follow_the_clock_and_check_ins(
        open_page: Opener, meet: Callable[..., str], forum: Forum, clock: Clock) -> None:
    late = meet(0, "NUSEL", "09:00")
    meet(1, "VITRA", "09:00")
    with forum.db.session() as session:
        from booth_app.core.meetings.table_checkin import check_in_at_table

        check_in_at_table(session, forum.codes[forum.buyers[1]], now=forum.at(DAY_1, "09:02"))
    clock.set("09:10")
    page = open_page()
    assert cell_text(page, 0, 0).endswith("⚠ Late")
    assert cell_text(page, 1, 0).endswith("✔ Checked in")
    clock.set("09:40")
    page.refresh()
    assert cell_text(page, 0, 0).endswith("⚑ No check-in")
    assert cell_text(page, 1, 0).endswith("✔ Held")
    assert stored(forum.db, late)["status"] == "scheduled"


def test_keyboard_move_onto_a_busy_slot_shows_the_conflict_first_and_changes_nothing(
        qtbot: QtBot, open_page: Opener, meet: Callable[..., str], forum: Forum) -> None:
    first = meet(0, "NUSEL", "09:00")
    meet(0, "VITRA", "09:30")  # the same buyer, next slot, at another table
    page = open_page()
    page.grid.setFocus()
    page.grid.select_cell(0, 0)
    qtbot.keyClick(page.grid, Enter)  # picks the meeting up
    assert page.grid.moving == first
    qtbot.keyClick(page.grid, Right)  # T1 at 09:30: the buyer is at T2 then
    target = page.model.index(0, 1).data(TargetRole)
    assert target is not None and target.verdict == "conflict"
    assert target.short == "Buyer busy"
    assert page.message.text().startswith("✖ Cannot move to table T1, 09:30–10:00")
    assert "محمد الهاشمي already meets someone at 09:30" in page.message.text()
    assert "#fde8e8" in page.message.styleSheet()  # red, before any Enter
    assert stored(forum.db, first)["start"] == "09:00"
    qtbot.keyClick(page.grid, Enter)  # refused: still picked up, nothing written
    assert page.grid.moving == first
    assert stored(forum.db, first) == {"start": "09:00", "table": "T1", "status": "scheduled",
                                       "locked": False, "outcome": ""}
    assert "already meets someone" in page.message.text()
    qtbot.keyClick(page.grid, Qt.Key.Key_Escape)  # put back
    assert page.grid.moving is None
    assert page.model.index(0, 1).data(TargetRole) is None
    assert page.grid.current_meeting() is not None
    assert page.grid.current_meeting().id == first
    assert cell_text(page, 0, 0).startswith("محمد الهاشمي")


def test_keyboard_move_to_a_free_slot_moves_the_meeting_in_the_database(
        qtbot: QtBot, open_page: Opener, meet: Callable[..., str], forum: Forum) -> None:
    moving = meet(0, "NUSEL", "09:00")
    meet(0, "VITRA", "09:30")
    page = open_page()
    page.grid.setFocus()
    page.grid.select_cell(0, 0)
    for key in (Enter, Right, Right):  # pick up, then 09:30 (busy), then 10:00 (free)
        qtbot.keyClick(page.grid, key)
    target = page.model.index(0, 2).data(TargetRole)
    assert target.verdict == "free" and target.short == "Move here"
    assert page.message.text().startswith("Free: Enter or drop moves")
    assert stored(forum.db, moving)["start"] == "09:00"  # nothing yet
    qtbot.keyClick(page.grid, Enter)
    assert stored(forum.db, moving)["start"] == "10:00"
    assert cell_text(page, 0, 0) == ""
    assert cell_text(page, 0, 2).startswith("محمد الهاشمي")
    assert page.message.text() == "✔ Moved to table T1, 10:00–10:30."
    assert page.grid.current_meeting().id == moving  # still selected where it went


def drag(page: MeetingsPage, meeting_cell: tuple[int, int], onto: tuple[int, int],
         *, drop: bool) -> bool:
    """Drag the card of one cell over another (and drop it); whether the view accepted."""
    data = page.model.mimeData([page.model.index(*meeting_cell)])
    viewport = page.grid.viewport()
    point = page.grid.visualRect(page.model.index(*onto)).center()
    actions, button = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    no_keys = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(2, 2), actions, data, button, no_keys)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(point, actions, data, button, no_keys)
    QApplication.sendEvent(viewport, move)
    if not drop:
        return move.isAccepted()
    dropped = QDropEvent(point.toPointF(), actions, data, button, no_keys)
    QApplication.sendEvent(viewport, dropped)
    return dropped.isAccepted()


def test_drag_shows_the_conflict_over_the_target_before_the_drop(
        open_page: Opener, meet: Callable[..., str], forum: Forum) -> None:
    moving = meet(0, "NUSEL", "09:00")
    meet(3, "JANTRA", "09:30")
    page = open_page()
    # Over T3 at 09:30: that table is JANTRA's and busy then.
    assert not drag(page, (0, 0), (2, 1), drop=False)
    target = page.model.index(2, 1).data(TargetRole)
    assert target.verdict == "conflict" and target.short in ("Table taken",
                                                             "Manufacturer busy")
    assert page.message.text().startswith("✖ Cannot move to table T3, 09:30–10:00")
    assert not drag(page, (0, 0), (2, 1), drop=True)  # refused: nothing changes
    assert stored(forum.db, moving)["start"] == "09:00"
    assert page.grid.moving is None and page.model.origin is None
    assert drag(page, (0, 0), (0, 3), drop=True)  # a free slot at its own table
    assert stored(forum.db, moving) == {"start": "10:30", "table": "T1",
                                        "status": "scheduled", "locked": False, "outcome": ""}
    assert cell_text(page, 0, 3).startswith("محمد الهاشمي")


def test_lock_and_unlock_with_the_key_and_the_button(
        qtbot: QtBot, open_page: Opener, meet: Callable[..., str], forum: Forum) -> None:
    meeting = meet(4, "ASPIRA", "10:00")
    page = open_page()
    page.grid.setFocus()
    page.grid.select_cell(3, 2)
    assert page.selection.lock_button.text() == "Lock (L)"
    qtbot.keyClick(page.grid, Qt.Key.Key_L)
    assert stored(forum.db, meeting)["locked"] is True
    assert cell_text(page, 3, 2).endswith("· locked")
    assert page.selection.lock_button.text() == "Unlock (L)"
    assert "Locked: Schedule keeps" in page.message.text()
    qtbot.mouseClick(page.selection.lock_button, Qt.MouseButton.LeftButton)
    assert stored(forum.db, meeting)["locked"] is False
    assert not cell_text(page, 3, 2).endswith("· locked")


def test_cancel_asks_first_and_the_request_comes_back_under_not_placed(
        qtbot: QtBot, open_page: Opener, meet: Callable[..., str], forum: Forum,
        answer_dialog: Callable[..., list[str]]) -> None:
    request(forum, 6, "VITRA")
    with forum.db.session() as session:
        from booth_app.core.meetings.scheduling import schedule

        schedule(session)
    page = open_page()
    assert page.side.title.text() == "Not placed (0)"
    place = next(p for p, cell in page.model.grid.cells.items() if cell)
    meeting = page.model.meeting_at(*place)
    page.grid.setFocus()
    page.grid.select_cell(*place)
    seen = answer_dialog("Keep")
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert "Cancel the meeting of Łukasz Wiśniewski with VITRA" in plain(seen[0])
    assert stored(forum.db, meeting.id)["status"] == "scheduled"
    answer_dialog("Cancel meeting")
    qtbot.mouseClick(page.selection.cancel_button, Qt.MouseButton.LeftButton)
    assert stored(forum.db, meeting.id)["status"] == "cancelled"
    assert cell_text(page, *place) == ""
    assert page.side.title.text() == "Not placed (1)"
    line = plain(page.side.requests.item(0).text())
    assert "Łukasz Wiśniewski" in line and "→ VITRA · want" in line
    assert "cancelled" in line


def test_booth_staff_see_only_their_own_manufacturers_meetings(
        open_page: Opener, meet: Callable[..., str], forum: Forum) -> None:
    meet(0, "NUSEL", "09:00")
    meet(1, "VITRA", "09:00")
    meet(2, "NUSEL", "09:30")
    requests(forum, [(3, "NUSEL", "want"), (4, "VITRA", "must")])
    page = open_page("NUSEL")
    assert grid_rows(page) == ["T1\nNUSEL"]
    shown = [m.buyer_name for m in page.model.grid.meetings()]
    assert sorted(shown) == ["Fatima Al Mansoori", "محمد الهاشمي"]
    assert all(m.exhibitor_code == "NUSEL" for m in page.model.grid.meetings())
    lines = [plain(page.side.requests.item(i).text()) for i in
             range(page.side.requests.count())]
    assert len(lines) == 1 and "→ NUSEL" in lines[0]
    assert not page.schedule_button.isEnabled()
    assert page.side.exhibitor.isHidden() and page.master_button.isHidden()
    assert not page.selection.buyer_agenda.isEnabled()  # it lists other booths' meetings
    with forum.db.reader() as session:
        from booth_app.ui.access.session import SignedIn

        page.staff_session.sign_in(SignedIn.of(session, forum.staff["coordinator"]))
    assert grid_rows(page) == ["T1\nNUSEL", "T2\nVITRA", "T3\nJANTRA", "T4\nASPIRA"]
    assert len(page.model.grid.meetings()) == 3
    assert page.schedule_button.isEnabled() and not page.side.exhibitor.isHidden()
    page.staff_session.lock()  # nobody signed in: the desk sees every table
    assert len(page.model.grid.meetings()) == 3


def test_schedule_places_the_requests_off_the_gui_thread_and_keeps_locked_meetings(
        qtbot: QtBot, open_page: Opener, meet: Callable[..., str], forum: Forum) -> None:
    kept = meet(0, "NUSEL", "10:30", locked=True)
    pairs = [(b, code, "must" if b % 3 == 0 else "want") for b in range(8)
             for code in ("NUSEL", "VITRA", "JANTRA") if (b + len(code)) % 2 == 0]
    requests(forum, pairs)
    page = open_page()
    assert page.side.title.text() == f"Not placed ({len(pairs)})"
    with qtbot.waitSignal(page.schedule_finished, timeout=60_000) as finished:
        qtbot.mouseClick(page.schedule_button, Qt.MouseButton.LeftButton)
    run = finished.args[0]
    assert not isinstance(run, BaseException), run
    with forum.db.reader() as session:
        live = session.scalars(select(Meeting).where(Meeting.status != "cancelled")).all()
    assert len(live) == run.result["placed"] + 1 > 1
    assert len(page.model.grid.meetings()) == len(live)
    assert stored(forum.db, kept)["start"] == "10:30"  # locked: where it was
    summary = page.side.summary.text()
    assert summary.startswith(f"{run.result['placed']} meetings placed: ")
    assert "Proven optimal" in summary or "Not proven optimal" in summary
    assert page.message.text().startswith("✔ ")
    assert page.side.title.text() == f"Not placed ({len(run.result['unplaced'])})"
    assert page.schedule_button.isEnabled()


def test_outcome_in_two_clicks_goes_onto_the_meeting_and_the_lead(
        qtbot: QtBot, open_page: Opener, meet: Callable[..., str], forum: Forum,
        clock: Clock) -> None:
    meeting = meet(6, "JANTRA", "09:30")
    page = open_page()
    mou = page.selection.outcome_buttons["mou"]
    page.grid.select_cell(2, 1)
    assert not mou.isEnabled()  # before the meeting starts
    clock.set("10:05")
    page.refresh()
    page.grid.clearSelection()
    rect = page.grid.visualRect(page.model.index(2, 1))
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(mou, Qt.MouseButton.LeftButton)
    assert stored(forum.db, meeting)["outcome"] == "mou"
    assert stored(forum.db, meeting)["status"] == "held"
    with forum.db.reader() as session:
        lead = session.scalars(select(Lead).where(
            Lead.visitor_id == forum.buyers[6],
            Lead.exhibitor_id == forum.exhibitors["JANTRA"])).one()
        assert lead.stage == "mou"
    assert page.message.text().startswith("✔ Outcome saved: MoU signed")
    assert page.selection.outcome_buttons["mou"].isChecked()
    assert cell_text(page, 2, 1).endswith("✔ Held")


def test_meetings_is_ctrl_7_in_the_window_and_fits_1366x768(
        qtbot: QtBot, forum: Forum, meet: Callable[..., str]) -> None:
    from booth_app.ui.access.session import SignedIn
    from booth_app.ui.main_window import MainWindow

    meet(0, "NUSEL", "09:00")
    window = MainWindow(forum.db)
    qtbot.addWidget(window)
    # Scheduling is a coordinator's (access/guard.py); the page is locked for nobody.
    window.staff_session.sign_in(SignedIn("coordinator", "Coordinator", "coordinator"))
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    labels = [window.sidebar.item(r).text() for r in range(window.sidebar.count())]
    assert labels[5:] == ["Exports", "Meetings", "Settings"]
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, MeetingsPage)
    assert window.sidebar.item(6).toolTip() == "Meetings (Ctrl+7)"
    qtbot.waitUntil(page.grid.hasFocus)
    for button in page.findChildren(QPushButton):
        if button.isVisibleTo(page):
            assert button.width() >= button.minimumSizeHint().width(), button.text()
    assert page.grid.viewport().width() >= 3 * page.grid.columnWidth(0)
    assert page.grid.viewport().height() >= 4 * page.grid.rowHeight(0)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().header.title.text() == "Settings"


def test_one_click_writes_the_manufacturers_agenda_and_opens_it(
        qtbot: QtBot, open_page: Opener, meet: Callable[..., str], forum: Forum,
        monkeypatch: Any) -> None:
    from PySide6.QtCore import QUrl

    from booth_app.ui.meetings import agenda_print

    opened: list[str] = []
    monkeypatch.setattr(agenda_print.QDesktopServices, "openUrl",
                        lambda url: opened.append(QUrl(url).toLocalFile()) or True)
    meet(0, "NUSEL", "09:00")
    meet(1, "NUSEL", "09:30")
    page = open_page()
    page.grid.select_cell(0, 0)
    qtbot.mouseClick(page.selection.exhibitor_agenda, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    pdf = opened[0]
    assert "agenda-NUSEL-" in pdf and pdf.endswith(".pdf")
    with open(pdf, "rb") as fh:
        assert fh.read(5) == b"%PDF-"


def test_a_check_in_made_elsewhere_shows_up_by_itself(
        qtbot: QtBot, open_page: Opener, meet: Callable[..., str], forum: Forum,
        clock: Clock) -> None:
    from booth_app.core.meetings.table_checkin import check_in_at_table

    meet(4, "ASPIRA", "09:00")
    clock.set("09:03")
    page = open_page()
    assert cell_text(page, 3, 0).endswith("◷ Scheduled")
    with forum.db.session() as session:  # the scanner at the table, another laptop
        check_in_at_table(session, forum.codes[forum.buyers[4]], now=forum.at(DAY_1, "09:03"))
    assert page.live_timer.isActive()
    page.live_timer.timeout.emit()  # the next tick: read on a worker, shown here
    qtbot.waitUntil(lambda: cell_text(page, 3, 0).endswith("✔ Checked in"), timeout=10_000)
