"""Errors never pass silently: logged to a rotating file and shown in a dialog."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from booth_app import paths
from booth_app.core.errors import BoothError
from booth_app.storage.backup import backups_dir
from booth_app.storage.database import damaged_message
from booth_app.ui.language import error_text

log = logging.getLogger("booth")


def setup_logging() -> str:
    """Log to booth.log in the user's log folder (1 MB x 5 files); returns the path."""
    path = paths.log_dir() / "booth.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return str(path)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A user's mistake gets its message; anything else gets an apology and the details."""
    translate = QCoreApplication.translate  # lupdate reads translate("Context", ...)
    if isinstance(exc, BoothError):
        QMessageBox.warning(parent, translate("Booth", "Booth"), error_text(exc))
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Booth", "Something went wrong"))
    box.setText(translate("Booth", "Booth hit an unexpected error. Your saved data is safe.\n"
                   "The details were written to the log file."))
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


def install_excepthook() -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, exc, tb))
        on_gui_thread = threading.current_thread() is threading.main_thread()
        if QApplication.instance() is not None and on_gui_thread:
            show_error(QApplication.activeWindow(), exc.with_traceback(tb))
        else:
            sys.__excepthook__(kind, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.error("uncaught exception in thread %s", args.thread,
                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    sys.excepthook = hook
    threading.excepthook = thread_hook


def report_damage(parent: QWidget, path: Path | None, problem: str) -> None:
    """The integrity check found damage: stop scanning, open the backups folder."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("MainWindow", "The database is damaged"))
    box.setText(damaged_message(path, problem) if path else problem)
    box.setInformativeText(translate(
        "MainWindow",
        "Stop scanning on this laptop. Copy the latest file from the backups folder, "
        "then open that copy (booth --db FILE)."))
    open_folder = box.addButton(translate("MainWindow", "Open backups folder"),
                                QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_result: int) -> None:
        # The window may have closed (and taken the box with it) while the box was open.
        if not isValid(box):
            return
        if box.clickedButton() is open_folder and path is not None:
            folder = backups_dir(path)
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # Shown without a nested event loop: the check's answer arrives from a worker at any
    # moment, and a box that blocked its caller held up whatever delivered it.
    box.finished.connect(answered)
    box.open()
