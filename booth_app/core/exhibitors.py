"""Manufacturers exhibiting in the pavilion, and their products."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from booth_app.core.countries import country_code
from booth_app.core.errors import InputError, NotFound
from booth_app.core.events import require_event
from booth_app.core.progress import NO_PROGRESS, Progress
from booth_app.core.tabular import iter_records, map_headers, read_table
from booth_app.core.text import clean
from booth_app.storage.models import Exhibitor, Product

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
            f"Exhibitor code {code!r} must be 1-32 letters, digits, '-' or '_' (e.g. MEDIKA)."
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
        raise NotFound(f"No exhibitor with code {code!r}.")
    return found


def add_exhibitor(
    session: Session,
    *,
    code: str,
    name: str,
    booth: str = "",
    country: str = "",
    **details: str,
) -> Exhibitor:
    """Add a manufacturer; its code must be new in this event."""
    event = require_event(session)
    code = normalise_exhibitor_code(code)
    name = clean(name, 200)
    if not name:
        raise InputError("The exhibitor needs a name.")
    clash = session.scalars(
        select(Exhibitor.id).where(Exhibitor.event_id == event.id, Exhibitor.code == code)
    ).first()
    if clash:
        raise InputError(f"An exhibitor with code {code} already exists.")
    exhibitor = Exhibitor(
        event_id=event.id,
        code=code,
        name=name,
        booth=clean(booth, 32),
        country=country_code(country),
        **{k: clean(v, 300) for k, v in details.items() if v},
    )
    session.add(exhibitor)
    session.flush()
    return exhibitor


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
        raise InputError(f"{Path(path).name}: no column for the company name was found.")
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
        exhibitor.name = name
        if record.get("booth"):
            exhibitor.booth = clean(record["booth"], 32)
        if record.get("country"):
            exhibitor.country = country_code(record["country"])
        for key, value in details.items():
            setattr(exhibitor, key, clean(value, 300))
    wanted = [p for p in re.split(r"[;|\n]", record.get("products", "")) if clean(p, 200)]
    if wanted:
        have = {
            p.name.casefold()
            for p in session.scalars(select(Product).where(Product.exhibitor_id == exhibitor.id))
        }
        for product in wanted:
            if clean(product, 200).casefold() not in have:
                add_product(session, exhibitor, product)
                have.add(clean(product, 200).casefold())
    session.flush()
    return exhibitor, created
