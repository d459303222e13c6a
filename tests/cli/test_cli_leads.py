"""`booth leads capture` and `booth leads list`: the CLI.md shapes and exit codes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import pytest

from booth_app.core.badges.tokens import issue_badge
from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import add_exhibitor, add_product
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database

Run = Callable[..., CompletedProcess[str]]
BUDI = "A10023^Budi^Santoso^budi@majumedika.co.id^Purchasing Director^PT Maju Medika"


@pytest.fixture
def pavilion(event_db: Database) -> tuple[str, str]:
    """(database path, Siti's badge token); two manufacturers, MEDIKA with products."""
    with event_db.session() as session:
        medika = add_exhibitor(session, code="MEDIKA", name="PT Medika Nusantara", booth="B10")
        add_exhibitor(session, code="SEHAT", name="PT Sehat Sentosa", booth="B12")
        add_product(session, medika, "Hospital Bed HB-200")
        add_product(session, medika, "Patient Monitor PM-7")
        siti = add_visitor(session, VisitorFields.parse(
            name="Siti Rahma", organization="RS Harapan Kita", email="siti@harapan.example"))
        token = issue_badge(session, require_event(session), siti)[1]
    path = str(event_db.path)
    event_db.dispose()
    return path, token


def rows(path: str, table: str) -> int:
    with sqlite3.connect(path) as conn:
        count: int = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    conn.close()
    return count


def test_capture_and_list_in_a_real_process(pavilion: tuple[str, str], run_booth: Run) -> None:
    path, token = pavilion
    first = run_booth("--db", path, "--json", "leads", "capture", "--exhibitor", "medika",
                      token, "--rating", "hot", "--note", "Wants 20 beds", "--value",
                      "250,000", "--currency", "usd", "--stage", "MoU signed",
                      "--product", "Hospital Bed HB-200", "patient monitor pm-7")
    assert first.returncode == 0, first.stderr
    doc = json.loads(first.stdout)
    assert doc["created"] is True
    lead = doc["lead"]
    assert {"id", "exhibitor", "visitor", "rating", "stage", "value", "currency",
            "captured_at", "products", "notes"} <= set(lead)
    assert {"id", "name", "organization", "email"} <= set(lead["visitor"])
    assert (lead["exhibitor"], lead["visitor"]["name"], lead["visitor"]["organization"]) == (
        "MEDIKA", "Siti Rahma", "RS Harapan Kita")
    assert (lead["rating"], lead["stage"], lead["value"], lead["currency"]) == (
        "hot", "mou", 250000, "USD")
    assert lead["products"] == ["Hospital Bed HB-200", "Patient Monitor PM-7"]
    assert lead["notes"] == "Wants 20 beds"
    assert lead["captured_at"].startswith("20")

    again = run_booth("--db", path, "--json", "leads", "capture", "--exhibitor", "MEDIKA",
                      token)
    assert again.returncode == 0, again.stderr
    second = json.loads(again.stdout)
    assert second["created"] is False and second["lead"]["id"] == lead["id"]
    assert second["lead"]["rating"] == "hot"  # a bare rescan changes nothing
    assert (rows(path, "lead"), rows(path, "lead_interaction")) == (1, 2)  # one more scan

    listed = run_booth("--db", path, "--json", "leads", "list", "--exhibitor", "MEDIKA")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == {"leads": [second["lead"]]}  # the same shape
    other = run_booth("--db", path, "--json", "leads", "list", "--exhibitor", "SEHAT")
    assert json.loads(other.stdout) == {"leads": []}


def test_an_organisers_badge_and_the_human_output(pavilion: tuple[str, str],
                                                  booth: Callable[..., Any]) -> None:
    path, _ = pavilion
    done = booth("--db", path, "leads", "capture", "--exhibitor", "SEHAT", BUDI)
    assert done.code == 0
    assert done.out.strip() == "NEW lead for SEHAT: Budi Santoso (PT Maju Medika)"
    doc = booth("--db", path, "--json", "leads", "list", "--exhibitor", "SEHAT").doc
    visitor = doc["leads"][0]["visitor"]
    assert (visitor["name"], visitor["job_title"], visitor["email"]) == (
        "Budi Santoso", "Purchasing Director", "budi@majumedika.co.id")
    human = booth("--db", path, "leads", "list", "--exhibitor", "SEHAT")
    assert "Budi Santoso (PT Maju Medika)" in human.out
    assert "No leads for MEDIKA yet." in booth("--db", path, "leads", "list",
                                               "--exhibitor", "MEDIKA").out


def test_list_filters(pavilion: tuple[str, str], booth: Callable[..., Any]) -> None:
    path, token = pavilion
    assert booth("--db", path, "leads", "capture", "--exhibitor", "MEDIKA", token,
                 "--rating", "HOT", "--product", "Hospital Bed HB-200").code == 0
    assert booth("--db", path, "leads", "capture", "--exhibitor", "MEDIKA", BUDI,
                 "--stage", "quotation").code == 0

    def names(*options: str) -> list[str]:
        got = booth("--db", path, "--json", "leads", "list", "--exhibitor", "MEDIKA", *options)
        assert got.code == 0, got.err
        return [lead["visitor"]["name"] for lead in got.doc["leads"]]

    assert names("--rating", "hot") == ["Siti Rahma"]
    assert names("--rating", "none") == ["Budi Santoso"]
    assert names("--stage", "Quotation") == ["Budi Santoso"]
    assert names("--product", "hospital bed hb-200") == ["Siti Rahma"]
    assert names("--search", "maju") == ["Budi Santoso"]
    assert names("--sort", "name", "--ascending") == ["Budi Santoso", "Siti Rahma"]


@pytest.mark.parametrize(("options", "message"), [
    (["--exhibitor", "NOPE", "{token}"], "No exhibitor with code 'NOPE'"),
    (["--exhibitor", "MEDIKA", "hello there"], "Not a badge"),
    (["--exhibitor", "MEDIKA", "x" * 4096], "Not a badge"),
    (["--exhibitor", "MEDIKA", "BEGIN:VCARD\nVERSION:3.0\nFN:Layla Had"], "cut short"),
    (["--exhibitor", "MEDIKA", "MECARD:TEL:+971500000000;;"], "carries no name"),
    (["--exhibitor", "MEDIKA", "{forged}"], "altered or made up"),
    (["--exhibitor", "MEDIKA", "{token}", "--value", "100", "--currency", "XYZ"],
     "Unknown currency 'XYZ'"),
    (["--exhibitor", "MEDIKA", "{token}", "--value", "100"], "needs its currency"),
    (["--exhibitor", "MEDIKA", "{token}", "--product", "Surgical Mask"],
     "Hospital Bed HB-200, Patient Monitor PM-7"),
    (["--exhibitor", "MEDIKA", "{token}", "--stage", "sold"], "Unknown stage"),
    (["--exhibitor", "MEDIKA", "{token}", "--rating", "boiling"], "invalid choice"),
    (["{token}"], "--exhibitor"),
])
def test_unusable_input_exits_2_with_a_clear_message_and_writes_nothing(
        pavilion: tuple[str, str], booth: Callable[..., Any], options: list[str],
        message: str) -> None:
    path, token = pavilion
    forged = token[:-2] + ("22" if token[-2:] != "22" else "33")
    args = [o.replace("{token}", token).replace("{forged}", forged) for o in options]
    before = (rows(path, "visitor"), rows(path, "lead"), rows(path, "lead_interaction"))
    done = booth("--db", path, "--json", "leads", "capture", *args)
    assert done.code == 2
    assert message in done.err and message in done.doc["error"]
    assert (rows(path, "visitor"), rows(path, "lead"), rows(path, "lead_interaction")) == before


def test_list_refuses_an_unknown_exhibitor_product_or_stage(
        pavilion: tuple[str, str], booth: Callable[..., Any]) -> None:
    path, _ = pavilion
    for options, message in ((["--exhibitor", "NOPE"], "No exhibitor"),
                             (["--exhibitor", "MEDIKA", "--product", "Mask"], "no product"),
                             (["--exhibitor", "MEDIKA", "--stage", "sold"], "Unknown stage")):
        done = booth("--db", path, "leads", "list", *options)
        assert done.code == 2 and message in done.err


def test_capture_without_an_event(db: Database, booth: Callable[..., Any],
                                  tmp_path: Path) -> None:
    path = str(db.path)
    db.dispose()
    done = booth("--db", path, "leads", "capture", "--exhibitor", "MEDIKA", BUDI)
    assert done.code == 1 and "no event" in done.err
