"""The check-in page's live counts: today, unique visitors, inside now, the last hour,
check-ins per hour, and the last scans (with time, status, visitor and point)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.figures import PavilionStats, ScanRow
from booth_app.ui.dashboard.hour_bars import HourBars
from booth_app.ui.language import date_time_short, number, time_short
from booth_app.ui.widgets import Tile, status_text

RECENT = 10


class LiveCounts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        tiles = QGridLayout()
        tiles.setSpacing(8)
        self.today = Tile(self.tr("Checked in today"))
        self.unique = Tile(self.tr("Unique visitors today"))
        self.inside = Tile(self.tr("Inside now"))
        self.last_hour = Tile(self.tr("In the last hour"))
        for index, tile in enumerate((self.today, self.unique, self.inside, self.last_hour)):
            tile.layout().setContentsMargins(10, 6, 10, 6)
            tiles.addWidget(tile, index // 2, index % 2)
        layout.addLayout(tiles)
        self.hours = HourBars()
        layout.addWidget(self.hours)
        recent_title = QLabel(self.tr("Last scans"))
        recent_title.setObjectName("cardTitle")
        layout.addWidget(recent_title)
        self.recent = QListWidget()
        self.recent.setObjectName("recentScans")
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.recent.setUniformItemSizes(True)
        layout.addWidget(self.recent, 1)

    def show_counts(self, stats: PavilionStats, rows: list[ScanRow], zone: tzinfo) -> None:
        self.today.set_value(number(stats.checkins_today))
        self.unique.set_value(number(stats.unique_today))
        self.inside.set_value("–" if stats.inside_now is None else number(stats.inside_now))
        self.inside.setToolTip("" if stats.inside_now is not None else
                               self.tr("No point scans exits, so nobody is counted out."))
        self.last_hour.set_value(number(stats.checkins_last_hour))
        self.hours.set_counts(stats.checkins_by_hour, stats.current_hour)
        self.recent.clear()
        for scan in rows:
            self.recent.addItem(self._recent_item(scan.scanned_at, scan.status, scan.name,
                                                  scan.point, zone))

    def add_recent(self, moment: datetime, status: str, name: str, point: str,
                   zone: tzinfo) -> None:
        """A scan just shown, on top of the last scans (RECENT of them are kept)."""
        self.recent.insertItem(0, self._recent_item(moment, status, name, point, zone))
        while self.recent.count() > RECENT:
            self.recent.takeItem(self.recent.count() - 1)

    def _recent_item(self, moment: datetime, status: str, name: str, point: str,
                     zone: tzinfo) -> QListWidgetItem:
        local = moment.astimezone(zone)
        who = name or self.tr("(no visitor)")
        item = QListWidgetItem(f"{time_short(local)}  {status_text(status)}  {who}")
        item.setToolTip(f"{date_time_short(local, seconds=True)} · {point}")
        return item
