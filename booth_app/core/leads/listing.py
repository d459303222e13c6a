"""Leads per manufacturer: the lead list (sorted, filtered, searched, a page at a time).

Every function that reads leads takes the manufacturer: `exhibitor_id=None` means
every manufacturer and is for coordinators only; a booth's window always passes its
own, so no list, count or search there can reach another manufacturer's leads.

`list_leads` reads a whole list (the CLI, exports); `lead_page` reads it a page at a
time in the same order, each page starting after the previous page's last row (the
window's table: 10,000 leads are never all read to show the first 30).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, false, func, or_, select
from sqlalchemy.orm import Session

from booth_app.core.errors import InputError
from booth_app.core.gc_pause import collector_paused
from booth_app.core.leads.vocabulary import STAGES
from booth_app.core.text import fold
from booth_app.storage.models import (
    Exhibitor,
    Lead,
    LeadProduct,
    Product,
    Staff,
    Visitor,
)

SORTS = ("captured_at", "updated_at", "name", "organization", "country", "rating", "stage",
         "value", "captured_by", "follow_up_date", "products", "exhibitor")
# Sorts where leads without the value (no value, no staff member, no product, no date)
# go last whichever way the list is sorted.
_MISSING_LAST = ("value", "captured_by", "follow_up_date", "products")
PAGE = 200
_VISITOR_SORTS = ("name", "organization", "country")
# Fetching products lead by lead (an IN list) beats reading the whole manufacturer's
# only for short lists.
_FEW = 500


@dataclass(slots=True)
class LeadRow:
    """One line of the lead list; with `detailed` also what the lead form and
    `lead_to_dict` show (the list leaves those out: a third of its time at 10,000)."""

    id: str
    exhibitor: str  # the manufacturer's code
    visitor_name: str
    organization: str
    country: str
    rating: str
    stage: str
    value: Decimal | None
    currency: str
    captured_at: datetime
    captured_by: str  # the staff member's name, "" when unknown
    exhibitor_id: str = ""
    visitor_id: str = ""
    captured_by_id: str | None = None
    follow_up_date: date | None = None
    products: list[str] = field(default_factory=list)  # names, alphabetical
    detailed: bool = False
    visitor_code: str = ""
    email: str = ""
    job_title: str = ""
    phone: str = ""
    notes: str = ""
    follow_up_action: str = ""
    consent_contact: bool = False
    consent_at: datetime | None = None


LeadKey = tuple[Any, ...]


@dataclass(slots=True)
class LeadPage:
    """A page of the lead list, and where the next one starts (None: no lead follows);
    `total` is how many leads the whole list holds, when asked for."""

    rows: list[LeadRow]
    after: LeadKey | None
    total: int | None = None


def _rating_rank() -> ColumnElement[int]:
    return case({"hot": 0, "warm": 1, "cold": 2}, value=Lead.rating, else_=3)


def _stage_rank() -> ColumnElement[int]:
    return case({stage: i for i, stage in enumerate(STAGES)}, value=Lead.stage,
                else_=len(STAGES))


def _products_text() -> ColumnElement[str | None]:
    """The lead's product names, lower case, alphabetical, joined (NULL: none)."""
    name = func.lower(Product.name)
    names = (select(name.label("name"))
             .join(LeadProduct, LeadProduct.product_id == Product.id)
             .where(LeadProduct.lead_id == Lead.id, LeadProduct.deleted.is_(False))
             .order_by(name).correlate(Lead).subquery())
    return select(func.aggregate_strings(names.c.name, ", ")).scalar_subquery()


def _sort_column(sort: str) -> ColumnElement[Any]:
    columns: dict[str, Any] = {
        "captured_at": Lead.captured_at, "updated_at": Lead.updated_at,
        "name": Visitor.sort_name, "organization": func.lower(Visitor.organization),
        "country": Visitor.country, "rating": _rating_rank(), "stage": _stage_rank(),
        "value": Lead.value, "captured_by": func.lower(Staff.name),
        "follow_up_date": Lead.follow_up_date,
        "exhibitor": Exhibitor.code,
    }
    if sort == "products":
        return _products_text()
    if sort not in columns:
        raise InputError("Leads can be sorted by {sorts}, not {sort!r}.",
                         sorts=', '.join(SORTS), sort=sort)
    return columns[sort]


