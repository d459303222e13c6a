"""Shared fixtures: real SQLite files in tmp_path, a throwaway PostgreSQL cluster, the CLI."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from cups_pdf import cups_pdf  # noqa: F401 - the real print queue fixture, for every test

from booth_app.storage.database import Database

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


# -- isolation ------------------------------------------------------------------------------


@pytest.fixture
def isolated_env(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real per-user data folder or inherits BOOTH_DB."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.delenv("BOOTH_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    return home


# -- SQLite ---------------------------------------------------------------------------------


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "booth.sqlite"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at head without a device identity, copied for each test
    (migrating takes a few hundred milliseconds; the migration tests do it for real)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    Database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM meta")
        conn.execute("DELETE FROM device")
    conn.close()
    return path


@pytest.fixture
def db(db_path: Path, migrated_template: Path) -> Iterator[Database]:
    """A fresh SQLite database file at head with its own device identity and no event."""
    shutil.copyfile(migrated_template, db_path)
    database = Database(db_path)
    yield database
    database.dispose()


def make_event(database: Database, **overrides: object) -> str:
    from booth_app.core.events import create_event

    values: dict[str, object] = {
        "name": "Indonesia Pavilion at Arab Health 2027",
        "start": date(2027, 1, 27),
        "end": date(2027, 1, 30),
        "timezone": "Asia/Dubai",
        "venue": "Dubai World Trade Centre",
        "currency": "USD",
    }
    values.update(overrides)
    with database.session() as session:
        return create_event(session, **values).id  # type: ignore[arg-type]


@pytest.fixture(name="make_event")
def make_event_fixture() -> Callable[..., str]:
    """`make_event(database, **overrides)` creates the event and returns its id."""
    return make_event


@pytest.fixture
def event_db(db: Database) -> Database:
    """A fresh database holding one event (Asia/Dubai, USD) and its entrance point."""
    make_event(db)
    return db


# -- the CLI in a real process --------------------------------------------------------------


def run_booth(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """`python -m booth_app ARGS` in a subprocess, as a user runs it."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    full_env.pop("BOOTH_DB", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "booth_app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        cwd=REPO,
        timeout=timeout,
    )


@pytest.fixture(name="run_booth")
def run_booth_fixture() -> Callable[..., subprocess.CompletedProcess[str]]:
    return run_booth


# -- PostgreSQL -----------------------------------------------------------------------------


def _pg_bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _PgCluster:
    """initdb + pg_ctl as an ordinary user (PostgreSQL refuses to run as root)."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            import pwd

            try:
                pwd.getpwnam("postgres")
            except KeyError:
                pytest.skip("running as root and there is no `postgres` user to run the server")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.root = Path(tempfile.mkdtemp(prefix="booth-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sock"
        self.sockets.mkdir()
        self.log = self.root / "server.log"
        if self.as_user:
            import pwd

            pw = pwd.getpwnam("postgres")
            for path in (self.root, self.sockets):
                os.chown(path, pw.pw_uid, pw.pw_gid)
        self.port = _free_port()

    def run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.as_user, str(self.bindir / tool), *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    def start(self) -> None:
        done = self.run(
            "initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
            "--encoding=UTF8", "--no-locale", "--no-sync",
        )  # fmt: skip
        if done.returncode != 0:
            pytest.skip(f"initdb failed: {done.stderr.strip() or done.stdout.strip()}")
        options = (
            f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        done = self.run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start"
        )
        if done.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            pytest.skip(f"PostgreSQL did not start: {done.stderr.strip()} {log[-500:]}")

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        deadline = time.monotonic() + 20
        while True:
            try:
                conn = psycopg.connect(
                    host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                    autocommit=True,
                )  # fmt: skip
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        with conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[_PgCluster]:
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'booth[hub]')")
    cluster = _PgCluster(bindir)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_url(pg_cluster: _PgCluster) -> str:
    """`postgresql+psycopg://postgres@127.0.0.1:PORT/booth_test` on a throwaway cluster."""
    return pg_cluster.create_database("booth_test")


@pytest.fixture
def pg_fresh_url(pg_cluster: _PgCluster, request: pytest.FixtureRequest) -> str:
    """An empty database of its own for one test, on the session's cluster."""
    name = "t_" + "".join(ch if ch.isalnum() else "_" for ch in request.node.name)[:30].lower()
    return pg_cluster.create_database(f"{name}_{os.getpid()}_{time.monotonic_ns() % 10**6}")


class Restartable(_PgCluster):
    """The test cluster, stopped and started again on the same port and data."""

    def options(self) -> str:
        return (f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")

    def halt(self) -> None:
        done = self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        assert done.returncode == 0, done.stderr

    def resume(self) -> None:
        done = self.run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o",
                        self.options(), "-w", "start")
        assert done.returncode == 0, done.stderr


@pytest.fixture
def hub_cluster() -> Iterator[Restartable]:
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found")
    cluster = Restartable(bindir)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
