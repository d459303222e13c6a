"""Consistent copies of a SQLite database, taken while it is in use."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy `source` to `dest` with SQLite's online backup API (safe while others write)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()
    tmp.replace(dest)
    return dest


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def rolling_backup(
    db_path: Path, *, keep: int = 12, folder: Path | None = None, reason: str = "auto"
) -> Path:
    """A timestamped copy in the backups folder; only the newest `keep` of that reason stay."""
    folder = folder or backups_dir(db_path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    dest = backup_sqlite(db_path, folder / f"{db_path.stem}-{reason}-{stamp}.sqlite")
    old = sorted(folder.glob(f"{db_path.stem}-{reason}-*.sqlite"))
    for stale in old[:-keep] if keep > 0 else []:
        stale.unlink(missing_ok=True)
    return dest
