"""Exports: what leaves this laptop — each manufacturer's leads, all of them as one ZIP,
the pavilion results report for the ministry, and database backups.

Lead exports follow the signed-in member: booth staff export their own
manufacturer's leads only; the ZIP of every manufacturer and the report (which
counts every booth) are for coordinators. Every export runs off the GUI thread with
progress and Cancel, asks before replacing a file (the save dialog does), remembers
its folder, and ends with "Open folder". A card per export, each in its own module.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QWidget

from booth_app.storage.database import Database
from booth_app.ui.access.session import StaffSession
from booth_app.ui.exports.backups import BackupCard
from booth_app.ui.exports.lead_files import LeadFilesCard
from booth_app.ui.exports.leads_zip import LeadsZipCard
from booth_app.ui.exports.report import ReportCard
from booth_app.ui.page import Page


class ExportsPage(Page):
    def __init__(self, db: Database, staff: StaffSession | None = None) -> None:
        super().__init__(db, self.tr("Exports"))
        self.staff = staff or StaffSession(self)
        self.lead_files = LeadFilesCard(db, self.staff)
        self.leads_zip = LeadsZipCard(db, self.staff)
        self.report = ReportCard(db, self.staff)
        self.backups = BackupCard(db, self.staff)
        self.backups.saved.connect(self.changed)
        # The cards scroll when they need more than the window's height (Arabic lines are
        # taller, Indonesian ones longer): nothing is cut at 1366x768.
        cards = QWidget()
        grid = QGridLayout(cards)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        grid.addWidget(self.lead_files, 0, 0)
        grid.addWidget(self.leads_zip, 0, 1)
        grid.addWidget(self.report, 1, 0)
        grid.addWidget(self.backups, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea()
        scroll.setObjectName("exportsScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(cards)
        self.layout_.addWidget(scroll, 1)
        self.staff.changed.connect(lambda _who: self.refresh())

    def refresh(self) -> None:
        """What the signed-in member may export, on every card."""
        for card in (self.lead_files, self.leads_zip, self.report, self.backups):
            card.refresh()
