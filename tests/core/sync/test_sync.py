"""Three laptops (three SQLite files) working offline and exchanging bundles.

Every laptop must end with identical rows in every synced table, whatever order the
bundles travel in; no check-in or lead history is lost or doubled; the same walk-in
registered on two laptops becomes one visitor; bad bundles change nothing.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import func, select

from booth_app.core.checkin.rules import check_in
from booth_app.core.errors import BoothError, InputError
from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.core.leads.capture import capture_for_visitor, delete_lead
from booth_app.core.sync.bundle import export_changes, export_setup, import_changes, import_setup
from booth_app.core.sync.merge import ORDER, TABLES, derive
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import Checkin, Exhibitor, Lead, LeadInteraction, Visitor
from tests.conftest import make_event

PASS = "pavilion passphrase"


# -- helpers --------------------------------------------------------------------------------


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced row, every column, in id order: what 'identical data' means."""
    out = {}
    with db.engine.connect() as conn:
        for name in ORDER:
            table = TABLES[name]
            out[name] = [tuple(r) for r in conn.execute(select(table).order_by(table.c.id))]
    return out


def join(first: Database, folder: Path, template: Path, name: str) -> Database:
    path = folder / f"{name}.sqlite"
    shutil.copyfile(template, path)
    laptop = Database(path)
    bundle = folder / f"setup-{name}.bundle"
    export_setup(first, bundle, passphrase=PASS)
    import_setup(laptop, bundle, passphrase=PASS)
    return laptop


def send(src: Database, dst: Database, folder: Path) -> dict[str, int]:
    """Export from src for dst (its own cursor) and import into dst."""
    bundle = folder / f"{src.device_id[-6:]}-{dst.device_id[-6:]}.bundle"
    export_changes(src, bundle, destination=dst.device_id)
    return import_changes(dst, bundle).as_dict()


def full_round(laptops: list[Database], folder: Path, *, limit: int = 5) -> int:
    """Every laptop sends to every other until nothing new arrives; the passes taken."""
    for n in range(1, limit + 1):
        applied = sum(send(a, b, folder)["applied"]
                      for a, b in itertools.permutations(laptops, 2))
        if applied == 0:
            return n
    raise AssertionError("the laptops did not settle")


def exhibitor(db: Database, code: str = "MEDI") -> Exhibitor:
    with db.reader() as session:
        found = session.scalar(select(Exhibitor).where(Exhibitor.code == code))
    assert found is not None
    return found


def walk_in(db: Database, name: str, email: str = "", **extra: str) -> str:
    with db.session() as session:
        return add_visitor(session, VisitorFields(name=name, email=email, **extra)).id


def scan_in(db: Database, visitor_id: str) -> bool:
    """Scan the visitor's code at the entrance; True when a check-in row was written."""
    with db.session() as session:
        visitor = session.get(Visitor, visitor_id)
        assert visitor is not None
        return check_in(session, visitor.code).recorded


def capture(db: Database, visitor_id: str, code: str = "MEDI") -> str:
    with db.session() as session:
        ex = session.scalar(select(Exhibitor).where(Exhibitor.code == code))
        visitor = session.get(Visitor, visitor_id)
        assert ex is not None and visitor is not None
        return capture_for_visitor(session, ex, visitor).lead.id


def count(db: Database, model: Any, *where: Any) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


@pytest.fixture
def laptops(event_db: Database, tmp_path: Path,
            migrated_template: Path) -> Iterator[list[Database]]:
    with event_db.session() as session:
        add_exhibitor(session, code="MEDI", name="PT Medika")
        add_exhibitor(session, code="FARM", name="PT Farma")
    others = [join(event_db, tmp_path, migrated_template, name) for name in ("b", "c")]
    yield [event_db, *others]
    for laptop in others:
        laptop.dispose()


# -- the scenarios --------------------------------------------------------------------------


def test_new_laptop_joins_with_its_own_identity(laptops: list[Database]) -> None:
    a, b, c = laptops
    assert len({a.device_id, b.device_id, c.device_id}) == 3
    assert exhibitor(b).name == "PT Medika"
    with a.reader() as sa, b.reader() as sb:
        from booth_app.core.events import current_event
        ea, eb = current_event(sa), current_event(sb)
        assert ea is not None and eb is not None
        assert (eb.id, eb.badge_secret, eb.badge_key_id) == (ea.id, ea.badge_secret,
                                                             ea.badge_key_id)


