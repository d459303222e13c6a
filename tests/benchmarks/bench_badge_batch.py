"""Whole-process badge batches: `booth badges render --all` and `booth badges print --all`
for 1,000 visitors, beside a naive reportlab + qrcode script in the same run.

DESIGN.md budget: at least 2.5x faster than the naive script, whole processes. Each
figure is a process timed from outside (wall clock from the spawn to its exit, best of
N rounds after one untimed warm-up of each, so both find the OS file cache and the
compiled bytecode warm): interpreter start, imports, fonts, database, issuing and the
PDF all count. `cpu_s` beside each figure is the process's CPU time (user + system,
best round), steadier than the wall clock on a shared machine.

- ours: `python -m booth_app --db COPY badges render --all --out F.pdf` on a fresh copy
  of a database made by `booth demo --visitors 1000` (exactly 1,000 live visitors);
- naive: NAIVE_SCRIPT in its own process: reads the same 1,000 visitors with sqlite3,
  registers the two Noto Sans fonts with reportlab, and per visitor makes a PNG QR with
  `qrcode` (a 22-character signed token, like ours), places it with `drawImage` and
  writes the event, name, organisation and code with `drawString`, one page per badge.

Two benchmarks (badge_batch_render, badge_batch_print) share one demo database per run.
`badges_render_all_s`: value = our seconds, baseline = naive seconds, `speedup` =
naive / ours; the budget in seconds is naive / 2.5 of this run, so `ok` is
`speedup >= 2.5`. `badges_print_all_s` does the same through the real CUPS queue
Booth_PDF (`booth badges print --all --printer Booth_PDF`, against the naive script
followed by `lp`), timed to the job accepted; before the next round each job is waited
for and cups-pdf's output file removed. Without that queue the entry is an error.
--quick: one round each and no warm-up (print 1 instead of 2), still 1,000 visitors.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from booth_benchmarks import REPO, Context, benchmark, entry  # type: ignore[import-not-found]

VISITORS = 1_000
SPEEDUP = 2.5
ROUNDS, QUICK_ROUNDS = 3, 1
PRINT_ROUNDS, QUICK_PRINT_ROUNDS = 2, 1
QUEUE = "Booth_PDF"
PROCESS_TIMEOUT_S = 900
JOB_TIMEOUT_S = 900

NAIVE_SCRIPT = r'''
"""A naive badge batch: reportlab canvas + a qrcode PNG per badge, one page per badge."""
import hashlib
import hmac
import sqlite3
import subprocess
import sys

import qrcode
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

db, out, font_dir = sys.argv[1:4]
queue = sys.argv[4] if len(sys.argv) > 4 else ""
conn = sqlite3.connect(db)
event_id, event_name, secret = conn.execute(
    "SELECT id, name, badge_secret FROM event WHERE deleted = 0 LIMIT 1").fetchone()
rows = conn.execute(
    "SELECT code, name, organization FROM visitor WHERE event_id = ? AND deleted = 0 "
    "AND merged_into_id IS NULL ORDER BY sort_name, id", (event_id,)).fetchall()
conn.close()
for name in ("NotoSans-Regular", "NotoSans-Bold"):
    pdfmetrics.registerFont(TTFont(name, f"{font_dir}/{name}.ttf"))
canvas = Canvas(out, pagesize=(85.6 * mm, 54 * mm))
for code, name, organization in rows:
    mac = hmac.new(secret, f"{event_id}|{code}|1".encode(), hashlib.sha256).hexdigest()
    token = "BT01" + code + mac[:10].upper()
    image = qrcode.make(token).get_image()
    canvas.drawImage(ImageReader(image), 58 * mm, 12 * mm, 24 * mm, 24 * mm)
    canvas.setFont("NotoSans-Regular", 7)
    canvas.drawString(4 * mm, 48 * mm, event_name or "")
    canvas.setFont("NotoSans-Bold", 16)
    canvas.drawString(4 * mm, 36 * mm, name or "")
    canvas.setFont("NotoSans-Regular", 9)
    canvas.drawString(4 * mm, 26 * mm, organization or "")
    canvas.drawString(60 * mm, 8 * mm, f"{code[:4]}-{code[4:]}")
    canvas.showPage()
canvas.save()
if queue:
    done = subprocess.run(["lp", "-d", queue, "-t", f"Naive badges ({len(rows)})", out],
                          capture_output=True, text=True, check=True)
    print(done.stdout.strip())
'''


def _env(folder: Path) -> dict[str, str]:
    """The app's environment, with this laptop's settings, logs and backups kept out."""
    env = dict(os.environ)
    env.pop("BOOTH_DB", None)
    env.update(
        PYTHONPATH=os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p),
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_STATE_HOME=str(folder / "state"),
        XDG_CACHE_HOME=str(folder / "cache"),
    )
    return env


class _Timed:
    """One process: wall seconds from spawn to exit, CPU seconds (user + system, its own
    children included), stdout."""

    def __init__(self, wall: float, cpu: float, out: str) -> None:
        self.wall, self.cpu, self.out = wall, cpu, out


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(cmd: list[str], folder: Path) -> _Timed:
    """Run one process to its end; a failed one raises."""
    cpu = _cpu_of_children()
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=REPO, env=_env(folder), capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=PROCESS_TIMEOUT_S,
                          check=False)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:6])} ... exited {done.returncode}: "
                           f"{(done.stderr or done.stdout).strip()[-400:]}")
    return _Timed(wall, _cpu_of_children() - cpu, done.stdout)


def _booth(*args: str) -> list[str]:
    return [sys.executable, "-m", "booth_app", *args]


def _source(ctx: Context, folder: Path) -> Path:
    """`booth demo --visitors 1000` into a file (once per run), its WAL folded in, with
    exactly 1,000 live visitors. Never written to: every process gets a copy."""
    source = ctx.root / "_cache" / "badge_batch.sqlite"
    if source.exists():
        return source
    source.parent.mkdir(parents=True, exist_ok=True)
    ctx.log(f"  booth demo --visitors {VISITORS} ...")
    made = folder / "demo.sqlite"
    _run(_booth("--db", str(made), "demo", "--visitors", str(VISITORS)), folder)
    conn = sqlite3.connect(made)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        live = conn.execute("SELECT count(*) FROM visitor WHERE deleted = 0 "
                            "AND merged_into_id IS NULL").fetchone()[0]
    finally:
        conn.close()
    for suffix in ("-wal", "-shm", ".lock"):
        Path(str(made) + suffix).unlink(missing_ok=True)
    if live != VISITORS:
        raise RuntimeError(f"the demo database has {live} live visitors, not {VISITORS}")
    shutil.move(made, source)
    return source


def _copy(source: Path, folder: Path, name: str) -> Path:
    dest = folder / name
    for suffix in ("-wal", "-shm", ".lock"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, dest)
    return dest


class _Batch:
    """The two processes, each on a fresh copy of the source database."""

    def __init__(self, source: Path, folder: Path) -> None:
        self.source, self.folder = source, folder
        self.script = folder / "naive_badges.py"
        self.script.write_text(NAIVE_SCRIPT, encoding="utf-8")
        self.fonts = REPO / "resources" / "fonts"

    def ours_render(self) -> _Timed:
        db = _copy(self.source, self.folder, "ours.sqlite")
        done = _run(_booth("--json", "--db", str(db), "badges", "render", "--all",
                           "--out", str(self.folder / "ours.pdf")), self.folder)
        if json.loads(done.out).get("badges") != VISITORS:
            raise RuntimeError(f"booth badges render made the wrong number: {done.out}")
        return done

    def naive_render(self) -> _Timed:
        db = _copy(self.source, self.folder, "naive.sqlite")
        cmd = [sys.executable, str(self.script), str(db), str(self.folder / "naive.pdf"),
               str(self.fonts)]
        return _run(cmd, self.folder)

    def ours_print(self) -> tuple[_Timed, str]:
        db = _copy(self.source, self.folder, "ours.sqlite")
        done = _run(_booth("--json", "--db", str(db), "badges", "print", "--all",
                           "--printer", QUEUE), self.folder)
        doc = json.loads(done.out)
        if doc.get("printed") != VISITORS:
            raise RuntimeError(f"booth badges print printed the wrong number: {done.out}")
        return done, str(doc["job"])

    def naive_print(self) -> tuple[_Timed, str]:
        db = _copy(self.source, self.folder, "naive.sqlite")
        cmd = [sys.executable, str(self.script), str(db), str(self.folder / "naive.pdf"),
               str(self.fonts), QUEUE]
        done = _run(cmd, self.folder)
        match = re.search(r"request id is (\S+)", done.out)
        if match is None:
            raise RuntimeError(f"lp gave no job id: {done.out!r}")
        return done, match.group(1)


def _result(ours: list[_Timed], naive: list[_Timed], **extra: Any) -> dict[str, Any]:
    best, baseline = min(r.wall for r in ours), min(r.wall for r in naive)
    cpu, baseline_cpu = min(r.cpu for r in ours), min(r.cpu for r in naive)
    return entry(best, "s", baseline / SPEEDUP, baseline=baseline,
                 speedup=round(baseline / best, 3), speedup_budget=SPEEDUP,
                 cpu_s=round(cpu, 3), baseline_cpu_s=round(baseline_cpu, 3),
                 cpu_speedup=round(baseline_cpu / cpu, 3) if cpu else None,
                 visitors=VISITORS, runs_s=[round(r.wall, 3) for r in ours],
                 baseline_runs_s=[round(r.wall, 3) for r in naive],
                 loadavg=[round(x, 2) for x in os.getloadavg()], **extra)


def _queue_ready() -> str | None:
    """None when the Booth_PDF queue is there; else why not."""
    from booth_app.core import printing
    from booth_app.core.errors import BoothError

    try:
        printers = printing.list_printers()
    except BoothError as exc:
        return f"no print system: {exc}"
    return None if QUEUE in printers else f"there is no {QUEUE} print queue"


def _finish_job(job: str, log: Any) -> None:
    """Wait for the job to leave the queue (cups-pdf works after we stop timing), then
    remove what cups-pdf wrote for it, so a round never runs beside the previous job."""
    sys.path.insert(0, str(REPO / "tests"))
    from cups_pdf import cups_pdf_output_dir  # type: ignore[import-not-found]

    from booth_app.core import printing

    start = time.perf_counter()
    if not printing.wait_for_job(job, timeout=JOB_TIMEOUT_S):
        log(f"  job {job} still not completed after {JOB_TIMEOUT_S} s")
        return
    log(f"  job {job} completed {time.perf_counter() - start:.0f} s after it was accepted")
    number = job.rsplit("-", 1)[-1]
    out_dir = cups_pdf_output_dir()
    for path in out_dir.glob(f"*job_{number}*.pdf") if out_dir.exists() else []:
        path.unlink(missing_ok=True)


def _log_round(ctx: Context, what: str, ours: _Timed, naive: _Timed) -> None:
    ctx.log(f"  {what}: ours {ours.wall:.2f} s (cpu {ours.cpu:.2f}), "
            f"naive {naive.wall:.2f} s (cpu {naive.cpu:.2f}), load {os.getloadavg()[0]:.2f}")


@benchmark("badge_batch_render", entries={"badges_render_all_s": ("s", None)})
def bench_badge_batch_render(ctx: Context, folder: Path) -> dict[str, Any]:
    """`booth badges render --all` for 1,000 visitors against the naive script."""
    batch = _Batch(_source(ctx, folder), folder)
    if not ctx.quick:  # --quick checks the runner (the suite's smoke test), not the figures
        ctx.log("  warm-up: one run of each ...")
        batch.ours_render()
        batch.naive_render()
    rounds = QUICK_ROUNDS if ctx.quick else ROUNDS
    ours, naive = [], []
    for number in range(rounds):
        ours.append(batch.ours_render())
        naive.append(batch.naive_render())
        _log_round(ctx, f"round {number + 1}/{rounds}", ours[-1], naive[-1])
    return {"badges_render_all_s": _result(
        ours, naive, pdf_kb=round((folder / "ours.pdf").stat().st_size / 1024),
        baseline_pdf_kb=round((folder / "naive.pdf").stat().st_size / 1024))}


@benchmark("badge_batch_print", entries={"badges_print_all_s": ("s", None)})
def bench_badge_batch_print(ctx: Context, folder: Path) -> dict[str, Any]:
    """`booth badges print --all` for 1,000 visitors through Booth_PDF, against the naive
    script and `lp`; an error entry when there is no such queue."""
    reason = _queue_ready()
    if reason:
        return {"badges_print_all_s": entry(None, "s", None, error=reason, visitors=VISITORS)}
    batch = _Batch(_source(ctx, folder), folder)
    rounds = QUICK_PRINT_ROUNDS if ctx.quick else PRINT_ROUNDS
    ours, naive = [], []
    for number in range(rounds):
        done, job = batch.ours_print()
        ours.append(done)
        _finish_job(job, ctx.log)
        done, job = batch.naive_print()
        naive.append(done)
        _finish_job(job, ctx.log)
        _log_round(ctx, f"print round {number + 1}/{rounds}", ours[-1], naive[-1])
    return {"badges_print_all_s": _result(ours, naive, printer=QUEUE)}
