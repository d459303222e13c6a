"""Registration beyond the first add: editing a visitor, finding and merging duplicates.

Merging keeps one visitor and tombstones the others. A merged duplicate's badges are
left where they are, because a badge already printed must still admit the person:
the tombstoned visitor points at the one it became through `merged_into_id`, and
check-in (and lead capture) follow that pointer, repeatedly if merges were chained,
until they reach a live visitor. Check-ins and leads move to the visitor kept.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from booth_app.core.audit import with_origin
from booth_app.core.errors import InputError
from booth_app.core.leads.vocabulary import STAGES
from booth_app.core.text import fold
from booth_app.core.visitors.register import VisitorFields
from booth_app.core.visitors.search import index_text
from booth_app.storage.ids import utcnow
from booth_app.storage.models import (
    Answer,
    AuditLog,
    Checkin,
    Lead,
    LeadInteraction,
    LeadProduct,
    Meeting,
    MeetingRequest,
    MeetingUnavailability,
    Visitor,
)

# Fields the form edits; the rest of VisitorFields is kept as the visitor has it.
EDITABLE = ("name", "organization", "job_title", "email", "phone", "country", "category",
            "given_name", "family_name", "external_id")
# Filled on the visitor kept from a duplicate when the kept one has them empty.
FILLABLE = ("organization", "job_title", "email", "phone", "country", "given_name",
            "family_name", "external_id")


def _reindex(visitor: Visitor) -> None:
    visitor.sort_name = fold(visitor.name)
    visitor.search_text = index_text(visitor.name, visitor.organization, visitor.email,
                                     visitor.code, visitor.phone)


def update_visitor(session: Session, visitor: Visitor, fields: VisitorFields, *,
                   staff_id: str | None = None, now: datetime | None = None) -> Visitor:
    """Save an edit: the search words follow, consent keeps the time it was given.

    Withdrawn consent clears its time (nothing is shared from then on); the audit row
    records when it was withdrawn.
    """
    if visitor.deleted:
        raise InputError("This visitor was removed or merged into another; it cannot be edited.")
    fields = VisitorFields.parse(**vars(fields))  # the same rules as at registration
    now = now or utcnow()
    changed = [key for key in EDITABLE if getattr(visitor, key) != getattr(fields, key)]
    for key in changed:
        setattr(visitor, key, getattr(fields, key))
    if fields.consent and not visitor.consent:
        visitor.consent, visitor.consent_at = True, now
        changed.append("consent")
    elif not fields.consent and visitor.consent:
        visitor.consent, visitor.consent_at = False, None
        changed.append("consent")
    if not changed:
        return visitor
    _reindex(visitor)
    detail: dict[str, Any] = {"fields": changed}
    if "consent" in changed:
        detail["consent"] = visitor.consent
    session.add(AuditLog(at=now, staff_id=staff_id, action="visitor.edit", entity="visitor",
                         entity_id=visitor.id, detail=with_origin(detail, staff_id)))
    session.flush()
    return visitor


# -- duplicates -------------------------------------------------------------------------

def find_duplicates(session: Session, limit: int | None = None) -> list[list[Visitor]]:
    """Groups of live visitors that look like one person, each group in name order.

    Two visitors belong together when they share an e-mail address (case-insensitive,
    not empty), or the same name and the same organisation (accents and case aside,
    organisation not empty: two "Mohammed Ali" with no organisation are often two
    people). With `limit`, only the first groups (in name order) are loaded.
    """
    groups = duplicate_groups(session)
    if limit is not None:
        groups = groups[:limit]
    if not groups:
        return []
    visitors = {v.id: v for v in visitors_by_id(session, [vid for ids in groups for vid in ids])}
    return [[visitors[vid] for vid in ids] for ids in groups]


def duplicate_groups(session: Session) -> list[list[str]]:
    """The ids of each duplicate group, groups and members in name order.

    Candidates come from GROUP BY over indexed columns, so 250,000 visitors cost one
    pass of each index, never a comparison of every pair; only visitors sharing an
    e-mail or a name are read.
    """
    # Both key lists come from covering index scans (e-mail; deleted+sort_name): e-mails
    # are stored lowercased by VisitorFields, and a tombstone counted here only adds a
    # candidate that the live filter below drops again.
    live = Visitor.deleted.is_(False)
    shared_emails = (select(Visitor.email).where(Visitor.email != "")
                     .group_by(Visitor.email).having(func.count() > 1))
    shared_names = (select(Visitor.sort_name).where(live)
                    .group_by(Visitor.sort_name).having(func.count() > 1))
    rows = session.execute(
        select(Visitor.id, Visitor.email, Visitor.sort_name, Visitor.organization)
        .where(live, Visitor.email.in_(shared_emails) | Visitor.sort_name.in_(shared_names))
        .order_by(Visitor.sort_name, Visitor.id)
    ).all()
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    keys: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    folded: dict[str, str] = {}  # organisations repeat: fold each spelling once
    for vid, mail, sort_name, organization in rows:
        if mail:
            keys[("email", mail.lower(), "")].append(vid)
        if organization:
            org = folded.get(organization)
            if org is None:
                org = folded[organization] = fold(organization)
            if org:
                keys[("name", sort_name, org)].append(vid)
    for ids in keys.values():
        first = root(ids[0])
        for other in ids[1:]:
            top = root(other)
            if top != first:
                parent[top] = first
    groups: dict[str, list[str]] = defaultdict(list)
    for vid, *_rest in rows:  # name order, kept within each group
        if vid in parent:
            groups[root(vid)].append(vid)
    return [ids for ids in groups.values() if len(ids) > 1]


def visitors_by_id(session: Session, ids: list[str]) -> list[Visitor]:
    found: list[Visitor] = []
    for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        found.extend(session.scalars(select(Visitor).where(Visitor.id.in_(ids[start:start + 500]))))
    return found


def duplicates_of(session: Session, visitor: Visitor) -> list[Visitor]:
    """Live visitors that look like this one (the rule of find_duplicates); two index
    look-ups, cheap enough to run whenever a visitor is shown."""
    found: dict[str, Visitor] = {}
    live = (Visitor.deleted.is_(False), Visitor.id != visitor.id)
    if visitor.email:
        # Tombstones are skipped here, not in SQL: with `deleted` in the WHERE clause
        # SQLite prefers the (deleted, sort_name) index and reads every visitor.
        for other in session.scalars(select(Visitor).where(
                Visitor.email == visitor.email.lower()).limit(200)):
            if not other.deleted and other.id != visitor.id:
                found[other.id] = other
    org = fold(visitor.organization or "")
    if org and visitor.sort_name:
        for other in session.scalars(select(Visitor).where(
                Visitor.sort_name == visitor.sort_name, *live).limit(200)):
            if fold(other.organization or "") == org:
                found[other.id] = other
    return sorted(found.values(), key=lambda v: (v.sort_name, v.id))


# -- merging ----------------------------------------------------------------------------

def merge_visitors(session: Session, keep: Visitor, others: list[Visitor], *,
                   staff_id: str | None = None, now: datetime | None = None) -> Visitor:
    """Make `others` into `keep`: details filled, check-ins and leads moved, others
    tombstoned with `merged_into_id` so their printed badges still find the person.

    Runs inside the caller's transaction (one `db.session()`): all or nothing.
    """
    others = list({o.id: o for o in others}.values())
    if not others:
        raise InputError("Choose at least one other visitor to merge.")
    if keep.deleted:
        raise InputError("{name} was removed or already merged; keep another visitor.",
                         name=keep.name)
    for other in others:
        if other.id == keep.id:
            raise InputError("A visitor cannot be merged with itself.")
        if other.deleted:
            raise InputError("{name} was removed or already merged.", name=other.name)
    now = now or utcnow()
    other_ids = [o.id for o in others]
    moved_checkins = moved_leads = joined_leads = 0
    for other in others:
        _fill_from(keep, other)
        for checkin in session.scalars(select(Checkin).where(Checkin.visitor_id == other.id)):
            checkin.visitor_id = keep.id
            moved_checkins += 1
        for lead in session.scalars(select(Lead).where(Lead.visitor_id == other.id,
                                                       Lead.deleted.is_(False))):
            if _move_lead(session, keep, lead, now):
                moved_leads += 1
            else:
                joined_leads += 1
        _move_meetings(session, keep, other)
        # Visitors merged into this one earlier now point straight at the one kept.
        for earlier in session.scalars(select(Visitor).where(Visitor.merged_into_id == other.id)):
            earlier.merged_into_id = keep.id
        other.merged_into_id = keep.id
        other.deleted = True
    _reindex(keep)
    session.add(AuditLog(at=now, staff_id=staff_id, action="visitor.merge", entity="visitor",
                         entity_id=keep.id,
                         detail=with_origin({"merged": other_ids, "checkins": moved_checkins,
                                             "leads_moved": moved_leads,
                                             "leads_joined": joined_leads}, staff_id)))
    session.flush()
    return keep


def _move_meetings(session: Session, keep: Visitor, other: Visitor) -> None:
    """Business matching follows the person: requests (one per manufacturer: the kept
    visitor's own request wins), meetings and unavailability move to `keep`."""
    held = {r.exhibitor_id: r for r in session.scalars(select(MeetingRequest).where(
        MeetingRequest.visitor_id == keep.id, MeetingRequest.deleted.is_(False)))}
    for request in session.scalars(select(MeetingRequest).where(
            MeetingRequest.visitor_id == other.id, MeetingRequest.deleted.is_(False))):
        kept = held.get(request.exhibitor_id)
        if kept is None:
            request.visitor_id = keep.id
            held[request.exhibitor_id] = request
            continue
        taken = session.scalars(select(Meeting.id).where(
            Meeting.request_id == kept.id, Meeting.deleted.is_(False),
            Meeting.status != "cancelled").limit(1)).first() is not None
        for meeting in session.scalars(select(Meeting).where(
                Meeting.request_id == request.id)):
            meeting.request_id = kept.id
            if taken and meeting.status == "scheduled":
                meeting.status = "cancelled"  # one meeting per pair is enough
        request.deleted = True
    for model in (Meeting, MeetingUnavailability):
        for row in session.scalars(select(model).where(model.visitor_id == other.id)):
            row.visitor_id = keep.id


def _fill_from(keep: Visitor, other: Visitor) -> None:
    for key in FILLABLE:
        if not getattr(keep, key) and getattr(other, key):
            setattr(keep, key, getattr(other, key))
    if keep.category == "other" and other.category != "other":
        keep.category = other.category
    if other.consent and not keep.consent:
        keep.consent, keep.consent_at = True, other.consent_at
    if other.notes and other.notes not in keep.notes:
        keep.notes = f"{keep.notes}\n{other.notes}".strip()


_RATING_RANK = {"hot": 3, "warm": 2, "cold": 1}
_STAGE_RANK = {stage: i for i, stage in enumerate(STAGES)} | {"lost": 0}


def lead_rank(lead: Lead) -> tuple[int, int, int, datetime]:
    """Which of two leads to keep: further along, with a value, hotter, more recent."""
    return (_STAGE_RANK.get(lead.stage, 0), int(bool(lead.value)),
            _RATING_RANK.get(lead.rating, 0), lead.updated_at or lead.captured_at)


_LEAD_CONTENT = ("rating", "stage", "follow_up_action", "follow_up_date", "value", "currency",
                 "captured_by_id")


def _move_lead(session: Session, keep: Visitor, lead: Lead, now: datetime) -> bool:
    """Give `lead` to `keep`; True when moved whole, False when joined to keep's own lead.

    The lead table allows one row per (manufacturer, visitor), tombstones included, so
    when keep already has a row for that manufacturer that row survives and takes the
    better lead's content; the other's history, products and answers join it.
    """
    target = session.scalar(select(Lead).where(Lead.visitor_id == keep.id,
                                               Lead.exhibitor_id == lead.exhibitor_id))
    if target is None:
        lead.visitor_id = keep.id
        return True
    other_wins = target.deleted or lead_rank(lead) > lead_rank(target)
    if other_wins:
        for key in _LEAD_CONTENT:
            setattr(target, key, getattr(lead, key))
    if target.deleted:
        target.deleted, target.notes = False, ""
    if lead.notes and lead.notes not in target.notes:
        target.notes = f"{target.notes}\n{lead.notes}".strip()
    target.captured_at = min(target.captured_at, lead.captured_at)
    if lead.consent_contact and not target.consent_contact:
        target.consent_contact, target.consent_at = True, lead.consent_at
    for interaction in session.scalars(select(LeadInteraction)
                                       .where(LeadInteraction.lead_id == lead.id)):
        interaction.lead_id = target.id
    _join_children(session, LeadProduct, "product_id", lead, target, other_wins=True)
    _join_children(session, Answer, "question_id", lead, target, other_wins=other_wins)
    session.add(LeadInteraction(lead_id=target.id, at=now, kind="merge",
                                note=f"merged with lead {lead.id}"))
    lead.deleted = True
    return False


def _join_children(session: Session, model: Any, key: str, lead: Lead, target: Lead, *,
                   other_wins: bool) -> None:
    """Move rows unique per (lead, key) from `lead` to `target` without doubling any."""
    existing = {getattr(row, key): row for row in
                session.scalars(select(model).where(model.lead_id == target.id))}
    for row in session.scalars(select(model).where(model.lead_id == lead.id,
                                                   model.deleted.is_(False))):
        twin = existing.get(getattr(row, key))
        if twin is None:
            row.lead_id = target.id
            continue
        if twin.deleted or other_wins:
            if hasattr(row, "value"):
                twin.value = row.value
            twin.deleted = False
        row.deleted = True
