"""The main window on a demo pavilion: every page, real data, keyboard navigation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from staff_helpers import signed_in

from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Lead, Visitor
from booth_app.ui.checkin.page import CheckinPage
from booth_app.ui.dashboard.page import DashboardPage
from booth_app.ui.exhibitors.page import ExhibitorsPage
from booth_app.ui.leads.page import LeadsPage
from booth_app.ui.main_window import MainWindow
from booth_app.ui.visitors.page import VisitorsPage


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> MainWindow:
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.staff_session.sign_in(signed_in(demo_db))  # every page open (access/guard.py)
    return win


def count(db: Database, model: type) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_every_page_is_reachable_by_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    expected = [DashboardPage, CheckinPage, VisitorsPage, LeadsPage, ExhibitorsPage]
    for number, page_type in enumerate(expected, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert isinstance(window.current_page(), page_type)
        assert window.sidebar.currentRow() == number - 1
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().header.title.text() == "Exports"
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().header.title.text() == "Settings"


def test_top_strip_and_status_bar_say_where_we_are(window: MainWindow, demo_db: Database) -> None:
    assert "Arab Health 2027" in window.top_event.text() or "…" in window.top_event.text()
    assert "Indonesia Pavilion" in window.top_event.toolTip()
    assert "UTC+4" in window.top_clock.text()
    assert "Saved locally" in window.sync_pill.text()
    assert str(demo_db.path) in window.status_db.text()
    assert demo_db.device_name in window.status_device.text()


def test_dashboard_shows_the_database_figures(qtbot: QtBot, window: MainWindow,
                                              demo_db: Database) -> None:
    window.sidebar.setCurrentRow(0)
    page = window.current_page()
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.tiles["leads"].value.text() != "–", timeout=5000)
    assert page.tiles["visitors_registered"].value.text() == f"{count(demo_db, Visitor):,}"
    assert page.tiles["leads"].value.text() == f"{count(demo_db, Lead):,}"
    lead_rows = page.by_exhibitor.rowCount()
    assert 0 < lead_rows <= 19
    assert "USD" in page.value_tile.value.text()
    assert "not counted" in page.inside.text()  # no demo point scans exits
    today = int(page.tiles["checkins_today"].value.text().replace(",", ""))
    assert sum(page.hours.counts.values()) == today
    # the charts carry the same figures
    assert sum(count for _, count in page.hour_chart.data) == today
    table = sorted((int(page.by_exhibitor.item(r, 1).text()) for r in range(lead_rows)),
                   reverse=True)
    assert sorted((n for _, n in page.lead_chart.data), reverse=True) == table[:12]
    came = int(page.tiles["unique_visitors"].value.text().replace(",", ""))
    assert sum(count for _, count in page.country_chart.data) == came
    assert sum(count for _, count in page.category_chart.data) == came
    assert page.lead_chart.chart.series() and page.country_chart.chart.series()


def test_exhibitors_page_lists_all_manufacturers_with_details(qtbot: QtBot,
                                                              window: MainWindow,
                                                              demo_db: Database) -> None:
    window.sidebar.setCurrentRow(4)
    page = window.current_page()
    assert isinstance(page, ExhibitorsPage)
    assert page.proxy.rowCount() == count(demo_db, Exhibitor) == 19
    page.table.selectRow(3)
    chosen = page.selected_exhibitor()
    assert chosen is not None
    assert page.form.edits["name"].text() == chosen.name
    assert page.form.edits["booth"].text() == chosen.booth
    assert page.products_tab.table.rowCount() >= 3
    assert page.staff_tab.table.rowCount() >= 2


def test_leads_page_filters_by_manufacturer(window: MainWindow, demo_db: Database) -> None:
    from booth_app.storage.models import Staff
    from booth_app.ui.access.session import SignedIn

    window.staff_session.lock()
    window.sidebar.setCurrentRow(3)
    page = window.current_page()
    assert isinstance(page, LeadsPage)
    assert page.stack.currentIndex() == 0  # nobody signed in: no lead on screen
    with demo_db.reader() as session:
        coordinator = session.scalars(select(Staff).where(Staff.role == "coordinator")).one()
        window.staff_session.sign_in(SignedIn.of(session, coordinator.id))
    total = count(demo_db, Lead)
    assert page.list.model.rowCount() == min(total, 200)  # the list's first page
    assert page.list.counts.text().startswith(f"{total:,} leads")
    with demo_db.reader() as session:
        ex_id, per_ex = session.execute(
            select(Lead.exhibitor_id, func.count()).group_by(Lead.exhibitor_id).limit(1)).one()
    page.list.picker.setCurrentIndex(page.list.picker.findData(ex_id))
    assert page.list.model.rowCount() == per_ex < total


def test_checkin_page_lists_latest_scans(qtbot: QtBot, window: MainWindow) -> None:
    window.sidebar.setCurrentRow(1)
    page = window.current_page()
    assert isinstance(page, CheckinPage)
    counts = page.live_counts
    qtbot.waitUntil(lambda: counts.recent.count() > 0, timeout=5000)
    assert counts.recent.count() == 10
    rows = [counts.recent.item(r).text() for r in range(counts.recent.count())]
    assert all("✔ ADMITTED" in row for row in rows)
    assert counts.today.value.text() != "–"
    assert page.scan_field.hasFocus()  # ready for the first scan without a click


def test_window_fits_a_1366x768_screen(window: MainWindow) -> None:
    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSize().height() <= 768


def test_exhibitor_table_sorts_by_product_count(window: MainWindow) -> None:
    from booth_app.ui.exhibitors.table_model import COL_PRODUCTS, SortRole

    window.sidebar.setCurrentRow(4)
    page = window.current_page()
    assert isinstance(page, ExhibitorsPage)
    page.table.sortByColumn(COL_PRODUCTS, Qt.SortOrder.DescendingOrder)
    counts = [page.proxy.index(r, COL_PRODUCTS).data(SortRole)
              for r in range(page.proxy.rowCount())]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] > counts[-1]


def test_booth_staff_cannot_reach_coordinator_pages(window: MainWindow, demo_db: Database) -> None:
    from booth_app.storage.models import Staff
    from booth_app.ui.access.session import SignedIn
    from booth_app.ui.exports.page import ExportsPage

    with demo_db.reader() as session:
        booth = SignedIn.of(session, session.scalars(select(Staff.id).where(
            Staff.role == "staff", Staff.active.is_(True))).first())
        coordinator = SignedIn.of(session, session.scalars(select(Staff.id).where(
            Staff.role == "coordinator")).first())
    exhibitors, exports, settings_page = window.pages[4], window.pages[5], window.pages[-1]
    assert isinstance(exhibitors, ExhibitorsPage) and isinstance(exports, ExportsPage)
    backup, zip_all = exports.backups.backup_button, exports.leads_zip.button
    window.staff_session.sign_in(booth)
    window.sidebar.setCurrentRow(5)
    for page in (exhibitors, settings_page):
        assert page.is_locked and "coordinator" in page.lock_banner.text()
        inner = [w for w in page.findChildren(QWidget) if w.isEnabled() and
                 w.window() is page.window() and  # not a combo box's popup list
                 w.focusPolicy() != Qt.FocusPolicy.NoFocus and w is not page.lock_banner]
        panel = window.locked_panels[window.pages.index(page)]
        # nothing to type into or press but the panel's sign-in
        assert inner == [panel.button] and panel.isVisibleTo(page)
    assert not backup.isEnabled() and not zip_all.isEnabled()
    window.staff_session.sign_in(coordinator)
    window.sidebar.setCurrentRow(5)
    assert not exhibitors.is_locked and not settings_page.is_locked
    assert backup.isEnabled() and zip_all.isEnabled()
