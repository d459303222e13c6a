"""Subject access: everything this database holds about one person, as one JSON file.

What a visitor may ask to see (UU PDP 27/2022 art. 7, UAE PDPL art. 13): their
registration (with any duplicate merged into it), badges printed, check-ins, every
manufacturer's lead about them with its notes, follow-up, products, answers and
history, their meeting requests, meetings and times they could not meet, and the audit
entries about them. Times are ISO 8601 in UTC. The export is audited; an existing file
is never replaced.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app import __version__
from booth_app.core import audit
from booth_app.core.badges.codes import format_code
from booth_app.core.events import require_event
from booth_app.core.exports.lead_exports import _check_target, _durable, _written_in_place
from booth_app.core.visitors.erasure import person_rows
from booth_app.core.visitors.lookup import find_visitor
from booth_app.storage.database import Database
from booth_app.storage.ids import utcnow
from booth_app.storage.models import (
    Answer,
    AuditLog,
    Badge,
    Checkin,
    CheckinPoint,
    Device,
    Exhibitor,
    Lead,
    LeadInteraction,
    LeadProduct,
    Meeting,
    MeetingRequest,
    MeetingUnavailability,
    Product,
    Question,
    Staff,
    Visitor,
)

VISITOR_FIELDS = ("id", "name", "given_name", "family_name", "organization", "job_title",
                  "email", "phone", "country", "category", "consent", "consent_at",
                  "external_id", "source", "notes", "created_at", "updated_at", "erased_at")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _visitor(visitor: Visitor) -> dict[str, Any]:
    data = {key: _plain(getattr(visitor, key)) for key in VISITOR_FIELDS}
    data["code"] = format_code(visitor.code)
    return data


def _names(session: Session, model: Any, ids: set[str]) -> dict[str, Any]:
    if not ids:
        return {}
    return {row.id: row for row in session.scalars(select(model).where(model.id.in_(ids)))}


def _leads(session: Session, ids: list[str]) -> list[dict[str, Any]]:
    leads = list(session.scalars(select(Lead).where(Lead.visitor_id.in_(ids))
                                 .order_by(Lead.captured_at)))
    lead_ids = [lead.id for lead in leads]
    makers = _names(session, Exhibitor, {lead.exhibitor_id for lead in leads})
    staff = {s.id: s.name for s in session.scalars(select(Staff))}
    products: dict[str, list[str]] = {}
    for lead_id, name in session.execute(
            select(LeadProduct.lead_id, Product.name).join(Product, Product.id ==
                                                           LeadProduct.product_id)
            .where(LeadProduct.lead_id.in_(lead_ids), LeadProduct.deleted.is_(False))):
        products.setdefault(lead_id, []).append(name)
    answers: dict[str, list[dict[str, Any]]] = {}
    for lead_id, question, value in session.execute(
            select(Answer.lead_id, Question.text, Answer.value)
            .join(Question, Question.id == Answer.question_id)
            .where(Answer.lead_id.in_(lead_ids), Answer.deleted.is_(False))):
        answers.setdefault(lead_id, []).append(
            {"question": question, "answer": (value or {}).get("value")})
    history: dict[str, list[dict[str, Any]]] = {}
    for row in session.scalars(select(LeadInteraction).where(
            LeadInteraction.lead_id.in_(lead_ids)).order_by(LeadInteraction.at)):
        history.setdefault(row.lead_id, []).append(
            {"at": _plain(row.at), "kind": row.kind, "note": row.note,
             "by": staff.get(row.staff_id or "", "")})
    out = []
    for lead in leads:
        maker = makers.get(lead.exhibitor_id)
        out.append({
            "id": lead.id, "exhibitor": maker.code if maker else "",
            "exhibitor_name": maker.name if maker else "", "deleted": lead.deleted,
            "rating": lead.rating, "stage": lead.stage, "notes": lead.notes,
            "follow_up_action": lead.follow_up_action,
            "follow_up_date": _plain(lead.follow_up_date), "value": _plain(lead.value),
            "currency": lead.currency, "captured_at": _plain(lead.captured_at),
            "captured_by": staff.get(lead.captured_by_id or "", ""),
            "consent_contact": lead.consent_contact, "consent_at": _plain(lead.consent_at),
            "products": sorted(products.get(lead.id, [])),
            "answers": answers.get(lead.id, []), "interactions": history.get(lead.id, [])})
    return out


def personal_data(session: Session, visitor: Visitor) -> dict[str, Any]:
    """Everything held about the person `visitor` is (see the module)."""
    people = person_rows(session, [visitor])
    ids = [person.id for person in people]
    event = require_event(session)
    points = {p.id: p.name for p in session.scalars(select(CheckinPoint))}
    makers = {e.id: e for e in session.scalars(select(Exhibitor))}
    devices = {d.id: d.name for d in session.scalars(select(Device))}

    def maker(exhibitor_id: str | None) -> str:
        found = makers.get(exhibitor_id or "")
        return found.code if found else ""

    return {
        "event": {"id": event.id, "name": event.name},
        "exported_at": _plain(utcnow()),
        "exported_by": f"Booth {__version__}",
        "visitor": _visitor(visitor),
        "duplicates_merged_in": [_visitor(person) for person in people[1:]],
        "badges": [{"version": b.version, "printed": b.printed_count,
                    "last_printed_at": _plain(b.last_printed_at), "layout": b.layout,
                    "revoked": b.revoked, "revoked_at": _plain(b.revoked_at)}
                   for b in session.scalars(select(Badge).where(Badge.visitor_id.in_(ids))
                                            .order_by(Badge.version))],
        "checkins": [{"at": _plain(c.scanned_at), "point": points.get(c.point_id or "", ""),
                      "direction": c.direction, "status": c.status,
                      "badge_version": c.badge_version,
                      "laptop": devices.get(c.device_id, "")}
                     for c in session.scalars(select(Checkin).where(
                         Checkin.visitor_id.in_(ids)).order_by(Checkin.scanned_at))],
        "leads": _leads(session, ids),
        "meeting_requests": [
            {"exhibitor": maker(r.exhibitor_id), "priority": r.priority,
             "requested_by": r.requested_by, "vetoed_by": r.vetoed_by, "note": r.note,
             "made_at": _plain(r.created_at), "deleted": r.deleted}
            for r in session.scalars(select(MeetingRequest).where(
                MeetingRequest.visitor_id.in_(ids)).order_by(MeetingRequest.created_at))],
        "meetings": [
            {"exhibitor": maker(m.exhibitor_id), "table": m.table_name,
             "start": _plain(m.starts_at), "end": _plain(m.ends_at), "status": m.status,
             "checked_in_at": _plain(m.checked_in_at), "outcome": m.outcome,
             "outcome_value": _plain(m.outcome_value), "outcome_currency": m.outcome_currency,
             "outcome_note": m.outcome_note, "deleted": m.deleted}
            for m in session.scalars(select(Meeting).where(Meeting.visitor_id.in_(ids))
                                     .order_by(Meeting.starts_at))],
        "unavailable": [{"from": _plain(u.starts_at), "to": _plain(u.ends_at)}
                        for u in session.scalars(select(MeetingUnavailability).where(
                            MeetingUnavailability.visitor_id.in_(ids)))],
        "audit": [{"at": _plain(a.at), "action": a.action,
                   "laptop": devices.get(a.device_id, "")}
                  for a in session.scalars(select(AuditLog).where(
                      AuditLog.entity_id.in_(ids)).order_by(AuditLog.at))],
    }


def export_personal_data(db: Database, ref: str, out: str | Path, *,
                         staff_id: str | None = None) -> dict[str, Any]:
    """Write `personal_data` of the person `ref` (id, short code or e-mail) to `out`
    (never over an existing file: ExportExists, exit 2); audited."""
    target = _check_target(out, overwrite=False)
    with db.reader() as session:
        visitor = find_visitor(session, require_event(session), ref, removed=True)
        data = personal_data(session, visitor)
    with (_written_in_place(target, overwrite=False) as temp,
          open(temp, "w", encoding="utf-8") as stream):
        json.dump(data, stream, ensure_ascii=False, indent=2)
        _durable(stream)
    with db.session() as session:
        audit.record(session, audit.EXPORT_DATA, entity="visitor", entity_id=visitor.id,
                     detail={"file": target.name, "leads": len(data["leads"]),
                             "meetings": len(data["meetings"])}, staff_id=staff_id)
    return {"file": str(target), "visitor": visitor.id, "leads": len(data["leads"]),
            "checkins": len(data["checkins"]), "meetings": len(data["meetings"])}
