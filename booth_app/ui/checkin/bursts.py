"""A scanner's burst told from a person's typing, by the times of the key presses.

A keyboard-wedge scanner types a badge's code a key every few milliseconds; a person
types far slower. These read the key-press times the scan field keeps (one per
character of its text) and find where a scanner's burst lies in it.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

# When keys are a scanner's burst, in seconds between key presses. Typical figures:
# USB scanners type a key every 1-10 ms, Bluetooth ones up to ~40 ms (with some
# jitter); people, even fast typists, rarely sustain a key every 60 ms (that is 200
# words a minute) and booth staff type far slower.
RUN_MAX_GAP = 0.12
"""A longer pause between two keys ends a run: a scanner never pauses this long."""
BURST_MEDIAN_GAP = 0.05
"""A run is a burst when the median pause between its keys is at most this."""
BURST_MIN_CHARS = 6
"""Fewer keys are never a burst: a fast typist can roll three or four keys that fast;
badge codes and foreign badges are longer (a short code alone is recognised anyway)."""
LEADING_SLOW_GAP = 0.06
"""A run's first key or two followed by a longer pause than this may be a person's
last keys just before the scanner started: the scan is tried without them too."""
MAX_LEADING_TRIM = 2

KeyTimes = Sequence[float | None]
"""One entry per character of the field: perf_counter() of the key press that typed
it, or None for text that did not come from a key press (pasted, set by code)."""


def _latest(times: KeyTimes) -> int | None:
    """Index of the character typed most recently (None if nothing was typed)."""
    best, best_time = None, float("-inf")
    for index, stamp in enumerate(times):
        if stamp is not None and stamp >= best_time:
            best, best_time = index, stamp
    return best


def _gap(times: KeyTimes, index: int) -> float | None:
    """Seconds between the key presses of characters index-1 and index, if both were typed."""
    before, here = times[index - 1], times[index]
    return None if before is None or here is None else here - before


def _is_burst(gaps: Sequence[float], chars: int) -> bool:
    return chars >= BURST_MIN_CHARS and statistics.median(gaps) <= BURST_MEDIAN_GAP


def burst_spans(times: KeyTimes, terminator: float | None = None) -> list[tuple[int, int]]:
    """Where the scanner's burst lies in the field's text: ``(start, stop)`` spans, best first.

    The burst is the run of keys ending at the most recently typed character (usually
    the end of the text, or wherever the cursor was when the scanner started): going
    back from it while each pause is at most RUN_MAX_GAP. It is a burst when it holds
    at least BURST_MIN_CHARS characters and the median pause is at most
    BURST_MEDIAN_GAP. ``terminator`` is the time of the Enter or Tab that ends it:
    a scanner sends that at burst speed too, so a later one means a person pressed it
    and there is no burst. Empty when the run is not a burst. The first span is the
    whole run; the others leave out one or two leading characters followed by a slow
    pause (a person's last key just before the scanner began).
    """
    last = _latest(times)
    if last is None:
        return []
    gaps: list[float] = []  # the pauses of the run, last first
    if terminator is not None:
        last_time = times[last]
        assert last_time is not None
        if not 0 <= terminator - last_time <= RUN_MAX_GAP:
            return []
        gaps.append(terminator - last_time)
    start = last
    while start > 0:
        gap = _gap(times, start)
        if gap is None or not 0 <= gap <= RUN_MAX_GAP:
            break
        gaps.append(gap)
        start -= 1
    gaps.reverse()
    stop = last + 1
    if not gaps or not _is_burst(gaps, stop - start):
        return []
    spans = [(start, stop)]
    for dropped in range(1, MAX_LEADING_TRIM + 1):
        if gaps[dropped - 1] <= LEADING_SLOW_GAP or not _is_burst(gaps[dropped:],
                                                                stop - start - dropped):
            break
        spans.append((start + dropped, stop))
    return spans
