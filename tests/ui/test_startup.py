"""Starting up: a damaged or read-only database, the first run, the selftest."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from booth_app.core.events import current_event
from booth_app.storage.database import Database
from booth_app.ui import app as ui_app
from booth_app.ui.first_run import FirstRunDialog

REPO = Path(__file__).resolve().parents[2]


def damaged_copy(template: Path, tmp_path: Path) -> Path:
    """A real database whose pages were overwritten, as after a failing USB stick."""
    path = tmp_path / "damaged.sqlite"
    shutil.copyfile(template, path)
    with open(path, "r+b") as fh:
        fh.seek(4096 * 3)
        fh.write(os.urandom(4096 * 6))
    return path


def test_damaged_database_explains_and_changes_nothing(qtbot: QtBot, demo_template: Path,
                                                       tmp_path: Path,
                                                       answer_dialog: Callable[..., list[str]]
                                                       ) -> None:
    path = damaged_copy(demo_template, tmp_path)
    before = path.read_bytes()
    told = answer_dialog("Quit")
    assert ui_app.open_database(str(path)) is None
    assert told and "damaged" in told[0] and str(path) in told[0]
    assert "Nothing was changed" in told[0]
    assert path.read_bytes() == before


def test_damaged_database_offers_the_demo_instead(qtbot: QtBot, demo_template: Path,
                                                  tmp_path: Path,
                                                  answer_dialog: Callable[..., list[str]]
                                                  ) -> None:
    path = damaged_copy(demo_template, tmp_path)
    answer_dialog("demo")
    db = ui_app.open_database(str(path))
    assert db is not None
    try:
        assert db.path is not None and db.path.name == "demo.sqlite"
        with db.reader() as session:
            event = current_event(session)
            assert event is not None and event.name == "Arab Health 2027"
    finally:
        db.dispose()


def test_garbage_file_is_not_taken_for_a_database(qtbot: QtBot, tmp_path: Path,
                                                  answer_dialog: Callable[..., list[str]]) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("shopping list: rice, tea\n")
    told = answer_dialog("Quit")
    assert ui_app.open_database(str(path)) is None
    assert "not a SQLite database" in told[0]
    assert path.read_text() == "shopping list: rice, tea\n"


@pytest.mark.skipif(os.name != "posix", reason="uses POSIX permissions")
def test_read_only_database_gives_a_clear_message(demo_template: Path, tmp_path: Path) -> None:
    """The window's start-up path on a file the user may not write.

    Root may write anything, so as root the check runs in a new user namespace, where
    root keeps its files but loses the power to override their permissions.
    """
    path = tmp_path / "booth.sqlite"
    shutil.copyfile(demo_template, path)
    path.chmod(0o444)
    before = path.read_bytes()
    command = [sys.executable, "-m", "booth_app", "--db", str(path), "--selftest"]
    if os.geteuid() == 0:
        if shutil.which("unshare") is None:
            pytest.skip("running as root without unshare: root ignores file permissions")
        command = ["unshare", "--user", *command]
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    if "unshare:" in result.stderr:
        pytest.skip(f"user namespaces unavailable here: {result.stderr.strip()}")
    assert result.returncode == 2, result.stderr
    assert "read-only" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_first_run_creates_the_event(qtbot: QtBot, db_path_empty: Database) -> None:
    dialog = FirstRunDialog(db_path_empty)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "HealthConnect Jakarta")
    dialog.timezone.setCurrentText("Asia/Jakarta")
    dialog.currency.setCurrentText("IDR")
    dialog.create_button.click()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    with db_path_empty.reader() as session:
        event = current_event(session)
        assert event is not None
        assert (event.name, event.timezone, event.currency) == (
            "HealthConnect Jakarta", "Asia/Jakarta", "IDR")


def test_first_run_refuses_an_event_without_a_name(qtbot: QtBot, db_path_empty: Database,
                                                   answer_dialog: Callable[..., list[str]]
                                                   ) -> None:
    dialog = FirstRunDialog(db_path_empty)
    qtbot.addWidget(dialog)
    told = answer_dialog("OK")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: bool(told))
    assert "needs a name" in told[0]
    with db_path_empty.reader() as session:
        assert current_event(session) is None


def test_first_run_demo_opens_its_own_file(qtbot: QtBot, db_path_empty: Database) -> None:
    dialog = FirstRunDialog(db_path_empty)
    qtbot.addWidget(dialog)
    dialog.demo_button.click()
    try:
        assert dialog.database.path is not None
        assert dialog.database.path.name == "demo.sqlite"
        assert dialog.database.path != db_path_empty.path
        with dialog.database.reader() as session:
            assert current_event(session) is not None
    finally:
        dialog.database.dispose()


def test_selftest_opens_database_and_window(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    target = tmp_path / "self.sqlite"
    result = subprocess.run([sys.executable, "-m", "booth_app", "--db", str(target),
                             "--selftest"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "selftest: ok" in result.stdout
    assert target.exists()


@pytest.fixture
def db_path_empty(tmp_path: Path) -> Database:
    db = Database(tmp_path / "empty.sqlite")
    yield db
    db.dispose()


def test_app_singleton_is_reused(qapp: QApplication) -> None:
    assert ui_app.make_app() is qapp


def test_damage_deep_in_a_big_table_is_found_after_start(qtbot: QtBot, demo_template: Path,
                                                          tmp_path: Path,
                                                          answer_dialog: Callable[..., list[str]]
                                                          ) -> None:
    """Opening checks only the small tables (a full check of 500 MB takes seconds); the
    window checks every page in the background and says so when something is wrong."""
    from booth_app.ui.main_window import MainWindow

    path = tmp_path / "late-damage.sqlite"
    shutil.copyfile(demo_template, path)
    size = path.stat().st_size
    with open(path, "r+b") as fh:  # the last pages: visitor rows and their indexes
        fh.seek(size - 4096 * 8)
        fh.write(os.urandom(4096 * 8))
    db = Database(path)  # opens: the small tables are sound
    window = MainWindow(db)
    qtbot.addWidget(window)
    told = answer_dialog("Close")
    window.verify_database()
    # The whole file is read page by page: generous under a loaded CI machine.
    qtbot.waitUntil(lambda: window.integrity_checked and bool(told), timeout=60_000)
    assert window.integrity_problem is not None
    assert "damaged" in told[0]
    assert "Database damaged" in window.sync_pill.text()
    db.dispose()


def test_sound_database_passes_the_background_check(qtbot: QtBot, demo_db: Database) -> None:
    from booth_app.ui.main_window import MainWindow

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.verify_database()
    qtbot.waitUntil(lambda: window.integrity_checked, timeout=60_000)
    assert window.integrity_problem is None
    assert "Saved locally" in window.sync_pill.text()


def test_first_run_joins_from_the_coordinators_setup_bundle(
        qtbot: QtBot, db_path_empty: Database, demo_db: Database, tmp_path: Path,
        answer_dialog: Callable[..., list[str]]) -> None:
    from booth_app.core.sync.bundle import export_setup
    from booth_app.storage.models import Exhibitor

    bundle = tmp_path / "pavilion.booth"
    export_setup(demo_db, bundle, passphrase="sate ayam 2027")
    dialog = FirstRunDialog(db_path_empty)
    qtbot.addWidget(dialog)
    told = answer_dialog("OK")
    assert dialog.join(str(bundle), "wrong passphrase") is False
    qtbot.waitUntil(lambda: bool(told))
    with db_path_empty.reader() as session:
        assert current_event(session) is None  # nothing changed
    assert dialog.join(str(bundle), "sate ayam 2027") is True
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    with db_path_empty.reader() as session, demo_db.reader() as coordinator:
        joined = current_event(session)
        assert joined is not None and joined.id == current_event(coordinator).id
        count = select(func.count()).select_from(Exhibitor)
        assert session.scalar(count) == coordinator.scalar(count)
    assert db_path_empty.device_id != demo_db.device_id  # its own identity
