"""Hybrid logical clock: orders changes across laptops whose wall clocks disagree.

A stamp is `WWWWWWWWWWWWW.CCCCC.DEVICE`: wall milliseconds, a counter, the device id.
Stamps compare as strings; the clock never goes backwards even if the wall clock
does, and `observe()` folds in stamps received from other laptops.
"""

from __future__ import annotations

import threading
import time


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    def __init__(self, device_id: str, last: str | None = None) -> None:
        self.device_id = device_id
        self._lock = threading.Lock()
        self._ms, self._counter = 0, 0
        if last:
            self.observe(last)

    def tick(self) -> str:
        with self._lock:
            wall = _wall_ms()
            if wall > self._ms:
                self._ms, self._counter = wall, 0
            else:
                self._counter += 1
            return self._format()

    def observe(self, stamp: str) -> None:
        """Advance past a stamp seen elsewhere so our next change sorts after it."""
        ms, counter = parse_stamp(stamp)
        with self._lock:
            if (ms, counter) > (self._ms, self._counter):
                self._ms, self._counter = ms, counter

    def _format(self) -> str:
        return f"{self._ms:013d}.{self._counter:05d}.{self.device_id}"


def parse_stamp(stamp: str) -> tuple[int, int]:
    ms, counter, _device = stamp.split(".", 2)
    return int(ms), int(counter)
