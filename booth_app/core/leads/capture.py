"""A scan at a booth becomes a lead for that booth's manufacturer; edits and deletes.

One lead per visitor per manufacturer: scanning the same visitor again opens the same
lead and adds an interaction (time, staff member; the laptop is the row's device), so
two manufacturers scanning one visitor hold a lead each and nobody holds two. A lead
deleted earlier (a tombstone, so sync carries the delete) comes back on a rescan as a
fresh lead: what was deleted stays deleted, the history stays.

What the qualifying form writes (`LeadFields`) is validated first and written as a
whole, or not at all. Nothing here evaluates or strips text: a name or note that
starts with "=" is kept as typed (spreadsheet exports neutralise it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import pycountry
from sqlalchemy import select
from sqlalchemy.orm import Session

from booth_app.core.badges.codes import format_code, normalise_code
from booth_app.core.badges.tokens import check_token, looks_like_token
from booth_app.core.errors import BoothError, InputError, NotFound
from booth_app.core.events import parse_date, require_event
from booth_app.core.leads.listing import RATINGS, STAGE_LABELS, STAGES
from booth_app.core.text import clean
from booth_app.core.visitors.foreign_badge import ForeignBadge, parse_foreign
from booth_app.core.visitors.lookup import (
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
    Product,
    Question,
    Staff,
    Visitor,
)

MAX_PAYLOAD = 4096
MAX_NOTES = 5000
MAX_ANSWER = 1000
MAX_VALUE = Decimal("9999999999999999.99")  # Numeric(18, 2)
SOURCE = "lead-scan"  # Visitor.source of a visitor first met at a booth
_KIND_WORDS = {"vcard": "vCard", "mecard": "MECARD", "url": "badge link",
               "delimited": "badge", "email": "e-mail badge"}


class UnreadableBadge(InputError):
    """An organiser's badge that cannot make a visitor on its own (no name, cut short);
    `foreign` holds what it does say, to prefill the visitor form."""

    def __init__(self, message: str, foreign: ForeignBadge) -> None:
        super().__init__(message)
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
        if visitor is None:
            raise NotFound("A genuine badge, but this visitor is not on this laptop yet: "
                           "sync, or type the visitor in.")
        return visitor, False, "badge"
    code = next((c for c in map(normalise_code, readings) if c), None)
    if code is not None:
        visitor = visitor_by_code(session, code)
        if visitor is None:
            raise NotFound(f"No visitor has the code {format_code(code)}.")
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
        raise UnreadableBadge(f"This {what} carries no name: type the visitor in.", foreign)
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
                        source: str = "manual") -> CaptureResult:
    """The lead of `visitor` at `exhibitor`, made or reopened, with an interaction
    ("scan", or "manual" for a visitor typed in by hand)."""
    if exhibitor.deleted:
        raise NotFound(f"The exhibitor {exhibitor.code} was removed.")
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
                                kind="manual" if source == "manual" else "scan", note=note))
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


# -- the qualifying form -------------------------------------------------------------------


@dataclass(frozen=True)
class Catalogue:
    """A manufacturer's products and qualifier questions, that a lead is checked against."""

    exhibitor_id: str
    products: tuple[Product, ...]  # by name
    questions: tuple[Question, ...]  # in form order

    @classmethod
    def load(cls, session: Session, exhibitor_id: str) -> Catalogue:
        products = session.scalars(select(Product).where(
            Product.exhibitor_id == exhibitor_id, Product.deleted.is_(False))
            .order_by(Product.name))
        questions = session.scalars(select(Question).where(
            Question.exhibitor_id == exhibitor_id, Question.deleted.is_(False))
            .order_by(Question.position, Question.created_at))
        return cls(exhibitor_id, tuple(products), tuple(questions))


_SIMPLE = ("rating", "stage", "notes", "follow_up_action", "follow_up_date", "value",
           "currency", "consent_contact")
_KEYS = (*_SIMPLE, "add_note", "products", "add_products", "answers")


