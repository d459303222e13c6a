"""The coordinator's setup beyond the manufacturers themselves: their products, staff
and qualifier questions, and the event's check-in points.

Every change is checked before anything is set, so a refused one changes nothing;
deletes are tombstones, so sync carries them to every laptop.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from booth_app.core.errors import BoothError, InputError, NotFound
from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import (
    add_product,
    list_exhibitors,
    product_key,
    products_by_name,
    upsert_product,
)
from booth_app.core.exhibitors.staff import ROLES, reset_pin
from booth_app.core.progress import NO_PROGRESS, Progress
from booth_app.core.tabular import iter_records, map_headers, read_table
from booth_app.core.text import clean, fold
from booth_app.storage.models import (
    CheckinPoint,
    Exhibitor,
    LeadProduct,
    Product,
    Question,
    Staff,
)

# -- products ---------------------------------------------------------------------------------


def list_products(session: Session, exhibitor: Exhibitor) -> list[Product]:
    return list(
        session.scalars(
            select(Product)
            .where(Product.exhibitor_id == exhibitor.id, Product.deleted.is_(False))
            .order_by(func.lower(Product.name))
        )
    )


def _check_product_name(
    session: Session, exhibitor_id: str, name: str, own_id: str | None = None
) -> str:
    cleaned = clean(name, 201)
    if not cleaned:
        raise InputError("A product needs a name.")
    if len(cleaned) > 200:
        raise InputError("A product name is at most 200 characters.")
    for other in session.scalars(
        select(Product).where(Product.exhibitor_id == exhibitor_id, Product.deleted.is_(False))
    ):
        if other.id != own_id and product_key(other.name) == product_key(cleaned):
            raise InputError(f"{other.name!r} is already in this catalogue.")
    return cleaned


def _check_category(category: str) -> str:
    cleaned = clean(category, 65)
    if len(cleaned) > 64:
        raise InputError("A product category is at most 64 characters.")
    return cleaned


def create_product(
    session: Session, exhibitor: Exhibitor, name: str, category: str = ""
) -> Product:
    """Add a product to a manufacturer's catalogue; a name already there is refused."""
    cleaned = _check_product_name(session, exhibitor.id, name)
    category = _check_category(category)
    deleted = products_by_name(session, exhibitor).get(product_key(cleaned))
    if deleted is not None and deleted.deleted:
        # The product comes back with its id, so leads that named it still do.
        deleted.deleted, deleted.name, deleted.category = False, cleaned, category
        session.flush()
        return deleted
    product = add_product(session, exhibitor, cleaned, category)
    session.flush()
    return product


def rename_product(
    session: Session, product: Product, name: str, category: str | None = None
) -> Product:
    """New name (and category, unless None) for a product; leads keep pointing at it."""
    if product.deleted:
        raise NotFound("This product was deleted.")
    cleaned = _check_product_name(session, product.exhibitor_id, name, own_id=product.id)
    new_category = _check_category(category) if category is not None else product.category
    product.name, product.category = cleaned, new_category
    session.flush()
    return product


def product_lead_count(session: Session, product: Product) -> int:
    """How many leads named this product as of interest."""
    return session.scalar(
        select(func.count()).select_from(LeadProduct).where(
            LeadProduct.product_id == product.id, LeadProduct.deleted.is_(False)
        )
    ) or 0


def delete_product(session: Session, product: Product) -> None:
    """Tombstone a product: it leaves the catalogue, leads that named it keep it."""
    product.deleted = True
    session.flush()


def restore_product(session: Session, product: Product) -> None:
    """Undo a delete, unless a product of the same name was added meanwhile."""
    if not product.deleted:
        return
    _check_product_name(session, product.exhibitor_id, product.name, own_id=product.id)
    product.deleted = False
    session.flush()


PRODUCT_HEADERS: dict[str, tuple[str, ...]] = {
    "code": (
        "code", "exhibitor code", "company code", "manufacturer code", "kode",
        "kode perusahaan", "kode exhibitor", "kode peserta", "kode pameran",
    ),
    "company": (
        "company", "company name", "exhibitor", "manufacturer", "perusahaan",
        "nama perusahaan", "peserta", "pabrikan",
    ),
    "product": (
        "product", "product name", "products", "name", "item", "produk", "nama produk",
        "nama", "barang",
    ),
    "category": (
        "category", "product category", "type", "kategori", "kategori produk", "jenis",
    ),
}


