"""A live preview of one visitor's badge, drawn by the same renderer that prints it.

The badge is rendered to a PDF in memory (`preview_face` issues nothing), opened with
QtPdf and shown as an image scaled to the widget. One update takes a few tens of
milliseconds, so it runs on the GUI thread; a burst of updates (typing in the form)
is coalesced to the last one.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QImage, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from booth_app.core.errors import BoothError
from booth_app.storage.database import Database
from booth_app.storage.models import Visitor
from booth_app.ui import settings

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
        self._folder = tempfile.TemporaryDirectory(prefix="booth-preview-")
        self._pdf = Path(self._folder.name) / "preview.pdf"
        self._document = QPdfDocument(self)
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self._update_now)
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
        """Preview this visitor's badge (None clears it); updates right away."""
        self.visitor_id = visitor_id
        self._update_now()

    def request_update(self) -> None:
        """Redraw soon, once, however often this is called in a row (form edits)."""
        self._pending.start()

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

    def _update_now(self) -> None:
        self._pending.stop()
        if not self.visitor_id:
            self._show_text(self.tr("Select a visitor to see their badge."))
            self.rendered.emit()
            return
        try:
            self.badge_image = self._render(self.visitor_id)
        except BoothError as exc:
            self._show_text(str(exc))
        except Exception:  # a preview must never take the page down
            log.exception("badge preview failed")
            self._show_text(self.tr("The badge preview could not be drawn."))
        else:
            self.label.setText("")
            self._fit()
        self.rendered.emit()

    def _render(self, visitor_id: str) -> QImage:
        from booth_app.core.badge_jobs import preview_face
        from booth_app.core.badge_render import DEFAULT_LAYOUT, get_layout, render_pdf

        layout = get_layout(self.layout_name or settings.BADGE_LAYOUT.get() or DEFAULT_LAYOUT)
        with self.db.reader() as session:
            visitor = session.get(Visitor, visitor_id)
            if visitor is None or visitor.deleted:
                raise BoothError(self.tr("This visitor no longer exists."))
            face = preview_face(session, visitor)
        self._document.close()
        render_pdf([face], layout, self._pdf)
        if self._document.load(str(self._pdf)) != QPdfDocument.Error.None_:
            raise BoothError(self.tr("The badge preview could not be drawn."))
        points = self._document.pagePointSize(0)
        page = self._document.render(
            0, QSize(round(points.width() / 72 * PREVIEW_DPI),
                     round(points.height() / 72 * PREVIEW_DPI)))
        return self._crop_to_badge(page, layout)

    @staticmethod
    def _crop_to_badge(page: QImage, layout: object) -> QImage:
        """A sheet layout (A4 of 8) shows the first badge alone, not the whole sheet."""
        if getattr(layout, "per_page", 1) <= 1:
            return page
        px_per_mm = PREVIEW_DPI / 25.4
        x_mm, y_mm = layout.badge_origin_mm(0)  # type: ignore[attr-defined]
        rect = QRect(round(x_mm * px_per_mm), round(y_mm * px_per_mm),
                     round(layout.width_mm * px_per_mm),  # type: ignore[attr-defined]
                     round(layout.height_mm * px_per_mm))  # type: ignore[attr-defined]
        return page.copy(rect.intersected(page.rect()))

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

    def closeEvent(self, event: QCloseEvent) -> None:
        self._document.close()
        super().closeEvent(event)
