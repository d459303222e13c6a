"""Printing badges from the window, through Qt's print support (CUPS, the Windows spooler).

`print_badges` chooses the printer on the GUI thread (the laptop's default badge
printer for one click, or the print dialog), then does the rest off the GUI thread
with progress and Cancel: issue the badges, render the PDF, hand it to the print
system (`submit`), and log the job. Where that is CUPS (Linux, macOS) the PDF goes to
the queue as it is, from the worker (`lp`, paper = the badge): the GUI thread is never
held and the job is accepted with its id. Elsewhere (the Windows spooler) each page is
painted at the printer's resolution onto a QPrinter page of the badge's exact size, on
the GUI thread. Issuing (which revokes a reprinted visitor's previous badge) is committed only
after the print system accepted the pages, so a failed job leaves old badges valid.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QMarginsF,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMainWindow, QProgressDialog, QWidget

from booth_app.core import printing as cups
from booth_app.core.errors import BoothError
from booth_app.core.printing import log_print_job
from booth_app.core.progress import NO_PROGRESS, Progress
from booth_app.storage.database import Database
from booth_app.ui import settings
from booth_app.ui.errors import show_error
from booth_app.ui.tasks import Task, print_pool, run_task

POINTS_PER_MM = 72 / 25.4
MAX_DPI = 600  # badge printers are 203-600 dpi; more only makes the spool file huge
PAINT_TIMEOUT_S = 3600
# Badges per transaction and print job in a batch (see print_badges).
PRINT_CHUNK = 50


# translate("Context", "text"): the form lupdate reads, with the context named.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class PrintResult:
    """What a finished print job did."""

    count: int
    printer: str
    layout: str
    job: str


def available_printers() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def pdf_page_size_mm(pdf_path: str | Path) -> tuple[float, float]:
    """Width and height of the PDF's first page in millimetres."""
    document = QPdfDocument()
    if document.load(str(pdf_path)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise BoothError(translate("Printing", "The badge PDF could not be read."))
    size = document.pagePointSize(0)
    return size.width() / POINTS_PER_MM, size.height() / POINTS_PER_MM


def make_printer(printer_name: str, page_size_mm: tuple[float, float]) -> QPrinter:
    """A QPrinter on that queue, paper = the badge's page size, no margins."""
    if printer_name not in available_printers():
        raise BoothError(translate("Printing",
                                   "There is no printer named “{0}”. Choose another one in "
                             "Settings or in the print dialog.").format(printer_name))
    printer = QPrinter(QPrinterInfo.printerInfo(printer_name), QPrinter.PrinterMode.HighResolution)
    width, height = page_size_mm
    # The paper is the badge as the layout draws it, wide or tall, always "portrait":
    # Qt hands that size to the driver as custom media, so nothing is turned on the way
    # (Landscape would rotate the drawing onto a swapped sheet).
    orientation = QPageLayout.Orientation.Portrait
    page = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, "Booth badge",
                     QPageSize.SizeMatchPolicy.ExactMatch)
    printer.setPageLayout(QPageLayout(page, orientation, QMarginsF(0, 0, 0, 0),
                                      QPageLayout.Unit.Millimeter))
    printer.setFullPage(True)
    return printer


class PdfPainter(QObject):
    """Paints a PDF onto a printer one page per event-loop turn; `finished` gives the
    page count or the exception.

    GUI thread only: PySide6's QtPdf binding corrupts Python's reference counts when a
    QPdfDocument is used on a worker thread while the GUI thread runs Python (seen with
    PySide6 6.12: "deallocating None"), and so does spinning processEvents() from Python
    while workers run; pages therefore go through the C++ event loop (QTimer).
    """

    finished = Signal(object)

    def __init__(self, pdf_path: str | Path, printer: QPrinter, progress: Progress,
                 doc_name: str) -> None:
        super().__init__()
        self.printer, self.progress = printer, progress
        self.document = QPdfDocument(self)
        if self.document.load(str(pdf_path)) != QPdfDocument.Error.None_:
            raise BoothError(translate("Printing", "The badge PDF could not be read."))
        self.pages, self.index = self.document.pageCount(), 0
        self.dpi = min(printer.resolution(), MAX_DPI)
        printer.setDocName(doc_name)
        self.painter = QPainter()
        if not self.painter.begin(printer):
            raise BoothError(translate("Printing", "The printer “{0}” could not be opened.").format(
                printer.printerName()))

    def start(self) -> None:
        QTimer.singleShot(0, self._step)

    def _step(self) -> None:
        try:
            if self.index < self.pages:
                self._page()
                self.index += 1
                QTimer.singleShot(0, self._step)
                return
            self.progress.report(self.pages, self.pages, translate("Printing",
                                                                   "Sending to the printer…"))
        except BaseException as exc:
            self.printer.abort()
            self.painter.end()
            self.document.close()
            self.finished.emit(exc)
            return
        self.document.close()
        if not self.painter.end() or self.printer.printerState() == QPrinter.PrinterState.Error:
            self.finished.emit(BoothError(translate("Printing",
                                                    "The printer “{0}” refused the job.").format(
                self.printer.printerName())))
        else:
            self.finished.emit(self.pages)

    def _page(self) -> None:
        index = self.index
        self.progress.report(index, self.pages, translate("Printing",
                                                          "Printing badge page {0} of {1}…").format(
            index + 1, self.pages))
        if index:
            self.printer.newPage()
        points = self.document.pagePointSize(index)
        size = QSize(round(points.width() / 72 * self.dpi),
                     round(points.height() / 72 * self.dpi))
        image = self.document.render(index, size, QPdfDocumentRenderOptions())
        if image.isNull():
            raise BoothError(translate("Printing",
                                       "Page {0} of the badge PDF could not be drawn.").format(
                index + 1))
        self.painter.drawImage(self.printer.paperRect(QPrinter.Unit.DevicePixel), image,
                               QRectF(image.rect()))


