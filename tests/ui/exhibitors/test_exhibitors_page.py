"""The coordinator's Exhibitors page on the demo pavilion: manufacturers, products,
staff, questions, check-in points and imports, driven through the real widgets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import add_exhibitor, find_exhibitor, lead_count
from booth_app.core.exhibitors.points import list_points
from booth_app.core.exhibitors.products import list_products
from booth_app.core.exhibitors.questions import list_questions
from booth_app.core.exhibitors.staff import list_staff, verify_pin
from booth_app.storage.database import Database
from booth_app.storage.models import AuditLog, Exhibitor
from booth_app.ui.exhibitors.page import (
    SECTION_POINTS,
    TAB_PRODUCTS,
    TAB_QUESTIONS,
    TAB_STAFF,
    ExhibitorsPage,
)
from booth_app.ui.exhibitors.questions import QuestionDialog
from booth_app.ui.exhibitors.staff import PinDialog, StaffDialog
from booth_app.ui.exhibitors.table_model import COL_BOOTH, COL_CODE, COL_PRODUCTS, ExhibitorRole

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> ExhibitorsPage:
    widget = ExhibitorsPage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1166, 690)  # the page area of a 1366x768 window
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.refresh()
    widget.focus_main()
    return widget


def choose(page: ExhibitorsPage, code: str) -> None:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, COL_CODE).data() == code:
            page.table.selectRow(row)
            assert page.shown_id == page.selected_exhibitor().id  # type: ignore[union-attr]
            return
    raise AssertionError(f"{code} is not listed")


def listed(page: ExhibitorsPage, code: str, column: int) -> str:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, COL_CODE).data() == code:
            return str(page.proxy.index(row, column).data())
    raise AssertionError(f"{code} is not listed")


def exhibitor(db: Database, code: str) -> Exhibitor:
    with db.reader() as session:
        return find_exhibitor(session, code)


def a_code_without_leads(db: Database) -> str:
    with db.session() as session:
        return add_exhibitor(session, code="QUIET", name="PT Tanpa Prospek", booth="Z-01").code


def when_modal(act: Callable[[QWidget], None]) -> list[QWidget]:
    """Run `act` on the next modal dialog once it is open (exec() blocks the test)."""
    seen: list[QWidget] = []

    def run() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, run)
            return
        seen.append(widget)
        act(widget)

    QTimer.singleShot(0, run)
    return seen


def typed(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Click into the field, clear it and type, as a person does."""
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)


# -- manufacturers ----------------------------------------------------------------------------


def test_the_list_shows_every_manufacturer_with_booth_and_products(
    page: ExhibitorsPage, demo_db: Database
) -> None:
    with demo_db.reader() as session:
        medika = find_exhibitor(session, "NUSEL")
        products = len(list_products(session, medika))
    assert page.proxy.rowCount() == 19
    assert listed(page, "NUSEL", COL_BOOTH) == medika.booth
    assert listed(page, "NUSEL", COL_PRODUCTS) == str(products)
    assert "19 manufacturers" in page.header.subtitle.text()
    page.search.setText("s1-a10")  # a booth number, typed in any case
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, COL_CODE).data() == "NUSEL"


def test_add_a_manufacturer_with_the_keyboard(
    qtbot: QtBot, page: ExhibitorsPage, demo_db: Database
) -> None:
    qtbot.keyClick(page.search, Qt.Key.Key_N, CTRL)
    assert page.form.title.text() == "New manufacturer"
    assert page.form.edits["code"].hasFocus()
    assert not page.products_tab.isEnabled()  # nothing to add products to yet
    qtbot.keyClicks(QApplication.focusWidget(), "sinar")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert page.form.edits["name"].hasFocus()  # Tab follows reading order
    qtbot.keyClicks(QApplication.focusWidget(), "PT Sinar Medika Baru")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "S2-B07")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    added = exhibitor(demo_db, "SINAR")
    assert (added.name, added.booth) == ("PT Sinar Medika Baru", "S2-B07")
    assert page.proxy.rowCount() == 20
    assert page.selected_exhibitor().code == "SINAR"  # type: ignore[union-attr]
    assert page.form.title.text() == "PT Sinar Medika Baru"
    assert "✔ Added" in page.form.message.text()
    assert page.products_tab.isEnabled() and page.products_tab.table.rowCount() == 0


