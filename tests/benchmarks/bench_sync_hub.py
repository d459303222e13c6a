"""A hub round with nothing new (DESIGN.md / issue 7: under 200 ms).

A real PostgreSQL server is started for the run (initdb in a temp folder, as the hub
tests do); the run's demo database (250,000 visitors) is synced to it once, then 20
rounds with nothing new are timed through one HubSession, as the window keeps it.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from booth_benchmarks import (  # type: ignore[import-not-found]
    REPO,
    Context,
    benchmark,
    entry,
    percentile,
)

ROUNDS = 20


@benchmark("sync_hub", entries={"sync_hub_idle_round_ms": ("ms", 200.0)})
def bench_sync_hub(ctx: Context, folder: Path) -> dict[str, Any]:
    import sys

    tests_dir = str(REPO / "tests")  # the tests' own PostgreSQL starter
    if tests_dir not in sys.path:
        sys.path.insert(0, tests_dir)
    try:
        from conftest import _pg_bindir, _PgCluster  # type: ignore[import-not-found]
    except Exception as exc:  # the test helpers are not importable here
        return {"sync_hub_idle_round_ms": entry(None, "ms", 200.0, error=str(exc))}
    bindir = _pg_bindir()
    if bindir is None:
        return {"sync_hub_idle_round_ms": entry(
            None, "ms", 200.0, error="PostgreSQL server binaries (initdb, pg_ctl) not found")}
    from booth_app.core.sync.hub import HubSession
    from booth_app.storage.database import Database

    cluster = _PgCluster(bindir)
    cluster.start()
    db = Database(ctx.demo_db(folder))
    try:
        session = HubSession(db, cluster.create_database("bench_hub"), timeout_s=60)
        started = time.perf_counter()
        first = session.round()
        ctx.log(f"  first round pushed {first.pushed:,} rows in "
                f"{time.perf_counter() - started:.1f} s")
        samples = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            idle = session.round()
            samples.append((time.perf_counter() - start) * 1000)
            assert idle.pushed == idle.pulled == 0, idle
        session.close()
    finally:
        db.dispose()
        cluster.stop()
    ctx.log(f"  idle rounds: p50 {percentile(samples, 50):.1f} ms, "
            f"p95 {percentile(samples, 95):.1f} ms")
    return {"sync_hub_idle_round_ms": entry(
        percentile(samples, 95), "ms", 200.0, p50=round(percentile(samples, 50), 2),
        max=round(max(samples), 2), rounds=ROUNDS, first_push_rows=first.pushed)}
