"""The Qt bindings keep Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void call and to
True on every signal emit; the app died ("deallocating None") after a few thousand
calls, i.e. within minutes at a busy check-in desk. pyproject.toml keeps us off it;
this test fails on any binding that does it again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

CALLS = 5000


class Emitter(QObject):
    fired = Signal(int)


def test_void_calls_and_signal_emits_keep_none_and_true_alive(qapp: object) -> None:
    emitter = Emitter()
    received: list[int] = []
    emitter.fired.connect(received.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for number in range(CALLS):
        emitter.setObjectName("door")  # a void method
        emitter.fired.emit(number)
    assert len(received) == CALLS
    # Other code may take or drop a few references meanwhile; a leak is one per call.
    assert abs(sys.getrefcount(None) - none_before) < CALLS // 10
    assert abs(sys.getrefcount(True) - true_before) < CALLS // 10
