"""Visitors: registration and search as you type over hundreds of thousands of rows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, false, func, literal, select, text, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from booth_app.core.codes import format_code, new_code
from booth_app.core.countries import country_code
from booth_app.core.errors import InputError
from booth_app.core.events import require_event
from booth_app.core.search import fts_match, index_text, like_patterns, query_words
from booth_app.core.text import clean, fold
from booth_app.storage.ids import utcnow
from booth_app.storage.models import Visitor

CATEGORIES = (
    "hospital/clinic",
    "distributor",
    "government",
    "buyer",
    "media",
    "exhibitor",
    "vip",
    "other",
)
_CATEGORY_ALIASES = {
    "hospital": "hospital/clinic",
    "clinic": "hospital/clinic",
    "rumah sakit": "hospital/clinic",
    "klinik": "hospital/clinic",
    "distributor": "distributor",
    "government": "government",
    "pemerintah": "government",
    "ministry": "government",
    "buyer": "buyer",
    "pembeli": "buyer",
    "media": "media",
    "press": "media",
    "pers": "media",
    "exhibitor": "exhibitor",
    "peserta pameran": "exhibitor",
    "vip": "vip",
    "other": "other",
    "lainnya": "other",
    "visitor": "other",
    "pengunjung": "other",
}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME = 300


def category_value(value: str | None) -> str:
    text_value = clean(value, 64).casefold()
    if not text_value:
        return "other"
    if text_value in CATEGORIES:
        return text_value
    alias = _CATEGORY_ALIASES.get(text_value)
    if alias is None:
        raise InputError(f"Unknown category {value!r}; use one of: {', '.join(CATEGORIES)}")
    return alias


def check_email(value: str | None) -> str:
    email = clean(value, 320).lower()
    if email and not EMAIL.match(email):
        raise InputError(f"Not an e-mail address: {email!r}")
    return email


def search_text(name: str, organization: str, email: str, code: str, phone: str = "") -> str:
    """What `visitor.search_text` holds (see core.search)."""
    return index_text(name, organization, email, code, phone)


@dataclass
class VisitorFields:
    """Validated, cleaned visitor details, as the form, the CLI and imports give them."""

    name: str
    organization: str = ""
    job_title: str = ""
    email: str = ""
    phone: str = ""
    country: str = ""
    category: str = "other"
    given_name: str = ""
    family_name: str = ""
    external_id: str = ""
    consent: bool = False

    @classmethod
    def parse(cls, **raw: Any) -> VisitorFields:
        name = clean(raw.get("name"), MAX_NAME)
        given, family = clean(raw.get("given_name"), 200), clean(raw.get("family_name"), 200)
        if not name:
            name = clean(f"{given} {family}", MAX_NAME)
        if not name:
            raise InputError("A visitor needs a name.")
        return cls(
            name=name,
            organization=clean(raw.get("organization"), 300),
            job_title=clean(raw.get("job_title"), 200),
            email=check_email(raw.get("email")),
            phone=clean(raw.get("phone"), 64),
            country=country_code(raw.get("country")),
            category=category_value(raw.get("category")),
            given_name=given,
            family_name=family,
            external_id=clean(raw.get("external_id"), 128),
            consent=bool(raw.get("consent", False)),
        )


def add_visitor(
    session: Session, fields: VisitorFields, *, source: str = "manual", now: datetime | None = None
) -> Visitor:
    """Register a visitor with a fresh short code."""
    event = require_event(session)
    now = now or utcnow()
    for _attempt in range(5):
        code = new_code()
        visitor = Visitor(
            event_id=event.id,
            code=code,
            source=source,
            consent_at=now if fields.consent else None,
            sort_name=fold(fields.name),
            search_text=search_text(
                fields.name, fields.organization, fields.email, code, fields.phone
            ),
            **vars(fields),
        )
        try:
            with session.begin_nested():
                session.add(visitor)
                session.flush()
        except IntegrityError:
            continue  # a code collision: astronomically rare, draw again
        return visitor
    raise RuntimeError("could not draw an unused visitor code")


def visitor_to_dict(visitor: Visitor) -> dict[str, Any]:
    return {
        "id": visitor.id,
        "code": format_code(visitor.code),
        "name": visitor.name,
        "organization": visitor.organization,
        "job_title": visitor.job_title,
        "email": visitor.email,
        "phone": visitor.phone,
        "country": visitor.country,
        "category": visitor.category,
        "consent": visitor.consent,
        "external_id": visitor.external_id,
    }


# -- search -------------------------------------------------------------------------------

SortKey = tuple[str, str]


def visitor_query(session: Session, query: str = "") -> Select[tuple[Visitor]]:
    """Visitors for whom every word typed begins a word of their name, organisation,
    e-mail, short code or phone, in name order (rules in core.search)."""
    stmt = select(Visitor).where(Visitor.deleted.is_(False))
    typed = query_words(query)
    if not typed and clean(query, 200):
        return stmt.where(false())  # only punctuation typed: it names nobody
    if typed and session.get_bind().dialect.name == "sqlite":
        stmt = stmt.where(
            text("visitor.rowid IN (SELECT rowid FROM visitor_fts WHERE visitor_fts MATCH :m)")
            .bindparams(m=fts_match(typed))
        )
    elif typed:
        padded = literal(" ") + Visitor.search_text
        for pattern in like_patterns(typed):
            stmt = stmt.where(padded.like(pattern, escape="\\"))
    return stmt.order_by(Visitor.sort_name, Visitor.id)


def search_visitors(session: Session, query: str = "", *, limit: int = 50, offset: int = 0,
                    after: SortKey | None = None) -> list[Visitor]:
    """A page of matches; `after` (the last row's sort key) pages without OFFSET's cost."""
    stmt = visitor_query(session, query)
    if after is not None:
        stmt = stmt.where(tuple_(Visitor.sort_name, Visitor.id) > tuple_(*after))
    return list(session.scalars(stmt.limit(limit).offset(offset)))


def sort_key(visitor: Visitor) -> SortKey:
    return visitor.sort_name, visitor.id


def count_visitors(session: Session, query: str = "") -> int:
    inner = visitor_query(session, query).order_by(None).with_only_columns(Visitor.id)
    return session.scalar(select(func.count()).select_from(inner.subquery())) or 0
