"""Visitors: search as you type over every visitor, the table, and the selected one's details."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.codes import format_code
from booth_app.core.countries import country_name
from booth_app.storage.database import Database
from booth_app.storage.models import Visitor
from booth_app.ui.models.visitors import COL_NAME, COL_ORGANIZATION, VisitorTableModel
from booth_app.ui.pages.base import Page

SEARCH_DELAY_MS = 120


class VisitorDetail(QFrame):
    """Who the selected visitor is, readable at a glance."""

    FIELDS = ("organization", "job_title", "email", "phone", "country", "category", "code",
              "consent", "external_id")

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setMinimumWidth(300)
        layout = QVBoxLayout(self)
        self.name = QLabel(self.tr("Select a visitor"))
        self.name.setObjectName("detailName")
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)  # a name is text, never markup
        layout.addWidget(self.name)
        form = QFormLayout()
        labels = {
            "organization": self.tr("Organisation"), "job_title": self.tr("Job title"),
            "email": self.tr("E-mail"), "phone": self.tr("Phone"),
            "country": self.tr("Country"), "category": self.tr("Category"),
            "code": self.tr("Badge code"), "consent": self.tr("Consent"),
            "external_id": self.tr("Organiser's id"),
        }
        self.values: dict[str, QLabel] = {}
        for key in self.FIELDS:
            value = QLabel("")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(labels[key], value)
        layout.addLayout(form)
        layout.addStretch(1)

    def show_visitor(self, visitor: Visitor | None) -> None:
        if visitor is None:
            self.name.setText(self.tr("Select a visitor"))
            for value in self.values.values():
                value.clear()
            return
        self.name.setText(visitor.name)
        consent = (self.tr("Yes, since {0:%Y-%m-%d %H:%M} UTC").format(visitor.consent_at)
                   if visitor.consent and visitor.consent_at else self.tr("No"))
        shown = {
            "organization": visitor.organization, "job_title": visitor.job_title,
            "email": visitor.email, "phone": visitor.phone,
            "country": country_name(visitor.country), "category": visitor.category,
            "code": format_code(visitor.code), "consent": consent,
            "external_id": visitor.external_id,
        }
        for key, text in shown.items():
            self.values[key].setText(text or "–")


class VisitorsPage(Page):
    def __init__(self, db: Database) -> None:
        super().__init__(db, self.tr("Visitors"))
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(
            self.tr("Search by name, organisation, e-mail or badge code"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        self.layout_.addLayout(top)

        self.model = VisitorTableModel(db, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ORGANIZATION, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.detail = VisitorDetail()
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.layout_.addWidget(splitter, 1)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_main)
        self._loaded = False

    def refresh(self) -> None:
        self.run_search()

    def run_search(self) -> None:
        self.search_timer.stop()
        self.model.set_query(self.search.text())
        self._loaded = True
        total = self.model.total
        self.count.setText(self.tr("{0} visitors").format(f"{total:,}"))
        self.detail.show_visitor(None)
        if total:
            self.table.selectRow(0)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        self.detail.show_visitor(self.model.visitor_at(rows[0].row()) if rows else None)

    def focus_main(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def visitor_total(self) -> int:
        if not self._loaded:
            self.model.set_query("")
            self._loaded = True
        return self.model.total

    def main_widget(self) -> QWidget:
        return self.search
