"""A live preview of one visitor's badge, drawn by the same renderer that prints it.

The badge is rendered to a PDF (`preview_face` issues nothing), drawn with QtPdf into
an image and shown scaled to the widget. An update takes about 20 ms, but the very
first one loads the bundled fonts (over a second), so drawing always happens off the
GUI thread; while one is drawn, further requests collapse into the newest.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget
from shiboken6 import isValid

from booth_app.core.errors import BoothError
from booth_app.storage.database import Database
from booth_app.storage.models import Visitor
from booth_app.ui import settings
from booth_app.ui.tasks import run_task

log = logging.getLogger(__name__)
PREVIEW_DPI = 200  # sharp on a laptop screen, scaled down to the widget


class BadgePreview(QWidget):
    """Shows the badge `show_visitor(id)` would print; `rendered` fires after each update."""

    rendered = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 layout_name: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.layout_name = layout_name
        self.visitor_id: str | None = None
        self.badge_image = QImage()
        self._wanted = 0  # counts requests; a drawing for an older one is dropped
        self._folder = tempfile.TemporaryDirectory(prefix="booth-preview-")
        self._busy = False
        self.label = QLabel(self)
        self.label.setObjectName("badgePreview")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMinimumSize(160, 100)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.label.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.label)
        self._show_text(self.tr("Select a visitor to see their badge."))

    # -- public ----------------------------------------------------------------------------

    def show_visitor(self, visitor_id: str | None) -> None:
        """Preview this visitor's badge (None clears it); `rendered` fires when shown."""
        self.visitor_id = visitor_id
        self._wanted += 1
        if not visitor_id:
            self._show_text(self.tr("Select a visitor to see their badge."))
            self.rendered.emit()
            return
        if not self._busy:
            self._start()

    def request_update(self) -> None:
        """Redraw the current visitor's badge (after an edit or a layout change)."""
        self.show_visitor(self.visitor_id)

    def set_layout(self, name: str | None) -> None:
        self.layout_name = name
        self.request_update()

    def text(self) -> str:
        """What the preview says instead of a badge (empty while a badge is shown)."""
        return self.label.text()

    # -- drawing ---------------------------------------------------------------------------

    def _show_text(self, text: str) -> None:
        self.badge_image = QImage()
        self.label.setPixmap(QPixmap())
        self.label.setText(text)

    def _start(self) -> None:
        self._busy = True
        generation, visitor_id = self._wanted, self.visitor_id or ""
        layout_name = self.layout_name or settings.BADGE_LAYOUT.get()
        db = self.db

        pdf = Path(self._folder.name) / f"preview-{generation}.pdf"

        def work(_progress: object) -> Path:
            render_badge_pdf(db, visitor_id, layout_name, pdf)
            return pdf

        run_task(None, work, lambda path: self._finished(generation, path, layout_name),
                 lambda exc: self._finished(generation, exc, layout_name))

    def _finished(self, generation: int, outcome: Path | BaseException,
                  layout_name: str | None) -> None:
        if not isValid(self):  # the widget went away while the badge was drawn
            return
        self._busy = False
        if generation != self._wanted:  # a newer request came in meanwhile
            if isinstance(outcome, Path):
                outcome.unlink(missing_ok=True)
            if self.visitor_id:
                self._start()
            return
        if isinstance(outcome, Path):
            try:
                self.badge_image = pdf_badge_image(outcome, layout_name)
            except BoothError as exc:
                outcome = exc
        if isinstance(outcome, Path):
            outcome.unlink(missing_ok=True)
            self.label.setText("")
            self._fit()
        elif isinstance(outcome, BoothError):
            self._show_text(str(outcome))
        else:
            log.error("badge preview failed", exc_info=outcome)
            self._show_text(self.tr("The badge preview could not be drawn."))
        self.rendered.emit()

    def _fit(self) -> None:
        if self.badge_image.isNull():
            return
        area = self.label.contentsRect().size()
        pixmap = QPixmap.fromImage(self.badge_image)
        if area.width() > 10 and area.height() > 10:
            pixmap = pixmap.scaled(area, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.label.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


def _on_white(image: QImage) -> QImage:
    """QtPdf leaves the paper transparent; a badge is printed on white card."""
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def render_badge_pdf(db: Database, visitor_id: str, layout_name: str | None, out: Path) -> None:
    """One visitor's badge as it would print now, as a one-page PDF (any thread; issues
    nothing). A sheet layout still draws one badge, in the sheet's first place."""
    from booth_app.core.badges.jobs import preview_face
    from booth_app.core.badges.render import DEFAULT_LAYOUT, get_layout, render_pdf

    layout = get_layout(layout_name or DEFAULT_LAYOUT)
    with db.reader() as session:
        visitor = session.get(Visitor, visitor_id)
        if visitor is None or visitor.deleted:
            raise BoothError(QCoreApplication.translate("BadgePreview",
                                                        "This visitor no longer exists."))
        face = preview_face(session, visitor)
    render_pdf([face], layout, out)


def pdf_badge_image(pdf: Path, layout_name: str | None, dpi: int = PREVIEW_DPI) -> QImage:
    """The first badge of a badge PDF as an image (GUI thread: QtPdf, see ui.printing)."""
    from booth_app.core.badges.render import DEFAULT_LAYOUT, get_layout

    layout = get_layout(layout_name or DEFAULT_LAYOUT)
    document = QPdfDocument()
    try:
        if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise BoothError(QCoreApplication.translate(
                "BadgePreview", "The badge preview could not be drawn."))
        points = document.pagePointSize(0)
        page = document.render(0, QSize(round(points.width() / 72 * dpi),
                                        round(points.height() / 72 * dpi)),
                               QPdfDocumentRenderOptions())
    finally:
        document.close()
    page = _on_white(page)
    if layout.per_page <= 1:
        return page
    # A sheet layout (A4 of 8) shows the first badge alone, not the whole sheet.
    px_per_mm = dpi / 25.4
    x_mm, y_mm = layout.badge_origin_mm(0)
    rect = QRect(round(x_mm * px_per_mm), round(y_mm * px_per_mm),
                 round(layout.width_mm * px_per_mm), round(layout.height_mm * px_per_mm))
    return page.copy(rect.intersected(page.rect()))
