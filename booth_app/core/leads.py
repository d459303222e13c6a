"""Leads per manufacturer: the lead list (sorted, filtered, searched), its counts and
value pipeline, and a lead as the CLI prints it.

Every function that reads leads takes the manufacturer: `exhibitor_id=None` means
every manufacturer and is for coordinators only; a booth's window always passes its
own, so no list, count or search there can reach another manufacturer's leads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from booth_app.core.codes import format_code
from booth_app.core.errors import InputError
from booth_app.core.text import fold
from booth_app.storage.models import (
    Answer,
    Device,
    Exhibitor,
    Lead,
    LeadInteraction,
    LeadProduct,
    Product,
    Staff,
    Visitor,
)

RATINGS = ("hot", "warm", "cold")
STAGES = ("new", "contacted", "meeting", "quotation", "mou", "won", "lost")
STAGE_LABELS = {"new": "New", "contacted": "Contacted", "meeting": "Meeting",
                "quotation": "Quotation", "mou": "MoU signed", "won": "Won", "lost": "Lost"}
SORTS = ("captured_at", "updated_at", "name", "organization", "country", "rating", "stage",
         "value", "captured_by", "follow_up_date")
# Fetching products and interaction counts lead by lead (an IN list) beats reading the
# whole manufacturer's only for short lists.
_FEW = 500


@dataclass
class LeadRow:
    """One line of the lead list, with what the lead form and `lead_to_dict` show."""

    id: str
    exhibitor: str  # the manufacturer's code
    visitor_name: str
    organization: str
    country: str
    rating: str
    stage: str
    value: Decimal | None
    currency: str
    captured_at: datetime
    captured_by: str  # the staff member's name, "" when unknown
    exhibitor_id: str = ""
    visitor_id: str = ""
    visitor_code: str = ""
    email: str = ""
    job_title: str = ""
    phone: str = ""
    notes: str = ""
    follow_up_action: str = ""
    follow_up_date: date | None = None
    consent_contact: bool = False
    consent_at: datetime | None = None
    updated_at: datetime | None = None
    captured_by_id: str | None = None
    products: list[str] = field(default_factory=list)  # names, alphabetical
    interactions: int = 0


@dataclass
class LeadSummary:
    """Counts by rating ("" is unrated) and by stage, and the value per currency."""

    total: int
    by_rating: dict[str, int]
    by_stage: dict[str, int]
    value_by_currency: dict[str, Decimal]


@dataclass
class InteractionRow:
    at: datetime
    kind: str  # scan, manual, edit, merge
    note: str
    staff: str  # name, "" when unknown
    device: str  # the laptop's name


def _rating_rank() -> ColumnElement[int]:
    return case({"hot": 0, "warm": 1, "cold": 2}, value=Lead.rating, else_=3)


def _stage_rank() -> ColumnElement[int]:
    return case({stage: i for i, stage in enumerate(STAGES)}, value=Lead.stage,
                else_=len(STAGES))


def _sort_column(sort: str) -> ColumnElement[Any]:
    columns: dict[str, Any] = {
        "captured_at": Lead.captured_at, "updated_at": Lead.updated_at,
        "name": Visitor.sort_name, "organization": func.lower(Visitor.organization),
        "country": Visitor.country, "rating": _rating_rank(), "stage": _stage_rank(),
        "value": Lead.value, "captured_by": Staff.name, "follow_up_date": Lead.follow_up_date,
    }
    if sort not in columns:
        raise InputError(f"Leads can be sorted by {', '.join(SORTS)}, not {sort!r}.")
    return columns[sort]


def _choice(value: str | Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value)


def list_leads(session: Session, *, exhibitor_id: str | None,
               rating: str | Iterable[str] | None = None,
               stage: str | Iterable[str] | None = None, product_id: str | None = None,
               search: str = "", sort: str = "captured_at", descending: bool = True,
               limit: int | None = None) -> list[LeadRow]:
    """A manufacturer's live leads (every manufacturer's when `exhibitor_id` is None).

    `rating` and `stage` take one value or several ("" is unrated); `product_id` keeps
    leads that ticked that product; `search` matches every word typed against the
    visitor's name, organisation, e-mail, code and phone, and the lead's notes, without
    case or accents. Ties in the sort keep the newest capture first.
    """
    where: list[ColumnElement[bool]] = []
    ratings, stages = _choice(rating), _choice(stage)
    if ratings is not None:
        where.append(Lead.rating.in_(ratings))
    if stages is not None:
        where.append(Lead.stage.in_(stages))
    if product_id is not None:
        where.append(Lead.id.in_(select(LeadProduct.lead_id).where(
            LeadProduct.product_id == product_id, LeadProduct.deleted.is_(False))))
    for word in fold(search).split():
        where.append(or_(Visitor.search_text.contains(word, autoescape=True),
                         func.lower(Lead.notes).contains(word, autoescape=True)))
    column = _sort_column(sort)
    order = column.desc() if descending else column.asc()
    if sort in ("value", "captured_by", "follow_up_date"):
        order = order.nulls_last()
    return _rows(session, exhibitor_id, where, [order, Lead.captured_at.desc(), Lead.id],
                 limit)


def lead_row(session: Session, lead_id: str) -> LeadRow | None:
    """One live lead as the list shows it (None when deleted or unknown)."""
    rows = _rows(session, None, [Lead.id == lead_id], [Lead.id], 1)
    return rows[0] if rows else None


def lead_rows(session: Session, exhibitor_id: str | None = None,
              limit: int = 100_000) -> list[LeadRow]:
    """Leads newest first; one manufacturer's only when `exhibitor_id` is given."""
    return list_leads(session, exhibitor_id=exhibitor_id, limit=limit)


