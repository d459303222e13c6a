"""`booth meetings agendas --out FILE.pdf (--all | --exhibitor CODE | --buyer REF | --grid)
[--lang en|id] [--changes-since "YYYY-MM-DD HH:MM"]` on a real SQLite file: the JSON,
the PDF read back, exit codes.

A buyer without meetings gets an agenda that says so (exit 0); `--all` or `--grid` with
nothing scheduled is refused (exit 1) and writes nothing."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pypdfium2 as pdfium
import pytest

Booth = Callable[..., Any]
ARABIC = "محمد الهاشمي"
CHINESE = "李小明"


def texts_of(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        out = []
        for page in pdf:
            textpage = page.get_textpage()
            out.append(" ".join(textpage.get_text_range().split()))
            textpage.close()
        return out
    finally:
        pdf.close()


def has_ink(path: Path) -> bool:
    """The first page has something printed on it (not only a white sheet)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        image = pdf[0].render(scale=1).to_pil().convert("L")
        return sum(image.histogram()[:128]) > 1000
    finally:
        pdf.close()


@pytest.fixture
def fair(tmp_path: Path, booth: Booth) -> Callable[..., Any]:
    """HealthConnect in miniature (Jakarta, UTC+7): 2 manufacturers, 4 buyers (one without
    meetings), 20-minute slots with 5 minutes between (09:00-10:15: 3 slots)."""
    db = str(tmp_path / "fair.sqlite")

    def run(*args: str) -> Any:
        return booth("--db", db, "--json", *args)

    assert run("init", "--event", "HealthConnect", "--start", "2027-03-10", "--end",
               "2027-03-11", "--timezone", "Asia/Jakarta").code == 0
    for code, name in (("ALKES", "PT Alkes Nusantara"), ("MEDIKA", "PT Medika Jaya")):
        assert run("exhibitors", "add", "--code", code, "--name", name,
                   "--booth", f"B-{code[:2]}").code == 0
    for n, name in enumerate(["Dr. Ayu Lestari", ARABIC, CHINESE, "Nobody Yet"], 1):
        assert run("visitors", "add", "--name", name, "--organization", f"RS {n}",
                   "--email", f"buyer{n}@rs.id", "--category", "hospital/clinic").code == 0
    assert run("meetings", "sessions", "add", "--date", "2027-03-10", "--start", "09:00",
               "--end", "10:15", "--slot", "20", "--gap", "5").code == 0
    run.db = db  # type: ignore[attr-defined]
    return run


def _meet(fair: Callable[..., Any]) -> dict[str, str]:
    ids = {}
    for key, buyer, maker, start in (("ayu_alkes", 1, "ALKES", "09:00"),
                                     ("ayu_medika", 1, "MEDIKA", "09:25"),
                                     ("arabic_medika", 2, "MEDIKA", "09:00"),
                                     ("chinese_alkes", 3, "ALKES", "09:25")):
        done = fair("meetings", "add", "--buyer", f"buyer{buyer}@rs.id", "--exhibitor", maker,
                    "--start", f"2027-03-10 {start}")
        assert done.code == 0, done.err
        ids[key] = done.doc["meeting"]["id"]
    return ids


def test_a_buyers_agenda_in_english_and_indonesian(fair: Callable[..., Any],
                                                   tmp_path: Path) -> None:
    _meet(fair)
    out = tmp_path / "ayu.pdf"
    done = fair("meetings", "agendas", "--out", str(out), "--buyer", "buyer1@rs.id")
    assert done.code == 0, done.err
    assert done.doc == {**done.doc, "out": str(out), "pages": 1, "agendas": 1}
    [text] = texts_of(out)
    assert "AGENDA · BUYER" in text and "Dr. Ayu Lestari" in text
    assert "Times in Asia/Jakarta (UTC+07:00)" in text
    assert "09:00–09:20 B-AL PT Alkes Nusantara ALKES" in text
    assert "09:25–09:45 B-ME PT Medika Jaya MEDIKA" in text
    assert "Page 1 of 1" in text and "Made " in text

    done = fair("meetings", "agendas", "--out", str(out), "--buyer", "buyer1@rs.id",
                "--lang", "id")
    assert done.code == 0
    [text] = texts_of(out)
    assert "AGENDA · PEMBELI" in text and "Waktu Meja Produsen Kode" in text
    assert "Rab 10 Maret 2027 09:00–09:20 B-AL PT Alkes Nusantara ALKES" in text
    assert "Halaman 1 dari 1" in text and "Dibuat " in text


def test_all_and_the_grid(fair: Callable[..., Any], tmp_path: Path) -> None:
    _meet(fair)
    out = tmp_path / "all.pdf"
    done = fair("meetings", "agendas", "--out", str(out), "--all", "--lang", "id")
    assert done.code == 0, done.err
    # Three buyers with meetings and both manufacturers, a page each.
    assert (done.doc["agendas"], done.doc["pages"]) == (5, 5)
    texts = texts_of(out)
    assert sum("AGENDA · PEMBELI" in t for t in texts) == 3
    assert sum("AGENDA · PRODUSEN" in t for t in texts) == 2
    whole = " ".join(texts)
    assert CHINESE in whole and all(word in whole for word in ARABIC.split())
    assert "Nobody Yet" not in whole

    grid = tmp_path / "grid.pdf"
    done = fair("meetings", "agendas", "--out", str(grid), "--grid")
    assert done.code == 0 and done.doc["pages"] == 1 and done.doc["agendas"] == 0
    [text] = texts_of(grid)
    assert "MASTER GRID" in text and "Wed 10 March 2027" in text
    assert "09:00–09:20" in text and "09:50–10:10" in text
    assert "B-AL ALKES" in text and "B-ME MEDIKA" in text and CHINESE in text
    assert has_ink(grid)


