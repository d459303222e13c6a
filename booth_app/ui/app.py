"""Starting the window: application object, database, first run, recovery from a bad file."""

from __future__ import annotations

import gc
import json
import logging
import os
import sys
import time

import psutil
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from booth_app import __version__, paths
from booth_app.core.events import current_event
from booth_app.storage.database import Database, DatabaseError, default_target
from booth_app.ui import settings
from booth_app.ui.errors import install_excepthook, setup_logging
from booth_app.ui.fonts import load_fonts
from booth_app.ui.language import apply_language

log = logging.getLogger(__name__)
_STARTED = time.perf_counter()

# translate("Context", "text"): the form lupdate reads, with the context named.
translate = QCoreApplication.translate


def make_app() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    load_fonts()
    apply_language()  # Settings, then BOOTH_LANG, then the system's language
    app.setApplicationName("Booth")
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationVersion(__version__)
    icon = paths.resource_path("icons", "booth.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    font = app.font()
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
    style = paths.resource_path("styles", "booth.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def open_database(target: str | None, parent: QWidget | None = None) -> Database | None:
    """Open the database; on a bad file, say why and offer a way out (None: user quit)."""
    while True:
        try:
            return Database(target)
        except DatabaseError as exc:
            log.warning("cannot open %s: %s", target, exc)
            choice = _ask_recovery(parent, str(exc))
            if choice == "demo":
                from booth_app.core.demo.pavilion import demo_target, ensure_demo

                target = demo_target()
                ensure_demo(target)
            elif choice == "other":
                chosen, _ = QFileDialog.getOpenFileName(
                    parent, translate("App", "Open a Booth database"), str(paths.data_dir()),
                    translate("App", "Booth databases (*.sqlite *.db);;All files (*)"))
                if not chosen:
                    continue
                target = chosen
            elif choice == "new":
                chosen, _ = QFileDialog.getSaveFileName(
                    parent, translate("App", "New Booth database"),
                    str(paths.data_dir() / "booth-new.sqlite"),
                    translate("App", "Booth databases (*.sqlite)"))
                if not chosen:
                    continue
                target = chosen
            else:
                return None


def _ask_recovery(parent: QWidget | None, message: str) -> str:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("App", "Booth cannot open the database"))
    box.setText(message)
    box.setInformativeText(translate(
        "App", "Nothing was changed in that file. What would you like to do?"))
    accept, reject = QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.RejectRole
    other = box.addButton(translate("App", "Open another file…"), accept)
    new = box.addButton(translate("App", "Start a new database…"), accept)
    demo = box.addButton(translate("App", "Open the demo pavilion"), accept)
    box.addButton(translate("App", "Quit"), reject)
    box.exec()
    clicked = box.clickedButton()
    return {id(other): "other", id(new): "new", id(demo): "demo"}.get(id(clicked), "quit")


def _prepare(db: Database) -> Database | None:
    """First run: a database with no event asks to create one or open the demo."""
    with db.reader() as session:
        if current_event(session) is not None:
            return db
    from booth_app.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(db)
    if not dialog.exec():
        return None
    return dialog.database


def run_gui(target: str | None = None) -> int:
    setup_logging()
    app = make_app()
    install_excepthook()
    target = target or default_target()
    db = open_database(target)
    if db is None:
        return 1
    db = _prepare(db)
    if db is None:
        return 1
    settings.LAST_DATABASE.set(db.describe())
    from booth_app.ui.main_window import MainWindow

    window = MainWindow(db)
    window.show()
    QTimer.singleShot(0, settle_heap)
    if os.environ.get("BOOTH_BENCH_READY"):
        QTimer.singleShot(0, lambda: _report_ready(window))
    log.info("window shown in %.3f s on %s", time.perf_counter() - _STARTED, db.describe())
    return app.exec()


def settle_heap() -> None:
    """Once the window is up, move what start-up built (Qt wrappers, SQLAlchemy's
    mappers, the country tables...) out of the garbage collector's way: a full
    collection then walks only what the show creates, so it never stalls a scan."""
    gc.collect()
    gc.freeze()


def _report_ready(window: QWidget) -> None:
    """Benchmark hook: once the window is up, print start-up figures and quit."""
    QApplication.processEvents()
    rss = psutil.Process().memory_info().rss / 2**20
    visitors = getattr(window, "visitor_total", lambda: -1)()
    payload = {"rss_mb": round(rss, 1), "visitors": visitors,
               "in_process_s": round(time.perf_counter() - _STARTED, 3)}
    print("BOOTH_READY " + json.dumps(payload), flush=True)
    QApplication.quit()


def selftest(target: str | None) -> int:
    """Open the database and the main window offscreen; 0 when both work."""
    app = make_app()
    try:
        db = Database(target or default_target())
    except DatabaseError as exc:
        print(f"booth selftest: {exc}", file=sys.stderr)
        return 2
    from booth_app.ui.main_window import MainWindow

    errors: list[BaseException] = []
    previous = sys.excepthook
    sys.excepthook = lambda kind, exc, tb: errors.append(exc)
    try:
        window = MainWindow(db)
        window.show()
        for page in range(len(window.pages)):
            window.sidebar.setCurrentRow(page)
            app.processEvents()
        ok = window.isVisible() and not errors
        window.close()
    finally:
        sys.excepthook = previous
        db.dispose()
    problem = f"{type(errors[0]).__name__}: {errors[0]}" if errors else "window did not show"
    print(f"booth selftest: {'ok' if ok else problem} ({db.describe()})")
    return 0 if ok else 1


def main() -> int:
    """Entry point of the `booth-gui` launcher."""
    return run_gui(None)