@dataclass(frozen=True)
class LeadFields:
    """What the lead form (or `booth leads capture`) sets, validated.

    Only the fields named in `given` are written; the others stay as they are. Products
    and answers are whole sets (what is not listed is removed); `add_products` and
    `add_note` add to what the lead holds.
    """

    rating: str = ""
    stage: str = "new"
    notes: str = ""
    follow_up_action: str = ""
    follow_up_date: date | None = None
    value: Decimal | None = None
    currency: str = ""
    consent_contact: bool = False
    add_note: str = ""
    product_ids: tuple[str, ...] = ()
    add_product_ids: tuple[str, ...] = ()
    answers: dict[str, Any] = field(default_factory=dict)  # question id -> stored value
    exhibitor_id: str = ""  # whose catalogue products and answers were checked against
    given: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, catalogue: Catalogue | None = None, **raw: Any) -> LeadFields:
        """Check form values; products and answers need the manufacturer's catalogue."""
        unknown = set(raw) - set(_KEYS)
        if unknown:
            raise TypeError(f"unknown lead fields: {', '.join(sorted(unknown))}")
        if catalogue is None and {"products", "add_products", "answers"} & set(raw):
            raise TypeError("products and answers are checked against a Catalogue")
        values: dict[str, Any] = {}
        if "rating" in raw:
            values["rating"] = parse_rating(raw["rating"])
        if "stage" in raw:
            values["stage"] = parse_stage(raw["stage"])
        if "notes" in raw:
            values["notes"] = clean_text(raw["notes"], MAX_NOTES)
        if "add_note" in raw:
            values["add_note"] = clean_text(raw["add_note"], MAX_NOTES)
        if "follow_up_action" in raw:
            values["follow_up_action"] = clean(raw["follow_up_action"], 200)
        if "follow_up_date" in raw:
            values["follow_up_date"] = _parse_day(raw["follow_up_date"])
        if "currency" in raw:
            values["currency"] = parse_currency(raw["currency"])
        if "value" in raw:
            values["value"] = parse_amount(raw["value"])
            if values["value"] is not None and not values.get("currency"):
                raise InputError("A deal value needs its currency (e.g. USD, EUR, IDR).")
        if "consent_contact" in raw:
            values["consent_contact"] = _parse_bool(raw["consent_contact"])
        if catalogue is not None:
            values["exhibitor_id"] = catalogue.exhibitor_id
            if "products" in raw:
                values["product_ids"] = _product_ids(catalogue, raw["products"])
            if "add_products" in raw:
                values["add_product_ids"] = _product_ids(catalogue, raw["add_products"])
            if "answers" in raw:
                values["answers"] = _answers(catalogue, raw["answers"] or {})
        given = frozenset(raw) - {"products", "add_products"} | (
            {"product_ids"} if "products" in raw else set()) | (
            {"add_product_ids"} if "add_products" in raw else set())
        return cls(**values, given=given)


_RATING_ALIASES = {"panas": "hot", "hangat": "warm", "dingin": "cold"}
_STAGE_ALIASES = {
    "mou signed": "mou", "mou": "mou", "memorandum of understanding": "mou",
    "quote": "quotation", "quotation sent": "quotation", "offer": "quotation",
    "penawaran": "quotation", "meeting scheduled": "meeting", "met": "meeting",
    "pertemuan": "meeting", "rapat": "meeting", "baru": "new", "dihubungi": "contacted",
    "closed won": "won", "deal": "won", "menang": "won", "closed lost": "lost",
    "gagal": "lost", "kalah": "lost",
}


def parse_rating(value: Any) -> str:
    text = clean(value, 20).casefold()
    text = _RATING_ALIASES.get(text, text)
    if text and text not in RATINGS:
        raise InputError(f"A rating is hot, warm or cold, not {value!r}.")
    return text


def parse_stage(value: Any) -> str:
    text = " ".join(clean(value, 60).casefold().replace("_", " ").replace("-", " ").split())
    if not text:
        return "new"
    stage = text if text in STAGES else _STAGE_ALIASES.get(text)
    if stage is None:
        names = ", ".join(STAGE_LABELS[s] for s in STAGES)
        raise InputError(f"Unknown stage {value!r}; use one of: {names}.")
    return stage


def parse_currency(value: Any) -> str:
    code = clean(value, 10).upper()
    if code and pycountry.currencies.get(alpha_3=code) is None:
        raise InputError(f"Unknown currency {value!r}: use an ISO 4217 code such as IDR, "
                         "USD, EUR, AED, SGD or SAR.")
    return code


# A thousands separator is always followed by exactly three digits and a decimal part
# has one or two, so "1.500" and "1,500" are both fifteen hundred and "1,5" is 1.5.
_AMOUNT = re.compile(r"^(?P<int>\d{1,3}(?P<sep>[.,])\d{3}(?:(?P=sep)\d{3})*|\d+)"
                     r"(?:(?P<dec>[.,])(?P<frac>\d{1,2}))?$")