def test_edit_the_booth_and_save_with_ctrl_s(
    qtbot: QtBot, page: ExhibitorsPage, demo_db: Database
) -> None:
    choose(page, "NUSEL")
    booth = page.form.edits["booth"]
    typed(qtbot, booth, "S1-Z99")
    assert page.form.save_button.isEnabled()
    qtbot.keyClick(booth, Qt.Key.Key_S, CTRL)
    assert exhibitor(demo_db, "NUSEL").booth == "S1-Z99"
    assert listed(page, "NUSEL", COL_BOOTH) == "S1-Z99"
    assert page.form.message.text() == "✔ Saved"
    assert not page.form.save_button.isEnabled()  # nothing left to save


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [("contact_email", "hendra at nusel", "Not an e-mail address"),
     ("code", "NUSEL!!", "must be 1-32 letters"),
     ("name", "   ", "needs a name"),
     ("code", "ANALAB", "already used by PT Analitika")],
)
def test_bad_input_is_explained_and_changes_nothing(
    qtbot: QtBot, page: ExhibitorsPage, demo_db: Database, field: str, value: str, said: str
) -> None:
    choose(page, "NUSEL")
    before = exhibitor(demo_db, "NUSEL")
    typed(qtbot, page.form.edits["booth"], "S9-X01")
    typed(qtbot, page.form.edits[field], value)
    qtbot.keyClick(page.form.edits[field], Qt.Key.Key_Return)
    assert page.form.message.isVisible()
    assert page.form.message.text().startswith("✖ Not saved:")
    assert said in page.form.message.text()
    after = exhibitor(demo_db, "NUSEL")
    assert (after.booth, after.name, after.contact_email) == (
        before.booth, before.name, before.contact_email)
    assert page.form.edits[field].text() == value  # what was typed stays to be fixed


def test_delete_is_refused_with_leads_and_confirmed_without(
    page: ExhibitorsPage, demo_db: Database, answer_dialog: Callable[..., list[str]]
) -> None:
    with demo_db.reader() as session:
        leads = lead_count(session, find_exhibitor(session, "NUSEL"))
    assert leads > 0
    choose(page, "NUSEL")
    page.form.delete_button.click()  # no question asked: the answer is no
    assert f"has {leads} lead" in page.form.message.text()
    assert exhibitor(demo_db, "NUSEL").deleted is False

    a_code_without_leads(demo_db)
    page.refresh()
    choose(page, "QUIET")
    said = answer_dialog("Cancel")
    page.form.delete_button.click()
    assert "Delete PT Tanpa Prospek?" in said[0]
    assert exhibitor(demo_db, "QUIET").deleted is False
    answer_dialog("Delete")
    page.form.delete_button.click()
    assert page.proxy.rowCount() == 19
    assert "QUIET" not in [page.proxy.index(r, COL_CODE).data()
                           for r in range(page.proxy.rowCount())]
    with demo_db.reader() as session:
        gone = session.scalars(select(Exhibitor).where(Exhibitor.code == "QUIET")).one()
        assert gone.deleted  # a tombstone for sync


def test_leaving_a_changed_profile_asks_first(
    qtbot: QtBot, page: ExhibitorsPage, demo_db: Database,
    answer_dialog: Callable[..., list[str]]
) -> None:
    choose(page, "NUSEL")
    typed(qtbot, page.form.edits["city"], "Bekasi")
    said = answer_dialog("Cancel")
    page.table.selectRow(0)
    assert "Save the changes" in said[0]
    assert page.form.edits["city"].text() == "Bekasi"  # still there, still unsaved
    answer_dialog("Save")
    page.table.selectRow(0)
    assert exhibitor(demo_db, "NUSEL").city == "Bekasi"


