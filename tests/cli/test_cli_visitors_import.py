"""`booth visitors import FILE` in a real process, as a coordinator scripts it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from booth_app.core.visitors.importing import import_visitors
from booth_app.storage.database import Database

FILES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
Run = Callable[..., CompletedProcess[str]]


def listed(run_booth: Run, path: Path) -> list[dict]:
    done = run_booth("--db", str(path), "--json", "visitors", "list", "--limit", "1000")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["visitors"]


@pytest.mark.slow
def test_import_json_then_reimport_updates(event_db: Database, run_booth: Run) -> None:
    path = str(event_db.path)
    event_db.dispose()
    done = run_booth("--db", path, "--json", "visitors", "import", str(FILES / "messy.csv"))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result) == {"imported", "updated", "skipped", "errors"}
    assert (result["imported"], result["updated"], result["skipped"]) == (4, 2, 4)
    assert {"row": 4, "reason": "Not an e-mail address: 'not-an-email'"} in result["errors"]
    assert all(set(e) == {"row", "reason"} for e in result["errors"])
    names = {v["name"] for v in listed(run_booth, Path(path))}
    assert "Aisha Rahman" in names and "Lina Haddad" in names

    again = run_booth("--db", path, "--json", "visitors", "import", str(FILES / "messy.csv"))
    assert json.loads(again.stdout)["imported"] == 0
    assert json.loads(again.stdout)["updated"] == 6
    assert len(listed(run_booth, Path(path))) == 4


def test_human_output_lists_rejected_rows(event_db: Database, run_booth: Run) -> None:
    path = str(event_db.path)
    event_db.dispose()
    done = run_booth("--db", path, "visitors", "import", str(FILES / "messy.csv"))
    assert done.returncode == 0
    assert "Imported 4, updated 2, skipped 4." in done.stdout
    assert "row 5: Unknown country: 'Narnia'" in done.stdout
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("name", ["garbage.bin", "empty.csv", "no-such-file.csv"])
def test_unreadable_file_exit_2_and_nothing_changed(
    event_db: Database, run_booth: Run, tmp_path: Path, name: str
) -> None:
    import_visitors(event_db, FILES / "organiser.xlsx")
    path = str(event_db.path)
    event_db.dispose()
    before = Path(path).read_bytes()
    source = FILES / name
    if name.endswith(".csv") and source.exists():
        source = Path(shutil.copy(source, tmp_path / name))
    done = run_booth("--db", path, "--json", "visitors", "import", str(source))
    assert done.returncode == 2
    assert json.loads(done.stdout)["exit"] == 2
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("booth: ")
    assert Path(path).read_bytes() == before  # not a byte changed


def test_xlsx_renamed_as_xlsx_but_not_a_workbook(
    event_db: Database, run_booth: Run, tmp_path: Path
) -> None:
    fake = tmp_path / "visitors.xlsx"
    fake.write_text("Name\nNot really a workbook\n", encoding="utf-8")
    path = str(event_db.path)
    event_db.dispose()
    done = run_booth("--db", path, "visitors", "import", str(fake))
    assert done.returncode == 2
    assert "XLSX" in done.stderr and "Traceback" not in done.stderr
