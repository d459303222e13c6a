"""The SQLite file: durable settings on every connection, refusing damaged or read-only files."""

from __future__ import annotations

import hashlib
import os
import pickle
import random
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from booth_app.storage.database import Database, DatabaseError, check_sqlite_file, to_url
from booth_app.storage.models import Exhibitor

PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[str]:
    """The -wal/-shm/.lock files SQLite and Booth keep beside the database."""
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


# -- connection settings ---------------------------------------------------------------------


def test_every_connection_is_wal_with_foreign_keys_and_full_sync(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    # The writing sessions and the readers use the same settings.
    for factory in (db.session, db.reader):
        with factory() as session:
            conn = session.connection()
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_a_fresh_connection_after_dispose_gets_the_settings_again(db: Database) -> None:
    db.dispose()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Exhibitor(event_id="0" * 32, code="GHOST", name="No such event"))
        session.flush()
    with db.reader() as session:
        assert session.query(Exhibitor).count() == 0


def test_a_failed_write_session_keeps_nothing(event_db: Database) -> None:
    from booth_app.core.visitors.register import VisitorFields, add_visitor, count_visitors

    with pytest.raises(RuntimeError), event_db.session() as session:
        add_visitor(session, VisitorFields.parse(name="Half Written"))
        raise RuntimeError("power cut in the middle")
    with event_db.reader() as session:
        assert count_visitors(session) == 0


def test_paths_and_urls() -> None:
    assert to_url("/tmp/x/booth.sqlite") == "sqlite:////tmp/x/booth.sqlite"
    assert to_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    with pytest.raises(DatabaseError, match="Not a database address"):
        to_url("postgresql+psycopg://user@host:port/db")  # a port that is not a number
    with pytest.raises(DatabaseError, match="Not a kind of database"):
        Database("mysqlish://somewhere/db")


# -- damaged files ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def valid_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real pavilion database with a few hundred visitors, closed cleanly."""
    from booth_app.core.events import create_event
    from booth_app.core.visitors.register import VisitorFields, add_visitor

    path = tmp_path_factory.mktemp("good") / "booth.sqlite"
    database = Database(path)
    with database.session() as session:
        create_event(
            session, name="Good", start=date(2027, 1, 1), end=date(2027, 1, 2), timezone="UTC"
        )
        for number in range(300):
            add_visitor(session, VisitorFields.parse(name=f"Visitor {number}", email=""))
    database.dispose()
    assert not Path(str(path) + "-wal").exists()  # checkpointed into the main file
    return path