# -- products ---------------------------------------------------------------------------------


def product_names(db: Database, code: str) -> list[str]:
    with db.reader() as session:
        return [p.name for p in list_products(session, find_exhibitor(session, code))]


def test_products_are_added_renamed_and_deleted_with_undo(
    qtbot: QtBot, page: ExhibitorsPage, demo_db: Database
) -> None:
    choose(page, "NUSEL")
    page.tabs.setCurrentIndex(TAB_PRODUCTS)
    tab = page.products_tab
    before = product_names(demo_db, "NUSEL")
    count = int(listed(page, "NUSEL", COL_PRODUCTS))

    typed(qtbot, tab.name, "Portable Ventilator V2")
    qtbot.keyClicks(tab.category.lineEdit(), "respiratory")
    qtbot.keyClick(tab.category.lineEdit(), Qt.Key.Key_Return)
    assert "Portable Ventilator V2" in product_names(demo_db, "NUSEL")
    assert listed(page, "NUSEL", COL_PRODUCTS) == str(count + 1)  # the list follows
    assert tab.name.text() == "" and tab.name.hasFocus()  # ready for the next one
    row = tab.table.currentRow()
    assert tab.table.item(row, 0).text() == "Portable Ventilator V2"

    tab.table.item(row, 0).setText("Portable Ventilator V3")  # as an in-place edit commits
    names = product_names(demo_db, "NUSEL")
    assert "Portable Ventilator V3" in names and "Portable Ventilator V2" not in names

    tab.table.setFocus()
    tab.table.selectRow(tab.table.currentRow())
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert sorted(product_names(demo_db, "NUSEL")) == sorted(before)
    assert "Deleted" in tab.message.text() and tab.undo_button.isVisible()
    assert listed(page, "NUSEL", COL_PRODUCTS) == str(count)
    tab.undo_button.click()
    assert "Portable Ventilator V3" in product_names(demo_db, "NUSEL")
    assert listed(page, "NUSEL", COL_PRODUCTS) == str(count + 1)


def test_a_duplicate_or_empty_product_name_is_refused(
    qtbot: QtBot, page: ExhibitorsPage, demo_db: Database
) -> None:
    choose(page, "NUSEL")
    tab = page.products_tab
    before = product_names(demo_db, "NUSEL")
    typed(qtbot, tab.name, before[0].upper())
    qtbot.keyClick(tab.name, Qt.Key.Key_Return)
    assert "already in this catalogue" in tab.message.text()
    tab.table.item(1, 0).setText(before[0])  # renaming onto another product
    assert "✖ Not renamed" in tab.message.text()
    assert tab.table.item(1, 0).text() == before[1]  # the stored name is back
    typed(qtbot, tab.name, "   ")
    tab.add_button.click()
    assert "needs a name" in tab.message.text()
    assert product_names(demo_db, "NUSEL") == before


# -- staff ------------------------------------------------------------------------------------


