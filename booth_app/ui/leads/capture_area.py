"""The Leads page once someone is signed in: the scan field with Switch staff and Lock,
the visitors matching what is typed, one status line, and the lead card beside the
booth's lead list.

The area wires its own parts together (arrow keys and Enter move through the matches,
keys typed on the card or the list go to StrayKeys, a badge scanned while the cursor is
in the card's notes is caught by a BurstGuard); the page connects what a scan, a pick or
a click on the list means. Escape on the empty scan field, or outside any text field,
discards the open card.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.leads.listing import LeadRow
from booth_app.storage.database import Database
from booth_app.ui.checkin.burst_guard import BurstGuard
from booth_app.ui.checkin.scan_field import ScanField, is_text_input
from booth_app.ui.leads.card import LeadCard
from booth_app.ui.leads.keys import StrayKeys
from booth_app.ui.leads.lead_list import LeadListPanel
from booth_app.ui.visitors.matches import VisitorMatches

CARD_WIDTH = 660
CARD_MIN_WIDTH = 560
LIST_MIN_WIDTH = 420

STYLE = """
#captureStatus { font-size: 13pt; padding: 8px 12px; border-radius: 8px; }
#captureStatus[tone="ready"] { background: #e9eef3; color: #17324d; }
#captureStatus[tone="good"] { background: #e3f3e8; color: #1d6b36; }
#captureStatus[tone="bad"] { background: #fde8e8; color: #9b1c1c; }
"""


class CaptureArea(QWidget):
    def __init__(self, db: Database, open_selected: Callable[[], None]) -> None:
        """`open_selected` opens the lead selected in the list (Enter on the list)."""
        super().__init__()
        self.setStyleSheet(STYLE)
        self.status_headline = self.status_detail = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.scan_field = ScanField()
        self.scan_field.setPlaceholderText(self.tr("Scan a badge, or type a visitor's name"))
        top.addWidget(self.scan_field, 1)
        self.switch_button = QPushButton(self.tr("Switch staff"))
        self.switch_button.setToolTip(self.tr("Another member of this booth signs in"))
        self.lock_button = QPushButton(self.tr("Lock (Ctrl+L)"))
        for button in (self.switch_button, self.lock_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            top.addWidget(button)
        layout.addLayout(top)
        self.matches = VisitorMatches(db)
        layout.addWidget(self.matches)

        # One line under the field says what happened: ready, saved, or why a scan was
        # not captured (the headline in bold, then the detail).
        self.status = QLabel()
        self.status.setObjectName("captureStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.status)

        # The card takes the left of the splitter while a lead is open; otherwise the
        # list has the whole width.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.card = LeadCard(db)
        self.card.setMinimumWidth(CARD_MIN_WIDTH)
        self.card.hide()
        self.keys = StrayKeys(self.scan_field, self.card, open_selected)
        self.card.stray_key.connect(self.keys.card_key)
        self.list = LeadListPanel(db)
        self.list.setMinimumWidth(LIST_MIN_WIDTH)
        self.list.stray_key.connect(self.keys.list_key)
        for combo in (self.list.rating, self.list.stage, self.list.product, self.list.picker):
            combo.activated.connect(lambda _i: self.scan_field.setFocus())
        self.splitter.addWidget(self.card)
        self.splitter.addWidget(self.list)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)

        # A badge scanned while the cursor is in the notes (or any other input) of the
        # card or the list is still a scan, not text in the note.
        self.burst_guard = BurstGuard(self)
        self.burst_guard.watch_children()
        self.scan_field.submitted.connect(lambda _text: self.matches.pick_current())
        self.scan_field.navigate.connect(self.matches.move)

    def say(self, text: str, detail: str, tone: str) -> None:
        """The status line: `text` in bold, then `detail`; tone "ready", "good" or "bad"."""
        # What a scan or a name carried is shown as text, never as markup.
        self.status_headline, self.status_detail = text, detail
        self.status.setText(f"<b>{escape(text)}</b>" + (
            f"&nbsp;&nbsp; <span style='font-weight:400'>{escape(detail)}</span>"
            if detail else ""))
        self.status.setProperty("tone", tone)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setVisible(self.card.lead is None)

    def say_ready(self, *, choose_manufacturer: bool = False) -> None:
        if choose_manufacturer:
            self.say(self.tr("Choose a manufacturer above the list to capture leads for it."),
                     "", "ready")
        else:
            self.say(self.tr("Ready: scan a badge"),
                     self.tr("Or type a visitor's name, pick with the arrow keys and Enter."),
                     "ready")

    def say_saved(self, saved: LeadRow) -> None:
        """A lead's card was saved: who, its rating and products, ready for the next."""
        words = {"hot": self.tr("Hot"), "warm": self.tr("Warm"), "cold": self.tr("Cold")}
        parts = [words.get(saved.rating, self.tr("not rated"))]
        if saved.products:
            count = len(saved.products)
            parts.append(self.tr("1 product") if count == 1
                         else self.tr("{0} products").format(count))
        self.say(self.tr("✔ Saved: {0}").format(saved.visitor_name),
                 " · ".join(parts) + "  —  " + self.tr("ready for the next badge"), "good")

    def place_card(self) -> None:
        """Give the open card its width beside the list."""
        width = self.splitter.width()
        card = max(CARD_MIN_WIDTH, min(CARD_WIDTH, width - LIST_MIN_WIDTH))
        self.splitter.setSizes([card, max(1, width - card)])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape on the empty scan field, or outside any text field, discards the card.
        focus = QApplication.focusWidget() or self
        if event.key() == Qt.Key.Key_Escape and self.card.lead is not None and (
                focus is self.scan_field or not is_text_input(focus)):
            event.accept()
            self.card.request_discard()
            return
        super().keyPressEvent(event)
