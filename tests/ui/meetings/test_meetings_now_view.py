"""The floor screen ("Now"): the slot running, who is late at which table, the next
slot, and a badge scanned at a table checking the buyer in, answered big."""

from __future__ import annotations

from collections.abc import Callable

from matching_setup import Clock, Forum
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from booth_app.core.badges.codes import format_code
from booth_app.storage.models import Meeting
from booth_app.ui.meetings.now_view import FloorTable
from booth_app.ui.meetings.page import MeetingsPage

Opener = Callable[..., MeetingsPage]


def rows(table: FloorTable) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in
             range(table.columnCount())] for r in range(table.rowCount())]


def open_now(qtbot: QtBot, open_page: Opener, signed_in: str | None = None) -> MeetingsPage:
    page = open_page(signed_in)
    qtbot.mouseClick(page.now_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.now_view
    qtbot.waitUntil(page.now_view.scan_field.hasFocus)  # ready for the first scan
    return page


def scan(qtbot: QtBot, page: MeetingsPage, forum: Forum, buyer: int) -> None:
    field = page.now_view.scan_field
    qtbot.keyClicks(field, format_code(forum.codes[forum.buyers[buyer]]))
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_scan_at_the_table_checks_the_late_buyer_in_and_says_so_big(
        qtbot: QtBot, open_page: Opener, meet: Callable[..., str], forum: Forum,
        clock: Clock) -> None:
    late = meet(1, "VITRA", "09:00")  # 王志强 at T2
    meet(2, "NUSEL", "09:00")
    meet(3, "NUSEL", "09:30")
    clock.set("09:07")
    page = open_now(qtbot, open_page)
    view = page.now_view
    assert view.now_title.text().startswith("Now 09:00–09:30 · 0 of 2 checked in")
    assert rows(view.late_list) == [["⚠ T1 · NUSEL", "Fatima Al Mansoori", "7 min"],
                                    ["⚠ T2 · VITRA", "王志强", "7 min"]]
    assert view.next_title.text().startswith("Next 09:30–10:00 · 1 meetings")
    assert rows(view.next_list) == [["T1 · NUSEL", "Priya Iyer",
                                     "Apollo Hospitals Chennai"]]
    scan(qtbot, page, forum, 1)
    assert view.headline.text() == "⚠ CHECKED IN — LATE"
    assert "王志强" in view.name.text() and "上海瑞金医院" in view.name.text()
    assert "Table T2 · VITRA — 09:00" in view.message.text()
    assert "Late by 7 min." in view.message.text()
    assert view.headline.font().pointSizeF() >= 24  # read from a few metres away
    assert view.scan_field.text() == ""  # ready for the next buyer
    with forum.db.reader() as session:
        meeting = session.get(Meeting, late)
        assert meeting.status == "held" and meeting.checked_in_at is not None
    assert rows(view.late_list) == [["⚠ T1 · NUSEL", "Fatima Al Mansoori", "7 min"]]
    assert view.now_title.text().startswith("Now 09:00–09:30 · 1 of 2 checked in")
    qtbot.mouseClick(page.grid_button, Qt.MouseButton.LeftButton)
    assert page.model.index(1, 0).data().endswith("✔ Checked in")


def test_a_scan_at_the_wrong_table_says_where_and_checks_nobody_in(
        qtbot: QtBot, open_page: Opener, meet: Callable[..., str], forum: Forum,
        clock: Clock) -> None:
    meeting_id = meet(0, "NUSEL", "09:00")
    clock.set("09:01")
    page = open_now(qtbot, open_page)
    view = page.now_view
    view.table.setCurrentIndex(view.table.findData(forum.exhibitors["JANTRA"]))
    scan(qtbot, page, forum, 0)
    assert view.headline.text() == "➜ WRONG TABLE"
    assert "محمد الهاشمي" in view.name.text()
    assert "table T1" in view.message.text()
    with forum.db.reader() as session:
        assert session.get(Meeting, meeting_id).checked_in_at is None
    view.table.setCurrentIndex(view.table.findData(forum.exhibitors["NUSEL"]))
    scan(qtbot, page, forum, 0)
    assert view.headline.text() == "✔ CHECKED IN — ON TIME"


def test_booth_staff_scan_at_their_own_table_only(
        qtbot: QtBot, open_page: Opener, meet: Callable[..., str], forum: Forum,
        clock: Clock) -> None:
    meet(1, "VITRA", "09:00")
    meet(2, "NUSEL", "09:00")
    clock.set("09:10")
    page = open_now(qtbot, open_page, "NUSEL")
    view = page.now_view
    assert [view.table.itemText(i) for i in range(view.table.count())] == ["T1 · NUSEL"]
    assert not view.table.isEnabled() and view.no_show_button.isHidden()
    assert rows(view.late_list) == [["⚠ T1 · NUSEL", "Fatima Al Mansoori", "10 min"]]
    scan(qtbot, page, forum, 1)  # VITRA's buyer, scanned at NUSEL's table
    assert view.headline.text() == "➜ WRONG TABLE"


def test_mark_no_shows_after_the_slot(qtbot: QtBot, open_page: Opener,
                                      meet: Callable[..., str], forum: Forum,
                                      clock: Clock) -> None:
    missed = meet(4, "ASPIRA", "09:00")
    clock.set("09:35")
    page = open_now(qtbot, open_page)
    qtbot.mouseClick(page.now_view.no_show_button, Qt.MouseButton.LeftButton)
    assert "1 meetings marked no-show" in page.now_view.message.text()
    with forum.db.reader() as session:
        assert session.get(Meeting, missed).status == "no_show"
    qtbot.mouseClick(page.grid_button, Qt.MouseButton.LeftButton)
    assert page.model.index(3, 0).data().endswith("✖ No-show")
