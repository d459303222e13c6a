"""Opening a Booth database: SQLite by default, any SQLAlchemy URL for the hub.

Opening checks the file (integrity, writability), migrates it to the current schema
(with a backup copy first) and gives this laptop its device identity.
"""

from __future__ import annotations

import logging
import os
import socket
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from booth_app import paths
from booth_app.storage.clock import HybridClock
from booth_app.storage.ids import new_id, utcnow
from booth_app.storage.migrate import upgrade
from booth_app.storage.models import Device, Meta, SyncColumns

ENV_VAR = "BOOTH_DB"
SECURE_SINCE_KEY = "secure_delete_since"  # see storage.scrub
DEFAULT_FILENAME = "booth.sqlite"

log = logging.getLogger(__name__)


class DatabaseError(Exception):
    """The database cannot be used; the message tells the user what to do."""


def default_target() -> str:
    return os.environ.get(ENV_VAR) or str(paths.data_dir() / DEFAULT_FILENAME)


def to_url(target: str | Path) -> str:
    """A file path becomes a SQLite URL; anything with `://` is taken as a URL."""
    text = str(target)
    if "://" in text:
        try:
            make_url(text)
        except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
            raise DatabaseError(f"Not a database address: {text}") from exc
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: in WAL mode NORMAL may lose the last commits on power loss, and a scan
    # shown as saved must survive a pulled plug.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA cache_size=-32000")
    # After a checkpoint, shrink the WAL back instead of keeping its high-water size.
    cur.execute("PRAGMA journal_size_limit=67108864")
    # Deleted and overwritten content is zeroed, not left in free space: a visitor
    # erased on request leaves no trace in the file (storage.scrub does the rest).
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    # pysqlite's own transaction handling is off (see _disable_pysqlite_tx); writers
    # take the write lock up front so two writers queue on busy_timeout instead of
    # failing when a deferred read transaction tries to upgrade.
    if conn.get_execution_options().get("booth_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


class Database:
    """One open database: engine, session factory, device identity and clock."""

    def __init__(self, target: str | Path | None = None, *, migrate: bool = True) -> None:
        self.url = to_url(target if target is not None else default_target())
        parsed = make_url(self.url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.path: Path | None = (
            Path(parsed.database) if self.is_sqlite and parsed.database else None
        )
        if self.path is not None:
            check_sqlite_file(self.path)
        self.engine = self._make_engine()
        if migrate:
            upgrade(self.engine, self.path)
        self.device_id, self.device_name = self._device_identity()
        self.clock = HybridClock(self.device_id, self._meta_get("last_hlc"))
        writer = self.engine.execution_options(booth_write=True)
        self._sessions = sessionmaker(writer, expire_on_commit=False)
        self._readers = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", self._stamp_rows)

    # -- engine ---------------------------------------------------------------
    def _make_engine(self) -> Engine:
        if self.is_sqlite:
            assert self.path is not None
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"Cannot make the folder {self.path.parent} for the "
                                    f"database: {exc.strerror or exc}.") from exc
            engine = create_engine(self.url, connect_args={"check_same_thread": False})
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "connect", _disable_pysqlite_tx)
            event.listen(engine, "begin", _sqlite_begin)
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql("SELECT 1")
            except OperationalError as exc:
                raise DatabaseError(
                    f"The database file {self.path} cannot be opened: {exc.orig}"
                ) from exc
            return engine
        try:
            engine = create_engine(self.url, pool_pre_ping=True)
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except NoSuchModuleError as exc:
            raise DatabaseError(
                f"Not a kind of database Booth can use: {self.describe()} "
                "(give a file path or a postgresql+psycopg:// address)"
            ) from exc
        except ModuleNotFoundError as exc:
            raise DatabaseError(
                f"No driver for {make_url(self.url).drivername}: install the hub extra "
                "(pip install 'booth[hub]')"
            ) from exc
        except OperationalError as exc:
            raise DatabaseError(f"Cannot reach the database server: {exc.orig}") from exc
        return engine

    # -- sessions -------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A writing session: commits (durably) on success, rolls back on error."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only session that never waits for a writer (WAL snapshot)."""
        # close() ends the read transaction but, unlike rollback(), leaves the loaded
        # rows readable after the block.
        with self._readers() as session:
            yield session

    def _stamp_rows(self, session: Session, _ctx: Any, _instances: Any) -> None:
        now = utcnow()
        last = None
        new = list(session.new)
        fresh = set(map(id, new))  # session.new builds a new set on each call
        for obj in new + list(session.dirty):
            if isinstance(obj, SyncColumns) and (id(obj) in fresh or session.is_modified(obj)):
                obj.updated_at = now
                obj.device_id = self.device_id
                obj.hlc = last = self.clock.tick()
        if last is not None:
            # Kept with the rows, so after a restart with the wall clock set back the
            # clock still starts past every change this laptop already wrote.
            session.merge(Meta(key="last_hlc", value=last))

    def stamp(self) -> dict[str, Any]:
        """Writer columns for rows inserted in bulk, bypassing the ORM."""
        now = utcnow()
        return {
            "created_at": now,
            "updated_at": now,
            "device_id": self.device_id,
            "hlc": self.clock.tick(),
            "deleted": False,
        }

    # -- identity -------------------------------------------------------------
    def _meta_get(self, key: str) -> str | None:
        with Session(self.engine) as session:
            row = session.get(Meta, key)
            return row.value if row else None

    def _device_identity(self) -> tuple[str, str]:
        with Session(self.engine) as session, session.begin():
            got = session.get(Meta, "device_id")
            if got is not None:
                name = session.get(Meta, "device_name")
                return got.value, name.value if name else got.value
            device_id, name = new_id(), socket.gethostname() or "laptop"
            # A real stamp (the clock starts after it): a zero one would sort before
            # everything and lower every sync cursor of the laptop that first pulls it.
            stamp = HybridClock(device_id).tick()
            session.add_all(
                [Meta(key="device_id", value=device_id), Meta(key="device_name", value=name),
                 # Written with secure_delete on from the start (storage.scrub).
                 Meta(key=SECURE_SINCE_KEY, value=utcnow().isoformat())]
            )
            session.merge(Meta(key="last_hlc", value=stamp))
            now = utcnow()
            session.add(
                Device(
                    id=device_id,
                    name=name,
                    created_at=now,
                    updated_at=now,
                    device_id=device_id,
                    hlc=stamp,
                )
            )
            return device_id, name

    def set_device_name(self, name: str) -> None:
        with self.session() as session:
            session.merge(Meta(key="device_name", value=name))
            device = session.get(Device, self.device_id)
            if device is not None:
                device.name = name
        self.device_name = name

    def verify(self) -> str | None:
        """The full page-level check of a SQLite file: None when it is sound."""
        if self.path is None:
            return None
        return integrity_problem(self.path, level="quick")

    def describe(self) -> str:
        """Where the data lives, for the status bar and messages (no password)."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def _disable_pysqlite_tx(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a database, is damaged, or cannot be written."""
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    for ancestor in path.parents:
        if ancestor.exists():
            if not ancestor.is_dir():
                raise DatabaseError(f"{ancestor} is a file, not a folder: no database can "
                                    f"be made at {path}.")
            break
    if not path.exists():
        parent = path.parent
        if parent.exists() and not os.access(parent, os.W_OK):
            raise DatabaseError(f"Cannot create a database in {parent}: the folder is read-only.")
        return
    if not os.access(path, os.R_OK):
        raise DatabaseError(f"The database file {path} cannot be read (permission denied).")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseError(
            f"The database file {path} is read-only. Copy it to a writable folder "
            "or fix its permissions, then open it again."
        )
    problem = integrity_problem(path, level="open")
    if problem:
        raise DatabaseError(damaged_message(path, problem))


