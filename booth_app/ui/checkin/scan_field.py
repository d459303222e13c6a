"""The check-in page's one input: a keyboard-wedge scanner's burst or a person typing.

A USB or Bluetooth scanner is a keyboard: it types the badge's code as a burst of key
presses and usually ends it with Enter or Tab. A person types a name, slowly, to
search. Both land in this field, so every key press is timestamped and, when a
terminator arrives, the field tells the two apart:

- text that :func:`booth_app.core.checkin.keyboard_layouts.recognise` reads as a badge
  token or short code, whatever the layout, is a scan (a person typing a short code and Enter also
  checks in);
- otherwise, if the last run of keys was a burst (:mod:`booth_app.ui.checkin.bursts`
  reads the key times), that run is a scan (a foreign badge or junk: the check-in core
  answers "unknown");
- otherwise a person pressed Enter on a search: ``submitted``.

The field is emptied before any signal goes out, so the characters of the next scan
can never mix into this one; text a person typed before a scanner burst is put back.
A scanner set up without a terminator is recognised after a short silence, and
``set_keep_focus(True)`` keeps the field ready without clicking.
"""

from __future__ import annotations

import time
from typing import NamedTuple

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from booth_app.core.badges.tokens import looks_like_token
from booth_app.core.checkin.keyboard_layouts import recognise
from booth_app.ui.checkin.bursts import burst_spans

SEARCH_DEBOUNCE_MS = 200
"""A person's typing is searched once they pause this long."""
SILENCE_MS = 150
LINES_MS = 300
"""A vCard comes line by line (the scanner types each newline as Enter): the lines are
gathered until END:VCARD, or until the scanner has been silent this long."""
"""A scanner without a terminator: its burst is a scan after this much silence."""
LATE_TERMINATOR = 0.3
"""A terminator this soon after such an auto-submitted scan is the scanner's, late."""

def _common_prefix(a: str, b: str, limit: int | None = None) -> int:
    limit = min(len(a), len(b)) if limit is None else limit
    index = 0
    while index < limit and a[index] == b[index]:
        index += 1
    return index


class _Typing(NamedTuple):
    """The key press being handled: when, what it types, the span of text it replaces."""

    time: float
    text: str
    at: int
    until: int


def is_text_input(widget: QWidget) -> bool:
    """Whether a person types into this widget (the scan field leaves its focus alone)."""
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QAbstractSpinBox)


def is_terminator(event: QKeyEvent) -> bool:
    """Enter, Return or a plain Tab: what a scanner sends after a code."""
    key = event.key()
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return True
    if key == Qt.Key.Key_Tab:
        return not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                        | Qt.KeyboardModifier.AltModifier)
    return event.text() in ("\r", "\n")


def types_text(event: QKeyEvent) -> bool:
    """A key that types a printable character (a scanner's, or a person's)."""
    text = event.text()
    return bool(text) and text.isprintable()


