"""`booth checkin`: the CLI.md shape and exit codes, in a real process."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

from booth_app.core.badges.tokens import issue_badge
from booth_app.core.events import require_event
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database

Run = Callable[..., CompletedProcess[str]]


def badge(db: Database) -> str:
    with db.session() as session:
        event = require_event(session)
        visitor = add_visitor(session, VisitorFields.parse(name="Siti Rahma",
                                                           organization="RS Harapan Kita"))
        return issue_badge(session, event, visitor)[1]


def test_checkin_json_and_exit_codes(event_db: Database, run_booth: Run) -> None:
    token = badge(event_db)
    path = str(event_db.path)
    event_db.dispose()
    first = run_booth("--db", path, "--json", "checkin", token)
    assert first.returncode == 0, first.stderr
    doc = json.loads(first.stdout)
    assert doc["status"] == "admitted"
    assert doc["visitor"]["name"] == "Siti Rahma" and doc["message"]
    assert set(doc["visitor"]) >= {"id", "code", "name", "organization"}
    bounce = json.loads(run_booth("--db", path, "--json", "checkin", token).stdout)
    assert bounce["status"] == "duplicate"
    forged = run_booth("--db", path, "--json", "checkin", token[:-2] + "22")
    assert forged.returncode == 1 and json.loads(forged.stdout)["status"] == "invalid"
    foreign = run_booth("--db", path, "--json", "checkin", "MECARD:N:Doe,John;;")
    assert foreign.returncode == 1
    doc = json.loads(foreign.stdout)
    assert (doc["status"], doc["visitor"]) == ("unknown", None)
    assert doc["foreign"]["kind"] == "mecard" and doc["foreign"]["name"] == "John Doe"
    junk = run_booth("--db", path, "--json", "checkin", "hello there")
    assert json.loads(junk.stdout) == {"status": "unknown", "visitor": None,
                                       "message": "Not a badge of this event.",
                                       "point": "Pavilion Entrance"}
    bad_point = run_booth("--db", path, "checkin", token, "--point", "Roof")
    assert bad_point.returncode == 2 and "Pavilion Entrance" in bad_point.stderr
    assert "Traceback" not in bad_point.stderr


def test_checkin_without_an_event_is_refused(db: Database, run_booth: Run,
                                             tmp_path: Path) -> None:
    path = str(db.path)
    db.dispose()
    result = run_booth("--db", path, "checkin", "BT2322222222222222222222")
    assert result.returncode == 1 and "no event" in result.stderr


def test_checkin_exit_at_a_point_that_tracks_exits(event_db: Database, run_booth: Run) -> None:
    from booth_app.storage.models import CheckinPoint

    token = badge(event_db)
    with event_db.session() as session:
        session.add(CheckinPoint(event_id=require_event(session).id, name="Hall Door",
                                 track_exit=True))
    path = str(event_db.path)
    event_db.dispose()
    entry = json.loads(run_booth("--db", path, "--json", "checkin", token,
                                 "--point", "hall door").stdout)
    assert entry["status"] == "admitted" and entry["point"] == "Hall Door"
    leaving = run_booth("--db", path, "--json", "checkin", token, "--point", "Hall Door",
                        "--exit")
    assert leaving.returncode == 0, leaving.stderr
    assert json.loads(leaving.stdout)["status"] == "exit"