def _garbage_pages(data: bytes) -> bytes:
    rng = random.Random(7)
    damaged = bytearray(data)
    for page in range(2, len(data) // PAGE):
        damaged[page * PAGE : (page + 1) * PAGE] = rng.randbytes(PAGE)
    return bytes(damaged)


def _one_page_overwritten(data: bytes) -> bytes:
    damaged = bytearray(data)
    damaged[3 * PAGE : 4 * PAGE] = b"\xff" * PAGE
    return bytes(damaged)


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "random bytes": lambda data: random.Random(3).randbytes(8 * PAGE),
    "truncated to half": lambda data: data[: len(data) // 2],
    "truncated inside the header": lambda data: data[:100],
    "garbage over the pages": _garbage_pages,
    "one page overwritten": _one_page_overwritten,
    "a text file": lambda data: b"name,email\nBudi,budi@example.com\n" * 50,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_file_is_refused_clearly_and_left_alone(
    valid_file: Path, tmp_path: Path, damage: str
) -> None:
    path = tmp_path / "damaged" / "booth.sqlite"
    path.parent.mkdir()
    path.write_bytes(DAMAGE[damage](valid_file.read_bytes()))
    before = digest(path)

    with pytest.raises(DatabaseError) as caught:
        Database(path)

    message = str(caught.value)
    assert str(path) in message
    assert "damaged" in message
    assert "backup" in message  # the way out
    assert digest(path) == before, "the damaged file was modified"
    assert not (path.parent / "backups").exists()
    wal = Path(str(path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        Database(tmp_path)


def test_a_valid_file_passes_the_check(valid_file: Path) -> None:
    check_sqlite_file(valid_file)


# -- read-only files -------------------------------------------------------------------------


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder outside root's private tmp tree, so an unprivileged user can reach it."""
    folder = Path(tempfile.mkdtemp(prefix="booth-ro-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder, ignore_errors=True)


def _as_unprivileged(func: Callable[[], str]) -> str:
    """Run `func` as an ordinary user: in-process normally, in a forked child as `nobody`
    when we are root (root may write to any file, so read-only means nothing to it)."""
    if os.geteuid() != 0:
        return func()
    import pwd

    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("running as root and there is no `nobody` user to test permissions with")
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: drop root, run, report, exit without running pytest's cleanup
        os.close(read_end)
        try:
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            outcome: object = func()
        except BaseException as exc:
            outcome = exc
        with os.fdopen(write_end, "wb") as fh:
            pickle.dump(outcome if isinstance(outcome, str) else repr(outcome), fh)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as fh:
        result: str = pickle.load(fh)
    os.waitpid(pid, 0)
    return result


def _open_and_report(path: Path) -> Callable[[], str]:
    def attempt() -> str:
        try:
            Database(path).dispose()
        except DatabaseError as exc:
            return f"DatabaseError: {exc}"
        return "opened"

    return attempt


def test_a_read_only_file_is_refused_with_a_clear_message(
    shared_dir: Path, make_event: Callable[..., str]
) -> None:
    path = shared_dir / "booth.sqlite"
    database = Database(path)
    make_event(database)
    database.dispose()
    path.chmod(0o444)
    before = digest(path)

    outcome = _as_unprivileged(_open_and_report(path))

    assert outcome.startswith("DatabaseError"), outcome
    assert "read-only" in outcome
    assert str(path) in outcome
    assert digest(path) == before


def test_a_file_in_a_read_only_folder_is_refused(
    shared_dir: Path, make_event: Callable[..., str]
) -> None:
    # WAL needs to create -wal and -shm beside the file, so the folder must be writable too.
    folder = shared_dir / "usb"
    folder.mkdir()
    path = folder / "booth.sqlite"
    database = Database(path)
    make_event(database, start=date(2027, 1, 1), end=date(2027, 1, 2))
    database.dispose()
    path.chmod(0o666)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH
                 | stat.S_IXOTH)  # fmt: skip

    outcome = _as_unprivileged(_open_and_report(path))

    assert outcome.startswith("DatabaseError"), outcome
    assert "read-only" in outcome


def test_a_new_file_in_a_read_only_folder_is_refused(shared_dir: Path) -> None:
    folder = shared_dir / "locked"
    folder.mkdir()
    folder.chmod(0o555)

    outcome = _as_unprivileged(_open_and_report(folder / "new.sqlite"))

    assert outcome.startswith("DatabaseError"), outcome
    assert "read-only" in outcome
    assert list(folder.iterdir()) == []


# -- several writers, readers that never wait -------------------------------------------------


def test_two_writers_at_once_queue_instead_of_failing(event_db: Database) -> None:
    import threading

    from booth_app.core.visitors.register import VisitorFields, add_visitor, count_visitors

    assert event_db.path is not None
    # Two programs on one file: the window and a CLI import, say.
    other = Database(event_db.path)
    errors: list[BaseException] = []

    def register(database: Database, prefix: str) -> None:
        try:
            for number in range(40):
                with database.session() as session:
                    add_visitor(session, VisitorFields.parse(name=f"{prefix} {number}"))
        except BaseException as exc:  # reported below, with the thread's own error
            errors.append(exc)

    threads = [
        threading.Thread(target=register, args=(event_db, "Desk")),
        threading.Thread(target=register, args=(other, "Entrance")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.dispose()
    assert errors == []
    with event_db.reader() as session:
        assert count_visitors(session) == 80


def test_a_reader_sees_the_last_commit_without_waiting_for_a_writer(event_db: Database) -> None:
    import time

    from booth_app.core.visitors.register import VisitorFields, add_visitor, count_visitors

    with event_db.session() as session:
        add_visitor(session, VisitorFields.parse(name="Committed"))
    with event_db.session() as writer:  # holds the write lock, not yet committed
        add_visitor(writer, VisitorFields.parse(name="In flight"))
        writer.flush()
        started = time.monotonic()
        with event_db.reader() as session:
            assert count_visitors(session) == 1
        assert time.monotonic() - started < 1.0
    with event_db.reader() as session:
        assert count_visitors(session) == 2