class ScanField(QLineEdit):
    """The always-ready input of the check-in page: scans check in, typing searches.

    Signals: ``scanned(text)`` the raw text of a completed scan, exactly as typed
    (without its terminator; read it through the layouts with core.checkin.keyboard_layouts);
    ``search(text)`` a person's typing, debounced, "" when cleared; ``submitted(text)``
    a person pressed Enter on text that is not a code; ``navigate(step)`` Up (-1) or
    Down (+1), to move through the search results.
    """

    scanned = Signal(str)
    search = Signal(str)
    submitted = Signal(str)
    navigate = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setPlaceholderText(self.tr("Scan a badge, or type a name, company, email or code"))
        font = self.font()
        font.setPointSizeF(max(20.0, font.pointSizeF() * 1.8))
        self.setFont(font)
        self.setClearButtonEnabled(True)
        self.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText
                                 | Qt.InputMethodHint.ImhNoAutoUppercase)
        self._times: list[float | None] = []
        self._tracked = ""  # the text self._times describes
        self._typing: _Typing | None = None  # the key press being handled
        self._last_search = ""
        self._swallow_until = 0.0
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit_search)
        self._silence = QTimer(self, singleShot=True, interval=SILENCE_MS)
        self._silence.timeout.connect(self._on_silence)
        self._lines: list[str] = []  # a multi-line payload (vCard) being gathered
        self._more_lines = QTimer(self, singleShot=True, interval=LINES_MS)
        self._more_lines.timeout.connect(self._flush_lines)
        self._keeper = _FocusKeeper(self)
        self.textChanged.connect(self._track)

    # -- public ----------------------------------------------------------------------

    def set_keep_focus(self, on: bool) -> None:
        """While on and visible, focus comes back here from any non-text widget of the
        window, and keys pressed on such a widget are typed here instead."""
        self._keeper.set_active(on)

    def keeps_focus(self) -> bool:
        return self._keeper.active

    # -- keys ------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Tab is a scanner's terminator: it must reach keyPressEvent, not move focus.
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Tab and is_terminator(event)):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        now = time.perf_counter()  # QKeyEvent.timestamp() is unreliable for synthetic events
        key = event.key()
        if is_terminator(event):
            event.accept()
            self._terminate(now)
            return
        self._swallow_until = 0.0
        if key == Qt.Key.Key_Escape:
            had_text = bool(self.text())
            self._silence.stop()
            self.clear()
            self._debounce.stop()
            self._last_search = ""
            self.search.emit("")
            event.setAccepted(had_text)  # on an empty field Escape goes on to the window
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            event.accept()
            self.navigate.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        # Auto-repeat (a key held down) is fast but human: it must not look like a burst.
        if not event.isAutoRepeat() and types_text(event):
            at = self.selectionStart() if self.hasSelectedText() else self.cursorPosition()
            self._typing = _Typing(now, event.text(), at, at + len(self.selectedText()))
        try:
            super().keyPressEvent(event)
        finally:
            self._typing = None
        if types_text(event):
            self._silence.start()
            if self._lines:
                self._more_lines.start()

    def _track(self, text: str) -> None:
        """Keep one key-press time per character as the text changes."""
        old, typing = self._tracked, self._typing
        if typing is not None and text == old[:typing.at] + typing.text + old[typing.until:]:
            # a typed key replaced the selection, or went in at the cursor
            start, stop, stamps = typing.at, typing.until, [typing.time] * len(typing.text)
        else:  # pasted, undone, set by code: the changed part has no key-press time
            start = len(old) if text.startswith(old) else _common_prefix(old, text)
            limit = min(len(old), len(text)) - start
            end = _common_prefix(old[::-1], text[::-1], limit)
            stop, stamps = len(old) - end, [None] * (len(text) - end - start)
        self._times[start:stop] = stamps
        self._tracked = text
        self._debounce.start()  # restarts on every key, so a burst never searches midway

    # -- decisions -------------------------------------------------------------------

    def _terminate(self, now: float) -> None:
        text = self.text()
        if now < self._swallow_until:
            self._swallow_until = 0.0
            return  # the late Enter of a scan already taken after its silence
        if self._lines:  # the next line of a vCard
            self._lines.append(self._take(0, len(text)))
            if text.strip().upper().startswith("END:VCARD"):
                self._flush_lines()
            else:
                self._more_lines.start()
            return
        if not text.strip():
            return
        if recognise(text) is not None:
            self.scanned.emit(self._take(0, len(text)))
            return
        spans = burst_spans(self._times, now)
        if spans:
            recognised = [s for s in spans if recognise(text[s[0]:s[1]]) is not None]
            start, stop = recognised[0] if recognised else spans[-1]
            if not recognised and text[start:stop].lstrip().upper().startswith("BEGIN:VCARD"):
                self._lines = [self._take(start, stop)]  # more lines are on their way
                self._more_lines.start()
                return
            self.scanned.emit(self._take(start, stop))
            return
        self.submitted.emit(self._take(0, len(text)))

    def _flush_lines(self) -> None:
        """The vCard is complete (or the scanner went quiet): one scan of all its lines."""
        self._more_lines.stop()
        if self.text() and burst_spans(self._times):  # a last line with no Enter
            self._lines.append(self._take(0, len(self.text())))
        lines, self._lines = self._lines, []
        if lines:
            self.scanned.emit("\n".join(lines))

    def _on_silence(self) -> None:
        """A scanner with no terminator: a burst that is a badge token is a scan."""
        text = self.text()
        for start, stop in burst_spans(self._times):
            found = recognise(text[start:stop])
            if found is not None and looks_like_token(found):
                self._swallow_until = time.perf_counter() + LATE_TERMINATOR
                self.scanned.emit(self._take(start, stop))
                return

    def _take(self, start: int, stop: int) -> str:
        """Remove text[start:stop] from the field and return it; what is left stays."""
        self._silence.stop()
        text = self.text()
        taken, rest = text[start:stop], text[:start] + text[stop:]
        times = self._times[:start] + self._times[stop:]
        self.setText(rest)
        self.setCursorPosition(start)
        self._times, self._tracked = times, rest
        if rest == self._last_search:
            self._debounce.stop()
        return taken

    def _emit_search(self) -> None:
        text = self.text()
        if burst_spans(self._times):
            return  # a scanner is typing (or left a burst without terminator): no search
        if text != self._last_search:
            self._last_search = text
            self.search.emit(text)

    # -- focus -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._keeper.field_shown()


