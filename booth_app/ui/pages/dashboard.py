"""Dashboard: the pavilion's figures at a glance, updated while on screen."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.exhibitors import list_exhibitors
from booth_app.core.stats import PavilionStats, pavilion_stats
from booth_app.storage.database import Database
from booth_app.ui.hour_bars import HourBars
from booth_app.ui.pages.base import Page
from booth_app.ui.widgets import Tile


def money(values: dict[str, object]) -> str:
    if not values:
        return "–"
    return "\n".join(f"{code} {float(str(total)):,.0f}" for code, total in sorted(values.items()))


class DashboardPage(Page):
    live = True

    def __init__(self, db: Database) -> None:
        super().__init__(db, self.tr("Dashboard"))
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
        lists.addWidget(self._titled(self.tr("Leads per manufacturer"), self.by_exhibitor), 2)
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
        self.layout_.addLayout(lists, 1)
        self._names: dict[str, str] = {}

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

    def refresh(self) -> None:
        event = self.current_event()
        if event is None:
            return
        def work() -> PavilionStats:
            with self.db.reader() as session:
                return pavilion_stats(session, event)

        self.refresh_in_background(work, self.show_stats)  # type: ignore[arg-type]
        self.header.set_subtitle(self.tr("{0} · {1} to {2}").format(
            event.name, event.start_date.isoformat(), event.end_date.isoformat()))

    def show_stats(self, stats: PavilionStats) -> None:
        for key, tile in self.tiles.items():
            tile.set_value(f"{getattr(stats, key):,}")
        self.value_tile.set_value(money(dict(stats.value_by_currency)))
        names = self.exhibitor_names()
        ranked = sorted(stats.leads_by_exhibitor.items(), key=lambda kv: (-kv[1], kv[0]))
        self._fill(self.by_exhibitor, [(f"{code} — {names.get(code, '')}", count)
                                       for code, count in ranked])
        self._fill(self.by_point, sorted(stats.checkins_by_point.items()))
        self.hours.set_counts(stats.checkins_by_hour, stats.current_hour)
        self.inside.setText(
            self.tr("Inside now: {0:,} (where exits are scanned)").format(stats.inside_now)
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
            table.setItem(row, 1, QTableWidgetItem(f"{count:,}"))
