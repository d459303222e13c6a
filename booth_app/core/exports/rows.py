"""One manufacturer's leads read for an export: a handful of bulk queries, whatever the
number of leads, each restricted to that manufacturer in SQL (its live leads, their
visitors, its own products and questions, the answers, the capturing laptops), gathered
into a `LeadTable` (core.exports.formats) oldest capture first.

For speed at 100,000 leads:

- The rows come straight from the driver's cursor, without SQLAlchemy's per-value
  conversions: the table keeps SQLite's text and numbers or PostgreSQL's own types as
  they come, and the writers convert what they show.
- Nothing is turned into a cell here: the CSV writer makes its cells from the rows as
  they are, the XLSX and vCard writers ask the table for typed `LeadRecord`s.
"""

from __future__ import annotations

import json
from collections import defaultdict
from operator import itemgetter
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from booth_app.core.exports.formats import (
    LeadTable,
    QuestionColumn,
    Sheet,
    answer_value,
)
from booth_app.storage.models import (
    Answer,
    Device,
    Event,
    Exhibitor,
    Lead,
    LeadInteraction,
    LeadProduct,
    Product,
    Question,
    Staff,
    Visitor,
)


def questions_of(session: Session, exhibitor_id: str) -> tuple[QuestionColumn, ...]:
    """The manufacturer's live qualifier questions, in the form's order."""
    rows = session.execute(
        select(Question.id, Question.text, Question.kind)
        .where(Question.exhibitor_id == exhibitor_id, Question.deleted.is_(False))
        .order_by(Question.position, Question.created_at, Question.id))
    return tuple(QuestionColumn(qid, text, kind) for qid, text, kind in rows)


def sheet_for(session: Session, event: Event, exhibitor: Exhibitor) -> Sheet:
    return Sheet(event.name, event.timezone, exhibitor.code, exhibitor.name,
                 questions_of(session, exhibitor.id))


# In the order of export_formats.LEAD_FIELDS.
_LEAD_COLUMNS = (
    Lead.id, Visitor.name, Visitor.given_name, Visitor.family_name, Visitor.organization,
    Visitor.job_title, Visitor.email, Visitor.phone, Visitor.country, Lead.rating, Lead.stage,
    Lead.notes, Lead.follow_up_action, Lead.follow_up_date, Lead.value, Lead.currency,
    Lead.captured_at, Lead.captured_by_id, Lead.consent_contact, Lead.device_id)
_CAPTURED = 16


def _plain_rows(session: Session, stmt: Select[Any]) -> list[Any]:
    """The rows of a Core select straight from the driver's cursor, in the session's
    transaction: no per-value conversions (a third of the time at 100,000 leads)."""
    conn = session.connection()
    compiled = stmt.compile(dialect=conn.dialect)
    params: Any = compiled.params
    if compiled.positional:
        params = tuple(params[key] for key in compiled.positiontup or ())
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _hashable(value: Any) -> Any:
    """An answer as the table keeps it, hashable so that a writer can keep each distinct
    answer's cell: a choice list as a tuple of texts, yes or no for a yes/no, anything
    else unhashable as the text it shows (each shows as it did, see answer_value)."""
    if isinstance(value, bool):
        return answer_value(value)
    if isinstance(value, list | tuple):
        return tuple(str(item) for item in value)
    try:
        hash(value)
    except TypeError:
        return answer_value(value)
    return value


