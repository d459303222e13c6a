"""Migration 0003: every foreign key DEFERRABLE INITIALLY IMMEDIATE, on the hub and on laptops.

The hub's sync merge defers its checks to the commit (SET CONSTRAINTS ALL DEFERRED), which
PostgreSQL ignores for a constraint that is not DEFERRABLE; nothing else may change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.core.visitors.search import search_visitors
from booth_app.storage.database import Database
from booth_app.storage.migrate import alembic_config, current_revision, head_revision
from booth_app.storage.models import Base

MODEL_FKS = sum(len(t.foreign_key_constraints) for t in Base.metadata.tables.values())


def _migrate(db: Database, target: str, *, down: bool) -> None:
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, target)


def _pg_fks(db: Database) -> list[tuple[str, bool, bool]]:
    with db.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(  # type: ignore[misc]
            "SELECT conname, condeferrable, condeferred FROM pg_constraint "
            "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace "
            "ORDER BY conname"))]


def test_the_hubs_foreign_keys_are_deferrable_and_checked_at_once(pg_fresh_url: str,
                                                                   make_event) -> None:
    hub = Database(pg_fresh_url)
    try:
        with hub.engine.connect() as conn:
            assert current_revision(conn) == head_revision()  # 0003 and every later one
        found = _pg_fks(hub)
        assert len(found) == MODEL_FKS > 20
        assert [name for name, deferrable, _ in found if not deferrable] == []
        assert [name for name, _, deferred in found if deferred] == []  # INITIALLY IMMEDIATE

        make_event(hub)
        orphan = ("INSERT INTO lead_interaction (lead_id, at, kind, note, id, created_at, "
                  "updated_at, device_id, hlc, deleted) VALUES ('nope', now(), 'scan', '', "
                  "'li1', now(), now(), 'd', 'h', false)")
        # Another writer's orphan row is refused at the statement, as before...
        with pytest.raises(IntegrityError), hub.engine.begin() as conn:
            conn.execute(text(orphan))
        # ...and a transaction that defers may hold one until its commit, which refuses it.
        with pytest.raises(IntegrityError), hub.engine.begin() as conn:
            conn.execute(text("SET CONSTRAINTS ALL DEFERRED"))
            conn.execute(text(orphan))  # accepted for now
            assert conn.execute(text("SELECT count(*) FROM lead_interaction")).scalar() == 1

        _migrate(hub, "0002", down=True)
        assert {deferrable for _, deferrable, _ in _pg_fks(hub)} == {False}
        _migrate(hub, "head", down=False)
        assert {deferrable for _, deferrable, _ in _pg_fks(hub)} == {True}
    finally:
        hub.dispose()


def test_a_hub_made_deferrable_by_the_old_start_up_fix_migrates_cleanly(
        pg_fresh_url: str, schema_diffs) -> None:
    hub = Database(pg_fresh_url)
    try:
        _migrate(hub, "0002", down=True)
        with hub.engine.begin() as conn:  # what sync_hub used to do at the first round
            conn.execute(text("ALTER TABLE checkin ALTER CONSTRAINT "
                              "fk_checkin_visitor_id_visitor DEFERRABLE INITIALLY IMMEDIATE"))
        _migrate(hub, "head", down=False)
        assert {deferrable for _, deferrable, _ in _pg_fks(hub)} == {True}
        assert schema_diffs(hub) == []
    finally:
        hub.dispose()


def test_a_laptop_file_keeps_its_rows_and_search_and_says_deferrable(db_path: Path,
                                                                      make_event) -> None:
    db = Database(db_path)
    try:
        make_event(db)
        with db.session() as session:
            for name in ("Siti Rahma", "أحمد الهاشمي", "Budi Santoso"):
                add_visitor(session, VisitorFields.parse(name=name))
        _migrate(db, "0002", down=True)
        with db.engine.connect() as conn:
            old_sql = dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master").all())
        assert "DEFERRABLE" not in " ".join(s or "" for s in old_sql.values())
    finally:
        db.dispose()

    reopened = Database(db_path)  # migrates at open, as a laptop does after an update
    try:
        with reopened.engine.connect() as conn:
            assert current_revision(conn) == head_revision()  # 0003 and every later one
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        inspector = inspect(reopened.engine)
        options = [fk["options"] for name in Base.metadata.tables
                   for fk in inspector.get_foreign_keys(name)]
        assert len(options) == MODEL_FKS
        assert all(o == {"deferrable": True, "initially": "IMMEDIATE"} for o in options)
        with reopened.reader() as session:  # the search index still points at the right rows
            assert [v.name for v in search_visitors(session, "budi")] == ["Budi Santoso"]
            assert [v.name for v in search_visitors(session, "أحمد")] == ["أحمد الهاشمي"]
        with pytest.raises(IntegrityError), reopened.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO lead_interaction (lead_id, at, kind, note, id, created_at, "
                "updated_at, device_id, hlc, deleted) VALUES ('nope', '2027-01-27', 'scan', "
                "'', 'li1', '2027-01-27', '2027-01-27', 'd', 'h', 0)")

        _migrate(reopened, "0002", down=True)  # and back: the schema text as it was
        with reopened.engine.connect() as conn:
            again = dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master").all())
        assert again == old_sql
    finally:
        reopened.dispose()
