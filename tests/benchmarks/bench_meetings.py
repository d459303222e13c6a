"""Business matching at HealthConnect size (issue 14).

The instance: 295 buyers (250 hospitals, 45 ministries and agencies), 90 manufacturers,
two days of 20-minute slots with 5 minutes to change tables (08:30-12:00 and
13:00-17:00: 17 slots a day), 3,500 requests (a fifth `must`, one in twenty a veto)
drawn with a few popular manufacturers, 15% of the buyers only on day 2, 10% of the
manufacturers leaving day 1 at 14:00, at most 12 meetings per buyer.

- `meetings_schedule_s`: `schedule()` from an empty schedule, written and committed, as
  `booth meetings schedule` runs it. The entry carries `placed`, the solver's `bound`
  (its min-cost-flow relaxation, computed in the same run: no schedule places more) and
  `share_of_bound` (budget: at least 0.99), and whether it is proven optimal.
- `meetings_reschedule_s`: one meeting cancelled, a tenth of the others locked, then
  `schedule()` again; `locked_moved` must be 0.
- `meetings_table_checkin_p99_ms`: a buyer's badge scanned at their table during their
  meeting, each scan committed in its own session, as at the door.
"""

from __future__ import annotations

import random
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from booth_benchmarks import (  # type: ignore[import-not-found]
    Context,
    benchmark,
    entry,
    percentile,
)

BUYERS, MANUFACTURERS, REQUESTS = 295, 90, 3_500
QUICK = (80, 25, 700)
SCANS, QUICK_SCANS = 400, 100


def build(db: Any, buyers: int, makers: int, requests: int, seed: int = 14) -> None:
    from datetime import date

    from booth_app.core.badges.codes import new_code
    from booth_app.core.events import create_event
    from booth_app.core.meetings.sessions import add_session
    from booth_app.core.meetings.times import at_local, parse_clock
    from booth_app.storage.models import (
        Exhibitor,
        MeetingRequest,
        MeetingUnavailability,
        Visitor,
    )

    rng = random.Random(seed)
    with db.session() as session:
        event = create_event(session, name="HealthConnect 2027", start=date(2027, 3, 10),
                             end=date(2027, 3, 11), timezone="Asia/Jakarta")
        for day in ("2027-03-10", "2027-03-11"):
            add_session(session, day=day, start="08:30", end="12:00", slot_minutes=20,
                        gap_minutes=5)
            add_session(session, day=day, start="13:00", end="17:00", slot_minutes=20,
                        gap_minutes=5)
        exhibitors = [Exhibitor(event_id=event.id, code=f"M{i:03d}", name=f"PT Alkes {i}",
                                booth=f"B{i:03d}") for i in range(makers)]
        codes: set[str] = set()
        while len(codes) < buyers:
            codes.add(new_code())
        people = [Visitor(event_id=event.id, code=code, name=f"Buyer {i}",
                          organization=f"RS {i}", email=f"buyer{i}@rs.id",
                          category="hospital/clinic" if i < buyers * 0.85 else "government")
                  for i, code in enumerate(sorted(codes))]
        session.add_all(exhibitors + people)
        session.flush()
        day1, day2 = date(2027, 3, 10), date(2027, 3, 11)
        for person in people:
            if rng.random() < 0.15:
                session.add(MeetingUnavailability(
                    event_id=event.id, visitor_id=person.id,
                    starts_at=at_local(event, day1, parse_clock("00:00", "")),
                    ends_at=at_local(event, day2, parse_clock("00:00", ""))))
        for maker in exhibitors:
            if rng.random() < 0.10:
                session.add(MeetingUnavailability(
                    event_id=event.id, exhibitor_id=maker.id,
                    starts_at=at_local(event, day1, parse_clock("14:00", "")),
                    ends_at=at_local(event, day2, parse_clock("00:00", ""))))
        weights = [rng.paretovariate(2.5) for _ in exhibitors]
        pairs: set[tuple[int, int]] = set()
        while len(pairs) < requests:
            pairs.add((rng.randrange(buyers), rng.choices(range(makers), weights)[0]))
        for b, m in sorted(pairs):
            roll = rng.random()
            veto = roll < 0.05
            session.add(MeetingRequest(
                event_id=event.id, visitor_id=people[b].id, exhibitor_id=exhibitors[m].id,
                priority="must" if 0.05 <= roll < 0.25 else "want",
                requested_by="buyer", vetoed_by="buyer" if veto else ""))