def test_add_staff_with_the_pin_twice_then_reset_it(
    qtbot: QtBot, page: ExhibitorsPage, demo_db: Database
) -> None:
    choose(page, "NUSEL")
    page.tabs.setCurrentIndex(TAB_STAFF)
    tab = page.staff_tab
    rows = tab.table.rowCount()

    def mistyped_then_right(dialog: QWidget) -> None:
        assert isinstance(dialog, StaffDialog)
        assert dialog.pin.echoMode() == QLineEdit.EchoMode.Password
        qtbot.keyClicks(dialog.name, "Rina Kusuma")
        qtbot.keyClicks(dialog.pin, "2468")
        qtbot.keyClicks(dialog.pin_again, "2469")
        qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)
        assert dialog.isVisible() and "PINs differ" in dialog.message.text()
        qtbot.keyClicks(dialog.pin_again, "2468")
        qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)

    seen = when_modal(mistyped_then_right)
    tab.add_button.click()
    assert seen and tab.table.rowCount() == rows + 1
    with demo_db.reader() as session:
        staff = {s.name: s for s in list_staff(session, find_exhibitor(session, "NUSEL"))}
    assert verify_pin("2468", staff["Rina Kusuma"].pin_hash)
    shown = " ".join(tab.table.item(r, c).text() for r in range(tab.table.rowCount())
                     for c in range(3))
    assert "Rina Kusuma" in shown and "2468" not in shown  # a PIN is never shown

    def new_pin(dialog: QWidget) -> None:
        assert isinstance(dialog, PinDialog)
        qtbot.keyClicks(dialog.pin, "97531")
        qtbot.keyClicks(dialog.pin_again, "97531")
        dialog.ok_button.click()

    when_modal(new_pin)
    tab.pin_button.click()
    assert "New PIN set for Rina Kusuma" in tab.message.text()
    with demo_db.reader() as session:
        member = session.get(type(staff["Rina Kusuma"]), staff["Rina Kusuma"].id)
        assert verify_pin("97531", member.pin_hash) and not verify_pin("2468", member.pin_hash)
        audit = session.scalars(select(AuditLog).where(AuditLog.entity_id == member.id)).one()
        assert audit.action == "staff.pin_reset"


def test_a_short_pin_is_refused_and_deactivation_shows(
    qtbot: QtBot, page: ExhibitorsPage, demo_db: Database
) -> None:
    choose(page, "NUSEL")
    tab = page.staff_tab
    tab.table.selectRow(0)
    name = tab.table.item(0, 0).text()
    with demo_db.reader() as session:
        old_hash = next(s for s in list_staff(session, find_exhibitor(session, "NUSEL"))
                        if s.name == name).pin_hash

    def too_short(dialog: QWidget) -> None:
        assert isinstance(dialog, PinDialog)
        qtbot.keyClicks(dialog.pin, "12")
        qtbot.keyClicks(dialog.pin_again, "12")
        dialog.ok_button.click()
        assert "4 to 8 digits" in dialog.message.text()
        dialog.reject()

    when_modal(too_short)
    tab.pin_button.click()
    with demo_db.reader() as session:
        member = next(s for s in list_staff(session, find_exhibitor(session, "NUSEL"))
                      if s.name == name)
        assert member.pin_hash == old_hash

    tab.active_button.click()
    with demo_db.reader() as session:
        member = next(s for s in list_staff(session, find_exhibitor(session, "NUSEL"))
                      if s.name == name)
        assert member.active is False
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == name)
    assert tab.table.item(row, 2).text() == "⊘ Deactivated"
    assert tab.active_button.text() == "Reactivate"


# -- questions --------------------------------------------------------------------------------


def question_texts(db: Database, code: str) -> list[tuple[str, str, list[str]]]:
    with db.reader() as session:
        return [(q.text, q.kind, list(q.options))
                for q in list_questions(session, find_exhibitor(session, code))]


def add_question_through_dialog(qtbot: QtBot, page: ExhibitorsPage, text: str, kind: str,
                                options: str) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QuestionDialog)
        qtbot.keyClicks(dialog.text, text)
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.options.setPlainText(options)
        dialog.ok_button.click()

    when_modal(fill)
    page.questions_tab.add_button.click()


