"""Registering, editing, walk-ins, printing and merging duplicates from the Visitors page."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fake_printer import FakePrinter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import Checkin, Lead, Visitor
from booth_app.ui.visitors.duplicates import DuplicatesDialog
from booth_app.ui.visitors.page import VisitorsPage
from booth_app.ui.visitors.table_model import COL_BADGE, COL_CHECKED_IN, COL_NAME, COL_ORGANIZATION
from booth_app.ui.visitors.walk_in import WalkInDialog

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> VisitorsPage:
    widget = VisitorsPage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def add(db: Database, **fields: object) -> str:
    with db.session() as session:
        return add_visitor(session, VisitorFields.parse(**fields)).id


def get(db: Database, visitor_id: str) -> Visitor:
    with db.reader() as session:
        visitor = session.get(Visitor, visitor_id)
        assert visitor is not None
        return visitor


def focused() -> Any:
    return QApplication.focusWidget()


def show(qtbot: QtBot, page: VisitorsPage, visitor_id: str, query: str) -> None:
    page.search.setText(query)
    page.run_search(select_id=visitor_id)
    assert page.form.visitor_id == visitor_id


def test_a_new_visitor_with_the_keyboard_only(qtbot: QtBot, page: VisitorsPage,
                                              demo_db: Database) -> None:
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_N, CTRL)
    assert page.form.title.text() == "New visitor"
    assert focused() is page.form.edits["name"]
    qtbot.keyClicks(focused(), "Nadia Qasimova")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Baku Medical Centre")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    with demo_db.reader() as s:
        visitor = s.scalars(select(Visitor).where(Visitor.name == "Nadia Qasimova")).one()
    assert (visitor.organization, visitor.source) == ("Baku Medical Centre", "manual")
    # The table now shows the new visitor, selected, with its details in the form.
    names = [page.model.index(r, COL_NAME).data() for r in range(page.model.rowCount())]
    assert "Nadia Qasimova" in names
    assert page.form.visitor_id == visitor.id
    assert page.form.title.text() == "Nadia Qasimova"
    assert page.form.code.text().endswith(visitor.code[:4] + "-" + visitor.code[4:])
    row = page.table.currentIndex().row()
    assert page.model.index(row, COL_BADGE).data() == "No"


def test_a_name_is_required(qtbot: QtBot, page: VisitorsPage, demo_db: Database) -> None:
    before = page.model.total
    page.new_visitor()
    qtbot.keyClicks(page.form.edits["organization"], "Nobody Ltd")
    qtbot.keyClick(page.form.edits["organization"], Qt.Key.Key_Return)
    assert "needs a name" in page.form.message.text()
    with demo_db.reader() as s:
        assert s.scalars(select(Visitor).where(Visitor.organization == "Nobody Ltd")).all() == []
    assert page.model.total == before


def test_edit_and_save_with_ctrl_s(qtbot: QtBot, page: VisitorsPage, demo_db: Database) -> None:
    vid = add(demo_db, name="Yusuf Qarni", organization="Old Clinic")
    show(qtbot, page, vid, "yusuf qarni")
    org = page.form.edits["organization"]
    org.setFocus()
    org.selectAll()
    qtbot.keyClicks(org, "Sheikh Khalifa Hospital")
    page.form.country.setEditText("United Arab Emirates (AE)")
    page.form.category.setCurrentIndex(page.form.category.findData("hospital/clinic"))
    assert page.form.is_dirty()
    qtbot.keyClick(org, Qt.Key.Key_S, CTRL)
    saved = get(demo_db, vid)
    assert (saved.organization, saved.country, saved.category) == (
        "Sheikh Khalifa Hospital", "AE", "hospital/clinic")
    assert not page.form.is_dirty()
    row = page.model.row_of(vid)
    assert page.model.index(row, COL_ORGANIZATION).data() == "Sheikh Khalifa Hospital"


def test_country_found_by_part_of_its_name(qtbot: QtBot, page: VisitorsPage,
                                           demo_db: Database) -> None:
    vid = add(demo_db, name="Ana Souza")
    show(qtbot, page, vid, "ana souza")
    page.form.country.setEditText("indonesia")
    page.form.save()
    assert get(demo_db, vid).country == "ID"
    page.form.country.setEditText("Atlantis")
    assert page.form.save() is None
    assert "Unknown country" in page.form.message.text()
    assert get(demo_db, vid).country == "ID"


def test_a_bad_email_says_so_and_changes_nothing(qtbot: QtBot, page: VisitorsPage,
                                                 demo_db: Database) -> None:
    vid = add(demo_db, name="Lina Haddad", email="lina@example.com")
    show(qtbot, page, vid, "lina haddad")
    page.form.edits["name"].setText("Lina H. Haddad")
    email = page.form.edits["email"]
    email.setText("lina at example")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert "e-mail" in page.form.message.text()
    assert "Not saved" in page.form.message.text()
    stored = get(demo_db, vid)
    assert (stored.name, stored.email) == ("Lina Haddad", "lina@example.com")
    assert page.form.is_dirty()  # what was typed is still there to fix


def test_consent_records_its_time(qtbot: QtBot, page: VisitorsPage, demo_db: Database) -> None:
    vid = add(demo_db, name="Omar Farouk")
    show(qtbot, page, vid, "omar farouk")
    assert page.form.consent_since.text() == ""
    page.form.consent.setChecked(True)
    assert "on saving" in page.form.consent_since.text()
    page.form.save()
    stored = get(demo_db, vid)
    assert stored.consent and stored.consent_at is not None
    # Shown in the event's zone (the demo is in Dubai, UTC+4), not the laptop's or UTC.
    dubai = stored.consent_at.astimezone(ZoneInfo("Asia/Dubai"))
    assert page.form.consent_since.text() == f"since {dubai:%Y-%m-%d %H:%M}"


def test_leaving_a_changed_form_asks(qtbot: QtBot, page: VisitorsPage, demo_db: Database,
                                     answer_dialog: Callable[..., list[str]]) -> None:
    page.table.selectRow(0)
    first = page.form.visitor_id
    original = get(demo_db, first).job_title
    page.form.edits["job_title"].setText("Chief Buyer")
    seen = answer_dialog("Cancel")
    page.table.selectRow(1)
    assert seen and "Save the changes" in seen[0]
    assert page.form.visitor_id == first  # stayed on the edited visitor
    assert page.form.edits["job_title"].text() == "Chief Buyer"
    seen = answer_dialog("Discard")
    page.table.selectRow(1)
    assert page.form.visitor_id != first
    assert get(demo_db, first).job_title == original
    page.table.selectRow(0)
    page.form.edits["job_title"].setText("Chief Buyer")
    answer_dialog("Save")
    page.table.selectRow(2)
    assert get(demo_db, first).job_title == "Chief Buyer"


def test_walk_in_registers_prints_and_clears(qtbot: QtBot, demo_db: Database,
                                             printer: FakePrinter) -> None:
    dialog = WalkInDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    dialog.name.setFocus()
    for name, org in (("Dewi Lestari", "RS Siloam"), ("Ahmed Al Mansoori", "")):
        qtbot.keyClicks(dialog.name, name)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
        assert focused() is dialog.organization
        qtbot.keyClicks(dialog.organization, org)
        qtbot.keyClick(dialog.organization, Qt.Key.Key_Return)
        with demo_db.reader() as s:
            visitor = s.scalars(select(Visitor).where(Visitor.name == name)).one()
        assert (visitor.organization, visitor.source) == (org, "walkin")
        assert printer.calls[-1] == [visitor.id]
        assert dialog.name.text() == dialog.organization.text() == ""
        assert focused() is dialog.name
        assert name in dialog.last.text()
    assert len(printer.calls) == 2
    assert dialog.isVisible()  # stays open for the queue
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # nobody typed: nothing registered
    assert "needs a name" in dialog.message.text()
    assert len(printer.calls) == 2


def test_ctrl_p_prints_the_selected_visitor(qtbot: QtBot, page: VisitorsPage,
                                            printer: FakePrinter) -> None:
    page.table.selectRow(3)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_P, CTRL)
    assert printer.calls == [[page.model.visitor_at(3).id]]


def test_print_selected_sends_every_selected_row(qtbot: QtBot, page: VisitorsPage,
                                                 printer: FakePrinter) -> None:
    page.table.clearSelection()
    page.table.selectRow(1)
    for row in (2, 5):
        index = page.model.index(row, COL_NAME)
        page.table.selectionModel().select(
            index, page.table.selectionModel().SelectionFlag.Select
            | page.table.selectionModel().SelectionFlag.Rows)
    assert page.actions_["print_selected"].text() == "Print selected (3)"
    page.actions_["print_selected"].trigger()
    assert sorted(printer.calls[0]) == sorted(page.model.visitor_at(r).id for r in (1, 2, 5))


@pytest.fixture
def twins(demo_db: Database) -> dict[str, str]:
    """One person registered twice (same e-mail), each record with a check-in and a
    lead at the same manufacturer."""
    with demo_db.session() as s:
        ex = add_exhibitor(s, code="ZZTEST", name="Test Medika")
        keep = add_visitor(s, VisitorFields.parse(name="Fatima Zahra Benali",
                                                  email="f.benali@chu-casa.ma"))
        other = add_visitor(s, VisitorFields.parse(name="Fatima Benali",
                                                   email="F.Benali@chu-casa.ma",
                                                   organization="CHU Ibn Rochd", country="MA"))
        s.flush()
        s.add_all([Checkin(visitor_id=other.id, status="admitted"),
                   Lead(exhibitor_id=ex.id, visitor_id=keep.id, rating="cold"),
                   Lead(exhibitor_id=ex.id, visitor_id=other.id, rating="hot", stage="meeting",
                        value=Decimal(5000), currency="USD")])
        s.flush()
        return {"keep": keep.id, "other": other.id, "exhibitor": ex.id}


def test_the_form_flags_a_possible_duplicate(qtbot: QtBot, page: VisitorsPage,
                                             twins: dict[str, str]) -> None:
    show(qtbot, page, twins["keep"], "fatima benali")
    assert page.form.duplicate.isVisible()
    assert "Fatima Benali" in page.form.duplicate_label.text()


def test_duplicates_dialog_merges_the_group(qtbot: QtBot, demo_db: Database,
                                            twins: dict[str, str],
                                            answer_dialog: Callable[..., list[str]]) -> None:
    dialog = DuplicatesDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=5000)
    wanted = {twins["keep"], twins["other"]}
    row = next(i for i, g in enumerate(dialog.groups) if {c.id for c in g} == wanted)
    dialog.group_list.setCurrentRow(row)
    # The table lists both records; choose the one without the organisation to keep.
    ids = [dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
           for r in range(dialog.table.rowCount())]
    assert set(ids) == wanted
    assert "Fatima Benali" in [dialog.table.item(r, 0).text() for r in range(2)]
    dialog.table.selectRow(ids.index(twins["keep"]))
    groups_before = len(dialog.groups)
    seen = answer_dialog("Merge")
    merged: list[str] = []
    dialog.merged.connect(merged.append)
    dialog.merge_button.click()
    assert seen and "Merge 1 other record" in seen[0]
    assert merged == [twins["keep"]]
    assert len(dialog.groups) == groups_before - 1
    with demo_db.reader() as s:
        other, keep = s.get(Visitor, twins["other"]), s.get(Visitor, twins["keep"])
        assert other.deleted and other.merged_into_id == keep.id
        assert (keep.organization, keep.country) == ("CHU Ibn Rochd", "MA")
        assert s.scalars(select(Checkin.visitor_id).where(
            Checkin.visitor_id.in_(list(wanted)))).all() == [keep.id]
        leads = s.scalars(select(Lead).where(Lead.exhibitor_id == twins["exhibitor"],
                                             Lead.deleted.is_(False))).all()
        assert [(lead.visitor_id, lead.rating, lead.stage) for lead in leads] == [
            (keep.id, "hot", "meeting")]


def test_cancelled_merge_changes_nothing(qtbot: QtBot, demo_db: Database,
                                         twins: dict[str, str],
                                         answer_dialog: Callable[..., list[str]]) -> None:
    dialog = DuplicatesDialog(demo_db, visitor_id=twins["other"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=5000)
    assert len(dialog.groups) == 1
    answer_dialog("Cancel")
    assert dialog.merge_selected() is None
    assert not get(demo_db, twins["other"]).deleted
    assert not get(demo_db, twins["keep"]).deleted


def test_table_shows_checked_in_and_badge_printed(qtbot: QtBot, page: VisitorsPage,
                                                  demo_db: Database) -> None:
    from booth_app.core.badges.tokens import issue_badge
    from booth_app.core.events import require_event

    vid = add(demo_db, name="Zainab Qureshi")
    with demo_db.session() as s:
        s.add_all([Checkin(visitor_id=vid, status="admitted"),
                   Checkin(visitor_id=vid, status="reentry")])
        issue_badge(s, require_event(s), s.get(Visitor, vid))
    show(qtbot, page, vid, "zainab qureshi")
    row = page.model.row_of(vid)
    assert page.model.index(row, COL_CHECKED_IN).data() == "Yes (2)"
    assert page.model.index(row, COL_BADGE).data() == "Yes"
