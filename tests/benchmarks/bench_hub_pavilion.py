"""Twenty laptops on one hub (DESIGN.md budgets, issue 16).

A real PostgreSQL server is started for the run. One small demo pavilion (2,000
visitors; 500 with --quick) is synced to it, then copied into one SQLite file per
laptop, each with a device identity of its own (the copy's identity is dropped, the
hub's pull cursor of the original is given to it, as if each had joined and synced).
Each laptop is a process of its own (hub_laptop.py): 2 check-ins per second and a lead
every 2 s for three minutes (12 s with --quick, 3 laptops instead of 20), while
core.sync.watch keeps it in sync (the hub's notices, changes made here, a poll every
10 s). Half-way the hub is stopped for 20 s (3 s with --quick) and started again.

- `hub_pavilion_visible_p95_s`: for every change and every other laptop, its arrival
  there (end of the round that pulled it) minus its commit (wall clock, one machine),
  p95 over the pairs; changes committed from 5 s before the hub stopped until it was
  back are left out (they wait for the hub by design: `visible_all_p95_s` has them);
- `hub_pavilion_round_p95_ms`: every laptop's successful rounds, as each timed them
  (waiting for the hub's lock included); `steady_p95_ms` leaves out the first rounds,
  which all laptops start at once, and those within 10 s after the hub came back;
- `hub_pavilion_catch_up_s`: from the hub's restart until every change committed
  before it was on every laptop;
- `hub_pavilion_lost` / `hub_pavilion_doubled`: read from every laptop's file at the end
  (after a settle): changes not on every laptop, and check-in, lead-interaction or lead
  rows beyond what was committed (a lead twice for one manufacturer and visitor).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from booth_benchmarks import (  # type: ignore[import-not-found]
    REPO,
    Context,
    benchmark,
    entry,
    percentile,
)

LAPTOPS, QUICK_LAPTOPS = 20, 3
SECONDS, QUICK_SECONDS = 180.0, 12.0
VISITORS, QUICK_VISITORS = 2000, 500
DOWN_AT, QUICK_DOWN_AT = 80.0, 5.0
DOWN_FOR, QUICK_DOWN_FOR = 20.0, 3.0
SETTLE, QUICK_SETTLE = 20.0, 12.0  # past one poll (10 s) after the last scan
DRIVER = Path(__file__).resolve().parent / "hub_laptop.py"
ENTRIES = {"hub_pavilion_visible_p95_s": ("s", 5.0), "hub_pavilion_round_p95_ms": ("ms", 200.0),
           "hub_pavilion_catch_up_s": ("s", None), "hub_pavilion_lost": ("count", 0),
           "hub_pavilion_doubled": ("count", 0)}


def count_entry(value: int | None, **extra: Any) -> dict[str, Any]:
    """Changes lost or doubled: none allowed."""
    return entry(value, "count", 0, **extra)


def make_laptop(base: Path, dest: Path, hub_url: str, base_device: str) -> str:
    """A copy of `base` with an identity of its own, known to the hub as synced."""
    from booth_app.core.sync.cursors import cursor_key, get_meta, set_meta
    from booth_app.storage.database import Database

    shutil.copyfile(base, dest)
    with sqlite3.connect(dest) as conn:
        conn.execute("DELETE FROM meta WHERE key IN "
                     "('device_id', 'device_name', 'secure_delete_since')")
    conn.close()
    laptop = Database(dest)
    device = laptop.device_id
    laptop.set_device_name(dest.stem)
    laptop.dispose()
    hub = Database(hub_url)
    try:
        with hub.engine.begin() as hconn:
            value = get_meta(hconn, cursor_key(f"laptop:{base_device}"))
            assert value is not None
            set_meta(hconn, cursor_key(f"laptop:{device}"), value)
    finally:
        hub.dispose()
    return device


def pg_ctl(cluster: Any, *args: str) -> None:
    done = cluster.run("pg_ctl", "-D", str(cluster.data), *args)
    if done.returncode != 0:
        raise RuntimeError(f"pg_ctl {args[-1]} failed: {done.stderr.strip()}")


def restart_options(cluster: Any) -> str:
    return (f"-p {cluster.port} -k {cluster.sockets} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")


def read_logs(paths: list[Path]) -> tuple[dict[str, tuple[int, float]],
                                          dict[tuple[str, int], float], list[dict[str, Any]]]:
    commits: dict[str, tuple[int, float]] = {}
    arrivals: dict[tuple[str, int], float] = {}
    rounds: list[dict[str, Any]] = []
    for k, path in enumerate(paths):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec["k"] == "c":
                commits[rec["id"]] = (k, rec["t"])
            elif rec["k"] == "a":
                arrivals.setdefault((rec["id"], k), rec["t"])
            else:
                rounds.append({**rec, "laptop": k})
    return commits, arrivals, rounds


def final_state(files: list[Path], devices: list[str],
                commits: dict[str, tuple[int, float]]) -> tuple[int, int, list[int]]:
    """(lost, doubled, rows per laptop) read from the laptops' files."""
    marks = ",".join("?" * len(devices))
    lost = doubled = 0
    held: list[int] = []
    for path in files:
        with sqlite3.connect(path) as conn:
            ids = {row[0] for table in ("checkin", "lead_interaction") for row in conn.execute(
                f"SELECT id FROM {table} WHERE device_id IN ({marks})", devices)}
            twice = conn.execute(
                "SELECT count(*) - count(DISTINCT exhibitor_id || '/' || visitor_id) FROM lead "
                "WHERE deleted = 0").fetchone()[0]
        conn.close()
        lost += len(set(commits) - ids)
        doubled += len(ids - set(commits)) + int(twice)
        held.append(len(ids))
    return lost, doubled, held


