"""A scan at a booth becomes a lead for that booth's manufacturer; edits and deletes.

One lead per visitor per manufacturer: scanning the same visitor again opens the same
lead and adds an interaction (time, staff member; the laptop is the row's device), so
two manufacturers scanning one visitor hold a lead each and nobody holds two. A lead
deleted earlier (a tombstone, so sync carries the delete) comes back on a rescan as a
fresh lead: what was deleted stays deleted, the history stays.

What the qualifying form writes (`LeadFields`, checked in core.leads.fields) is
validated first and written as a whole, or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.audit import with_origin
from booth_app.core.badges.codes import format_code, normalise_code
from booth_app.core.badges.tokens import check_token, looks_like_token
from booth_app.core.errors import BoothError, InputError, NotFound
from booth_app.core.events import require_event
from booth_app.core.leads.fields import MAX_ANSWER, MAX_NOTES, SIMPLE_FIELDS, LeadFields, clean_text
from booth_app.core.leads.vocabulary import STAGE_LABELS
from booth_app.core.visitors.erasure import ERASED_MESSAGE
from booth_app.core.visitors.foreign_badge import ForeignBadge, parse_foreign
from booth_app.core.visitors.lookup import (
    erased_code,
    follow_merges,
    listed_visitor,
    scan_readings,
    visitor_by_code,
)
from booth_app.core.visitors.register import add_visitor
from booth_app.storage.ids import new_id, utcnow
from booth_app.storage.models import (
    Answer,
    AuditLog,
    Event,
    Exhibitor,
    Lead,
    LeadInteraction,
    LeadProduct,
    Staff,
    Visitor,
)

MAX_PAYLOAD = 4096
SOURCE = "lead-scan"  # Visitor.source of a visitor first met at a booth
_KIND_WORDS = {"vcard": "vCard", "mecard": "MECARD", "url": "badge link",
               "delimited": "badge", "email": "e-mail badge"}


class UnreadableBadge(InputError):
    """An organiser's badge that cannot make a visitor on its own (no name, cut short);
    `foreign` holds what it does say, to prefill the visitor form."""

    def __init__(self, message: str, foreign: ForeignBadge, **values: object) -> None:
        super().__init__(message, **values)
        self.foreign = foreign


@dataclass
class CaptureResult:
    lead: Lead
    visitor: Visitor
    created: bool  # a new lead (or a deleted one started afresh), not a rescan
    visitor_created: bool  # the visitor was registered from this scan
    source: str = ""  # badge, code, vcard, mecard, url, delimited, email or manual


# -- who was scanned -----------------------------------------------------------------------


def resolve_visitor(session: Session, event: Event, payload: str) -> tuple[Visitor, bool, str]:
    """The visitor a scan names: (visitor, created, source kind).

    Our badge (its MAC checked, through any keyboard layout; a badge revoked by a
    reprint still names its visitor, as a lead is about the person, not the door), a
    typed short code, or an organiser's badge: matched to a listed visitor by
    registration id or e-mail, else registered from the badge (source "lead-scan").
    InputError (nothing written) for an altered code, an unknown code, garbage, a badge
    without a name or a vCard cut short.
    """
    if not isinstance(payload, str) or not payload.strip():
        raise InputError("Nothing was scanned.")
    raw = payload[:MAX_PAYLOAD]
    readings = scan_readings(raw)
    tokens = [reading for reading in readings if looks_like_token(reading)]
    if tokens:
        verdict = next((v for v in (check_token(event, t) for t in tokens)
                        if v.kind == "valid"), None)
        if verdict is None:
            raise InputError("This badge's code was altered or made up: not a badge of "
                             "this event.")
        visitor = visitor_by_code(session, verdict.code)
        if visitor is None and erased_code(session, verdict.code):
            raise InputError(ERASED_MESSAGE)
        if visitor is None:
            raise NotFound("A genuine badge, but this visitor is not on this laptop yet: "
                           "sync, or type the visitor in.")
        return visitor, False, "badge"
    code = next((c for c in map(normalise_code, readings) if c), None)
    if code is not None:
        visitor = visitor_by_code(session, code)
        if visitor is None and erased_code(session, code):
            raise InputError(ERASED_MESSAGE)
        if visitor is None:
            raise NotFound("No visitor has the code {code}.", code=format_code(code))
        return visitor, False, "code"
    foreign = parse_foreign(raw)
    if foreign is None:
        raise InputError("Not a badge: no visitor could be read from this scan.")
    what = _KIND_WORDS.get(foreign.kind, "badge")
    if foreign.kind == "vcard" and "END:VCARD" not in foreign.raw.upper():
        # Its last line may be cut anywhere (a name, an e-mail, a registration id).
        raise UnreadableBadge("This vCard was cut short: scan it again, or type the "
                              "visitor in.", foreign)
    known = listed_visitor(session, event, foreign)
    if known is not None:
        return known, False, foreign.kind
    if not foreign.name:
        raise UnreadableBadge("This {what} carries no name: type the visitor in.", foreign,
                              what=what)
    return add_visitor(session, foreign.to_fields(), source=SOURCE), True, foreign.kind


# -- capture -------------------------------------------------------------------------------


def _check_access(session: Session, staff_id: str | None, exhibitor_id: str) -> None:
    """Booth staff act for their own manufacturer only; coordinators (and the command
    line, staff_id None) for every one."""
    if staff_id is None:
        return
    member = session.get(Staff, staff_id)
    if member is None or member.deleted or not member.active:
        raise BoothError("This staff member can no longer work here: sign in again.")
    if member.role != "coordinator" and member.exhibitor_id != exhibitor_id:
        raise BoothError("This lead belongs to another manufacturer.")


def capture_lead(session: Session, exhibitor: Exhibitor, payload: str, *,
                 staff_id: str | None = None, now: datetime | None = None,
                 fields: LeadFields | None = None) -> CaptureResult:
    """Scan `payload` into `exhibitor`'s lead for its visitor (the caller commits).

    Only InputError (and its kin) for a payload that names nobody; nothing is written.
    `fields` (validated against this manufacturer) are written with the capture.
    """
    event = require_event(session)
    visitor, visitor_created, source = resolve_visitor(session, event, payload)
    result = capture_for_visitor(session, exhibitor, visitor, staff_id=staff_id, now=now,
                                 fields=fields, source=source)
    result.visitor_created = visitor_created
    return result


def capture_for_visitor(session: Session, exhibitor: Exhibitor, visitor: Visitor, *,
                        staff_id: str | None = None, now: datetime | None = None,
                        fields: LeadFields | None = None,
                        source: str = "manual", kind: str | None = None) -> CaptureResult:
    """The lead of `visitor` at `exhibitor`, made or reopened, with an interaction
    ("scan", "manual" for a visitor typed in by hand, or the `kind` given: "meeting")."""
    if exhibitor.deleted:
        raise NotFound("The exhibitor {code} was removed.", code=exhibitor.code)
    _check_access(session, staff_id, exhibitor.id)
    kept = follow_merges(session, visitor)
    if kept is None:
        raise NotFound("This visitor was removed.")
    now = now or utcnow()
    lead = session.scalars(select(Lead).where(Lead.exhibitor_id == exhibitor.id,
                                              Lead.visitor_id == kept.id)).first()
    created = lead is None or lead.deleted
    if lead is None:
        lead = Lead(id=new_id(), exhibitor_id=exhibitor.id, visitor_id=kept.id)
        session.add(lead)
    if created:
        _start_afresh(lead, now, staff_id)
    changes = _apply(session, lead, fields, now) if fields is not None else []
    note = "; ".join([source, *changes])[:MAX_ANSWER]
    session.add(LeadInteraction(lead_id=lead.id, at=now, staff_id=staff_id,
                                kind=kind or ("manual" if source == "manual" else "scan"),
                                note=note))
    session.flush()
    return CaptureResult(lead, kept, created, False, source)


def _start_afresh(lead: Lead, now: datetime, staff_id: str | None) -> None:
    # A new lead, or a deleted one reused (the row is unique per manufacturer and
    # visitor even as a tombstone); a reused lead's products and answers stay deleted.
    lead.deleted = False
    lead.rating, lead.stage, lead.notes = "", "new", ""
    lead.follow_up_action, lead.follow_up_date = "", None
    lead.value, lead.currency = None, ""
    lead.consent_contact, lead.consent_at = False, None
    lead.captured_at, lead.captured_by_id = now, staff_id




# -- writing -------------------------------------------------------------------------------


def _shown(name: str, value: Any) -> str:
    if name == "value":
        return f"{value:,.2f}" if value is not None else "–"
    if name == "stage":
        return STAGE_LABELS.get(value, value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value) if value not in (None, "") else "–"


def _apply(session: Session, lead: Lead, fields: LeadFields, now: datetime) -> list[str]:
    """Write `fields` to `lead`; what changed, for the interaction's note."""
    if fields.exhibitor_id and fields.exhibitor_id != lead.exhibitor_id:
        raise ValueError("these fields were checked against another manufacturer")
    changes: list[str] = []
    for name in SIMPLE_FIELDS:
        if name not in fields.given:
            continue
        new, old = getattr(fields, name), getattr(lead, name)
        if new == old:
            continue
        setattr(lead, name, new)
        if name == "consent_contact":
            lead.consent_at = now if new else None
        changes.append("notes" if name == "notes" else
                       f"{name.replace('_', ' ')}: {_shown(name, new)}")
    if fields.add_note and fields.add_note not in lead.notes:
        lead.notes = clean_text(f"{lead.notes}\n{fields.add_note}", MAX_NOTES)
        changes.append("note added")
    if "product_ids" in fields.given:
        changes += _set_products(session, lead, fields.product_ids, replace=True)
    if fields.add_product_ids:
        changes += _set_products(session, lead, fields.add_product_ids, replace=False)
    if "answers" in fields.given:
        changes += _set_answers(session, lead, fields.answers)
    return changes


