"""What the lead form (or `booth leads capture`) sets, checked: `LeadFields`, with its
rating, stage, value and currency, notes, follow-up and consent, and the products and
qualifier answers checked against the manufacturer's `Catalogue`.

Nothing here evaluates or strips text: a name or note that starts with "=" is kept as
typed (spreadsheet exports neutralise it).
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

from booth_app.core.errors import InputError
from booth_app.core.events import parse_date
from booth_app.core.leads.vocabulary import RATINGS, STAGE_LABELS, STAGES
from booth_app.core.text import clean
from booth_app.storage.models import Product, Question

MAX_NOTES = 5000
MAX_ANSWER = 1000
MAX_VALUE = Decimal("9999999999999999.99")  # Numeric(18, 2)


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


# The fields written as they are (products, answers and an added note are sets or appends).
SIMPLE_FIELDS = ("rating", "stage", "notes", "follow_up_action", "follow_up_date", "value",
           "currency", "consent_contact")
_KEYS = (*SIMPLE_FIELDS, "add_note", "products", "add_products", "answers")


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
        raise InputError("A rating is hot, warm or cold, not {value!r}.", value=value)
    return text


def parse_stage(value: Any) -> str:
    text = " ".join(clean(value, 60).casefold().replace("_", " ").replace("-", " ").split())
    if not text:
        return "new"
    stage = text if text in STAGES else _STAGE_ALIASES.get(text)
    if stage is None:
        names = ", ".join(STAGE_LABELS[s] for s in STAGES)
        raise InputError("Unknown stage {value!r}; use one of: {names}.", value=value, names=names)
    return stage


def parse_currency(value: Any) -> str:
    code = clean(value, 10).upper()
    if code and pycountry.currencies.get(alpha_3=code) is None:
        raise InputError("Unknown currency {value!r}: use an ISO 4217 code such as IDR, "
                         "USD, EUR, AED, SGD or SAR.", value=value)
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
        raise InputError("Not an amount: {value!r}.", value=value)
    if isinstance(value, (int, Decimal, float)):
        try:
            amount = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        except InvalidOperation:
            raise InputError("Not an amount: {value!r}.", value=value) from None
        if amount.is_finite() and amount != amount.quantize(Decimal("0.01")):
            raise InputError("A value has at most two decimals, not {value!r}.", value=value)
    else:
        text = re.sub(r"[\s_'\u00a0\u202f]", "", clean(value, 60))
        found = _AMOUNT.match(text)
        if found is None or (found["sep"] and found["sep"] == found["dec"]):
            raise InputError("Not an amount: {value!r} (e.g. 15000, 15,000.50 or "
                             "15.000,50; at most two decimals).", value=value)
        whole = found["int"].replace(",", "").replace(".", "")
        amount = Decimal(f"{whole}.{found['frac']}" if found["frac"] else whole)
    if not amount.is_finite() or amount < 0:
        raise InputError("A value is zero or more, not {value!r}.", value=value)
    if amount > MAX_VALUE:
        raise InputError("{value!r} is too large for a deal value.", value=value)
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
    raise InputError("Say yes or no, not {value!r}.", value=value)


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
            raise InputError("This manufacturer has no product {item!r} (its products: "
                             "{known}).", item=item, known=known)
        if product_id not in found:
            found.append(product_id)
    return tuple(found)


def _answers(catalogue: Catalogue, raw: dict[str, Any]) -> dict[str, Any]:
    questions = {q.id: q for q in catalogue.questions}
    unknown = [key for key in raw if key not in questions]
    if unknown:
        raise InputError("Not a question of this manufacturer: {unknown!r}.", unknown=unknown[0])
    answers: dict[str, Any] = {}
    for question in catalogue.questions:
        value = _answer(question, raw.get(question.id))
        if value is not None:
            answers[question.id] = value
        elif question.required:
            raise InputError("Please answer: {text}", text=question.text)
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
                raise InputError("{text}: {item!r} is not one of "
                                 "{options}.",
                                 text=question.text, item=item, options=', '.join(options))
            chosen.add(option)
        in_order = [option for option in options if option in chosen]
        return in_order[0] if question.kind == "single" else in_order
    if question.kind == "number":
        try:
            number = Decimal(re.sub(r"\s", "", clean(value, 40)).replace(",", "."))
        except InvalidOperation:
            raise InputError("{text}: {value!r} is not a number.",
                             text=question.text, value=value) from None
        if not number.is_finite():
            raise InputError("{text}: {value!r} is not a number.", text=question.text, value=value)
        return int(number) if number == number.to_integral_value() else float(number)
    return clean_text(value, MAX_ANSWER) or None