def parse_amount(value: Any) -> Decimal | None:
    """A deal value: at least 0, at most two decimals; "" or None is no value."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise InputError(f"Not an amount: {value!r}.")
    if isinstance(value, (int, Decimal, float)):
        try:
            amount = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        except InvalidOperation:
            raise InputError(f"Not an amount: {value!r}.") from None
        if amount.is_finite() and amount != amount.quantize(Decimal("0.01")):
            raise InputError(f"A value has at most two decimals, not {value!r}.")
    else:
        text = re.sub(r"[\s_'\u00a0\u202f]", "", clean(value, 60))
        found = _AMOUNT.match(text)
        if found is None or (found["sep"] and found["sep"] == found["dec"]):
            raise InputError(f"Not an amount: {value!r} (e.g. 15000, 15,000.50 or "
                             "15.000,50; at most two decimals).")
        whole = found["int"].replace(",", "").replace(".", "")
        amount = Decimal(f"{whole}.{found['frac']}" if found["frac"] else whole)
    if not amount.is_finite() or amount < 0:
        raise InputError(f"A value is zero or more, not {value!r}.")
    if amount > MAX_VALUE:
        raise InputError(f"{value!r} is too large for a deal value.")
    return amount.quantize(Decimal("0.01"))


def clean_text(value: Any, limit: int) -> str:
    """Several lines of safe text (each line cleaned), at most `limit` characters."""
    if value is None:
        return ""
    lines = [clean(line, limit) for line in str(value).splitlines()]
    return "\n".join(lines).strip("\n")[:limit].rstrip()


def _parse_day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_date(clean(value, 20), "The follow-up date")


_TRUE = {"1", "true", "yes", "y", "ya", "on"}
_FALSE = {"0", "false", "no", "n", "tidak", "off", ""}


def _parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = clean(value, 10).casefold()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise InputError(f"Say yes or no, not {value!r}.")


def _product_ids(catalogue: Catalogue, wanted: Any) -> tuple[str, ...]:
    items = [wanted] if isinstance(wanted, str) else list(wanted or ())
    by_id = {p.id: p.id for p in catalogue.products}
    by_name = {clean(p.name, 200).casefold(): p.id for p in catalogue.products}
    found: list[str] = []
    for item in items:
        key = clean(item, 200)
        product_id = by_id.get(key) or by_name.get(key.casefold())
        if product_id is None:
            known = ", ".join(p.name for p in catalogue.products) or "none yet"
            raise InputError(f"This manufacturer has no product {item!r} (its products: "
                             f"{known}).")
        if product_id not in found:
            found.append(product_id)
    return tuple(found)


def _answers(catalogue: Catalogue, raw: dict[str, Any]) -> dict[str, Any]:
    questions = {q.id: q for q in catalogue.questions}
    unknown = [key for key in raw if key not in questions]
    if unknown:
        raise InputError(f"Not a question of this manufacturer: {unknown[0]!r}.")
    answers: dict[str, Any] = {}
    for question in catalogue.questions:
        value = _answer(question, raw.get(question.id))
        if value is not None:
            answers[question.id] = value
        elif question.required:
            raise InputError(f"Please answer: {question.text}")
    return answers


def _answer(question: Question, value: Any) -> Any:
    """The stored form of one answer, or None when it is left empty."""
    if value is None or value == "" or value == [] or value == ():
        return None
    options = [str(option) for option in question.options or []]
    by_fold = {clean(option, 300).casefold(): option for option in options}
    if question.kind in ("single", "multi"):
        picked = [value] if isinstance(value, str) or question.kind == "single" else value
        chosen = set()
        for item in picked:
            option = by_fold.get(clean(item, 300).casefold())
            if option is None:
                raise InputError(f"{question.text}: {item!r} is not one of "
                                 f"{', '.join(options)}.")
            chosen.add(option)
        in_order = [option for option in options if option in chosen]
        return in_order[0] if question.kind == "single" else in_order
    if question.kind == "number":
        try:
            number = Decimal(re.sub(r"\s", "", clean(value, 40)).replace(",", "."))
        except InvalidOperation:
            raise InputError(f"{question.text}: {value!r} is not a number.") from None
        if not number.is_finite():
            raise InputError(f"{question.text}: {value!r} is not a number.")
        return int(number) if number == number.to_integral_value() else float(number)
    return clean_text(value, MAX_ANSWER) or None


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
    for name in _SIMPLE:
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
                         entity_id=lead.id, detail={"exhibitor_id": lead.exhibitor_id,
                                                    "visitor_id": lead.visitor_id}))
    session.flush()


def find_lead(session: Session, lead_id: str, *, exhibitor_id: str | None) -> Lead:
    """A live lead by id, only within `exhibitor_id` (None: any, for coordinators)."""
    lead = session.get(Lead, lead_id)
    if lead is None or lead.deleted or (exhibitor_id is not None
                                        and lead.exhibitor_id != exhibitor_id):
        raise NotFound("No such lead.")
    return lead
