"""The Leads page at a booth, driven as staff use it: scanner bursts, keys, the list."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from booth_app.core.badges.tokens import issue_badge
from booth_app.core.events import require_event
from booth_app.core.leads.details import lead_answers, lead_interactions, lead_product_ids
from booth_app.core.text import fold
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Lead, Meeting, Product, Question, Staff, Visitor
from booth_app.ui.access.session import SignedIn, StaffSession
from booth_app.ui.leads.page import LeadsPage
from booth_app.ui.leads.table_model import COL_NAME, COL_RATING, COL_VALUE, LeadRowRole


@pytest.fixture
def booth(demo_db: Database) -> dict[str, Any]:
    """The first booth of the demo, with qualifier questions of every kind."""
    with demo_db.session() as session:
        exhibitor = session.scalars(select(Exhibitor).order_by(Exhibitor.code)).first()
        assert exhibitor is not None
        questions = {
            "budget": Question(exhibitor_id=exhibitor.id, text="Budget ready?", kind="single",
                               options=["Yes", "Next year", "No"], position=1),
            "wards": Question(exhibitor_id=exhibitor.id, text="Wards", kind="multi",
                              options=["ICU", "ER", "Maternity"], position=2),
            "beds": Question(exhibitor_id=exhibitor.id, text="Number of beds", kind="number",
                             position=3),
            "remark": Question(exhibitor_id=exhibitor.id, text="Remark", kind="text",
                               position=4),
        }
        session.add_all(questions.values())
        session.flush()
        staff = session.scalars(select(Staff).where(Staff.exhibitor_id == exhibitor.id)
                                .order_by(Staff.name)).all()
        products = session.scalars(select(Product).where(
            Product.exhibitor_id == exhibitor.id).order_by(Product.name)).all()
        return {"id": exhibitor.id, "code": exhibitor.code, "staff": [s.id for s in staff],
                "products": [p.id for p in products],
                "questions": {key: q.id for key, q in questions.items()}}


def make_page(qtbot: QtBot, db: Database, staff_id: str) -> LeadsPage:
    session = StaffSession()
    page = LeadsPage(db, session)
    qtbot.addWidget(page)
    page.resize(1166, 690)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=3000)
    with db.reader() as reader:
        session.sign_in(SignedIn.of(reader, staff_id))
    qtbot.waitUntil(page.scan_field.hasFocus, timeout=3000)
    return page


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, booth: dict[str, Any]) -> LeadsPage:
    return make_page(qtbot, demo_db, booth["staff"][0])


def badge(db: Database, exhibitor_id: str, *, has_lead: bool = False,
          index: int = 0) -> tuple[str, str, str]:
    """(visitor id, name, badge token) of a visitor with or without a lead here."""
    with db.session() as session:
        event = require_event(session)
        here = select(Lead.visitor_id).where(Lead.exhibitor_id == exhibitor_id)
        chosen = Visitor.id.in_(here) if has_lead else Visitor.id.not_in(here)
        visitor = session.scalars(select(Visitor).where(chosen).order_by(Visitor.sort_name)
                                  .offset(index).limit(1)).one()
        _, token = issue_badge(session, event, visitor)
        return visitor.id, visitor.name, token


def scan(qtbot: QtBot, page: LeadsPage, text: str, widget: Any = None) -> None:
    """A scanner burst: every key at once, then Enter, into the focused widget."""
    target = widget or page.scan_field
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(target, Qt.Key.Key_Return)
        qtbot.keyClicks(target, line)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def leads_of(db: Database, exhibitor_id: str, visitor_id: str | None = None) -> list[Lead]:
    with db.reader() as session:
        query = select(Lead).where(Lead.exhibitor_id == exhibitor_id, Lead.deleted.is_(False))
        if visitor_id is not None:
            query = query.where(Lead.visitor_id == visitor_id)
        return list(session.scalars(query))


def lead_count(db: Database) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(Lead)) or 0


def focused() -> Any:
    return QApplication.focusWidget()


# -- capture ---------------------------------------------------------------------------------


def test_a_full_capture_at_the_booth_by_keyboard_and_scanner(
        qtbot: QtBot, page: LeadsPage, demo_db: Database, booth: dict[str, Any]) -> None:
    visitor_id, name, token = badge(demo_db, booth["id"])
    scan(qtbot, page, token)
    card = page.card
    assert card.isVisible() and card.name.text() == name
    assert "NEW LEAD" in card.banner.label.text()
    assert leads_of(demo_db, booth["id"], visitor_id)  # the scan alone is on disk already
    assert card.rating_buttons["hot"].hasFocus()

    qtbot.keyClick(focused(), Qt.Key.Key_1)  # Hot, from the keyboard
    qtbot.waitUntil(lambda: card.rating == "hot", timeout=2000)
    assert page.scan_field.text() == ""  # the key did not stay in the scan field
    first, second = booth["products"][:2]
    qtbot.mouseClick(card.chip_buttons[first], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.chip_buttons[second], Qt.MouseButton.LeftButton)
    assert card.chip_buttons[first].text().startswith("✔")  # a tick, not colour alone
    questions = card.questions.fields
    qtbot.mouseClick(questions[booth["questions"]["budget"]].radios[1],
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(questions[booth["questions"]["wards"]].boxes[0], Qt.MouseButton.LeftButton)
    beds = questions[booth["questions"]["beds"]].line
    assert beds is not None
    qtbot.keyClicks(beds, "250")
    qtbot.keyClicks(card.notes, "Wants a quotation for 20 beds")
    qtbot.keyClicks(card.value, "150,000")
    card.currency.setCurrentText("EUR")
    card.stage.setCurrentIndex(card.stage.findData("meeting"))
    qtbot.mouseClick(card.consent, Qt.MouseButton.LeftButton)
    qtbot.keyClick(card.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert not card.isVisible()
    assert page.scan_field.hasFocus()  # ready for the next badge
    assert "Saved" in page.status.text() and name in page.status.text()
    (lead,) = leads_of(demo_db, booth["id"], visitor_id)
    assert (lead.rating, lead.stage, lead.notes) == ("hot", "meeting",
                                                      "Wants a quotation for 20 beds")
    assert (lead.value, lead.currency) == (Decimal("150000.00"), "EUR")
    assert lead.consent_contact and lead.consent_at is not None
    with demo_db.reader() as session:
        assert set(lead_product_ids(session, lead.id)) == {first, second}
        answers = lead_answers(session, lead.id)
    assert answers == {booth["questions"]["budget"]: "Next year",
                       booth["questions"]["wards"]: ["ICU"],
                       booth["questions"]["beds"]: 250}
    # The list beside the card shows it, rated.
    row = page.list.model.row_of(lead.id)
    assert row >= 0
    assert page.list.model.index(row, COL_RATING).data() == "Hot"
    assert page.list.model.index(row, COL_VALUE).data() == "EUR 150,000"


def test_a_rescan_opens_the_same_lead_with_its_history(
        qtbot: QtBot, page: LeadsPage, demo_db: Database, booth: dict[str, Any]) -> None:
    visitor_id, name, token = badge(demo_db, booth["id"])
    scan(qtbot, page, token)
    page.card.set_rating("warm")
    qtbot.mouseClick(page.card.chip_buttons[booth["products"][0]], Qt.MouseButton.LeftButton)
    page.save_card()
    scan(qtbot, page, token)

    card = page.card
    assert card.isVisible() and card.name.text() == name
    banner = card.banner.label.text()
    assert "RESCAN" in banner
    assert "by " + page.staff_session.current.name in banner  # type: ignore[union-attr]
    assert card.rating == "warm"  # what was saved, shown again
    assert card.chip_buttons[booth["products"][0]].isChecked()
    # One chip per product: the previous card's chips are gone, not left underneath.
    from PySide6.QtWidgets import QPushButton

    chips = [c for c in card.chips_box.findChildren(QPushButton) if c.isVisible()]
    assert len(chips) == len(booth["products"])
    (lead,) = leads_of(demo_db, booth["id"], visitor_id)  # no duplicate
    with demo_db.reader() as session:
        history = lead_interactions(session, lead.id)
    assert [item.kind for item in history] == ["scan", "edit", "scan"]
    assert card.banner.history.count() == 3
    assert "3 interactions" in card.banner.label.text()


def test_a_visitor_typed_in_by_name_is_captured_with_the_arrow_keys(
        qtbot: QtBot, page: LeadsPage, demo_db: Database, booth: dict[str, Any]) -> None:
    with demo_db.reader() as session:
        here = select(Lead.visitor_id).where(Lead.exhibitor_id == booth["id"])
        visitors = session.scalars(select(Visitor).where(
            Visitor.id.not_in(here), Visitor.name.like("% %"), Visitor.name.op("GLOB")(
                "[A-Z]*")).order_by(Visitor.sort_name).limit(1)).all()
    (visitor,) = visitors
    qtbot.keyClicks(page.scan_field, visitor.name[:8], delay=90)  # a person, not a scanner
    qtbot.waitUntil(lambda: page.matches.isVisible() and page.matches.count() > 0,
                    timeout=3000)
    names = [page.matches.item(i).text().split("   ·   ")[0]
             for i in range(page.matches.count())]
    wanted = names.index(visitor.name)
    for _ in range(wanted):
        qtbot.keyClick(page.scan_field, Qt.Key.Key_Down)
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.card.isVisible() and page.card.name.text() == visitor.name
    (lead,) = leads_of(demo_db, booth["id"], visitor.id)
    with demo_db.reader() as session:
        assert [i.kind for i in lead_interactions(session, lead.id)] == ["manual"]


BAD_SCANS = {
    "garbage": "x7#Qz!" * 700,  # 4 KB of noise
    "half vCard": "BEGIN:VCARD\nVERSION:3.0\nN:Santoso;Budi\nEMAIL:budi@",
    "MECARD without a name": "MECARD:EMAIL:budi@majumedika.co.id;TEL:+62215550101;;",
    "control characters": "\x01\x02\x03ABC\x7f",
}


@pytest.mark.parametrize("kind", list(BAD_SCANS))
def test_a_bad_scan_says_so_and_nothing_is_saved(qtbot: QtBot, page: LeadsPage,
                                                 demo_db: Database, kind: str) -> None:
    before = lead_count(demo_db)
    with demo_db.reader() as session:
        visitors = session.scalar(select(func.count()).select_from(Visitor))
    raw = BAD_SCANS[kind]
    if kind == "control characters":
        page.handle_scan(raw)  # a keyboard cannot type these; a serial scanner can
    else:
        scan(qtbot, page, raw)
        qtbot.waitUntil(lambda: "NOT CAPTURED" in page.status.text(), timeout=3000)
    assert "NOT CAPTURED" in page.status.text()
    assert page.status.property("tone") == "bad"
    assert not page.card.isVisible()
    assert lead_count(demo_db) == before
    with demo_db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Visitor)) == visitors
    assert page.scan_field.text() == "" and page.scan_field.hasFocus()


def test_a_name_that_looks_like_a_formula_is_kept_as_text(
        qtbot: QtBot, page: LeadsPage, demo_db: Database, booth: dict[str, Any]) -> None:
    raw = "MECARD:N:=HYPERLINK(\"http://x\");EMAIL:formula@example.com;;"
    scan(qtbot, page, raw)
    assert page.card.isVisible()
    assert page.card.name.text() == '=HYPERLINK("http://x")'
    assert page.card.name.textFormat() == Qt.TextFormat.PlainText


def test_a_scanner_burst_on_the_card_is_a_scan_not_ratings(
        qtbot: QtBot, page: LeadsPage, demo_db: Database, booth: dict[str, Any]) -> None:
    first_id, _, first_token = badge(demo_db, booth["id"], index=0)
    second_id, second_name, second_token = badge(demo_db, booth["id"], index=1)
    scan(qtbot, page, first_token)
    page.card.set_rating("hot")
    qtbot.mouseClick(page.card.chip_buttons[booth["products"][0]], Qt.MouseButton.LeftButton)
    assert focused() is page.card.chip_buttons[booth["products"][0]]
    # The next visitor's badge, while the focus is on a chip of the card: its code
    # holds digits, which must not turn into ratings.
    scan(qtbot, page, second_token, widget=focused())
    assert page.card.name.text() == second_name
    (first,) = leads_of(demo_db, booth["id"], first_id)
    assert first.rating == "hot"  # the first card was saved as it stood
    assert leads_of(demo_db, booth["id"], second_id)


def test_escape_discards_the_changes_after_asking(
        qtbot: QtBot, page: LeadsPage, demo_db: Database, booth: dict[str, Any],
        answer_dialog: Callable[..., list[str]]) -> None:
    visitor_id, _, token = badge(demo_db, booth["id"])
    scan(qtbot, page, token)
    qtbot.keyClick(focused(), Qt.Key.Key_3)
    qtbot.waitUntil(lambda: page.card.rating == "cold", timeout=2000)
    told = answer_dialog("Keep editing")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert told and "Discard" in told[0]
    assert page.card.isVisible() and page.card.rating == "cold"
    answer_dialog("Discard changes")
    qtbot.keyClick(page.card.rating_buttons["cold"], Qt.Key.Key_Escape)
    assert not page.card.isVisible()
    (lead,) = leads_of(demo_db, booth["id"], visitor_id)
    assert lead.rating == ""  # the scan stays; the rating was discarded
    # The field has the window's focus (offscreen, the window is not re-activated
    # after a message box, so hasFocus() would wait for that).
    assert page.focusWidget() is page.scan_field


# -- the list --------------------------------------------------------------------------------


def shown(page: LeadsPage) -> list[Any]:
    model = page.list.model
    return [model.index(r, 0).data(LeadRowRole) for r in range(model.rowCount())]


def test_the_list_sorts_filters_and_searches(qtbot: QtBot, page: LeadsPage,
                                             demo_db: Database, booth: dict[str, Any]) -> None:
    mine = leads_of(demo_db, booth["id"])
    rows = shown(page)
    assert len(rows) == len(mine) > 5
    assert [r.captured_at for r in rows] == sorted((r.captured_at for r in rows), reverse=True)
    header = page.list.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_centre(page, COL_NAME))
    names = [fold(r.visitor_name) for r in shown(page)]
    assert names == sorted(names) or names == sorted(names, reverse=True)
    first_order = names
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_centre(page, COL_NAME))
    assert [fold(r.visitor_name) for r in shown(page)] == first_order[::-1]

    page.list.rating.setCurrentIndex(page.list.rating.findData("warm"))
    warm = shown(page)
    assert warm and all(r.rating == "warm" for r in warm)
    assert len(warm) == sum(1 for lead in mine if lead.rating == "warm")
    assert page.list.counts.text().startswith(f"{len(warm)} of {len(mine)} leads shown")
    page.list.stage.setCurrentIndex(page.list.stage.findData("new"))
    assert all(r.stage == "new" and r.rating == "warm" for r in shown(page))
    page.list.rating.setCurrentIndex(0)
    page.list.stage.setCurrentIndex(0)

    target = mine[0]
    with demo_db.reader() as session:
        visitor = session.get(Visitor, target.visitor_id)
        assert visitor is not None
        typed = visitor.name
    qtbot.keyClicks(page.list.search, typed)
    qtbot.waitUntil(lambda: len(shown(page)) < len(mine), timeout=3000)
    assert target.id in [r.id for r in shown(page)]


def _section_centre(page: LeadsPage, column: int) -> Any:
    from PySide6.QtCore import QPoint

    header = page.list.table.horizontalHeader()
    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                  header.height() // 2)


def test_the_product_filter_keeps_leads_that_ticked_it(
        qtbot: QtBot, page: LeadsPage, demo_db: Database, booth: dict[str, Any]) -> None:
    _, _, token = badge(demo_db, booth["id"])
    product = booth["products"][1]
    scan(qtbot, page, token)
    qtbot.mouseClick(page.card.chip_buttons[product], Qt.MouseButton.LeftButton)
    page.save_card()
    page.list.product.setCurrentIndex(page.list.product.findData(product))
    rows = shown(page)
    assert len(rows) == 1 and page.list.product.currentText() in rows[0].products


def test_ctrl_enter_saves_from_the_scan_field_too(
        qtbot: QtBot, page: LeadsPage, demo_db: Database, booth: dict[str, Any]) -> None:
    visitor_id, _, token = badge(demo_db, booth["id"])
    scan(qtbot, page, token)
    page.card.set_rating("cold")
    page.scan_field.setFocus()
    qtbot.keyClick(page.scan_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not page.card.isVisible()
    (lead,) = leads_of(demo_db, booth["id"], visitor_id)
    assert lead.rating == "cold"


def test_double_click_opens_a_lead_and_its_edit_is_saved(
        qtbot: QtBot, page: LeadsPage, demo_db: Database, booth: dict[str, Any]) -> None:
    table = page.list.table
    target = shown(page)[1]
    rect = table.visualRect(page.list.model.index(1, COL_NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.card.isVisible() and page.card.name.text() == target.visitor_name
    page.card.stage.setCurrentIndex(page.card.stage.findData("quotation"))
    qtbot.keyClicks(page.card.follow_action, "Send the quotation")
    page.save_card()
    with demo_db.reader() as session:
        lead = session.get(Lead, target.id)
        assert lead is not None
        assert (lead.stage, lead.follow_up_action) == ("quotation", "Send the quotation")
        assert lead_interactions(session, lead.id)[-1].kind == "edit"
    row = page.list.model.row_of(target.id)
    assert page.list.model.index(row, 0).data(LeadRowRole).stage == "quotation"


def test_enter_opens_a_lead_to_edit_and_delete_asks_first(
        qtbot: QtBot, page: LeadsPage, demo_db: Database, booth: dict[str, Any],
        answer_dialog: Callable[..., list[str]]) -> None:
    table = page.list.table
    target = shown(page)[2]
    table.setFocus()
    table.selectRow(2)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.card.isVisible() and page.card.name.text() == target.visitor_name
    assert "EDITING" in page.card.banner.label.text()
    page.card.request_discard()

    table.setFocus()
    table.selectRow(2)
    told = answer_dialog("Keep")
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert told and target.visitor_name in told[0]
    assert target.id in [r.id for r in shown(page)]
    answer_dialog("Delete lead")
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert target.id not in [r.id for r in shown(page)]
    with demo_db.reader() as session:
        lead = session.get(Lead, target.id)
        assert lead is not None and lead.deleted  # a tombstone, so sync carries it


def test_typing_on_the_list_goes_to_the_scan_field(
        qtbot: QtBot, page: LeadsPage, demo_db: Database, booth: dict[str, Any]) -> None:
    _, name, token = badge(demo_db, booth["id"])
    page.list.table.setFocus()
    page.list.table.selectRow(0)
    scan(qtbot, page, token, widget=page.list.table)
    assert page.card.isVisible() and page.card.name.text() == name


# -- isolation -------------------------------------------------------------------------------


def test_booth_staff_see_only_their_own_manufacturers_leads(
        qtbot: QtBot, page: LeadsPage, demo_db: Database, booth: dict[str, Any]) -> None:
    with demo_db.reader() as session:
        other = session.scalars(select(Lead).where(Lead.exhibitor_id != booth["id"])).first()
        assert other is not None
        other_visitor = session.get(Visitor, other.visitor_id)
        assert other_visitor is not None
    assert page.list.picker.isHidden()
    assert {r.exhibitor_id for r in shown(page)} == {booth["id"]}
    assert page.list.model.summary.total == len(leads_of(demo_db, booth["id"]))
    # Searching for a visitor who is only another manufacturer's lead finds nothing.
    page.list.search.setText(other_visitor.email)
    page.list.apply_filters()
    assert other.id not in [r.id for r in shown(page)]
    # Nor can a lead of another manufacturer be opened by its id.
    page.open_lead(other.id)
    assert not page.card.isVisible()
    assert "Cannot open" in page.status.text()


def test_no_widget_of_the_window_shows_another_manufacturers_lead(
        qtbot: QtBot, demo_db: Database, booth: dict[str, Any]) -> None:
    from booth_app.ui import settings
    from booth_app.ui.dashboard.page import DashboardPage
    from booth_app.ui.main_window import MainWindow

    settings.BOOTH_EXHIBITOR.set(booth["code"])  # this laptop stands at that booth
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    dashboard = window.pages[0]
    assert isinstance(dashboard, DashboardPage)
    window.sidebar.setCurrentRow(0)
    # Locked, a booth's laptop shows no lead figures at all.
    qtbot.waitUntil(lambda: dashboard.shown_scope is not None, timeout=5000)
    assert dashboard.tiles["leads"].value.text() == "–"
    assert dashboard.by_exhibitor.rowCount() == 0
    assert dashboard.lead_chart.data == []

    with demo_db.reader() as session:
        window.staff_session.sign_in(SignedIn.of(session, booth["staff"][0]))
        mine = session.scalars(select(Lead).where(Lead.exhibitor_id == booth["id"],
                                                  Lead.deleted.is_(False))).all()
        everyone = session.scalar(select(func.count()).select_from(Lead)) or 0
    assert len(mine) < everyone
    assert window.top_staff.text().endswith(f"({booth['code']})")
    qtbot.waitUntil(lambda: dashboard.shown_scope == booth["id"], timeout=5000)
    assert dashboard.tiles["leads"].value.text() == f"{len(mine):,}"
    hot = sum(1 for lead in mine if lead.rating == "hot")
    assert dashboard.tiles["hot_leads"].value.text() == f"{hot:,}"
    # business meetings: this manufacturer's matchmaking meetings that were held
    with demo_db.reader() as session:
        meetings = session.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.exhibitor_id == booth["id"], Meeting.status == "held",
            Meeting.deleted.is_(False))) or 0
    assert dashboard.tiles["meetings"].value.text() == f"{meetings:,}"
    rows = [dashboard.by_exhibitor.item(r, 0).text()
            for r in range(dashboard.by_exhibitor.rowCount())]
    assert rows and all(row.startswith(booth["code"] + " ") for row in rows)
    assert [label for label, _ in dashboard.lead_chart.data] == [booth["code"]]  # the chart

    window.sidebar.setCurrentRow(3)
    page = window.current_page()
    assert isinstance(page, LeadsPage)
    assert page.list.picker.isHidden()
    listed = shown(page)
    assert {r.id for r in listed} == {lead.id for lead in mine}
    assert f"{len(mine)} leads" in page.list.counts.text()
    # The picker's signal cannot widen a booth member's view either.
    page.list.scope_changed.emit(None)
    assert {r.exhibitor_id for r in shown(page)} == {booth["id"]}

    # A coordinator sees every booth, and picks one.
    with demo_db.reader() as session:
        coordinator = session.scalars(select(Staff).where(Staff.role == "coordinator")).one()
        window.staff_session.sign_in(SignedIn.of(session, coordinator.id))
    assert page.list.picker.isVisible()
    assert f"{everyone:,} leads" in page.list.counts.text()
    assert len(shown(page)) == min(everyone, 200)  # the first page of the list
    assert len({r.exhibitor_id for r in shown(page)}) > 1
    page.list.picker.setCurrentIndex(page.list.picker.findData(booth["id"]))
    assert {r.id for r in shown(page)} == {lead.id for lead in mine}


def test_a_badge_scanned_while_typing_the_notes_captures_the_next_visitor(
        qtbot: QtBot, page: LeadsPage, demo_db: Database, booth: dict[str, Any]) -> None:
    from typing_keys import type_keys

    first_id, _, first_token = badge(demo_db, booth["id"], index=0)
    second_id, second_name, second_token = badge(demo_db, booth["id"], index=1)
    scan(qtbot, page, first_token)
    page.card.notes.setFocus()
    type_keys(page.card.notes, "ICU beds", 140)  # the staff member types a note
    qtbot.wait(400)
    # The next visitor holds out a badge: the scanner types into the notes box.
    type_keys(page.card.notes, second_token + "\r", 4)
    qtbot.waitUntil(lambda: page.card.name.text() == second_name, timeout=3000)
    (first,) = leads_of(demo_db, booth["id"], first_id)
    assert first.notes == "ICU beds"  # saved as typed: no badge code, no new line
    assert leads_of(demo_db, booth["id"], second_id)
    assert page.card.notes.toPlainText() == ""  # the second visitor's card is fresh
