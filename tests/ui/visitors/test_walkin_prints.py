"""A walk-in registered with Enter prints its badge on the real CUPS queue Booth_PDF:
exactly one print job, and what cups-pdf printed is that visitor's badge (its QR scans
and verifies as the new visitor's code, on a CR80 card)."""

from __future__ import annotations

import ctypes
import ctypes.util
from pathlib import Path

import cups_pdf as helpers
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from booth_app.core.badges.tokens import check_token
from booth_app.core.events import require_event
from booth_app.core.printing import PRINT_JOB_ACTION
from booth_app.storage.database import Database
from booth_app.storage.models import AuditLog, Badge, Visitor
from booth_app.ui import settings
from booth_app.ui.visitors.walk_in import WalkInDialog

QUEUE = helpers.QUEUE


class _CupsJob(ctypes.Structure):  # cups_job_t of <cups/cups.h>
    _fields_ = [("id", ctypes.c_int), ("dest", ctypes.c_char_p), ("title", ctypes.c_char_p),
                ("user", ctypes.c_char_p), ("format", ctypes.c_char_p),
                ("state", ctypes.c_int), ("size", ctypes.c_int), ("priority", ctypes.c_int),
                ("completed_time", ctypes.c_long), ("creation_time", ctypes.c_long),
                ("processing_time", ctypes.c_long)]


def cups_jobs_titled(title: str) -> list[int]:
    """Ids of the queue's jobs (of every state) with this title, through the CUPS API."""
    lib = ctypes.CDLL(ctypes.util.find_library("cups") or "libcups.so.2")
    lib.cupsGetJobs2.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(_CupsJob)),
                                 ctypes.c_char_p, ctypes.c_int, ctypes.c_int]
    lib.cupsFreeJobs.argtypes = [ctypes.c_int, ctypes.POINTER(_CupsJob)]
    jobs = ctypes.POINTER(_CupsJob)()
    count = lib.cupsGetJobs2(None, ctypes.byref(jobs), QUEUE.encode(), 1, -1)  # mine, all
    try:
        return [jobs[i].id for i in range(max(count, 0))
                if (jobs[i].title or b"").decode(errors="replace") == title]
    finally:
        if count > 0:
            lib.cupsFreeJobs(count, jobs)


@pytest.fixture
def queue(qapp: object) -> Path:
    reason = helpers.ensure_cups_pdf()
    if reason:
        pytest.skip(f"no real print queue: {reason}")
    if QUEUE not in QPrinterInfo.availablePrinterNames():
        pytest.fail(f"Qt does not see the CUPS queue {QUEUE}")
    return helpers.cups_pdf_output_dir()


@pytest.mark.slow
def test_a_walk_in_registered_with_enter_prints_exactly_one_badge_job(
        qtbot: QtBot, demo_db: Database, queue: Path) -> None:
    settings.DEFAULT_PRINTER.set(QUEUE)  # the desk's one-click badge printer: no dialog
    settings.BADGE_LAYOUT.set("cr80")
    dialog = WalkInDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    name = "Walkin Printtest " + helpers.unique_title()[-6:]

    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.organization, "RS Siloam")
    qtbot.keyClick(dialog.organization, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: "Last badge printed" in dialog.last.text(), timeout=60_000)
    with demo_db.reader() as session:
        visitor = session.scalars(select(Visitor).where(Visitor.name == name)).one()
        assert visitor.source == "walkin"
        badges = session.scalars(select(Badge).where(Badge.visitor_id == visitor.id)).all()
        logged = [row for row in session.scalars(select(AuditLog).where(
            AuditLog.action == PRINT_JOB_ACTION)) if row.detail.get("visitors") == [visitor.id]]
        event = require_event(session)
    assert len(badges) == 1 and not badges[0].revoked
    assert len(logged) == 1 and logged[0].detail["printer"] == QUEUE
    title = logged[0].detail["job"]
    assert len(cups_jobs_titled(title)) == 1  # one job in the print system, not two

    printed = helpers.printed_file(queue, title.rsplit(" ", 1)[-1])
    assert len(list(queue.glob(f"*{title.rsplit(' ', 1)[-1]}*.pdf"))) == 1
    scanned = helpers.scan_tokens(printed)
    assert [len(page) for page in scanned] == [1]  # one page, one QR: the badge
    check = check_token(event, scanned[0][0])
    assert check.kind == "valid" and check.code == visitor.code
    assert helpers.page_sizes_mm(printed) == [
        (pytest.approx(85.6, abs=0.5), pytest.approx(54.0, abs=0.5))]
