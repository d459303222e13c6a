"""The check-in station, driven as the door uses it: scanner bursts, typing, the card."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from fake_printer import FakePrinter
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from booth_app.core.badges.tokens import issue_badge
from booth_app.core.events import require_event
from booth_app.storage.database import Database
from booth_app.storage.models import Checkin, CheckinPoint, Visitor
from booth_app.ui import settings
from booth_app.ui.checkin import result_card
from booth_app.ui.checkin.page import CheckinPage


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> CheckinPage:
    widget = CheckinPage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1166, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.scan_field.hasFocus(), timeout=3000)
    return widget


def badge_of(db: Database, index: int = 0, *, reprint: bool = False) -> tuple[Visitor, str]:
    """A demo visitor who has not been checked in yet, and the token on their badge."""
    with db.session() as session:
        event = require_event(session)
        scanned = select(Checkin.visitor_id).where(Checkin.visitor_id.is_not(None))
        visitor = session.scalars(select(Visitor).where(
            Visitor.deleted.is_(False), Visitor.id.not_in(scanned))
            .order_by(Visitor.sort_name).offset(index).limit(1)).one()
        _, token = issue_badge(session, event, visitor)
        if reprint:
            issue_badge(session, event, visitor)
        session.expunge(visitor)
        return visitor, token


def scan(qtbot: QtBot, page: CheckinPage, text: str, end: Qt.Key = Qt.Key.Key_Return) -> None:
    """A scanner burst: every key at once, then Enter (or Tab)."""
    qtbot.keyClicks(page.scan_field, text)
    qtbot.keyClick(page.scan_field, end)


def checkins(db: Database, visitor_id: str | None = None) -> list[str]:
    with db.reader() as session:
        query = select(Checkin.status).order_by(Checkin.scanned_at)
        if visitor_id is not None:
            query = query.where(Checkin.visitor_id == visitor_id)
        return list(session.scalars(query))


def test_a_scanner_burst_admits_and_the_card_says_so(qtbot: QtBot, page: CheckinPage,
                                                    demo_db: Database) -> None:
    visitor, token = badge_of(demo_db)
    scan(qtbot, page, token)
    assert page.card.status == "admitted"
    assert "ADMITTED" in page.card.status_bar.text()
    assert page.card.name.text() == visitor.name
    assert "#1e7d3a" in page.card.status_bar.styleSheet()  # green
    assert page.card.band.isVisible() and page.card.band.text() in (
        "VISITOR", "BUYER", "MEDIA", "EXHIBITOR", "VIP")
    assert checkins(demo_db, visitor.id) == ["admitted"]  # on disk when shown
    assert page.sounds.played[-1] == "accepted"
    assert page.scan_field.text() == "" and page.scan_field.hasFocus()
    assert visitor.name in page.live_counts.recent.item(0).text()


def test_every_status_has_its_colour_word_and_sound(qtbot: QtBot, page: CheckinPage,
                                                   demo_db: Database) -> None:
    visitor, token = badge_of(demo_db)
    scan(qtbot, page, token)
    scan(qtbot, page, token)  # the same badge again within seconds: one check-in
    assert page.card.status == "duplicate"
    assert "ALREADY CHECKED IN" in page.card.status_bar.text()
    assert "#f2a900" in page.card.status_bar.styleSheet()  # amber
    assert checkins(demo_db, visitor.id) == ["admitted"]

    _, revoked = badge_of(demo_db, 1, reprint=True)
    scan(qtbot, page, revoked, Qt.Key.Key_Tab)
    assert page.card.status == "revoked"
    assert "REVOKED - current badge #2" in page.card.status_bar.text()
    assert page.sounds.played[-1] == "refused"

    scan(qtbot, page, token[:-3] + ("222" if not token.endswith("222") else "333"))
    assert page.card.status == "invalid" and "INVALID CODE" in page.card.status_bar.text()
    assert "#c62828" in page.card.status_bar.styleSheet()  # red

    scan(qtbot, page, "ZZZZ-ZZZZ-NOT-OURS-12345")
    assert page.card.status == "unknown" and "UNKNOWN BADGE" in page.card.status_bar.text()
    assert page.card.register_button.isVisible()
    assert page.sounds.played[-1] == "refused"
    assert page.scan_field.hasFocus()


def test_reentry_is_blue_after_the_bounce_window(qtbot: QtBot, page: CheckinPage,
                                                 demo_db: Database) -> None:
    visitor, token = badge_of(demo_db)
    scan(qtbot, page, token)
    with demo_db.session() as session:  # the first scan was an hour ago
        first = session.scalars(select(Checkin).where(Checkin.visitor_id == visitor.id)).one()
        first.scanned_at = first.scanned_at - timedelta(hours=1)
    scan(qtbot, page, token)
    assert page.card.status == "reentry" and "RE-ENTRY" in page.card.status_bar.text()
    assert "#1f5fa8" in page.card.status_bar.styleSheet()


def test_exit_mode_at_a_point_that_counts_who_is_inside(qtbot: QtBot, page: CheckinPage,
                                                        demo_db: Database) -> None:
    with demo_db.session() as session:
        lounge = session.scalars(select(CheckinPoint).where(
            CheckinPoint.name == "Business Lounge")).one()
        lounge.track_exit = True
    page.refresh()
    switch = page.point_switch
    switch.point_combo.setCurrentText("Business Lounge")
    assert settings.CHECKIN_POINT.get() == "Business Lounge"
    assert switch.exit_button.isEnabled()
    visitor, token = badge_of(demo_db)
    scan(qtbot, page, token)
    assert page.card.status == "admitted"
    switch.exit_button.click()
    assert settings.CHECKIN_DIRECTION.get() == "out"
    assert "leaving" in page.card.status_bar.text()
    scan(qtbot, page, token)
    assert page.card.status == "exit" and "EXIT" in page.card.status_bar.text()
    with demo_db.reader() as session:
        directions = list(session.scalars(select(Checkin.direction).where(
            Checkin.visitor_id == visitor.id).order_by(Checkin.scanned_at)))
    assert directions == ["in", "out"]
    switch.point_combo.setCurrentText("Pavilion Entrance")  # no exits there: entry only
    assert not switch.exit_button.isEnabled() and switch.direction == "in"


def test_typing_a_name_searches_and_enter_checks_the_match_in(qtbot: QtBot, page: CheckinPage,
                                                              demo_db: Database) -> None:
    visitor, _ = badge_of(demo_db, 3)
    typed = visitor.name.split()[0][:5]
    qtbot.keyClicks(page.scan_field, typed, delay=90)  # a person, not a scanner
    qtbot.waitUntil(lambda: page.matches.isVisible() and page.matches.count() > 0,
                    timeout=3000)
    assert page.card.status == "ready"  # typing did not check anybody in
    rows = [page.matches.item(i).text() for i in range(page.matches.count())]
    target = next(i for i, text in enumerate(rows) if text.startswith(visitor.name))
    for _ in range(target):
        qtbot.keyClick(page.scan_field, Qt.Key.Key_Down)
    assert page.matches.currentRow() == target
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.card.status == "admitted" and page.card.name.text() == visitor.name
    assert not page.matches.isVisible() and page.scan_field.text() == ""


def test_a_printed_short_code_typed_at_the_desk_checks_in(qtbot: QtBot, page: CheckinPage,
                                                         demo_db: Database) -> None:
    visitor, _ = badge_of(demo_db, 4)
    code = f"{visitor.code[:4]}-{visitor.code[4:]}".lower()
    qtbot.keyClicks(page.scan_field, code, delay=60)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.card.status == "admitted" and page.card.name.text() == visitor.name


def test_print_on_check_in_prints_the_first_time_only(qtbot: QtBot, page: CheckinPage,
                                                     demo_db: Database,
                                                     printer: FakePrinter) -> None:
    with demo_db.session() as session:
        point = session.scalars(select(CheckinPoint).where(
            CheckinPoint.name == "Pavilion Entrance")).one()
        point.print_on_checkin = True
    page.refresh()
    assert "print" in page.point_switch.mode_hint.text()
    visitor, token = badge_of(demo_db, 5)
    scan(qtbot, page, token)
    scan(qtbot, page, token)
    assert printer.calls == [[visitor.id]]


def test_an_organisers_badge_offers_registration_filled_from_it(
        qtbot: QtBot, page: CheckinPage, demo_db: Database, printer: FakePrinter,
        monkeypatch: pytest.MonkeyPatch) -> None:
    payload = "MECARD:N:Wijaya,Budi;ORG:PT Sehat Sentosa;EMAIL:budi@sehat.co.id;;"
    scan(qtbot, page, payload)
    assert page.card.status == "unknown"
    assert page.card.register_button.isVisible()
    assert "Register and print badge" in page.card.register_button.text()
    assert page.card.name.text() == "Budi Wijaya"

    def fill_and_register(dialog: Any) -> int:
        assert dialog.form.edits["name"].text() == "Budi Wijaya"
        assert dialog.form.edits["email"].text() == "budi@sehat.co.id"
        dialog.form.save()
        return 1

    monkeypatch.setattr("booth_app.ui.checkin.register_from_scan.RegisterFromScanDialog.exec",
                        fill_and_register)
    page.card.register_button.click()
    with demo_db.reader() as session:
        budi = session.scalars(select(Visitor).where(Visitor.email == "budi@sehat.co.id")).one()
        assert budi.organization == "PT Sehat Sentosa"
    assert printer.calls == [[budi.id]]
    assert page.card.status == "admitted" and page.card.name.text() == "Budi Wijaya"
    assert checkins(demo_db, budi.id) == ["admitted"]


def test_the_card_fades_back_to_ready(qtbot: QtBot, page: CheckinPage, demo_db: Database,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(result_card, "HOLD_MS", 100)
    _, token = badge_of(demo_db)
    scan(qtbot, page, token)
    assert page.card.status == "admitted"
    qtbot.waitUntil(lambda: page.card.status == "ready", timeout=3000)
    assert "Ready" in page.card.status_bar.text()


def test_live_counts_follow_the_scans(qtbot: QtBot, page: CheckinPage,
                                      demo_db: Database) -> None:
    page.refresh()
    counts = page.live_counts
    qtbot.waitUntil(lambda: counts.today.value.text() != "–", timeout=5000)
    before = int(counts.today.value.text().replace(",", ""))
    for index in range(3):
        scan(qtbot, page, badge_of(demo_db, index)[1])
    qtbot.waitUntil(lambda: counts.today.value.text().replace(",", "") == str(before + 3),
                    timeout=5000)
    assert counts.inside.value.text() == "–"  # no point of the demo scans exits
    assert sum(counts.hours.counts.values()) == before + 3
    assert counts.recent.count() == 10


def test_focus_comes_back_to_the_scan_field(qtbot: QtBot, page: CheckinPage,
                                            demo_db: Database) -> None:
    page.live_counts.recent.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    page.live_counts.recent.setFocus()
    qtbot.waitUntil(lambda: page.scan_field.hasFocus(), timeout=2000)
    _, token = badge_of(demo_db)
    scan(qtbot, page, token)
    assert page.card.status == "admitted"


def test_f11_goes_full_screen_and_back(qtbot: QtBot, page: CheckinPage) -> None:
    window = page.window()
    qtbot.keyClick(page.scan_field, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    assert "Leave" in page.full_button.text()
    qtbot.keyClick(page.scan_field, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)


def test_a_long_or_markup_name_fits_the_card_as_text(qtbot: QtBot, page: CheckinPage,
                                                    demo_db: Database) -> None:
    with demo_db.session() as session:
        visitor = session.scalars(select(Visitor).limit(1)).one()
        visitor.name = "<b>Dr.</b> " + "Muhammad Abdurrahman Al-Khwarizmi " * 9
        visitor_id = visitor.id
        event = require_event(session)
        _, token = issue_badge(session, event, visitor)
    scan(qtbot, page, token)
    assert page.card.name.textFormat() == Qt.TextFormat.PlainText
    shown = page.card.name.text()
    assert shown.startswith("<b>Dr.</b>") and shown.endswith("…")
    label = page.card.name
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()),
                    timeout=2000)
    lines = label.height() / label.fontMetrics().lineSpacing()
    assert lines < 2.6  # two lines at most, all of it shown
    assert checkins(demo_db, visitor_id)[-1] in ("admitted", "reentry", "duplicate")


def test_a_vcard_typed_by_a_wedge_scanner_offers_registration(qtbot: QtBot, page: CheckinPage,
                                                              demo_db: Database) -> None:
    before = len(checkins(demo_db))
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:Rahma;Siti;;;", "FN:Siti Rahma",
             "ORG:RS Harapan Kita", "TEL;TYPE=WORK:+62 21 5684093", "END:VCARD"]
    for line in lines:  # the scanner types each newline as Enter
        scan(qtbot, page, line)
    assert page.card.status == "unknown"
    assert page.card.name.text() == "Siti Rahma"
    assert page.card.register_button.isVisible()
    assert page.card.view is not None
    assert page.card.view.prefill["organization"] == "RS Harapan Kita"
    assert len(checkins(demo_db)) == before  # one badge, read whole; nobody to count


def test_without_a_camera_the_panel_says_so_and_the_scanner_goes_on(
        qtbot: QtBot, page: CheckinPage, demo_db: Database) -> None:
    page.camera_button.click()
    panel = page.camera_panel
    assert panel is not None and panel.isVisible()
    assert panel.status.text() == panel.no_camera_text  # said once, in place: no dialog
    assert not panel.start_button.isEnabled()
    qtbot.waitUntil(page.scan_field.hasFocus, timeout=2000)
    visitor, token = badge_of(demo_db)
    scan(qtbot, page, token)
    assert page.card.status == "admitted" and page.card.name.text() == visitor.name
    page.camera_button.click()
    assert not panel.isVisible() and page.live_counts.hours.isVisible()


def test_a_badge_photographed_by_the_camera_checks_in(qtbot: QtBot, page: CheckinPage,
                                                      demo_db: Database) -> None:
    from badge_photos import Shot, photograph, print_badge

    badge = print_badge(demo_db, "Rajesh Kumar Sharma", "Apollo Hospitals", "IN", "buyer")
    photo = photograph(badge, Shot("held_up", angle=-20, tilt=0.15, seed=7)).convert("RGB")
    frame = QImage(photo.tobytes(), photo.width, photo.height, 3 * photo.width,
                   QImage.Format.Format_RGB888).copy()
    page.camera_button.click()
    assert page.camera_panel is not None
    with qtbot.waitSignal(page.result_shown, timeout=5000) as shown:
        assert page.camera_panel.scanner.submit_image(frame)  # a frame from the camera
    assert shown.args == ["admitted"]
    assert page.card.name.text() == "Rajesh Kumar Sharma"
    assert checkins(demo_db, badge.visitor_id) == ["admitted"]


@pytest.mark.parametrize("layout", ["fr", "de", "ara"])
def test_a_scanner_typing_through_another_keyboard_layout_checks_in(
        qtbot: QtBot, page: CheckinPage, demo_db: Database, layout: str) -> None:
    from PySide6.QtTest import QTest

    from booth_app.core.checkin.keyboard_layouts import LAYOUTS

    visitor, token = badge_of(demo_db, 7)
    for ch in "".join(LAYOUTS[layout][c] for c in token):  # what the laptop receives
        QTest.sendKeyEvent(QTest.KeyAction.Click, page.scan_field, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier, -1)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.card.status == "admitted"
    assert page.card.name.text() == visitor.name