@benchmark("hub_pavilion", entries=ENTRIES)
def bench_hub_pavilion(ctx: Context, folder: Path) -> dict[str, Any]:
    tests_dir = str(REPO / "tests")
    if tests_dir not in sys.path:
        sys.path.insert(0, tests_dir)
    from conftest import _pg_bindir, _PgCluster  # type: ignore[import-not-found]

    bindir = _pg_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found")
    from booth_app.core.demo.pavilion import create_demo
    from booth_app.core.sync.hub import hub_round
    from booth_app.storage.database import Database

    quick = ctx.quick
    laptops = QUICK_LAPTOPS if quick else LAPTOPS
    seconds = QUICK_SECONDS if quick else SECONDS
    down_at, down_for = (QUICK_DOWN_AT, QUICK_DOWN_FOR) if quick else (DOWN_AT, DOWN_FOR)
    settle = QUICK_SETTLE if quick else SETTLE
    load_at_start = round(os.getloadavg()[0], 2)
    cluster = _PgCluster(bindir)
    cluster.start()
    procs: list[subprocess.Popen[str]] = []
    try:
        url = cluster.create_database("pavilion")
        base_path = folder / "base.sqlite"
        base = Database(base_path)
        with base.session() as session:
            create_demo(session, base.stamp(), QUICK_VISITORS if quick else VISITORS)
        first = hub_round(base, url, timeout_s=60)
        base_device = base.device_id
        base.dispose()
        ctx.log(f"  hub filled with {first.pushed:,} rows; making {laptops} laptops")
        files = [folder / f"laptop{k:02d}.sqlite" for k in range(laptops)]
        devices = [make_laptop(base_path, path, url, base_device) for path in files]
        logs = [folder / f"laptop{k:02d}.log" for k in range(laptops)]
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        env.pop("BOOTH_DB", None)
        for k in range(laptops):
            procs.append(subprocess.Popen(
                [sys.executable, str(DRIVER), str(files[k]), url, str(logs[k]), "--index",
                 str(k), "--laptops", str(laptops), "--seconds", str(seconds),
                 "--settle", str(settle)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=REPO))
        for proc in procs:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            if line.strip() != "READY":
                raise RuntimeError(f"a laptop did not start: {line!r}")
        start = time.time() + 1.0
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write(f"{start}\n")
            proc.stdin.flush()
        ctx.log(f"  {laptops} laptops scanning for {seconds:.0f} s; hub down at "
                f"{down_at:.0f} s for {down_for:.0f} s")
        outage: dict[str, float] = {}

        def take_hub_away() -> None:
            time.sleep(max(0.0, start + down_at - time.time()))
            outage["down"] = time.time()
            pg_ctl(cluster, "-m", "fast", "-w", "stop")
            time.sleep(max(0.0, outage["down"] + down_for - time.time()))
            pg_ctl(cluster, "-l", str(cluster.log), "-o", restart_options(cluster), "-w",
                   "start")
            outage["up"] = time.time()

        away = threading.Thread(target=take_hub_away, daemon=True)
        away.start()
        for proc in procs:
            proc.wait(timeout=seconds + settle + 300)
        away.join(timeout=60)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
        cluster.stop()
    if os.environ.get("HUB_PAVILION_LOGS"):  # the laptops' logs, kept for a look
        for path in logs:
            shutil.copy(path, Path(os.environ["HUB_PAVILION_LOGS"]) / path.name)
    commits, arrivals, rounds = read_logs(logs)
    lost, doubled, held = final_state(files, devices, commits)

    down, up = outage.get("down", float("inf")), outage.get("up", float("inf"))
    visible, visible_all, catch_up = [], [], 0.0
    for row_id, (k, committed) in commits.items():
        for other in range(laptops):
            if other == k or (row_id, other) not in arrivals:
                continue
            lag = arrivals[(row_id, other)] - committed
            visible_all.append(lag)
            if not down - 5 <= committed <= up:
                visible.append(lag)
            if committed < up:
                catch_up = max(catch_up, arrivals[(row_id, other)] - up)
    times = [r["s"] * 1000 for r in rounds if r["ok"]]
    # Without the rounds every laptop starts with at once and those right after the
    # hub came back (each catching up on the outage), for comparison.
    steady = [r["s"] * 1000 for r in rounds if r["ok"] and r["why"] != "first"
              and not down <= r["t"] <= up + 10]
    failed = sum(1 for r in rounds if not r["ok"])
    why = Counter(r["why"] for r in rounds)
    conditions = {"laptops": laptops, "seconds": seconds, "changes": len(commits),
                  "hub_down_s": round(up - down, 1) if up != float("inf") else None,
                  "cores": os.cpu_count(), "load_at_start": load_at_start,
                  "load_at_end": round(os.getloadavg()[0], 2)}
    ctx.log(f"  {len(commits):,} changes, {len(rounds):,} rounds ({failed} failed while the "
            f"hub was away; {dict(why)}), rows held per laptop {min(held, default=0)}.."
            f"{max(held, default=0)}")
    p95 = percentile(visible, 95) if visible else None
    p95_all = percentile(visible_all, 95) if visible_all else None
    return {
        "hub_pavilion_visible_p95_s": entry(
            p95, "s", 5.0, p50=round(percentile(visible, 50), 3) if visible else None,
            max=round(max(visible), 3) if visible else None, pairs=len(visible),
            visible_all_p95_s=round(p95_all, 3) if p95_all is not None else None,
            **conditions),
        "hub_pavilion_round_p95_ms": entry(
            percentile(times, 95) if times else None, "ms", 200.0,
            p50=round(percentile(times, 50), 1) if times else None,
            max=round(max(times), 1) if times else None, rounds=len(times), failed=failed,
            steady_p95_ms=round(percentile(steady, 95), 1) if steady else None,
            reasons=dict(why), **conditions),
        "hub_pavilion_catch_up_s": entry(
            catch_up if up != float("inf") else None, "s", None,
            hub_down_s=conditions["hub_down_s"]),
        "hub_pavilion_lost": count_entry(lost),
        "hub_pavilion_doubled": count_entry(doubled),
    }
