"""Scanner burst to result shown on the check-in page (DESIGN.md: p99 under 50 ms; 10
scans/s for a minute with no keystroke lost).

The real page runs in its own process (offscreen Qt) on the run's demo database
(250,000 visitors) topped up to 500,000 check-ins, while its live counts refresh in
the background as they do at the door.

- Burst latency: each badge is typed into the scan field as a scanner types it (every
  key event delivered at once, then Enter); the sample runs from the first key to the
  card painted with the committed result.
- Sustained: a timer posts a whole burst into the event queue every 100 ms for a
  minute (4 s with --quick), as a scanner would; every posted badge must come out as
  one accepted scan of the right visitor (a lost or mixed keystroke turns a badge into
  an invalid or unknown one). Latency there runs from posting to painting.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from booth_benchmarks import (  # type: ignore[import-not-found]
    REPO,
    Context,
    benchmark,
    entry,
    percentile,
)

BURSTS = 400
RATE_PER_S = 10

STATION = textwrap.dedent(
    """
    import json, os, statistics, sys, tempfile, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp())
    from booth_app.storage.database import Database
    from booth_app.ui.checkin.page import CheckinPage

    path, token_file = sys.argv[1], sys.argv[2]
    bursts, seconds = int(sys.argv[3]), float(sys.argv[4])
    tokens = json.loads(open(token_file).read())
    db = Database(path)
    app = QApplication([])
    page = CheckinPage(db)
    page.resize(1166, 700)
    page.show()
    page.refresh()
    settle_until = time.perf_counter() + 1.5  # a plain event loop: qWait would hold the GIL
    while time.perf_counter() < settle_until:
        app.processEvents()
        time.sleep(0.005)
    from booth_app.ui.app import settle_heap
    settle_heap()  # as the app does once its window is up
    field = page.scan_field
    shown = []
    page.result_shown.connect(lambda status: shown.append(
        (time.perf_counter(), status, page.card.view.visitor_id if page.card.view else None)))

    # 1. bursts, one after another
    latencies, handled = [], []
    for token in tokens[:bursts]:
        start = time.perf_counter()
        QTest.keyClicks(field, token)
        QTest.keyClick(field, Qt.Key.Key_Return)
        page.card.repaint()
        latencies.append((time.perf_counter() - start) * 1000)
        handled.append(page.last_latency_ms or 0.0)
        app.processEvents()  # timers, the background refresh, paints
    burst_statuses = [s for _, s, _ in shown]

    # 2. sustained: a burst posted every 100 ms
    shown.clear()
    rest = tokens[bursts:]
    count = min(len(rest), int(seconds * 10))
    posted = []

    def post_one():
        if len(posted) >= count:
            return
        token = rest[len(posted)]
        posted.append(time.perf_counter())
        for ch in token:
            key = Qt.Key(ord(ch.upper()))
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                app.postEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.postEvent(field, QKeyEvent(kind, Qt.Key.Key_Return,
                                           Qt.KeyboardModifier.NoModifier, "\\r"))

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(post_one)
    timer.start(100)
    deadline = time.perf_counter() + seconds + 5
    while (len(shown) < count or len(posted) < count) and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    sustained = [(shown_at - posted[i]) * 1000
                 for i, (shown_at, _, _) in enumerate(shown[:len(posted)])]
    print(json.dumps({"latencies": latencies, "handled": handled,
                      "burst_statuses": burst_statuses,
                      "posted": len(posted), "shown": [[s, v] for _, s, v in shown],
                      "sustained": sustained,
                      "span_s": (posted[-1] - posted[0]) if posted else 0,
                      "shown_span_s": (shown[-1][0] - posted[0]) if shown and posted else 0}),
          flush=True)
    """
)


@benchmark("checkin_gui", entries={"checkin_gui_burst_p99": ("ms", 50.0),
                                   "checkin_gui_sustained_rate": ("/s", 10.0)})
def bench_checkin_gui(ctx: Context, folder: Path) -> dict[str, Any]:
    from sqlalchemy import select

    from booth_app.core.badges.tokens import issue_badge
    from booth_app.core.events import require_event
    from booth_app.storage.database import Database
    from booth_app.storage.models import Visitor

    top_up = sys.modules["booth_benchmarks_bench_checkin"]._top_up_checkins
    seconds = 60.0 if not ctx.quick else 4.0
    bursts = BURSTS if not ctx.quick else 100
    path = ctx.demo_db(folder)
    db = Database(path)
    try:
        total = top_up(db, 500_000 if not ctx.quick else 60_000)
        with db.session() as session:
            event = require_event(session)
            ids = list(session.scalars(select(Visitor.id).limit(50_000)))
            chosen = random.Random(21).sample(ids, bursts + int(seconds * RATE_PER_S))
            tokens = [issue_badge(session, event, session.get(Visitor, vid))[1]
                      for vid in chosen]
    finally:
        db.dispose()
    token_file = folder / "tokens.json"
    token_file.write_text(json.dumps(tokens))
    env = {**os.environ, "PYTHONPATH": str(REPO), "XDG_CONFIG_HOME": str(folder / "config")}
    done = subprocess.run([sys.executable, "-c", STATION, str(path), str(token_file),
                           str(bursts), str(seconds)], capture_output=True, text=True,
                          env=env, timeout=seconds + 600)
    if done.returncode != 0 or not done.stdout.strip():
        return {"checkin_gui_burst_p99": entry(None, "ms", 50.0, error=done.stderr[-2000:]),
                "checkin_gui_sustained_rate": entry(None, "/s", 10.0, error="no run")}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    latencies = sorted(result["latencies"])
    handled = sorted(result["handled"])
    accepted = ("admitted", "reentry")
    burst_ok = sum(status in accepted for status in result["burst_statuses"])
    shown = result["shown"]
    expected = [vid for vid in chosen[bursts:bursts + result["posted"]]]
    right = sum(1 for (status, vid), want in zip(shown, expected, strict=False)
                if status in accepted and vid == want)
    lost = result["posted"] - right
    sustained = sorted(result["sustained"])
    # Throughput from the first burst posted to the last result shown. Posting runs at
    # exactly 10/s, so the page cannot do better than 10/s; it met the budget when every
    # badge came out right and it kept up (the last result within half a second of the
    # last burst: no backlog), whatever the timer's last millisecond of jitter.
    rate = right / (result["shown_span_s"] + 0.1) if result["posted"] else 0.0
    backlog = result["shown_span_s"] - result["span_s"]

    ctx.log(f"  bursts: p50 {percentile(latencies, 50):.1f} ms, "
            f"p99 {percentile(latencies, 99):.1f} ms, "
            f"{burst_ok}/{len(latencies)} accepted; sustained {result['posted']} scans over "
            f"{result['span_s']:.0f} s: {lost} lost or wrong, "
            f"p99 {percentile(sustained, 99):.1f} ms; "
            f"in the page's scan handler p50 {percentile(handled, 50):.1f} ms, "
            f"p99 {percentile(handled, 99):.1f} ms")
    return {
        "checkin_gui_burst_p99": entry(
            percentile(latencies, 99), "ms", 50.0, p50=round(percentile(latencies, 50), 2),
            max=round(latencies[-1], 2), bursts=len(latencies), accepted=burst_ok,
            checkins=total),
        # Scans accepted for the right visitor per second, from the first burst posted to
        # the last result shown (a burst every 100 ms: 10/s when nothing is lost and the
        # page keeps up). ok also needs every posted badge accepted.
        "checkin_gui_sustained_rate": {
            **entry(rate, "/s", 10.0, lost=lost, posted=result["posted"],
                    span_s=round(result["span_s"], 1), p50_ms=round(percentile(sustained, 50), 2),
                    p99_ms=round(percentile(sustained, 99), 2)),
            "backlog_s": round(backlog, 3), "ok": lost == 0 and backlog < 0.5},
    }
