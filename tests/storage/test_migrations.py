"""Opening a database brings it to the current schema, safely."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from booth_app import paths
from booth_app.storage.database import Database
from booth_app.storage.migrate import alembic_config, current_revision, head_revision
from booth_app.storage.models import Base

FTS_TABLE = "visitor_fts"


def test_empty_file_is_migrated_to_head_with_every_table(db_path: Path) -> None:
    database = Database(db_path)
    try:
        tables = set(inspect(database.engine).get_table_names())
        with database.engine.connect() as conn:
            revision = current_revision(conn)
    finally:
        database.dispose()
    missing = set(Base.metadata.tables) - tables
    assert not missing, f"tables not created by the migrations: {sorted(missing)}"
    assert {"alembic_version", FTS_TABLE} <= tables
    assert revision == head_revision()


def test_sqlite_head_matches_the_models(db: Database, schema_diffs) -> None:
    assert schema_diffs(db) == []


def test_sqlite_head_matches_the_models_by_alembic_check(db: Database) -> None:
    # The same comparison as the developers' `alembic check`.
    cfg = alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.check(cfg)


def test_schema_comparison_notices_a_drift(db: Database, schema_diffs) -> None:
    # The comparison above must be able to fail: a column the models do not know is seen.
    with db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE visitor ADD COLUMN nickname VARCHAR(50)"))
        conn.execute(text("CREATE INDEX ix_stray ON visitor (phone)"))
    found = {(d[0], getattr(d[-1], "name", None)) for d in schema_diffs(db) if isinstance(d, tuple)}
    assert ("remove_column", "nickname") in found
    assert ("remove_index", "ix_stray") in found


def test_search_index_tables_are_left_to_the_migration_scripts(db: Database, schema_diffs) -> None:
    # The FTS tables exist but autogenerate must not try to drop them.
    with db.engine.connect() as conn:
        names = {
            row[0]
            for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        }
    assert FTS_TABLE in names
    assert any(name.startswith(FTS_TABLE + "_") for name in names)  # shadow tables
    assert schema_diffs(db) == []


def test_a_new_file_gets_no_backup(db_path: Path) -> None:
    Database(db_path).dispose()
    assert not (db_path.parent / "backups").exists()


def test_reopening_a_current_file_takes_no_backup(db_path: Path) -> None:
    Database(db_path).dispose()
    Database(db_path).dispose()
    assert not (db_path.parent / "backups").exists()


def test_file_behind_head_is_backed_up_then_migrated(db_path: Path) -> None:
    database = Database(db_path)
    cfg = alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    database.dispose()

    reopened = Database(db_path)
    try:
        with reopened.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
        assert set(Base.metadata.tables) <= set(inspect(reopened.engine).get_table_names())
    finally:
        reopened.dispose()
    copies = list((db_path.parent / "backups").glob(f"*before-{head_revision()}*"))
    assert len(copies) == 1, "no backup copy was taken before migrating"
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (0,)


NEXT_REVISION = '''
    """probe: a later schema version, for the migration tests only"""

    import sqlalchemy as sa
    from alembic import op

    revision = "9002"
    down_revision = "{head}"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        op.create_table("probe", sa.Column("id", sa.Integer(), primary_key=True))


    def downgrade() -> None:
        op.drop_table("probe")
'''


def test_an_existing_pavilion_is_backed_up_with_its_data_before_an_upgrade(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_event
) -> None:
    database = Database(db_path)
    make_event(database, name="Before The Upgrade")
    database.dispose()
    old_head = head_revision()

    # The next release ships one more migration script.
    scripts = tmp_path / "next_release_db"
    shutil.copytree(paths.migrations_path(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9002_probe.py").write_text(
        textwrap.dedent(NEXT_REVISION.format(head=old_head))
    )
    monkeypatch.setattr(paths, "migrations_path", lambda: scripts)
    assert head_revision() == "9002"

    upgraded = Database(db_path)
    try:
        with upgraded.engine.connect() as conn:
            assert current_revision(conn) == "9002"
            assert conn.execute(text("SELECT name FROM event")).scalar_one() == (
                "Before The Upgrade"
            )
        assert "probe" in inspect(upgraded.engine).get_table_names()
    finally:
        upgraded.dispose()

    copies = list((db_path.parent / "backups").glob("*before-9002*"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)
        assert conn.execute("SELECT name FROM event").fetchone() == ("Before The Upgrade",)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "probe" not in tables
