#!/usr/bin/env python
"""Booth benchmarks: measure the budgets of DESIGN.md ("Budgets") and report them.

    python tests/benchmarks/run.py [--quick] [--json] [--only NAME ...] [--list]

With --json, exactly one JSON object goes to stdout:

    {"<name>": {"value": x, "unit": "ms"|"s"|"MB"|"/s", "budget": b, "ok": bool, ...},
     ..., "_meta": {...}}

Entries with a raw baseline measured in the same run also carry "baseline" and
"ratio" (value / baseline). Informational entries have "budget": null and "ok": null.
A benchmark that could not run (e.g. the window is not there yet) has "value": null
and an "error" string. Progress goes to stderr.

The exit status is 0 even when a budget is missed (this reports; it does not judge);
it is 1 only when a benchmark crashed.

Adding a benchmark: write a function `(ctx: Context, folder: Path) -> dict[str, dict]`
returning one or more entries (build them with `entry()`), and decorate it with
`@benchmark("name", entries=(...))`. `folder` is a fresh, empty temp folder of its
own; `ctx.demo_db(folder)` gives a private copy of the demo database (250,000
visitors, 20,000 with --quick), generated once per run.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import queue
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

FULL_VISITORS = 250_000
QUICK_VISITORS = 20_000
READY_TIMEOUT_S = 60.0
READY_PREFIX = "BOOTH_READY "

Entry = dict[str, Any]
BenchFunc = Callable[["Context", Path], dict[str, Entry]]


# -- entries --------------------------------------------------------------------------------


def entry(
    value: float | None,
    unit: str,
    budget: float | None,
    *,
    baseline: float | None = None,
    error: str | None = None,
    **extra: Any,
) -> Entry:
    """One reported figure. Units "/s" are better when higher, the others when lower
    ("count": things that should not happen, e.g. changes lost)."""
    assert unit in ("ms", "s", "MB", "/s", "count"), unit
    result: Entry = {"value": _round(value), "unit": unit, "budget": budget}
    if value is None or budget is None:
        result["ok"] = None if budget is None and value is not None else False
    elif unit == "/s":
        result["ok"] = bool(value >= budget)
    else:
        result["ok"] = bool(value <= budget)
    if baseline is not None:
        result["baseline"] = _round(baseline)
        result["ratio"] = round(value / baseline, 3) if value is not None and baseline else None
    if error is not None:
        result["error"] = error
    result.update(extra)
    return result


def error_entry(unit: str, budget: float | None, message: str, **extra: Any) -> Entry:
    return entry(None, unit, budget, error=message, **extra)


def _round(value: float | None, digits: int = 3) -> float | None:
    if value is None:
        return None
    return round(float(value), digits)


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile (pct in 0..100) of a non-empty list."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


# -- registry -------------------------------------------------------------------------------


@dataclass
class Benchmark:
    name: str
    func: BenchFunc
    entries: tuple[str, ...]
    # (unit, budget) per entry, so a crash still reports every entry it would have made.
    shapes: dict[str, tuple[str, float | None]]


BENCHMARKS: dict[str, Benchmark] = {}


def benchmark(
    name: str, *, entries: dict[str, tuple[str, float | None]] | None = None
) -> Callable[[BenchFunc], BenchFunc]:
    """Register a benchmark. `entries` maps each reported name to (unit, budget)."""

    def register(func: BenchFunc) -> BenchFunc:
        shapes = entries or {}
        BENCHMARKS[name] = Benchmark(name, func, tuple(shapes) or (name,), dict(shapes))
        return func

    return register


# -- shared state of one run ------------------------------------------------------------------


@dataclass
class Context:
    quick: bool
    root: Path
    visitors: int
    log: Callable[[str], None]
    _demo_path: Path | None = None
    _demo_info: dict[str, Any] = field(default_factory=dict)
    fill_entry: Entry | None = None

    def demo_source(self) -> Path:
        """The run's cached demo database (generated on first use; never modify it)."""
        if self._demo_path is None:
            self._demo_path = self._make_demo()
        return self._demo_path

    def demo_db(self, folder: Path) -> Path:
        """A private copy of the demo database in `folder`, free to be written to."""
        source = self.demo_source()
        dest = folder / "booth.sqlite"
        shutil.copyfile(source, dest)
        return dest

    @property
    def demo_info(self) -> dict[str, Any]:
        self.demo_source()
        return self._demo_info

    def _make_demo(self) -> Path:
        from booth_app.core.demo.pavilion import create_demo
        from booth_app.storage.database import Database

        cache = self.root / "_cache"
        cache.mkdir(parents=True, exist_ok=True)
        path = cache / "demo.sqlite"
        self.log(f"generating the demo database with {self.visitors:,} visitors ...")
        start = time.perf_counter()
        db = Database(path)
        opened = time.perf_counter()
        with db.session() as session:
            counts = create_demo(session, db.stamp(), self.visitors)
        filled = time.perf_counter()
        db.dispose()
        # Fold the WAL into the file so copies are complete and self-contained.
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
        for suffix in ("-wal", "-shm", ".lock"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        size_mb = path.stat().st_size / 2**20
        self._demo_info = {"counts": counts, "file_mb": round(size_mb, 1)}
        self.fill_entry = entry(
            filled - opened,
            "s",
            None,
            visitors=self.visitors,
            create_db_s=_round(opened - start),
            file_mb=round(size_mb, 1),
            rows=counts,
        )
        self.log(f"  demo database: {filled - opened:.1f} s, {size_mb:.0f} MB")
        return path


# -- raw baselines --------------------------------------------------------------------------

VISITOR_COLUMNS = (
    "id",
    "event_id",
    "code",
    "name",
    "given_name",
    "family_name",
    "organization",
    "job_title",
    "email",
    "phone",
    "country",
    "category",
    "consent",
    "external_id",
    "source",
    "notes",
    "sort_name",
    "search_text",
    "created_at",
    "updated_at",
    "device_id",
    "hlc",
    "deleted",
)


def visitor_shaped_rows(count: int = 100_000, *, seed: int = 7) -> list[tuple[Any, ...]]:
    """`count` deterministic rows shaped like the `visitor` table (VISITOR_COLUMNS order).

    Plain Python values (str, int), with field lengths like the demo's, so the same rows
    can be written to a CSV for the import benchmark and inserted raw for its baseline.
    """
    rng = random.Random(seed)
    given = ["Mohammed", "Ahmed", "Siti", "Budi", "James", "Priya", "Wei", "José", "Fatima"]
    family = ["Al Hashimi", "Santoso", "Smith", "Sharma", "Wang", "Müller", "Al Mansoori"]
    orgs = [
        "Palm Crescent Specialist Hospital",
        "Najd Horizon Medical City",
        "Sandstone Medical Trading LLC",
        "Ministry of Health",
        "Muscat Hillside Hospital",
    ]
    titles = ["Procurement Manager", "Head of Radiology", "Chief Medical Officer", "Buyer"]
    alphabet = "23456789BCDFGHJKLNPRSTVX"
    stamp = "2027-01-25 08:00:00.000000"
    rows = []
    for number in range(count):
        first, last = rng.choice(given), rng.choice(family)
        name = f"{first} {last}"
        org = rng.choice(orgs)
        code = "".join(rng.choices(alphabet, k=8))
        email = f"{first.lower()}.{last.lower().replace(' ', '')}{number}@mail.example"
        phone = f"+971 5{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        rows.append(
            (
                f"{rng.getrandbits(128):032x}",
                "0" * 32,
                code,
                name,
                first,
                last,
                org,
                rng.choice(titles),
                email,
                phone,
                "AE",
                "hospital/clinic",
                1,
                f"AH27-{number + 1:06d}",
                "import",
                "",
                name.casefold(),
                f"{name} | {org} | {email} | {code} | {phone}".casefold(),
                stamp,
                stamp,
                "1" * 32,
                f"{number:013d}.00000.{'1' * 32}",
                0,
            )
        )
    return rows


