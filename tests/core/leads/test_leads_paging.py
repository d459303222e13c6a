"""The lead list read a page at a time (core.leads.listing.lead_page): every lead once, in the
order the whole list has, whatever the sort, filter or search; the counts and the
pipeline over every lead."""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from booth_app.core.events import create_event, require_event
from booth_app.core.exhibitors.manufacturers import add_exhibitor, add_product
from booth_app.core.exhibitors.staff import add_staff
from booth_app.core.leads.capture import capture_for_visitor, delete_lead
from booth_app.core.leads.fields import Catalogue, LeadFields
from booth_app.core.leads.listing import SORTS, LeadRow, count_leads, lead_page, list_leads
from booth_app.core.leads.summary import lead_summary
from booth_app.core.leads.vocabulary import RATINGS, STAGES
from booth_app.core.text import fold
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Lead

T0 = datetime(2027, 1, 27, 10, 0, tzinfo=UTC)
# Names that fold to the same sort key (accents, case), so name sorts have ties.
NAMES = ("Ana Lima", "ána lima", "Zoë Adams", "zoe adams", "Émile Durand", "Bob Hart",
         "Wei Zhang", "Amina Yusuf", "Siti Rahma", "José Müller")
ORGS = ("RS Harapan Kita", "rs harapan kita", "Clinica Garcia", "Al Zahra Hospital", "")
PRODUCTS = ("Hospital Bed HB-200", "Patient Monitor PM-7", "Infusion Pump IP-3")
LEADS = 130
DELETED = 6
PAGE = 7  # many page boundaries, ties across them


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory,
             migrated_template: Path) -> tuple[Path, dict[str, Any]]:
    """MEDIKA with 130 leads captured (6 of them deleted again), ties in every column,
    leads without value, staff member or product; SEHAT with leads of the same visitors.
    Built once; each test gets a copy."""
    path = tmp_path_factory.mktemp("paging") / "leads.sqlite"
    shutil.copyfile(migrated_template, path)
    db = Database(path)
    try:
        return path, _fill(db)
    finally:
        db.dispose()


