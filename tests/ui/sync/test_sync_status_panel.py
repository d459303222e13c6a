"""Laptops and sync in the window: the dialog behind the sync pill and Settings' button."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from booth_app.core.sync.bundle import export_changes, export_setup, import_changes, import_setup
from booth_app.core.sync.status import record_hub_round
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.ui import settings
from booth_app.ui.main_window import MainWindow
from booth_app.ui.settings_page import SettingsPage
from booth_app.ui.sync.status_panel import SyncStatusDialog, SyncStatusPanel

PASS = "pavilion passphrase"


def cells(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else ""
             for c in range(table.columnCount())] for r in range(table.rowCount())]


@pytest.fixture
def entrance(demo_db: Database, tmp_path: Path) -> Iterator[Database]:
    """A second laptop, "Entrance 2", joined from the demo's setup, that sent one bundle."""
    laptop = Database(tmp_path / "entrance.sqlite")
    laptop.set_device_name("Entrance 2")
    export_setup(demo_db, tmp_path / "setup.bundle", passphrase=PASS)
    import_setup(laptop, tmp_path / "setup.bundle", passphrase=PASS)
    with laptop.session() as session:
        add_visitor(session, VisitorFields(name="Walk-in at the entrance", email="w@example.id"))
    export_changes(laptop, tmp_path / "to-desk.bundle", destination="desk")
    import_changes(demo_db, tmp_path / "to-desk.bundle")
    yield laptop
    laptop.dispose()


def wait_loaded(qtbot: QtBot, panel: SyncStatusPanel) -> None:
    qtbot.waitUntil(lambda: panel.reading is not None and not panel.loading, timeout=15_000)


def test_the_panel_lists_laptops_with_times_and_unsent_counts(
        qtbot: QtBot, demo_db: Database, entrance: Database, tmp_path: Path) -> None:
    export_changes(demo_db, tmp_path / "stick.bundle", destination="USB stick")
    for name in ("Late One", "Late Two"):
        with demo_db.session() as session:
            add_visitor(session, VisitorFields(name=name))
    record_hub_round(demo_db, hub="postgresql+psycopg://booth:***@10.0.0.5/booth", ok=False,
                     error="The hub is not reachable: timeout")
    settings.HUB_URL.set("postgresql+psycopg://booth:secret@10.0.0.5/booth")

    dialog = SyncStatusDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_loaded(qtbot, dialog.panel)

    rows = cells(dialog.panel.laptops)
    names = [row[0] for row in rows]
    assert names[0] == f"{demo_db.device_name} (this laptop)"
    (entrance_row,) = [row for row in rows if row[0] == "Entrance 2"]
    assert "just now" in entrance_row[1]  # its bundle arrived a moment ago
    assert "Bundle" in entrance_row[2]
    assert entrance_row[3] != "—"  # its newest change here has a time

    unsent = {row[0]: row[1] for row in cells(dialog.panel.unsent)}
    stick = unsent["Bundles to USB stick"]
    assert stick.startswith("⚠") and int(stick.split()[-1].replace(",", "")) >= 2
    hub = unsent["Hub postgresql+psycopg://booth:***@10.0.0.5/booth"]
    assert int(hub.split()[-1].replace(",", "")) > 600  # never sent: the whole demo waits
    assert "secret" not in " ".join(unsent)
    assert "failed" in dialog.panel.hub_line.text()
    assert "not reachable" in dialog.panel.hub_line.text()

    # After the next export the stick has nothing waiting; Refresh shows it.
    export_changes(demo_db, tmp_path / "stick2.bundle", destination="USB stick")
    qtbot.mouseClick(dialog.panel.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.panel.loading, timeout=15_000)
    unsent = {row[0]: row[1] for row in cells(dialog.panel.unsent)}
    assert "none" in unsent["Bundles to USB stick"]


def test_a_long_bundle_folder_is_named_by_its_path(qtbot: QtBot, demo_db: Database,
                                                   tmp_path: Path) -> None:
    folder = tmp_path / "media" / "KINGSTON" / "Arab Health 2027" / "bundles for hall B"
    folder.mkdir(parents=True)
    export_changes(demo_db, folder / "desk.bundle")
    dialog = SyncStatusDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_loaded(qtbot, dialog.panel)
    table = dialog.panel.unsent
    (row,) = [r for r in range(table.rowCount()) if str(folder) in table.item(r, 0).text()]
    assert table.item(row, 0).toolTip() == str(folder)
    # Too long for the column, it loses its middle, not the folder's own name at the end.
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_clicking_the_sync_pill_opens_the_laptops(qtbot: QtBot, demo_db: Database,
                                                   entrance: Database) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.sync_pill, Qt.MouseButton.LeftButton)
    dialog = window.sync_status_dialog
    assert dialog.isVisible()
    wait_loaded(qtbot, dialog.panel)
    assert "Entrance 2" in [row[0] for row in cells(dialog.panel.laptops)]
    dialog.close()


def test_settings_opens_the_same_dialog_beside_the_hub_address(qtbot: QtBot,
                                                               demo_db: Database) -> None:
    page = SettingsPage(demo_db)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.sync_status_button, Qt.MouseButton.LeftButton)
    dialog = page.sync_status_dialog
    assert dialog.isVisible()
    wait_loaded(qtbot, dialog.panel)
    assert cells(dialog.panel.laptops)[0][0].endswith("(this laptop)")
    dialog.close()