def _sort_keys(sort: str, descending: bool) -> list[tuple[ColumnElement[Any], bool]]:
    """The list's order as (expression, descending) pairs, ending in the lead's id so no
    two rows tie: the sort itself, then the newest capture first."""
    if sort == "captured_at":
        return [(Lead.captured_at, descending), (Lead.id, False)]
    column = _sort_column(sort)
    keys: list[tuple[ColumnElement[Any], bool]] = []
    if sort in _MISSING_LAST:
        keys.append((case((column.is_(None), 1), else_=0), False))
    return [*keys, (column, descending), (Lead.captured_at, True), (Lead.id, False)]


def _after(keys: list[tuple[ColumnElement[Any], bool]], last: LeadKey) -> ColumnElement[bool]:
    """Rows that come after the row whose sort key is `last` (keyset paging: no OFFSET,
    and a lead added or deleted meanwhile neither repeats nor skips a row)."""
    clauses = []
    for i, ((column, descending), value) in enumerate(zip(keys, last, strict=True)):
        same = [c.is_not_distinct_from(v) for (c, _), v in zip(keys[:i], last[:i], strict=True)]
        if value is None:
            continue  # nothing sorts past a missing value: the missing ones are equal
        clauses.append(and_(*same, column < value if descending else column > value))
    return or_(*clauses) if clauses else false()


def _filters(rating: str | Iterable[str] | None, stage: str | Iterable[str] | None,
             product_id: str | None, search: str) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    ratings, stages = _choice(rating), _choice(stage)
    if ratings is not None:
        where.append(Lead.rating.in_(ratings))
    if stages is not None:
        where.append(Lead.stage.in_(stages))
    if product_id is not None:
        where.append(Lead.id.in_(select(LeadProduct.lead_id).where(
            LeadProduct.product_id == product_id, LeadProduct.deleted.is_(False))))
    for word in fold(search).split():
        where.append(or_(Visitor.search_text.contains(word, autoescape=True),
                         func.lower(Lead.notes).contains(word, autoescape=True)))
    return where


def _choice(value: str | Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value)


def list_leads(session: Session, *, exhibitor_id: str | None,
               rating: str | Iterable[str] | None = None,
               stage: str | Iterable[str] | None = None, product_id: str | None = None,
               search: str = "", sort: str = "captured_at", descending: bool = True,
               limit: int | None = None, details: bool = False,
               products: bool = True) -> list[LeadRow]:
    """A manufacturer's live leads (every manufacturer's when `exhibitor_id` is None).

    `rating` and `stage` take one value or several ("" is unrated); `product_id` keeps
    leads that ticked that product; `search` matches every word typed against the
    visitor's name, organisation, e-mail, code and phone, and the lead's notes, without
    case or accents. Ties in the sort keep the newest capture first; leads without a
    value, staff member, product or follow-up date go last when sorted by it. `details`
    adds the visitor's contacts, the notes and consent (for `lead_to_dict`);
    `products=False` leaves the product names out (a quarter of the time at 10,000 leads).
    """
    keys = _sort_keys(sort, descending)
    return _rows(session, exhibitor_id, _filters(rating, stage, product_id, search),
                 keys, limit, sort=sort, search=search, details=details, products=products)[0]


def lead_page(session: Session, *, exhibitor_id: str | None,
              rating: str | Iterable[str] | None = None,
              stage: str | Iterable[str] | None = None, product_id: str | None = None,
              search: str = "", sort: str = "captured_at", descending: bool = True,
              after: LeadKey | None = None, limit: int = PAGE,
              count: bool = False) -> LeadPage:
    """One page of `list_leads` (same filters, same order): the first `limit` rows, or
    those after the `after` of the previous page. With `count`, the first page also
    says how many leads the filters keep (counted by the same query, not a second one:
    a search reads every lead once, not twice). A page of more than a few hundred rows
    (the rest of a list read again) is read the way the whole list is, and not counted."""
    if count and limit > _FEW:
        raise ValueError(f"a counted page holds at most {_FEW} leads")
    keys = _sort_keys(sort, descending)
    where = _filters(rating, stage, product_id, search)
    if after is not None:
        where.append(_after(keys, after))
    count = count and after is None
    rows, last, total = _rows(session, exhibitor_id, where, keys, limit, sort=sort,
                              search=search, count=count)
    return LeadPage(rows, last if len(rows) == limit else None, total if count else None)