@dataclass
class ProductImportResult:
    """What an import did: counts, and each rejected row with its spreadsheet number."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "errors": list(self.errors),
        }


def import_products(
    session: Session, path: str | Path, progress: Progress = NO_PROGRESS
) -> ProductImportResult:
    """Add or update products from a CSV/XLSX file: manufacturer code (or company name),
    product name, optionally its category; headers in English or Indonesian.

    A product already in the catalogue is updated (its category), never added twice;
    a row naming an unknown manufacturer or no product is reported and skipped.
    """
    require_event(session)
    table = read_table(path)
    mapping = map_headers(table.headers, PRODUCT_HEADERS)
    name = Path(path).name
    if "product" not in mapping:
        raise InputError(f"{name}: no column for the product name (Product / Produk) was found.")
    if "code" not in mapping and "company" not in mapping:
        raise InputError(
            f"{name}: no column for the manufacturer (Code / Kode or Company / Perusahaan) "
            "was found."
        )
    exhibitors = list_exhibitors(session)
    by_code = {e.code: e for e in exhibitors}
    by_name = {fold(e.name): e for e in exhibitors}
    catalogues: dict[str, dict[str, Product]] = {}
    result = ProductImportResult()
    has_category = "category" in mapping
    for done, (number, record) in enumerate(iter_records(table, mapping), start=1):
        progress.report(done, len(table), "")
        try:
            exhibitor = _row_exhibitor(record, by_code, by_name)
            have = catalogues.get(exhibitor.id)
            if have is None:
                have = catalogues[exhibitor.id] = products_by_name(session, exhibitor)
            product = clean(record.get("product"), 201)
            if not product:
                raise InputError("no product name")
            if len(product) > 200:
                raise InputError("the product name is longer than 200 characters")
            category = _check_category(record.get("category", "")) if has_category else None
            outcome = upsert_product(session, exhibitor, product, category, have=have)
        except InputError as exc:
            result.skipped += 1
            result.errors.append({"row": number, "reason": str(exc)})
            continue
        setattr(result, outcome, getattr(result, outcome) + 1)
    session.flush()
    return result


def _row_exhibitor(
    record: dict[str, str], by_code: dict[str, Exhibitor], by_name: dict[str, Exhibitor]
) -> Exhibitor:
    code = clean(record.get("code"), 100).upper()
    company = clean(record.get("company"), 300)
    if code:
        found = by_code.get(code)
        if found is None:
            raise InputError(f"no manufacturer with code {code!r}")
        return found
    if company:
        found = by_name.get(fold(company))
        if found is None:
            raise InputError(f"no manufacturer named {company!r}")
        return found
    raise InputError("no manufacturer code or company name")


# -- staff ------------------------------------------------------------------------------------


def list_staff(session: Session, exhibitor: Exhibitor) -> list[Staff]:
    """A manufacturer's staff, deactivated ones included (they show as such)."""
    return list(
        session.scalars(
            select(Staff)
            .where(Staff.exhibitor_id == exhibitor.id, Staff.deleted.is_(False))
            .order_by(Staff.active.desc(), func.lower(Staff.name))
        )
    )


def _check_staff_name(name: str) -> str:
    cleaned = clean(name, 201)
    if not cleaned:
        raise InputError("A staff member needs a name.")
    if len(cleaned) > 200:
        raise InputError("A staff member's name is at most 200 characters.")
    return cleaned


def rename_staff(session: Session, member: Staff, name: str) -> Staff:
    member.name = _check_staff_name(name)
    session.flush()
    return member


def set_staff_role(session: Session, member: Staff, role: str) -> Staff:
    if role not in ROLES:
        raise InputError(f"Role must be one of {', '.join(ROLES)}.")
    if member.exhibitor_id is None and role != "coordinator":
        raise InputError("Booth staff belong to a manufacturer; this is the pavilion's "
                         "coordinator account.")
    member.role = role
    session.flush()
    return member


def set_staff_active(session: Session, member: Staff, active: bool) -> Staff:
    """Deactivate (cannot sign in; past leads keep their name) or reactivate."""
    member.active = active
    session.flush()
    return member


PIN_RESET_ACTION = "staff.pin_reset"


