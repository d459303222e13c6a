"""Lead capture at a booth (issue 5: p99 under 15 ms) and the core of the lead list.

On the run's demo database (250,000 visitors), topped up to 100,000 leads, one of the
19 manufacturers holding 10,000 of them.

- `lead_capture_p99`: each sample is one `db.session()` around `capture_lead`, as the
  booth laptop does per scan: reading the payload (our badge with its MAC, or an
  organiser's vCard), finding the visitor (or registering them from the vCard),
  finding or making the lead, the interaction row and the durable commit (WAL,
  synchronous=FULL). The mix: new leads from our badges, rescans of existing leads,
  vCards of people nobody listed (a new visitor too) and vCards of listed visitors
  (matched by e-mail). A few captures first warm the parsers up, untimed.
- `lead_list_core_10k_ms` (informational; the window's list budget of 200 ms is
  measured with the GUI): `list_leads` of the manufacturer with 10,000 leads in a
  fresh `db.reader()`, as the list shows it (newest first), sorted by name, filtered
  by rating and sorted by value, and searched; the median of each, the slowest
  median reported.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from booth_benchmarks import Context, benchmark, entry, percentile  # type: ignore[import-not-found]

TARGET_LEADS = 100_000
BIG_EXHIBITOR_LEADS = 10_000
SAMPLES = 400
WARM_UP = 8
LIST_ROUNDS = 5
MIX = (("badge_new", 0.4), ("badge_rescan", 0.3), ("vcard_new", 0.2), ("vcard_listed", 0.1))


def _top_up_leads(db: Any, target: int, big: int) -> tuple[int, str]:
    """Leads up to `target`, `big` of them at the first manufacturer; (total, its id)."""
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

    rng = random.Random(5)
    with db.session() as session:
        exhibitors = list(session.scalars(select(Exhibitor.id).order_by(Exhibitor.code)))
        first = exhibitors[0]
        pairs = set(session.execute(select(Lead.exhibitor_id, Lead.visitor_id)).tuples())
        have = len(pairs)
        at_first = sum(1 for ex, _ in pairs if ex == first)
        visitor_ids = list(session.scalars(select(Visitor.id)))
        staff: dict[str, list[str]] = {}
        for staff_id, ex in session.execute(select(Staff.id, Staff.exhibitor_id)):
            if ex:
                staff.setdefault(ex, []).append(staff_id)
        products: dict[str, list[str]] = {}
        for product_id, ex in session.execute(select(Product.id, Product.exhibitor_id)):
            products.setdefault(ex, []).append(product_id)
        wanted = [first] * max(0, big - at_first)
        others = exhibitors[1:]  # the first holds exactly `big` (when it had fewer)
        wanted += [rng.choice(others) for _ in range(max(0, target - have - len(wanted)))]
        stamp, now = db.stamp(), utcnow()
        leads, interactions, ticks = [], [], []
        for exhibitor_id in wanted:
            visitor_id = rng.choice(visitor_ids)
            while (exhibitor_id, visitor_id) in pairs:
                visitor_id = rng.choice(visitor_ids)
            pairs.add((exhibitor_id, visitor_id))
            lead_id, at = new_id(), now - timedelta(minutes=rng.randint(5, 3 * 24 * 60))
            valued = rng.random() < 0.3
            by = rng.choice(staff.get(exhibitor_id, [None]))  # type: ignore[list-item]
            leads.append({**stamp, "id": lead_id, "exhibitor_id": exhibitor_id,
                          "visitor_id": visitor_id,
                          "rating": rng.choice(("hot", "warm", "warm", "cold", "")),
                          "stage": rng.choice(("new", "new", "contacted", "meeting",
                                               "quotation", "mou", "won", "lost")),
                          "notes": rng.choice(("", "", "call back after the show",
                                               "wants a quotation for 20 units")),
                          "follow_up_action": "", "follow_up_date": None,
                          "value": Decimal(rng.randrange(5, 500) * 1000) if valued else None,
                          "currency": rng.choice(("USD", "EUR", "IDR", "AED")) if valued
                          else "", "captured_at": at, "captured_by_id": by,
                          "consent_contact": False, "consent_at": None})
            interactions.append({**stamp, "id": new_id(), "lead_id": lead_id, "at": at,
                                 "staff_id": by, "kind": "scan", "note": "badge"})
            for product_id in rng.sample(products.get(exhibitor_id, []),
                                         k=min(rng.choice((0, 1, 1, 2)),
                                               len(products.get(exhibitor_id, [])))):
                ticks.append({**stamp, "id": new_id(), "lead_id": lead_id,
                              "product_id": product_id})
        for model, rows in ((Lead, leads), (LeadInteraction, interactions),
                            (LeadProduct, ticks)):
            for start in range(0, len(rows), 20_000):
                session.execute(insert(model), rows[start:start + 20_000])
        total = session.scalar(select(func.count()).select_from(Lead)) or 0
    return total, first


def _vcard(number: int, email: str = "", name: str = "") -> str:
    name = name or f"Rania Al Mansoori {number}"
    given, _, family = name.partition(" ")
    email = email or f"rania.{number}@hospital{number % 97}.example"
    return ("BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"N:{family};{given};;;\r\nFN:{name}\r\n"
            "ORG:Sheikh Khalifa Medical City;Procurement\r\nTITLE:Head of Purchasing\r\n"
            f"TEL;TYPE=WORK,VOICE:+971 2 {number % 900 + 100} {number % 9000 + 1000}\r\n"
            f"EMAIL;TYPE=WORK,INTERNET:{email}\r\n"
            "ADR;TYPE=WORK:;;Karama Street;Abu Dhabi;;;United Arab Emirates\r\n"
            "END:VCARD\r\n")


def _scans(db: Any, count: int, rng: random.Random) -> list[tuple[str, str, str, str | None]]:
    """(kind, exhibitor code, payload, staff id) for `count` captures, in the MIX."""
    from sqlalchemy import select

    from booth_app.core.badges.tokens import make_token
    from booth_app.core.events import require_event
    from booth_app.storage.models import Exhibitor, Lead, Staff, Visitor

    with db.reader() as session:
        event = require_event(session)
        codes = {ex.id: ex.code for ex in session.scalars(select(Exhibitor))}
        staff: dict[str, list[str]] = {}
        for staff_id, ex in session.execute(select(Staff.id, Staff.exhibitor_id)):
            if ex:
                staff.setdefault(ex, []).append(staff_id)
        existing = list(session.execute(
            select(Lead.exhibitor_id, Visitor.code).join(Visitor, Visitor.id == Lead.visitor_id)
            .where(Lead.deleted.is_(False)).limit(50_000)).tuples())
        listed = list(session.execute(
            select(Visitor.code, Visitor.email, Visitor.name).where(Visitor.email != "")
            .limit(50_000)).tuples())
        with_lead = set(existing)
        scans: list[tuple[str, str, str, str | None]] = []
        for number in range(count):
            kind = rng.choices([k for k, _ in MIX], [w for _, w in MIX])[0]
            exhibitor_id = rng.choice(list(codes))
            if kind == "badge_rescan":
                exhibitor_id, code = rng.choice(existing)
                payload = make_token(event, code, 1)
            elif kind == "badge_new":
                code = rng.choice(listed)[0]
                while (exhibitor_id, code) in with_lead:
                    code = rng.choice(listed)[0]
                with_lead.add((exhibitor_id, code))
                payload = make_token(event, code, 1)
            elif kind == "vcard_new":
                payload = _vcard(number)
            else:
                _, email, name = rng.choice(listed)
                payload = _vcard(number, email=email, name=name)
            scans.append((kind, codes[exhibitor_id], payload,
                          rng.choice(staff.get(exhibitor_id, [None]))))  # type: ignore[list-item]
    return scans


@benchmark("leads_core", entries={"lead_capture_p99": ("ms", 15.0),
                                  "lead_list_core_10k_ms": ("ms", None)})
def bench_leads(ctx: Context, folder: Path) -> dict[str, Any]:
    from booth_app.core.exhibitors.manufacturers import find_exhibitor
    from booth_app.core.leads.capture import capture_lead
    from booth_app.core.leads.listing import list_leads
    from booth_app.storage.database import Database

    db = Database(ctx.demo_db(folder))
    try:
        target = TARGET_LEADS if not ctx.quick else 30_000
        total, big = _top_up_leads(db, target, BIG_EXHIBITOR_LEADS)
        ctx.log(f"  {total:,} leads, {BIG_EXHIBITOR_LEADS:,} at one manufacturer")
        rng = random.Random(11)
        samples = SAMPLES if not ctx.quick else 120
        scans = _scans(db, WARM_UP + samples, rng)
        times: list[float] = []
        by_kind: dict[str, list[float]] = {}
        outcomes = {"created": 0, "rescan": 0, "visitor_created": 0}
        for number, (kind, code, payload, staff_id) in enumerate(scans):
            start = time.perf_counter()
            with db.session() as session:
                result = capture_lead(session, find_exhibitor(session, code), payload,
                                      staff_id=staff_id)
            elapsed = (time.perf_counter() - start) * 1000
            if number < WARM_UP:
                continue
            times.append(elapsed)
            by_kind.setdefault(kind, []).append(elapsed)
            outcomes["created" if result.created else "rescan"] += 1
            outcomes["visitor_created"] += int(result.visitor_created)

        variants = {
            "newest_first": {},
            "by_name": {"sort": "name", "descending": False},
            "hot_by_value": {"rating": "hot", "sort": "value"},
            "search_al": {"search": "al"},
        }
        medians: dict[str, float] = {}
        shown: dict[str, int] = {}
        for name, options in variants.items():
            runs = []
            for _ in range(LIST_ROUNDS):
                start = time.perf_counter()
                with db.reader() as session:
                    rows = list_leads(session, exhibitor_id=big, **options)
                runs.append((time.perf_counter() - start) * 1000)
            medians[name], shown[name] = round(statistics.median(runs), 3), len(rows)
    finally:
        db.dispose()
    p99 = percentile(times, 99)
    ctx.log(f"  {len(times)} captures: p50 {percentile(times, 50):.2f} ms, p99 {p99:.2f} ms; "
            + ", ".join(f"{k} p99 {percentile(v, 99):.2f}" for k, v in by_kind.items()))
    ctx.log("  list of 10,000: " + ", ".join(f"{k} {v:.1f} ms ({shown[k]} rows)"
                                             for k, v in medians.items()))
    return {
        "lead_capture_p99": entry(
            p99, "ms", 15.0, p50=round(percentile(times, 50), 3), max=round(max(times), 3),
            captures=len(times), leads=total,
            p99_by_kind={k: round(percentile(v, 99), 3) for k, v in by_kind.items()},
            outcomes=outcomes),
        "lead_list_core_10k_ms": entry(max(medians.values()), "ms", None, medians=medians,
                                       rows=shown),
    }
