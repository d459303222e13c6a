"""Errors never pass silently: logged to a rotating file and shown in a dialog."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from booth_app import paths
from booth_app.core.errors import BoothError

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
        QMessageBox.warning(parent, translate("Booth", "Booth"), str(exc))
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
