"""Printing through the real CUPS queue Booth_PDF (cups-pdf), read back and scanned.

The queue and read-back helpers live in tests/cups_pdf.py, shared with the CLI and
window print tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cups_pdf import (
    QUEUE,
    badge_pdf,
    page_sizes_mm,
    printed_file,
    scan_tokens,
    unique_title,
)
from sqlalchemy import select

from booth_app.core import printing
from booth_app.core.badges.tokens import check_token
from booth_app.core.errors import BoothError
from booth_app.core.events import require_event
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import AuditLog

# -- tests ----------------------------------------------------------------------------------


def _issue(db: Database, names: list[str]) -> list[str]:
    from booth_app.core.badges.tokens import issue_badge

    tokens = []
    with db.session() as session:
        event = require_event(session)
        for name in names:
            visitor = add_visitor(session, VisitorFields.parse(name=name))
            tokens.append(issue_badge(session, event, visitor, layout="cr80")[1])
    return tokens


def test_a_badge_printed_on_cups_pdf_scans_and_verifies(event_db: Database, cups_pdf: Path,
                                                        tmp_path: Path) -> None:
    tokens = _issue(event_db, ["Siti Rahmawati", "Ahmed Al-Mansouri"])
    pdf = badge_pdf(tmp_path / "badges.pdf", tokens)
    title = unique_title()

    job = printing.print_pdf(pdf, QUEUE, title=title)

    assert re.fullmatch(rf"{QUEUE}-\d+", job)
    assert printing.wait_for_job(job, timeout=60), f"job {job} did not complete"
    printed = printed_file(cups_pdf, title)
    assert scan_tokens(printed) == [[tokens[0]], [tokens[1]]]
    # The paper is the badge (a CR80 card), not the queue's default A4 sheet.
    # (CUPS rounds custom media to whole points: within half a millimetre.)
    for width, height in page_sizes_mm(printed):
        assert (width, height) == (pytest.approx(85.6, abs=0.5), pytest.approx(54.0, abs=0.5))
    assert len(page_sizes_mm(printed)) == 2
    with event_db.reader() as session:
        event = require_event(session)
        assert all(check_token(event, t).kind == "valid" for t in tokens)
        forged = tokens[0][:-1] + ("B" if tokens[0][-1] != "B" else "C")
        assert check_token(event, forged).kind == "invalid"


def test_the_default_printer_is_used_when_none_is_named(cups_pdf: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "default_printer", lambda: QUEUE)
    title = unique_title()
    job = printing.print_pdf(badge_pdf(tmp_path / "b.pdf", ["BT02BCDF2345BCDFGHJKLM"]), None,
                             title=title)
    assert job.startswith(f"{QUEUE}-")
    assert printing.wait_for_job(job)
    assert printed_file(cups_pdf, title).exists()


def test_an_unknown_printer_is_refused_with_the_printers_that_exist(cups_pdf: Path,
                                                                    tmp_path: Path) -> None:
    pdf = badge_pdf(tmp_path / "b.pdf", ["BT02BCDF2345BCDFGHJKLM"])
    with pytest.raises(BoothError) as refused:
        printing.print_pdf(pdf, "Printer_That_Is_Not_There", title=unique_title())
    assert "Printer_That_Is_Not_There" in str(refused.value)
    assert QUEUE in str(refused.value)


def test_no_default_printer_is_refused_clearly(cups_pdf: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "default_printer", lambda: None)
    with pytest.raises(BoothError, match="No default printer"):
        printing.resolve_printer(None)


def test_no_printers_at_all_is_a_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "list_printers", lambda: [])
    with pytest.raises(BoothError, match="No printer is set up"):
        printing.resolve_printer("Booth_PDF")


def test_without_cups_the_message_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(BoothError, match="CUPS"):
        printing.list_printers()


def test_windows_is_told_to_print_from_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing.sys, "platform", "win32")
    with pytest.raises(BoothError, match="Windows"):
        printing.print_pdf(__file__, "Booth_PDF")


def test_a_missing_file_is_not_sent(tmp_path: Path) -> None:
    with pytest.raises(BoothError, match="does not exist"):
        printing.print_pdf(tmp_path / "nothing.pdf", QUEUE)


def test_a_print_job_is_logged_with_printer_job_count_and_layout(event_db: Database) -> None:
    with event_db.session() as session:
        printing.log_print_job(session, printer=QUEUE, job="Booth_PDF-7", count=12,
                               layout="cr80", visitor_ids=["a", "b"])
    with event_db.reader() as session:
        rows = session.scalars(select(AuditLog).where(
            AuditLog.action == printing.PRINT_JOB_ACTION)).all()
    assert len(rows) == 1
    assert rows[0].detail["printer"] == QUEUE
    assert rows[0].detail["job"] == "Booth_PDF-7"
    assert rows[0].detail["count"] == 12
    assert rows[0].detail["layout"] == "cr80"
