"""`booth leads export`: files read back, the ZIP's folders, the password file, refusals."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import openpyxl
import pytest
import pyzipper
import vobject

from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.core.leads.capture import capture_for_visitor
from booth_app.core.leads.fields import Catalogue, LeadFields
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database

Run = Callable[..., CompletedProcess[str]]


@pytest.fixture
def pavilion(event_db: Database) -> str:
    """MEDIKA with two leads, SEHAT with one (Siti at both); the database path."""
    with event_db.session() as session:
        medika = add_exhibitor(session, code="MEDIKA", name="PT Medika Nusantara")
        sehat = add_exhibitor(session, code="SEHAT", name="PT Sehat Sentosa")
        siti = add_visitor(session, VisitorFields.parse(
            name="Siti Rahma", organization="RS Harapan Kita", phone="+971 4 123 4567",
            email="siti@harapan.example"))
        omar = add_visitor(session, VisitorFields.parse(name="=HYPERLINK(\"x\")",
                                                        organization="عمر"))
        fields = LeadFields.parse(Catalogue.load(session, medika.id), rating="hot",
                                  value="1500.50", currency="EUR")
        capture_for_visitor(session, medika, siti, fields=fields)
        capture_for_visitor(session, medika, omar)
        capture_for_visitor(session, sehat, siti)
    path = str(event_db.path)
    event_db.dispose()
    return path


def audit_rows(path: str) -> list[tuple[str, dict[str, Any]]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT entity_id, detail FROM audit_log "
                            "WHERE action = 'leads.export'").fetchall()
    conn.close()
    return [(entity, json.loads(detail)) for entity, detail in rows]


def test_one_manufacturer_as_csv(pavilion: str, booth: Any, tmp_path: Path) -> None:
    out = tmp_path / "medika.csv"
    got = booth("--db", pavilion, "--json", "leads", "export", "--out", str(out),
                "--format", "CSV", "--exhibitor", "medika")
    assert got.code == 0, got.err
    assert got.doc == {"path": str(out), "format": "csv", "leads": 2, "archive": False,
                       "encrypted": False,
                       "exhibitors": [{"code": "MEDIKA", "name": "PT Medika Nusantara",
                                       "leads": 2, "file": "medika.csv"}]}
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"), newline="")))
    assert [(r["Last name"], r["Phone"], r["Value"], r["Currency"], r["Rating"])
            for r in rows] == [("Rahma", "'+971 4 123 4567", "1500.50", "EUR", "Hot"),
                               ("'=HYPERLINK(\"x\")", "", "", "", "")]
    assert [(detail["exhibitor"], detail["rows"], detail["format"])
            for _, detail in audit_rows(pavilion)] == [("MEDIKA", 2, "csv")]


def test_xlsx_and_vcf_for_one_manufacturer(pavilion: str, booth: Any, tmp_path: Path) -> None:
    xlsx, vcf = tmp_path / "s.xlsx", tmp_path / "s.vcf"
    assert booth("--db", pavilion, "leads", "export", "--out", str(xlsx), "--format", "xlsx",
                 "--exhibitor", "SEHAT").code == 0
    sheet = openpyxl.load_workbook(xlsx).active
    assert [cell.value for cell in sheet[2]][:3] == ["Siti", "Rahma", "RS Harapan Kita"]
    assert sheet.max_row == 2
    human = booth("--db", pavilion, "leads", "export", "--out", str(vcf), "--format", "vcf",
                  "--exhibitor", "MEDIKA")
    assert human.code == 0 and "2 leads of MEDIKA written to" in human.out
    cards = list(vobject.readComponents(vcf.read_text("utf-8")))
    assert [card.fn.value for card in cards] == ["Siti Rahma", "=HYPERLINK(\"x\")"]


def test_every_manufacturer_as_an_encrypted_zip(pavilion: str, booth: Any,
                                                tmp_path: Path) -> None:
    secret = tmp_path / "password.txt"
    secret.write_text("Rahasia Pavilion 2027\nthis second line is not the password\n")
    out = tmp_path / "leads.zip"
    got = booth("--db", pavilion, "--json", "leads", "export", "--out", str(out),
                "--format", "csv", "--all", "--password-file", str(secret))
    assert got.code == 0, got.err
    assert (got.doc["leads"], got.doc["archive"], got.doc["encrypted"]) == (3, True, True)
    assert [(e["code"], e["leads"], e["file"]) for e in got.doc["exhibitors"]] == [
        ("MEDIKA", 2, "MEDIKA - PT Medika Nusantara/MEDIKA leads.csv"),
        ("SEHAT", 1, "SEHAT - PT Sehat Sentosa/SEHAT leads.csv")]
    with pyzipper.AESZipFile(out) as archive:
        archive.setpassword(b"Rahasia Pavilion 2027")
        sehat = archive.read("SEHAT - PT Sehat Sentosa/SEHAT leads.csv").decode("utf-8-sig")
        assert "Siti" in sehat and "HYPERLINK" not in sehat  # MEDIKA's lead stays out
        archive.setpassword(b"Rahasia Pavilion 2027\n")
        with pytest.raises(RuntimeError):
            archive.read("README.txt")
    assert sorted(detail["exhibitor"] for _, detail in audit_rows(pavilion)) == [
        "MEDIKA", "SEHAT"]


def test_without_a_password_the_zip_is_plain(pavilion: str, booth: Any, tmp_path: Path) -> None:
    out = tmp_path / "leads.zip"
    assert booth("--db", pavilion, "leads", "export", "--out", str(out), "--format", "xlsx",
                 "--all").code == 0
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == [
            "MEDIKA - PT Medika Nusantara/MEDIKA leads.xlsx", "README.txt",
            "SEHAT - PT Sehat Sentosa/SEHAT leads.xlsx"]


def test_an_existing_file_is_refused_with_exit_2(pavilion: str, booth: Any,
                                                 tmp_path: Path) -> None:
    out = tmp_path / "medika.csv"
    out.write_text("keep me")
    got = booth("--db", pavilion, "--json", "leads", "export", "--out", str(out), "--format",
                "csv", "--exhibitor", "MEDIKA")
    assert got.code == 2
    assert "already exists" in got.doc["error"] and "already exists" in got.err
    assert out.read_text() == "keep me"
    assert audit_rows(pavilion) == []  # nothing exported, nothing logged


@pytest.mark.parametrize(("extra", "message"), [
    (["--exhibitor", "NOPE"], "No exhibitor"),
    (["--exhibitor", "MEDIKA", "--password-file", "{secret}"], "--all ZIP"),
    (["--all", "--password-file", "{missing}"], "Cannot read the password file"),
    (["--all", "--password-file", "{empty}"], "no password"),
    (["--exhibitor", "MEDIKA", "--all"], "not allowed with"),
    ([], "one of the arguments --exhibitor --all is required"),
])
def test_bad_requests_exit_2_and_write_nothing(pavilion: str, booth: Any, tmp_path: Path,
                                               extra: list[str], message: str) -> None:
    (tmp_path / "secret.txt").write_text("s3cret\n")
    (tmp_path / "empty.txt").write_text("\n")
    names = {"secret": tmp_path / "secret.txt", "missing": tmp_path / "nope.txt",
             "empty": tmp_path / "empty.txt"}
    out = tmp_path / "out.zip"
    got = booth("--db", pavilion, "leads", "export", "--out", str(out), "--format", "csv",
                *[arg.format(**names) for arg in extra])
    assert got.code == 2
    assert message in got.err
    assert not out.exists()


def test_an_unwritable_place_is_a_clear_message(pavilion: str, booth: Any) -> None:
    if not Path("/proc/self").is_dir():
        pytest.skip("needs /proc, where nobody can create files")
    got = booth("--db", pavilion, "leads", "export", "--out", "/proc/leads.csv", "--format",
                "csv", "--exhibitor", "MEDIKA")
    assert got.code == 2 and "Cannot write /proc/leads.csv" in got.err
    assert audit_rows(pavilion) == []


def test_a_real_process_exports_without_a_traceback(pavilion: str, run_booth: Run,
                                                    tmp_path: Path) -> None:
    out = tmp_path / "all.zip"
    done = run_booth("--db", pavilion, "leads", "export", "--out", str(out), "--format",
                     "vcf", "--all")
    assert done.returncode == 0, done.stderr
    assert "3 leads of 2 manufacturers written to" in done.stdout
    again = run_booth("--db", pavilion, "leads", "export", "--out", str(out), "--format",
                      "vcf", "--all")
    assert again.returncode == 2 and "Traceback" not in again.stderr
    assert "already exists" in again.stderr
