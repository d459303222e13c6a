"""The booth's lead list with 10,000 leads, in the window (issue 5: under 200 ms).

On the run's demo database one manufacturer is topped up to 10,000 leads (bulk
inserts, as bench_checkin's top-up: ratings, stages, values in four currencies,
products). The real Leads page then runs in its own process (offscreen Qt, 1166x690,
a staff member of that booth signed in), and each sample is timed to the view
painted with the result:

- load: the page reads the booth's leads again (the query, the model, the counts and
  the pipeline) and the table repaints, as after signing in or saving a lead;
- sort: a header click (name, organisation, value, rating in turn);
- filter: the rating filter set (hot, then any again);
- scroll: the table scrolled to its last row, so the next page of leads is read and
  shown (the list reads its rows a page at a time: 10,000 leads are never all read).

`lead_list_10k_ms` is the worst of the four p95s; each p95 is an extra field. The
first load of the process (SQL statements compiled, caches cold) is reported as
`first_load_ms` and is one of the load samples. `leads_listed` is how many leads the
list holds (its counts line), `rows_shown` how many rows the table had read then.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import textwrap
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from booth_benchmarks import (  # type: ignore[import-not-found]
    REPO,
    Context,
    benchmark,
    entry,
    percentile,
)

LEADS = 10_000
ROUNDS = 8
BUDGET_MS = 200.0

PAGE = textwrap.dedent(
    """
    import json, os, sys, tempfile, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, Qt
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp())
    from booth_app.ui.app import make_app
    from booth_app.storage.database import Database
    from booth_app.ui.leads.table_model import COL_NAME, COL_ORGANIZATION, COL_RATING, COL_VALUE
    from booth_app.ui.leads.page import LeadsPage
    from booth_app.ui.access.session import SignedIn, StaffSession

    path, staff_id, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    app = make_app()
    db = Database(path)
    page = LeadsPage(db, StaffSession())
    page.resize(1166, 690)
    page.show()

    def idle(seconds):
        # An event loop that lets worker threads run (QTest.qWait keeps the GIL).
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.005)

    # The window waits for someone to sign in: its idle-time work is done by then.
    from PySide6.QtCore import QThreadPool
    idle(1.5)
    deadline = time.perf_counter() + 10
    while (not page.built or QThreadPool.globalInstance().activeThreadCount()) \
            and time.perf_counter() < deadline:
        idle(0.05)
    table = page.list.table

    def painted():
        table.viewport().repaint()  # synchronous: the rows are on screen after this

    def timed(action):
        start = time.perf_counter()
        action()
        painted()
        return (time.perf_counter() - start) * 1000

    with db.reader() as session:
        who = SignedIn.of(session, staff_id)
    # Signing in reads the list for the first time (cold), then it is read again.
    load = [timed(lambda: page.staff_session.sign_in(who))]
    app.processEvents()
    rows, listed = page.list.model.rowCount(), page.list.model.matched
    for _ in range(rounds - 1):
        load.append(timed(page.load_list))
        app.processEvents()
    sort = []
    columns = [COL_NAME, COL_ORGANIZATION, COL_VALUE, COL_RATING]
    for number in range(rounds):
        column = columns[number % len(columns)]
        order = Qt.SortOrder.AscendingOrder if number % 2 else Qt.SortOrder.DescendingOrder
        sort.append(timed(lambda: table.sortByColumn(column, order)))
        app.processEvents()
    hot = page.list.rating.findData("hot")
    filtered, hot_rows = [], 0
    for _ in range(rounds):
        filtered.append(timed(lambda: page.list.rating.setCurrentIndex(hot)))
        hot_rows = page.list.model.matched
        app.processEvents()
        filtered.append(timed(lambda: page.list.rating.setCurrentIndex(0)))
        app.processEvents()
    scroll, fetched = [], page.list.model.rowCount()
    bar = table.verticalScrollBar()
    for _ in range(rounds):
        scroll.append(timed(lambda: bar.setValue(bar.maximum())))
        app.processEvents()
    fetched = page.list.model.rowCount() - fetched
    # Someone scrolled through every lead, then saves one that keeps its place (an edit
    # of its notes, say): the list checks its place and reads it again alone, with the
    # counts. (A lead that moves makes the list read every row it holds again.)
    model = page.list.model
    while model.canFetchMore():
        model.fetchMore()
    held, saved = model.rowCount(), model.rows[len(model.rows) // 2].id
    resaved = [timed(lambda: model.refresh_lead(saved)) for _ in range(rounds)]
    print(json.dumps({"rows": rows, "listed": listed, "hot_rows": hot_rows, "load": load,
                      "sort": sort, "filter": filtered, "scroll": scroll,
                      "scrolled_rows": fetched, "resaved": resaved, "held": held}),
          flush=True)
    """
)


def _top_up_booth(db: Any, count: int) -> tuple[str, str, int]:
    """One manufacturer holds `count` live leads; (its id, a staff member's id, leads)."""
    from sqlalchemy import func, insert, select

    from booth_app.storage.ids import new_id, utcnow
    from booth_app.storage.models import (
        Exhibitor,
        Lead,
        LeadInteraction,
        LeadProduct,
        Product,
        Staff,
        Visitor,
    )

    rng = random.Random(11)
    with db.session() as session:
        exhibitor_id = session.scalars(select(Exhibitor.id).order_by(Exhibitor.code)).first()
        staff = list(session.scalars(select(Staff.id).where(Staff.exhibitor_id == exhibitor_id)))
        products = list(session.scalars(select(Product.id).where(
            Product.exhibitor_id == exhibitor_id)))
        have = set(session.scalars(select(Lead.visitor_id).where(
            Lead.exhibitor_id == exhibitor_id)))
        free = [v for v in session.scalars(select(Visitor.id)) if v not in have]
        rng.shuffle(free)
        stamp, now = db.stamp(), utcnow()
        leads, interactions, ticks = [], [], []
        for visitor_id in free[:max(0, count - len(have))]:
            lead_id = new_id()
            at = now - timedelta(minutes=rng.randint(5, 3 * 24 * 60))
            valued = rng.random() < 0.3
            by = rng.choice(staff)
            leads.append({**stamp, "id": lead_id, "exhibitor_id": exhibitor_id,
                          "visitor_id": visitor_id,
                          "rating": rng.choice(("hot", "warm", "warm", "cold", "")),
                          "stage": rng.choice(("new", "new", "contacted", "meeting",
                                               "quotation", "mou", "won", "lost")),
                          "notes": rng.choice(("", "", "call back after the show")),
                          "follow_up_action": "", "follow_up_date": None,
                          "value": Decimal(rng.randrange(5, 500) * 1000) if valued else None,
                          "currency": rng.choice(("USD", "EUR", "IDR", "AED")) if valued
                          else "", "captured_at": at, "captured_by_id": by,
                          "consent_contact": False, "consent_at": None})
            interactions.append({**stamp, "id": new_id(), "lead_id": lead_id, "at": at,
                                 "staff_id": by, "kind": "scan", "note": "badge"})
            for product_id in rng.sample(products, k=min(rng.choice((0, 1, 1, 2)),
                                                         len(products))):
                ticks.append({**stamp, "id": new_id(), "lead_id": lead_id,
                              "product_id": product_id})
        for model, rows in ((Lead, leads), (LeadInteraction, interactions),
                            (LeadProduct, ticks)):
            for start in range(0, len(rows), 20_000):
                session.execute(insert(model), rows[start:start + 20_000])
        total = session.scalar(select(func.count()).select_from(Lead).where(
            Lead.exhibitor_id == exhibitor_id, Lead.deleted.is_(False))) or 0
    return exhibitor_id, staff[0], total


@benchmark("leads_gui", entries={"lead_list_10k_ms": ("ms", BUDGET_MS)})
def bench_leads_gui(ctx: Context, folder: Path) -> dict[str, Any]:
    from booth_app.storage.database import Database

    path = ctx.demo_db(folder)
    db = Database(path)
    try:
        _, staff_id, total = _top_up_booth(db, LEADS)
    finally:
        db.dispose()
    env = {**os.environ, "PYTHONPATH": str(REPO), "XDG_CONFIG_HOME": str(folder / "config")}
    done = subprocess.run([sys.executable, "-c", PAGE, str(path), staff_id, str(ROUNDS)],
                          capture_output=True, text=True, env=env, timeout=600)
    if done.returncode != 0 or not done.stdout.strip():
        return {"lead_list_10k_ms": entry(None, "ms", BUDGET_MS, error=done.stderr[-2000:])}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    figures = {name: percentile(result[name], 95)
               for name in ("load", "sort", "filter", "scroll")}
    worst = max(figures.values())
    ctx.log(f"  {result['listed']:,} leads listed ({result['rows']:,} rows read): "
            f"load+paint p95 {figures['load']:.1f} ms (first {result['load'][0]:.1f} ms), "
            f"sort p95 {figures['sort']:.1f} ms, rating filter p95 {figures['filter']:.1f} ms, "
            f"scroll to the next page p95 {figures['scroll']:.1f} ms "
            f"({result['scrolled_rows']:,} rows more)")
    resaved = percentile(result["resaved"], 95)
    ctx.log(f"  a save with all {result['held']:,} rows scrolled in: list refreshed p95 "
            f"{resaved:.1f} ms (not in the budget's worst case: no scroll-through is)")
    return {"lead_list_10k_ms": entry(
        worst, "ms", BUDGET_MS, leads=total, leads_listed=result["listed"],
        rows_shown=result["rows"], hot_rows=result["hot_rows"],
        scrolled_rows=result["scrolled_rows"], load_p95_ms=round(figures["load"], 1),
        first_load_ms=round(result["load"][0], 1),
        load_p50_ms=round(percentile(result["load"], 50), 1),
        sort_p95_ms=round(figures["sort"], 1),
        sort_p50_ms=round(percentile(result["sort"], 50), 1),
        filter_p95_ms=round(figures["filter"], 1),
        filter_p50_ms=round(percentile(result["filter"], 50), 1),
        scroll_p95_ms=round(figures["scroll"], 1),
        scroll_p50_ms=round(percentile(result["scroll"], 50), 1),
        save_after_scrolling_all_p95_ms=round(resaved, 1),
        rounds=ROUNDS)}
