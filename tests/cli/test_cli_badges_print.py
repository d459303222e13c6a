"""`booth badges print` through the real CUPS queue Booth_PDF, and its refusals."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cups_pdf as helpers
import pytest

from booth_app.core.badges.tokens import check_token
from booth_app.core.events import require_event
from booth_app.storage.database import Database

QUEUE = helpers.QUEUE
INIT = ("init", "--event", "Indonesia Pavilion at Arab Health 2027", "--start", "2027-01-27",
        "--end", "2027-01-30", "--timezone", "Asia/Dubai")


@pytest.fixture(scope="module")
def cups_pdf() -> Path:
    reason = helpers.ensure_cups_pdf()
    if reason:
        pytest.skip(f"no real print queue: {reason}")
    return helpers.cups_pdf_output_dir()


@pytest.fixture
def pavilion(booth: Callable[..., Any], tmp_path: Path) -> tuple[str, list[dict[str, Any]]]:
    """A database with an event and two visitors; returns its path and the visitors."""
    db = str(tmp_path / "booth.sqlite")
    assert booth("--db", db, *INIT).code == 0
    visitors = []
    for name, org in (("Siti Rahmawati", "RS Harapan Kita"),
                      ("محمد عبد الله", "Dubai Health Authority")):
        done = booth("--db", db, "--json", "visitors", "add", "--name", name,
                     "--organization", org)
        assert done.code == 0, done.err
        visitors.append(done.doc["visitor"])
    return db, visitors


def _rows(db: str, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _printed_for_job(out_dir: Path, job: str) -> Path:
    number = job.rsplit("-", 1)[-1]
    assert helpers.printing.wait_for_job(job, timeout=60), f"job {job} did not complete"
    return helpers.printed_file(out_dir, f"job_{number}")


@pytest.mark.slow
def test_print_sends_verifiable_badges_to_the_queue_and_logs_the_job(
        booth: Callable[..., Any], pavilion: tuple[str, list[dict[str, Any]]],
        cups_pdf: Path) -> None:
    db, visitors = pavilion

    done = booth("--db", db, "--json", "badges", "print", "--printer", QUEUE, "--layout",
                 "cr80", "--visitor", visitors[0]["id"], visitors[1]["code"])

    assert done.code == 0, done.err
    doc = done.doc
    assert (doc["printed"], doc["printer"], doc["layout"]) == (2, QUEUE, "cr80")
    assert doc["job"].startswith(f"{QUEUE}-")
    scanned = helpers.scan_tokens(_printed_for_job(cups_pdf, doc["job"]))
    assert [len(page) for page in scanned] == [1, 1]
    database = Database(db)
    try:
        with database.reader() as session:
            event = require_event(session)
            checks = [check_token(event, page[0]) for page in scanned]
    finally:
        database.dispose()
    assert [c.kind for c in checks] == ["valid", "valid"]
    assert [c.code for c in checks] == [v["code"].replace("-", "") for v in visitors]
    jobs = _rows(db, "SELECT detail FROM audit_log WHERE action = 'badge.print_job'")
    assert len(jobs) == 1 and doc["job"] in jobs[0][0] and QUEUE in jobs[0][0]


def test_a_reprint_is_a_new_version_and_both_prints_are_logged(
        booth: Callable[..., Any], pavilion: tuple[str, list[dict[str, Any]]],
        cups_pdf: Path) -> None:
    db, visitors = pavilion
    for _ in range(2):
        done = booth("--db", db, "--json", "badges", "print", "--printer", QUEUE,
                     "--visitor", visitors[0]["id"])
        assert done.code == 0, done.err

    badges = _rows(db, f"SELECT version, revoked FROM badge "
                       f"WHERE visitor_id = '{visitors[0]['id']}' ORDER BY version")
    assert badges == [(1, 1), (2, 0)]
    actions = [row[0] for row in _rows(db, "SELECT action FROM audit_log ORDER BY at")]
    assert actions.count("badge.print_job") == 2
    assert "badge.reprint" in actions


def test_an_unknown_printer_is_refused_before_any_badge_is_issued(
        booth: Callable[..., Any], pavilion: tuple[str, list[dict[str, Any]]],
        cups_pdf: Path) -> None:
    db, _ = pavilion
    done = booth("--db", db, "--json", "badges", "print", "--printer", "Nowhere_Printer",
                 "--all")
    assert done.code == 1
    assert "Nowhere_Printer" in done.doc["error"] and QUEUE in done.doc["error"]
    assert _rows(db, "SELECT count(*) FROM badge") == [(0,)]
    assert _rows(db, "SELECT count(*) FROM audit_log WHERE action LIKE 'badge.%'") == [(0,)]


def test_without_a_printer_or_a_default_it_says_to_name_one(
        booth: Callable[..., Any], pavilion: tuple[str, list[dict[str, Any]]],
        cups_pdf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(helpers.printing, "default_printer", lambda: None)
    db, _ = pavilion
    done = booth("--db", db, "badges", "print", "--all")
    assert done.code == 1
    assert "--printer" in done.err and QUEUE in done.err
    assert _rows(db, "SELECT count(*) FROM badge") == [(0,)]


@pytest.mark.parametrize("args", [
    ("badges", "print", "--printer", QUEUE),  # neither --all nor --visitor
    ("badges", "print", "--all", "--visitor", "X"),
    ("badges", "print", "--printer", QUEUE, "--layout", "poster", "--all"),
    ("badges", "print", "--printer", QUEUE, "--visitor", "ZZZZ-ZZZZ"),
])
def test_bad_arguments_exit_2_and_print_nothing(
        booth: Callable[..., Any], pavilion: tuple[str, list[dict[str, Any]]],
        cups_pdf: Path, args: tuple[str, ...]) -> None:
    db, _ = pavilion
    done = booth("--db", db, *args)
    assert done.code == 2, done.err
    assert done.err.startswith("booth: ")
    assert _rows(db, "SELECT count(*) FROM badge") == [(0,)]


@pytest.mark.slow
def test_the_command_in_a_real_process(run_booth: Callable[..., Any], tmp_path: Path,
                                       cups_pdf: Path) -> None:
    db = str(tmp_path / "proc.sqlite")
    assert run_booth("--db", db, "demo", "--visitors", "5").returncode == 0
    done = run_booth("--db", db, "--json", "badges", "print", "--printer", QUEUE, "--all",
                     "--layout", "a4x8")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["printed"] == 5 and doc["layout"] == "a4x8"
    printed = _printed_for_job(cups_pdf, doc["job"])
    scanned = helpers.scan_tokens(printed)
    assert [len(page) for page in scanned] == [5]  # five badges on one A4 sheet

