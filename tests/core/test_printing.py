"""Printing through the real CUPS queue Booth_PDF (cups-pdf), read back and scanned.

The helpers at the top (`cups_pdf`, `printed_file`, `scan_tokens`) are loaded by the
UI and CLI print tests too, so every layer proves the same thing: what the printer
produced carries a QR that scans and verifies.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from booth_app.core import printing
from booth_app.core.badges import check_token
from booth_app.core.errors import BoothError
from booth_app.core.events import require_event
from booth_app.core.visitors import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import AuditLog

QUEUE = "Booth_PDF"
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")


# -- the real print queue -------------------------------------------------------------------


def _cups_running() -> bool:
    done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True,
                          env={**os.environ, "LC_ALL": "C"}, check=False)
    return "scheduler is running" in done.stdout


def ensure_cups_pdf() -> str | None:
    """Start CUPS and add the Booth_PDF queue if needed; the reason to skip, or None."""
    if shutil.which("lpstat") is None or shutil.which("lp") is None:
        return "CUPS client tools (lpstat, lp) are not installed (apt-get install cups)"
    if not _cups_running():
        cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
        if os.geteuid() != 0 or not Path(cupsd).exists():
            return "the CUPS scheduler is not running and cannot be started here (not root)"
        subprocess.run([cupsd], check=False)
        for _ in range(20):
            if _cups_running():
                break
            time.sleep(0.25)
        else:
            return "cupsd was started but does not answer"
    if QUEUE not in printing.list_printers():
        if os.geteuid() != 0:
            return f"there is no {QUEUE} queue and no root to add it (scripts/setup.sh test)"
        models = subprocess.run(["lpinfo", "-m"], capture_output=True, text=True,
                                check=False).stdout.split("\n")
        ppds = sorted((line.split()[0] for line in models if "cups-pdf" in line.lower()),
                      reverse=True)
        if not ppds:
            return "the cups-pdf driver is not installed (printer-driver-cups-pdf)"
        subprocess.run(["lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-E", "-m", ppds[0]],
                       check=False)
        if QUEUE not in printing.list_printers():
            return f"could not add the {QUEUE} queue"
    return None


def cups_pdf_output_dir() -> Path:
    """Where cups-pdf writes the jobs of the current user (`Out` in cups-pdf.conf)."""
    out = "${HOME}/PDF"
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(errors="replace").splitlines():
            match = re.match(r"\s*Out\s+(\S+)", line)
            if match:
                out = match.group(1)
    home = str(Path.home())
    return Path(out.replace("${HOME}", home).replace("${USER}", os.environ.get("USER", "")))


@pytest.fixture(scope="session")
def cups_pdf() -> Path:
    """The Booth_PDF queue is ready; yields cups-pdf's output folder."""
    reason = ensure_cups_pdf()
    if reason:
        pytest.skip(f"no real print queue: {reason}")
    return cups_pdf_output_dir()


def unique_title() -> str:
    """A job title cups-pdf keeps in the output file name (letters and digits only)."""
    return "boothtest" + uuid.uuid4().hex[:10]


def printed_file(out_dir: Path, title: str, timeout: float = 60) -> Path:
    """The PDF cups-pdf wrote for the job whose title holds `title`, once complete."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = sorted(out_dir.glob(f"*{title}*.pdf")) if out_dir.exists() else []
        if found:
            path, size = found[0], found[0].stat().st_size
            time.sleep(0.3)
            if size and path.stat().st_size == size:
                return path
        time.sleep(0.2)
    raise AssertionError(f"cups-pdf wrote no file for {title!r} in {out_dir} within {timeout} s")


def scan_tokens(pdf: Path, dpi: int = 300) -> list[list[str]]:
    """Every QR text on every page, as a scanner would read it from the paper."""
    import pypdfium2
    import zxingcpp

    document = pypdfium2.PdfDocument(str(pdf))
    pages = []
    try:
        for page in document:
            image = page.render(scale=dpi / 72).to_pil()
            pages.append([r.text for r in zxingcpp.read_barcodes(image)
                          if r.format == zxingcpp.BarcodeFormat.QRCode])
    finally:
        document.close()
    return pages


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    """Each printed page's size in millimetres, to one decimal."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [(round(page.get_width() * 25.4 / 72, 1), round(page.get_height() * 25.4 / 72, 1))
                for page in document]
    finally:
        document.close()


def badge_pdf(path: Path, tokens: list[str]) -> Path:
    """A plain CR80 PDF with one token QR per page (the printer's input, any renderer)."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=(85.6 * mm, 54 * mm))
    for token in tokens:
        widget = QrCodeWidget(token)
        left, bottom, right, top = widget.getBounds()
        drawing = Drawing(30 * mm, 30 * mm, transform=[30 * mm / (right - left), 0, 0,
                                                       30 * mm / (top - bottom), 0, 0])
        drawing.add(widget)
        renderPDF.draw(drawing, page, 52 * mm, 8 * mm)
        page.drawString(5 * mm, 40 * mm, token)
        page.showPage()
    page.save()
    return path


# -- tests ----------------------------------------------------------------------------------


def _issue(db: Database, names: list[str]) -> list[str]:
    from booth_app.core.badges import issue_badge

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
