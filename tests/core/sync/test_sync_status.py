"""Which laptops have synced when, and what is unsent: three laptops exchanging bundles,
and the same laptops with a real PostgreSQL hub."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.core.sync.bundle import export_changes
from booth_app.core.sync.hub import HubSession, HubUnavailable, hub_round
from booth_app.core.sync.status import HUB_LAST_KEY, Laptop, SyncStatus, sync_status
from booth_app.storage.database import Database
from booth_app.storage.ids import utcnow
from booth_app.storage.models import Meta
from tests.core.sync.test_sync import join, send, walk_in


@pytest.fixture
def laptops(event_db: Database, tmp_path: Path,
            migrated_template: Path) -> Iterator[list[Database]]:
    """A (the coordinator's desk), B and C joined from its setup bundle, each named."""
    with event_db.session() as session:
        add_exhibitor(session, code="MEDI", name="PT Medika")
    event_db.set_device_name("Coordinator")
    others = [join(event_db, tmp_path, migrated_template, name) for name in ("b", "c")]
    others[0].set_device_name("Entrance")
    others[1].set_device_name("Booth Medika")
    yield [event_db, *others]
    for laptop in others:
        laptop.dispose()


def by_name(status: SyncStatus) -> dict[str, Laptop]:
    return {laptop.name: laptop for laptop in status.laptops}


def test_laptops_say_when_their_changes_arrived_and_by_which_way(
        laptops: list[Database], tmp_path: Path) -> None:
    a, b, c = laptops
    before = utcnow()
    walk_in(b, "Budi", "budi@example.id")
    send(b, a, tmp_path)
    status = sync_status(a)
    seen = by_name(status)
    assert status.laptops[0].this and status.laptops[0].name == "Coordinator"
    entrance = seen["Entrance"]
    assert entrance.via == "bundle" and not entrance.this
    assert entrance.reached_at is not None and before <= entrance.reached_at <= utcnow()
    # B's newest change here is Budi's registration (B's own clock), not the import time.
    assert entrance.newest_change is not None
    assert before - timedelta(seconds=1) <= entrance.newest_change <= entrance.reached_at
    # C never sent anything here: A does not even know its name yet.
    assert "Booth Medika" not in seen

    # C's changes relayed by B still count as C's: they reached A, through B's bundle.
    walk_in(c, "Citra", "citra@example.id")
    send(c, b, tmp_path)
    first_arrival = entrance.reached_at
    send(b, a, tmp_path)
    seen = by_name(sync_status(a))
    assert seen["Booth Medika"].via == "bundle"
    assert seen["Booth Medika"].reached_at is not None
    # Nothing new of B's was in that bundle: B's arrival time stays where it was.
    assert seen["Entrance"].reached_at == first_arrival


def test_unsent_is_what_the_next_bundle_carries(laptops: list[Database], tmp_path: Path) -> None:
    a = laptops[0]
    export_changes(a, tmp_path / "first.bundle", destination="USB stick")
    (stick,) = [box for box in sync_status(a).outboxes if box.destination == "USB stick"]
    assert stick.kind == "bundle" and stick.unsent == 0
    assert stick.sent_until is not None
    for name in ("Dewi", "Eka", "Fajar"):
        walk_in(a, name, f"{name.lower()}@example.id")
    (stick,) = [box for box in sync_status(a).outboxes if box.destination == "USB stick"]
    assert stick.unsent >= 3
    written = export_changes(a, tmp_path / "second.bundle", destination="USB stick")
    assert written["rows"] == stick.unsent
    (stick,) = [box for box in sync_status(a).outboxes if box.destination == "USB stick"]
    assert stick.unsent == 0


def test_a_long_folder_is_shown_by_its_path_not_a_hash(laptops: list[Database],
                                                      tmp_path: Path) -> None:
    a = laptops[0]
    folder = tmp_path / "KINGSTON USB" / "Arab Health 2027" / "bundles for the hall B laptops"
    folder.mkdir(parents=True)
    export_changes(a, folder / "a.bundle")  # the cursor is kept for the bundle's folder
    walk_in(a, "Dewi", "dewi@example.id")
    (box,) = [box for box in sync_status(a).outboxes if box.destination == str(folder)]
    assert box.kind == "bundle" and box.unsent >= 1
    assert not any(box.destination.startswith("…") for box in sync_status(a).outboxes)


def test_a_hub_never_reached_counts_everything_as_waiting(laptops: list[Database]) -> None:
    a = laptops[0]
    url = "postgresql+psycopg://booth:secret@192.168.1.10/booth"
    status = sync_status(a, hub_url=url)
    (hub,) = [box for box in status.outboxes if box.kind == "hub"]
    assert hub.destination == "postgresql+psycopg://booth:***@192.168.1.10/booth"
    assert hub.unsent > 0 and hub.sent_until is None
    assert status.hub_round is None
    assert "secret" not in str(status.as_dict())


# -- with a real hub ------------------------------------------------------------------------


def test_hub_rounds_are_kept_and_the_hub_itself_knows_every_laptop(
        laptops: list[Database], pg_fresh_url: str) -> None:
    a, b, _c = laptops
    walk_in(b, "Gita", "gita@example.id")
    pushed = hub_round(b, pg_fresh_url).pushed
    hub_round(a, pg_fresh_url)
    status = sync_status(a, hub_url=pg_fresh_url)
    assert status.hub_round is not None and status.hub_round.ok
    assert status.hub_round.pulled > 0
    seen = by_name(status)
    assert seen["Entrance"].via == "hub"
    assert [laptop.role for laptop in status.laptops].count("hub") == 1  # the hub's own id
    (hub,) = [box for box in status.outboxes if box.kind == "hub"]
    assert hub.unsent == 0

    walk_in(a, "Hadi", "hadi@example.id")
    (hub,) = [box for box in sync_status(a, hub_url=pg_fresh_url).outboxes if box.kind == "hub"]
    assert hub.unsent >= 1

    # Asked on the hub: when each laptop's changes arrived there, and what each has yet
    # to pull (A has pulled everything; B has not had A's device row and the event yet).
    server = Database(pg_fresh_url)
    try:
        there = sync_status(server)
        hub_seen = by_name(there)
        assert hub_seen["Entrance"].via == "hub"
        assert hub_seen["Coordinator"].via == "hub"
        to_pull = {box.destination: box.unsent for box in there.outboxes
                   if box.kind == "laptop"}
        assert to_pull["Coordinator"] == 0
        assert to_pull["Entrance"] > 0
    finally:
        server.dispose()
    assert pushed > 0


def test_idle_rounds_do_not_write_the_laptop_file_each_time(laptops: list[Database],
                                                            pg_fresh_url: str) -> None:
    a = laptops[0]
    session = HubSession(a, pg_fresh_url)
    try:
        session.round()
        with a.engine.connect() as conn:
            kept = conn.execute(select(Meta.value).where(Meta.key == HUB_LAST_KEY)).scalar()
        for _ in range(3):
            assert session.round().as_dict() == {"pushed": 0, "pulled": 0, "merged": 0}
        with a.engine.connect() as conn:
            assert conn.execute(select(Meta.value).where(Meta.key == HUB_LAST_KEY)
                                ).scalar() == kept
        walk_in(a, "Indah", "indah@example.id")
        assert session.round().pushed == 1
        last = sync_status(a).hub_round
        assert last is not None and last.ok and last.pushed == 1
    finally:
        session.close()


def test_a_failed_round_is_kept_with_its_reason(laptops: list[Database]) -> None:
    a = laptops[0]
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql+psycopg://booth:pw@127.0.0.1:{port}/booth"
    with pytest.raises(HubUnavailable):
        hub_round(a, url, timeout_s=2)
    last = sync_status(a).hub_round
    assert last is not None and not last.ok
    assert "not reachable" in last.error
    assert last.hub == f"postgresql+psycopg://booth:***@127.0.0.1:{port}/booth"
