"""The hub tells laptops that something changed (LISTEN/NOTIFY), and laptops that keep
syncing (core.sync.watch) see each other's work within seconds, keep working while the
hub is away and catch up by themselves when it comes back."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from booth_app.core.sync.hub import hub_round
from booth_app.core.sync.notify import CONNECTED, NOTIFY, HubListener
from booth_app.core.sync.watch import LOCAL, POLL, Watch, WatchRound, event_id_of
from booth_app.storage.database import Database
from booth_app.storage.models import Checkin, Visitor
from tests.conftest import Restartable
from tests.core.sync.test_sync import count, join, scan_in, walk_in


def wait_for(check: Callable[[], bool], seconds: float) -> bool:
    """True as soon as `check()` holds; False when `seconds` passed without it."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return check()


def has_visitor(db: Database, visitor_id: str) -> bool:
    with db.reader() as session:
        return session.scalar(select(Visitor.id).where(Visitor.id == visitor_id)) is not None


class Watching:
    """A laptop running Watch on a thread of its own, its rounds kept for the test."""

    def __init__(self, db: Database, url: str, **options: float) -> None:
        self.watch = Watch(db, url, **options)
        self.rounds: list[WatchRound] = []
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.watch.run(self.rounds.append, stop=self.stopped.is_set)
        finally:
            self.watch.close()

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join(timeout=30)
        assert not self.thread.is_alive()


def settled(one: Watching) -> bool:
    """Listening, with the catch-up round after connecting done."""
    return any(r.reason == CONNECTED for r in one.rounds) and one.watch.nudges.listening


@pytest.fixture
def two_laptops(event_db: Database, tmp_path: Path,
                migrated_template: Path) -> Iterator[tuple[Database, Database]]:
    other = join(event_db, tmp_path, migrated_template, "b")
    yield event_db, other
    other.dispose()


@pytest.fixture
def watching() -> Iterator[Callable[..., Watching]]:
    made: list[Watching] = []

    def start(db: Database, url: str, **options: float) -> Watching:
        made.append(Watching(db, url, **options))
        return made[-1]

    yield start
    for one in made:
        one.stop()


def test_a_push_is_announced_to_the_other_laptops_not_to_the_one_that_pushed(
        two_laptops: tuple[Database, Database], pg_fresh_url: str) -> None:
    a, b = two_laptops
    hub_round(a, pg_fresh_url)
    hub_round(b, pg_fresh_url)
    event_id = event_id_of(a)
    assert event_id is not None
    at_a = HubListener(pg_fresh_url, event_id, a.device_id)
    at_b = HubListener(pg_fresh_url, event_id, b.device_id)
    try:
        assert at_a.wait(5) == CONNECTED and at_b.wait(5) == CONNECTED
        walk_in(a, "Budi Hartono", "budi@example.id")
        assert hub_round(a, pg_fresh_url).pushed == 1
        assert at_b.wait(5) == NOTIFY
        assert at_a.wait(0.3) is None  # its own push is no news to A
        assert hub_round(b, pg_fresh_url).pulled == 1
        assert at_b.wait(0.3) is None  # pulling announces nothing
    finally:
        at_a.close()
        at_b.close()


def test_a_watching_laptop_gets_another_laptops_walk_in_without_waiting_for_the_poll(
        two_laptops: tuple[Database, Database], pg_fresh_url: str,
        watching: Callable[..., Watching]) -> None:
    a, b = two_laptops
    hub_round(a, pg_fresh_url)
    # B polls only every two minutes: only the hub's notice can bring Budi in time.
    at_b = watching(b, pg_fresh_url, poll_s=120)
    assert wait_for(lambda: settled(at_b), 30)
    budi = walk_in(a, "Budi Hartono", "budi@example.id")
    hub_round(a, pg_fresh_url)
    # Within seconds (30 allowed for a loaded CI machine), far before the poll.
    assert wait_for(lambda: has_visitor(b, budi), 30), [r.as_dict() for r in at_b.rounds]
    # B's file may have Budi before B's thread has noted the round: wait for the note.
    assert wait_for(lambda: any(r.reason in (NOTIFY, LOCAL) and r.result and r.result.pulled
                                for r in at_b.rounds), 30)


def test_a_watching_laptop_sends_its_own_scans_at_once(
        two_laptops: tuple[Database, Database], pg_fresh_url: str,
        watching: Callable[..., Watching]) -> None:
    a, b = two_laptops
    hub_round(a, pg_fresh_url)
    hub_round(b, pg_fresh_url)
    at_a = watching(a, pg_fresh_url, poll_s=120)
    at_b = watching(b, pg_fresh_url, poll_s=120)
    assert wait_for(lambda: settled(at_a) and settled(at_b), 30)
    citra = walk_in(a, "Citra Dewi", "citra@example.id")
    assert wait_for(lambda: has_visitor(b, citra), 30)
    # Whatever round carried it (a change here, or a notice from B's rounds), no poll did.
    # (B may have it before A's thread has noted its round: wait for the note.)
    assert wait_for(lambda: any(r.result and r.result.pushed for r in at_a.rounds), 30)
    assert all(r.reason != POLL for r in at_a.rounds + at_b.rounds)


# -- the hub going away and coming back ---------------------------------------------------


@pytest.mark.slow
def test_laptops_keep_working_while_the_hub_is_away_and_catch_up_when_it_returns(
        two_laptops: tuple[Database, Database], hub_cluster: Restartable,
        watching: Callable[..., Watching]) -> None:
    a, b = two_laptops
    url = hub_cluster.create_database("pavilion")
    hub_round(a, url)
    hub_round(b, url)
    # Polling every 3 s: the retry while the hub is away.
    at_a = watching(a, url, poll_s=3, max_backoff_s=2, timeout_s=2)
    at_b = watching(b, url, poll_s=3, max_backoff_s=2, timeout_s=2)
    assert wait_for(lambda: at_a.watch.nudges.listening and at_b.watch.nudges.listening, 10)

    hub_cluster.halt()
    # Both laptops keep registering and scanning; every scan is committed here.
    ani = walk_in(a, "Ani Wijaya", "ani@example.id")
    bayu = walk_in(b, "Bayu Pratama", "bayu@example.id")
    assert scan_in(a, ani) and scan_in(b, bayu)
    assert count(a, Checkin) == 1 and count(b, Checkin) == 1
    # ...and their rounds say the hub is away (the window's pill reads this as offline).
    assert wait_for(lambda: any(r.error for r in at_a.rounds[-3:]), 15)
    assert wait_for(lambda: not at_b.watch.nudges.listening, 15)
    assert not has_visitor(b, ani) and not has_visitor(a, bayu)

    hub_cluster.resume()
    back = time.monotonic()
    # Nobody runs a round by hand: the listeners reconnect, the rounds retry.
    assert wait_for(lambda: has_visitor(b, ani) and has_visitor(a, bayu), 20), (
        [r.as_dict() for r in at_a.rounds[-5:]], [r.as_dict() for r in at_b.rounds[-5:]])
    assert time.monotonic() - back < 20
    assert wait_for(lambda: count(a, Checkin) == 2 and count(b, Checkin) == 2, 10)
    assert wait_for(lambda: at_a.watch.nudges.listening and at_b.watch.nudges.listening, 10)
    # ...and their rounds go through again (the pill's "Synced").
    assert wait_for(lambda: at_a.rounds[-1].result is not None
                    and at_b.rounds[-1].result is not None, 10)
