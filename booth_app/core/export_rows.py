"""One manufacturer's leads read for an export: a handful of bulk queries, whatever the
number of leads, each restricted to that manufacturer in SQL (its live leads with their
visitors, its own products and questions, the answers, the capturing laptops), turned
into `LeadRecord`s (core.export_formats) oldest capture first.

For speed at 100,000 leads the rows come straight from the driver's cursor, without
SQLAlchemy's per-value conversions, and the few typed columns (times, dates, amounts,
JSON answers) are converted here from SQLite's text or PostgreSQL's own types.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from operator import itemgetter
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from booth_app.core.export_formats import LeadRecord, QuestionColumn, Sheet, split_name
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


_LEAD_COLUMNS = (
    Lead.id, Visitor.name, Visitor.given_name, Visitor.family_name, Visitor.organization,
    Visitor.job_title, Visitor.email, Visitor.phone, Visitor.country, Lead.rating, Lead.stage,
    Lead.notes, Lead.follow_up_action, Lead.follow_up_date, Lead.value, Lead.currency,
    Lead.captured_at, Lead.captured_by_id, Lead.consent_contact, Lead.device_id)
_CENT = Decimal("0.01")


def _plain_rows(session: Session, stmt: Select[Any]) -> list[Any]:
    """The rows of a Core select straight from the driver's cursor, in the session's
    transaction: no per-value conversions (a third of the time at 100,000 leads); the
    readers below convert the few typed columns themselves, from SQLite's text or
    PostgreSQL's own types."""
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


def _utc(value: Any) -> datetime:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _amount(value: Any) -> Decimal | None:
    # SQLite keeps NUMERIC as an integer or a float; two decimals is what a value holds.
    if value is None or isinstance(value, Decimal):
        return value
    return Decimal(str(value)).quantize(_CENT)


def lead_records(session: Session, exhibitor_id: str) -> list[LeadRecord]:
    """Every live lead of one manufacturer, oldest capture first, ready to write.

    A handful of queries whatever the number of leads, each restricted to this
    manufacturer: the leads with their visitors, then the ticked products (this
    manufacturer's products only), the answers and the capturing laptops.
    """
    mine = (Lead.exhibitor_id == exhibitor_id, Lead.deleted.is_(False))
    staff = dict(session.execute(select(Staff.id, Staff.name)).all())
    devices = dict(session.execute(select(Device.id, Device.name)).all())
    records: list[LeadRecord] = []
    by_id: dict[str, LeadRecord] = {}
    # Read in the visitors' order (their rows then come page after page), then sorted by
    # the capture time (SQLite's text or PostgreSQL's datetime: both sort right; the
    # sort is stable, so two leads of the same microsecond stay in visitor order).
    rows = _plain_rows(session, select(*_LEAD_COLUMNS)
                       .join(Visitor, Visitor.id == Lead.visitor_id).where(*mine)
                       .order_by(Lead.visitor_id))
    rows.sort(key=itemgetter(16))
    parse_utc, append = datetime.fromisoformat, records.append
    for (lead_id, name, given, family, org, title, email, phone, country, rating, stage,
         notes, action, follow_date, value, currency, captured_at, by, consent,
         device_id) in rows:
        if given and family and given in name and family in name:
            first, last = given, family
        else:
            first, last = split_name(name, given, family)
        record = LeadRecord(lead_id, name, first, last, org, title, email, phone, country,
                            rating, stage, notes, action,
                            _day(follow_date) if follow_date is not None else None,
                            _amount(value) if value is not None else None, currency,
                            # SQLite's naive UTC text, parsed as UTC in one step.
                            parse_utc(captured_at + "+00:00")
                            if type(captured_at) is str else _utc(captured_at),
                            staff.get(by, "") if by else "", device_id, bool(consent))
        append(record)
        by_id[lead_id] = record
    if not records:
        return records
    for lead_id, product in _plain_rows(session, select(LeadProduct.lead_id, Product.name)
                                        .join(Lead, Lead.id == LeadProduct.lead_id)
                                        .join(Product, Product.id == LeadProduct.product_id)
                                        .where(*mine, LeadProduct.deleted.is_(False),
                                               Product.exhibitor_id == exhibitor_id)):
        by_id[lead_id].products.append(product)
    for record in records:
        if len(record.products) > 1:
            record.products.sort(key=str.casefold)
    # Answers repeat ("Yes", ["ICU"]): each stored text is decoded once.
    decoded: dict[str, Any] = {}
    for lead_id, question_id, stored in _plain_rows(
            session, select(Answer.lead_id, Answer.question_id, Answer.value)
            .join(Lead, Lead.id == Answer.lead_id).where(*mine, Answer.deleted.is_(False))):
        if isinstance(stored, str):
            if stored not in decoded:
                decoded[stored] = (json.loads(stored) or {}).get("value")
            by_id[lead_id].answers[question_id] = decoded[stored]
        elif stored:
            by_id[lead_id].answers[question_id] = stored.get("value")
    # The laptop that captured the lead: its first scan since the capture time (a lead
    # deleted and scanned again starts afresh). Newest first, so the earliest stays.
    captured_on: dict[str, str] = dict(_plain_rows(
        session, select(LeadInteraction.lead_id, LeadInteraction.device_id)
        .join(Lead, Lead.id == LeadInteraction.lead_id)
        .where(*mine, LeadInteraction.deleted.is_(False), LeadInteraction.at >= Lead.captured_at)
        .order_by(LeadInteraction.at.desc(), LeadInteraction.id.desc())))
    for record in records:  # `device` holds the id of the lead row's writer till here
        record.device = devices.get(captured_on.get(record.lead_id) or record.device, "")
    return records


def lead_counts(session: Session) -> dict[str, int]:
    """Live leads per manufacturer id."""
    return dict(session.execute(
        select(Lead.exhibitor_id, func.count()).where(Lead.deleted.is_(False))
        .group_by(Lead.exhibitor_id)).all())
