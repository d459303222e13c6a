"""Printing from the window through Qt (QPrinter) to the real CUPS queue Booth_PDF.

What cups-pdf produced is rasterised and its QR codes decoded and verified, the way a
scanner at the entrance would read the printed badge.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import cups_pdf as helpers
import pytest
from PySide6.QtPrintSupport import QPrinterInfo
from sqlalchemy import func, select

from booth_app.core.badges.tokens import check_token
from booth_app.core.events import require_event
from booth_app.core.printing import PRINT_JOB_ACTION
from booth_app.storage.database import Database
from booth_app.storage.models import AuditLog, Badge, Visitor
from booth_app.ui import settings
from booth_app.ui.printing import PrintResult, print_badges, print_pdf_file

QUEUE = helpers.QUEUE


@pytest.fixture(scope="module")
def cups_pdf() -> Path:
    reason = helpers.ensure_cups_pdf()
    if reason:
        pytest.skip(f"no real print queue: {reason}")
    return helpers.cups_pdf_output_dir()


@pytest.fixture
def queue_seen_by_qt(qapp: object, cups_pdf: Path) -> Path:
    if QUEUE not in QPrinterInfo.availablePrinterNames():
        pytest.fail(f"Qt does not see the CUPS queue {QUEUE}: "
                    f"{QPrinterInfo.availablePrinterNames()}")
    return cups_pdf


def _visitor_ids(db: Database, count: int) -> list[str]:
    with db.reader() as session:
        return list(session.scalars(select(Visitor.id).order_by(Visitor.sort_name)
                                    .limit(count)))


def _count(db: Database, model: type, *where: object) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _wait(qtbot: object, task: object) -> PrintResult:
    """The print task's result, once it has finished (its failure fails the test)."""
    assert task is not None, "nothing was started"
    failures: list[BaseException] = []
    task.signals.failed.connect(failures.append)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: hasattr(task, "result") or bool(failures),  # type: ignore[attr-defined]
                    timeout=60_000)
    assert not failures, failures
    return task.result  # type: ignore[attr-defined]


def test_a_pdf_printed_through_qprinter_keeps_its_size_and_scans(
        queue_seen_by_qt: Path, tmp_path: Path) -> None:
    title = helpers.unique_title()
    tokens = ["BT02BCDF2345BCDFGHJKLM", "BT03BCDF2345BCDFGHJKLN"]
    pdf = helpers.badge_pdf(tmp_path / f"{title}.pdf", tokens)

    assert print_pdf_file(None, pdf, QUEUE) == 2

    printed = helpers.printed_file(queue_seen_by_qt, title)
    assert helpers.scan_tokens(printed) == [[tokens[0]], [tokens[1]]]
    for width, height in helpers.page_sizes_mm(printed):  # a CR80 card, no margins
        assert (width, height) == (pytest.approx(85.6, abs=0.5), pytest.approx(54.0, abs=0.5))


@pytest.mark.slow
def test_one_click_prints_on_the_default_badge_printer_and_logs_the_job(
        demo_db: Database, queue_seen_by_qt: Path, qtbot: object) -> None:
    settings.DEFAULT_PRINTER.set(QUEUE)
    settings.BADGE_LAYOUT.set("cr80")
    ids = _visitor_ids(demo_db, 3)

    # No dialog is answered here: a print dialog would block this call.
    result = _wait(qtbot, print_badges(None, demo_db, ids))

    assert (result.count, result.printer, result.layout) == (3, QUEUE, "cr80")
    printed = helpers.printed_file(queue_seen_by_qt, result.job.rsplit(" ", 1)[-1])
    scanned = helpers.scan_tokens(printed)
    assert [len(page) for page in scanned] == [1, 1, 1]
    with demo_db.reader() as session:
        event = require_event(session)
        checks = [check_token(event, page[0]) for page in scanned]
        assert all(check.kind == "valid" for check in checks)
        codes = set(session.scalars(select(Visitor.code).where(Visitor.id.in_(ids))))
        assert {check.code for check in checks} == codes
        job_rows = session.scalars(select(AuditLog).where(
            AuditLog.action == PRINT_JOB_ACTION)).all()
    assert len(job_rows) == 1
    assert job_rows[0].detail["printer"] == QUEUE
    assert job_rows[0].detail["count"] == 3
    assert job_rows[0].detail["job"] == result.job


def test_without_a_default_printer_one_click_asks_and_closing_prints_nothing(
        demo_db: Database, queue_seen_by_qt: Path,
        answer_dialog: Callable[..., list[str]]) -> None:
    settings.DEFAULT_PRINTER.set("")
    badges_before = _count(demo_db, Badge)
    seen = answer_dialog("Cancel")

    task = print_badges(None, demo_db, _visitor_ids(demo_db, 1))

    assert task is None
    assert seen and "Print" in seen[0]
    assert _count(demo_db, Badge) == badges_before
    assert _count(demo_db, AuditLog, AuditLog.action == PRINT_JOB_ACTION) == 0


