"""Check-in: today's counts per point and the latest scans at every point."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QTableWidget, QTableWidgetItem

from booth_app.core.stats import PavilionStats, ScanRow, pavilion_stats, recent_checkins
from booth_app.storage.database import Database
from booth_app.ui.pages.base import Page
from booth_app.ui.widgets import Tile, status_text


class CheckinPage(Page):
    live = True

    def __init__(self, db: Database) -> None:
        super().__init__(db, self.tr("Check-in"),
                         self.tr("Live counts and the latest scans at every check-in point."))
        tiles = QHBoxLayout()
        self.today = Tile(self.tr("Checked in today"))
        self.unique = Tile(self.tr("Unique visitors today"))
        self.last_hour = Tile(self.tr("In the last hour"))
        for tile in (self.today, self.unique, self.last_hour):
            tiles.addWidget(tile)
        self.layout_.addLayout(tiles)
        headers = [self.tr("Time"), self.tr("Name"), self.tr("Organisation"),
                   self.tr("Point"), self.tr("Status")]
        self.scans = QTableWidget(0, len(headers))
        self.scans.setHorizontalHeaderLabels(headers)
        self.scans.verticalHeader().hide()
        self.scans.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.scans.setAlternatingRowColors(True)
        header = self.scans.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.layout_.addWidget(self.scans, 1)

    def refresh(self) -> None:
        event = self.current_event()
        if event is None:
            return
        zone = ZoneInfo(event.timezone)

        def work() -> tuple[PavilionStats, list[ScanRow]]:
            with self.db.reader() as session:
                return pavilion_stats(session, event), recent_checkins(session, 50)

        self.refresh_in_background(work, lambda result: self.show(zone, *result))  # type: ignore[misc]

    def show(self, zone: ZoneInfo, stats: PavilionStats, rows: list[ScanRow]) -> None:
        self.today.set_value(f"{stats.checkins_today:,}")
        self.unique.set_value(f"{stats.unique_today:,}")
        self.last_hour.set_value(f"{stats.checkins_last_hour:,}")
        self.scans.setRowCount(len(rows))
        for row, scan in enumerate(rows):
            cells = (f"{scan.scanned_at.astimezone(zone):%a %H:%M}", scan.name,
                     scan.organization, scan.point, status_text(scan.status))
            for column, text in enumerate(cells):
                self.scans.setItem(row, column, QTableWidgetItem(text))