def paint_pdf(pdf_path: str | Path, printer: QPrinter, progress: Progress = NO_PROGRESS,
              *, doc_name: str = "Booth badges") -> int:
    """Paint every page of the PDF onto the printer (GUI thread; the window stays alive
    and Cancel works meanwhile); returns the page count. Raises BoothError when the
    print system refuses, Cancelled when cancelled (the job is aborted)."""
    job = PdfPainter(pdf_path, printer, progress, doc_name)
    outcome: list[object] = []
    loop = QEventLoop()
    job.finished.connect(lambda result: (outcome.append(result), loop.quit()))
    job.start()
    loop.exec()
    job.deleteLater()
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return int(result)  # type: ignore[call-overload]


class _Painter(QObject):
    """Lives on the GUI thread; paints a PDF a worker hands over, then wakes the worker."""

    paint = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.paint.connect(self._paint)

    def _paint(self, request: _PaintRequest) -> None:
        try:
            request.pages = paint_pdf(request.pdf, make_printer(
                request.printer, pdf_page_size_mm(request.pdf)), request.progress,
                doc_name=request.doc_name)
        except BaseException as exc:  # handed back to the worker, which raises it
            request.error = exc
        finally:
            request.done.set()


@dataclass
class _PaintRequest:
    pdf: Path
    printer: str
    doc_name: str
    progress: Progress
    done: threading.Event = field(default_factory=threading.Event)
    pages: int = 0
    error: BaseException | None = None


_painter: _Painter | None = None


def paint_from_worker(pdf: Path, printer: str, doc_name: str, progress: Progress) -> int:
    """From a worker thread: have the GUI thread paint the PDF; wait for the outcome."""
    assert _painter is not None, "paint_from_worker needs print_badges' painter"
    request = _PaintRequest(pdf, printer, doc_name, progress)
    _painter.paint.emit(request)
    if not request.done.wait(PAINT_TIMEOUT_S):
        raise BoothError(translate("Printing", "Printing did not finish in time."))
    if request.error is not None:
        raise request.error
    return request.pages


def submit(pdf: Path, printer: str, title: str, progress: Progress) -> str:
    """From a worker: hand the PDF to the print system; returns how ("cups" or "qt").
    Returns once the job was accepted (CUPS: `lp` answered with its job id)."""
    if sys.platform != "win32" and shutil.which("lp"):
        progress.report(0, 1, translate("Printing", "Sending to the printer…"))
        cups.print_pdf(pdf, printer, title=title)
        return "cups"
    paint_from_worker(pdf, printer, title, progress)
    return "qt"


def print_pdf_file(parent: QWidget | None, pdf_path: str | Path, printer_name: str,
                   page_size_mm: tuple[float, float] | None = None,
                   on_done: Callable[[int], None] | None = None) -> int:
    """Print an existing PDF on a printer now, with a progress dialog; returns the pages."""
    dialog = QProgressDialog(translate("Printing", "Printing…"), translate("Printing", "Cancel"),
                             0, 0, parent)
    dialog.setWindowTitle(translate("Printing", "Printing…"))
    dialog.setMinimumDuration(300)
    progress = Progress(lambda done, total, text: (dialog.setMaximum(total),
                                                   dialog.setValue(done),
                                                   dialog.setLabelText(text)))
    dialog.canceled.connect(progress.cancel)
    try:
        size = page_size_mm or pdf_page_size_mm(pdf_path)
        pages = paint_pdf(pdf_path, make_printer(printer_name, size), progress,
                          doc_name=Path(pdf_path).stem)
    finally:
        dialog.reset()
        dialog.deleteLater()
    if on_done is not None:
        on_done(pages)
    return pages


