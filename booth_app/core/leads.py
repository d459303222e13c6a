"""Leads per manufacturer: the rows a booth's lead list shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.storage.models import Exhibitor, Lead, Staff, Visitor

RATINGS = ("hot", "warm", "cold")
STAGES = ("new", "contacted", "meeting", "quotation", "mou", "won", "lost")


@dataclass
class LeadRow:
    id: str
    exhibitor: str
    visitor_name: str
    organization: str
    country: str
    rating: str
    stage: str
    value: Decimal | None
    currency: str
    captured_at: datetime
    captured_by: str


def lead_rows(session: Session, exhibitor_id: str | None = None,
              limit: int = 100_000) -> list[LeadRow]:
    """Leads newest first; one manufacturer's only when `exhibitor_id` is given."""
    stmt = (
        select(Lead.id, Exhibitor.code, Visitor.name, Visitor.organization, Visitor.country,
               Lead.rating, Lead.stage, Lead.value, Lead.currency, Lead.captured_at, Staff.name)
        .join(Exhibitor, Exhibitor.id == Lead.exhibitor_id)
        .join(Visitor, Visitor.id == Lead.visitor_id)
        .outerjoin(Staff, Staff.id == Lead.captured_by_id)
        .where(Lead.deleted.is_(False))
        .order_by(Lead.captured_at.desc())
        .limit(limit)
    )
    if exhibitor_id is not None:
        stmt = stmt.where(Lead.exhibitor_id == exhibitor_id)
    return [LeadRow(*row[:10], captured_by=row[10] or "") for row in session.execute(stmt)]