def read_leads(session: Session, exhibitor_id: str) -> LeadTable:
    """Every live lead of one manufacturer, oldest capture first, ready to write.

    A handful of queries whatever the number of leads, each restricted to this
    manufacturer: the leads with their visitors, then the ticked products (its own
    products only), the answers and the capturing laptops.
    """
    mine = (Lead.exhibitor_id == exhibitor_id, Lead.deleted.is_(False))
    staff: dict[Any, str] = dict(session.execute(select(Staff.id, Staff.name)).all())
    staff[None] = staff[""] = ""
    table = LeadTable(staff=staff,
                      devices=dict(session.execute(select(Device.id, Device.name)).all()))
    # Read in the visitors' order (their rows then come page after page), then sorted by
    # the capture time (SQLite's text or PostgreSQL's datetime: both sort right; the
    # sort is stable, so two leads of the same microsecond stay in visitor order).
    table.leads = _plain_rows(session, select(*_LEAD_COLUMNS)
                              .join(Visitor, Visitor.id == Lead.visitor_id).where(*mine)
                              .order_by(Lead.visitor_id))
    if not table.leads:
        return table
    table.leads.sort(key=itemgetter(_CAPTURED))
    # Ticked products as a bit set per lead, a bit per product of this manufacturer
    # (those of another cannot be ticked on its leads, and are left out if they were).
    product_rows = session.execute(select(Product.id, Product.name)
                                   .where(Product.exhibitor_id == exhibitor_id)
                                   .order_by(Product.name, Product.id)).all()
    table.product_names = tuple(name for _, name in product_rows)
    bits = {product_id: 1 << number for number, (product_id, _) in enumerate(product_rows)}
    ticked: dict[str, int] = {}
    for lead_id, product_id in _plain_rows(session, select(LeadProduct.lead_id,
                                                           LeadProduct.product_id)
                                           .join(Lead, Lead.id == LeadProduct.lead_id)
                                           .where(*mine, LeadProduct.deleted.is_(False))):
        bit = bits.get(product_id)
        if bit:
            ticked[lead_id] = ticked.get(lead_id, 0) | bit
    table.products = ticked
    # Answers repeat ("Yes", ["ICU"]): each stored text is decoded once.
    decoded: dict[str, Any] = {}
    answers: defaultdict[str, dict[str, Any]] = defaultdict(dict)
    for lead_id, question_id, stored in _plain_rows(
            session, select(Answer.lead_id, Answer.question_id, Answer.value)
            .join(Lead, Lead.id == Answer.lead_id).where(*mine, Answer.deleted.is_(False))):
        if type(stored) is str:
            value = decoded.get(stored, decoded)
            if value is decoded:
                value = decoded[stored] = _hashable((json.loads(stored) or {}).get("value"))
            answers[question_id][lead_id] = value
        elif stored:  # PostgreSQL's JSON, decoded already
            answers[question_id][lead_id] = _hashable(stored.get("value"))
    table.answers = dict(answers)
    table.captured_on = _captured_elsewhere(session, exhibitor_id)
    return table


def _captured_elsewhere(session: Session, exhibitor_id: str) -> dict[str, str]:
    """The laptop that captured a lead, where it is not the lead's own device (the one
    that last saved it): its first scan since the capture time (a lead deleted and
    scanned again starts afresh).

    Only the leads with a scan from another laptop are read: for the rest, the first
    scan's laptop is the lead's own. Newest first, so the earliest stays."""
    scan, lead = aliased(LeadInteraction), aliased(Lead)
    elsewhere = (select(scan.lead_id).join(lead, lead.id == scan.lead_id)
                 .where(*_since_capture(exhibitor_id, lead, scan),
                        scan.device_id != lead.device_id))
    if session.scalar(select(elsewhere.exists())) is not True:
        return {}
    return dict(_plain_rows(
        session, select(LeadInteraction.lead_id, LeadInteraction.device_id)
        .join(Lead, Lead.id == LeadInteraction.lead_id)
        .where(*_since_capture(exhibitor_id), LeadInteraction.lead_id.in_(elsewhere))
        .order_by(LeadInteraction.at.desc(), LeadInteraction.id.desc())))


def _since_capture(exhibitor_id: str, lead: Any = Lead, scan: Any = LeadInteraction
                   ) -> tuple[Any, ...]:
    """The live scans of the manufacturer's live leads since their capture."""
    return (lead.exhibitor_id == exhibitor_id, lead.deleted.is_(False),
            scan.deleted.is_(False), scan.at >= lead.captured_at)


def lead_counts(session: Session) -> dict[str, int]:
    """Live leads per manufacturer id."""
    return dict(session.execute(
        select(Lead.exhibitor_id, func.count()).where(Lead.deleted.is_(False))
        .group_by(Lead.exhibitor_id)).all())
