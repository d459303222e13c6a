"""`python -m booth_app` as a coordinator's script runs it: real processes, real files."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

INIT = ("init", "--event", "HealthConnect Jakarta", "--start", "2027-03-02", "--end",
        "2027-03-04", "--timezone", "Asia/Jakarta", "--currency", "IDR")  # fmt: skip

RunBooth = Callable[..., Any]


def one_json_document(stdout: str) -> object:
    """stdout must be exactly one JSON document and nothing else."""
    decoder = json.JSONDecoder()
    doc, end = decoder.raw_decode(stdout)
    assert stdout[end:].strip() == "", f"more than one document on stdout: {stdout!r}"
    return doc


@pytest.mark.slow
def test_a_coordinator_session_end_to_end(run_booth: RunBooth, tmp_path: Path) -> None:
    db = str(tmp_path / "jakarta.sqlite")

    def booth(*args: str, code: int = 0) -> object:
        done = run_booth("--db", db, "--json", *args)
        assert done.returncode == code, done.stderr
        assert "Traceback" not in done.stderr
        return one_json_document(done.stdout)

    event = booth(*INIT)
    assert event["event"]["currency"] == "IDR"  # type: ignore[index]
    booth("exhibitors", "add", "--code", "MEDIKA", "--name", "PT Medika", "--country", "ID")
    booth("staff", "add", "--exhibitor", "MEDIKA", "--name", "Dewi", "--pin", "2468")
    added = booth("visitors", "add", "--name", "أحمد الهاشمي", "--organization", "وزارة الصحة")
    visitor = added["visitor"]  # type: ignore[index]
    listed = booth("visitors", "list", "--search", "احمد")
    assert listed == {"visitors": [{k: visitor[k] for k in (
        "id", "code", "name", "organization", "email", "country", "category")}]}  # fmt: skip
    assert booth(*INIT, code=1)["exit"] == 1  # type: ignore[index]
    assert booth("check") == {
        "ok": True, "database": str(Path(db).resolve()), "problem": None,
    }  # fmt: skip

    # Everything is in the file itself once the command has ended: a coordinator who
    # copies just jakarta.sqlite to a USB stick takes all of it.
    copy = tmp_path / "usb.sqlite"
    shutil.copyfile(db, copy)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT name FROM visitor").fetchall() == [("أحمد الهاشمي",)]
    conn.close()


def test_demo_gives_exactly_37_visitors(run_booth: RunBooth, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite")
    done = run_booth("--db", db, "--json", "demo", "--visitors", "37")
    assert done.returncode == 0, done.stderr
    assert one_json_document(done.stdout)["demo"]["visitors"] == 37  # type: ignore[index]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM visitor").fetchone() == (37,)
        assert conn.execute("SELECT count(*) FROM exhibitor").fetchone() == (19,)
    conn.close()


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ((*INIT[:4], "2027-13-01", *INIT[5:]), 2),  # a bad --start date
        (("--frobnicate",), 2),
        (("visitors", "list", "--limit", "ten"), 2),
        (("staff", "add", "--exhibitor", "NOPE", "--name", "X", "--pin", "1234"), 1),
    ],
)
def test_mistakes_exit_with_the_contract_status_and_no_traceback(
    run_booth: RunBooth,
    tmp_path: Path,
    args: tuple[str, ...],
    code: int,
) -> None:
    # (staff add before init: no event yet, a refusal.)
    done = run_booth("--db", str(tmp_path / "b.sqlite"), *args)
    assert done.returncode == code, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("booth: ")


def test_an_unknown_exhibitor_code_or_file_exits_2(run_booth: RunBooth, tmp_path: Path) -> None:
    db = str(tmp_path / "b.sqlite")
    assert run_booth("--db", db, *INIT).returncode == 0
    done = run_booth("--db", db, "--json", "staff", "add", "--exhibitor", "NOPE", "--name", "X",
                     "--pin", "1234")  # fmt: skip
    assert done.returncode == 2
    assert "No exhibitor with code 'NOPE'" in done.stderr
    assert one_json_document(done.stdout) == {"error": "No exhibitor with code 'NOPE'.", "exit": 2}
    missing = run_booth("--db", db, "exhibitors", "import", str(tmp_path / "nowhere.csv"))
    assert missing.returncode == 2 and "No such file" in missing.stderr


def test_check_on_a_damaged_file_exits_nonzero_with_one_clear_line(
    run_booth: RunBooth,
    tmp_path: Path,
) -> None:
    db = tmp_path / "b.sqlite"
    assert run_booth("--db", str(db), *INIT).returncode == 0
    data = bytearray(db.read_bytes())
    data[8192:] = b"\xff" * (len(data) - 8192)
    db.write_bytes(bytes(data))
    done = run_booth("--db", str(db), "check")
    assert done.returncode in (1, 2)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("booth: the database is damaged")


def test_booth_db_environment_variable(run_booth: RunBooth, tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite"
    done = run_booth("--json", *INIT, env={"BOOTH_DB": str(db)})
    assert done.returncode == 0, done.stderr
    assert db.exists()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM event").fetchone() == ("HealthConnect Jakarta",)
    conn.close()


def test_version_and_help(run_booth: RunBooth) -> None:
    from booth_app import __version__

    version = run_booth("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"booth {__version__}"
    helped = run_booth("--help")
    assert helped.returncode == 0
    for command in ("init", "demo", "exhibitors", "staff", "visitors", "backup", "check"):
        assert command in helped.stdout


def test_output_into_a_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    db = tmp_path / "b.sqlite"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    env.pop("BOOTH_DB", None)
    subprocess.run([sys.executable, "-m", "booth_app", "--db", str(db), *INIT], env=env,
                   check=True, capture_output=True)  # fmt: skip
    # `booth --help | head -1`: the reader leaves early.
    pipeline = subprocess.run(
        f"{sys.executable} -m booth_app --help | head -c 10",
        shell=True, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert "Traceback" not in pipeline.stderr
    assert "BrokenPipe" not in pipeline.stderr
