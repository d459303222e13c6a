"""Settings: a coordinator chooses the badge language (an event setting, synced), and the
badges printed afterwards carry its words."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from booth_app.core.badges.jobs import preview_face
from booth_app.core.events import require_event
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.ui.settings_page import SettingsPage


def badge_lang(db: Database) -> str:
    with db.reader() as session:
        return require_event(session).badge_lang


def test_the_badge_language_is_saved_on_the_event(qtbot: QtBot, event_db: Database) -> None:
    with event_db.session() as session:
        visitor = add_visitor(session, VisitorFields.parse(name="Siti Rahayu"))
    page = SettingsPage(event_db)
    qtbot.addWidget(page)
    page.refresh()
    assert page.badge_lang.isEnabled() and page.badge_lang.currentData() == "en"
    assert [page.badge_lang.itemData(i) for i in range(page.badge_lang.count())] == [
        "en", "id", "ar"]
    assert "PENGUNJUNG" in page.badge_lang.itemText(1)  # the words it prints, shown
    assert "زائر" in page.badge_lang.itemText(2)
    page.badge_lang.setCurrentIndex(page.badge_lang.findData("id"))
    page.save_button.click()
    assert badge_lang(event_db) == "id"
    with event_db.reader() as session:
        assert preview_face(session, session.merge(visitor)).band_word == "PENGUNJUNG"
    again = SettingsPage(event_db)
    qtbot.addWidget(again)
    again.refresh()
    assert again.badge_lang.currentData() == "id"


def test_saving_other_settings_leaves_the_event_alone(qtbot: QtBot, event_db: Database) -> None:
    with event_db.reader() as session:
        stamp = require_event(session).hlc
    page = SettingsPage(event_db)
    qtbot.addWidget(page)
    page.refresh()
    page.save_button.click()
    with event_db.reader() as session:
        assert require_event(session).hlc == stamp  # nothing for sync to send


def test_without_an_event_there_is_nothing_to_choose(qtbot: QtBot, db: Database) -> None:
    page = SettingsPage(db)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.badge_lang.isEnabled()
    page.save_button.click()
    assert "Saved" in page.saved.text()
