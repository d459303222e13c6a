"""Leads: each manufacturer's leads with counts by rating and the value pipeline."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
)

from booth_app.core.countries import country_name
from booth_app.core.exhibitors import list_exhibitors
from booth_app.core.leads import lead_rows
from booth_app.storage.database import Database
from booth_app.ui.pages.base import Page

RATING_WORDS = {"hot": "▲ Hot", "warm": "● Warm", "cold": "▼ Cold", "": "–"}


class LeadsPage(Page):
    def __init__(self, db: Database) -> None:
        super().__init__(db, self.tr("Leads"))
        top = QHBoxLayout()
        self.exhibitor = QComboBox()
        self.exhibitor.setMinimumWidth(320)
        self.exhibitor.currentIndexChanged.connect(lambda _i: self.load())
        top.addWidget(QLabel(self.tr("Manufacturer")))
        top.addWidget(self.exhibitor)
        top.addStretch(1)
        self.summary = QLabel()
        top.addWidget(self.summary)
        self.layout_.addLayout(top)
        headers = [self.tr("Captured"), self.tr("Visitor"), self.tr("Organisation"),
                   self.tr("Country"), self.tr("Manufacturer"), self.tr("Rating"),
                   self.tr("Stage"), self.tr("Value"), self.tr("By")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((3, 130), (8, 140)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.layout_.addWidget(self.table, 1)

    def refresh(self) -> None:
        with self.db.reader() as session:
            exhibitors = [(e.id, f"{e.code} — {e.name}") for e in list_exhibitors(session)] \
                if self.current_event() else []
        chosen = self.exhibitor.currentData()
        self.exhibitor.blockSignals(True)
        self.exhibitor.clear()
        self.exhibitor.addItem(self.tr("All manufacturers"), None)
        for exhibitor_id, label in exhibitors:
            self.exhibitor.addItem(label, exhibitor_id)
        index = self.exhibitor.findData(chosen)
        self.exhibitor.setCurrentIndex(max(index, 0))
        self.exhibitor.blockSignals(False)
        self.load()

    def load(self) -> None:
        event = self.current_event()
        if event is None:
            return
        zone = ZoneInfo(event.timezone)
        with self.db.reader() as session:
            rows = lead_rows(session, self.exhibitor.currentData())
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for number, lead in enumerate(rows):
            value = f"{lead.currency} {lead.value:,.0f}" if lead.value is not None else ""
            cells = (f"{lead.captured_at.astimezone(zone):%d %b %H:%M}", lead.visitor_name,
                     lead.organization, country_name(lead.country), lead.exhibitor,
                     RATING_WORDS.get(lead.rating, lead.rating), lead.stage, value,
                     lead.captured_by)
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self.table.setSortingEnabled(True)
        ratings = Counter(lead.rating for lead in rows)
        pipeline: dict[str, Decimal] = {}
        for lead in rows:
            if lead.value is not None and lead.currency:
                pipeline[lead.currency] = pipeline.get(lead.currency, Decimal(0)) + lead.value
        values = ", ".join(f"{cur} {total:,.0f}" for cur, total in sorted(pipeline.items()))
        self.summary.setText(self.tr("{0} leads · {1} hot · {2} warm · {3} cold · {4}").format(
            len(rows), ratings["hot"], ratings["warm"], ratings["cold"],
            values or self.tr("no value yet")))