def choose_printer(parent: QWidget | None, printer_name: str | None = None, *,
                   ask: bool = False) -> str | None:
    """The printer to use, or None when the user closed the print dialog.

    A named printer must exist (BoothError otherwise). Without a name, the laptop's
    default badge printer (Settings) prints in one click; with `ask`, or when no default
    is set or it is gone, the print dialog asks.
    """
    printers = available_printers()
    if not printers:
        raise BoothError(translate("Printing",
                                   "No printer is set up on this computer. Add the badge printer "
                             "in the system's printer settings, then try again."))
    if printer_name and printer_name not in printers:
        raise BoothError(translate("Printing",
                                   "There is no printer named “{0}”. Printers here: {1}.").format(
            printer_name, ", ".join(printers)))
    preferred = printer_name or settings.DEFAULT_PRINTER.get()
    if preferred in printers and not ask:
        return preferred
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if preferred in printers:
        printer.setPrinterName(preferred)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print badges"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = printer.printerName()
    if chosen not in printers:
        raise BoothError(translate("Printing", "Choose one of the printers to print badges on."))
    return chosen


def announce(parent: QWidget | None, text: str, msecs: int = 8000) -> None:
    """A short note that work finished, in the window's status bar."""
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, msecs)


def _share_of(progress: Progress, before: int, size: int, total: int) -> Progress:
    """A chunk's page-by-page progress, shown as part of the whole batch."""
    return Progress(lambda page, pages, text: progress.report(
        before + size * page // max(pages, 1), total, text))


def print_badges(parent: QWidget | None, db: Database, visitor_ids: list[str] | None, *,
                 layout_name: str | None = None, printer_name: str | None = None,
                 ask: bool = False, staff_id: str | None = None,
                 on_done: Callable[[PrintResult], None] | None = None) -> Task | None:
    """Issue, render and print the visitors' badges (all visitors with None).

    Returns the running Task, or None when nothing was started (the user closed the
    print dialog, or a refusal was shown).
    """
    from booth_app.core.badges.jobs import faces_for_print, print_order
    from booth_app.core.badges.render import DEFAULT_LAYOUT, get_layout, render_pdf

    try:
        layout = get_layout(layout_name or settings.BADGE_LAYOUT.get() or DEFAULT_LAYOUT)
        printer = choose_printer(parent, printer_name, ask=ask)
    except BoothError as exc:
        show_error(parent, exc)
        return None
    if printer is None:
        return None
    global _painter
    if _painter is None:
        _painter = _Painter()
    name = layout.name
    job = f"Booth badges {uuid.uuid4().hex[:8]}"  # the job's title in the print queue
    ids = None if visitor_ids is None else list(visitor_ids)

    def work(progress: Progress) -> PrintResult:
        with db.reader() as session:
            order = print_order(session, ids)
        if not order:
            raise BoothError(translate("Printing", "There are no visitors to print badges for."))
        chunks = [order[i:i + PRINT_CHUNK] for i in range(0, len(order), PRINT_CHUNK)]
        printed = 0
        for number, chunk in enumerate(chunks, start=1):
            title = job if len(chunks) == 1 else f"{job} ({number}/{len(chunks)})"
            # One transaction per chunk: the issued badges are committed with the job's
            # log row once the printer took its pages, and a scan at the entrance of
            # this laptop never waits for more than one chunk to be painted.
            with tempfile.TemporaryDirectory(prefix="booth-print-") as folder, \
                    db.session() as session:
                faces = faces_for_print(session, chunk, layout, staff_id=staff_id)
                progress.report(printed, len(order),
                                translate("Printing", "Drawing badges {0}–{1} of {2}…").format(
                                    printed + 1, printed + len(faces), len(order)))
                pdf = Path(folder) / "badges.pdf"
                render_pdf(faces, layout, pdf)
                via = submit(pdf, printer, title,
                             _share_of(progress, printed, len(faces), len(order)))
                log_print_job(session, printer=printer, job=title, count=len(faces),
                              layout=name, visitor_ids=chunk, staff_id=staff_id, via=via)
            printed += len(faces)
            progress.report(printed, len(order), "")
        return PrintResult(printed, printer, name, job)

    def done(result: PrintResult) -> None:
        task.result = result
        if result.count == 1:
            text = translate("Printing", "Printed 1 badge on {0}").format(result.printer)
        else:
            text = translate("Printing",
                             "Printed {0} badges on {1}").format(result.count, result.printer)
        announce(parent, text)
        if on_done is not None:
            on_done(result)

    task = run_task(parent, work, done, title=translate("Printing", "Printing badges…"),
                    pool=print_pool())
    return task
