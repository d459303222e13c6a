"""The Leads page's list when a booth holds more leads than one page: rows come as the
user scrolls, sorting and filters cover every lead, the counts never only the page."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from booth_app.core.leads.listing import PAGE, list_leads
from booth_app.core.leads.vocabulary import RATINGS, STAGES
from booth_app.core.text import fold
from booth_app.storage.database import Database
from booth_app.storage.ids import new_id, utcnow
from booth_app.storage.models import Exhibitor, Lead, LeadProduct, Product, Staff, Visitor
from booth_app.ui.access.session import SignedIn, StaffSession
from booth_app.ui.leads.lead_list import LeadListPanel
from booth_app.ui.leads.page import LeadsPage
from booth_app.ui.leads.table_model import COL_NAME, COL_RATING, COL_VALUE, LeadRowRole


@pytest.fixture
def busy_booth(demo_db: Database) -> dict[str, Any]:
    """The demo's first booth with a lead for nearly every visitor: over two pages."""
    rng = random.Random(3)
    with demo_db.session() as session:
        exhibitor = session.scalars(select(Exhibitor).order_by(Exhibitor.code)).first()
        assert exhibitor is not None
        staff = list(session.scalars(select(Staff.id).where(
            Staff.exhibitor_id == exhibitor.id).order_by(Staff.name)))
        products = list(session.scalars(select(Product.id).where(
            Product.exhibitor_id == exhibitor.id)))
        have = set(session.scalars(select(Lead.visitor_id).where(
            Lead.exhibitor_id == exhibitor.id)))
        stamp, now = demo_db.stamp(), utcnow()
        leads, ticks = [], []
        for visitor_id in session.scalars(select(Visitor.id).order_by(Visitor.id)):
            if visitor_id in have:
                continue
            lead_id = new_id()
            valued = rng.random() < 0.4
            leads.append({**stamp, "id": lead_id, "exhibitor_id": exhibitor.id,
                          "visitor_id": visitor_id, "rating": rng.choice((*RATINGS, "")),
                          "stage": rng.choice(STAGES), "notes": "", "follow_up_action": "",
                          "follow_up_date": None,
                          "value": Decimal(rng.randrange(1, 90) * 1000) if valued else None,
                          "currency": rng.choice(("USD", "EUR")) if valued else "",
                          "captured_at": now - timedelta(minutes=rng.randrange(3000)),
                          "captured_by_id": rng.choice(staff), "consent_contact": False,
                          "consent_at": None})
            for product_id in rng.sample(products, k=min(rng.choice((0, 1, 2)),
                                                         len(products))):
                ticks.append({**stamp, "id": new_id(), "lead_id": lead_id,
                              "product_id": product_id})
        session.execute(insert(Lead), leads)
        session.execute(insert(LeadProduct), ticks)
    with demo_db.reader() as session:
        mine = list_leads(session, exhibitor_id=exhibitor.id)
    assert len(mine) > 2 * PAGE
    return {"id": exhibitor.id, "staff": staff[0], "leads": mine}


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database, busy_booth: dict[str, Any]) -> LeadsPage:
    session = StaffSession()
    page = LeadsPage(demo_db, session)
    qtbot.addWidget(page)
    page.resize(1166, 690)
    page.show()
    with demo_db.reader() as reader:
        session.sign_in(SignedIn.of(reader, busy_booth["staff"]))
    qtbot.waitUntil(lambda: page.list.model.rowCount() > 0, timeout=3000)
    return page


def shown(panel: LeadListPanel) -> list[Any]:
    model = panel.model
    return [model.index(r, 0).data(LeadRowRole) for r in range(model.rowCount())]


def scroll_to_the_end(qtbot: QtBot, panel: LeadListPanel) -> list[Any]:
    """Scroll down as a user does until no more rows come."""
    table = panel.table
    for _ in range(50):
        before = panel.model.rowCount()
        table.scrollToBottom()
        scroll = table.verticalScrollBar()
        scroll.setValue(scroll.maximum())
        qtbot.wait(10)
        if panel.model.rowCount() == before:
            break
    return shown(panel)


