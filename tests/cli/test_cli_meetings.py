"""`booth meetings ...` end to end on a real SQLite file: the CLI.md shapes, exit codes,
and bad input refused with one line and nothing changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from booth_app.core.badges.tokens import issue_badge
from booth_app.core.events import require_event
from booth_app.storage.database import Database
from booth_app.storage.models import Visitor

Booth = Callable[..., Any]


@pytest.fixture
def fair(tmp_path: Path, booth: Booth) -> Callable[..., Any]:
    """HealthConnect in miniature (Jakarta, UTC+7): 3 manufacturers, 4 buyers, one
    morning of 20-minute slots with 5 minutes to change tables (09:00-10:15: 3 slots)."""
    db = str(tmp_path / "fair.sqlite")

    def run(*args: str) -> Any:
        return booth("--db", db, "--json", *args)

    assert run("init", "--event", "HealthConnect", "--start", "2027-03-10", "--end",
               "2027-03-11", "--timezone", "Asia/Jakarta").code == 0
    for code in ("ALKES", "MEDIKA", "SEHAT"):
        assert run("exhibitors", "add", "--code", code, "--name", f"PT {code}",
                   "--booth", f"B-{code[:2]}").code == 0
    for n, name in enumerate(["Dr. Ayu", "محمد الهاشمي", "李小明", "Budi Santoso"], 1):
        assert run("visitors", "add", "--name", name, "--organization", f"RS {n}",
                   "--email", f"buyer{n}@rs.id", "--category", "hospital").code == 0
    out = run("meetings", "sessions", "add", "--date", "2027-03-10", "--start", "09:00",
              "--end", "10:15", "--slot", "20", "--gap", "5", "--name", "Morning")
    assert out.code == 0, out.err
    run.db = db  # type: ignore[attr-defined]
    return run


def test_sessions_and_tables(fair: Callable[..., Any]) -> None:
    listed = fair("meetings", "sessions", "list").doc["sessions"]
    assert listed == [{**listed[0], "name": "Morning", "date": "2027-03-10", "start": "09:00",
                       "end": "10:15", "slot_minutes": 20, "gap_minutes": 5, "slots": 3}]
    overlap = fair("meetings", "sessions", "add", "--date", "2027-03-10", "--start", "10:00",
                   "--end", "11:00", "--slot", "20")
    assert overlap.code == 2 and "overlaps" in overlap.doc["error"]
    assert len(fair("meetings", "sessions", "list").doc["sessions"]) == 1
    outside = fair("meetings", "sessions", "add", "--date", "2027-04-01", "--start", "09:00",
                   "--end", "10:00", "--slot", "20")
    assert outside.code == 2
    assert fair("meetings", "tables", "set", "--exhibitor", "SEHAT", "--table", "T9").doc == \
        {"exhibitor": "SEHAT", "table": "T9"}
    assert fair("meetings", "tables", "set", "--exhibitor", "NOPE", "--table", "T1").code == 2


def test_requests_update_never_duplicate_and_vetoes_are_final(fair: Callable[..., Any]) -> None:
    first = fair("meetings", "request", "--buyer", "buyer1@rs.id", "--exhibitor", "ALKES",
                 "--priority", "want", "--by", "buyer").doc
    assert first["created"] is True
    assert first["request"]["buyer"]["name"] == "Dr. Ayu"
    assert first["request"]["priority"] == "want" and first["request"]["by"] == "buyer"
    again = fair("meetings", "request", "--buyer", "buyer1@rs.id", "--exhibitor", "ALKES",
                 "--priority", "must").doc
    assert again["created"] is False and again["request"]["id"] == first["request"]["id"]
    assert again["request"]["priority"] == "must"
    fair("meetings", "request", "--buyer", "buyer1@rs.id", "--exhibitor", "ALKES",
         "--priority", "no", "--by", "exhibitor")
    insist = fair("meetings", "request", "--buyer", "buyer1@rs.id", "--exhibitor", "ALKES",
                  "--priority", "must", "--by", "buyer").doc
    assert insist["request"]["priority"] == "no"  # the manufacturer's veto stands
    assert len(fair("meetings", "requests", "list").doc["requests"]) == 1
    unknown = fair("meetings", "request", "--buyer", "nobody@rs.id", "--exhibitor", "ALKES")
    assert unknown.code == 2 and "No visitor" in unknown.doc["error"]
    assert fair("meetings", "request", "--buyer", "buyer1@rs.id",
                "--exhibitor", "NOPE").code == 2


def test_requests_import_with_indonesian_headers(fair: Callable[..., Any],
                                                 tmp_path: Path) -> None:
    sheet = tmp_path / "permintaan.csv"
    sheet.write_text(
        "Email Pembeli;Kode Produsen;Prioritas\n"
        "buyer1@rs.id;ALKES;wajib\n"
        "buyer2@rs.id;PT MEDIKA;ingin\n"
        "buyer3@rs.id;ALKES;tidak\n"
        "ghost@rs.id;ALKES;wajib\n"
        "buyer4@rs.id;NOPE;wajib\n"
        "buyer1@rs.id;ALKES;wajib\n", encoding="utf-8")
    doc = fair("meetings", "requests", "import", str(sheet)).doc
    assert (doc["imported"], doc["updated"], doc["skipped"]) == (3, 1, 2)
    assert [e["row"] for e in doc["errors"]] == [5, 6]
    assert "buyer not found" in doc["errors"][0]["reason"]
    assert "unknown manufacturer" in doc["errors"][1]["reason"]
    priorities = {(r["buyer"]["email"], r["exhibitor"]): r["priority"]
                  for r in fair("meetings", "requests", "list").doc["requests"]}
    assert priorities == {("buyer1@rs.id", "ALKES"): "must", ("buyer2@rs.id", "MEDIKA"): "want",
                          ("buyer3@rs.id", "ALKES"): "no"}
    bad = tmp_path / "bad.csv"
    bad.write_text("Nothing;Here\n1;2\n", encoding="utf-8")
    assert fair("meetings", "requests", "import", str(bad)).code == 2


def request_all(fair: Callable[..., Any]) -> None:
    for n in range(1, 5):
        for code in ("ALKES", "MEDIKA"):
            fair("meetings", "request", "--buyer", f"buyer{n}@rs.id", "--exhibitor", code,
                 "--priority", "must" if n <= 2 else "want")


def test_schedule_list_move_lock_cancel_and_reschedule(fair: Callable[..., Any]) -> None:
    request_all(fair)
    fair("meetings", "request", "--buyer", "buyer4@rs.id", "--exhibitor", "SEHAT",
         "--priority", "no", "--by", "buyer")
    fair("meetings", "unavailable", "--buyer", "buyer3@rs.id", "--from", "2027-03-10 09:00",
         "--to", "2027-03-10 09:45")
    done = fair("meetings", "schedule")
    assert done.code == 0, done.err
    result = done.doc
    # 8 wanted over 2 tables x 3 slots = 6 places; buyer 3 only has the last slot.
    assert result["placed"] == 6 and result["optimal"] is True and result["bound"] == 6
    assert {u["reason"] for u in result["unplaced"]} <= {"every common free slot is taken",
                                                          "no common free slot", "vetoed"}
    assert any(u["priority"] == "no" and u["reason"] == "vetoed" for u in result["unplaced"])
    assert not [u for u in result["unplaced"] if u["priority"] == "must"]
    meetings = fair("meetings", "list").doc["meetings"]
    assert len(meetings) == 6
    first = meetings[0]
    assert first["start"] == "2027-03-10T09:00:00+07:00" and first["end"].endswith("09:20:00+07:00")
    assert set(first) >= {"id", "buyer", "exhibitor", "table", "start", "end", "status",
                          "locked", "outcome"}
    assert first["status"] == "scheduled" and first["table"] in ("B-AL", "B-ME")
    b3 = fair("meetings", "list", "--buyer", "buyer3@rs.id").doc["meetings"]
    assert all(m["start"].startswith("2027-03-10T09:50") for m in b3)

    # A move onto a busy table is refused (exit 1) and changes nothing.
    same_table = [m for m in meetings if m["table"] == first["table"] and m is not first]
    busy = fair("meetings", "move", first["id"], "--start", same_table[0]["start"][:16]
                .replace("T", " "))
    assert busy.code == 1 and "nothing was moved" in busy.doc["error"]
    assert fair("meetings", "list").doc["meetings"] == meetings
    not_a_slot = fair("meetings", "move", first["id"], "--start", "2027-03-10 09:07")
    assert not_a_slot.code == 2

    locked = fair("meetings", "lock", first["id"]).doc["meeting"]
    assert locked["locked"] is True
    victim = next(m for m in meetings if not m["locked"] and m["id"] != first["id"])
    assert fair("meetings", "cancel", victim["id"]).doc["meeting"]["status"] == "cancelled"
    again = fair("meetings", "schedule").doc
    after = {m["id"]: m for m in fair("meetings", "list").doc["meetings"]}
    assert after[first["id"]]["start"] == first["start"]  # the locked meeting stayed
    assert after[victim["id"]]["status"] == "cancelled"
    assert again["moved"] <= 2
    held_back = [u for u in again["unplaced"] if u["reason"].startswith("cancelled by hand")]
    assert [(u["buyer"]["id"], u["exhibitor"]) for u in held_back] == \
        [(victim["buyer"]["id"], victim["exhibitor"])]
    live = [m for m in after.values() if m["status"] != "cancelled"]
    slots = [(m["table"], m["start"]) for m in live] + [(m["buyer"]["id"], m["start"])
                                                         for m in live]
    assert len(slots) == len(set(slots))  # nobody and no table twice in one slot
    assert fair("meetings", "conflicts").code == 0


def token_of(db_path: str, email: str) -> str:
    db = Database(db_path)
    try:
        with db.session() as session:
            visitor = session.query(Visitor).filter(Visitor.email == email).one()
            return issue_badge(session, require_event(session), visitor)[1]
    finally:
        db.dispose()


def test_table_checkin_outcome_and_no_shows(fair: Callable[..., Any]) -> None:
    fair("meetings", "request", "--buyer", "buyer1@rs.id", "--exhibitor", "ALKES",
         "--priority", "must")
    fair("meetings", "request", "--buyer", "buyer2@rs.id", "--exhibitor", "MEDIKA",
         "--priority", "must")
    fair("meetings", "schedule")
    mine = fair("meetings", "list", "--buyer", "buyer1@rs.id").doc["meetings"][0]
    start = mine["start"][:16].replace("T", " ")
    hh, mm = int(start[11:13]), int(start[14:16])
    token = token_of(fair.db, "buyer1@rs.id")  # type: ignore[attr-defined]

    def at(minutes: int) -> str:
        total = hh * 60 + mm + minutes
        return f"{start[:10]} {total // 60:02d}:{total % 60:02d}"

    early = fair("meetings", "checkin", token, "--exhibitor", "ALKES", "--at", at(-10))
    assert early.doc["status"] == "early" and early.code == 1
    on_time = fair("meetings", "checkin", token, "--exhibitor", "ALKES", "--at", at(3))
    assert on_time.code == 0 and on_time.doc["status"] == "on_time"
    assert on_time.doc["meeting"]["id"] == mine["id"]
    assert on_time.doc["meeting"]["status"] == "held"
    late = fair("meetings", "checkin", token, "--exhibitor", "ALKES", "--at", at(12))
    assert late.code == 0 and late.doc["status"] == "late"
    wrong = fair("meetings", "checkin", token, "--exhibitor", "MEDIKA", "--at", at(1))
    assert wrong.code == 1 and wrong.doc["status"] == "wrong_table"
    assert mine["table"] in wrong.doc["message"]
    nothing = fair("meetings", "checkin", token, "--exhibitor", "ALKES", "--at", at(120))
    assert nothing.doc["status"] == "no_meeting"
    unknown = fair("meetings", "checkin", "'; DROP TABLE visitor; --", "--exhibitor", "ALKES")
    assert unknown.code == 1 and unknown.doc["status"] == "unknown"

    # Buyer 2 never came: after the slot, one action marks the no-show.
    other = fair("meetings", "list", "--buyer", "buyer2@rs.id").doc["meetings"][0]
    marked = fair("meetings", "no-shows", "--at", "2027-03-10 12:00").doc["no_shows"]
    assert [m["id"] for m in marked] == [other["id"]]
    assert marked[0]["status"] == "no_show"

    outcome = fair("meetings", "outcome", mine["id"], "--result", "mou", "--value", "1000000",
                   "--currency", "EUR", "--note", "3-year supply")
    assert outcome.code == 0, outcome.err
    assert outcome.doc["meeting"]["outcome"] == "mou"
    leads = fair("leads", "list", "--exhibitor", "ALKES").doc["leads"]
    assert len(leads) == 1 and leads[0]["stage"] == "mou"
    assert leads[0]["value"] in ("1000000.00", 1000000, "1000000") and leads[0]["currency"] == "EUR"
    assert fair("meetings", "outcome", mine["id"], "--result", "great").code == 2


@pytest.mark.slow
def test_agendas_go_to_the_real_print_queue_and_are_logged(fair: Callable[..., Any],
                                                           tmp_path: Path) -> None:
    import cups_pdf as helpers
    import pypdfium2

    reason = helpers.ensure_cups_pdf()
    if reason:
        pytest.skip(f"no real print queue: {reason}")
    request_all(fair)
    fair("meetings", "schedule")
    done = fair("meetings", "agendas", "--buyer", "buyer1@rs.id", "--out",
                str(tmp_path / "ayu.pdf"), "--print", "--printer", "Booth_PDF")
    assert done.code == 0, done.err
    job = done.doc["job"]
    assert done.doc["printer"] == "Booth_PDF" and job.startswith("Booth_PDF-")
    assert helpers.printing.wait_for_job(job, timeout=60)
    printed = helpers.printed_file(helpers.cups_pdf_output_dir(), f"job_{job.rsplit('-', 1)[-1]}")
    text = pypdfium2.PdfDocument(str(printed))[0].get_textpage().get_text_range()
    assert "Dr. Ayu" in text  # the agenda itself came out of the queue
    entries = fair("audit", "--action", "badge.print_job").doc["entries"]
    assert entries and job in entries[0]["what"]
