"""The audit log: what is written for sign-ins, sync and setup, and how it is read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from booth_app.core.audit import entry_to_dict, list_entries, record
from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.core.exhibitors.staff import PinLocked, WrongPin, add_staff, sign_in
from booth_app.core.sync.bundle import export_changes, export_setup, import_changes
from booth_app.core.sync.hub import HubSession
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from tests.core.sync.test_sync import join

T0 = datetime(2027, 1, 27, 9, 0, tzinfo=UTC)


def actions(db: Database, **filters: object) -> list[str]:
    with db.reader() as session:
        return [e.action for e in list_entries(session, **filters)]  # type: ignore[arg-type]


@pytest.fixture
def dewi(event_db: Database) -> str:
    with event_db.session() as session:
        add_exhibitor(session, code="MEDIKA", name="PT Medika Nusantara")
        return add_staff(session, name="Dewi Lestari", pin="2468", exhibitor_code="MEDIKA").id


def test_sign_ins_and_wrong_pins_are_logged_and_the_slow_down_stays(event_db: Database,
                                                                    dewi: str) -> None:
    with event_db.session() as session:
        sign_in(session, dewi, "2468", now=T0)
    for second in range(3):
        with pytest.raises(WrongPin), event_db.session() as session:
            sign_in(session, dewi, "0000", now=T0 + timedelta(seconds=second + 1))
    with pytest.raises(PinLocked), event_db.session() as session:  # waiting: not checked
        sign_in(session, dewi, "2468", now=T0 + timedelta(seconds=5))
    assert actions(event_db) == ["staff.pin_failed"] * 3 + ["staff.sign_in"]
    with event_db.reader() as session:
        (signed,) = list_entries(session, action="sign_in")
        failed = list_entries(session, action="pin_failed", limit=1)[0]
    assert (signed.who, signed.entity_id, signed.device) == ("Dewi Lestari", dewi,
                                                            event_db.device_name)
    assert (failed.who, failed.entity_id) == ("", dewi)  # nobody signed in did it
    assert failed.detail == {"in_a_row": 3, "wait_s": 30}
    assert "in_a_row: 3" in failed.what
    assert set(entry_to_dict(failed)) >= {"at", "who", "device", "action", "what"}


def test_entries_filtered_by_action_who_and_time_newest_first(event_db: Database,
                                                               dewi: str) -> None:
    with event_db.session() as session:
        record(session, "leads.export", entity="exhibitor", detail={"rows": 3}, now=T0)
        record(session, "visitor.erase", entity="visitor", entity_id="v1", staff_id=dewi,
               now=T0 + timedelta(hours=1))
        record(session, "visitor.merge", entity="visitor", now=T0 + timedelta(hours=2))
        record(session, "sync.export", now=T0 + timedelta(hours=3))
    assert actions(event_db) == ["sync.export", "visitor.merge", "visitor.erase",
                                 "leads.export"]
    assert actions(event_db, action="visitor") == ["visitor.merge", "visitor.erase"]
    assert actions(event_db, action="erase") == ["visitor.erase"]
    assert actions(event_db, action="visitor.erase") == ["visitor.erase"]
    assert actions(event_db, action="export") == ["sync.export", "leads.export"]
    assert actions(event_db, who="dewi") == ["visitor.erase"]
    assert actions(event_db, who=dewi) == ["visitor.erase"]
    assert actions(event_db, since=T0 + timedelta(hours=2)) == ["sync.export",
                                                                "visitor.merge"]
    assert actions(event_db, limit=1) == ["sync.export"]
    assert actions(event_db, action="nothing") == []


def test_setup_and_bundles_leave_one_entry_each_way_and_settle(
        event_db: Database, tmp_path: Path, migrated_template: Path) -> None:
    b = join(event_db, tmp_path, migrated_template, "b")
    try:
        assert actions(event_db) == ["setup.export"]
        assert actions(b) == ["setup.import"]
        with event_db.session() as session:
            add_visitor(session, VisitorFields.parse(name="Siti Rahma"))
        sent = export_changes(event_db, tmp_path / "a.bundle", destination="b")
        assert sent["rows"] > 0
        import_changes(b, tmp_path / "a.bundle")
        assert actions(b, action="sync") == ["sync.import", "sync.export"]  # A's came along
        # Bundles both ways until neither has anything new: entries alone (relayed or
        # new) make no entry of their own, so it settles.
        for n in range(4):
            moved = 0
            for src, dst, name in ((b, event_db, "a"), (event_db, b, "b")):
                out = tmp_path / f"{name}-{n}.bundle"
                moved += export_changes(src, out, destination=name)["rows"]
                import_changes(dst, out)
            if moved == 0:
                break
        else:
            raise AssertionError("the bundles did not settle")
        # Both hold every entry: the setup, and each bundle that carried data (a bundle
        # that echoed rows back to where they came from counts as one).
        logged = [sorted(actions(laptop)) for laptop in (event_db, b)]
        assert logged[0] == logged[1]
        assert logged[0][:2] == ["setup.export", "setup.import"]
        assert logged[0].count("sync.import") == 2 and logged[0].count("sync.export") >= 2
    finally:
        b.dispose()


def test_a_hub_round_that_moved_something_leaves_one_entry_on_both_sides(
        event_db: Database, pg_fresh_url: str) -> None:
    session = HubSession(event_db, pg_fresh_url)
    try:
        first = session.round()
        assert first.pushed > 0 and first.entries == 1  # its own entry, pulled back
        assert actions(event_db, action="hub") == ["sync.hub"]
        for _ in range(2):  # idle polls: no entry
            assert session.round().as_dict() == {"pushed": 0, "pulled": 0, "merged": 0}
        with event_db.session() as db_session:
            add_visitor(db_session, VisitorFields.parse(name="Budi Santoso"))
        assert session.round().pushed == 1
        assert session.waiting() == 0
    finally:
        session.close()
    assert actions(event_db, action="hub") == ["sync.hub", "sync.hub"]
    hub = Database(pg_fresh_url)
    try:
        with hub.reader() as db_session:
            entries = list_entries(db_session, action="sync.hub")
        assert [e.device for e in entries] == [event_db.device_name] * 2
        assert [e.detail["pushed"] for e in entries] == [1, first.pushed]
    finally:
        hub.dispose()


def test_a_setup_bundle_export_is_logged_even_with_nothing_else(event_db: Database,
                                                                tmp_path: Path) -> None:
    export_setup(event_db, tmp_path / "setup.bundle", passphrase="pavilion passphrase")
    with event_db.reader() as session:
        (entry,) = list_entries(session, action="setup")
    assert entry.detail["file"] == "setup.bundle"
