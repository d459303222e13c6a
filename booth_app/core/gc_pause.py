"""Python's cycle collector paused while a big piece of work builds objects.

An import of 100,000 rows, an export or a 10,000-lead list makes hundreds of thousands
of objects and frees almost none until the end, so the collector walks all of them again
and again and finds nothing (a tenth to a quarter of the time). Reference counting still
frees everything; the collector is switched back on (if it was on) however the work ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
