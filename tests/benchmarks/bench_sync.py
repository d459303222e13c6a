"""Sync by bundle (issue 7): 50,000 changes exported on one laptop and imported on another.

Laptop A (a fresh event with two manufacturers) holds 50,000 changes written offline:
25,000 walk-ins, 15,000 check-ins and 10,000 leads, inserted in bulk with the
session's own stamps. Laptop B joined from A's setup bundle.

- `sync_bundle_50k_s`: `export_changes` on A (passphrase-encrypted bundle) plus
  `import_changes` on B, wall time (budget 10 s).
- `sync_reimport_s`: importing the same bundle into B again (budget 1 s); it must
  apply nothing, else the entry reports an error.
"""

from __future__ import annotations

import shutil
import time
from datetime import date
from pathlib import Path
from typing import Any

from booth_benchmarks import Context, benchmark, entry  # type: ignore[import-not-found]

VISITORS, CHECKINS, LEADS = 25_000, 15_000, 10_000
PASS = "benchmark passphrase"


def _laptop(folder: Path, name: str) -> Any:
    from booth_app.storage.database import Database

    return Database(folder / f"{name}.sqlite")


def _fill(db: Any) -> None:
    from sqlalchemy import insert, select

    from booth_app.core.badges.codes import new_code
    from booth_app.core.events import create_event
    from booth_app.core.exhibitors.manufacturers import add_exhibitor
    from booth_app.storage.ids import new_id
    from booth_app.storage.models import Checkin, CheckinPoint, Lead, Visitor

    with db.session() as session:
        event = create_event(session, name="Sync Fair", start=date(2027, 1, 27),
                             end=date(2027, 1, 30), timezone="Asia/Dubai")
        exhibitors = [add_exhibitor(session, code=c, name=f"PT {c}").id for c in ("ALFA", "BETA")]
        event_id = event.id
        point = session.scalar(select(CheckinPoint.id))
    codes: set[str] = set()
    while len(codes) < VISITORS:
        codes.add(new_code())
    visitors = [{"id": new_id(), "event_id": event_id, "code": code, "name": f"Visitor {i}",
                 "email": f"v{i}@example.id", "sort_name": f"visitor {i}",
                 "search_text": f"visitor {i}", **db.stamp()}
                for i, code in enumerate(sorted(codes))]
    checkins = [{"id": new_id(), "visitor_id": visitors[i % VISITORS]["id"], "point_id": point,
                 "status": "ok", **db.stamp()} for i in range(CHECKINS)]
    leads = [{"id": new_id(), "exhibitor_id": exhibitors[i % 2],
              "visitor_id": visitors[i // 2]["id"], **db.stamp()} for i in range(LEADS)]
    with db.session() as session:
        session.execute(insert(Visitor), visitors)
        session.execute(insert(Checkin), checkins)
        session.execute(insert(Lead), leads)


@benchmark("sync_bundle", entries={"sync_bundle_50k_s": ("s", 10.0),
                                   "sync_reimport_s": ("s", 1.0)})
def bench_sync(ctx: Context, folder: Path) -> dict[str, Any]:
    from booth_app.core.sync.bundle import (
        export_changes,
        export_setup,
        import_changes,
        import_setup,
    )

    template = folder / "template.sqlite"
    _laptop(folder, "template").dispose()
    shutil.copyfile(template, folder / "a.sqlite")
    a = _laptop(folder, "a")
    _fill(a)
    shutil.copyfile(template, folder / "b.sqlite")
    b = _laptop(folder, "b")
    export_setup(a, folder / "setup.bundle", passphrase=PASS)
    import_setup(b, folder / "setup.bundle", passphrase=PASS)
    ctx.log(f"sync: {VISITORS + CHECKINS + LEADS} changes written on laptop A")

    bundle = folder / "a-to-b.bundle"
    start = time.perf_counter()
    sent = export_changes(a, bundle, passphrase=PASS, destination="b")
    exported = time.perf_counter() - start
    first = import_changes(b, bundle, passphrase=PASS)
    total = time.perf_counter() - start
    start = time.perf_counter()
    again = import_changes(b, bundle, passphrase=PASS)
    reimport = time.perf_counter() - start
    a.dispose()
    b.dispose()
    size_mb = bundle.stat().st_size / 1e6
    result = {
        "sync_bundle_50k_s": entry(total, "s", 10.0, export_s=round(exported, 3),
                                   rows=sent["rows"], applied=first.applied,
                                   bundle_mb=round(size_mb, 2)),
        "sync_reimport_s": entry(reimport, "s", 1.0, applied=again.applied,
                                 skipped=again.skipped),
    }
    if first.applied < VISITORS + CHECKINS + LEADS:
        result["sync_bundle_50k_s"]["error"] = f"only {first.applied} rows applied"
        result["sync_bundle_50k_s"]["ok"] = False
    if again.applied:
        result["sync_reimport_s"]["error"] = f"the second import applied {again.applied} rows"
        result["sync_reimport_s"]["ok"] = False
    return result
