"""Typing into widgets as a keyboard or a scanner does, key by key, by the clock."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

TERMINATOR_KEYS = {"\r": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab, "\x1b": Qt.Key.Key_Escape}


def press(widget: QWidget, ch: str) -> None:
    """One real key press and release carrying `ch`, as a keyboard (or scanner) sends it."""
    modifiers = Qt.KeyboardModifier.NoModifier
    if ch in TERMINATOR_KEYS:
        key = TERMINATOR_KEYS[ch]
    elif ch.isascii() and ch.isalnum():
        key = Qt.Key(ord(ch.upper()))
        if ch.isupper():
            modifiers = Qt.KeyboardModifier.ShiftModifier
    elif ch == " ":
        key = Qt.Key.Key_Space
    else:
        key = Qt.Key.Key_unknown
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, "" if ch == "\x1b" else ch,
                       modifiers, -1)


def type_keys(widget: QWidget | None, text: str, gap_ms: float) -> None:
    """Type `text` one key every `gap_ms` by the clock, running the event loop between
    keys (timers fire as they would); gap 0 types everything at once. Widget None: each
    key goes to whatever has focus at that moment, as with a real keyboard."""
    start = time.perf_counter()
    for index, ch in enumerate(text):
        due = start + index * gap_ms / 1000
        while (left := due - time.perf_counter()) > 0:
            QApplication.processEvents()
            time.sleep(min(left, 0.001))
        target = widget or QApplication.focusWidget()
        assert target is not None
        press(target, ch)
