"""The demo pavilion: Indonesia Pavilion at Arab Health, 19 manufacturers, N visitors.

Everything is invented (resources/demo/pavilion.json) and drawn from a seeded random
generator, so the same N gives the same pavilion. The event runs around today, so the
dashboard and check-in counts have something to show. Visitors, check-ins and leads
go in with bulk inserts (250,000 visitors with their check-ins and leads take about a
minute on a 2-core laptop, most of it building the search index).
"""

from __future__ import annotations

import json
import random
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert
from sqlalchemy.orm import Session

from booth_app import paths
from booth_app.core.badges.codes import CODE_ALPHABET, CODE_LENGTH
from booth_app.core.errors import BoothError, InputError
from booth_app.core.events import create_event, current_event
from booth_app.core.exhibitors.manufacturers import add_exhibitor, add_product
from booth_app.core.exhibitors.staff import hash_pin
from booth_app.core.progress import NO_PROGRESS, Progress
from booth_app.core.text import fold
from booth_app.core.visitors.register import search_text
from booth_app.storage.ids import new_id
from booth_app.storage.models import (
    Badge,
    Checkin,
    CheckinPoint,
    Lead,
    LeadInteraction,
    Product,
    Staff,
    Visitor,
)

DEMO_PIN = "1234"
DEMO_FILENAME = "demo.sqlite"
COORDINATOR_PIN = "9999"
MAX_VISITORS = 1_000_000
BATCH = 5_000
STAGES = ("new", "new", "new", "contacted", "meeting", "quotation", "mou")


def load_pavilion() -> dict[str, Any]:
    with open(paths.resource_path("demo", "pavilion.json"), encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum()).lower()


class _People:
    """Draws believable visitors from the name pools and organisations."""

    def __init__(self, data: dict[str, Any], rng: random.Random) -> None:
        self.rng = rng
        self.pools = data["name_pools"]
        self.pool_names = list(data["pool_weights"])
        self.weights = [data["pool_weights"][k] for k in self.pool_names]
        self.orgs_by_country: dict[str, list[dict[str, str]]] = {}
        for org in data["organizations"]:
            self.orgs_by_country.setdefault(org["country"], []).append(org)
        self.orgs = data["organizations"]
        self.titles = data["job_titles"]
        self.domains = data["email_domains"]

    def draw(self, number: int) -> dict[str, Any]:
        rng = self.rng
        pool_name = rng.choices(self.pool_names, self.weights)[0]
        pool = self.pools[pool_name]
        given, family = rng.choice(pool["given"]), rng.choice(pool["family"])
        if pool.get("family_first"):
            sep = "" if pool.get("script") == "Han" else " "
            name = f"{family}{sep}{given}"
        elif rng.random() < pool.get("single_name_ratio", 0):
            name, family = given, ""
        else:
            name = f"{given} {family}"
        country = pool["country"][0] if rng.random() < 0.6 else rng.choice(pool["country"])
        orgs = self.orgs_by_country.get(country) or self.orgs
        org = rng.choice(orgs) if rng.random() < 0.8 else rng.choice(self.orgs)
        # Names in other scripts get a Latin mailbox as people really have (no shared
        # placeholder word, which would make thousands of them look alike to search).
        local = ".".join(p for p in (_ascii(given), _ascii(family)) if p) or "".join(
            rng.choices("abcdefghijklmnoprstuvwyz", k=rng.randint(5, 9)))
        return {
            "name": name,
            "given_name": given,
            "family_name": family,
            "organization": org["name"],
            "category": org["category"] if rng.random() < 0.9 else "buyer",
            "country": country,
            "job_title": rng.choice(self.titles),
            "email": f"{local}{number}@{rng.choice(self.domains)}",
            "phone": f"+{rng.randint(20, 999)} {rng.randint(50, 59)} {rng.randint(100, 999)} "
            f"{rng.randint(1000, 9999)}",
        }


def _code(rng: random.Random, used: set[str]) -> str:
    while True:
        code = "".join(rng.choices(CODE_ALPHABET, k=CODE_LENGTH))
        if code not in used:
            used.add(code)
            return code


