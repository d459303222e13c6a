"""The `booth` commands, run in-process: JSON shapes from CLI.md, exit statuses, messages."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from booth_app import __version__

INIT = ("init", "--event", "Arab Health 2027", "--start", "2027-01-27", "--end", "2027-01-30",
        "--timezone", "Asia/Dubai")  # fmt: skip
Booth = Callable[..., Any]
CODE = re.compile(r"^[2-9BCDFGHJKLNPRSTVX]{4}-[2-9BCDFGHJKLNPRSTVX]{4}$")


@pytest.fixture
def target(tmp_path: Path) -> str:
    return str(tmp_path / "show" / "booth.sqlite")


@pytest.fixture
def ready(booth: Booth, target: str) -> str:
    """A database with the event and one manufacturer, MEDIKA."""
    assert booth("--db", target, *INIT).code == 0
    added = booth("--db", target, "exhibitors", "add", "--code", "MEDIKA", "--name",
                  "PT Medika Nusantara", "--booth", "A-01", "--country", "ID")  # fmt: skip
    assert added.code == 0
    return target


# -- init ------------------------------------------------------------------------------------


def test_init_prints_the_event(booth: Booth, target: str) -> None:
    result = booth("--db", target, "--json", *INIT, "--venue", "Dubai WTC",
                   "--pavilion", "Indonesia", "--currency", "usd")  # fmt: skip
    assert result.code == 0, result.err
    event = result.doc["event"]
    assert set(result.doc) == {"event"}
    assert {"id", "name", "venue", "pavilion", "start", "end", "timezone", "currency"} <= set(event)
    assert (event["name"], event["start"], event["end"]) == (
        "Arab Health 2027", "2027-01-27", "2027-01-30",
    )  # fmt: skip
    assert (event["timezone"], event["currency"], event["venue"]) == (
        "Asia/Dubai", "USD", "Dubai WTC",
    )  # fmt: skip
    assert result.err == ""


def test_init_human_output(booth: Booth, target: str) -> None:
    result = booth("--db", target, *INIT)
    assert result.code == 0
    assert "Arab Health 2027" in result.out and "2027-01-27" in result.out


def test_init_twice_is_refused_with_status_1(booth: Booth, target: str) -> None:
    assert booth("--db", target, *INIT).code == 0
    again = booth("--db", target, "--json", *INIT)
    assert again.code == 1
    assert again.err.startswith("booth: ") and "already holds an event" in again.err
    assert again.doc == {"error": again.doc["error"], "exit": 1}  # still one JSON document


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("--start", "27/01/2027"), "--start must be a date like 2027-01-27"),
        (("--end", "2027-02-30"), "--end must be a date"),
        (("--end", "2027-01-01"), "cannot end before it starts"),
        (("--timezone", "Dubai"), "Unknown time zone"),
        (("--currency", "RUPIAH"), "three-letter code"),
    ],
)
def test_init_with_bad_details_exits_2_and_creates_no_event(
    booth: Booth,
    target: str,
    change: tuple[str, str],
    message: str,
) -> None:
    args = list(INIT)
    if change[0] in args:
        args[args.index(change[0]) + 1] = change[1]
    else:
        args += change
    result = booth("--db", target, *args)
    assert result.code == 2
    assert message in result.err
    assert booth("--db", target, "exhibitors", "list").code == 1  # still no event


@pytest.mark.parametrize(
    "args",
    [
        ("init", "--event", "X"),  # required options missing
        ("init", *INIT[1:], "--colour", "red"),  # unknown option
        ("frobnicate",),  # unknown command
        ("exhibitors",),  # no action
        ("demo", "--visitors", "many"),
        ("visitors", "list", "--limit", "ten"),
        ("--nope",),
    ],
)
def test_bad_arguments_exit_2_with_a_hint(booth: Booth, target: str, args: tuple[str, ...]) -> None:
    result = booth("--db", target, *args)
    assert result.code == 2
    assert result.err.startswith("booth: ") and "booth --help" in result.err
    assert result.out == ""


def test_version(booth: Booth) -> None:
    result = booth("--version")
    assert result.code == 0
    assert result.out.strip() == f"booth {__version__}"


def test_commands_before_init_explain_what_to_do(booth: Booth, target: str) -> None:
    for args in (("exhibitors", "list"), ("visitors", "add", "--name", "Ana")):
        result = booth("--db", target, *args)
        assert result.code == 1
        assert "booth init" in result.err


# -- demo ------------------------------------------------------------------------------------


def test_demo_gives_exactly_the_visitors_asked_for(booth: Booth, target: str) -> None:
    result = booth("--db", target, "--json", "demo", "--visitors", "37")
    assert result.code == 0, result.err
    assert result.doc["demo"]["visitors"] == 37
    assert result.doc["demo"]["exhibitors"] == 19
    listed = booth("--db", target, "--json", "visitors", "list", "--limit", "1000").doc
    assert len(listed["visitors"]) == 37
    exhibitors = booth("--db", target, "--json", "exhibitors", "list").doc["exhibitors"]
    assert len(exhibitors) == 19


def test_demo_refuses_a_database_with_an_event(booth: Booth, ready: str) -> None:
    result = booth("--db", ready, "demo", "--visitors", "5")
    assert result.code == 1
    assert "already holds an event" in result.err


def test_demo_with_a_negative_count_exits_2(booth: Booth, target: str) -> None:
    result = booth("--db", target, "demo", "--visitors", "-3")
    assert result.code == 2 and "--visitors must be between 0 and" in result.err


# -- exhibitors ------------------------------------------------------------------------------


def test_exhibitors_add_and_list(booth: Booth, ready: str) -> None:
    added = booth("--db", ready, "--json", "exhibitors", "add", "--code", "sehat",
                  "--name", "PT Sehat Sentosa", "--country", "Indonesia")  # fmt: skip
    assert added.code == 0
    assert {"code": "SEHAT", "name": "PT Sehat Sentosa", "booth": "", "country": "ID"}.items() <= (
        added.doc["exhibitor"].items()
    )
    listed = booth("--db", ready, "--json", "exhibitors", "list")
    assert listed.code == 0
    rows = listed.doc["exhibitors"]
    assert [r["code"] for r in rows] == ["MEDIKA", "SEHAT"]
    for row in rows:
        assert {"code", "name", "booth", "country"} <= set(row)
    assert rows[0]["booth"] == "A-01"
    human = booth("--db", ready, "exhibitors", "list")
    assert "PT Medika Nusantara" in human.out and "SEHAT" in human.out


def test_duplicate_or_bad_exhibitors_exit_2(booth: Booth, ready: str) -> None:
    duplicate = booth("--db", ready, "exhibitors", "add", "--code", "medika", "--name", "Again")
    assert duplicate.code == 2 and "already exists" in duplicate.err
    bad_code = booth("--db", ready, "exhibitors", "add", "--code", "ME DI@", "--name", "X")
    assert bad_code.code == 2 and "must be 1-32 letters" in bad_code.err
    bad_country = booth("--db", ready, "exhibitors", "add", "--code", "X", "--name", "X",
                        "--country", "Narnia")  # fmt: skip
    assert bad_country.code == 2 and "Unknown country" in bad_country.err


def test_exhibitors_import_reports_rows(booth: Booth, ready: str, tmp_path: Path) -> None:
    sheet = tmp_path / "exhibitors.csv"
    sheet.write_text(
        "Code;Company;Booth;Country;Products\n"
        'MEDIKA;PT Medika Nusantara Tbk;A-01;ID;"X-Ray; ECG"\n'
        "BARU;PT Baru;B-02;Indonesia;\n"
        "RUSAK;PT Rusak;B-03;Narnia;\n",
        encoding="utf-8-sig",
    )
    result = booth("--db", ready, "--json", "exhibitors", "import", str(sheet))
    assert result.code == 0
    assert set(result.doc) == {"imported", "updated", "skipped", "errors"}
    assert (result.doc["imported"], result.doc["updated"], result.doc["skipped"]) == (1, 1, 1)
    (error,) = result.doc["errors"]
    assert set(error) == {"row", "reason"}
    assert error["row"] == 4 and "Unknown country" in error["reason"]
    human = booth("--db", ready, "exhibitors", "import", str(sheet))
    assert "row 4: Unknown country" in human.out


def test_exhibitors_import_from_xlsx(booth: Booth, ready: str, tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.append(["Nama Perusahaan", "Kode", "Stan"])
    workbook.active.append(["PT Sehat", "SEHAT", 12])
    path = tmp_path / "exhibitors.xlsx"
    workbook.save(path)
    result = booth("--db", ready, "--json", "exhibitors", "import", str(path))
    assert result.doc == {"imported": 1, "updated": 0, "skipped": 0, "errors": []}


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("garbage.csv", bytes(range(256)) * 20, "not a text file"),
        ("empty.csv", b"", "is empty"),
        ("fake.xlsx", b"Code,Company\nA,B\n", "not a readable XLSX"),
        ("no-name.csv", b"Foo,Bar\n1,2\n", "no column for the company name"),
    ],
)
def test_exhibitors_import_of_an_unusable_file_exits_2_and_changes_nothing(
    booth: Booth,
    ready: str,
    tmp_path: Path,
    name: str,
    data: bytes,
    message: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = booth("--db", ready, "--json", "exhibitors", "import", str(path))
    assert result.code == 2
    assert message in result.err
    assert result.doc["exit"] == 2
    listed = booth("--db", ready, "--json", "exhibitors", "list").doc["exhibitors"]
    assert [r["code"] for r in listed] == ["MEDIKA"]


def test_exhibitors_import_of_a_missing_file_exits_2(
    booth: Booth, ready: str, tmp_path: Path
) -> None:
    result = booth("--db", ready, "exhibitors", "import", str(tmp_path / "nowhere.csv"))
    assert result.code == 2 and "No such file" in result.err


# -- staff -----------------------------------------------------------------------------------


def test_staff_add(booth: Booth, ready: str) -> None:
    result = booth("--db", ready, "--json", "staff", "add", "--exhibitor", "medika",
                   "--name", "Dewi", "--pin", "2468")  # fmt: skip
    assert result.code == 0
    staff = result.doc["staff"]
    assert (staff["name"], staff["role"], staff["exhibitor"]) == ("Dewi", "staff", "MEDIKA")
    assert "2468" not in result.out  # the PIN is never echoed
    with sqlite3.connect(ready) as conn:
        (stored,) = conn.execute("SELECT pin_hash FROM staff").fetchone()
    conn.close()
    assert "2468" not in stored


def test_staff_mistakes_exit_2(booth: Booth, ready: str) -> None:
    unknown = booth("--db", ready, "staff", "add", "--exhibitor", "NOPE", "--name", "X",
                    "--pin", "1234")  # fmt: skip
    assert unknown.code == 2 and "No exhibitor with code 'NOPE'" in unknown.err
    short = booth("--db", ready, "staff", "add", "--exhibitor", "MEDIKA", "--name", "X",
                  "--pin", "12")  # fmt: skip
    assert short.code == 2 and "4 to 8 digits" in short.err
    role = booth("--db", ready, "staff", "add", "--name", "X", "--pin", "1234", "--role", "boss")
    assert role.code == 2
    orphan = booth("--db", ready, "staff", "add", "--name", "X", "--pin", "1234")
    assert orphan.code == 2 and "--exhibitor CODE" in orphan.err


def test_coordinator_without_exhibitor(booth: Booth, ready: str) -> None:
    result = booth("--db", ready, "--json", "staff", "add", "--name", "Rina", "--pin", "9999",
                   "--role", "coordinator")  # fmt: skip
    assert result.code == 0 and result.doc["staff"]["exhibitor"] is None


# -- visitors --------------------------------------------------------------------------------


def test_visitors_add(booth: Booth, ready: str) -> None:
    result = booth("--db", ready, "--json", "visitors", "add", "--name", "José Álvarez",
                   "--organization", "Hospital Ruber", "--email", "Jose@Ruber.example",
                   "--country", "Spain", "--category", "rumah sakit", "--consent")  # fmt: skip
    assert result.code == 0, result.err
    visitor = result.doc["visitor"]
    assert {"id", "code", "name"} <= set(visitor)
    assert CODE.match(visitor["code"]), visitor["code"]
    assert visitor["name"] == "José Álvarez"
    assert (visitor["email"], visitor["country"], visitor["category"]) == (
        "jose@ruber.example", "ES", "hospital/clinic",
    )  # fmt: skip
    human = booth("--db", ready, "visitors", "add", "--name", "Budi")
    assert human.code == 0 and "Budi" in human.out


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--email", "not-an-email", "Not an e-mail address"),
        ("--country", "Atlantis", "Unknown country"),
        ("--category", "alien", "Unknown category"),
        ("--name", "   ", "needs a name"),
    ],
)
def test_visitors_add_mistakes_exit_2(
    booth: Booth,
    ready: str,
    option: str,
    value: str,
    message: str,
) -> None:
    args = {"--name": "Ana", option: value}
    result = booth("--db", ready, "visitors", "add", *[x for kv in args.items() for x in kv])
    assert result.code == 2 and message in result.err
    assert booth("--db", ready, "--json", "visitors", "list").doc == {"visitors": []}


def test_visitors_list_fields_search_and_limit(booth: Booth, ready: str) -> None:
    for name, org in (("أحمد الهاشمي", "DHA"), ("王伟", "Shanghai Med"), ("Budi Santoso", "RS")):
        assert booth("--db", ready, "visitors", "add", "--name", name,
                     "--organization", org).code == 0  # fmt: skip
    listed = booth("--db", ready, "--json", "visitors", "list")
    assert listed.code == 0
    rows = listed.doc["visitors"]
    assert len(rows) == 3
    for row in rows:
        assert set(row) == {"id", "code", "name", "organization", "email", "country", "category"}
    found = booth("--db", ready, "--json", "visitors", "list", "--search", "احمد").doc["visitors"]
    assert [r["name"] for r in found] == ["أحمد الهاشمي"]
    by_code = booth("--db", ready, "--json", "visitors", "list", "--search", rows[0]["code"])
    assert [r["id"] for r in by_code.doc["visitors"]] == [rows[0]["id"]]
    limited = booth("--db", ready, "--json", "visitors", "list", "--limit", "2").doc["visitors"]
    assert len(limited) == 2
    bad = booth("--db", ready, "visitors", "list", "--limit", "0")
    assert bad.code == 2 and "--limit must be at least 1" in bad.err
    human = booth("--db", ready, "visitors", "list", "--search", "budi")
    assert "Budi Santoso" in human.out and "(RS)" in human.out


# -- backup and check ------------------------------------------------------------------------


def test_backup_makes_a_usable_copy(booth: Booth, ready: str, tmp_path: Path) -> None:
    booth("--db", ready, "visitors", "add", "--name", "Siti")
    out = tmp_path / "usb" / "copy.sqlite"
    result = booth("--db", ready, "--json", "backup", "--out", str(out))
    assert result.code == 0
    assert result.doc["backup"] == str(out) and result.doc["bytes"] == out.stat().st_size
    copied = booth("--db", str(out), "--json", "visitors", "list").doc["visitors"]
    assert [v["name"] for v in copied] == ["Siti"]


def test_backup_cannot_overwrite_the_database(booth: Booth, ready: str) -> None:
    result = booth("--db", ready, "backup", "--out", ready)
    assert result.code == 2 and "cannot overwrite the database" in result.err


def test_check_a_sound_database(booth: Booth, ready: str) -> None:
    result = booth("--db", ready, "--json", "check")
    assert result.code == 0
    assert result.doc == {"ok": True, "database": ready, "problem": None}
    assert booth("--db", ready, "check").out.strip() == "Database OK."


def test_check_a_damaged_database(booth: Booth, ready: str) -> None:
    data = bytearray(Path(ready).read_bytes())
    data[4096 * 2 :] = b"\xde\xad\xbe\xef" * ((len(data) - 4096 * 2) // 4)
    Path(ready).write_bytes(bytes(data))
    result = booth("--db", ready, "--json", "check")
    assert result.code in (1, 2)
    assert result.doc["ok"] is False and result.doc["problem"]
    assert result.err.startswith("booth: the database is damaged")
    assert len(result.err.strip().splitlines()) == 1


def test_check_a_file_that_is_not_a_database(booth: Booth, tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("shopping list\n")
    result = booth("--db", str(path), "check")
    assert result.code == 1 and "not a SQLite database" in result.err


def test_check_a_missing_database(booth: Booth, tmp_path: Path) -> None:
    result = booth("--db", str(tmp_path / "nowhere.sqlite"), "check")
    assert result.code == 2 and "No database at" in result.err


def test_opening_a_damaged_database_exits_2_with_the_way_out(booth: Booth, tmp_path: Path) -> None:
    path = tmp_path / "booth.sqlite"
    path.write_bytes(b"\x00garbage" * 1000)
    result = booth("--db", str(path), "exhibitors", "list")
    assert result.code == 2
    assert "damaged" in result.err and "backup" in result.err


# -- where the database is -------------------------------------------------------------------


def test_booth_db_environment_variable_is_honoured(
    booth: Booth,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("BOOTH_DB", str(path))
    assert booth(*INIT).code == 0
    assert path.exists()
    assert booth("--json", "exhibitors", "list").doc == {"exhibitors": []}
    # --db wins over the environment.
    other = tmp_path / "explicit.sqlite"
    assert booth("--db", str(other), "exhibitors", "list").code == 1  # no event there


def test_default_database_lives_in_the_user_data_folder(booth: Booth, isolated_env: Path) -> None:
    assert booth(*INIT).code == 0
    assert (isolated_env / "data" / "Booth" / "booth.sqlite").exists()


def test_unknown_database_address_exits_2(booth: Booth) -> None:
    for address in ("mysqlish://somewhere/db", "postgresql+psycopg://u@h:port/db"):
        result = booth("--db", address, "exhibitors", "list")
        assert result.code == 2, address
        assert result.err.startswith("booth: ")


def test_import_the_organisers_old_excel_list(booth: Booth, ready: str) -> None:
    sheet = Path(__file__).resolve().parents[1] / "fixtures" / "exhibitors_organiser_cp1252.csv"
    result = booth("--db", ready, "--json", "exhibitors", "import", str(sheet))
    assert result.code == 0
    assert (result.doc["imported"], result.doc["updated"], result.doc["skipped"]) == (3, 1, 1)
    assert result.doc["errors"] == [{"row": 8, "reason": result.doc["errors"][0]["reason"]}]
    assert "Atlantis" in result.doc["errors"][0]["reason"]
    rows = {r["code"]: r for r in booth("--db", ready, "--json", "exhibitors", "list").doc[
        "exhibitors"]}  # fmt: skip
    assert sorted(rows) == ["HARAPAN", "MEDIKA", "SEHAT", "TANPAKOD"]
    assert rows["HARAPAN"]["name"] == "CV Harapan Médica"
    assert rows["MEDIKA"]["booth"] == "S1.A10"  # MEDIKA existed: updated, not doubled


def test_bad_arguments_with_json_still_print_one_document(booth: Booth, target: str) -> None:
    result = booth("--db", target, "--json", "init", "--event", "X")
    assert result.code == 2
    assert result.doc["exit"] == 2 and "required" in result.doc["error"]
    assert result.err.startswith("booth: ")


@pytest.mark.parametrize("where", ["/sys/booth-backup.sqlite", "/proc/1/nope/copy.sqlite"])
def test_backup_to_a_place_that_cannot_be_written_exits_2(
    booth: Booth, ready: str, where: str
) -> None:
    result = booth("--db", ready, "backup", "--out", where)
    assert result.code == 2
    assert result.err.startswith(f"booth: Cannot write {where}")
