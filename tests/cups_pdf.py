"""A real print queue for the tests: CUPS with cups-pdf, and reading back what it printed.

Shared by the core, CLI and window print tests (tests/ is on sys.path through its
conftest), so every layer proves the same thing: what the printer produced carries a
QR that scans and verifies.
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

from booth_app.core import printing

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