@pytest.mark.parametrize("order", ["ab-bc-ca", "cb-ba-ac", "ac-bc-ab"])
def test_offline_day_converges_in_any_order(laptops: list[Database], tmp_path: Path,
                                            order: str) -> None:
    a, b, c = laptops
    by = dict(zip("abc", laptops, strict=True))
    # Morning: the desk (A) registers Bob and everybody gets him.
    bob = walk_in(a, "Bob Santoso", "bob@example.id")
    full_round(laptops, tmp_path)
    # Offline: the same walk-in (same e-mail) on A and B, each checks her in and
    # each booth laptop captures her lead at the same manufacturer.
    ann_a = walk_in(a, "Ann Lee", "ann@example.id")
    ann_b = walk_in(b, "Ann Lee", "ann@example.id", phone="+62 811 000")
    assert scan_in(a, ann_a) and scan_in(b, ann_b)
    capture(a, ann_a)
    capture(b, ann_b)
    capture(b, ann_b)  # a rescan: one more interaction on the same lead
    # Bob is edited on two laptops; C's edit is the later one and must win.
    for laptop, org in ((b, "Old Org"), (c, "New Org")):
        with laptop.session() as session:
            visitor = session.get(Visitor, bob)
            assert visitor is not None
            visitor.organization = org
    # C captures Bob at FARM, then deletes that lead again.
    lead = capture(c, bob, "FARM")
    with c.session() as session:
        found = session.get(Lead, lead)
        assert found is not None
        delete_lead(session, found, staff_id=None)
    assert scan_in(c, bob)

    for pair in order.split("-"):
        send(by[pair[0]], by[pair[1]], tmp_path)
    full_round(laptops, tmp_path)

    dumps = [dump(laptop) for laptop in laptops]
    assert dumps[0] == dumps[1] == dumps[2]
    with a.reader() as session:
        live = session.scalars(select(Visitor).where(Visitor.email == "ann@example.id",
                                                     Visitor.deleted.is_(False))).all()
        assert len(live) == 1
        ann = live[0]
        assert ann.id == min(ann_a, ann_b)
        assert ann.phone == "+62 811 000"  # filled from the other laptop's record
        gone = session.get(Visitor, max(ann_a, ann_b))
        assert gone is not None and gone.deleted and gone.merged_into_id == ann.id
        assert session.get(Visitor, bob).organization == "New Org"  # type: ignore[union-attr]
    assert count(a, Checkin) == 3
    assert count(a, Checkin, Checkin.visitor_id == ann.id) == 2
    leads = count(a, Lead, Lead.visitor_id == ann.id, Lead.deleted.is_(False))
    assert leads == 1
    with a.reader() as session:
        ann_lead = session.scalar(select(Lead).where(Lead.visitor_id == ann.id))
        assert ann_lead is not None
        history = count(a, LeadInteraction, LeadInteraction.lead_id == ann_lead.id)
        farm = session.scalar(select(Lead).where(Lead.visitor_id == bob))
        assert farm is not None and farm.deleted
    assert history == 3  # A's capture, B's capture and B's rescan
    assert count(a, LeadInteraction) == 4


def test_importing_twice_or_an_old_bundle_changes_nothing(laptops: list[Database],
                                                          tmp_path: Path) -> None:
    a, b, _c = laptops
    visitor = walk_in(a, "Citra", "citra@example.id")
    assert scan_in(a, visitor)
    old = tmp_path / "old.bundle"
    export_changes(a, old, destination="stick", full=True)
    import_changes(b, old)
    with b.session() as session:
        found = session.get(Visitor, visitor)
        assert found is not None
        found.job_title = "Buyer"
    before = dump(b)
    again = import_changes(b, old).as_dict()
    assert again["applied"] == 0 and again["skipped"] > 0
    assert dump(b) == before
    with b.reader() as session:
        assert session.get(Visitor, visitor).job_title == "Buyer"  # type: ignore[union-attr]


def test_relayed_rows_reach_a_laptop_that_had_been_sent_everything(laptops: list[Database],
                                                                   tmp_path: Path) -> None:
    a, b, c = laptops
    send(b, a, tmp_path)  # B's cursor for A now covers all of B's own rows
    late = walk_in(c, "Dewi", "dewi@example.id")  # C's row: an older stamp may arrive later
    send(c, b, tmp_path)
    send(b, a, tmp_path)  # B forwards C's row to A although A had all of B's rows
    assert count(a, Visitor, Visitor.id == late) == 1


