"""Visitors matching what a person types in a scan field, picked with arrows and Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from booth_app.core.visitors.search import search_visitors
from booth_app.storage.database import Database

MATCHES = 8


class VisitorMatches(QListWidget):
    """Hidden until a search has something to say; `picked(visitor_id)` on a click or
    on `pick_current()` (Enter in the field)."""

    picked = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("scanMatches")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the field
        self.setMaximumHeight(5 * 30)
        self.itemClicked.connect(self._clicked)
        self.hide()

    def show_matches(self, text: str) -> None:
        """The visitors for `text` (two characters at least), best first."""
        text = text.strip()
        self.clear()
        if len(text) < 2:
            self.hide()
            return
        with self.db.reader() as session:
            rows = [(v.id, v.name, v.organization or "", v.country or "")
                    for v in search_visitors(session, text, limit=MATCHES)]
        for visitor_id, name, organization, country in rows:
            item = QListWidgetItem("   ·   ".join(p for p in (name, organization, country) if p))
            item.setData(Qt.ItemDataRole.UserRole, visitor_id)
            self.addItem(item)
        if not rows:
            item = QListWidgetItem(self.tr("No visitor matches “{0}”.").format(text))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
        self.setCurrentRow(0 if rows else -1)
        self.show()

    def move(self, step: int) -> None:  # type: ignore[override]
        """Up (-1) or Down (+1) through the matches."""
        if self.isVisible():
            row = self.currentRow() + step
            if 0 <= row < self.count():
                self.setCurrentRow(row)

    def pick_current(self) -> None:
        item = self.currentItem() if self.isVisible() else None
        if item is not None:
            self._clicked(item)

    def dismiss(self) -> None:
        self.clear()
        self.hide()

    def _clicked(self, item: QListWidgetItem) -> None:
        visitor_id = item.data(Qt.ItemDataRole.UserRole)
        if visitor_id:
            self.picked.emit(str(visitor_id))
