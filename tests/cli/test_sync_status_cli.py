"""`booth sync status`: which laptops synced when, what is unsent; for people and --json."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from booth_app.core.sync.bundle import export_changes, export_setup, import_changes, import_setup
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database

PASS = "pavilion passphrase"


def test_status_lists_the_laptops_and_what_waits(event_db: Database, booth: Callable[..., Any],
                                                 tmp_path: Path, migrated_template: Path) -> None:
    event_db.set_device_name("Coordinator")
    path = tmp_path / "b.sqlite"
    shutil.copyfile(migrated_template, path)
    b = Database(path)
    try:
        b.set_device_name("Booth Medika")
        export_setup(event_db, tmp_path / "setup.bundle", passphrase=PASS)
        import_setup(b, tmp_path / "setup.bundle", passphrase=PASS)
        with b.session() as session:
            add_visitor(session, VisitorFields(name="Siti Rahma", email="siti@example.id"))
        export_changes(b, tmp_path / "b.bundle", destination="desk")
        import_changes(event_db, tmp_path / "b.bundle")
    finally:
        b.dispose()
    export_changes(event_db, tmp_path / "x.bundle", destination="USB stick")
    with event_db.session() as session:
        add_visitor(session, VisitorFields(name="Budi Santoso"))
    db = str(event_db.path)
    event_db.dispose()

    done = booth("--db", db, "--json", "sync", "status")
    assert done.code == 0, done.err
    doc = done.doc
    names = {laptop["name"]: laptop for laptop in doc["laptops"]}
    assert names["Coordinator"]["this"] is True
    medika = names["Booth Medika"]
    assert medika["via"] == "bundle" and medika["reached_at"] and medika["newest_change"]
    (stick,) = [box for box in doc["unsent"] if box["destination"] == "USB stick"]
    assert stick["kind"] == "bundle" and stick["unsent"] >= 1
    assert doc["hub_round"] is None

    human = booth("--db", db, "sync", "status", "--hub",
                  "postgresql+psycopg://booth:secret@10.0.0.5/booth")
    assert human.code == 0, human.err
    lines = human.out.splitlines()
    assert any(line.strip().startswith("Booth Medika") and "by bundle" in line for line in lines)
    assert any("bundles to USB stick" in line and "changes" in line for line in lines)
    hub_line = next(line for line in lines if line.strip().startswith("hub "))
    assert "booth:***@10.0.0.5" in hub_line and "(nothing sent)" in hub_line
    assert "secret" not in human.out
    assert "Hub: no round yet." in lines
