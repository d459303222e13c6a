"""A business-matching forum on a real SQLite file, built through the core as the desk
would (event, manufacturers with tables, buyers, sessions, requests, staff), for the
Meetings page tests and for looking at the page by eye."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from booth_app.core.events import create_event
from booth_app.core.exhibitors.manufacturers import add_exhibitor
from booth_app.core.exhibitors.staff import add_staff
from booth_app.core.meetings.requests import set_request, set_table
from booth_app.core.meetings.sessions import add_session
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database

ZONE = "Asia/Dubai"
DAY_1 = date(2027, 1, 27)

MAKERS = [
    ("NUSEL", "PT Nusa Elektromedika Prima"), ("VITRA", "PT Vitrana Alkes Mandiri"),
    ("JANTRA", "PT Jantra Kardia Teknologi"), ("ASPIRA", "PT Aspira Medika Utama"),
    ("HUSADA", "PT Ranjang Husada Sejahtera"), ("MEBLIS", "PT Mebel Klinik Lestari"),
    ("SURYA", "PT Surya Bedah Gemilang"), ("TERANG", "PT Terang Medika Abadi"),
    ("REKSA", "PT Reksa Diagnostika Nusantara"), ("BIOCIP", "PT Bioreagen Cipta Sains"),
    ("ANALAB", "PT Analitika Laboratorium Prima"), ("STERIN", "PT Injeksi Steril Nusantara"),
]
BUYERS = [
    ("محمد الهاشمي", "مستشفى النخيل التخصصي"), ("王志强", "上海瑞金医院"),
    ("Fatima Al Mansoori", "Corniche Heights Women & Children Hospital"),
    ("Priya Iyer", "Apollo Hospitals Chennai"), ("James Walker", "NHS Supply Chain"),
    ("Budi Santoso", "RSUP Dr. Sardjito"), ("Łukasz Wiśniewski", "Szpital Bielański"),
    ("Mohammed Al Hashimi", "Gulf Medical Supplies"), ("Chen Wei Ling", "Raffles Medical"),
    ("Sarah Thompson", "Cleveland Clinic Abu Dhabi"), ("Omar Haddad", "Jordan Hospital"),
    ("Aisha Al Kaabi", "Dubai Health Authority"), ("Rajesh Kumar", "Fortis Healthcare"),
    ("Siti Nurhaliza", "RS Siloam Kebon Jeruk"), ("Hélène Lefèvre", "AP-HP Paris"),
    ("Khalid Al Otaibi", "King Faisal Specialist Hospital"),
]


@dataclass
class Forum:
    db: Database
    event_id: str
    exhibitors: dict[str, str] = field(default_factory=dict)  # code -> id
    tables: dict[str, str] = field(default_factory=dict)  # code -> table
    buyers: list[str] = field(default_factory=list)  # visitor ids, in BUYERS order
    codes: dict[str, str] = field(default_factory=dict)  # visitor id -> short code
    staff: dict[str, str] = field(default_factory=dict)  # code (or "coordinator") -> id

    def at(self, day: date, clock: str) -> datetime:
        """A local time of the event as a UTC moment."""
        hour, minute = map(int, clock.split(":"))
        return datetime.combine(day, time(hour, minute), ZoneInfo(ZONE)).astimezone(UTC)


class Clock:
    """The Meetings page's clock, set by a test (a time of the event's day 1)."""

    def __init__(self, forum: Forum, at: str) -> None:
        self.forum, self.moment = forum, forum.at(DAY_1, at)

    def set(self, at: str) -> None:
        self.moment = self.forum.at(DAY_1, at)

    def __call__(self) -> datetime:
        return self.moment


def build_forum(db: Database, *, makers: int = 4, buyers: int = 8,
                sessions: tuple[tuple[date, str, str], ...] = ((DAY_1, "09:00", "11:00"),),
                slot_minutes: int = 30, gap_minutes: int = 0) -> Forum:
    """Event, manufacturers (tables T1..), buyers, sessions and one staff member per
    manufacturer plus a coordinator; no requests (the test adds what it needs)."""
    with db.session() as session:
        event = create_event(session, name="HealthConnect Business Matching 2027",
                             start=DAY_1, end=date(2027, 1, 30), timezone=ZONE,
                             pavilion="Indonesia Pavilion")
        forum = Forum(db, event.id)
        for number, (code, name) in enumerate(MAKERS[:makers], start=1):
            exhibitor = add_exhibitor(session, code=code, name=name, booth=f"S1-A{number:02d}",
                                      country="ID")
            set_table(session, exhibitor, f"T{number}")
            forum.exhibitors[code], forum.tables[code] = exhibitor.id, f"T{number}"
            forum.staff[code] = add_staff(session, name=f"Staff of {code}", pin="1234",
                                          exhibitor_code=code).id
        forum.staff["coordinator"] = add_staff(session, name="Coordinator", pin="9999",
                                               exhibitor_code=None, role="coordinator").id
        for name, organization in (BUYERS * (buyers // len(BUYERS) + 1))[:buyers]:
            suffix = f" {len(forum.buyers) // len(BUYERS) + 1}" if len(forum.buyers) >= \
                len(BUYERS) else ""
            visitor = add_visitor(session, VisitorFields.parse(
                name=name + suffix, organization=organization, category="hospital/clinic"))
            forum.buyers.append(visitor.id)
            forum.codes[visitor.id] = visitor.code
        for day, start, end in sessions:
            add_session(session, day=day.isoformat(), start=start, end=end,
                        slot_minutes=slot_minutes, gap_minutes=gap_minutes)
    return forum


def request(forum: Forum, buyer: int, code: str, priority: str = "want") -> str:
    return requests(forum, [(buyer, code, priority)])[0]


def requests(forum: Forum, pairs: list[tuple[int, str, str]]) -> list[str]:
    """Requests (buyer index, manufacturer code, priority) as the desk enters them."""
    from booth_app.core.events import require_event
    from booth_app.storage.models import Exhibitor, Visitor

    ids: list[str] = []
    with forum.db.session() as session:
        event = require_event(session)
        for buyer, code, priority in pairs:
            row, _created = set_request(session, event,
                                        session.get(Visitor, forum.buyers[buyer]),
                                        session.get(Exhibitor, forum.exhibitors[code]),
                                        priority=priority)
            ids.append(row.id)
    return ids


def random_requests(forum: Forum, per_buyer: int = 4, seed: int = 7) -> int:
    rng = random.Random(seed)
    codes = list(forum.exhibitors)
    pairs = [(buyer, code, rng.choice(("must", "want", "want", "want")))
             for buyer in range(len(forum.buyers))
             for code in rng.sample(codes, min(per_buyer, len(codes)))]
    return len(requests(forum, pairs))
