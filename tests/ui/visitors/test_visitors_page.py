"""Searching visitors as a person types, and what the detail panel shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from booth_app.core.badges.codes import format_code
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.ui.visitors.page import VisitorsPage
from booth_app.ui.visitors.table_model import COL_CODE, COL_NAME, VisitorTableModel


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> VisitorsPage:
    widget = VisitorsPage(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.refresh()
    return widget


def add(db: Database, **fields: object) -> str:
    with db.session() as session:
        visitor = add_visitor(session, VisitorFields.parse(**fields))
        return visitor.code


def shown_names(page: VisitorsPage) -> list[str]:
    model = page.model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each character, as a keyboard in any layout sends them."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def type_search(qtbot: QtBot, page: VisitorsPage, text: str) -> None:
    page.search.clear()
    type_text(page.search, text)
    assert page.search.text() == text
    qtbot.waitUntil(lambda: page.model.query == text, timeout=2000)


def test_typing_a_name_narrows_the_table(qtbot: QtBot, page: VisitorsPage,
                                         demo_db: Database) -> None:
    add(demo_db, name="Khadija Zarqawi", organization="Qasr Al Shifa Hospital")
    before = page.model.total
    type_search(qtbot, page, "khadija zarq")
    assert shown_names(page) == ["Khadija Zarqawi"]
    assert page.count.text() == "1 visitors"
    assert page.model.total < before
    assert page.form.title.text() == "Khadija Zarqawi"


def test_search_by_printed_code_and_organisation(qtbot: QtBot, page: VisitorsPage,
                                                 demo_db: Database) -> None:
    code = add(demo_db, name="Ravi Menon", organization="Zyxwv Unique Traders")
    type_search(qtbot, page, format_code(code).lower())
    assert shown_names(page) == ["Ravi Menon"]
    assert page.model.index(0, COL_CODE).data() == format_code(code)
    type_search(qtbot, page, "zyxwv uniq")
    assert shown_names(page) == ["Ravi Menon"]


def test_arabic_and_chinese_names_are_found(qtbot: QtBot, page: VisitorsPage,
                                            demo_db: Database) -> None:
    add(demo_db, name="أحمد القاسمي")
    add(demo_db, name="欧阳娜娜")
    type_search(qtbot, page, "احمد القاسمي")  # typed without the hamza
    assert shown_names(page) == ["أحمد القاسمي"]
    type_search(qtbot, page, "欧阳")
    assert "欧阳娜娜" in shown_names(page)


def test_no_match_says_so_and_clears_the_detail(qtbot: QtBot, page: VisitorsPage) -> None:
    type_search(qtbot, page, "qqqzzzxxx")
    assert page.model.rowCount() == 0
    assert page.count.text() == "0 visitors"
    assert page.form.title.text() == "Select a visitor"


def test_markup_in_a_name_is_shown_as_text(qtbot: QtBot, page: VisitorsPage,
                                           demo_db: Database) -> None:
    add(demo_db, name="<b>Bold</b> & Co")
    type_search(qtbot, page, "bold")
    assert page.form.title.text() == "<b>Bold</b> & Co"
    assert page.form.title.textFormat() == Qt.TextFormat.PlainText


def test_table_model_pages_through_rows(demo_db: Database) -> None:
    model = VisitorTableModel(demo_db)
    model.set_query("")
    assert model.total == 600
    assert model.rowCount() == 200
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 600
    names = [model.index(r, COL_NAME).data() for r in range(600)]
    assert len(set(names)) > 300  # real, varied rows, not one repeated page
    assert not model.canFetchMore()