def raw_sqlite_insert_100k(path: Path, rows: Iterable[tuple[Any, ...]] | None = None) -> float:
    """The raw baseline for importing visitors: plain sqlite3 `executemany`.

    Creates a fresh file at `path` (which must not exist) with one plain table of the
    visitor's columns (VISITOR_COLUMNS, TEXT/INTEGER, primary key on `id`, no other
    index, no trigger), then inserts `rows` (default: `visitor_shaped_rows(100_000)`)
    with a single `executemany` in one transaction and commits, with SQLite's default
    durability (rollback journal, synchronous=FULL). Returns the seconds from the
    connect to the commit; building the rows is not timed.
    """
    if path.exists():
        raise FileExistsError(path)
    data = list(rows) if rows is not None else visitor_shaped_rows(100_000)
    integer = {"consent", "deleted"}
    columns = ", ".join(
        f"{c} {'INTEGER' if c in integer else 'TEXT'}{' PRIMARY KEY' if c == 'id' else ''}"
        for c in VISITOR_COLUMNS
    )
    marks = ", ".join("?" for _ in VISITOR_COLUMNS)
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"CREATE TABLE visitor ({columns})")
        with conn:
            conn.executemany(f"INSERT INTO visitor VALUES ({marks})", data)
    finally:
        conn.close()
    return time.perf_counter() - start


