"""The window follows the pavilion live: another laptop's change, announced by the hub,
reaches the dashboard and the sync pill within seconds (not at the next poll); when
the hub goes away the pill says offline, and when it comes back the laptop catches up
by itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from staff_helpers import signed_in

from booth_app.core.sync.hub import hub_round
from booth_app.storage.database import Database
from booth_app.storage.models import Visitor
from booth_app.ui import settings
from booth_app.ui.dashboard.page import DashboardPage
from booth_app.ui.main_window import MainWindow
from booth_app.ui.sync import hub as hub_module
from booth_app.ui.sync.hub import HubSync
from tests.conftest import Restartable
from tests.core.sync.test_sync import join, walk_in


def visitors_on(db: Database) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Visitor)
                                  .where(Visitor.deleted.is_(False))) or 0)


def finish(qtbot: QtBot, sync: HubSync) -> None:
    sync.stop()
    qtbot.waitUntil(lambda: not sync.running, timeout=20_000)
    sync._close()


def test_another_laptops_walk_in_reaches_the_dashboard_as_the_hub_announces_it(
        qtbot: QtBot, demo_db: Database, tmp_path: Path, migrated_template: Path,
        pg_fresh_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hub_module, "ROUND_EVERY_MS", 600_000)  # no poll within the test
    settings.HUB_URL.set(pg_fresh_url)
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.staff_session.sign_in(signed_in(demo_db))
    win.refresh_timer.stop()  # only the hub's news may refresh the dashboard here
    win.sidebar.setCurrentRow(0)
    dashboard = win.pages[0]
    assert isinstance(dashboard, DashboardPage)
    sync = win.hub_sync
    try:
        qtbot.waitUntil(lambda: sync.kind == "synced" and sync.listening, timeout=60_000)
        other = join(demo_db, tmp_path, migrated_template, "b")
        hub_round(other, pg_fresh_url)
        shown = visitors_on(demo_db)
        qtbot.waitUntil(lambda: dashboard.tiles["visitors_registered"].value.text()
                        == f"{shown:,}", timeout=10_000)

        walk_in(other, "Eka Putri", "eka@example.id")
        assert hub_round(other, pg_fresh_url).pushed == 1
        # Within seconds (10 allowed for a loaded test machine); the poll is 10 minutes.
        qtbot.waitUntil(lambda: dashboard.tiles["visitors_registered"].value.text()
                        == f"{shown + 1:,}", timeout=10_000)
        assert re.search(r"Synced .* ↓[1-9]", win.sync_pill.text()), win.sync_pill.text()
        other.dispose()
    finally:
        finish(qtbot, sync)


@pytest.mark.slow
def test_the_pill_says_offline_while_the_hub_is_away_and_the_laptop_catches_up_after(
        qtbot: QtBot, demo_db: Database, hub_cluster: Restartable,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hub_module, "ROUND_EVERY_MS", 3_000)  # the retry while away
    url = hub_cluster.create_database("pavilion")
    settings.HUB_URL.set(url)
    sync = HubSync(demo_db)
    try:
        qtbot.waitUntil(lambda: sync.kind == "synced" and sync.listening, timeout=60_000)
        hub_cluster.halt()
        # The listen link drops: a round at once, and the pill says so.
        qtbot.waitUntil(lambda: sync.kind == "offline", timeout=10_000)
        assert "Offline since" in sync.text
        walk_in(demo_db, "Fajar Nugroho", "fajar@example.id")  # committed here meanwhile
        qtbot.waitUntil(lambda: "changes waiting" in sync.text, timeout=10_000)

        hub_cluster.resume()
        qtbot.waitUntil(lambda: sync.kind == "synced", timeout=20_000)
        hub = Database(url)
        try:
            assert visitors_on(hub) == visitors_on(demo_db)
        finally:
            hub.dispose()
        qtbot.waitUntil(lambda: sync.listening, timeout=10_000)
    finally:
        finish(qtbot, sync)
