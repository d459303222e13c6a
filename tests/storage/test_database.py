"""The database's own identity: the laptop's device row."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from booth_app.storage.database import Database


def test_a_new_laptops_own_device_row_has_a_real_stamp(tmp_path: Path) -> None:
    """A zero stamp sorted before every change and lowered the sync cursors of each
    laptop that received the device row, so their next export sent everything."""
    from booth_app.storage.clock import parse_stamp
    from booth_app.storage.models import Device

    before = time.time_ns() // 1_000_000
    db = Database(tmp_path / "laptop.sqlite")
    try:
        with db.reader() as session:
            device = session.get(Device, db.device_id)
            assert device is not None
            ms, _counter = parse_stamp(device.hlc)
        assert ms >= before
        assert db.clock.tick() > device.hlc  # the laptop's next change sorts after it
    finally:
        db.dispose()


def test_a_locked_file_is_not_reported_as_damaged(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A writer holding the file past the check's wait is no damage (the window would
    otherwise stop the laptop with a "database damaged" box)."""
    import sqlite3

    from booth_app.storage import database

    path = tmp_path / "busy.sqlite"
    Database(path).dispose()

    class Locked:
        def execute(self, _sql: str) -> None:
            raise sqlite3.OperationalError("database is locked")

        def close(self) -> None:
            pass

    monkeypatch.setattr(database.sqlite3, "connect", lambda *a, **k: Locked())
    assert database.integrity_problem(path) is None
