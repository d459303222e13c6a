"""The window in English, Indonesian and Arabic: every text translated, the language
chosen and switched at run time, right to left in Arabic, numbers and dates in the
language's form."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from staff_helpers import signed_in

from booth_app.core.exhibitors.staff import WrongPin
from booth_app.storage.database import Database
from booth_app.ui import language, settings
from booth_app.ui.main_window import MainWindow
from booth_app.ui.settings_page import SettingsPage
from booth_app.ui.visitors.walk_in import WalkInDialog

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = {"en": "Dashboard", "id": "Dasbor", "ar": "لوحة المعلومات"}


def translations_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("booth_translations",
                                                  ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built() -> None:
    """The .qm files, built from the committed .ts files when missing or older."""
    folder = ROOT / "resources" / "translations"
    stale = [ts for ts in folder.glob("booth_*.ts")
             if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        translations_script().build()


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    language.reset_language()


def open_window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_window_text_has_indonesian_and_arabic() -> None:
    """lupdate over booth_app/ui now, against the committed .ts files: a tr() text added
    without its translations (or left unfinished) fails here, with the list."""
    gaps = translations_script().missing()
    listed = "\n".join(f"{lang}: {text}" for lang, texts in gaps.items() for text in texts)
    assert not listed, ("texts without a finished translation (add them with "
                        "scripts/translations.py update --fill LANG=FILE.json):\n" + listed)


@pytest.mark.parametrize("code", ["en", "id", "ar"])
def test_window_opens_in_each_language(qtbot: QtBot, demo_db: Database, built: None,
                                       code: str) -> None:
    assert language.apply_language(code) == code
    window = open_window(qtbot, demo_db)
    assert window.sidebar.item(0).text() == DASHBOARD[code]
    rtl = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == rtl
    if code == "ar":  # the sidebar on the right
        assert window.side.mapTo(window, window.side.rect().topLeft()).x() > window.width() // 2


def test_language_follows_settings_then_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(language.ENV, "ar_AE.UTF-8")
    assert language.chosen_language() == "ar"
    settings.LANGUAGE.set("id")
    assert language.chosen_language() == "id"
    settings.LANGUAGE.set("")
    monkeypatch.setenv(language.ENV, "xx")
    assert language.chosen_language() in language.SUPPORTED  # then the system's


def test_switching_in_settings_rebuilds_the_open_window(qtbot: QtBot, demo_db: Database,
                                                        built: None) -> None:
    language.apply_language("en")
    window = open_window(qtbot, demo_db)
    who = signed_in(demo_db)
    window.staff_session.sign_in(who)
    window.sidebar.setCurrentRow(len(window.pages) - 1)
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    page.language.setCurrentIndex(page.language.findData("id"))
    page.save()
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Dasbor", timeout=5000)
    assert window.current_page() is not page  # built again, in Indonesian
    assert isinstance(window.current_page(), SettingsPage)
    assert window.staff_session.current == who
    assert window.page_is_open("Settings")
    assert settings.LANGUAGE.get() == "id"


def test_numbers_dates_and_money_in_indonesian() -> None:
    language.apply_language("id")
    assert language.number(1234.5, 2) == "1.234,50"
    assert language.number(1234) == "1.234"
    assert language.money(Decimal("1234.5"), "IDR") == "IDR 1.234,50"
    assert language.date_short(date(2025, 1, 27)) == "Sen 27 Jan"
    language.apply_language("ar")
    assert language.number(1234) == "1,234"  # Latin digits (ar_AE)


def test_core_words_follow_the_core() -> None:
    """ui/core_words.py lists every message the core raises: a new or changed message
    fails here until `scripts/translations.py core-words` (then update) is run."""
    script = translations_script()
    assert not script.core_words_stale(), (
        "booth_app/ui/core_words.py is out of date: run scripts/translations.py core-words, "
        "then update with the translations of the new messages")


def test_a_core_refusal_reads_in_indonesian(qtbot: QtBot, demo_db: Database,
                                            built: None) -> None:
    """A walk-in registered without a name: the core's refusal in the window's language,
    and a refusal with values (a wrong PIN) filled in."""
    language.apply_language("id")
    dialog = WalkInDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.organization.setText("RS Harapan")
    assert dialog.register() is None
    assert "Pengunjung perlu nama." in dialog.message.text()
    assert "visitor" not in dialog.message.text().lower()
    assert language.error_text(WrongPin(2)) == (
        "PIN salah. 2 kali coba lagi sebelum harus menunggu.")
    assert str(WrongPin(2)) == "Wrong PIN. 2 more tries before a wait."  # the CLI's text
    language.apply_language("en")
    assert language.error_text(WrongPin(2)) == "Wrong PIN. 2 more tries before a wait."
