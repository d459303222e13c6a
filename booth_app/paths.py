"""Where bundled files live, the same way in a checkout, an installed venv and the frozen app."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "Booth"


def bundle_root() -> Path:
    """The folder holding `resources/` and `db/` (PyInstaller unpacks them into _MEIPASS)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    return bundle_root() / "db"


def data_dir() -> Path:
    """Per-user folder for the database, backups and logs."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