# -- search as you type -----------------------------------------------------------------------


def typed(text: str, *, start: int = 1) -> list[str]:
    """Every prefix a user produces typing `text` one character at a time."""
    return [text[:i] for i in range(start, len(text) + 1)]


def search_queries(db_path: Path) -> list[str]:
    """Realistic keystroke-by-keystroke queries, built from the data in the database."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:

        def one(sql: str, *args: Any, default: str = "") -> str:
            row = conn.execute(sql, args).fetchone()
            return str(row[0]) if row and row[0] is not None else default

        total = conn.execute("SELECT count(*) FROM visitor").fetchone()[0]
        middle = max(0, total // 2)
        arab = one(
            "SELECT name FROM visitor WHERE name LIKE 'Mohammed Al %' ORDER BY rowid LIMIT 1",
            default="Mohammed Al Hashimi",
        )
        indonesian = one(
            "SELECT name FROM visitor WHERE name LIKE 'Siti %' ORDER BY rowid LIMIT 1",
            default="Siti Rahayu",
        )
        han = one(
            "SELECT name FROM visitor WHERE name LIKE '王%' ORDER BY rowid LIMIT 1", default="王伟"
        )
        arabic = one(
            "SELECT name FROM visitor WHERE name LIKE 'محمد %' ORDER BY rowid LIMIT 1",
            default="محمد الهاشمي",
        )
        hindi = one(
            "SELECT given_name FROM visitor WHERE name LIKE 'प्रिया%' ORDER BY rowid LIMIT 1",
            default="प्रिया",
        )
        org = one(
            "SELECT organization FROM visitor WHERE organization LIKE '% Hospital' "
            "ORDER BY rowid LIMIT 1",
            default="Palm Crescent Specialist Hospital",
        )
        code, phone = conn.execute(
            "SELECT code, phone FROM visitor ORDER BY rowid LIMIT 1 OFFSET ?", (middle,)
        ).fetchone() or ("7JF8B9JC", "+971 50 123 4567")
        email = one(
            "SELECT email FROM visitor WHERE rowid >= ? AND email LIKE '%.%@%' "
            "ORDER BY rowid LIMIT 1",
            middle,
            default="mohammed.alhashimi1@mail.example",
        )
    finally:
        conn.close()

    printed = f"{code[:4]}-{code[4:]}"
    digits = "".join(ch for ch in phone if ch.isdigit())
    org_words = org.split()
    queries: list[str] = []
    queries += typed(arab.lower())  # m, mo, moh, moha, ..., mohammed a, mohammed al ...
    queries += typed("al hos")  # al, al h, al ho, al hos
    queries += typed("hospital")
    queries += typed(" ".join(org_words[:2]).lower())  # a real organisation, typed
    queries += typed(indonesian.lower())
    queries += [*typed("jose m"), "josé", "muller", "müller"]
    queries += [han[:1], han]  # Chinese arrives whole characters from the IME
    queries += [*typed(arabic.split()[0]), arabic]
    queries += [hindi[:2], hindi]
    queries += [*typed(email.split("@")[0], start=3)[::2], email]  # e-mail, every other key
    queries += ["@mail", "mail.example", "@" + email.split("@")[1]]
    queries += [*typed(printed, start=2), code, code.lower()]  # code read off a badge
    queries += [digits[-7:], digits[-4:]]  # phone fragments
    queries += ["xq", "zzzz", "qwertyuiop", "mohammedx", "nobody@nowhere.example", "9X9X-9X9X"]
    return list(dict.fromkeys(q for q in queries if q.strip()))


def _timed(
    db: Any, queries: list[str], call: Callable[[Any, str], Any], rounds: int
) -> tuple[list[float], dict[str, list[float]], dict[str, Any]]:
    """Each query in a fresh reader session; one warm-up round, then `rounds` timed."""
    per_query: dict[str, list[float]] = {q: [] for q in queries}
    results: dict[str, Any] = {}
    for round_no in range(rounds + 1):
        for q in queries:
            start = time.perf_counter()
            with db.reader() as session:
                got = call(session, q)
            elapsed = (time.perf_counter() - start) * 1000
            if round_no:
                per_query[q].append(elapsed)
            else:
                results[q] = got
    samples = [ms for values in per_query.values() for ms in values]
    return samples, per_query, results


def _latency_entry(
    samples: list[float],
    per_query: dict[str, list[float]],
    shown: dict[str, int],
    budget: float,
    rounds: int,
) -> Entry:
    slowest = sorted(per_query, key=lambda q: statistics.median(per_query[q]), reverse=True)
    return entry(
        percentile(samples, 95),
        "ms",
        budget,
        p50=_round(percentile(samples, 50)),
        p95=_round(percentile(samples, 95)),
        p99=_round(percentile(samples, 99)),
        max=_round(max(samples)),
        queries=len(per_query),
        samples=len(samples),
        rounds=rounds,
        over_budget=sum(1 for q in per_query if statistics.median(per_query[q]) > budget),
        slowest=[
            {"q": q, "median_ms": _round(statistics.median(per_query[q])), "rows": shown[q]}
            for q in slowest[:8]
        ],
    )


@benchmark("demo_fill_250k", entries={"demo_fill_250k": ("s", None)})
def bench_demo_fill(ctx: Context, folder: Path) -> dict[str, Entry]:
    """Informational: create_demo() of 250,000 visitors in one session (and commit)."""
    ctx.demo_source()
    assert ctx.fill_entry is not None
    return {"demo_fill_250k": ctx.fill_entry}


@benchmark(
    "visitor_search",
    entries={"visitor_search_p95": ("ms", 20.0), "visitor_count_p95": ("ms", 20.0)},
)
def bench_visitor_search(ctx: Context, folder: Path) -> dict[str, Entry]:
    """Search as you type: search_visitors(limit=50) and count_visitors per keystroke."""
    from booth_app.core.visitors.register import count_visitors, search_visitors
    from booth_app.storage.database import Database

    path = ctx.demo_db(folder)
    queries = search_queries(path)
    rounds = 2 if ctx.quick else 3
    db = Database(path)
    try:
        ctx.log(f"  {len(queries)} queries x {rounds} rounds (+1 warm-up): search ...")
        samples, per_query, found = _timed(
            db, queries, lambda s, q: len(search_visitors(s, q, limit=50)), rounds
        )
        ctx.log("  ... count ...")
        c_samples, c_per_query, counts = _timed(db, queries, count_visitors, rounds)
    finally:
        db.dispose()
    search = _latency_entry(samples, per_query, found, 20.0, rounds)
    count = _latency_entry(c_samples, c_per_query, counts, 20.0, rounds)
    search["visitors"] = count["visitors"] = ctx.visitors
    search["no_match"] = [q for q in queries if found[q] == 0]
    return {"visitor_search_p95": search, "visitor_count_p95": count}


# -- start-up and memory -----------------------------------------------------------------------


@dataclass
class _Start:
    wall_s: float
    ready: dict[str, Any]
    rss_ext_mb: float | None
    exit_code: int | None


def _proc_rss_mb(pid: int) -> float | None:
    """Peak resident set (VmHWM) of a live process from /proc, when available."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _start_app(db_path: Path, folder: Path, timeout: float = READY_TIMEOUT_S) -> _Start:
    """Spawn the window on `db_path` and wait for its BOOTH_READY line."""
    env = dict(os.environ)
    env.pop("BOOTH_DB", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        BOOTH_BENCH_READY="1",
        PYTHONPATH=os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p),
        # Keep this laptop's own settings, logs and backups out of it.
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_STATE_HOME=str(folder / "state"),
        XDG_CACHE_HOME=str(folder / "cache"),
    )
    stderr_path = folder / "app-stderr.txt"
    cmd = [sys.executable, "-m", "booth_app", "--db", str(db_path), "gui"]
    lines: queue.Queue[str | None] = queue.Queue()
    with open(stderr_path, "ab") as stderr:
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd,
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
            errors="replace",
        )

        def pump() -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                lines.put(line)
            lines.put(None)

        threading.Thread(target=pump, daemon=True).start()
        deadline = start + timeout
        ready: dict[str, Any] | None = None
        wall = 0.0
        rss_ext = None
        other: list[str] = []
        while ready is None:
            left = deadline - time.perf_counter()
            try:
                line = lines.get(timeout=max(0.0, left)) if left > 0 else None
            except queue.Empty:
                line = None
            if line is None:
                break
            if line.startswith(READY_PREFIX):
                wall = time.perf_counter() - start
                rss_ext = _proc_rss_mb(proc.pid)
                try:
                    ready = json.loads(line[len(READY_PREFIX) :])
                except json.JSONDecodeError:
                    ready = {"unparsed": line.strip()}
            else:
                other.append(line.rstrip())
        try:
            code: int | None = proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            code = None
    if ready is None:
        tail = stderr_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        why = f"exited with code {code}" if code is not None else "did not quit"
        if time.perf_counter() >= deadline:
            why = f"no {READY_PREFIX.strip()} line within {timeout:.0f} s"
        detail = " | ".join((other + tail)[-6:])
        raise _AppNotReady(f"the window gave no {READY_PREFIX.strip()} line ({why}): {detail}")
    return _Start(wall, ready, rss_ext, code)