@pytest.fixture
def event_db(template: tuple[Path, dict[str, Any]], tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "leads.sqlite"
    shutil.copyfile(template[0], path)
    db = Database(path)
    yield db
    db.dispose()


@pytest.fixture
def pavilion(template: tuple[Path, dict[str, Any]]) -> dict[str, Any]:
    return template[1]


def _fill(db: Database) -> dict[str, Any]:
    rng = random.Random(5)
    with db.session() as session:
        create_event(session, name="Indonesia Pavilion at Arab Health 2027",
                     start=date(2027, 1, 27), end=date(2027, 1, 30), timezone="Asia/Dubai",
                     venue="Dubai World Trade Centre", currency="USD")
        require_event(session)
        medika = add_exhibitor(session, code="MEDIKA", name="PT Medika Nusantara", booth="B10")
        sehat = add_exhibitor(session, code="SEHAT", name="PT Sehat Sentosa", booth="B12")
        for name in PRODUCTS:
            add_product(session, medika, name)
        add_product(session, sehat, "Surgical Mask")
        dewi = add_staff(session, name="Dewi Lestari", pin="2468", exhibitor_code="MEDIKA")
        agus = add_staff(session, name="agus", pin="1357", exhibitor_code="MEDIKA")
        session.flush()
        catalogue = Catalogue.load(session, medika.id)
        staff = (dewi.id, agus.id, None)
        deleted: list[str] = []
        for number in range(LEADS):
            visitor = add_visitor(session, VisitorFields.parse(
                name=rng.choice(NAMES), organization=rng.choice(ORGS),
                email=f"guest{number}@example.com"))
            raw: dict[str, Any] = {
                "rating": rng.choice((*RATINGS, "")), "stage": rng.choice(STAGES),
                "products": rng.sample(PRODUCTS, k=rng.choice((0, 0, 1, 2, 3))),
                "notes": rng.choice(("", "", "call back after the show"))}
            if rng.random() < 0.6:
                raw.update(value=rng.choice(("1000", "1000", "250000", "99.5")),
                           currency=rng.choice(("USD", "EUR")))
            # Five capture times only: most leads tie on the time too.
            at = T0 + timedelta(minutes=rng.randrange(5))
            lead = capture_for_visitor(session, medika, visitor, staff_id=rng.choice(staff),
                                       now=at, fields=LeadFields.parse(catalogue, **raw)).lead
            if number % 3 == 0:
                capture_for_visitor(session, sehat, visitor, now=at)
            if len(deleted) < DELETED and number % 7 == 3:
                deleted.append(lead.id)
        session.flush()
        for lead_id in deleted:
            lead = session.get(Lead, lead_id)
            assert lead is not None
            delete_lead(session, lead, staff_id=None)
        return {"medika": medika.id, "sehat": sehat.id, "deleted": deleted,
                "bed": next(p.id for p in catalogue.products if p.name == PRODUCTS[0])}


def all_pages(db: Database, limit: int = PAGE, **criteria: Any) -> list[LeadRow]:
    """Page after page, as the window's table reads them while the user scrolls."""
    rows: list[LeadRow] = []
    after = None
    with db.reader() as session:
        for _ in range(LEADS):
            page = lead_page(session, **criteria, after=after, limit=limit)
            assert len(page.rows) <= limit
            rows.extend(page.rows)
            if page.after is None:
                return rows
            after = page.after
    raise AssertionError("the pages never end")


def the_whole_list(db: Database, **criteria: Any) -> list[LeadRow]:
    with db.reader() as session:
        return list_leads(session, **criteria, details=True)


# What a user expects each column's order to be: ties newest capture first, then a
# fixed order; no value, staff member or product last whichever way.
KEYS: dict[str, Callable[[LeadRow], Any]] = {
    "name": lambda r: fold(r.visitor_name),
    "organization": lambda r: r.organization.lower(),
    "rating": lambda r: (*RATINGS, "").index(r.rating),
    "stage": lambda r: STAGES.index(r.stage),
    "value": lambda r: r.value,
    "captured_by": lambda r: r.captured_by.lower() or None,
    "products": lambda r: ", ".join(sorted(p.lower() for p in r.products)) or None,
    "exhibitor": lambda r: r.exhibitor,
}


def expected_order(rows: list[LeadRow], sort: str, descending: bool) -> list[str]:
    by_id = sorted(rows, key=lambda r: r.id)
    if sort == "captured_at":
        return [r.id for r in sorted(by_id, key=lambda r: r.captured_at, reverse=descending)]
    newest = sorted(by_id, key=lambda r: r.captured_at, reverse=True)
    key = KEYS[sort]
    present = [r for r in newest if key(r) is not None]
    missing = [r for r in newest if key(r) is None]
    # Python's sort is stable both ways: ties keep the newest capture first.
    return [r.id for r in sorted(present, key=key, reverse=descending) + missing]


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("sort", [*KEYS, "captured_at"])
def test_pages_give_every_lead_once_in_the_columns_order(
        event_db: Database, pavilion: dict[str, Any], sort: str, descending: bool) -> None:
    mine = the_whole_list(event_db, exhibitor_id=pavilion["medika"])
    assert len(mine) == LEADS - DELETED
    paged = all_pages(event_db, exhibitor_id=pavilion["medika"], sort=sort,
                      descending=descending)
    assert [r.id for r in paged] == expected_order(mine, sort, descending)
    assert not {r.id for r in paged} & set(pavilion["deleted"])
    assert {r.exhibitor for r in paged} == {"MEDIKA"}


@pytest.mark.parametrize("sort", SORTS)
def test_pages_follow_the_whole_lists_order_for_every_sort(
        event_db: Database, pavilion: dict[str, Any], sort: str) -> None:
    for descending in (False, True):
        criteria = {"exhibitor_id": pavilion["medika"], "sort": sort,
                    "descending": descending}
        assert [r.id for r in all_pages(event_db, **criteria)] == \
            [r.id for r in the_whole_list(event_db, **criteria)]


@pytest.mark.parametrize("criteria", [
    {"rating": "hot"}, {"rating": ""}, {"stage": "new"}, {"rating": "warm", "stage": "won"},
    {"search": "LIMA"}, {"search": "call back"}, {"search": "harapan"}, {"product": True},
    {"search": "nobody at all"},
], ids=repr)
def test_filters_and_search_over_many_pages(event_db: Database, pavilion: dict[str, Any],
                                           criteria: dict[str, Any]) -> None:
    if criteria.pop("product", False):
        criteria["product_id"] = pavilion["bed"]
    mine = the_whole_list(event_db, exhibitor_id=pavilion["medika"])
    by_name = all_pages(event_db, exhibitor_id=pavilion["medika"], sort="name",
                        descending=False, **criteria)
    kept = [r for r in mine if _keeps(r, criteria)]
    assert [r.id for r in by_name] == expected_order(kept, "name", False)
    with event_db.reader() as session:
        assert count_leads(session, exhibitor_id=pavilion["medika"], **criteria) == len(kept)
        # The first page counts the whole list with its own query.
        first = lead_page(session, exhibitor_id=pavilion["medika"], limit=PAGE, count=True,
                          **criteria)
        assert first.total == len(kept)
        assert [r.id for r in first.rows] == [r.id for r in the_whole_list(
            event_db, exhibitor_id=pavilion["medika"], **criteria)[:PAGE]]


def _keeps(row: LeadRow, criteria: dict[str, Any]) -> bool:
    if "rating" in criteria and row.rating != criteria["rating"]:
        return False
    if "stage" in criteria and row.stage != criteria["stage"]:
        return False
    if "product_id" in criteria and PRODUCTS[0] not in row.products:
        return False
    words = fold(criteria.get("search", "")).split()
    text = fold(f"{row.visitor_name} {row.organization} {row.email} {row.notes}")
    return all(word in text for word in words)


def test_a_lead_added_between_pages_neither_repeats_nor_hides_a_row(
        event_db: Database, pavilion: dict[str, Any]) -> None:
    with event_db.reader() as session:
        first = lead_page(session, exhibitor_id=pavilion["medika"], sort="name",
                          descending=False, limit=PAGE)
    with event_db.session() as session:
        exhibitor = session.get(Exhibitor, pavilion["medika"])
        assert exhibitor is not None
        visitor = add_visitor(session, VisitorFields.parse(name="Aaron Aardvark"))
        capture_for_visitor(session, exhibitor, visitor, now=T0)
    rest: list[LeadRow] = []
    after = first.after
    with event_db.reader() as session:
        for _ in range(LEADS):
            if after is None:
                break
            page = lead_page(session, exhibitor_id=pavilion["medika"], sort="name",
                             descending=False, after=after, limit=PAGE)
            rest.extend(page.rows)
            after = page.after
    ids = [r.id for r in first.rows + rest]
    assert len(ids) == len(set(ids)) == LEADS - DELETED  # the newcomer sorts before page 1
    assert "Aaron Aardvark" not in [r.visitor_name for r in rest]


def test_the_last_page_says_no_lead_follows(event_db: Database,
                                            pavilion: dict[str, Any]) -> None:
    live = LEADS - DELETED
    with event_db.reader() as session:
        whole = lead_page(session, exhibitor_id=pavilion["medika"], limit=live + 1)
        assert len(whole.rows) == live and whole.after is None
        exact = lead_page(session, exhibitor_id=pavilion["medika"], limit=live)
        assert exact.after is not None  # a full page: the next read finds nothing
        assert lead_page(session, exhibitor_id=pavilion["medika"], after=exact.after,
                         limit=live).rows == []
        assert lead_page(session, exhibitor_id="nobody").rows == []
        assert lead_page(session, exhibitor_id="nobody", count=True).total == 0
        with pytest.raises(ValueError, match="at most"):
            lead_page(session, exhibitor_id=pavilion["medika"], limit=10_000, count=True)


@pytest.mark.parametrize("sort", SORTS)
def test_the_rest_of_a_list_in_one_big_page_is_the_same_rows(
        event_db: Database, pavilion: dict[str, Any], sort: str) -> None:
    """After a save the window reads what it held again: the first page, then the rest
    in one query (a big page takes the whole list's plan, not the short page's)."""
    for descending in (False, True):
        criteria = {"exhibitor_id": pavilion["medika"], "sort": sort,
                    "descending": descending}
        with event_db.reader() as session:
            first = lead_page(session, **criteria, limit=PAGE, count=True)
            rest = lead_page(session, **criteria, after=first.after, limit=10_000)
        assert rest.after is None  # short of its limit: nothing follows
        assert [r.id for r in first.rows + rest.rows] == \
            [r.id for r in all_pages(event_db, **criteria)]
        assert first.total == len(first.rows) + len(rest.rows)


def test_pages_of_every_manufacturer_for_a_coordinator(event_db: Database,
                                                       pavilion: dict[str, Any]) -> None:
    everyone = all_pages(event_db, exhibitor_id=None, sort="exhibitor", descending=True)
    sehat = the_whole_list(event_db, exhibitor_id=pavilion["sehat"])
    assert len(everyone) == LEADS - DELETED + len(sehat)
    codes = [r.exhibitor for r in everyone]
    assert codes == ["SEHAT"] * len(sehat) + ["MEDIKA"] * (LEADS - DELETED)


def test_counts_and_pipeline_cover_every_lead(event_db: Database,
                                              pavilion: dict[str, Any]) -> None:
    mine = the_whole_list(event_db, exhibitor_id=pavilion["medika"])
    with event_db.reader() as session:
        summary = lead_summary(session, pavilion["medika"])
    assert summary.total == len(mine) == LEADS - DELETED
    assert summary.by_rating == {r: sum(1 for x in mine if x.rating == r)
                                 for r in (*RATINGS, "")}
    assert summary.by_stage == {s: sum(1 for x in mine if x.stage == s) for s in STAGES}
    pipeline: dict[str, Decimal] = {}
    for row in mine:
        if row.value is not None and row.currency:
            pipeline[row.currency] = pipeline.get(row.currency, Decimal(0)) + row.value
    assert summary.value_by_currency == dict(sorted(pipeline.items()))
    assert list(summary.value_by_currency) == ["EUR", "USD"]
    assert summary.count("hot", "new") == sum(
        1 for x in mine if (x.rating, x.stage) == ("hot", "new"))
    assert summary.count(stage="won") == summary.by_stage["won"]
    assert summary.count() == summary.total