def count_leads(session: Session, *, exhibitor_id: str | None,
                rating: str | Iterable[str] | None = None,
                stage: str | Iterable[str] | None = None, product_id: str | None = None,
                search: str = "") -> int:
    """How many leads `list_leads` would give with these filters."""
    stmt = select(func.count()).select_from(Lead).where(
        *live_leads(exhibitor_id), *_filters(rating, stage, product_id, search))
    if search.strip():
        stmt = stmt.join(Visitor, Visitor.id == Lead.visitor_id)
    return session.scalar(stmt) or 0


def lead_key(session: Session, lead_id: str, *, sort: str = "captured_at",
             descending: bool = True) -> LeadKey | None:
    """Where a live lead sits in a list in this order: the `after` that starts a page
    right after it (None when deleted or unknown)."""
    rows, key, _ = _rows(session, None, [Lead.id == lead_id], _sort_keys(sort, descending), 1,
                         sort=sort, products=False)
    return key if rows else None


def lead_row(session: Session, lead_id: str) -> LeadRow | None:
    """One live lead with its details (None when deleted or unknown)."""
    rows, _, _ = _rows(session, None, [Lead.id == lead_id], [(Lead.id, False)], 1,
                       details=True)
    return rows[0] if rows else None


def lead_rows(session: Session, exhibitor_id: str | None = None,
              limit: int = 100_000) -> list[LeadRow]:
    """Leads newest first; one manufacturer's only when `exhibitor_id` is given."""
    return list_leads(session, exhibitor_id=exhibitor_id, limit=limit)


_COLUMNS = (Lead.id, Lead.exhibitor_id, Lead.visitor_id, Visitor.name, Visitor.organization,
            Visitor.country, Lead.rating, Lead.stage, Lead.value, Lead.currency,
            Lead.captured_at, Lead.captured_by_id, Lead.follow_up_date)
_DETAILS = (Visitor.code, Visitor.email, Visitor.job_title, Visitor.phone, Lead.notes,
            Lead.follow_up_action, Lead.consent_contact, Lead.consent_at)


def live_leads(exhibitor_id: str | None) -> list[ColumnElement[bool]]:
    """A manufacturer's live leads (every manufacturer's when `exhibitor_id` is None)."""
    live = [Lead.deleted.is_(False)]
    if exhibitor_id is not None:
        live.append(Lead.exhibitor_id == exhibitor_id)
    return live


def _rows(session: Session, exhibitor_id: str | None, where: list[ColumnElement[bool]],
          keys: list[tuple[ColumnElement[Any], bool]], limit: int | None, *, sort: str = "",
          search: str = "", details: bool = False, products: bool = True,
          count: bool = False) -> tuple[list[LeadRow], LeadKey | None, int]:
    """The rows in the order of `keys`, the last row's values of those keys, and with
    `count` how many rows there are without the limit (a short page only)."""
    with collector_paused():
        return _read_rows(session, exhibitor_id, where, keys, limit, sort=sort,
                          visitor=bool(search.strip()), details=details, products=products,
                          count=count)


