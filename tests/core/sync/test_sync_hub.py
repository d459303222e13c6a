"""Three laptops and a real PostgreSQL hub: rounds in any order converge, a hub that
goes away mid-round leaves both sides intact, a hub of another event is refused."""

from __future__ import annotations

import contextlib
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import rule, run_state_machine_as_test
from sqlalchemy import select

from booth_app.core.errors import BoothError
from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.core.sync.cursors import get_meta
from booth_app.core.sync.hub import HubSession, HubUnavailable, hub_round
from booth_app.storage.database import Database
from booth_app.storage.models import Checkin, Lead, LeadInteraction, Visitor
from tests.conftest import make_event
from tests.core.sync.test_sync import (
    ThreeLaptops,
    capture,
    count,
    dump,
    full_round,
    join,
    scan_in,
    send,
    walk_in,
)


class Proxy:
    """A TCP relay to the server that can be cut like a pulled network cable."""

    def __init__(self, port: int) -> None:
        self.target = port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        self.open = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while self.open:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.open:
                client.close()
                return
            server = socket.create_connection(("127.0.0.1", self.target))
            self.sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        self.open = False
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() (Linux)
        self.listener.close()
        for s in self.sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()


def hub_dump(url: str) -> dict[str, list[tuple[Any, ...]]]:
    hub = Database(url)
    try:
        return dump(hub)
    finally:
        hub.dispose()


def converge(laptops: list[Database], url: str) -> None:
    """Hub rounds until a full pass moves nothing."""
    for _ in range(4):
        moved = 0
        for laptop in laptops:
            result = hub_round(laptop, url)
            moved += result.pushed + result.pulled + result.entries
        if moved == 0:
            return
    raise AssertionError("the hub rounds did not settle")


def assert_all_equal(laptops: list[Database], url: str) -> None:
    dumps = [dump(laptop) for laptop in laptops]
    assert dumps[0] == dumps[1] == dumps[2]
    assert hub_dump(url) == dumps[0]


@pytest.fixture
def three_laptops(event_db: Database, tmp_path: Path,
                  migrated_template: Path) -> Iterator[list[Database]]:
    """A (the coordinator, with two manufacturers) and B, C joined from its setup."""
    with event_db.session() as session:
        add_exhibitor(session, code="MEDI", name="PT Medika")
        add_exhibitor(session, code="FARM", name="PT Farma")
    others = [join(event_db, tmp_path, migrated_template, name) for name in ("b", "c")]
    yield [event_db, *others]
    for laptop in others:
        laptop.dispose()


# -- scenarios ------------------------------------------------------------------------------


@pytest.mark.parametrize("order", ["abc", "cba", "bac"])
def test_offline_day_through_the_hub_converges(three_laptops: list[Database], pg_fresh_url: str,
                                               tmp_path: Path, order: str) -> None:
    a, b, c = three_laptops
    by = dict(zip("abc", three_laptops, strict=True))
    first = hub_round(a, pg_fresh_url)  # an empty hub: migrated, gets the event from A
    assert first.pushed > 0
    bob = walk_in(a, "Bob Santoso", "bob@example.id")
    for name in order:
        hub_round(by[name], pg_fresh_url)
    converge(three_laptops, pg_fresh_url)  # everybody has Bob
    # Offline: Ann walks in at A and at B; both check her in and capture her lead.
    ann_a = walk_in(a, "Ann Lee", "ann@example.id")
    ann_b = walk_in(b, "Ann Lee", "ann@example.id", phone="+62 811 000")
    assert scan_in(a, ann_a) and scan_in(b, ann_b)
    capture(a, ann_a)
    capture(b, ann_b)
    capture(b, ann_b)
    for laptop, org in ((b, "Old Org"), (c, "New Org")):
        with laptop.session() as session:
            visitor = session.get(Visitor, bob)
            assert visitor is not None
            visitor.organization = org
    assert scan_in(c, bob)
    # B and C also swap a bundle on a USB stick before the network comes back.
    send(c, b, tmp_path)
    for name in order:
        hub_round(by[name], pg_fresh_url)
    converge(three_laptops, pg_fresh_url)

    assert_all_equal(three_laptops, pg_fresh_url)
    assert count(a, Checkin) == 3
    assert count(a, Visitor, Visitor.email == "ann@example.id", Visitor.deleted.is_(False)) == 1
    assert count(a, Lead, Lead.deleted.is_(False)) == 1
    assert count(a, LeadInteraction) == 3
    with a.reader() as session:
        assert session.get(Visitor, bob).organization == "New Org"  # type: ignore[union-attr]


