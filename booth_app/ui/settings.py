"""This laptop's settings, declared once with their types and defaults (QSettings)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")
ORGANIZATION, APPLICATION = "Booth", "Booth"


def qsettings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


class Option(Generic[T]):
    def __init__(self, key: str, default: T) -> None:
        self.key, self.default = key, default

    def get(self) -> T:
        raw: Any = qsettings().value(self.key, self.default)
        kind = type(self.default)
        if kind is bool and isinstance(raw, str):
            return raw.lower() in ("1", "true", "yes")  # type: ignore[return-value]
        try:
            return kind(raw)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T) -> None:
        store = qsettings()
        store.setValue(self.key, value)
        store.sync()


LAST_DATABASE = Option("database/last", "")
CHECKIN_POINT = Option("station/checkin_point", "")
CHECKIN_DIRECTION = Option("station/checkin_direction", "in")  # "out" at an exit station
BOOTH_EXHIBITOR = Option("station/exhibitor", "")
DEFAULT_PRINTER = Option("printing/printer", "")
BADGE_LAYOUT = Option("printing/layout", "cr80")
SOUNDS = Option("station/sounds", True)
LANGUAGE = Option("ui/language", "")  # "": BOOTH_LANG, else the system's (ui/language.py)
HUB_URL = Option("sync/hub_url", "")
BACKUP_FOLDER = Option("backup/folder", "")
BACKUP_MINUTES = Option("backup/minutes", 10)
AUTO_LOCK_MINUTES = Option("station/auto_lock_minutes", 5)
CURRENT_PAGE = Option("ui/page", 0)
GEOMETRY = Option("ui/geometry", b"")