def click_header(qtbot: QtBot, panel: LeadListPanel, column: int) -> None:
    from PySide6.QtCore import QPoint

    header = panel.table.horizontalHeader()
    centre = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                    header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_the_list_shows_a_page_and_every_lead_once_scrolled(
        qtbot: QtBot, page: LeadsPage, busy_booth: dict[str, Any]) -> None:
    panel, mine = page.list, busy_booth["leads"]
    first = shown(panel)
    assert len(first) < len(mine)  # a page, not 10,000 rows
    assert [r.id for r in first] == [r.id for r in mine[:len(first)]]  # newest first
    # The counts speak of every lead, not of the rows read so far.
    assert panel.counts.text().startswith(f"{len(mine)} leads")
    hot = sum(1 for r in mine if r.rating == "hot")
    assert f"{hot} Hot" in panel.counts.text()
    usd = sum((r.value for r in mine if r.currency == "USD" and r.value is not None),
              Decimal(0))
    assert f"USD {usd:,.0f}" in panel.pipeline.text()
    everything = scroll_to_the_end(qtbot, panel)
    assert [r.id for r in everything] == [r.id for r in mine]
    assert not panel.model.canFetchMore()


def test_sorting_orders_every_lead_not_only_the_page(
        qtbot: QtBot, page: LeadsPage, busy_booth: dict[str, Any]) -> None:
    panel, mine = page.list, busy_booth["leads"]
    scroll_to_the_end(qtbot, panel)
    click_header(qtbot, panel, COL_NAME)
    first = shown(panel)
    assert len(first) < len(mine)  # a header click reads the first page again
    ascending = panel.table.horizontalHeader().sortIndicatorOrder() \
        == Qt.SortOrder.AscendingOrder
    names = sorted((fold(r.visitor_name) for r in mine), reverse=not ascending)
    assert [fold(r.visitor_name) for r in first] == names[:len(first)]
    assert [fold(r.visitor_name) for r in scroll_to_the_end(qtbot, panel)] == names

    click_header(qtbot, panel, COL_VALUE)
    click_header(qtbot, panel, COL_VALUE)
    rows = scroll_to_the_end(qtbot, panel)
    assert len(rows) == len(mine)
    values = [r.value for r in rows]
    valued = [v for v in values if v is not None]
    assert values == valued + [None] * (len(values) - len(valued))  # no value: last
    assert valued == sorted(valued) or valued == sorted(valued, reverse=True)
    assert len(set(valued)) > 1


def test_filters_and_search_cover_every_lead(
        qtbot: QtBot, page: LeadsPage, busy_booth: dict[str, Any]) -> None:
    panel, mine = page.list, busy_booth["leads"]
    panel.rating.setCurrentIndex(panel.rating.findData("warm"))
    warm = [r for r in mine if r.rating == "warm"]
    assert panel.counts.text().startswith(f"{len(warm)} of {len(mine)} leads shown")
    rows = scroll_to_the_end(qtbot, panel)
    assert [r.id for r in rows] == [r.id for r in warm]
    panel.rating.setCurrentIndex(0)

    click_header(qtbot, panel, COL_RATING)
    # A search with more than a page of matches, but not every lead.
    with page.db.reader() as session:
        word, found = next(
            (word, found) for word in ("an", "al", "ar", "in", "ma", "er", "ha", "ra")
            if PAGE < len(found := list_leads(session, exhibitor_id=busy_booth["id"],
                                              search=word)) < len(mine))
    qtbot.keyClicks(panel.search, word)
    qtbot.waitUntil(lambda: panel.model.matched == len(found), timeout=3000)
    assert panel.counts.text().startswith(f"{len(found)} of {len(mine)} leads shown")
    rows = scroll_to_the_end(qtbot, panel)
    assert sorted(r.id for r in rows) == sorted(r.id for r in found)
    ranks = [(*RATINGS, "").index(r.rating) for r in rows]
    assert ranks == sorted(ranks) or ranks == sorted(ranks, reverse=True)