def damaged_message(path: Path, problem: str) -> str:
    return (f"The database file {path} is damaged ({problem}). Restore the latest "
            "backup (the backups folder beside it) or open another file.")


# Checked on every open: small, and what nothing works without. The big tables are
# checked by Database.verify(), which the window runs in the background after start
# (a full check of a 500 MB file takes over a second) and `booth check` runs in full.
OPEN_CHECK_TABLES = ("meta", "device", "event", "exhibitor", "product", "staff",
                     "checkin_point", "question", "alembic_version")


def integrity_problem(path: Path, *, full: bool = False, level: str | None = None) -> str | None:
    """None when SQLite's own check passes, else a short description.

    `level`: "open" (header, size and the small tables), "quick" (every page, the
    default) or "full" (also every index entry).
    """
    level = level or ("full" if full else "quick")
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
        if header and header[:16] != b"SQLite format 3\x00":
            return "not a SQLite database"
        if not header:
            return None
        if len(header) < 100:
            return "the file is truncated"
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        try:
            if level == "open":
                rows = _open_check(conn, path)
            else:
                pragma = "integrity_check" if level == "full" else "quick_check"
                rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            # Another writer held the file past the timeout: not damage, just not checked.
            log.warning("integrity check of %s skipped: %s", path, exc)
            return None
        return str(exc)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    except OSError as exc:
        return exc.strerror or str(exc)
    messages = [row[0] for row in rows]
    return None if messages == ["ok"] else "; ".join(messages[:3])


def _open_check(conn: sqlite3.Connection, path: Path) -> list[tuple[str]]:
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    if not has_wal and path.stat().st_size < page_size * pages:
        return [("the file is truncated",)]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in OPEN_CHECK_TABLES:
        if table in tables:
            rows = conn.execute(f'PRAGMA quick_check("{table}")').fetchall()
            if [r[0] for r in rows] != ["ok"]:
                return rows
    return [("ok",)]
