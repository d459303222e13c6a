"""Holes found from outside: a database path under a regular file, and a scan that only
holds a separator. Each ends in one line and exit 2, with nothing written."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.storage.database import Database

Booth = Callable[..., Any]


@pytest.mark.parametrize("below", ["sub.sqlite", "deeper/sub.sqlite"])
def test_a_database_path_under_a_regular_file_is_one_line_and_exit_2(
        booth: Booth, run_booth: Callable[..., Any], tmp_path: Path, below: str) -> None:
    plain = tmp_path / "notes.txt"
    plain.write_text("not a folder")
    target = str(plain / below)
    for args in (("visitors", "list"), ("init", "--event", "E", "--start", "2027-01-27",
                                        "--end", "2027-01-30", "--timezone", "Asia/Dubai")):
        done = booth("--db", target, "--json", *args)
        assert done.code == 2
        assert "is a file, not a folder" in done.doc["error"]
        process = run_booth("--db", target, *args)
        assert process.returncode == 2
        assert "Traceback" not in process.stderr
        assert process.stderr.strip().count("\n") == 0, process.stderr
        assert process.stderr.startswith("booth: ")
    assert plain.read_text() == "not a folder"


@pytest.mark.parametrize("payload", ["'; DROP TABLE visitor; --",
                                     "Robert'); DROP TABLE Students;--", ";;;", "a;b;c"])
def test_a_scan_of_junk_with_separators_makes_no_lead_and_no_visitor(
        booth: Booth, event_db: Database, payload: str) -> None:
    with event_db.session() as session:
        add_exhibitor(session, code="MEDI", name="PT Medika")
    path = str(event_db.path)
    event_db.dispose()
    done = booth("--db", path, "--json", "leads", "capture", "--exhibitor", "MEDI", payload,
                 "--note", "should not be kept")
    assert done.code == 2, done.out
    assert "Not a badge" in done.doc["error"]
    with sqlite3.connect(path) as conn:
        counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("visitor", "lead", "lead_interaction")]
    conn.close()
    assert counts == [0, 0, 0]
    listed = booth("--db", path, "--json", "visitors", "list")
    assert listed.doc["visitors"] == []
