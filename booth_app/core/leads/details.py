"""One lead in full, for the lead form and the CLI: the products ticked, the qualifier
answers, its history, and `lead_to_dict` (a lead as `booth leads` prints it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.badges.codes import format_code
from booth_app.core.leads.listing import LeadRow
from booth_app.storage.models import Answer, Device, LeadInteraction, LeadProduct, Staff


@dataclass
class InteractionRow:
    at: datetime
    kind: str  # scan, manual, edit, merge
    note: str
    staff: str  # name, "" when unknown
    device: str  # the laptop's name


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
    """A lead as `booth leads list` and `booth leads capture` print it (CLI.md); the
    row must carry its details (`lead_row`, or `list_leads(..., details=True)`)."""
    if not row.detailed:
        raise ValueError("lead_to_dict needs a row read with details=True")
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
    }
