"""Badge scan to committed check-in, in the core (DESIGN.md: p99 under 10 ms).

On the run's demo database (250,000 visitors), topped up to 500,000 check-ins as
issue 4 asks. Each sample is one `db.session()` around `check_in`: reading the token,
verifying it, finding the visitor and their badge, deciding, writing the row and the
durable commit (WAL, synchronous=FULL), exactly what the door does per scan.
"""

from __future__ import annotations

import random
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from booth_benchmarks import Context, benchmark, entry, percentile  # type: ignore[import-not-found]

TARGET_CHECKINS = 500_000
SCANS = 400


def _top_up_checkins(db: Any, target: int) -> int:
    from sqlalchemy import func, insert, select

    from booth_app.storage.ids import new_id, utcnow
    from booth_app.storage.models import Checkin, CheckinPoint, Visitor

    with db.session() as session:
        have = session.scalar(select(func.count()).select_from(Checkin)) or 0
        missing = max(0, target - have)
        if not missing:
            return have
        visitor_ids = list(session.scalars(select(Visitor.id)))
        point_ids = list(session.scalars(select(CheckinPoint.id)))
        rng = random.Random(4)
        stamp = db.stamp()
        now = utcnow()
        rows = [{**stamp, "id": new_id(), "visitor_id": rng.choice(visitor_ids),
                 "point_id": rng.choice(point_ids), "staff_id": None,
                 "scanned_at": now - timedelta(minutes=rng.randint(5, 2 * 24 * 60)),
                 "direction": "in", "status": "admitted",
                 "badge_version": 1} for _ in range(missing)]
        for start in range(0, len(rows), 20_000):
            session.execute(insert(Checkin), rows[start:start + 20_000])
    return have + missing


@benchmark("checkin_core", entries={"checkin_scan_p99": ("ms", 10.0)})
def bench_checkin(ctx: Context, folder: Path) -> dict[str, Any]:
    from sqlalchemy import select

    from booth_app.core.badges.tokens import issue_badge
    from booth_app.core.checkin.rules import check_in
    from booth_app.core.events import require_event
    from booth_app.storage.database import Database
    from booth_app.storage.ids import utcnow
    from booth_app.storage.models import Visitor

    db = Database(ctx.demo_db(folder))
    try:
        total = _top_up_checkins(db, TARGET_CHECKINS if not ctx.quick else 60_000)
        scans = SCANS if not ctx.quick else 100
        with db.session() as session:
            event = require_event(session)
            ids = list(session.scalars(select(Visitor.id).limit(50_000)))
            chosen = random.Random(9).sample(ids, scans)
            tokens = [issue_badge(session, event, session.get(Visitor, vid))[1]
                      for vid in chosen]
        # Each badge twice, the second time later than the bounce window: an admit or
        # re-entry the first time, a re-entry the second, so every sample writes.
        samples: list[float] = []
        statuses: dict[str, int] = {}
        later = utcnow() + timedelta(minutes=1)
        for number, token in enumerate(tokens + tokens[:scans // 4]):
            when = later if number >= scans else None
            start = time.perf_counter()
            with db.session() as session:
                status = check_in(session, token, now=when).status
            samples.append((time.perf_counter() - start) * 1000)
            statuses[status] = statuses.get(status, 0) + 1
    finally:
        db.dispose()
    ctx.log(f"  {len(samples)} scans over {total:,} check-ins: p50 {percentile(samples, 50):.2f} "
            f"ms, p99 {percentile(samples, 99):.2f} ms")
    return {"checkin_scan_p99": entry(
        percentile(samples, 99), "ms", 10.0, p50=round(percentile(samples, 50), 3),
        max=round(max(samples), 3), scans=len(samples), checkins=total, statuses=statuses)}
