"""Every synced row says who wrote it and when, so laptops' data merges deterministically."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from booth_app.storage import clock as clock_module
from booth_app.storage.clock import HybridClock, parse_stamp
from booth_app.storage.database import Database
from booth_app.storage.ids import new_id
from booth_app.storage.models import Device, Event, Meta, Visitor

HEX32 = re.compile(r"^[0-9a-f]{32}$")


def add_event(database: Database, name: str = "Arab Health") -> str:
    with database.session() as session:
        event = Event(
            name=name,
            start_date=datetime(2027, 1, 27).date(),
            end_date=datetime(2027, 1, 30).date(),
            timezone="Asia/Dubai",
            badge_key_id="k1",
            badge_secret=b"s" * 32,
        )
        session.add(event)
        session.flush()
        return event.id


def load_event(database: Database, event_id: str) -> Event:
    with database.reader() as session:
        event = session.get(Event, event_id)
        assert event is not None
        return event


# -- ids ------------------------------------------------------------------------------------


def test_ids_are_unique_and_time_ordered() -> None:
    ids = [new_id() for _ in range(20_000)]
    assert len(set(ids)) == len(ids)
    assert all(HEX32.match(i) for i in ids)
    # The first 48 bits are milliseconds: ids never sort before earlier ones.
    stamps = [int(i[:12], 16) for i in ids]
    assert stamps == sorted(stamps)


def test_two_laptops_get_their_own_device_identity(tmp_path: Path, migrated_template: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    shutil.copyfile(migrated_template, first)
    shutil.copyfile(migrated_template, second)
    a, b = Database(first), Database(second)
    try:
        assert a.device_id != b.device_id
        assert HEX32.match(a.device_id)
        with a.reader() as session:
            device = session.get(Device, a.device_id)
            assert device is not None and device.name == a.device_name
    finally:
        a.dispose()
        b.dispose()


def test_device_identity_survives_reopening(db_path: Path, db: Database) -> None:
    device_id = db.device_id
    db.dispose()
    again = Database(db_path)
    try:
        assert again.device_id == device_id
    finally:
        again.dispose()


# -- writer columns -------------------------------------------------------------------------


def test_insert_stamps_id_utc_times_device_and_clock(db: Database) -> None:
    before = datetime.now(UTC)
    event_id = add_event(db)
    event = load_event(db, event_id)  # read back from the file, not the identity map

    assert HEX32.match(event.id)
    assert event.created_at.tzinfo is not None and event.created_at.utcoffset() == timedelta(0)
    assert event.updated_at.utcoffset() == timedelta(0)
    assert before - timedelta(seconds=1) <= event.created_at <= datetime.now(UTC)
    assert event.device_id == db.device_id
    assert event.hlc.endswith("." + db.device_id)
    assert event.deleted is False


def test_update_restamps_but_keeps_creation_time(db: Database) -> None:
    event_id = add_event(db)
    first = load_event(db, event_id)
    with db.session() as session:
        event = session.get(Event, event_id)
        assert event is not None
        event.venue = "Dubai World Trade Centre"
    second = load_event(db, event_id)

    assert second.venue == "Dubai World Trade Centre"
    assert second.created_at == first.created_at
    assert second.updated_at >= first.updated_at
    assert second.hlc > first.hlc


def test_an_unchanged_row_is_not_restamped(db: Database) -> None:
    event_id = add_event(db)
    first = load_event(db, event_id)
    with db.session() as session:
        event = session.get(Event, event_id)
        assert event is not None
        event.venue = event.venue  # same value: no change to merge
    assert load_event(db, event_id).hlc == first.hlc


def test_stamps_keep_increasing_over_many_writes(db: Database) -> None:
    ids = [add_event(db, f"Event {n}") for n in range(30)]
    with db.reader() as session:
        stamps = [session.get(Event, i).hlc for i in ids]  # type: ignore[union-attr]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)


def test_times_in_other_zones_are_stored_as_utc(db: Database) -> None:
    event_id = add_event(db)
    dubai = timezone(timedelta(hours=4))
    with db.session() as session:
        device = session.get(Device, db.device_id)
        assert device is not None
        device.last_sync_at = datetime(2027, 1, 27, 13, 0, tzinfo=dubai)
    with db.reader() as session:
        got = session.get(Device, db.device_id).last_sync_at  # type: ignore[union-attr]
    assert got == datetime(2027, 1, 27, 9, 0, tzinfo=UTC)
    assert got.utcoffset() == timedelta(0)
    assert load_event(db, event_id).created_at.tzinfo is not None


def test_a_time_without_zone_is_refused(db: Database) -> None:
    with pytest.raises(StatementError, match="naive datetime"), db.session() as session:
        device = session.get(Device, db.device_id)
        assert device is not None
        device.last_sync_at = datetime(2027, 1, 27, 13, 0)
        session.flush()


def test_bulk_stamp_gives_the_same_writer_columns(event_db: Database) -> None:
    stamp = event_db.stamp()
    assert stamp["device_id"] == event_db.device_id
    assert stamp["created_at"].utcoffset() == timedelta(0)
    assert stamp["deleted"] is False
    with event_db.reader() as session:
        latest = session.scalars(select(Event.hlc)).one()
    assert stamp["hlc"] > latest


# -- the hybrid logical clock ---------------------------------------------------------------


def test_clock_never_goes_backwards_when_the_wall_clock_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wall = iter([5_000, 5_000, 4_000, 3_000, 5_000, 9_000, 8_999])
    monkeypatch.setattr(clock_module, "_wall_ms", lambda: next(wall))
    clock = HybridClock("dev")
    stamps = [clock.tick() for _ in range(7)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 7
    assert [parse_stamp(s) for s in stamps] == [
        (5_000, 0), (5_000, 1), (5_000, 2), (5_000, 3), (5_000, 4), (9_000, 0), (9_000, 1),
    ]  # fmt: skip


def test_observe_moves_the_clock_past_a_remote_stamp(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock_module, "_wall_ms", lambda: 1_000)
    clock = HybridClock("local")
    mine = clock.tick()
    remote = f"{50_000:013d}.{7:05d}.otherlaptop"  # a laptop whose clock runs ahead
    clock.observe(remote)
    after = clock.tick()
    assert mine < remote < after
    assert after.endswith(".local")
    # Observing an older stamp changes nothing.
    clock.observe(f"{10:013d}.{0:05d}.old")
    assert clock.tick() > after


def test_stamps_compare_as_strings_in_time_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock_module, "_wall_ms", lambda: 0)
    early = HybridClock("b", last=f"{999:013d}.{99:05d}.x").tick()
    late = HybridClock("a", last=f"{1_000:013d}.{0:05d}.x").tick()
    assert parse_stamp(early) == (999, 100)
    assert early < late  # milliseconds first, then the counter, whatever the device


def test_clock_resumes_after_restart_even_if_the_wall_clock_went_back(
    db_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A laptop whose battery died comes back with its clock an hour behind: edits made
    # after the restart must still sort after the ones made before it.
    real_now = clock_module._wall_ms()
    monkeypatch.setattr(clock_module, "_wall_ms", lambda: real_now)
    event_id = add_event(db)
    before = load_event(db, event_id).hlc
    db.dispose()

    monkeypatch.setattr(clock_module, "_wall_ms", lambda: real_now - 3_600_000)
    reopened = Database(db_path)
    try:
        with reopened.session() as session:
            event = session.get(Event, event_id)
            assert event is not None
            event.venue = "edited after the restart"
        after = load_event(reopened, event_id).hlc
        with reopened.reader() as session:
            assert session.get(Meta, "last_hlc") is not None
    finally:
        reopened.dispose()
    assert after > before


def test_visitor_rows_carry_the_writer_columns(event_db: Database) -> None:
    from booth_app.core.visitors.register import VisitorFields, add_visitor

    with event_db.session() as session:
        visitor_id = add_visitor(session, VisitorFields.parse(name="Siti Rahma")).id
    with event_db.reader() as session:
        visitor = session.get(Visitor, visitor_id)
        assert visitor is not None
        assert visitor.device_id == event_db.device_id
        assert visitor.hlc and visitor.created_at.utcoffset() == timedelta(0)
