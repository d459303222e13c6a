"""One laptop of the pavilion benchmark (bench_hub_pavilion.py), in a process of its own.

`python hub_laptop.py DB HUB_URL LOG --index K --laptops N --seconds S --settle T`

It opens its SQLite file, runs one hub round, prints `READY` and waits for a line on
stdin: the wall-clock time to start at. From then on a scanner thread checks in one of
its own visitors every 0.5 s (2 per second) and captures a lead for its manufacturer
every `--lead-every` seconds, each in a transaction of its own; the main thread runs
core.sync.watch.Watch (the hub's notices, changes here, the poll) until S + T seconds
after the start. Everything goes to LOG as JSON lines:

- `{"k": "c", "id", "t"}` a change committed here (check-in or lead interaction), wall time;
- `{"k": "a", "id", "t"}` another laptop's change found here after a round, wall time;
- `{"k": "r", "t", "s", "ok", "why", "pushed", "pulled"}` a round and its duration.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any, TextIO

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from sqlalchemy import literal_column, select, text  # noqa: E402

from booth_app.core.checkin.rules import check_in  # noqa: E402
from booth_app.core.leads.capture import capture_for_visitor  # noqa: E402
from booth_app.core.sync.hub import HubSession  # noqa: E402
from booth_app.core.sync.watch import Watch, WatchRound  # noqa: E402
from booth_app.storage.database import Database  # noqa: E402
from booth_app.storage.models import Checkin, Exhibitor, LeadInteraction, Visitor  # noqa: E402

TRACKED = ("checkin", "lead_interaction")


class Log:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.lock = threading.Lock()

    def write(self, **fields: Any) -> None:
        with self.lock:
            self.out.write(json.dumps(fields) + "\n")


def newest_id(session: Any, model: Any) -> str:
    column = literal_column(f"{model.__tablename__}.rowid")
    return str(session.scalar(select(model.id).order_by(column.desc()).limit(1)))


def scanner(db: Database, log: Log, args: argparse.Namespace, start: float,
            stop: threading.Event) -> None:
    with db.reader() as session:
        everyone = session.scalars(select(Visitor).where(Visitor.deleted.is_(False))
                                   .order_by(Visitor.id)).all()
        mine = [(v.id, v.code) for v in everyone[args.index::args.laptops]]
        exhibitors = session.scalars(select(Exhibitor).where(Exhibitor.deleted.is_(False))
                                     .order_by(Exhibitor.code)).all()
        exhibitor_id = exhibitors[args.index % len(exhibitors)].id
    n = 0
    next_lead = start + args.lead_every
    while not stop.is_set():
        due = start + n * 0.5
        wait = due - time.time()
        if wait > 0 and stop.wait(wait):
            break
        _visitor, code = mine[n % len(mine)]
        with db.session() as session:
            result = check_in(session, code)
            row = newest_id(session, Checkin) if result.recorded else None
        if row is not None:
            log.write(k="c", id=row, t=time.time())
        if time.time() >= next_lead:
            next_lead += args.lead_every
            with db.session() as session:
                exhibitor = session.get(Exhibitor, exhibitor_id)
                visitor = session.get(Visitor, mine[(n // 2) % len(mine)][0])
                capture_for_visitor(session, exhibitor, visitor)
                row = newest_id(session, LeadInteraction)
            log.write(k="c", id=row, t=time.time())
        n += 1


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("hub")
    parser.add_argument("log")
    parser.add_argument("--index", type=int, required=True)
    parser.add_argument("--laptops", type=int, required=True)
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--settle", type=float, default=15)
    parser.add_argument("--lead-every", type=float, default=2.0)
    parser.add_argument("--poll", type=float, default=10)
    args = parser.parse_args()

    db = Database(args.db)
    session = HubSession(db, args.hub, timeout_s=5)
    session.round()  # joined: the device row goes up, the hub's news comes down
    session.close()
    seen: dict[str, int] = {}
    with db.engine.connect() as conn:
        for table in TRACKED:
            seen[table] = int(conn.execute(text(f"SELECT max(rowid) FROM {table}")).scalar() or 0)
    print("READY", flush=True)
    start = float(sys.stdin.readline())

    with open(args.log, "w", encoding="utf-8") as out:
        log = Log(out)
        stop = threading.Event()
        time.sleep(max(0.0, start - time.time()))
        thread = threading.Thread(target=scanner, args=(db, log, args, start, stop), daemon=True)
        thread.start()
        watch = Watch(db, args.hub, poll_s=args.poll, timeout_s=5, max_backoff_s=5)

        def arrivals() -> None:
            now = time.time()
            with db.engine.connect() as conn:
                for table in TRACKED:
                    for rowid, row_id in conn.execute(text(
                            f"SELECT rowid, id FROM {table} WHERE rowid > :seen "
                            "AND device_id != :me"), {"seen": seen[table], "me": db.device_id}):
                        seen[table] = max(seen[table], rowid)
                        log.write(k="a", id=row_id, t=now)

        def on_round(one: WatchRound) -> None:
            result = one.result
            log.write(k="r", t=time.time(), ok=result is not None, why=one.reason,
                      s=result.seconds if result is not None else None,
                      pushed=result.pushed if result else 0, pulled=result.pulled if result else 0)
            if result is not None and result.pulled:
                arrivals()

        def scanning_over() -> bool:
            if not stop.is_set() and time.time() >= start + args.seconds:
                stop.set()
            return False

        profile = os.environ.get("HUB_LAPTOP_PROFILE")  # cProfile laptop 0's watch thread
        profiler = cProfile.Profile() if profile and args.index == 0 else None
        try:
            if profiler is not None:
                profiler.enable()
            watch.run(on_round, seconds=args.seconds + args.settle + (start - time.time()),
                      stop=scanning_over)
        finally:
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(str(profile))
            stop.set()
            thread.join(timeout=10)
            watch.close()
        arrivals()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