def reset_staff_pin(
    session: Session, member: Staff, pin: str, *, by_staff_id: str | None = None
) -> Staff:
    """A new PIN (4-8 digits, kept as a scrypt hash) with an audit row saying who and when;
    core.exhibitors.staff.reset_pin's rules (only a coordinator resets another's PIN; this laptop's
    wait after wrong PINs is forgotten)."""
    reset_pin(session, member, pin, by_staff_id=by_staff_id)
    return member


# -- qualifier questions ----------------------------------------------------------------------

QUESTION_KINDS = ("single", "multi", "text", "number")
CHOICE_KINDS = ("single", "multi")
MAX_OPTIONS = 20
MAX_OPTION_LENGTH = 100


def list_questions(session: Session, exhibitor: Exhibitor) -> list[Question]:
    return list(
        session.scalars(
            select(Question)
            .where(Question.exhibitor_id == exhibitor.id, Question.deleted.is_(False))
            .order_by(Question.position, Question.created_at)
        )
    )


def check_question(text: str, kind: str, options: Iterable[str]) -> tuple[str, str, list[str]]:
    """The question's text, kind and options as stored, or InputError saying what is wrong."""
    cleaned = clean(text, 301)
    if not cleaned:
        raise InputError("A question needs its text.")
    if len(cleaned) > 300:
        raise InputError("A question is at most 300 characters.")
    if kind not in QUESTION_KINDS:
        raise InputError(f"A question's kind is one of {', '.join(QUESTION_KINDS)}, not {kind!r}.")
    choices = [clean(o, MAX_OPTION_LENGTH + 1) for o in options]
    choices = [o for o in choices if o]
    if kind not in CHOICE_KINDS:
        if choices:
            raise InputError(f"A {kind} question has no options (the answer is typed).")
        return cleaned, kind, []
    if len(choices) < 2:
        raise InputError("A choice question needs at least two options.")
    if len(choices) > MAX_OPTIONS:
        raise InputError(f"A question has at most {MAX_OPTIONS} options.")
    seen: set[str] = set()
    for option in choices:
        if len(option) > MAX_OPTION_LENGTH:
            raise InputError(f"An option is at most {MAX_OPTION_LENGTH} characters.")
        if option.casefold() in seen:
            raise InputError(f"The option {option!r} is listed twice.")
        seen.add(option.casefold())
    return cleaned, kind, choices


def add_question(
    session: Session,
    exhibitor: Exhibitor,
    text: str,
    kind: str = "single",
    options: Sequence[str] = (),
    *,
    required: bool = False,
) -> Question:
    """A new qualifier question, asked after the manufacturer's existing ones."""
    cleaned, kind, choices = check_question(text, kind, options)
    questions = list_questions(session, exhibitor)
    question = Question(
        exhibitor_id=exhibitor.id,
        text=cleaned,
        kind=kind,
        options=choices,
        position=len(questions),
        required=required,
    )
    session.add(question)
    _renumber([*questions, question])
    session.flush()
    return question


def update_question(
    session: Session,
    question: Question,
    *,
    text: str | None = None,
    kind: str | None = None,
    options: Sequence[str] | None = None,
    required: bool | None = None,
) -> Question:
    """Change a question; what is not given stays (options are dropped for text/number)."""
    if question.deleted:
        raise NotFound("This question was deleted.")
    new_kind = kind if kind is not None else question.kind
    if options is None:
        options = list(question.options) if new_kind in CHOICE_KINDS else []
    cleaned, new_kind, choices = check_question(
        text if text is not None else question.text, new_kind, options
    )
    question.text, question.kind, question.options = cleaned, new_kind, choices
    if required is not None:
        question.required = required
    session.flush()
    return question


def move_question(session: Session, question: Question, offset: int) -> int:
    """Move a question up (negative) or down; returns its new 0-based place."""
    questions = list_questions(session, question_exhibitor(session, question))
    index = next(i for i, q in enumerate(questions) if q.id == question.id)
    target = max(0, min(len(questions) - 1, index + offset))
    questions.insert(target, questions.pop(index))
    _renumber(questions)
    session.flush()
    return target


def delete_question(session: Session, question: Question) -> None:
    """Tombstone a question; answers already given stay with their leads."""
    exhibitor = question_exhibitor(session, question)
    question.deleted = True
    _renumber(list_questions(session, exhibitor))
    session.flush()


def question_exhibitor(session: Session, question: Question) -> Exhibitor:
    exhibitor = session.get(Exhibitor, question.exhibitor_id)
    if exhibitor is None:
        raise NotFound("This question's manufacturer is gone.")
    return exhibitor


