"""`booth report --out FILE.pdf [--currency CUR] [--rate CUR=RATE ...] [--lang en|id]` in a
real process: the JSON shape of CLI.md, the figures against the database, the PDF's text,
and mistakes that exit 2 and write nothing."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from subprocess import CompletedProcess

import pypdfium2 as pdfium
import pytest

Run = Callable[..., CompletedProcess[str]]


@pytest.fixture
def demo(tmp_path: Path, run_booth: Run) -> Path:
    path = tmp_path / "demo.sqlite"
    done = run_booth("--db", str(path), "demo", "--visitors", "300")
    assert done.returncode == 0, done.stderr
    return path


def pdf_text(path: Path) -> tuple[int, str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
        return len(pdf), "\n".join(texts)
    finally:
        pdf.close()


def counts(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    try:
        leads = conn.execute("SELECT rating, stage, value, currency FROM lead "
                             "WHERE deleted = 0").fetchall()
        usd = sum((Decimal(str(v)) for _, stage, v, cur in leads
                   if v is not None and cur == "USD" and stage != "lost"), Decimal(0))
        return {
            "checkins": conn.execute(
                "SELECT count(*) FROM checkin WHERE deleted = 0 AND direction = 'in' "
                "AND status IN ('admitted', 'reentry')").fetchone()[0],
            "visitors_registered": conn.execute(
                "SELECT count(*) FROM visitor WHERE deleted = 0").fetchone()[0],
            "leads": len(leads),
            "hot_leads": sum(1 for rating, *_ in leads if rating == "hot"),
            "usd": usd,
        }
    finally:
        conn.close()


def test_report_in_indonesian_with_a_rate(demo: Path, tmp_path: Path, run_booth: Run) -> None:
    out = tmp_path / "laporan.pdf"
    done = run_booth("--db", str(demo), "--json", "report", "--out", str(out),
                     "--currency", "idr", "--rate", "USD=16250", "--lang", "id")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)  # exactly one JSON document
    report = doc["report"]
    assert set(report) == {"path", "pages", "totals"} and Path(report["path"]) == out
    truth = counts(demo)
    totals = report["totals"]
    for key in ("checkins", "visitors_registered", "leads", "hot_leads"):
        assert totals[key] == truth[key], key
    assert totals["currency"] == "IDR" and totals["rates"] == {"USD": "16250"}
    assert Decimal(totals["potential_value"]) == truth["usd"] * 16250  # type: ignore[operator]
    assert totals["not_converted"] == {}
    pages, text = pdf_text(out)
    assert pages == report["pages"] >= 4
    assert f"Halaman {pages} dari {pages}" in text
    assert "1 USD = 16.250 IDR" in text
    checkins = f"{truth['checkins']:,}".replace(",", ".")
    assert f"{checkins}\r\nCheck-in\r\n" in text


def test_default_currency_is_the_events_and_a_missing_rate_is_listed(
        demo: Path, tmp_path: Path, run_booth: Run) -> None:
    out = tmp_path / "report.pdf"
    done = run_booth("--db", str(demo), "--json", "report", "--out", str(out),
                     "--currency", "EUR", "--rate", "AED=0.25")
    assert done.returncode == 0, done.stderr
    totals = json.loads(done.stdout)["report"]["totals"]
    truth = counts(demo)
    # The demo's values are in USD and no USD rate was given: nothing is guessed.
    assert totals["potential_value"] == "0.00"
    assert Decimal(totals["not_converted"]["USD"]) == truth["usd"]
    _, text = pdf_text(out)
    assert f"USD {truth['usd']:,.2f}" in text and "not converted" in text
    human = run_booth("--db", str(demo), "report", "--out", str(tmp_path / "usd.pdf"))
    assert human.returncode == 0, human.stderr
    assert "potential transaction value USD" in human.stdout
    assert f"USD {truth['usd']:,.2f}" in human.stdout


def test_an_existing_file_is_never_overwritten(demo: Path, tmp_path: Path,
                                               run_booth: Run) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"last week's report")
    done = run_booth("--db", str(demo), "--json", "report", "--out", str(out))
    assert done.returncode == 2
    assert "already exists" in json.loads(done.stdout)["error"]
    assert out.read_bytes() == b"last week's report"


@pytest.mark.parametrize("args", [
    ("--rate", "USD"), ("--rate", "USD=16,250"), ("--rate", "USD=-1"), ("--rate", "XYZ=2"),
    ("--currency", "RUPIAH"), ("--lang", "fr"), ("--currency", "IDR", "--rate", "IDR=2"),
])
def test_mistakes_exit_2_and_write_nothing(demo: Path, tmp_path: Path, run_booth: Run,
                                           args: tuple[str, ...]) -> None:
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    done = run_booth("--db", str(demo), "report", "--out", str(out), *args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("booth: ") and "Traceback" not in done.stderr
    assert list(out.parent.iterdir()) == []


def test_help_says_which_way_a_rate_goes(run_booth: Run) -> None:
    done = run_booth("report", "--help")
    assert done.returncode == 0
    assert "1 USD = 16250 units of the reporting currency" in " ".join(done.stdout.split())


def test_the_report_is_in_the_audit_log_as_the_command_lines(demo: Path, tmp_path: Path,
                                                             run_booth: Run) -> None:
    out = tmp_path / "report.pdf"
    done = run_booth("--db", str(demo), "--json", "report", "--out", str(out))
    assert done.returncode == 0, done.stderr
    totals = json.loads(done.stdout)["report"]["totals"]
    log = run_booth("--db", str(demo), "--json", "audit", "--action", "report")
    [entry] = json.loads(log.stdout)["entries"]
    assert entry["action"] == "report.write" and entry["who"].startswith("command line (")
    assert entry["detail"] == {**entry["detail"], "file": "report.pdf", "lang": "en",
                               "leads": totals["leads"],
                               "unique_visitors": totals["unique_visitors"]}