def test_ask_shows_the_dialog_even_with_a_default_printer(
        demo_db: Database, queue_seen_by_qt: Path,
        answer_dialog: Callable[..., list[str]]) -> None:
    settings.DEFAULT_PRINTER.set(QUEUE)
    seen = answer_dialog("Cancel")
    assert print_badges(None, demo_db, _visitor_ids(demo_db, 1), ask=True) is None
    assert seen and "Print" in seen[0]


def test_an_unknown_printer_is_a_clear_refusal_and_nothing_is_printed_or_logged(
        demo_db: Database, queue_seen_by_qt: Path,
        answer_dialog: Callable[..., list[str]]) -> None:
    badges_before = _count(demo_db, Badge)
    told = answer_dialog("OK")

    task = print_badges(None, demo_db, _visitor_ids(demo_db, 2), printer_name="No_Such_Printer")

    assert task is None
    assert told and "No_Such_Printer" in told[0] and QUEUE in told[0]
    assert _count(demo_db, Badge) == badges_before
    assert _count(demo_db, AuditLog, AuditLog.action == PRINT_JOB_ACTION) == 0


# -- the badge preview ----------------------------------------------------------------------


def _decode(image: object) -> list[str]:
    import zxingcpp
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[attr-defined]
    import io

    pil = Image.open(io.BytesIO(bytes(buffer.data())))
    return [r.text for r in zxingcpp.read_barcodes(pil)]


@pytest.mark.parametrize("layout", ["cr80", "a4x8"])
def test_the_preview_shows_the_visitors_badge_with_a_scannable_code_and_issues_nothing(
        demo_db: Database, qtbot: object, layout: str) -> None:
    from booth_app.ui.badges.preview import BadgePreview

    preview = BadgePreview(demo_db, layout_name=layout)
    qtbot.addWidget(preview)  # type: ignore[attr-defined]
    preview.resize(400, 260)
    preview.show()
    visitor_id = _visitor_ids(demo_db, 1)[0]
    badges_before = _count(demo_db, Badge)

    with qtbot.waitSignal(preview.rendered, timeout=30_000):  # type: ignore[attr-defined]
        preview.show_visitor(visitor_id)

    assert not preview.badge_image.isNull()
    width, height = preview.badge_image.width(), preview.badge_image.height()
    assert width > height  # one landscape badge, not the A4 sheet it sits on
    scanned = _decode(preview.badge_image)
    with demo_db.reader() as session:
        event = require_event(session)
        code = session.get(Visitor, visitor_id).code  # type: ignore[union-attr]
        assert len(scanned) == 1
        assert check_token(event, scanned[0]).code == code
    assert _count(demo_db, Badge) == badges_before

    with qtbot.waitSignal(preview.rendered, timeout=5_000):  # type: ignore[attr-defined]
        preview.show_visitor(None)
    assert preview.badge_image.isNull() and "Select a visitor" in preview.text()

    with qtbot.waitSignal(preview.rendered, timeout=30_000):  # type: ignore[attr-defined]
        preview.show_visitor("no-such-visitor")
    assert "no longer exists" in preview.text()


def test_a_burst_of_selections_ends_on_the_last_visitor(demo_db: Database, qtbot: object) -> None:
    from booth_app.ui.badges.preview import BadgePreview

    preview = BadgePreview(demo_db, layout_name="cr80")
    qtbot.addWidget(preview)  # type: ignore[attr-defined]
    ids = _visitor_ids(demo_db, 6)
    for visitor_id in ids:
        preview.show_visitor(visitor_id)
    qtbot.waitUntil(lambda: not preview._busy and not preview.badge_image.isNull(),  # type: ignore[attr-defined]
                    timeout=30_000)
    with demo_db.reader() as session:
        code = session.get(Visitor, ids[-1]).code  # type: ignore[union-attr]
        event = require_event(session)
        assert check_token(event, _decode(preview.badge_image)[0]).code == code


def test_a_batch_prints_in_chunks_each_committed_with_its_own_job(
        demo_db: Database, queue_seen_by_qt: Path, qtbot: object,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A long batch never holds the database for the whole run: each chunk of badges is
    issued, printed and committed as its own job (scans on this laptop wait one chunk)."""
    import booth_app.ui.printing as printing

    monkeypatch.setattr(printing, "PRINT_CHUNK", 2)
    settings.DEFAULT_PRINTER.set(QUEUE)
    ids = _visitor_ids(demo_db, 5)
    result = _wait(qtbot, print_badges(None, demo_db, ids, layout_name="cr80"))
    assert result.count == 5
    with demo_db.reader() as session:
        jobs = session.scalars(select(AuditLog).where(AuditLog.action == PRINT_JOB_ACTION)
                               .order_by(AuditLog.at)).all()
        issued = set(session.scalars(select(Badge.visitor_id).where(
            Badge.visitor_id.in_(ids), Badge.revoked.is_(False))))
    assert [job.detail["count"] for job in jobs] == [2, 2, 1]
    assert [job.detail["visitors"] for job in jobs] == [ids[0:2], ids[2:4], ids[4:5]]
    assert issued == set(ids)
