"""Load the bundled fonts into Qt and make them the application's font chain.

Without this, a fresh laptop shows Chinese names as empty boxes: Qt only falls
back to whatever the system has. The application font becomes Noto Sans with
the Arabic, Devanagari and Chinese families behind it; Qt picks, character by
character, the first family in that list that has the glyph.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from booth_app.fonts import BUNDLED_FONTS, UI_FAMILIES

log = logging.getLogger(__name__)

_font_ids: dict[Path, int] = {}


def _add(path: Path) -> list[str]:
    """Add one file to the application font database once; its families ([] on failure)."""
    font_id = _font_ids.get(path)
    if font_id is not None:
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families:
            return families
        del _font_ids[path]  # gone (a new QGuiApplication): add it again
    if not path.is_file():
        log.warning("bundled font missing: %s", path)
        return []
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("Qt could not load the bundled font %s", path)
        return []
    _font_ids[path] = font_id
    return QFontDatabase.applicationFontFamilies(font_id)


def load_fonts() -> list[str]:
    """Add every bundled font (once; calling again is harmless) and set the application
    font to Noto Sans with the other bundled families as fallbacks, keeping its size.

    Returns the families loaded. A missing or broken file is logged and skipped.
    Needs a QGuiApplication (or QApplication) to exist.
    """
    loaded: list[str] = []
    for font in BUNDLED_FONTS:
        for family in _add(font.path):
            if family not in loaded:
                loaded.append(family)
    chain = [family for family in UI_FAMILIES if family in loaded]
    chain += [family for family in loaded if family not in chain]
    app = QCoreApplication.instance()
    if chain and isinstance(app, QGuiApplication):
        font = QGuiApplication.font()  # a copy: point size, weight and strategy stay
        font.setFamilies(chain)
        if isinstance(app, QApplication):
            QApplication.setFont(font)  # also reaches widgets that already exist
        else:
            QGuiApplication.setFont(font)
    log.debug("bundled fonts loaded: %s", ", ".join(loaded) or "none")
    return loaded
