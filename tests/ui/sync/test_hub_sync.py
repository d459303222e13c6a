"""The window's hub sync: rounds in the background and the top strip's pill."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import Visitor
from booth_app.ui import settings
from booth_app.ui.sync.hub import HubSync


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def make_hub(qtbot: QtBot, demo_db: Database) -> Iterator[Callable[[], HubSync]]:
    """HubSync objects that stop, and finish their round, before the database closes."""
    made: list[HubSync] = []

    def make() -> HubSync:
        hub = HubSync(demo_db)
        made.append(hub)
        return hub

    yield make
    for hub in made:
        hub.stop()
        qtbot.waitUntil(lambda hub=hub: not hub.running, timeout=20_000)  # type: ignore[misc]
        hub._close()


def test_without_a_hub_the_pill_says_saved_locally(make_hub: Callable[[], HubSync]) -> None:
    hub = make_hub()
    hub.sync_now()
    assert hub.kind == "local" and "Saved locally" in hub.text


def test_an_unreachable_hub_says_offline_and_what_waits(
        qtbot: QtBot, demo_db: Database, make_hub: Callable[[], HubSync]) -> None:
    settings.HUB_URL.set(f"postgresql+psycopg://booth:x@127.0.0.1:{closed_port()}/booth")
    hub = make_hub()
    with demo_db.session() as session:
        add_visitor(session, VisitorFields.parse(name="Walk-in while offline"))
    hub.sync_now()
    qtbot.waitUntil(lambda: hub.kind == "offline", timeout=15_000)
    assert "Offline since" in hub.text and "changes waiting" in hub.text


def test_a_reachable_hub_syncs_and_the_pill_says_so(qtbot: QtBot, demo_db: Database,
                                                    pg_fresh_url: str,
                                                    make_hub: Callable[[], HubSync]) -> None:
    settings.HUB_URL.set(pg_fresh_url)
    hub = make_hub()
    hub.sync_now()
    qtbot.waitUntil(lambda: hub.kind in ("synced", "offline"), timeout=60_000)
    assert hub.kind == "synced", hub.text
    assert "Synced" in hub.text and "↑" in hub.text  # the demo went up to the hub
    hub_db = Database(pg_fresh_url)
    try:
        with hub_db.reader() as session, demo_db.reader() as here:
            count = select(func.count()).select_from(Visitor)
            assert session.scalar(count) == here.scalar(count)
    finally:
        hub_db.dispose()
