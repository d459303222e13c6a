"""Long work off the GUI thread, errors shown and logged, settings kept, backups made."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from booth_app import paths
from booth_app.core.errors import Cancelled, InputError
from booth_app.core.progress import Progress
from booth_app.storage.database import Database
from booth_app.ui import settings
from booth_app.ui.errors import setup_logging, show_error
from booth_app.ui.exports.page import ExportsPage
from booth_app.ui.settings_page import SettingsPage
from booth_app.ui.tasks import run_task


def test_task_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot, qapp: QApplication) -> None:
    seen: dict[str, object] = {}
    progress: list[tuple[int, int]] = []

    def work(report: Progress) -> int:
        seen["worker"] = threading.current_thread()
        for step in range(1, 6):
            report.report(step, 5, "counting")
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.current_thread()

    task = run_task(None, work, done)
    task.signals.progress.connect(lambda d, t, _m: progress.append((d, t)))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()


def test_cancel_stops_the_work_at_its_next_report(qtbot: QtBot) -> None:
    steps: list[int] = []
    errors: list[BaseException] = []
    started = threading.Event()

    def work(report: Progress) -> None:
        for step in range(1000):
            started.set()
            report.report(step, 1000)
            steps.append(step)
            time.sleep(0.005)

    task = run_task(None, work, lambda _r: None, errors.append)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], Cancelled)
    assert len(steps) < 1000


def test_progress_dialog_shows_and_closes(qtbot: QtBot) -> None:
    release = threading.Event()
    finished: list[str] = []
    task = run_task(None, lambda p: (p.report(1, 2, "Half way"), release.wait(5), "ok")[-1],
                    finished.append, title="Working")
    assert task.dialog is not None
    assert task.dialog.labelText() in ("Working", "Half way")
    release.set()
    qtbot.waitUntil(lambda: finished == ["ok"], timeout=5000)
    assert task.dialog is None


def test_user_error_shows_its_message(qtbot: QtBot,
                                      answer_dialog: Callable[..., list[str]]) -> None:
    told = answer_dialog("OK")
    show_error(None, InputError("The file has no header row."))
    assert "no header row" in told[0]


def test_unexpected_error_is_logged_and_explained(qtbot: QtBot,
                                                  answer_dialog: Callable[..., list[str]]) -> None:
    log_path = Path(setup_logging())
    told = answer_dialog("OK")
    try:
        raise RuntimeError("disk on fire")
    except RuntimeError as exc:
        show_error(None, exc)
    assert "unexpected error" in told[0]
    assert "Your saved data is safe" in told[0]
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    assert "disk on fire" in log_path.read_text(encoding="utf-8")
    assert log_path.parent == paths.log_dir()


def test_settings_are_kept_for_the_next_start(qtbot: QtBot, demo_db: Database) -> None:
    page = SettingsPage(demo_db)
    qtbot.addWidget(page)
    page.refresh()
    page.device_name.setText("Entrance laptop 1")
    page.point.setCurrentIndex(page.point.findData("Seminar Stage"))
    page.backup_minutes.setValue(15)
    assert page.badge_layout.count() >= 5  # every layout data file is offered
    page.badge_layout.setCurrentIndex(page.badge_layout.findData("a4x8"))
    assert page.printer.itemData(0) == ""  # "Ask every time" comes first
    page.save_button.click()
    assert "Saved" in page.saved.text()
    assert settings.CHECKIN_POINT.get() == "Seminar Stage"
    assert settings.BACKUP_MINUTES.get() == 15
    assert settings.BADGE_LAYOUT.get() == "a4x8"
    assert settings.DEFAULT_PRINTER.get() == ""
    reopened = Database(demo_db.path)
    try:
        assert reopened.device_name == "Entrance laptop 1"
    finally:
        reopened.dispose()
    again = SettingsPage(demo_db)
    qtbot.addWidget(again)
    again.refresh()
    assert again.point.currentData() == "Seminar Stage"
    assert again.device_name.text() == "Entrance laptop 1"
    assert again.badge_layout.currentData() == "a4x8"


def test_backup_from_the_exports_page_is_a_working_copy(qtbot: QtBot, demo_db: Database,
                                                        tmp_path: Path) -> None:
    page = ExportsPage(demo_db)
    qtbot.addWidget(page)
    target = tmp_path / "usb" / "backup.sqlite"
    target.parent.mkdir()
    page.backups.save_backup(target)
    qtbot.waitUntil(lambda: "Saved" in page.backups.last.text(), timeout=10_000)
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        visitors = conn.execute("SELECT count(*) FROM visitor").fetchone()[0]
    conn.close()
    assert visitors == 600