def test_a_second_round_with_nothing_new_moves_nothing(three_laptops: list[Database],
                                                       pg_fresh_url: str) -> None:
    a, b, _c = three_laptops
    walk_in(a, "Citra", "citra@example.id")
    assert hub_round(a, pg_fresh_url).pushed > 0
    pulled = hub_round(b, pg_fresh_url).pulled
    assert pulled > 0
    hub_round(a, pg_fresh_url)  # A gets B's device row, nothing of its own back
    before = dump(b)
    session = HubSession(b, pg_fresh_url)
    try:
        again = session.round()
        assert again.as_dict() == {"pushed": 0, "pulled": 0, "merged": 0}
        assert session.waiting() == 0  # what came from the hub is not waiting to go back
        # Only A's last round's audit entry came along (entries are not counted as moved).
        after = dump(b)
        assert {k: v for k, v in after.items() if k != "audit_log"} == {
            k: v for k, v in before.items() if k != "audit_log"}
        assert {row[2] for row in after["audit_log"]} - {
            row[2] for row in before["audit_log"]} <= {"sync.hub"}
        walk_in(b, "Dodi", "dodi@example.id")
        assert session.waiting() == 1
        assert session.round().pushed == 1
        assert session.waiting() == 0
    finally:
        session.close()
    # A pulls only Dodi, not its own Citra back.
    assert hub_round(a, pg_fresh_url).as_dict() == {"pushed": 0, "pulled": 1, "merged": 0}


def test_a_late_push_with_older_stamps_still_reaches_every_laptop(
        three_laptops: list[Database], pg_fresh_url: str) -> None:
    a, b, c = three_laptops
    hub_round(a, pg_fresh_url)
    hub_round(b, pg_fresh_url)
    hub_round(c, pg_fresh_url)
    early = walk_in(c, "Eka", "eka@example.id")  # written first, sent last
    walk_in(a, "Fajar", "fajar@example.id")
    hub_round(a, pg_fresh_url)
    hub_round(b, pg_fresh_url)  # B's cursor on the hub is now past Eka's stamp
    hub_round(c, pg_fresh_url)
    hub_round(b, pg_fresh_url)
    assert count(b, Visitor, Visitor.id == early) == 1


def test_an_unreachable_hub_is_reported_and_changes_nothing(three_laptops: list[Database]) -> None:
    a = three_laptops[0]
    walk_in(a, "Gita", "gita@example.id")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    before = dump(a)
    session = HubSession(a, f"postgresql+psycopg://postgres@127.0.0.1:{port}/booth", timeout_s=2)
    with pytest.raises(HubUnavailable, match="not reachable"):
        session.round()
    assert dump(a) == before
    assert session.waiting() > 0


@pytest.mark.parametrize("when", ["between push and pull", "during the pull"])
def test_a_hub_that_vanishes_mid_round_leaves_both_sides_intact(
        three_laptops: list[Database], pg_cluster: Any, pg_fresh_url: str,
        monkeypatch: pytest.MonkeyPatch, when: str) -> None:
    a, b, _c = three_laptops
    walk_in(a, "Hadi", "hadi@example.id")
    hub_round(a, pg_fresh_url)
    walk_in(b, "Indah", "indah@example.id")
    proxy = Proxy(pg_cluster.port)
    url = pg_fresh_url.replace(f":{pg_cluster.port}/", f":{proxy.port}/")
    before_b, before_hub = dump(b), hub_dump(pg_fresh_url)
    session = HubSession(b, url, timeout_s=2)
    if when == "between push and pull":
        real_pull = HubSession._pull

        def cut_then_pull(self: HubSession, hub: Database, **kw: int) -> tuple[int, int]:
            proxy.cut()
            return real_pull(self, hub, **kw)

        monkeypatch.setattr(HubSession, "_pull", cut_then_pull)
        expect_hub_changed = True
    else:
        real_apply = HubSession._guard
        calls = []

        def cut_on_second_lock(self: HubSession, conn: Any, **kw: bool) -> None:
            calls.append(1)
            real_apply(self, conn, **kw)
            if len(calls) == 2:  # (the push,) the pull holds the hub lock: the cable goes now
                proxy.cut()

        monkeypatch.setattr(HubSession, "_guard", cut_on_second_lock)
        expect_hub_changed = True
    with pytest.raises(HubUnavailable, match="went away"):
        session.round()
    monkeypatch.undo()
    session.close()
    # B has nothing from the hub (the pull never committed); the hub has Indah or nothing.
    assert dump(b) == before_b
    with b.engine.connect() as conn:
        cursor = get_meta(conn, session.push_key)
    after_hub = hub_dump(pg_fresh_url)
    assert (after_hub != before_hub) == expect_hub_changed
    assert cursor is not None  # the push committed, so its cursor moved
    # The next round, by the direct address, completes and both ends agree.
    result = hub_round(b, pg_fresh_url)
    assert result.pulled > 0
    assert hub_dump(pg_fresh_url) == dump(b)


