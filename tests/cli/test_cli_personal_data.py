"""`booth visitors erase`, `visitors export-data`, `purge` and `audit`, end to end on real
files (and on a PostgreSQL database, which the hub is)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from personal_data_case import (
    ANSWER,
    EMAIL,
    LEAD_NOTE,
    NAME,
    OUTCOME_NOTE,
    REQUEST_NOTE,
    seed_exhibitor,
    seed_person,
    traces_in_files,
)

from booth_app.storage.database import Database

Booth = Callable[..., Any]


@pytest.fixture
def khadija(event_db: Database) -> tuple[str, Any]:
    """The database file (closed) holding Khadija with all her data."""
    seed_exhibitor(event_db)
    person = seed_person(event_db)
    path = str(event_db.path)
    event_db.dispose()
    return path, person


def test_erase_prints_the_counts_and_leaves_no_trace(booth: Booth,
                                                     khadija: tuple[str, Any]) -> None:
    path, person = khadija
    done = booth("--db", path, "--json", "visitors", "erase", EMAIL, "--reason", "by e-mail")
    assert done.code == 0, done.err
    assert done.doc == {"erased": {"visitor": person.visitor, "leads": 1, "checkins": 1,
                                   "meetings": 1}}
    assert traces_in_files(Path(path)) == {}
    listed = booth("--db", path, "--json", "visitors", "list")
    assert [v["name"] for v in listed.doc["visitors"]] == ["Budi Santoso"]
    door = booth("--db", path, "--json", "checkin", person.token)
    assert door.code == 1 and door.doc["status"] == "revoked" and door.doc["visitor"] is None
    assert "erased" in door.doc["message"]
    unknown = booth("--db", path, "--json", "visitors", "erase", "nobody@example.id")
    assert unknown.code == 2 and "No visitor" in unknown.doc["error"]
    human = booth("--db", path, "visitors", "erase", person.code)  # again: harmless
    assert human.code == 0 and "still count" in human.out


def test_export_data_holds_everything_and_never_replaces_a_file(
        booth: Booth, khadija: tuple[str, Any], tmp_path: Path) -> None:
    path, person = khadija
    out = tmp_path / "khadija.json"
    done = booth("--db", path, "--json", "visitors", "export-data", person.code,
                 "--out", str(out))
    assert done.code == 0, done.err
    assert done.doc["exported"]["leads"] == 1 and done.doc["exported"]["meetings"] == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["visitor"]["name"] == NAME and data["visitor"]["email"] == EMAIL
    assert [d["phone"] for d in data["duplicates_merged_in"]] == ["+971 4 555 0199"]
    (lead,) = data["leads"]
    assert (lead["exhibitor"], lead["rating"], lead["notes"]) == ("MEDI", "hot", LEAD_NOTE)
    assert lead["products"] == ["Ventilator V-9"]
    assert lead["answers"] == [{"question": "Remark", "answer": ANSWER}]
    assert any(OUTCOME_NOTE in i["note"] for i in lead["interactions"])
    assert [r["note"] for r in data["meeting_requests"]] == [REQUEST_NOTE]
    (meeting,) = data["meetings"]
    assert (meeting["status"], meeting["outcome"], meeting["outcome_note"]) == (
        "held", "mou", OUTCOME_NOTE)
    assert len(data["checkins"]) == 1 and len(data["badges"]) == 1
    before = out.read_bytes()
    again = booth("--db", path, "--json", "visitors", "export-data", person.code,
                  "--out", str(out))
    assert again.code == 2 and "already exists" in again.doc["error"]
    assert out.read_bytes() == before
    assert list(tmp_path.glob("*.part")) == []


def _age(path: str, table: str, column: str, when: datetime, where: str,
         *params: Any) -> None:
    naive = when.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
    with sqlite3.connect(path) as conn:
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {where}", (naive, *params))
    conn.close()


def test_purge_dry_run_changes_nothing_and_purge_erases_exactly_the_unseen(
        booth: Booth, event_db: Database, tmp_path: Path) -> None:
    seed_exhibitor(event_db)
    path = str(event_db.path)
    event_db.dispose()
    ids = {}
    for name in ("Old Unseen", "Old Scanned Early", "Old Scanned Today", "Old Lead Today",
                 "Old Meeting Today", "New Today"):
        email = name.lower().replace(" ", ".") + "@example.id"
        added = booth("--db", path, "--json", "visitors", "add", "--name", name,
                      "--email", email)
        ids[name] = added.doc["visitor"]
    for name in ("Old Scanned Early", "Old Scanned Today"):
        assert booth("--db", path, "checkin", ids[name]["code"]).code == 0
    lead = booth("--db", path, "--json", "leads", "capture", "--exhibitor", "MEDI",
                 ids["Old Lead Today"]["code"])
    assert lead.code == 0, lead.err
    meeting = booth("--db", path, "--json", "meetings", "add", "--buyer",
                    ids["Old Meeting Today"]["code"], "--exhibitor", "MEDI", "--start",
                    "2027-01-28 09:00")
    assert meeting.code == 0, meeting.err
    long_ago = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
    for name in ("Old Unseen", "Old Scanned Early", "Old Scanned Today", "Old Lead Today",
                 "Old Meeting Today"):
        _age(path, "visitor", "created_at", long_ago, "id = ?", ids[name]["id"])
    _age(path, "checkin", "scanned_at", long_ago + timedelta(days=1), "visitor_id = ?",
         ids["Old Scanned Early"]["id"])
    today = datetime.now(ZoneInfo("Asia/Dubai")).date().isoformat()
    backups = Path(path).parent / "backups"
    backups.mkdir(exist_ok=True)
    old_copy = backups / "booth-auto-20260101T000000000000Z.sqlite"
    new_copy = backups / f"booth-auto-{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}.sqlite"
    for copy in (old_copy, new_copy):
        copy.write_bytes(b"a copy")
    before = Path(path).read_bytes()

    dry = booth("--db", path, "--json", "purge", "--before", today, "--dry-run")
    assert dry.code == 0, dry.err
    assert dry.doc == {"would_erase": 2, "before": today, "backups_to_delete": 1}
    assert Path(path).read_bytes() == before and old_copy.exists()

    done = booth("--db", path, "--json", "purge", "--before", today)
    assert done.code == 0, done.err
    assert done.doc == {"erased": 2, "before": today, "backups_deleted": 1}
    assert not old_copy.exists() and new_copy.exists()
    listed = booth("--db", path, "--json", "visitors", "list")
    assert sorted(v["name"] for v in listed.doc["visitors"]) == [
        "New Today", "Old Lead Today", "Old Meeting Today", "Old Scanned Today"]
    gone = ("Old Unseen", "Old Scanned Early", "old.unseen@", "old.scanned.early@")
    assert traces_in_files(Path(path), gone) == {}
    future = booth("--db", path, "--json", "purge", "--before", "2099-01-01")
    assert future.code == 2 and "not come yet" in future.doc["error"]
    nothing = booth("--db", path, "--json", "purge")  # no --before, no retention date
    assert nothing.code == 2 and "retention" in nothing.doc["error"]


def test_audit_lists_erasures_purges_and_exports_newest_first(
        booth: Booth, khadija: tuple[str, Any], tmp_path: Path) -> None:
    path, person = khadija
    today = datetime.now(ZoneInfo("Asia/Dubai")).date().isoformat()
    assert booth("--db", path, "visitors", "export-data", person.code, "--out",
                 str(tmp_path / "k.json")).code == 0
    assert booth("--db", path, "visitors", "erase", person.code).code == 0
    assert booth("--db", path, "purge", "--before", today).code == 0
    assert booth("--db", path, "backup", "--out", str(tmp_path / "copy.sqlite")).code == 0
    log = booth("--db", path, "--json", "audit")
    assert log.code == 0, log.err
    entries = log.doc["entries"]
    actions = [e["action"] for e in entries]
    assert actions[:4] == ["database.backup", "visitor.purge", "visitor.erase",
                           "visitor.export_data"]
    assert "visitor.merge" in actions and "badge.print" in actions
    assert [e["at"] for e in entries] == sorted((e["at"] for e in entries), reverse=True)
    assert set(entries[0]) >= {"at", "who", "device", "action", "what"}
    only = booth("--db", path, "--json", "audit", "--action", "erase")
    assert [e["action"] for e in only.doc["entries"]] == ["visitor.erase"]
    assert only.doc["entries"][0]["what"].startswith(f"visitor {person.visitor}")
    group = booth("--db", path, "--json", "audit", "--action", "visitor", "--limit", "2")
    assert [e["action"] for e in group.doc["entries"]] == ["visitor.purge", "visitor.erase"]
    assert NAME not in log.out and EMAIL not in log.out
    bad = booth("--db", path, "--json", "audit", "--limit", "-1")
    assert bad.code == 2


def test_init_keeps_a_retention_date_that_purge_uses(booth: Booth, tmp_path: Path) -> None:
    path = str(tmp_path / "r.sqlite")
    early = booth("--db", path, "--json", "init", "--event", "E", "--start", "2027-01-27",
                  "--end", "2027-01-30", "--timezone", "Asia/Dubai",
                  "--retention", "2027-01-29")
    assert early.code == 2 and "before the event ends" in early.doc["error"]
    made = booth("--db", path, "--json", "init", "--event", "E", "--start", "2027-01-27",
                 "--end", "2027-01-30", "--timezone", "Asia/Dubai",
                 "--retention", "2027-07-31")
    assert made.code == 0 and made.doc["event"]["retention"] == "2027-07-31"
    later = booth("--db", path, "--json", "purge", "--dry-run")
    if datetime.now(ZoneInfo("Asia/Dubai")).date().isoformat() < "2027-07-31":
        assert later.code == 2 and "2027-07-31 has not come yet" in later.doc["error"]
    else:
        assert later.code == 0 and later.doc["before"] == "2027-07-31"


def test_erase_and_purge_on_a_postgresql_database(booth: Booth, pg_fresh_url: str) -> None:
    assert booth("--db", pg_fresh_url, "init", "--event", "E", "--start", "2027-01-27",
                 "--end", "2027-01-30", "--timezone", "Asia/Dubai").code == 0
    added = booth("--db", pg_fresh_url, "--json", "visitors", "add", "--name", NAME,
                  "--email", EMAIL, "--phone", "+971 50 987 6543")
    erased = booth("--db", pg_fresh_url, "--json", "visitors", "erase",
                   added.doc["visitor"]["code"])
    assert erased.code == 0, erased.err
    assert erased.doc["erased"]["visitor"] == added.doc["visitor"]["id"]
    hub = Database(pg_fresh_url)
    try:
        from personal_data_case import traces_in_tables
        assert traces_in_tables(hub, (NAME, EMAIL, "+971 50 987 6543")) == {}
    finally:
        hub.dispose()
    today = datetime.now(ZoneInfo("Asia/Dubai")).date().isoformat()
    dry = booth("--db", pg_fresh_url, "--json", "purge", "--before", today, "--dry-run")
    assert dry.code == 0 and dry.doc["would_erase"] == 0 and dry.doc["backups_to_delete"] == 0
    done = booth("--db", pg_fresh_url, "--json", "purge", "--before", today)
    assert done.code == 0 and done.doc["erased"] == 0
    log = booth("--db", pg_fresh_url, "--json", "audit", "--action", "visitor")
    assert [e["action"] for e in log.doc["entries"]] == ["visitor.purge", "visitor.erase"]