class _AppNotReady(Exception):
    pass


@benchmark("app_start", entries={"startup_s": ("s", 1.5), "memory_250k_mb": ("MB", 300.0)})
def bench_app_start(ctx: Context, folder: Path) -> dict[str, Entry]:
    """Spawn to usable window (BOOTH_READY), and its resident memory, on the demo db."""
    if not (REPO / "booth_app" / "ui" / "app.py").exists():
        msg = "booth_app/ui/app.py does not exist yet"
        return {
            "startup_s": error_entry("s", 1.5, msg),
            "memory_250k_mb": error_entry("MB", 300.0, msg),
        }
    path = ctx.demo_db(folder)
    runs = 2 if ctx.quick else 3
    starts: list[_Start] = []
    try:
        for number in range(runs + 1):  # the first is a warm-up
            got = _start_app(path, folder)
            ctx.log(f"  start {number}: {got.wall_s:.2f} s, {got.ready}")
            if number:
                starts.append(got)
    except _AppNotReady as exc:
        return {
            "startup_s": error_entry("s", 1.5, str(exc)),
            "memory_250k_mb": error_entry("MB", 300.0, str(exc)),
        }
    walls = [s.wall_s for s in starts]
    inner = [
        s.ready["in_process_s"]
        for s in starts
        if isinstance(s.ready.get("in_process_s"), (int, float))
    ]
    rss = [s.ready["rss_mb"] for s in starts if isinstance(s.ready.get("rss_mb"), (int, float))]
    ext = [s.rss_ext_mb for s in starts if s.rss_ext_mb is not None]
    shown = starts[-1].ready.get("visitors")
    common = {
        "visitors": ctx.visitors,
        "runs": runs,
        "window_visitors": shown,
        "exit_codes": [s.exit_code for s in starts],
    }
    startup = entry(
        statistics.median(walls),
        "s",
        1.5,
        runs_s=[_round(w) for w in walls],
        in_process_s=_round(statistics.median(inner)) if inner else None,
        **common,
    )
    if rss:
        memory = entry(
            max(rss), "MB", 300.0, peak_rss_mb=_round(max(ext)) if ext else None, **common
        )
    elif ext:
        memory = entry(max(ext), "MB", 300.0, source="/proc VmHWM", **common)
    else:
        memory = error_entry("MB", 300.0, "BOOTH_READY carried no rss_mb", ready=starts[-1].ready)
    return {"startup_s": startup, "memory_250k_mb": memory}