def test_add_a_single_choice_question_and_reorder(
    qtbot: QtBot, page: ExhibitorsPage, demo_db: Database
) -> None:
    choose(page, "NUSEL")
    page.tabs.setCurrentIndex(TAB_QUESTIONS)
    tab = page.questions_tab
    add_question_through_dialog(qtbot, page, "Beds in the hospital", "number", "")
    add_question_through_dialog(qtbot, page, "Planned purchase?", "single",
                                "Within 6 months\nWithin a year\n\nNot planned\n")
    assert question_texts(demo_db, "NUSEL") == [
        ("Beds in the hospital", "number", []),
        ("Planned purchase?", "single", ["Within 6 months", "Within a year", "Not planned"]),
    ]
    assert tab.list.currentRow() == 1
    assert "Within 6 months · Within a year · Not planned" in tab.list.item(1).text()

    page.activateWindow()  # back from the dialog
    tab.list.setFocus()
    qtbot.waitUntil(tab.list.hasFocus)
    qtbot.keyClick(tab.list, Qt.Key.Key_Up, CTRL)
    assert [t for t, _k, _o in question_texts(demo_db, "NUSEL")] == [
        "Planned purchase?", "Beds in the hospital"]
    assert tab.list.item(0).text().startswith("1. Planned purchase?")
    assert tab.list.currentRow() == 0 and not tab.up_button.isEnabled()
    tab.down_button.click()
    assert [t for t, _k, _o in question_texts(demo_db, "NUSEL")] == [
        "Beds in the hospital", "Planned purchase?"]
    assert question_texts(demo_db, "ANALAB") == []  # another manufacturer's are its own


def test_a_choice_question_with_one_option_is_refused(
    qtbot: QtBot, page: ExhibitorsPage, demo_db: Database
) -> None:
    choose(page, "NUSEL")

    def one_option(dialog: QWidget) -> None:
        assert isinstance(dialog, QuestionDialog)
        qtbot.keyClicks(dialog.text, "Budget?")
        dialog.options.setPlainText("Only one")
        dialog.ok_button.click()
        assert dialog.isVisible() and "at least two options" in dialog.message.text()
        dialog.kind.setCurrentIndex(dialog.kind.findData("text"))
        assert not dialog.options.isEnabled()  # a text answer has no options
        dialog.reject()

    seen = when_modal(one_option)
    page.questions_tab.add_button.click()
    assert seen and question_texts(demo_db, "NUSEL") == []


# -- check-in points --------------------------------------------------------------------------


def test_edit_a_check_in_point_to_track_exits(
    qtbot: QtBot, page: ExhibitorsPage, demo_db: Database
) -> None:
    page.sections.setCurrentIndex(SECTION_POINTS)
    tab = page.points
    assert tab.table.rowCount() == 3
    assert tab.name.text() == "Pavilion Entrance"
    qtbot.mouseClick(tab.track_exit, Qt.MouseButton.LeftButton)  # ticks it, takes the focus
    assert tab.track_exit.isChecked()
    tab.dedupe.setValue(30)
    qtbot.keyClick(tab.track_exit, Qt.Key.Key_S, CTRL)
    with demo_db.reader() as session:
        entrance = list_points(session)[0]
        assert (entrance.name, entrance.track_exit, entrance.dedupe_seconds) == (
            "Pavilion Entrance", True, 30)
    assert tab.table.item(0, 3).text() == "✔ yes"
    assert tab.message.text() == "✔ Saved"

    typed(qtbot, tab.name, "seminar stage")  # another point's name
    qtbot.keyClick(tab.name, Qt.Key.Key_Return)
    assert "already a check-in point named 'Seminar Stage'" in tab.message.text()
    with demo_db.reader() as session:
        assert [p.name for p in list_points(session)] == [
            "Pavilion Entrance", "Seminar Stage", "Business Lounge"]


def test_add_a_check_in_point(qtbot: QtBot, page: ExhibitorsPage, demo_db: Database) -> None:
    page.sections.setCurrentIndex(SECTION_POINTS)
    tab = page.points
    tab.new_button.click()
    assert tab.name.hasFocus() and tab.name.text() == ""
    qtbot.keyClicks(tab.name, "Hall 5 Exit")
    tab.kind.setCurrentIndex(tab.kind.findData("exit"))
    tab.allow_reentry.setChecked(False)
    qtbot.keyClick(tab.name, Qt.Key.Key_Return)
    with demo_db.reader() as session:
        added = list_points(session)[-1]
        assert (added.name, added.kind, added.allow_reentry) == ("Hall 5 Exit", "exit", False)
        assert added.event_id == require_event(session).id
    assert tab.table.rowCount() == 4 and tab.table.currentRow() == 3