def _rows(session: Session, exhibitor_id: str | None, where: list[ColumnElement[bool]],
          order: list[Any], limit: int | None) -> list[LeadRow]:
    live = [Lead.deleted.is_(False), *where]
    if exhibitor_id is not None:
        live.append(Lead.exhibitor_id == exhibitor_id)
    stmt = (
        select(Lead.id, Exhibitor.code, Visitor.name, Visitor.organization, Visitor.country,
               Lead.rating, Lead.stage, Lead.value, Lead.currency, Lead.captured_at,
               Staff.name, Lead.exhibitor_id, Lead.visitor_id, Visitor.code, Visitor.email,
               Visitor.job_title, Visitor.phone, Lead.notes, Lead.follow_up_action,
               Lead.follow_up_date, Lead.consent_contact, Lead.consent_at, Lead.updated_at,
               Lead.captured_by_id)
        .join(Exhibitor, Exhibitor.id == Lead.exhibitor_id)
        .join(Visitor, Visitor.id == Lead.visitor_id)
        .outerjoin(Staff, Staff.id == Lead.captured_by_id)
        .where(*live)
        .order_by(*order)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = [LeadRow(*row[:10], captured_by=row[10] or "", exhibitor_id=row[11],
                    visitor_id=row[12], visitor_code=row[13], email=row[14],
                    job_title=row[15], phone=row[16], notes=row[17],
                    follow_up_action=row[18], follow_up_date=row[19],
                    consent_contact=row[20], consent_at=row[21], updated_at=row[22],
                    captured_by_id=row[23])
            for row in session.execute(stmt)]
    if not rows:
        return rows
    # Products and interaction counts: by id for a few leads, else for the whole
    # manufacturer (one pass each, never one query per lead).
    if len(rows) <= _FEW:
        scope: ColumnElement[bool] = Lead.id.in_([row.id for row in rows])
    else:
        scope = and_(*live[:1], *([Lead.exhibitor_id == exhibitor_id]
                                  if exhibitor_id is not None else []))
    by_id = {row.id: row for row in rows}
    products = session.execute(
        select(LeadProduct.lead_id, Product.name)
        .join(Lead, Lead.id == LeadProduct.lead_id)
        .join(Product, Product.id == LeadProduct.product_id)
        .where(scope, LeadProduct.deleted.is_(False)).order_by(Product.name))
    for lead_id, name in products:
        if lead_id in by_id:
            by_id[lead_id].products.append(name)
    counts = session.execute(
        select(LeadInteraction.lead_id, func.count())
        .join(Lead, Lead.id == LeadInteraction.lead_id)
        .where(scope, LeadInteraction.deleted.is_(False)).group_by(LeadInteraction.lead_id))
    for lead_id, count in counts:
        if lead_id in by_id:
            by_id[lead_id].interactions = count
    return rows


def _money(total: Any) -> Decimal:
    # SQLite sums NUMERIC as a float; two decimals is what a value holds.
    return Decimal(str(total)).quantize(Decimal("0.01"))


def lead_summary(session: Session, exhibitor_id: str | None) -> LeadSummary:
    """Counts by rating and by stage, and the value pipeline per currency."""
    live = [Lead.deleted.is_(False)]
    if exhibitor_id is not None:
        live.append(Lead.exhibitor_id == exhibitor_id)
    by_rating = dict.fromkeys((*RATINGS, ""), 0)
    by_stage = dict.fromkeys(STAGES, 0)
    total = 0
    for rating, stage, count in session.execute(
            select(Lead.rating, Lead.stage, func.count()).where(*live)
            .group_by(Lead.rating, Lead.stage)):
        total += count
        by_rating[rating] = by_rating.get(rating, 0) + count
        by_stage[stage] = by_stage.get(stage, 0) + count
    values = {currency: _money(amount) for currency, amount in session.execute(
        select(Lead.currency, func.sum(Lead.value))
        .where(*live, Lead.value.is_not(None), Lead.currency != "")
        .group_by(Lead.currency).order_by(Lead.currency)) if amount is not None}
    return LeadSummary(total, by_rating, by_stage, values)


def lead_product_ids(session: Session, lead_id: str) -> list[str]:
    """The products ticked on a lead (ids), for the lead form."""
    return list(session.scalars(select(LeadProduct.product_id).where(
        LeadProduct.lead_id == lead_id, LeadProduct.deleted.is_(False))))


def lead_answers(session: Session, lead_id: str) -> dict[str, Any]:
    """Qualifier answers by question id: a str (single, text), a list (multi), a number."""
    return {question_id: value.get("value") for question_id, value in session.execute(
        select(Answer.question_id, Answer.value).where(Answer.lead_id == lead_id,
                                                       Answer.deleted.is_(False)))}


def lead_interactions(session: Session, lead_id: str) -> list[InteractionRow]:
    """A lead's history, oldest first: each scan, edit and merge, by whom and where."""
    rows = session.execute(
        select(LeadInteraction.at, LeadInteraction.kind, LeadInteraction.note, Staff.name,
               Device.name)
        .outerjoin(Staff, Staff.id == LeadInteraction.staff_id)
        .outerjoin(Device, Device.id == LeadInteraction.device_id)
        .where(LeadInteraction.lead_id == lead_id, LeadInteraction.deleted.is_(False))
        .order_by(LeadInteraction.at, LeadInteraction.id))
    return [InteractionRow(at, kind, note, staff or "", device or "")
            for at, kind, note, staff, device in rows]


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _iso(moment: datetime | date | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def lead_to_dict(row: LeadRow) -> dict[str, Any]:
    """A lead as `booth leads list` and `booth leads capture` print it (CLI.md)."""
    return {
        "id": row.id,
        "exhibitor": row.exhibitor,
        "visitor": {"id": row.visitor_id, "code": format_code(row.visitor_code),
                    "name": row.visitor_name, "organization": row.organization,
                    "job_title": row.job_title, "email": row.email, "phone": row.phone,
                    "country": row.country},
        "rating": row.rating,
        "stage": row.stage,
        "value": _number(row.value),
        "currency": row.currency,
        "captured_at": _iso(row.captured_at),
        "captured_by": row.captured_by or None,
        "products": row.products,
        "notes": row.notes,
        "follow_up_action": row.follow_up_action,
        "follow_up_date": _iso(row.follow_up_date),
        "consent_contact": row.consent_contact,
        "consent_at": _iso(row.consent_at),
        "interactions": row.interactions,
        "updated_at": _iso(row.updated_at),
    }