def test_a_hub_of_another_event_is_refused(three_laptops: list[Database], pg_fresh_url: str,
                                           tmp_path: Path, migrated_template: Path) -> None:
    a = three_laptops[0]
    hub_round(a, pg_fresh_url)
    path = tmp_path / "other.sqlite"
    shutil.copyfile(migrated_template, path)
    other = Database(path)
    try:
        make_event(other, name="Another Fair")
        walk_in(other, "Stranger", "x@example.com")
        before, before_hub = dump(other), hub_dump(pg_fresh_url)
        with pytest.raises(BoothError, match="another event"):
            hub_round(other, pg_fresh_url)
        assert dump(other) == before
        assert hub_dump(pg_fresh_url) == before_hub
    finally:
        other.dispose()


# -- random interleavings with hub rounds ---------------------------------------------------


class ThreeLaptopsAndAHub(ThreeLaptops):
    cluster: Any

    def __init__(self) -> None:
        super().__init__()
        self.hub_url = self.cluster.create_database(f"hub_{self.folder.name[-8:].lower()}")

    @rule(i=st.integers(0, 2))
    def hub_sync(self, i: int) -> None:
        hub_round(self.laptops[i], self.hub_url)

    def teardown(self) -> None:
        try:
            converge(self.laptops, self.hub_url)
            full_round(self.laptops, self.folder)
            converge(self.laptops, self.hub_url)  # the bundles' audit entries reach the hub
            assert_all_equal(self.laptops, self.hub_url)
            a = self.laptops[0]
            assert count(a, Checkin) == self.checkins
            assert count(a, LeadInteraction) == self.interactions
            with a.reader() as session:
                pairs = session.execute(select(Lead.exhibitor_id, Lead.visitor_id)).all()
            assert len(pairs) == len(set(pairs))
        finally:
            super().teardown()


@pytest.fixture
def cluster(pg_cluster: Any) -> Iterator[Any]:
    yield pg_cluster


def test_random_interleavings_with_hub_rounds_converge(migrated_template: Path,
                                                       cluster: Any) -> None:
    ThreeLaptopsAndAHub.template = migrated_template
    ThreeLaptopsAndAHub.cluster = cluster
    run_state_machine_as_test(
        ThreeLaptopsAndAHub,
        settings=settings(max_examples=15, stateful_step_count=30, deadline=None,
                          suppress_health_check=list(HealthCheck),
                          phases=(Phase.explicit, Phase.reuse, Phase.generate)),
    )


def test_a_walk_in_registered_three_times_leaves_the_hub_one_lead_per_manufacturer(
        migrated_template: Path, cluster: Any) -> None:
    """A sequence the state machine above found: laptop A pushed a lead of its walk-in
    to a hub that already held that walk-in as merged into another; the hub kept the
    lead on the merged-away visitor, a second live lead every laptop had merged away."""
    ThreeLaptopsAndAHub.template = migrated_template
    ThreeLaptopsAndAHub.cluster = cluster
    state = ThreeLaptopsAndAHub()
    state.register_walk_in(i=1, same=True)
    state.hub_sync(i=0)
    state.capture_lead(i=2, pick=50)
    state.capture_lead(i=2, pick=31)
    state.hub_sync(i=2)
    state.capture_lead(i=1, pick=19)
    state.capture_lead(i=1, pick=23)
    state.hub_sync(i=1)
    state.capture_lead(i=0, pick=12)
    state.capture_lead(i=2, pick=30)
    state.register_walk_in(i=2, same=True)
    state.register_walk_in(i=1, same=False)
    state.exchange(dst=2, src=1)
    state.register_walk_in(i=0, same=True)
    state.register_walk_in(i=1, same=True)
    state.capture_lead(i=0, pick=4)
    state.capture_lead(i=2, pick=36)
    state.capture_lead(i=2, pick=22)
    state.capture_lead(i=2, pick=26)
    state.exchange(dst=2, src=0)
    state.capture_lead(i=1, pick=24)
    state.hub_sync(i=2)
    state.hub_sync(i=1)
    state.teardown()
