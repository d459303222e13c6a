"""A manufacturer's product catalogue: add, rename, delete and restore products, and
import them from a CSV/XLSX file.

Every change is checked before anything is set, so a refused one changes nothing;
deletes are tombstones, so sync carries them to every laptop.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from booth_app.core.errors import InputError, NotFound
from booth_app.core.events import require_event
from booth_app.core.exhibitors.manufacturers import (
    add_product,
    list_exhibitors,
    product_key,
    products_by_name,
    upsert_product,
)
from booth_app.core.progress import NO_PROGRESS, Progress
from booth_app.core.tabular import iter_records, map_headers, read_table
from booth_app.core.text import clean, fold
from booth_app.storage.models import Exhibitor, LeadProduct, Product


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
            raise InputError("{name!r} is already in this catalogue.", name=other.name)
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
        raise InputError("{name}: no column for the product name (Product / Produk) was found.",
                         name=name)
    if "code" not in mapping and "company" not in mapping:
        raise InputError(
            "{name}: no column for the manufacturer (Code / Kode or Company / Perusahaan) "
            "was found.", name=name
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
            raise InputError("no manufacturer with code {code!r}", code=code)
        return found
    if company:
        found = by_name.get(fold(company))
        if found is None:
            raise InputError("no manufacturer named {company!r}", company=company)
        return found
    raise InputError("no manufacturer code or company name")
