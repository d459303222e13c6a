"""The database's own identity: the laptop's device row."""

from __future__ import annotations

import time
from pathlib import Path

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