@benchmark("meetings", entries={
    "meetings_schedule_s": ("s", 10.0),
    "meetings_reschedule_s": ("s", 2.0),
    "meetings_table_checkin_p99_ms": ("ms", 10.0),
})
def bench_meetings(ctx: Context, folder: Path) -> dict[str, dict[str, Any]]:
    from sqlalchemy import select

    from booth_app.core.badges.tokens import issue_badge
    from booth_app.core.events import require_event
    from booth_app.core.meetings.meetings import cancel, live_meetings
    from booth_app.core.meetings.scheduling import schedule
    from booth_app.core.meetings.table_checkin import check_in_at_table
    from booth_app.storage.database import Database
    from booth_app.storage.models import Meeting, Visitor

    buyers, makers, requests = QUICK if ctx.quick else (BUYERS, MANUFACTURERS, REQUESTS)
    db = Database(folder / "healthconnect.sqlite")
    try:
        build(db, buyers, makers, requests)
        start = time.perf_counter()
        with db.session() as session:
            first = schedule(session)
        schedule_s = time.perf_counter() - start
        share = first.placed / first.bound if first.bound else 1.0
        ctx.log(f"  schedule: {first.placed} placed of bound {first.bound} "
                f"({share:.4f}), optimal {first.optimal}, {schedule_s:.2f} s")

        rng = random.Random(3)
        with db.session() as session:
            rows = live_meetings(session)
            cancel(rows[len(rows) // 2])
            locked = {}
            for meeting in rng.sample(rows, len(rows) // 10):
                if meeting.status == "scheduled":
                    meeting.locked = True
                    locked[meeting.id] = (meeting.starts_at, meeting.table_name)
        start = time.perf_counter()
        with db.session() as session:
            again = schedule(session)
        reschedule_s = time.perf_counter() - start
        with db.reader() as session:
            locked_moved = sum(1 for mid, where in locked.items()
                               if (lambda m: (m.starts_at, m.table_name))(
                                   session.get(Meeting, mid)) != where)
        ctx.log(f"  reschedule: {again.moved} moved, {again.new} new, {locked_moved} locked "
                f"moved, {reschedule_s:.2f} s")

        scans = QUICK_SCANS if ctx.quick else SCANS
        with db.session() as session:
            event = require_event(session)
            chosen = rng.sample(live_meetings(session), scans)
            jobs = []
            for meeting in chosen:
                visitor = session.get(Visitor, meeting.visitor_id)
                token = issue_badge(session, event, visitor)[1]
                jobs.append((token, meeting.exhibitor_id, meeting.starts_at))
        from booth_app.storage.models import Exhibitor

        samples: list[float] = []
        statuses: dict[str, int] = {}
        for token, exhibitor_id, starts in jobs:
            t0 = time.perf_counter()
            with db.session() as session:
                exhibitor = session.get(Exhibitor, exhibitor_id)
                status = check_in_at_table(session, token, exhibitor=exhibitor,
                                           now=starts + timedelta(minutes=2)).status
            samples.append((time.perf_counter() - t0) * 1000)
            statuses[status] = statuses.get(status, 0) + 1
        with db.reader() as session:
            meetings_total = len(list(session.scalars(select(Meeting.id))))
    finally:
        db.dispose()
    ctx.log(f"  table check-in: p50 {percentile(samples, 50):.2f} ms, "
            f"p99 {percentile(samples, 99):.2f} ms")
    return {
        "meetings_schedule_s": entry(
            schedule_s, "s", 10.0, placed=first.placed, bound=first.bound,
            share_of_bound=round(share, 4), share_budget=0.99, share_ok=share >= 0.99,
            optimal=first.optimal, musts_placed=first.musts_placed,
            must_bound=first.must_bound, unplaced=len(first.unplaced), buyers=buyers,
            manufacturers=makers, requests=requests, solver_s=first.seconds),
        "meetings_reschedule_s": entry(
            reschedule_s, "s", 2.0, moved=again.moved, new=again.new, kept=again.kept,
            locked=len(locked), locked_moved=locked_moved, placed=again.placed,
            optimal=again.optimal),
        "meetings_table_checkin_p99_ms": entry(
            percentile(samples, 99), "ms", 10.0, p50=round(percentile(samples, 50), 3),
            scans=len(samples), statuses=statuses, meetings=meetings_total),
    }
