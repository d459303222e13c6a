"""A scanner's burst that lands in the wrong input is still a scan.

At a booth the staff member is typing a note about the visitor in front of them when the
next visitor holds out a badge: the scanner types its code into the notes box, because a
keyboard-wedge scanner types wherever the cursor is. `BurstGuard` watches the text inputs
of a page (not the scan field itself, which has its own rules): when a burst of keys at
scanner speed, ended by the scanner's Enter or Tab, reads as one of our badges (a token
or a short code, whatever the keyboard layout, as core.checkin.keyboard_layouts reads it)
or as a one-line organiser's badge (MECARD, BIZCARD), the characters it typed are taken out
of the input again, the terminator is swallowed, and `scanned` hands the text to the page.

A person typing the same characters slowly is never caught (the timing rules are the
scan field's, `bursts.burst_spans`), and a fast burst that is no badge stays where it was typed.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from booth_app.core.checkin.keyboard_layouts import recognise
from booth_app.ui.checkin.bursts import RUN_MAX_GAP, burst_spans
from booth_app.ui.checkin.scan_field import (
    ScanField,
    is_terminator,
    is_text_input,
    types_text,
)

ONE_LINE_BADGES = ("MECARD:", "BIZCARD:")
_MODIFIER_KEYS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                            Qt.Key.Key_AltGr, Qt.Key.Key_Meta, Qt.Key.Key_CapsLock})


def reads_as_badge(text: str) -> bool:
    """Whether a burst's text is a badge rather than fast typing."""
    return recognise(text) is not None or text.strip().upper().startswith(ONE_LINE_BADGES)


def _take_back(widget: QWidget, text: str) -> bool:
    """Remove `text` just before the input's cursor; False when it is not there."""
    count = len(text)
    if isinstance(widget, QLineEdit):
        at, value = widget.cursorPosition(), widget.text()
        if at < count or value[at - count:at] != text:
            return False
        widget.setText(value[:at - count] + value[at:])
        widget.setCursorPosition(at - count)
        return True
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        cursor = widget.textCursor()
        cursor.clearSelection()
        if not cursor.movePosition(QTextCursor.MoveOperation.Left,
                                   QTextCursor.MoveMode.KeepAnchor, count):
            return False
        if cursor.selectedText() != text:
            return False
        cursor.removeSelectedText()
        widget.setTextCursor(cursor)
        return True
    return False


class BurstGuard(QObject):
    """Turns a scanner's burst typed into one of `page`'s text inputs into `scanned`."""

    scanned = Signal(str)

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.page = page
        # The keys typed into each watched input since its last pause or cursor move.
        self._runs: dict[int, list[tuple[float, str]]] = {}

    def watch(self, widget: QWidget) -> None:
        """Watch one input (its children are watched by watch_children)."""
        widget.installEventFilter(self)

    def watch_children(self) -> None:
        """Watch every text input of the page that is not a scan field."""
        for widget in self.page.findChildren(QWidget):
            if is_text_input(widget) and not isinstance(widget, ScanField):
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or not shiboken6.isValid(watched):
            return False
        now = time.perf_counter()
        key = id(watched)
        if is_terminator(event):
            run = self._runs.pop(key, [])
            return bool(run) and self._scan(watched, run, now)
        if types_text(event):
            run = self._runs.setdefault(key, [])
            if run and now - run[-1][0] > RUN_MAX_GAP:
                run.clear()
            run.extend((now, char) for char in event.text())
        elif event.key() not in _MODIFIER_KEYS:  # a scanner presses Shift too
            self._runs.pop(key, None)  # an arrow key, a backspace: the run is broken
        return False

    def _scan(self, widget: QWidget, run: list[tuple[float, str]], terminator: float) -> bool:
        text = "".join(char for _, char in run)
        for start, stop in burst_spans([stamp for stamp, _ in run], terminator):
            burst = text[start:stop]
            if reads_as_badge(burst) and _take_back(widget, burst):
                self.scanned.emit(burst)
                return True
        return False
