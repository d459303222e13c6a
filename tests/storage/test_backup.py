"""Backup copies: consistent while the show goes on, and only the newest few are kept."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from booth_app.storage.backup import backup_sqlite, backups_dir, rolling_backup
from booth_app.storage.database import Database

BATCH = 25


def _writer_db(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS scan (batch INTEGER, n INTEGER)")
    return conn


def test_backup_is_consistent_while_another_connection_writes(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite"
    writer = _writer_db(source)
    stop = threading.Event()
    batches = 0

    def write() -> None:
        nonlocal batches
        while not stop.is_set():
            # Each transaction writes a whole batch: a consistent copy never holds part of one.
            writer.execute("BEGIN IMMEDIATE")
            writer.executemany(
                "INSERT INTO scan VALUES (?, ?)", [(batches, n) for n in range(BATCH)]
            )
            writer.execute("COMMIT")
            batches += 1

    thread = threading.Thread(target=write)
    thread.start()
    try:
        while batches < 20:
            stop.wait(0.01)
        copies = [backup_sqlite(source, tmp_path / f"copy{n}.sqlite") for n in range(5)]
    finally:
        stop.set()
        thread.join()
        writer.close()

    counts = []
    for copy in copies:
        with sqlite3.connect(copy) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            count, groups = conn.execute(
                "SELECT count(*), count(DISTINCT batch) FROM scan"
            ).fetchone()
            assert count == groups * BATCH, "the copy holds half a transaction"
            assert conn.execute(
                "SELECT count(*) FROM (SELECT batch FROM scan GROUP BY batch HAVING count(*) != ?)",
                (BATCH,),
            ).fetchone() == (0,)
            counts.append(count)
        conn.close()
    assert counts[0] > 0
    assert counts == sorted(counts)


def test_backup_includes_commits_still_in_the_wal_and_stands_alone(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite"
    writer = _writer_db(source)
    try:
        writer.execute("INSERT INTO scan VALUES (1, 1)")  # committed, not yet checkpointed
        assert Path(str(source) + "-wal").stat().st_size > 0
        copy = backup_sqlite(source, tmp_path / "usb" / "copy.sqlite")
    finally:
        writer.close()
    assert not Path(str(copy) + "-wal").exists()
    assert not copy.with_name(copy.name + ".part").exists()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM scan").fetchone() == (1,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.close()


def test_backup_of_a_booth_database_opens_as_a_booth_database(
    event_db: Database, tmp_path: Path
) -> None:
    from booth_app.core.events import current_event

    assert event_db.path is not None
    copy = backup_sqlite(event_db.path, tmp_path / "copy.sqlite")
    restored = Database(copy)
    try:
        with restored.reader() as session:
            event = current_event(session)
            assert event is not None and event.name.startswith("Indonesia Pavilion")
    finally:
        restored.dispose()


def test_backup_replaces_an_older_copy(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite"
    writer = _writer_db(source)
    dest = tmp_path / "copy.sqlite"
    try:
        backup_sqlite(source, dest)
        writer.execute("INSERT INTO scan VALUES (1, 1)")
        backup_sqlite(source, dest)
    finally:
        writer.close()
    with sqlite3.connect(dest) as conn:
        assert conn.execute("SELECT count(*) FROM scan").fetchone() == (1,)
    conn.close()


def test_rolling_backup_keeps_only_the_newest(tmp_path: Path) -> None:
    source = tmp_path / "booth.sqlite"
    writer = _writer_db(source)
    made = []
    try:
        for number in range(6):
            writer.execute("INSERT INTO scan VALUES (?, 0)", (number,))
            made.append(rolling_backup(source, keep=3))
        other = rolling_backup(source, keep=1, reason="manual")
    finally:
        writer.close()

    folder = backups_dir(source)
    kept = sorted(folder.glob("booth-auto-*.sqlite"))
    assert kept == sorted(made[-3:])
    assert other.exists(), "copies taken for another reason are kept apart"
    with sqlite3.connect(kept[-1]) as conn:
        assert conn.execute("SELECT count(*) FROM scan").fetchone() == (6,)
    conn.close()