def test_a_lead_for_a_walk_in_merged_away_meanwhile_lands_on_the_kept_visitor(
        laptops: list[Database], tmp_path: Path) -> None:
    a, b, c = laptops
    kept = walk_in(b, "Rina", "rina@example.id")  # the older registration: it is kept
    doubled = walk_in(a, "Rina W.", "rina@example.id")
    send(a, c, tmp_path)
    send(b, c, tmp_path)  # C merges A's walk-in into B's
    capture(a, doubled)  # A, not knowing, captures a lead for its own walk-in
    send(a, c, tmp_path)
    with c.reader() as session:
        leads = session.execute(select(Lead.visitor_id).where(Lead.deleted.is_(False))).all()
    assert leads == [(kept,)]  # on the person kept, not on the tombstone
    full_round(laptops, tmp_path)
    assert dump(a) == dump(b) == dump(c)
    assert count(a, Lead) == 1


def test_derived_stamps_are_the_same_everywhere() -> None:
    one = derive("1700000000000.00003.aa", "1700000000000.00007.bb")
    assert one == derive("1700000000000.00003.aa", "1700000000000.00007.bb")
    assert one.startswith("1700000000000.00008.")
    assert one > "1700000000000.00007.zz"
    assert derive("1700000000000.99999.aa").startswith("1700000000001.00000.")


# -- refusals -------------------------------------------------------------------------------


@pytest.fixture
def a_bundle(laptops: list[Database], tmp_path: Path) -> Path:
    a = laptops[0]
    walk_in(a, "Eka", "eka@example.id")
    path = tmp_path / "eka.bundle"
    export_changes(a, path, passphrase=PASS, destination="b")
    return path