class _FocusKeeper(QObject):
    """Brings focus back to the scan field and forwards stray keys to it.

    Key events go to the focus widget (or to the window when nothing has focus), so
    while active this filters the field's window and the non-text widget that holds
    focus for the moment before it comes back: the first key of a scan is never lost.
    """

    def __init__(self, field: ScanField) -> None:
        super().__init__(field)
        self.field = field
        self.active = False
        self._window: QWidget | None = None
        self._target: QWidget | None = None  # a non-text widget that just took focus
        self._refocus = QTimer(self, singleShot=True, interval=0)
        self._refocus.timeout.connect(self._return_focus)

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if on:
            app.focusChanged.connect(self._focus_changed)
            self.field_shown()
            self._focus_changed(None, QApplication.focusWidget())
        else:
            app.focusChanged.disconnect(self._focus_changed)
            self._window = self._filter(self._window, None)
            self._target = self._filter(self._target, None)
            self._refocus.stop()

    def field_shown(self) -> None:
        """The field may have a new window by now: watch it, and take focus if free."""
        if not self.active:
            return
        window = self.field.window()
        if window is not self._window and window is not self.field:
            self._window = self._filter(self._window, window)
        if self.field.isVisible():
            self._refocus.start()

    def _filter(self, old: QWidget | None, new: QWidget | None) -> QWidget | None:
        if old is not None and shiboken6.isValid(old):
            old.removeEventFilter(self)
        if new is not None:
            new.installEventFilter(self)
        return new

    def _may_take_focus(self) -> bool:
        field = self.field
        if not (self.active and field.isVisible() and field.isEnabled()):
            return False
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not field.window():
            return False
        return QApplication.activePopupWidget() is None

    def _stray(self, widget: QObject | None) -> bool:
        """A widget of the field's window that has no use for typed text."""
        return (isinstance(widget, QWidget) and widget is not self.field
                and widget.window() is self.field.window() and not is_text_input(widget))

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if not self._stray(now):
            self._target = self._filter(self._target, None)
            return
        if now is not self._window:
            self._target = self._filter(self._target, now)
        self._refocus.start()  # on the next event-loop turn: let the click finish first

    def _return_focus(self) -> None:
        if not self._may_take_focus():
            return
        focus = QApplication.focusWidget()
        if focus is None or self._stray(focus):
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        landed_on_focus = watched is focus or (focus is None and watched is self._window)
        if not (landed_on_focus and self._stray(watched) and self._may_take_focus()):
            return False
        if not (types_text(event) or (is_terminator(event) and self.field.text())):
            return False  # arrows, Enter on an empty field...: the widget's own keys
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        copy = QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), event.text(),
                         event.isAutoRepeat(), event.count())
        QApplication.sendEvent(self.field, copy)
        return True