def test_an_edit_far_down_the_list_shows_and_keeps_the_rows_read(
        qtbot: QtBot, page: LeadsPage, busy_booth: dict[str, Any]) -> None:
    panel = page.list
    rows = scroll_to_the_end(qtbot, panel)
    target = rows[-1]
    page.open_lead(target.id)
    page.card.stage.setCurrentIndex(page.card.stage.findData("quotation"))
    page.save_card()
    assert panel.model.rowCount() == len(rows)  # not back to the first page
    row = panel.model.row_of(target.id)
    assert panel.model.index(row, 0).data(LeadRowRole).stage == "quotation"
    assert panel.selected_lead() == target.id


def test_the_selected_lead_stays_selected_when_the_list_is_read_again(
        qtbot: QtBot, page: LeadsPage) -> None:
    panel = page.list
    panel.table.selectRow(3)
    chosen = shown(panel)[3]
    assert panel.selected_lead() == chosen.id
    # Its own rating keeps it, and it stays near the top of the newest-first list.
    panel.rating.setCurrentIndex(panel.rating.findData(chosen.rating))
    assert all(r.rating == chosen.rating for r in shown(panel))
    assert panel.selected_lead() == chosen.id
    panel.rating.setCurrentIndex(panel.rating.findData(
        next(r for r in RATINGS if r != chosen.rating)))
    assert panel.selected_lead() is None  # filtered out: nothing else gets selected


def fresh_list(db: Database, panel: LeadListPanel, exhibitor_id: str, **filters: Any) -> list[str]:
    """The ids a fresh read of the whole list gives, in the panel's current order."""
    from booth_app.ui.leads.table_model import _SORTS

    model = panel.model
    with db.reader() as session:
        return [row.id for row in list_leads(
            session, exhibitor_id=exhibitor_id, sort=_SORTS[model.sort_column],
            descending=model.sort_order == Qt.SortOrder.DescendingOrder, **filters)]


def test_an_edit_that_moves_a_lead_puts_it_where_it_now_belongs(
        qtbot: QtBot, page: LeadsPage, demo_db: Database, busy_booth: dict[str, Any]) -> None:
    """Sorted by rating, with every lead scrolled in: a cold lead rated hot leaves the
    cold rows for the hot ones; one whose rating stays keeps its place. Either way the
    rows held are what reading the list afresh gives."""
    panel = page.list
    click_header(qtbot, panel, COL_RATING)
    rows = scroll_to_the_end(qtbot, panel)
    top = rows[0].rating
    mover = next(r for r in rows[len(rows) // 2:] if r.rating not in (top, ""))
    page.open_lead(mover.id)
    page.card.rating_buttons[top].click()
    page.save_card()
    after = shown(panel)
    assert len(after) == len(rows)
    assert [r.id for r in after] == fresh_list(demo_db, panel, busy_booth["id"])
    moved = panel.model.row_of(mover.id)
    assert after[moved].rating == top and moved < rows.index(mover)
    assert panel.selected_lead() == mover.id

    stayer = after[len(after) // 3]
    page.open_lead(stayer.id)
    page.card.stage.setCurrentIndex(page.card.stage.findData("won"))
    page.save_card()
    again = shown(panel)
    assert [r.id for r in again] == [r.id for r in after]  # the same place for every row
    assert again[len(after) // 3].stage == "won"
    assert [r.id for r in again] == fresh_list(demo_db, panel, busy_booth["id"])


def test_an_edit_that_takes_a_lead_out_of_the_filter_removes_it(
        qtbot: QtBot, page: LeadsPage, demo_db: Database, busy_booth: dict[str, Any]) -> None:
    panel = page.list
    panel.rating.setCurrentIndex(panel.rating.findData("warm"))
    rows = scroll_to_the_end(qtbot, panel)
    leaving = rows[len(rows) // 2]
    page.open_lead(leaving.id)
    page.card.rating_buttons["hot"].click()
    page.save_card()
    after = shown(panel)
    assert leaving.id not in [r.id for r in after] and len(after) == len(rows) - 1
    assert [r.id for r in after] == fresh_list(demo_db, panel, busy_booth["id"],
                                               rating="warm")
    assert panel.counts.text().startswith(f"{len(rows) - 1} of ")