def _set_products(session: Session, lead: Lead, product_ids: tuple[str, ...], *,
                  replace: bool) -> list[str]:
    rows = {row.product_id: row for row in session.scalars(
        select(LeadProduct).where(LeadProduct.lead_id == lead.id))}
    changed = False
    for product_id in product_ids:
        row = rows.get(product_id)
        if row is None:
            session.add(LeadProduct(lead_id=lead.id, product_id=product_id))
            changed = True
        elif row.deleted:
            row.deleted, changed = False, True
    if replace:
        for product_id, row in rows.items():
            if product_id not in product_ids and not row.deleted:
                row.deleted, changed = True, True
    return ["products"] if changed else []


def _set_answers(session: Session, lead: Lead, answers: dict[str, Any]) -> list[str]:
    rows = {row.question_id: row for row in session.scalars(
        select(Answer).where(Answer.lead_id == lead.id))}
    changed = False
    for question_id, value in answers.items():
        row = rows.get(question_id)
        if row is None:
            session.add(Answer(lead_id=lead.id, question_id=question_id,
                               value={"value": value}))
            changed = True
        elif row.deleted or row.value.get("value") != value:
            row.deleted, row.value, changed = False, {"value": value}, True
    for question_id, row in rows.items():
        if question_id not in answers and not row.deleted:
            row.deleted, changed = True, True
    return ["answers"] if changed else []


