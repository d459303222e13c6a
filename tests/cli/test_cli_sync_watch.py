"""`booth sync hub URL`: one round as before, and `--watch`, a laptop that keeps syncing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from booth_app.core.sync.hub import hub_round
from booth_app.storage.database import Database
from booth_app.storage.models import Visitor
from tests.cli.conftest import Outcome
from tests.conftest import REPO
from tests.core.sync.test_sync import join, walk_in


def test_one_round_prints_what_moved_as_before(booth: Callable[..., Outcome], event_db: Database,
                                               pg_fresh_url: str) -> None:
    assert event_db.path is not None
    done = booth("--json", "--db", str(event_db.path), "sync", "hub", pg_fresh_url)
    assert done.code == 0, done.err
    assert set(done.doc) == {"pushed", "pulled", "merged"} and done.doc["pushed"] > 0


def test_seconds_without_watch_is_refused(booth: Callable[..., Outcome], event_db: Database,
                                          pg_fresh_url: str) -> None:
    done = booth("--db", str(event_db.path), "sync", "hub", pg_fresh_url, "--seconds", "5")
    assert done.code == 2 and "--watch" in done.err


def test_a_watching_laptop_takes_another_laptops_walk_in_as_it_is_announced(
        event_db: Database, tmp_path: Path, migrated_template: Path, pg_fresh_url: str) -> None:
    laptop_b = join(event_db, tmp_path, migrated_template, "b")
    hub_round(event_db, pg_fresh_url)
    path_b = str(laptop_b.path)
    laptop_b.dispose()
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    env.pop("BOOTH_DB", None)
    # The poll (60 s) is longer than the watch: only the hub's notice brings the walk-in.
    watch = subprocess.Popen(
        [sys.executable, "-m", "booth_app", "--json", "--db", path_b, "sync", "hub",
         pg_fresh_url, "--watch", "--seconds", "6", "--poll", "60"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        env=env, cwd=REPO)
    try:
        assert watch.stdout is not None
        lines = [watch.stdout.readline()]  # the first round (B joins the hub)
        lines.append(watch.stdout.readline())  # the round after the listen link opened
        walk_in(event_db, "Dewi Lestari", "dewi@example.id")
        assert hub_round(event_db, pg_fresh_url).pushed == 1
        out, err = watch.communicate(timeout=60)
    finally:
        if watch.poll() is None:
            watch.kill()
    assert watch.returncode == 0, err
    rounds = [json.loads(line) for line in lines + out.splitlines()]
    assert rounds[0]["reason"] == "first" and rounds[0]["pulled"] > 0
    assert any(r["reason"] == "notify" and r["pulled"] == 1 for r in rounds), rounds
    assert all("pushed" in r and "at" in r for r in rounds)
    from_b = Database(path_b)
    try:
        with from_b.reader() as session:
            assert session.query(Visitor).filter_by(email="dewi@example.id").count() == 1
    finally:
        from_b.dispose()
