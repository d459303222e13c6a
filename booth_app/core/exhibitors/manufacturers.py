"""Manufacturers exhibiting in the pavilion: add, edit, delete, import.

Their products are set up in core.exhibitors.products, their staff in
core.exhibitors.staff and their qualifier questions in core.exhibitors.questions; the
event's check-in points in core.exhibitors.points.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from booth_app.core.countries import country_code
from booth_app.core.errors import BoothError, InputError, NotFound
from booth_app.core.events import require_event
from booth_app.core.progress import NO_PROGRESS, Progress
from booth_app.core.tabular import iter_records, map_headers, read_table
from booth_app.core.text import clean
from booth_app.storage.models import Exhibitor, Lead, Product, Question, Staff

CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,31}$")

HEADERS: dict[str, tuple[str, ...]] = {
    "code": ("code", "exhibitor code", "kode", "id"),
    "name": (
        "name",
        "company",
        "company name",
        "exhibitor",
        "nama",
        "nama perusahaan",
        "perusahaan",
        "manufacturer",
    ),
    "booth": ("booth", "stand", "booth number", "stand number", "nomor booth", "stan"),
    "country": ("country", "negara"),
    "city": ("city", "kota"),
    "contact_name": ("contact", "contact name", "contact person", "kontak", "pic"),
    "contact_email": ("email", "e-mail", "contact email"),
    "contact_phone": ("phone", "telephone", "contact phone", "telepon", "no hp"),
    "website": ("website", "web", "url", "situs"),
    "products": ("products", "product", "produk"),
}


def normalise_exhibitor_code(code: str) -> str:
    # Cut generously: a code that is too long is refused, not silently shortened.
    text = clean(code, 100).upper().replace(" ", "-")
    if not CODE_PATTERN.match(text):
        raise InputError(
            "Exhibitor code {code!r} must be 1-32 letters, digits, '-' or '_' (e.g. MEDIKA).",
            code=code
        )
    return text


def find_exhibitor(session: Session, code: str) -> Exhibitor:
    event = require_event(session)
    wanted = clean(code, 100).upper()
    found = session.scalars(
        select(Exhibitor).where(
            Exhibitor.event_id == event.id, Exhibitor.code == wanted, Exhibitor.deleted.is_(False)
        )
    ).first()
    if found is None:
        raise NotFound("No exhibitor with code {code!r}.", code=code)
    return found


# What a manufacturer's profile holds, with the longest text each field keeps.
PROFILE_FIELDS: dict[str, int] = {
    "code": 32,
    "name": 200,
    "booth": 32,
    "country": 2,
    "city": 100,
    "contact_name": 200,
    "contact_email": 320,
    "contact_phone": 64,
    "website": 300,
    "description": 2000,
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_WEBSITE = re.compile(r"^(https?://)?[^\s/:@]+\.[^\s/:@]+(:\d+)?(/\S*)?$", re.IGNORECASE)
_PHONE = re.compile(r"^[0-9+()./\- ]*(ext\.? ?[0-9]+)?$", re.IGNORECASE)


_FIELD_NAMES = {
    "code": "The code",
    "name": "The company name",
    "booth": "The booth number",
    "country": "The country",
    "city": "The city",
    "contact_name": "The contact name",
    "contact_email": "The e-mail address",
    "contact_phone": "The phone number",
    "website": "The website",
    "description": "The description",
}


def check_profile(fields: dict[str, Any]) -> dict[str, str]:
    """Cleaned, checked profile fields; raises InputError naming the first bad one."""
    unknown = sorted(set(fields) - set(PROFILE_FIELDS))
    if unknown:
        raise InputError("Not a manufacturer field: {unknown}.", unknown=', '.join(unknown))
    out: dict[str, str] = {}
    for key, value in fields.items():
        if key == "description":
            # Several lines are fine here; each is cleaned like any other text.
            lines = [clean(line, 2001) for line in str(value or "").splitlines()]
            text = "\n".join(lines).strip()
        else:
            text = _check_field(key, clean(value, 1000))
        if len(text) > PROFILE_FIELDS[key]:
            raise InputError(
                "{field} is longer than {limit:,} characters.",
                field=_FIELD_NAMES[key], limit=PROFILE_FIELDS[key]
            )
        out[key] = text
    return out


def _check_field(key: str, text: str) -> str:
    if key == "code":
        return normalise_exhibitor_code(text)
    if key == "country":
        return country_code(text)
    if key == "name" and not text:
        raise InputError("The exhibitor needs a name.")
    if not text:
        return text
    if key == "contact_email":
        text = text.lower()
        if not _EMAIL.match(text):
            raise InputError("Not an e-mail address: {text!r}", text=text)
    elif key == "contact_phone" and (
        not _PHONE.match(text) or not any(ch.isdigit() for ch in text)
    ):
        raise InputError("Not a phone number: {text!r} (digits, spaces and + - ( ) only)",
                         text=text)
    elif key == "website" and not _WEBSITE.match(text):
        raise InputError("Not a website address: {text!r} (e.g. www.example.co.id)", text=text)
    return text


def _code_holder(session: Session, event_id: str, code: str) -> Exhibitor | None:
    # Deleted rows count too: the code stays unique in the table, tombstones included.
    return session.scalars(
        select(Exhibitor).where(Exhibitor.event_id == event_id, Exhibitor.code == code)
    ).first()


def add_exhibitor(
    session: Session,
    *,
    code: str,
    name: str,
    booth: str = "",
    country: str = "",
    **details: str,
) -> Exhibitor:
    """Add a manufacturer; its code must be new in this event.

    A deleted manufacturer's code may be used again: the deleted row comes back
    (same id, so every laptop agrees) with the new details and nothing of its past.
    """
    event = require_event(session)
    fields = check_profile(
        {"code": code, "name": name, "booth": booth, "country": country, **details}
    )
    clash = _code_holder(session, event.id, fields["code"])
    if clash is not None and not clash.deleted:
        raise InputError("An exhibitor with code {code} already exists.", code=fields['code'])
    if clash is not None:
        exhibitor = clash
        for key in PROFILE_FIELDS:
            setattr(exhibitor, key, fields.get(key, ""))
        exhibitor.deleted = False
    else:
        exhibitor = Exhibitor(event_id=event.id, **fields)
        session.add(exhibitor)
    session.flush()
    return exhibitor


def update_exhibitor(session: Session, exhibitor: Exhibitor, **fields: Any) -> list[str]:
    """Change a manufacturer's profile; returns the names of the fields that changed.

    Everything is checked before anything is set, so a refused edit changes nothing.
    """
    if exhibitor.deleted:
        raise NotFound("This manufacturer was deleted.")
    checked = check_profile(fields)
    if "code" in checked and checked["code"] != exhibitor.code:
        clash = _code_holder(session, exhibitor.event_id, checked["code"])
        if clash is not None and clash.id != exhibitor.id:
            what = "a deleted exhibitor" if clash.deleted else clash.name
            raise InputError("The code {code} is already used by {what}.",
                             code=checked['code'], what=what)
    changed = [key for key, value in checked.items() if getattr(exhibitor, key) != value]
    for key in changed:
        setattr(exhibitor, key, checked[key])
    session.flush()
    return changed


def lead_count(session: Session, exhibitor: Exhibitor) -> int:
    return session.scalar(
        select(func.count()).select_from(Lead).where(
            Lead.exhibitor_id == exhibitor.id, Lead.deleted.is_(False)
        )
    ) or 0


def delete_exhibitor(session: Session, exhibitor: Exhibitor) -> None:
    """Tombstone a manufacturer with its products, questions and staff.

    Refused while it has leads: they are the manufacturer's results, and deleting
    the manufacturer would orphan them.
    """
    leads = lead_count(session, exhibitor)
    if leads:
        if leads == 1:
            raise BoothError("{name} has 1 lead, so it cannot be deleted (its leads would "
                             "lose their manufacturer).", name=exhibitor.name)
        raise BoothError(
            "{name} has {leads} leads, so it cannot be deleted "
            "(its leads would lose their manufacturer).", name=exhibitor.name, leads=leads
        )
    for model in (Product, Question):
        for row in session.scalars(
            select(model).where(model.exhibitor_id == exhibitor.id, model.deleted.is_(False))
        ):
            row.deleted = True
    for member in session.scalars(
        select(Staff).where(Staff.exhibitor_id == exhibitor.id, Staff.deleted.is_(False))
    ):
        member.deleted, member.active = True, False
    exhibitor.deleted = True
    session.flush()


def list_exhibitors(session: Session) -> list[Exhibitor]:
    event = require_event(session)
    return list(
        session.scalars(
            select(Exhibitor)
            .where(Exhibitor.event_id == event.id, Exhibitor.deleted.is_(False))
            .order_by(Exhibitor.code)
        )
    )


def add_product(session: Session, exhibitor: Exhibitor, name: str, category: str = "") -> Product:
    name = clean(name, 200)
    if not name:
        raise InputError("A product needs a name.")
    product = Product(exhibitor_id=exhibitor.id, name=name, category=clean(category, 64))
    session.add(product)
    return product


def product_counts(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(Product.exhibitor_id, func.count())
        .where(Product.deleted.is_(False))
        .group_by(Product.exhibitor_id)
    )
    return {exhibitor_id: count for exhibitor_id, count in rows}


def exhibitor_to_dict(exhibitor: Exhibitor) -> dict[str, Any]:
    return {
        "id": exhibitor.id,
        "code": exhibitor.code,
        "name": exhibitor.name,
        "booth": exhibitor.booth,
        "country": exhibitor.country,
    }


def import_exhibitors(
    session: Session, path: str | Path, progress: Progress = NO_PROGRESS
) -> dict[str, Any]:
    """Add or update manufacturers (and their products) from a CSV/XLSX file.

    Rows are matched on code; a bad row is reported and skipped, the rest go in.
    Products may be listed in one cell separated by `;` or `|`.
    """
    require_event(session)
    table = read_table(path)
    mapping = map_headers(table.headers, HEADERS)
    if "name" not in mapping:
        raise InputError("{name}: no column for the company name was found.", name=Path(path).name)
    result: dict[str, Any] = {"imported": 0, "updated": 0, "skipped": 0, "errors": []}
    existing = {e.code: e for e in list_exhibitors(session)}
    for done, (number, record) in enumerate(iter_records(table, mapping), start=1):
        progress.report(done, len(table), "")
        try:
            with session.begin_nested():
                exhibitor, created = _import_row(session, record, existing)
            # Only once the row's savepoint held: a rolled-back row must not be reused.
            existing[exhibitor.code] = exhibitor
            result["imported" if created else "updated"] += 1
        except InputError as exc:
            result["skipped"] += 1
            result["errors"].append({"row": number, "reason": str(exc)})
    return result


def _import_row(
    session: Session, record: dict[str, str], existing: dict[str, Exhibitor]
) -> tuple[Exhibitor, bool]:
    name = clean(record.get("name"), 200)
    if not name:
        raise InputError("no company name")
    code = record.get("code") or re.sub(r"[^A-Z0-9]", "", name.upper().removeprefix("PT "))[:8]
    code = normalise_exhibitor_code(code)
    details = {
        key: record[key]
        for key in ("city", "contact_name", "contact_email", "contact_phone", "website")
        if record.get(key)
    }
    exhibitor = existing.get(code)
    created = exhibitor is None
    if exhibitor is None:
        exhibitor = add_exhibitor(
            session,
            code=code,
            name=name,
            booth=record.get("booth", ""),
            country=record.get("country", ""),
            **details,
        )
    else:
        # An empty cell keeps what is there: organisers' sheets are often partial.
        given = {key: record[key] for key in ("booth", "country") if record.get(key)}
        update_exhibitor(session, exhibitor, name=name, **given, **details)
    wanted = [p for p in re.split(r"[;|\n]", record.get("products", "")) if clean(p, 200)]
    if wanted:
        have = products_by_name(session, exhibitor)
        for product in wanted:
            upsert_product(session, exhibitor, product, have=have)
    session.flush()
    return exhibitor, created


def products_by_name(session: Session, exhibitor: Exhibitor) -> dict[str, Product]:
    """The manufacturer's products by folded name, deleted ones included (see upsert)."""
    found: dict[str, Product] = {}
    rows = session.scalars(
        select(Product).where(Product.exhibitor_id == exhibitor.id).order_by(Product.deleted)
    )
    for product in rows:
        found.setdefault(product_key(product.name), product)  # a live one wins
    return found


def product_key(name: str) -> str:
    return clean(name, 200).casefold()


def upsert_product(
    session: Session,
    exhibitor: Exhibitor,
    name: str,
    category: str | None = None,
    *,
    have: dict[str, Product] | None = None,
) -> str:
    """Make sure the product is in the catalogue: "added", "updated" or "unchanged".

    Matched on the name whatever its case; a deleted product of that name comes back
    (same id) instead of a second row. `category` None leaves the category as it is.
    """
    cleaned = clean(name, 200)
    if not cleaned:
        raise InputError("no product name")
    have = products_by_name(session, exhibitor) if have is None else have
    product = have.get(product_key(cleaned))
    new_category = clean(category, 64) if category is not None else None
    if product is None:
        product = add_product(session, exhibitor, cleaned, new_category or "")
        have[product_key(cleaned)] = product
        return "added"
    outcome = "unchanged"
    if product.deleted:
        product.deleted, outcome = False, "added"
        product.name = cleaned
    if new_category is not None and product.category != new_category:
        product.category = new_category
        outcome = "added" if outcome == "added" else "updated"
    return outcome
