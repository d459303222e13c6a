"""Printing through the operating system's print system, from the command line.

On Linux and macOS that is CUPS: `lpstat` lists the queues and the default, `lp`
submits a PDF and answers with the job id. Windows has no CUPS: there the window
prints through the Windows spooler (Qt), and the command line says so.

Every print job is logged (`log_print_job`) beside the badge issuing rows that
`faces_for_print` writes, so the audit log shows what was printed, where and when.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy.orm import Session

from booth_app.core.audit import with_origin
from booth_app.core.errors import BoothError
from booth_app.storage.ids import utcnow
from booth_app.storage.models import AuditLog

PRINT_JOB_ACTION = "badge.print_job"
_TIMEOUT = 30  # seconds for one lp/lpstat call; a hung scheduler must not hang us
_JOB_ID = re.compile(r"request id is (\S+)")
_MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")
MM_PER_POINT = 25.4 / 72


def _no_cups_on_windows() -> None:
    if sys.platform == "win32":
        raise BoothError(
            "Printing from the command line needs CUPS, which Windows does not have. "
            "Print from the Booth window instead: it uses the Windows print spooler."
        )


def _run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run a CUPS client tool in the C locale (its answers are parsed)."""
    _no_cups_on_windows()
    exe = shutil.which(tool)
    if exe is None:
        raise BoothError(
            "The print system is not available: CUPS's `{tool}` command was not found. "
            "Install CUPS (Debian/Ubuntu: apt-get install cups) or print from the window.",
            tool=tool
        )
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    try:
        return subprocess.run([exe, *args], capture_output=True, text=True, env=env,
                              timeout=_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise BoothError("The print system did not answer within {timeout} s "
                         "(`{tool}`); is the CUPS scheduler running?",
                         timeout=_TIMEOUT, tool=tool) from None
    except OSError as exc:
        raise BoothError("Could not run `{tool}`: {reason}", tool=tool, reason=exc) from None


def _message(done: subprocess.CompletedProcess[str]) -> str:
    text = (done.stderr or done.stdout or "").strip()
    return text.removeprefix("lp: ").removeprefix("lpstat: ") or f"exit status {done.returncode}"


def pdf_page_size_mm(path: str | os.PathLike[str]) -> tuple[float, float] | None:
    """The first page's size in millimetres, when the PDF states it plainly (ours do)."""
    with open(path, "rb") as handle:
        head = handle.read(4_000_000)
    match = _MEDIA_BOX.search(head)
    if match is None:
        return None
    x0, y0, x1, y1 = (float(value) for value in match.groups())
    width, height = abs(x1 - x0) * MM_PER_POINT, abs(y1 - y0) * MM_PER_POINT
    return (round(width, 1), round(height, 1)) if width > 0 and height > 0 else None


def list_printers() -> list[str]:
    """The print queues this computer knows (empty when there are none)."""
    done = _run("lpstat", "-e")
    if done.returncode != 0:
        message = _message(done)
        if "no destinations" in message.lower():
            return []
        raise BoothError("Could not list printers: {message}", message=message)
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


def default_printer() -> str | None:
    """The system's default print queue, or None when none is set."""
    done = _run("lpstat", "-d")
    match = re.search(r"system default destination:\s*(\S+)", done.stdout)
    return match.group(1) if match else None


def resolve_printer(printer: str | None) -> str:
    """The queue to print on: the one asked for, else the system default.

    Refuses (BoothError) when there is no printer at all, when the name is not a
    known queue, or when none was asked for and the system has no default.
    """
    printers = list_printers()
    if not printers:
        raise BoothError("No printer is set up on this computer. Add the badge printer "
                         "in the system's printer settings (CUPS), then try again.")
    known = ", ".join(printers)
    if printer:
        if printer in printers:
            return printer
        folded = {name.casefold(): name for name in printers}
        if printer.casefold() in folded:
            return folded[printer.casefold()]
        raise BoothError("There is no printer named {printer!r}. Printers here: {known}.",
                         printer=printer, known=known)
    chosen = default_printer()
    if chosen and chosen in printers:
        return chosen
    raise BoothError("No default printer is set: name one with --printer "
                     "(printers here: {known}).", known=known)


def print_pdf(path: str | os.PathLike[str], printer: str | None, *, copies: int = 1,
              title: str = "Booth badges") -> str:
    """Submit a PDF to a print queue; returns the job id (e.g. "Booth_PDF-12")."""
    pdf = Path(path)
    if not pdf.is_file():
        raise BoothError("Nothing to print: {pdf} does not exist.", pdf=pdf)
    if copies < 1:
        raise BoothError("The number of copies must be at least 1.")
    queue = resolve_printer(printer)
    options = ["-d", queue, "-n", str(copies), "-t", title or "Booth badges"]
    size = pdf_page_size_mm(pdf)
    if size is not None:  # paper = the badge, not the queue's default A4/Letter
        options += ["-o", f"media=Custom.{size[0]:g}x{size[1]:g}mm"]
    done = _run("lp", *options, str(pdf))
    if done.returncode != 0:
        raise BoothError("The printer {queue} refused the job: {done}",
                         queue=queue, done=_message(done))
    match = _JOB_ID.search(done.stdout)
    if match is None:
        raise BoothError("The printer {queue} gave no job id: {done}",
                         queue=queue, done=_message(done))
    return match.group(1)


def job_completed(job_id: str) -> bool:
    """Whether the print system lists the job among its completed ones."""
    queue = job_id.rsplit("-", 1)[0]
    done = _run("lpstat", "-W", "completed", "-o", queue)
    return any(line.split()[:1] == [job_id] for line in done.stdout.splitlines())


def wait_for_job(job_id: str, timeout: float = 60) -> bool:
    """Wait until the job has completed; False if it has not within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if job_completed(job_id):
            return True
        time.sleep(0.2)
    return job_completed(job_id)


def log_print_job(session: Session, *, printer: str, job: str, count: int, layout: str,
                  visitor_ids: list[str] | None = None, staff_id: str | None = None,
                  via: str = "cups") -> AuditLog:
    """Record one print job in the audit log (the badges themselves are logged when issued)."""
    detail: dict[str, object] = {"printer": printer, "job": job, "count": count,
                                 "layout": layout, "via": via}
    if visitor_ids is not None:
        detail["visitors"] = list(visitor_ids)[:1000]  # a batch of all: keep the row small
    row = AuditLog(at=utcnow(), staff_id=staff_id, action=PRINT_JOB_ACTION, entity="badge",
                   entity_id="", detail=with_origin(detail, staff_id))
    session.add(row)
    session.flush()
    return row
