"""Bring a database to the current schema at start, under a lock, after a backup.

It works on an engine (and the SQLite file behind it, for the lock and the backup), so
it needs nothing of storage.database, which calls `upgrade` when it opens a database.
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from filelock import FileLock
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from booth_app import paths
from booth_app.storage.backup import rolling_backup

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
PG_LOCK_KEY = 0x0B0074  # any constant shared by every Booth process

_REVISION = re.compile(r"^revision(?:: str)? = ['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision(?:: [^=]+)? = (?:['\"]([^'\"]+)['\"]|None)", re.M)


def alembic_config() -> Config:
    from alembic.config import Config

    # Pass today's stdout: Config's default is whatever sys.stdout was when Alembic was
    # first imported, which may be long closed (Alembic is imported only when needed).
    cfg = Config(stdout=sys.stdout)
    cfg.set_main_option("script_location", str(paths.migrations_path()))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return heads[0]


def current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def script_head() -> str:
    """The newest migration's revision, read from the scripts' own lines.

    Importing Alembic costs a third of a second at every start, so the everyday
    "already at head?" question is answered without it; when the scripts say
    something this reading does not follow, Alembic answers instead.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in paths.migrations_path().joinpath("versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        found, down = _REVISION.search(source), _DOWN.search(source)
        if found is None or down is None:
            return head_revision()
        revisions.add(found.group(1))
        if down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else head_revision()


def _stored_revision(engine: Engine) -> str | None:
    """The database's revision read directly; None when it has none yet."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return None
    return rows[0][0] if len(rows) == 1 else None


def upgrade(engine: Engine, path: Path | None) -> None:
    """Migrate to head if needed. SQLite files (`path`) get a backup copy first."""
    if _stored_revision(engine) == script_head():
        return
    head = head_revision()
    with engine.connect() as conn:
        if current_revision(conn) == head:
            return
    if engine.dialect.name == "sqlite":
        assert path is not None
        with FileLock(str(path) + ".lock", timeout=60):
            _upgrade_locked(engine, path, head)
    else:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": PG_LOCK_KEY})
            try:
                _upgrade_locked(engine, path, head)
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": PG_LOCK_KEY})
                conn.commit()


def _upgrade_locked(engine: Engine, path: Path | None, head: str) -> None:
    with engine.connect() as conn:
        current = current_revision(conn)
        # A file at base may still hold data (an empty alembic_version after a downgrade,
        # or another program's tables): only a brand-new, empty file needs no copy.
        has_tables = bool(inspect(conn).get_table_names())
    if current == head:
        return  # another process migrated while we waited for the lock
    if engine.dialect.name == "sqlite" and has_tables and path is not None:
        copy = rolling_backup(path, keep=5, reason=f"before-{head}")
        log.info("backed up %s to %s before migrating %s -> %s", path, copy, current, head)
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    where = path if path is not None else engine.url.render_as_string(hide_password=True)
    log.info("migrated %s from %s to %s", where, current, head)