def create_demo(
    session: Session,
    stamp: dict[str, Any],
    visitors: int = 500,
    *,
    seed: int = 2027,
    today: date | None = None,
    progress: Progress = NO_PROGRESS,
) -> dict[str, int]:
    """Fill an empty database with the demo pavilion; `stamp` gives the writer columns."""
    if not 0 <= visitors <= MAX_VISITORS:
        raise InputError("--visitors must be between 0 and {max_visitors:,}.",
                         max_visitors=MAX_VISITORS)
    if current_event(session) is not None:
        raise BoothError(
            "This database already holds an event; give the demo its own file with --db."
        )
    data = load_pavilion()
    rng = random.Random(seed)
    spec = data["event"]
    today = today or date.today()
    start = today - timedelta(days=1)
    end = start + timedelta(days=spec["days"] - 1)
    event = create_event(
        session,
        name=spec["name"],
        venue=spec["venue"],
        pavilion=spec["pavilion"],
        start=start,
        end=end,
        timezone=spec["timezone"],
        currency=spec["currency"],
        points=tuple((p["name"], p["kind"]) for p in data["checkin_points"]),
    )
    point_ids = [p.id for p in session.query(CheckinPoint).filter_by(event_id=event.id)]
    pin_hash = hash_pin(DEMO_PIN)  # one hash for every demo account: the demo PIN is public
    session.add(
        Staff(
            exhibitor_id=None,
            name="Pavilion Coordinator",
            role="coordinator",
            pin_hash=hash_pin(COORDINATOR_PIN),
        )
    )
    exhibitors: list[tuple[str, list[str], list[str]]] = []
    for spec_ex in data["exhibitors"]:
        exhibitor = add_exhibitor(
            session,
            code=spec_ex["code"],
            name=spec_ex["name"],
            booth=spec_ex["booth"],
            country="ID",
            city=spec_ex["city"],
            contact_name=spec_ex["contact_name"],
            contact_email=spec_ex["contact_email"],
            contact_phone=spec_ex["contact_phone"],
            description=spec_ex["description"],
        )
        products: list[Product] = [
            add_product(session, exhibitor, p["name"], p["category"]) for p in spec_ex["products"]
        ]
        staff = [
            Staff(exhibitor_id=exhibitor.id, name=n, pin_hash=pin_hash) for n in spec_ex["staff"]
        ]
        session.add_all(staff)
        session.flush()
        exhibitors.append((exhibitor.id, [p.id for p in products], [s.id for s in staff]))

    counts = {"exhibitors": len(exhibitors), "visitors": 0, "checkins": 0, "leads": 0}
    people, used = _People(data, rng), set()
    zone = ZoneInfo(event.timezone)
    now = datetime.now(UTC)
    days = [start + timedelta(days=i) for i in range((min(today, end) - start).days + 1)]

    def moment() -> datetime:
        day = rng.choice(days)
        local = datetime.combine(day, time(9, 0), zone) + timedelta(minutes=rng.randint(0, 540))
        return min(local.astimezone(UTC), now - timedelta(minutes=rng.randint(1, 90)))

    for first in range(0, visitors, BATCH):
        rows: dict[str, list[dict[str, Any]]] = {
            "visitor": [],
            "badge": [],
            "checkin": [],
            "lead": [],
            "lead_interaction": [],
        }
        for number in range(first, min(first + BATCH, visitors)):
            person = people.draw(number)
            code = _code(rng, used)
            vid = new_id()
            rows["visitor"].append(
                {
                    **stamp,
                    **person,
                    "id": vid,
                    "event_id": event.id,
                    "code": code,
                    "source": "demo",
                    "consent": True,
                    "consent_at": stamp["created_at"],
                    "external_id": f"AH27-{number + 1:06d}",
                    "notes": "",
                    "sort_name": fold(person["name"]),
                    "search_text": search_text(
                        person["name"],
                        person["organization"],
                        person["email"],
                        code,
                        person["phone"],
                    ),
                }
            )
            if rng.random() < 0.55:
                rows["badge"].append(
                    {
                        **stamp,
                        "id": new_id(),
                        "visitor_id": vid,
                        "version": 1,
                        "printed_count": 1,
                        "layout": "cr80",
                        "last_printed_at": stamp["created_at"],
                        "revoked": False,
                        "revoked_at": None,
                    }
                )
                for _ in range(rng.choice((1, 1, 1, 2, 3))):
                    rows["checkin"].append(
                        {
                            **stamp,
                            "id": new_id(),
                            "visitor_id": vid,
                            "point_id": rng.choice(point_ids),
                            "staff_id": None,
                            "scanned_at": moment(),
                            "direction": "in",
                            "status": "admitted",
                            "badge_version": 1,
                        }
                    )
                if rng.random() < 0.35:
                    ex_id, _products, staff_ids = rng.choice(exhibitors)
                    lead_id, at = new_id(), moment()
                    valued = rng.random() < 0.3
                    rows["lead"].append(
                        {
                            **stamp,
                            "id": lead_id,
                            "exhibitor_id": ex_id,
                            "visitor_id": vid,
                            "rating": rng.choice(("hot", "warm", "warm", "cold")),
                            "stage": rng.choice(STAGES),
                            "notes": "",
                            "follow_up_action": "",
                            "follow_up_date": None,
                            "value": Decimal(rng.randrange(5, 500) * 1000) if valued else None,
                            "currency": "USD" if valued else "",
                            "captured_at": at,
                            "captured_by_id": rng.choice(staff_ids),
                            "consent_contact": True,
                            "consent_at": at,
                        }
                    )
                    rows["lead_interaction"].append(
                        {
                            **stamp,
                            "id": new_id(),
                            "lead_id": lead_id,
                            "at": at,
                            "staff_id": rows["lead"][-1]["captured_by_id"],
                            "kind": "scan",
                            "note": "",
                        }
                    )
        for model, key in (
            (Visitor, "visitor"),
            (Badge, "badge"),
            (Checkin, "checkin"),
            (Lead, "lead"),
            (LeadInteraction, "lead_interaction"),
        ):
            if rows[key]:
                session.execute(insert(model), rows[key])
        counts["visitors"] += len(rows["visitor"])
        counts["checkins"] += len(rows["checkin"])
        counts["leads"] += len(rows["lead"])
        progress.report(counts["visitors"], visitors, "Adding visitors")
    from booth_app.core.demo.matchmaking import add_matchmaking

    session.flush()
    counts["meetings"] = add_matchmaking(session, event, rng)
    return counts


def demo_target() -> str:
    """The demo pavilion's own file, so a laptop's real database stays clean."""
    return str(paths.data_dir() / DEMO_FILENAME)


def ensure_demo(target: str, visitors: int = 500) -> bool:
    """Create the demo pavilion in `target` unless it already holds an event."""
    from booth_app.storage.database import Database

    db = Database(target)
    try:
        with db.reader() as session:
            if current_event(session) is not None:
                return False
        with db.session() as session:
            create_demo(session, db.stamp(), visitors)
        return True
    finally:
        db.dispose()
