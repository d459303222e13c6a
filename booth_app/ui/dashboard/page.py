"""Dashboard: the pavilion's figures at a glance, updated while on screen.

Lead figures follow who is signed in: booth staff see their own manufacturer's only;
a coordinator, or a laptop that is no booth's (the entrance desk), the whole
pavilion's; a booth's laptop with nobody signed in shows none.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.events import current_event
from booth_app.core.exhibitors.manufacturers import list_exhibitors
from booth_app.core.figures import PavilionStats, pavilion_stats
from booth_app.storage.database import Database
from booth_app.ui import settings
from booth_app.ui.access.session import StaffSession
from booth_app.ui.dashboard.hour_bars import HourBars
from booth_app.ui.language import category_label, country_name, current_language, number
from booth_app.ui.page import Page
from booth_app.ui.widgets import Tile

# Short words for the chart legend; other categories get the form's word.
CATEGORY_WORDS = {"hospital/clinic": QT_TRANSLATE_NOOP("DashboardPage", "Hospital"),
                  "government": QT_TRANSLATE_NOOP("DashboardPage", "Gov't"),
                  "distributor": QT_TRANSLATE_NOOP("DashboardPage", "Distrib.")}
LEAD_TILES = ("leads", "hot_leads", "meetings", "mous")
HIDDEN = "hidden"  # the lead scope when nobody may see lead figures


def short_country(code: str) -> str:
    """A country's common short name for a chart legend ("UAE" style names stay long
    elsewhere)."""
    name = country_name(code)
    short = SHORT_COUNTRIES.get(current_language(), {})
    return short.get(code, name if len(name) <= 14 else code)


# Per language: the names a legend has room for, as people there shorten them.
SHORT_COUNTRIES = {
    "en": {"AE": "UAE", "GB": "UK", "US": "USA", "SA": "Saudi Arabia",
           "KR": "South Korea", "CN": "China", "RU": "Russia", "IR": "Iran"},
    "id": {"AE": "UEA", "GB": "Inggris", "US": "AS", "SA": "Arab Saudi",
           "KR": "Korea Selatan"},
    "ar": {"AE": "الإمارات", "GB": "بريطانيا", "US": "أمريكا", "SA": "السعودية",
           "KR": "كوريا الجنوبية"},
}


def money(values: dict[str, object]) -> str:
    if not values:
        return "–"
    return "\n".join(f"{code} {number(round(float(str(total))))}"
                     for code, total in sorted(values.items()))


class DashboardPage(Page):
    live = True

    def __init__(self, db: Database, staff_session: StaffSession | None = None) -> None:
        super().__init__(db, self.tr("Dashboard"))
        self.staff_session = staff_session
        grid = QGridLayout()
        grid.setSpacing(12)
        labels = {
            "checkins_today": self.tr("Check-ins today"),
            "unique_today": self.tr("Unique visitors today"),
            "unique_visitors": self.tr("Unique visitors, whole show"),
            "visitors_registered": self.tr("Registered visitors"),
            "leads": self.tr("Leads"),
            "hot_leads": self.tr("Hot leads"),
            "meetings": self.tr("Business meetings"),
            "mous": self.tr("MoUs signed"),
        }
        self.tiles: dict[str, Tile] = {}
        for position, (key, label) in enumerate(labels.items()):
            tile = Tile(label)
            self.tiles[key] = tile
            grid.addWidget(tile, position // 4, position % 4)
        self.value_tile = Tile(self.tr("Potential transaction value"))
        grid.addWidget(self.value_tile, 0, 4, 2, 1)
        self.layout_.addLayout(grid)

        lists = QHBoxLayout()
        self.by_exhibitor = self._table((self.tr("Manufacturer"), self.tr("Leads")))
        self.by_point = self._table((self.tr("Check-in point"), self.tr("Today")))
        self.leads_box = self._titled(self.tr("Leads per manufacturer"), self.by_exhibitor)
        self.leads_title = self.leads_box.findChild(QLabel)
        lists.addWidget(self.leads_box, 2)
        door = QWidget()
        door_layout = QVBoxLayout(door)
        door_layout.setContentsMargins(0, 0, 0, 0)
        door_layout.addWidget(self._titled(self.tr("Check-ins per point today"), self.by_point), 1)
        self.hours = HourBars()
        door_layout.addWidget(self._titled(self.tr("Check-ins per hour today"), self.hours))
        self.inside = QLabel()
        self.inside.setObjectName("pageSubtitle")
        door_layout.addWidget(self.inside)
        lists.addWidget(door, 1)
        tables = QWidget()
        tables.setLayout(lists)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._charts(), self.tr("Charts"))
        self.tabs.addTab(tables, self.tr("Tables"))
        self.layout_.addWidget(self.tabs, 1)
        self._names: dict[str, str] = {}
        self.shown_scope: str | None = None
        if staff_session is not None:
            staff_session.changed.connect(lambda _who: self.clear_lead_figures())

    def _charts(self) -> QWidget:
        from booth_app.ui.dashboard.charts import BarChart, DonutChart

        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 6, 0, 0)
        self.hour_chart = BarChart(self.tr("Check-ins per hour today"))
        self.lead_chart = BarChart(self.tr("Leads per manufacturer"), horizontal=True,
                                   colour="#1e7d3a")
        self.country_chart = DonutChart(self.tr("Visitors by country"))
        self.category_chart = DonutChart(self.tr("Visitors by category"))
        for chart in (self.country_chart, self.category_chart):
            chart.other = self.tr("Other")
        for chart in (self.hour_chart, self.lead_chart, self.country_chart,
                      self.category_chart):
            row.addWidget(chart.view, 1)
        return box

    def show_charts(self, stats: PavilionStats, hidden: bool) -> None:
        hours = stats.checkins_by_hour
        first = min([8, *hours, stats.current_hour])
        last = max([18, *hours, stats.current_hour])
        self.hour_chart.set_data([(f"{hour}" if hour % 2 == 0 else " " * (hour % 24),
                                   hours.get(hour, 0)) for hour in range(first, last + 1)])
        ranked = [] if hidden else sorted(stats.leads_by_exhibitor.items(),
                                          key=lambda kv: (-kv[1], kv[0]))[:12]
        self.lead_chart.set_data(list(reversed(ranked)))  # the largest at the top
        self.lead_chart.chart.setTitle(
            self.tr("Leads: sign in to see them") if hidden else self.tr("Leads per manufacturer"))
        self.country_chart.set_data([
            (short_country(code) if code else self.tr("Unknown"), count)
            for code, count in stats.visitors_by_country.items()])
        self.category_chart.set_data([
            (QCoreApplication.translate("DashboardPage", CATEGORY_WORDS[key])
             if key in CATEGORY_WORDS else category_label(key or "other"), count)
            for key, count in stats.visitors_by_category.items()])

    @staticmethod
    def _table(headers: tuple[str, str]) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels(list(headers))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        return table

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        label = QLabel(title)
        label.setObjectName("cardTitle")
        layout.addWidget(label)
        layout.addWidget(widget)
        return box

    def lead_scope(self) -> str | None:
        """Whose lead figures this window may show: a manufacturer's id, None for the
        whole pavilion, or HIDDEN."""
        who = self.staff_session.current if self.staff_session is not None else None
        if who is not None:
            if who.is_coordinator:
                return None
            return who.exhibitor_id or HIDDEN  # never the whole pavilion for booth staff
        # Nobody signed in: the desk, which sees visitor figures but no manufacturer's
        # leads (access/guard.py); a window without a session (a lone page) shows all.
        return HIDDEN if self.staff_session is not None or settings.BOOTH_EXHIBITOR.get() \
            else None

    def refresh(self) -> None:
        event = self.current_event()
        if event is None:
            return
        scope = self.lead_scope()

        def work() -> tuple[str | None, PavilionStats]:
            with self.db.reader() as session:
                event_now = current_event(session) or event
                return scope, pavilion_stats(session, event_now, exhibitor_id=scope)

        self.refresh_in_background(work, lambda result: self.show_scoped(*result))  # type: ignore[misc]
        self.header.set_subtitle(self.tr("{0} · {1} to {2}").format(
            event.name, event.start_date.isoformat(), event.end_date.isoformat()))

    def show_scoped(self, scope: str | None, stats: PavilionStats) -> None:
        """Show figures computed for `scope`, unless who is signed in changed meanwhile
        (then they are dropped and read again for the new member)."""
        if scope != self.lead_scope():
            self.clear_lead_figures()
            QTimer.singleShot(0, self.refresh)
            return
        self.show_stats(stats, scope)

    def clear_lead_figures(self) -> None:
        for key in LEAD_TILES:
            self.tiles[key].set_value("–")
        self.value_tile.set_value("–")
        self.by_exhibitor.setRowCount(0)
        self.lead_chart.set_data([])

    def show_stats(self, stats: PavilionStats, scope: str | None = None) -> None:
        self.shown_scope = scope
        hidden = scope == HIDDEN
        for key, tile in self.tiles.items():
            tile.set_value("–" if hidden and key in LEAD_TILES else number(getattr(stats, key)))
        self.value_tile.set_value("–" if hidden else money(dict(stats.value_by_currency)))
        if self.leads_title is not None:
            self.leads_title.setText(
                self.tr("Leads: sign in to see your booth's figures") if hidden else
                self.tr("Leads of your booth") if scope is not None else
                self.tr("Leads per manufacturer"))
        names = self.exhibitor_names()
        ranked = [] if hidden else sorted(stats.leads_by_exhibitor.items(),
                                          key=lambda kv: (-kv[1], kv[0]))
        self._fill(self.by_exhibitor, [(f"{code} — {names.get(code, '')}", count)
                                       for code, count in ranked])
        self._fill(self.by_point, sorted(stats.checkins_by_point.items()))
        self.show_charts(stats, hidden)
        self.hours.set_counts(stats.checkins_by_hour, stats.current_hour)
        self.inside.setText(
            self.tr("Inside now: {0} (where exits are scanned)").format(
                number(stats.inside_now))
            if stats.inside_now is not None else
            self.tr("Inside now: not counted (no check-in point scans exits)"))

    def exhibitor_names(self) -> dict[str, str]:
        if not self._names:
            with self.db.reader() as session:
                self._names = {e.code: e.name for e in list_exhibitors(session)}
        return self._names

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, int]]) -> None:
        table.setRowCount(len(rows))
        for row, (name, count) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(number(count)))