def _renumber(questions: list[Question]) -> None:
    # Only rows whose place changed are written, so sync carries the fewest changes.
    for position, question in enumerate(questions):
        if question.position != position:
            question.position = position


def question_to_dict(question: Question) -> dict[str, Any]:
    return {
        "id": question.id,
        "text": question.text,
        "kind": question.kind,
        "options": list(question.options),
        "position": question.position,
        "required": question.required,
    }


# -- check-in points --------------------------------------------------------------------------

POINT_KINDS = ("entrance", "exit", "seminar", "lounge", "meeting", "other")
MAX_DEDUPE_SECONDS = 600
POINT_FIELDS = ("name", "kind", "allow_reentry", "track_exit", "print_on_checkin",
                "dedupe_seconds")


def list_points(session: Session) -> list[CheckinPoint]:
    event = require_event(session)
    return list(
        session.scalars(
            select(CheckinPoint)
            .where(CheckinPoint.event_id == event.id, CheckinPoint.deleted.is_(False))
            .order_by(CheckinPoint.created_at)
        )
    )


def _check_point(
    session: Session, values: dict[str, Any], own_id: str | None = None
) -> dict[str, Any]:
    unknown = sorted(set(values) - set(POINT_FIELDS))
    if unknown:
        raise InputError(f"Not a check-in point setting: {', '.join(unknown)}.")
    out: dict[str, Any] = {}
    if "name" in values:
        name = clean(values["name"], 121)
        if not name:
            raise InputError("A check-in point needs a name.")
        if len(name) > 120:
            raise InputError("A check-in point's name is at most 120 characters.")
        for other in list_points(session):
            if other.id != own_id and other.name.casefold() == name.casefold():
                raise InputError(f"There is already a check-in point named {other.name!r}.")
        out["name"] = name
    if "kind" in values:
        if values["kind"] not in POINT_KINDS:
            raise InputError(
                f"A check-in point's kind is one of {', '.join(POINT_KINDS)}, "
                f"not {values['kind']!r}."
            )
        out["kind"] = values["kind"]
    for flag in ("allow_reentry", "track_exit", "print_on_checkin"):
        if flag in values:
            out[flag] = bool(values[flag])
    if "dedupe_seconds" in values:
        seconds = values["dedupe_seconds"]
        if isinstance(seconds, bool) or not isinstance(seconds, int) or not (
            0 <= seconds <= MAX_DEDUPE_SECONDS
        ):
            raise InputError(
                f"Repeat scans are ignored for 0 to {MAX_DEDUPE_SECONDS} seconds, "
                f"not {seconds!r}."
            )
        out["dedupe_seconds"] = seconds
    return out


def add_point(
    session: Session,
    name: str,
    kind: str = "entrance",
    *,
    allow_reentry: bool = True,
    track_exit: bool = False,
    print_on_checkin: bool = False,
    dedupe_seconds: int = 10,
) -> CheckinPoint:
    """A new check-in point of the event; its name must be new (whatever its case)."""
    event = require_event(session)
    values = _check_point(session, {
        "name": name, "kind": kind, "allow_reentry": allow_reentry,
        "track_exit": track_exit, "print_on_checkin": print_on_checkin,
        "dedupe_seconds": dedupe_seconds,
    })
    point = CheckinPoint(event_id=event.id, **values)
    session.add(point)
    session.flush()
    return point


def update_point(session: Session, point: CheckinPoint, **values: Any) -> list[str]:
    """Change a point's settings; returns the names of those that changed."""
    if point.deleted:
        raise NotFound("This check-in point was deleted.")
    if values.get("kind") == point.kind:
        # A kind this version does not list (written by another) may stay as it is.
        values = {key: value for key, value in values.items() if key != "kind"}
    checked = _check_point(session, values, own_id=point.id)
    changed = [key for key, value in checked.items() if getattr(point, key) != value]
    for key in changed:
        setattr(point, key, checked[key])
    session.flush()
    return changed


def delete_point(session: Session, point: CheckinPoint) -> None:
    """Tombstone a point; its past check-ins stay counted. The last one stays."""
    if len(list_points(session)) <= 1:
        raise BoothError("The event needs at least one check-in point; add another first.")
    point.deleted = True
    session.flush()


def point_to_dict(point: CheckinPoint) -> dict[str, Any]:
    return {"id": point.id, **{key: getattr(point, key) for key in POINT_FIELDS}}