# -- running --------------------------------------------------------------------------------


def meta(quick: bool) -> dict[str, Any]:
    info: dict[str, Any] = {
        "cpu_count": os.cpu_count(),
        "machine": platform.machine(),
        "processor": platform.processor() or None,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "quick": quick,
        "visitors": QUICK_VISITORS if quick else FULL_VISITORS,
    }
    if hasattr(os, "getloadavg"):
        info["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    for module in ("sqlalchemy", "PySide6"):
        try:
            info[module] = __import__(module).__version__
        except Exception:
            info[module] = None
    return info


def _git(*args: str) -> str | None:
    try:
        out = subprocess.run(
            ["git", *args], cwd=REPO, capture_output=True, text=True, timeout=10, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.rstrip()


def select(only: list[str] | None) -> list[Benchmark]:
    """Benchmarks named (by benchmark name or by any entry name) in `only`, or all."""
    if not only:
        return list(BENCHMARKS.values())
    chosen = []
    for bench in BENCHMARKS.values():
        if bench.name in only or any(name in only for name in bench.entries):
            chosen.append(bench)
    unknown = [n for n in only if not any(n == b.name or n in b.entries for b in chosen)]
    if unknown:
        known = sorted({n for b in BENCHMARKS.values() for n in (b.name, *b.entries)})
        print(
            f"run.py: unknown benchmark {', '.join(unknown)}; known: {', '.join(known)}",
            file=sys.stderr,
        )
        raise SystemExit(2)
    return chosen


def run(benches: list[Benchmark], ctx: Context) -> tuple[dict[str, Any], bool]:
    results: dict[str, Any] = {}
    crashed = False
    for bench in benches:
        folder = Path(tempfile.mkdtemp(prefix=f"{bench.name}-", dir=ctx.root))
        ctx.log(f"{bench.name} ...")
        start = time.perf_counter()
        try:
            got = bench.func(ctx, folder)
        except Exception as exc:
            crashed = True
            trace = traceback.format_exc()
            ctx.log(trace)
            message = f"crashed: {type(exc).__name__}: {exc}"
            got = {
                name: error_entry(*bench.shapes.get(name, ("s", None)), message, crashed=True)
                for name in bench.entries
            }
        ctx.log(f"  {bench.name}: {time.perf_counter() - start:.1f} s")
        results.update(got)
        shutil.rmtree(folder, ignore_errors=True)
    if ctx.fill_entry is not None and "demo_fill_250k" not in results:
        results = {"demo_fill_250k": ctx.fill_entry, **results}
    return results, crashed


def table(results: dict[str, Any]) -> str:
    rows = [("benchmark", "value", "budget", "ok", "notes")]
    for name, got in results.items():
        if name.startswith("_"):
            continue
        unit = got.get("unit", "")
        value = "-" if got.get("value") is None else f"{got['value']:g} {unit}"
        budget = "-" if got.get("budget") is None else f"{got['budget']:g} {unit}"
        ok = {True: "ok", False: "MISSED", None: ""}[got.get("ok")]
        notes = []
        if "error" in got:
            notes.append(got["error"][:100])
            ok = "ERROR"
        for key in ("p50", "max", "baseline", "ratio", "median_s", "in_process_s", "visitors"):
            if got.get(key) is not None:
                notes.append(f"{key} {got[key]}")
        rows.append((name, value, budget, ok, ", ".join(notes)))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(r[i].ljust(widths[i]) for i in range(4)) + "  " + r[4] for r in rows]
    for name, got in results.items():
        for item in got.get("slowest", [])[:5] if isinstance(got, dict) else []:
            lines.append(f"    {name} slow: {item['q']!r} {item['median_ms']} ms ({item['rows']})")
    return "\n".join(lines)


# Benchmarks of other capabilities live beside this file as bench_*.py modules; they
# `from booth_benchmarks import benchmark, entry, Context, ...` (this module, under one
# name whether it runs as a script or is imported) and register themselves on import.
sys.modules.setdefault("booth_benchmarks", sys.modules[__name__])


def load_benchmark_modules() -> None:
    import importlib.util

    for path in sorted(Path(__file__).resolve().parent.glob("bench_*.py")):
        name = f"booth_benchmarks_{path.stem}"
        if name in sys.modules:
            continue
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)