# -- imports ----------------------------------------------------------------------------------


def run_import(qtbot: QtBot, start: Callable[[str], object], path: Path) -> object:
    dialog = start(str(path))
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)  # type: ignore[attr-defined]
    return dialog


def test_import_products_from_a_messy_csv_and_see_the_report(
    qtbot: QtBot, page: ExhibitorsPage, demo_db: Database, tmp_path: Path
) -> None:
    choose(page, "NUSEL")
    count = int(listed(page, "NUSEL", COL_PRODUCTS))
    path = tmp_path / "produk.csv"
    path.write_bytes((
        "Kode;Nama Produk;Kategori\r\n"
        "nusel;Defibrilator Portabel Génération 2;emergency\r\n"
        "NUSEL;Defibrilator Portabel Génération 2;emergency\r\n"
        "TIDAKADA;Stetoskop;diagnostics\r\n"
        "NUSEL;;emergency\r\n"
    ).encode("cp1252"))
    dialog = run_import(qtbot, page.import_products, path)
    summary = dialog.summary.text()  # type: ignore[attr-defined]
    assert "Products added: 1" in summary and "already listed: 1" in summary
    assert "Rows rejected: 2" in summary
    report = dialog.rejected  # type: ignore[attr-defined]
    assert [(report.item(r, 0).text(), report.item(r, 1).text())
            for r in range(report.rowCount())] == [
        ("4", "no manufacturer with code 'TIDAKADA'"), ("5", "no product name")]
    dialog.copy_button.click()  # type: ignore[attr-defined]
    copied = QGuiApplication.clipboard().text()
    assert "4\tno manufacturer with code 'TIDAKADA'" in copied and "5\tno product name" in copied
    dialog.close_button.click()  # type: ignore[attr-defined]
    assert "Defibrilator Portabel Génération 2" in product_names(demo_db, "NUSEL")
    assert listed(page, "NUSEL", COL_PRODUCTS) == str(count + 1)
    products = page.products_tab.table
    assert "Defibrilator Portabel Génération 2" in [
        products.item(r, 0).text() for r in range(products.rowCount())]


def test_an_unreadable_import_file_says_so_and_changes_nothing(
    qtbot: QtBot, page: ExhibitorsPage, demo_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("Foo;Bar\n1;2\n", encoding="utf-8")
    before = {row.exhibitor.id: row.products for row in page.model.rows}
    dialog = run_import(qtbot, page.import_products, path)
    assert "Nothing was imported" in dialog.summary.text()  # type: ignore[attr-defined]
    assert "no column for the product name" in dialog.summary.text()  # type: ignore[attr-defined]
    dialog.close_button.click()  # type: ignore[attr-defined]
    page.refresh()
    assert {row.exhibitor.id: row.products for row in page.model.rows} == before


def test_import_manufacturers_adds_them_to_the_list(
    qtbot: QtBot, page: ExhibitorsPage, demo_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "peserta.csv"
    path.write_text("Kode,Nama Perusahaan,Stan,Negara\nBARU,PT Baru Sekali,S3-A01,ID\n"
                    ",,S3-A02,ID\n", encoding="utf-8")
    dialog = run_import(qtbot, page.import_manufacturers, path)
    assert "Manufacturers added: 1" in dialog.summary.text()  # type: ignore[attr-defined]
    assert dialog.rejected.rowCount() == 1  # type: ignore[attr-defined]
    dialog.close_button.click()  # type: ignore[attr-defined]
    assert listed(page, "BARU", COL_BOOTH) == "S3-A01"
    codes = [page.proxy.index(r, 0).data(ExhibitorRole).code
             for r in range(page.proxy.rowCount())]
    assert "BARU" in codes and len(codes) == 20
