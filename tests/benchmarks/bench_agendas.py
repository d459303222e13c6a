"""Business-matching agendas: 300 buyers' and about 30 manufacturers' agendas to one PDF
in under 5 s (on one core).

Builds its own matching (not the run's demo database): an event in Jakarta, 300 buyers
named from the demo's name pools (Latin, Arabic, Chinese, Devanagari), the demo's 19
manufacturers and 11 more, two days of sessions (09:00-12:00 and 13:00-17:00, 20-minute
slots: 42 slots), six requests per buyer, placed by
`booth_app.core.meetings.scheduling.schedule`. Timed:
`write_agendas(--all)` in a fresh `db.reader()`, as `booth meetings agendas --all` runs
it, first run (fonts registered, shaping caches empty) as the value; `warm_median_s` the
median of the runs after it; `grid_s` the master grid once. --quick: 100 buyers.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date
from pathlib import Path
from typing import Any

from booth_benchmarks import Context, benchmark, entry  # type: ignore[import-not-found]

BUYERS = 300
QUICK_BUYERS = 100
MAKERS = 30
REQUESTS_PER_BUYER = 6
ROUNDS = 3
BUDGET = 5.0


def _buyers(count: int, rng: random.Random) -> list[dict[str, str]]:
    """Buyers drawn from the demo pavilion's name pools (every script it has) and its
    organisations."""
    from booth_app.core.demo.pavilion import load_pavilion

    data = load_pavilion()
    pools, weights = data["name_pools"], data["pool_weights"]
    names = list(weights)
    people = []
    for _ in range(count):
        pool = pools[rng.choices(names, [weights[n] for n in names])[0]]
        given, family = rng.choice(pool["given"]), rng.choice(pool["family"])
        if pool.get("family_first"):
            name = f"{family}{'' if pool.get('script') == 'Han' else ' '}{given}"
        else:
            name = f"{given} {family}"
        org = rng.choice(data["organizations"])
        people.append({"name": name, "organization": org["name"],
                       "category": org["category"]})
    return people


def build_matching(db: Any, buyers: int, *, seed: int = 11) -> dict[str, Any]:
    """An event of its own (HealthConnect, Jakarta, two days) with `buyers` buyers, 30
    manufacturers, sessions, requests and a schedule; returns what was made."""
    from booth_app.core.demo.pavilion import load_pavilion
    from booth_app.core.events import create_event
    from booth_app.core.exhibitors.manufacturers import add_exhibitor
    from booth_app.core.meetings.requests import set_request
    from booth_app.core.meetings.scheduling import schedule
    from booth_app.core.meetings.sessions import add_session
    from booth_app.core.visitors.register import VisitorFields, add_visitor

    rng = random.Random(seed)
    with db.session() as session:
        event = create_event(session, name="HealthConnect 2027", start=date(2027, 3, 10),
                             end=date(2027, 3, 11), timezone="Asia/Jakarta",
                             venue="Jakarta Convention Center", currency="IDR")
        known = [(e["code"], e["name"], e["booth"]) for e in load_pavilion()["exhibitors"]]
        known += [(f"MFR{n:02d}", f"PT Alat Kesehatan Nusantara {n}", f"S2-B{n:02d}")
                  for n in range(1, MAKERS - len(known) + 1)]
        makers = [add_exhibitor(session, code=code, name=name, booth=booth, country="ID")
                  for code, name, booth in known[:MAKERS]]
        people = [add_visitor(session, VisitorFields(**person))
                  for person in _buyers(buyers, rng)]
        for day in ("2027-03-10", "2027-03-11"):
            add_session(session, day=day, start="09:00", end="12:00", slot_minutes=20)
            add_session(session, day=day, start="13:00", end="17:00", slot_minutes=20)
        for buyer in people:
            for maker in rng.sample(makers, REQUESTS_PER_BUYER):
                set_request(session, event, buyer, maker,
                            priority=rng.choice(("must", "want", "want")))
    with db.session() as session:
        placed = schedule(session, time_limit=2.0)
    return {"buyers": len(people), "manufacturers": len(makers), "placed": placed.placed}


@benchmark("agendas", entries={"agendas_300_s": ("s", BUDGET)})
def bench_agendas(ctx: Context, folder: Path) -> dict[str, Any]:
    from booth_app.core.meetings.agendas import write_agendas
    from booth_app.storage.database import Database

    db = Database(folder / "matching.sqlite")
    try:
        made = build_matching(db, QUICK_BUYERS if ctx.quick else BUYERS)
        ctx.log(f"  {made['buyers']} buyers, {made['manufacturers']} manufacturers, "
                f"{made['placed']} meetings")
        times: list[float] = []
        result: dict[str, Any] = {}
        for number in range(ROUNDS):
            start = time.perf_counter()
            with db.reader() as session:
                result = write_agendas(session, folder / f"agendas-{number}.pdf")
            times.append(time.perf_counter() - start)
        start = time.perf_counter()
        with db.reader() as session:
            grid = write_agendas(session, folder / "grid.pdf", grid=True)
        grid_s = time.perf_counter() - start
        size_kb = Path(result["out"]).stat().st_size / 1024
    finally:
        db.dispose()
    warm = statistics.median(times[1:])
    ctx.log(f"  agendas: first {times[0]:.2f} s, then median {warm:.2f} s, "
            f"{result['agendas']} agendas, {result['pages']} pages, {size_kb:.0f} KB; "
            f"grid {grid_s:.2f} s, {grid['pages']} pages")
    return {"agendas_300_s": entry(
        times[0], "s", BUDGET, warm_median_s=round(warm, 3), agendas=result["agendas"],
        pages=result["pages"], meetings=result["meetings"], size_kb=round(size_kb),
        grid_s=round(grid_s, 3), grid_pages=grid["pages"], **made)}