def main(argv: list[str] | None = None) -> int:
    load_benchmark_modules()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, under a minute")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="benchmark or entry names")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder (path on stderr)")
    args = parser.parse_args(argv)
    if args.list:
        for bench in BENCHMARKS.values():
            print(f"{bench.name}: {', '.join(bench.entries)}")
        return 0
    benches = select(args.only)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    root = Path(tempfile.mkdtemp(prefix="booth-bench-"))
    ctx = Context(
        quick=args.quick,
        root=root,
        visitors=QUICK_VISITORS if args.quick else FULL_VISITORS,
        log=log,
    )
    load_at_start = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    # What is measured: the commit, and uncommitted changes to the code (work in progress).
    dirty = _git("status", "--porcelain", "--", "booth_app", "db", "resources")
    source = {
        "git": _git("rev-parse", "--short", "HEAD"),
        "uncommitted": dirty.splitlines() if dirty else [],
    }
    started = time.perf_counter()
    try:
        results, crashed = run(benches, ctx)
    finally:
        if args.keep:
            log(f"temp folder kept: {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    info = meta(args.quick)
    info["total_s"] = round(time.perf_counter() - started, 1)
    info["loadavg_at_start"] = load_at_start
    info.update(source)
    results["_meta"] = info
    if args.json:
        json.dump(results, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(table(results))
        print(
            f"\n{info['cpu_count']} CPUs, Python {info['python']}, SQLite {info['sqlite']}, "
            f"{info['total_s']} s{' (quick)' if args.quick else ''}"
        )
    sys.stdout.flush()
    return 1 if crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