@pytest.mark.parametrize("damage", ["flip-body", "flip-header", "truncate"])
def test_a_damaged_bundle_is_refused_and_changes_nothing(laptops: list[Database], a_bundle: Path,
                                                        damage: str) -> None:
    b = laptops[1]
    data = bytearray(a_bundle.read_bytes())
    if damage == "flip-body":
        data[len(data) // 2 + 40] ^= 0x01
    elif damage == "flip-header":
        start = data.index(b'"created"')
        data[start + 15] ^= 0x01  # a digit of the date: still readable JSON
    else:
        del data[-17:]
    a_bundle.write_bytes(bytes(data))
    before = dump(b)
    with pytest.raises(BoothError, match="altered or cut short"):
        import_changes(b, a_bundle, passphrase=PASS)
    assert dump(b) == before


def test_a_bundle_imported_before_is_known_but_a_damaged_copy_still_refused(
        laptops: list[Database], a_bundle: Path) -> None:
    b = laptops[1]
    first = import_changes(b, a_bundle, passphrase=PASS)
    assert first.applied > 0
    before = dump(b)
    again = import_changes(b, a_bundle, passphrase=PASS)
    # Every row of it is skipped, and said so, without the rows being read again.
    assert (again.applied, again.skipped) == (0, first.applied + first.skipped)
    assert dump(b) == before
    data = bytearray(a_bundle.read_bytes())
    data[len(data) // 2 + 40] ^= 0x01
    a_bundle.write_bytes(bytes(data))
    with pytest.raises(BoothError, match="altered or cut short"):
        import_changes(b, a_bundle, passphrase=PASS)
    assert dump(b) == before


def test_wrong_or_missing_passphrase_is_refused(laptops: list[Database], a_bundle: Path) -> None:
    b = laptops[1]
    before = dump(b)
    with pytest.raises(BoothError, match="passphrase is wrong"):
        import_changes(b, a_bundle, passphrase="not it")
    with pytest.raises(InputError, match="protected by a passphrase"):
        import_changes(b, a_bundle)
    assert dump(b) == before
    assert import_changes(b, a_bundle, passphrase=PASS).applied > 0


def test_a_bundle_of_another_event_is_refused(laptops: list[Database], tmp_path: Path,
                                              migrated_template: Path) -> None:
    b = laptops[1]
    path = tmp_path / "other.sqlite"
    shutil.copyfile(migrated_template, path)
    other = Database(path)
    make_event(other, name="Another Fair")
    walk_in(other, "Stranger", "x@example.com")
    bundle = tmp_path / "other.bundle"
    export_changes(other, bundle, passphrase=PASS)
    before = dump(b)
    with pytest.raises(BoothError, match="another event"):
        import_changes(b, bundle, passphrase=PASS)
    setup = tmp_path / "other-setup.bundle"
    export_setup(other, setup, passphrase=PASS)
    with pytest.raises(BoothError, match="another event"):
        import_setup(b, setup, passphrase=PASS)
    assert dump(b) == before
    other.dispose()


def test_a_setup_bundle_needs_a_passphrase(event_db: Database, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="badge keys"):
        export_setup(event_db, tmp_path / "s.bundle", passphrase=None)


# -- random interleavings -------------------------------------------------------------------


class ThreeLaptops(RuleBasedStateMachine):
    template: Path

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="booth-sync-"))
        shutil.copyfile(self.template, self.folder / "a.sqlite")
        first = Database(self.folder / "a.sqlite")
        make_event(first)
        with first.session() as session:
            add_exhibitor(session, code="MEDI", name="PT Medika")
        self.laptops = [first] + [join(first, self.folder, self.template, n) for n in "bc"]
        self.checkins = 0
        self.interactions = 0
        self.serial = 0

    def _visitors(self, laptop: Database) -> list[str]:
        with laptop.reader() as session:
            return list(session.scalars(select(Visitor.id).where(Visitor.deleted.is_(False))
                                        .order_by(Visitor.id)))

    @rule(i=st.integers(0, 2), same=st.booleans())
    def register_walk_in(self, i: int, same: bool) -> None:
        self.serial += 1
        email = "same@example.id" if same else f"v{self.serial}@example.id"
        walk_in(self.laptops[i], f"Visitor {self.serial}", email, phone=str(self.serial))

    @rule(i=st.integers(0, 2), pick=st.integers(0, 50))
    def check_in_someone(self, i: int, pick: int) -> None:
        people = self._visitors(self.laptops[i])
        if people:
            self.checkins += scan_in(self.laptops[i], people[pick % len(people)])

    @rule(i=st.integers(0, 2), pick=st.integers(0, 50))
    def capture_lead(self, i: int, pick: int) -> None:
        people = self._visitors(self.laptops[i])
        if people:
            capture(self.laptops[i], people[pick % len(people)])
            self.interactions += 1

    @rule(i=st.integers(0, 2), pick=st.integers(0, 50), org=st.sampled_from(["X", "Y", "Z"]))
    def edit_visitor(self, i: int, pick: int, org: str) -> None:
        people = self._visitors(self.laptops[i])
        if people:
            with self.laptops[i].session() as session:
                visitor = session.get(Visitor, people[pick % len(people)])
                assert visitor is not None
                visitor.organization = org

    @rule(i=st.integers(0, 2), pick=st.integers(0, 50))
    def delete_a_lead(self, i: int, pick: int) -> None:
        with self.laptops[i].session() as session:
            leads = session.scalars(select(Lead).where(Lead.deleted.is_(False))
                                    .order_by(Lead.id)).all()
            if leads:
                delete_lead(session, leads[pick % len(leads)], staff_id=None)

    @rule(src=st.integers(0, 2), dst=st.integers(0, 2))
    def exchange(self, src: int, dst: int) -> None:
        if src != dst:
            send(self.laptops[src], self.laptops[dst], self.folder)

    @invariant()
    def nothing_doubled(self) -> None:
        for laptop in self.laptops:
            with laptop.reader() as session:
                pairs = session.execute(select(Lead.exhibitor_id, Lead.visitor_id)).all()
            assert len(pairs) == len(set(pairs))

    def teardown(self) -> None:
        try:
            full_round(self.laptops, self.folder)
            dumps = [dump(laptop) for laptop in self.laptops]
            assert dumps[0] == dumps[1] == dumps[2]
            a = self.laptops[0]
            assert count(a, Checkin) == self.checkins
            assert count(a, LeadInteraction) == self.interactions
            assert count(a, Visitor, Visitor.email == "same@example.id",
                         Visitor.deleted.is_(False)) <= 1
        finally:
            for laptop in self.laptops:
                laptop.dispose()
            shutil.rmtree(self.folder, ignore_errors=True)


def test_random_interleavings_converge(migrated_template: Path) -> None:
    ThreeLaptops.template = migrated_template
    run_state_machine_as_test(
        ThreeLaptops,
        settings=settings(max_examples=12, stateful_step_count=25, deadline=None,
                          suppress_health_check=list(HealthCheck),
                          phases=(Phase.explicit, Phase.reuse, Phase.generate)),
    )