def update_lead(session: Session, lead: Lead, fields: LeadFields, *, staff_id: str | None,
                now: datetime | None = None) -> list[str]:
    """Write the form to `lead`; an "edit" interaction says what changed (none when
    nothing did). Returns the changes."""
    if lead.deleted:
        raise NotFound("This lead was deleted.")
    _check_access(session, staff_id, lead.exhibitor_id)
    now = now or utcnow()
    changes = _apply(session, lead, fields, now)
    if changes:
        session.add(LeadInteraction(lead_id=lead.id, at=now, staff_id=staff_id, kind="edit",
                                    note="; ".join(changes)[:MAX_ANSWER]))
    session.flush()
    return changes


def delete_lead(session: Session, lead: Lead, *, staff_id: str | None,
                now: datetime | None = None) -> None:
    """Tombstone the lead with its products and answers (sync carries it); audited."""
    _check_access(session, staff_id, lead.exhibitor_id)
    if lead.deleted:
        return
    now = now or utcnow()
    lead.deleted = True
    for model in (LeadProduct, Answer):
        for row in session.scalars(select(model).where(model.lead_id == lead.id,
                                                       model.deleted.is_(False))):
            row.deleted = True
    session.add(AuditLog(at=now, staff_id=staff_id, action="lead.delete", entity="lead",
                         entity_id=lead.id,
                         detail=with_origin({"exhibitor_id": lead.exhibitor_id,
                                             "visitor_id": lead.visitor_id}, staff_id)))
    session.flush()


def find_lead(session: Session, lead_id: str, *, exhibitor_id: str | None) -> Lead:
    """A live lead by id, only within `exhibitor_id` (None: any, for coordinators)."""
    lead = session.get(Lead, lead_id)
    if lead is None or lead.deleted or (exhibitor_id is not None
                                        and lead.exhibitor_id != exhibitor_id):
        raise NotFound("No such lead.")
    return lead
