"""GUI tests run offscreen on real widgets, each with its own settings and database file."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fake_printer import printer  # noqa: F401 - print_badges recorded, for every UI test

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from booth_app.core.demo.pavilion import create_demo
from booth_app.storage.database import Database

DEMO_VISITORS = 600


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory,
                      monkeypatch: pytest.MonkeyPatch) -> Path:
    """QSettings, data and logs go to a temporary home, never the developer's."""
    home = tmp_path_factory.mktemp("uihome")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("BOOTH_DB", raising=False)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(home / "settings"))
    QSettings("Booth", "Booth").clear()
    return home


@pytest.fixture(autouse=True)
def drain_thread_pool() -> Iterator[None]:
    """Background work started by a test ends before the next test starts."""
    yield
    from booth_app.ui.tasks import print_pool

    pool = QThreadPool.globalInstance()
    print_pool().waitForDone(10_000)  # print jobs have a thread of their own
    pool.waitForDone(10_000)
    QApplication.processEvents()
    # Windows of this test go now, with their timers (a live-refresh timer of a window
    # left for the garbage collector would start work inside a later test, and the
    # collector would then delete the window under that work's feet).
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()
    pool.waitForDone(10_000)
    gc.collect()
    # What survived is moved out of the collector's sight: every later collection then
    # walks only the objects made since (the whole run's survivors made each of these
    # collections take ~3 s by the end of the suite).
    gc.freeze()
    QApplication.processEvents()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = Database(path)
    with db.session() as session:
        create_demo(session, db.stamp(), DEMO_VISITORS)
    db.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    db = Database(path)
    yield db
    db.dispose()


@pytest.fixture
def answer_dialog() -> Callable[..., list[str]]:
    """Answer the next modal dialog: click the button whose text contains `button`.

    Returns a list that receives the dialog's text, so a test can assert what the
    user was told.
    """

    def arm(button: str, delay_ms: int = 50) -> list[str]:
        seen: list[str] = []

        def click() -> None:
            widget = QApplication.activeModalWidget()
            if widget is None:
                QTimer.singleShot(delay_ms, click)
                return
            if isinstance(widget, QMessageBox):
                seen.append(widget.text() + "\n" + widget.informativeText())
                for candidate in widget.buttons():
                    if button.lower() in candidate.text().lower():
                        candidate.click()
                        return
            if isinstance(widget, QDialog):
                seen.append(widget.windowTitle())
                widget.reject()

        QTimer.singleShot(delay_ms, click)
        return seen

    return arm


def visible_text(widget: QWidget) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())
