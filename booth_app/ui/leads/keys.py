"""Keys that reach the Leads page outside its scan field: ratings, or the next scan.

The lead card's buttons and chips, and the lead list, have no use for typed text, so
what is typed there belongs to the scan field: the next visitor's badge (a scanner
types wherever the focus is), or a name. Only 1, 2 and 3 on the card are ratings,
and only when no other key follows at a scanner's pace: a badge code may hold a 2
or a 3, so such a key goes to the scan field first and is taken back as a rating
once the burst did not continue.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from booth_app.core.leads.vocabulary import RATINGS
from booth_app.ui.checkin.scan_field import ScanField
from booth_app.ui.leads.card import LeadCard

RATING_KEYS = ("1", "2", "3")
# A scanner types a key every few milliseconds; a person pressing "1" does not follow
# it with another key this soon.
RATING_WAIT_MS = 120
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class StrayKeys(QObject):
    """Routes keys from the card and the list; `open_selected()` is the list's Enter."""

    def __init__(self, field: ScanField, card: LeadCard,
                 open_selected: Callable[[], None]) -> None:
        super().__init__(field)
        self.field, self.card, self.open_selected = field, card, open_selected
        self.rating_timer = QTimer(self, singleShot=True, interval=RATING_WAIT_MS)
        self.rating_timer.timeout.connect(self._take_rating)

    def stop(self) -> None:
        self.rating_timer.stop()

    def card_key(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER:
            if self.field.text():
                self._forward(event, focus=False)  # the end of a scan typed on the card
            return
        if event.text() in RATING_KEYS and not self.field.text():
            self._forward(event, focus=False)  # maybe a rating: the next key decides
            self.rating_timer.start()
            return
        self._forward(event, focus=not self.rating_timer.isActive())

    def list_key(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and not self.field.text():
            self.open_selected()
            return
        self._forward(event, focus=True)

    def _take_rating(self) -> None:
        text = self.field.text()
        if text in RATING_KEYS and self.card.lead is not None:
            self.field.clear()
            self.card.set_rating(RATINGS[int(text) - 1])
            focus = QApplication.focusWidget()
            if focus is None or not self.card.isAncestorOf(focus):
                self.card.rating_buttons[self.card.rating].setFocus()
        elif text:
            self.field.setFocus()  # more followed: a scan or a name, for the field

    def _forward(self, event: QKeyEvent, *, focus: bool) -> None:
        if focus:
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        copy = QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), event.text(),
                         event.isAutoRepeat(), event.count())
        QApplication.sendEvent(self.field, copy)
