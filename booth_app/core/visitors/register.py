"""Visitors: registration and search as you type over hundreds of thousands of rows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from booth_app.core.badges.codes import format_code, new_code
from booth_app.core.countries import country_code
from booth_app.core.errors import InputError
from booth_app.core.events import require_event
from booth_app.core.text import clean, fold
from booth_app.core.visitors.search import (
    SortKey,
    count_visitors,
    index_text,
    search_visitors,
    sort_key,
    visitor_query,
)
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
        raise InputError("Unknown category {value!r}; use one of: {categories}",
                         value=value, categories=', '.join(CATEGORIES))
    return alias


def check_email(value: str | None) -> str:
    email = clean(value, 320).lower()
    if email and not EMAIL.match(email):
        raise InputError("Not an e-mail address: {email!r}", email=email)
    return email


def search_text(name: str, organization: str, email: str, code: str, phone: str = "") -> str:
    """What `visitor.search_text` holds (see core.visitors.search)."""
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


# Search lives in core.visitors.search; these names are kept here for callers.
__all__ = ["SortKey", "count_visitors", "search_visitors", "sort_key", "visitor_query"]