def _read_rows(session: Session, exhibitor_id: str | None, where: list[ColumnElement[bool]],
               keys: list[tuple[ColumnElement[Any], bool]], limit: int | None, *, sort: str,
               visitor: bool, details: bool, products: bool,
               count: bool) -> tuple[list[LeadRow], LeadKey | None, int]:
    columns = (*_COLUMNS, *_DETAILS) if details else _COLUMNS
    labels = [column.label(f"sort_{i}") for i, (column, _) in enumerate(keys)]
    if limit is not None and limit <= _FEW:
        stmt = _page_statement(exhibitor_id, where, keys, labels, limit, sort, columns,
                               visitor=visitor, count=count)
    else:
        assert not count, "only a short page counts its list"
        stmt = _joined(select(*columns, *labels), sort, visitor=True).where(
            *live_leads(exhibitor_id), *where).order_by(*_order(labels, keys)).limit(limit)
    # Manufacturers' codes and staff names are a few dozen rows, looked up in Python
    # (10,000 leads: a third less time than joining them row by row).
    codes = {key: code for key, code in session.execute(select(Exhibitor.id, Exhibitor.code))}
    staff = {key: name for key, name in session.execute(select(Staff.id, Staff.name))}
    found = session.connection().execute(stmt).all()
    extra = len(keys) + count  # the sort key's values, then the count, end each row
    rows = [LeadRow(lead_id, codes.get(ex_id, ""), name, org, country, rating, stage, value,
                    currency, captured_at, staff.get(by, "") if by else "", ex_id,
                    visitor_id, by, follow_up, [], details, *more[:len(more) - extra])
            for (lead_id, ex_id, visitor_id, name, org, country, rating, stage, value,
                 currency, captured_at, by, follow_up, *more) in found]
    if rows and products:
        _attach_products(session, rows, and_(*live_leads(exhibitor_id)))
    if not found:
        return rows, None, 0
    last = found[-1]
    key = tuple(last[len(last) - extra:len(last) - count])
    return rows, key, last[-1] if count else len(rows)


def _page_statement(exhibitor_id: str | None, where: list[ColumnElement[bool]],
                    keys: list[tuple[ColumnElement[Any], bool]], labels: list[Any],
                    limit: int, sort: str, columns: tuple[Any, ...], *,
                    visitor: bool, count: bool) -> Select[Any]:
    """A short page: the leads are sorted and cut first, joining the visitor only when
    the sort or a search needs it, and the page's few rows are then read in full (a
    manufacturer's 10,000 visitors are not all looked up for 200 rows). With `count`
    each row also carries how many leads matched before the cut."""
    visitor = visitor or sort in _VISITOR_SORTS
    counted = [func.count().over().label("matched")] if count else []
    page = (_joined(select(Lead.id.label("lead_id"), *labels, *counted), sort,
                    visitor=visitor)
            .where(*live_leads(exhibitor_id), *where).order_by(*_order(labels, keys))
            .limit(limit).subquery())
    keyed = [page.c[label.name] for label in labels]
    return (select(*columns, *keyed, *(page.c.matched for _ in counted)).select_from(page)
            .join(Lead, Lead.id == page.c.lead_id).join(Visitor, Visitor.id == Lead.visitor_id)
            .order_by(*_order(keyed, keys)))


def _joined(stmt: Select[Any], sort: str, *, visitor: bool) -> Select[Any]:
    """The tables a list's filters and sort read besides the lead."""
    stmt = stmt.select_from(Lead)
    if visitor:
        stmt = stmt.join(Visitor, Visitor.id == Lead.visitor_id)
    if sort == "captured_by":
        stmt = stmt.outerjoin(Staff, Staff.id == Lead.captured_by_id)
    elif sort == "exhibitor":
        stmt = stmt.join(Exhibitor, Exhibitor.id == Lead.exhibitor_id)
    return stmt


def _order(columns: list[Any], keys: list[tuple[ColumnElement[Any], bool]]) -> list[Any]:
    return [column.desc() if descending else column.asc()
            for column, (_, descending) in zip(columns, keys, strict=True)]


def _attach_products(session: Session, rows: list[LeadRow],
                     scope: ColumnElement[bool]) -> None:
    """Product names per lead: by id for a few leads, else for the whole manufacturer
    (one pass, never one query per lead)."""
    if len(rows) <= _FEW:
        scope = LeadProduct.lead_id.in_([row.id for row in rows])
    names = {key: name for key, name in session.execute(select(Product.id, Product.name))}
    by_id = {row.id: row for row in rows}
    ticks = session.connection().execute(
        select(LeadProduct.lead_id, LeadProduct.product_id)
        .join(Lead, Lead.id == LeadProduct.lead_id)
        .where(scope, LeadProduct.deleted.is_(False))).all()
    for lead_id, product_id in ticks:
        row = by_id.get(lead_id)
        if row is not None:
            row.products.append(names.get(product_id, ""))
    for row in rows:
        if len(row.products) > 1:
            row.products.sort()