def test_the_change_list(fair: Callable[..., Any], tmp_path: Path) -> None:
    ids = _meet(fair)
    # The schedule was printed yesterday; since then the desk moved and cancelled.
    yesterday = (datetime.now(UTC) - timedelta(days=1)).replace(tzinfo=None).isoformat(" ")
    with sqlite3.connect(fair.db) as conn:  # type: ignore[attr-defined]
        conn.execute("UPDATE meeting SET created_at = ?, updated_at = ?", (yesterday,) * 2)
    conn.close()
    since = datetime.now(ZoneInfo("Asia/Jakarta")).strftime("%Y-%m-%d %H:%M")
    assert fair("meetings", "move", ids["ayu_alkes"], "--start", "2027-03-10 09:50").code == 0
    assert fair("meetings", "cancel", ids["arabic_medika"]).code == 0

    out = tmp_path / "changes.pdf"
    done = fair("meetings", "agendas", "--out", str(out), "--all", "--changes-since", since)
    assert done.code == 0, done.err
    assert done.doc["changes"] == {"new": 0, "moved": 1, "cancelled": 1}
    [text] = texts_of(out)
    assert "CHANGES" in text and "Changes since" in text and "2 changes" in text
    assert "Moved Wed 10 Mar 09:50–10:10 B-AL Dr. Ayu Lestari ALKES · PT Alkes Nusantara" \
        in text
    assert "Cancelled" in text and all(word in text for word in ARABIC.split())

    done = fair("meetings", "agendas", "--out", str(out), "--buyer", "buyer1@rs.id",
                "--changes-since", since, "--lang", "id")
    assert done.code == 0
    [text] = texts_of(out)
    assert "Perubahan sejak" in text and "Dipindah Rab 10 Mar 09:50–10:10" in text
    assert "Dibatalkan" not in text

    bad = fair("meetings", "agendas", "--out", str(out), "--all", "--changes-since", "soon")
    assert bad.code == 2 and "--changes-since" in bad.doc["error"]


def test_a_buyer_without_meetings_and_nothing_scheduled(fair: Callable[..., Any],
                                                        tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    refused = fair("meetings", "agendas", "--out", str(out), "--all")
    assert refused.code == 1 and "No meetings are scheduled yet" in refused.doc["error"]
    refused = fair("meetings", "agendas", "--out", str(out), "--grid")
    assert refused.code == 1 and not out.exists()

    done = fair("meetings", "agendas", "--out", str(out), "--buyer", "buyer4@rs.id")
    assert done.code == 0 and done.doc["agendas"] == 1 and done.doc["pages"] == 1
    [text] = texts_of(out)
    assert "Nobody Yet" in text and "No meetings are scheduled." in text


def test_mistakes_exit_2_and_write_nothing(fair: Callable[..., Any], booth: Booth,
                                           tmp_path: Path) -> None:
    _meet(fair)
    missing = tmp_path / "no-such-folder" / "a.pdf"
    done = fair("meetings", "agendas", "--out", str(missing), "--all")
    assert done.code == 2 and "does not exist" in done.doc["error"]
    done = fair("meetings", "agendas", "--out", str(tmp_path / "a.pdf"), "--buyer", "nobody")
    assert done.code == 2 and not (tmp_path / "a.pdf").exists()
    done = fair("meetings", "agendas", "--out", str(tmp_path / "a.pdf"), "--exhibitor", "NOPE")
    assert done.code == 2
    # Without --json: one line that says what was written.
    plain = booth("--db", fair.db, "meetings", "agendas", "--out",  # type: ignore[attr-defined]
                  str(tmp_path / "b.pdf"), "--exhibitor", "ALKES")
    assert plain.code == 0 and plain.out.strip() == f"1 pages, 1 agendas: {tmp_path / 'b.pdf'}"


def test_agendas_are_in_the_audit_log_with_counts_and_the_command_line(
        fair: Callable[..., Any], tmp_path: Path) -> None:
    _meet(fair)
    assert fair("meetings", "agendas", "--out", str(tmp_path / "all.pdf"), "--all").code == 0
    assert fair("meetings", "agendas", "--out", str(tmp_path / "g.pdf"), "--grid").code == 0
    log = fair("audit", "--action", "agendas")
    assert log.code == 0, log.err
    grid, agendas = log.doc["entries"]
    assert grid["detail"] == {**grid["detail"], "kind": "grid", "file": "g.pdf", "pages": 1}
    assert agendas["detail"] == {**agendas["detail"], "kind": "agendas", "file": "all.pdf",
                                 "agendas": 5, "meetings": 4}
    assert agendas["who"].startswith("command line (")
    # Counts only: nobody's name is kept with it.
    assert "Ayu" not in json.dumps(log.doc) and CHINESE not in json.dumps(log.doc)
