"""Exhibitors: the pavilion's manufacturers, with their profile, products and staff."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from booth_app.core.countries import country_name
from booth_app.core.exhibitors import list_exhibitors, product_counts
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Product, Staff
from booth_app.ui.pages.base import Page


class ExhibitorsPage(Page):
    def __init__(self, db: Database) -> None:
        super().__init__(db, self.tr("Exhibitors"))
        headers = [self.tr("Code"), self.tr("Company"), self.tr("Booth"), self.tr("Products")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.show_selected)

        self.tabs = QTabWidget()
        profile = QWidget()
        form = QFormLayout(profile)
        self.profile: dict[str, QLabel] = {}
        for key, label in (("name", self.tr("Company")), ("booth", self.tr("Booth")),
                           ("city", self.tr("City")), ("country", self.tr("Country")),
                           ("contact_name", self.tr("Contact")),
                           ("contact_email", self.tr("E-mail")),
                           ("contact_phone", self.tr("Phone")),
                           ("description", self.tr("About"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.profile[key] = value
            form.addRow(label, value)
        self.products = QListWidget()
        self.staff = QListWidget()
        self.tabs.addTab(profile, self.tr("Profile"))
        self.tabs.addTab(self.products, self.tr("Products"))
        self.tabs.addTab(self.staff, self.tr("Staff"))

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.layout_.addWidget(splitter, 1)
        self.exhibitors: list[Exhibitor] = []

    def refresh(self) -> None:
        if self.current_event() is None:
            return
        with self.db.reader() as session:
            self.exhibitors = list_exhibitors(session)
            counts = product_counts(session)
        selected = self.table.currentRow()
        self.table.setRowCount(len(self.exhibitors))
        for row, exhibitor in enumerate(self.exhibitors):
            for column, text in enumerate((exhibitor.code, exhibitor.name, exhibitor.booth,
                                           str(counts.get(exhibitor.id, 0)))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.header.set_subtitle(self.tr("{0} manufacturers").format(len(self.exhibitors)))
        if self.exhibitors:
            self.table.selectRow(max(selected, 0))

    def show_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.exhibitors):
            return
        exhibitor = self.exhibitors[row]
        for key, label in self.profile.items():
            value = getattr(exhibitor, key)
            label.setText((country_name(value) if key == "country" else value) or "–")
        with self.db.reader() as session:
            products = session.scalars(
                select(Product).where(Product.exhibitor_id == exhibitor.id,
                                      Product.deleted.is_(False)).order_by(Product.name))
            staff = session.scalars(
                select(Staff).where(Staff.exhibitor_id == exhibitor.id,
                                    Staff.deleted.is_(False)).order_by(Staff.name))
            self.products.clear()
            self.products.addItems([f"{p.name}  ·  {p.category}" if p.category else p.name
                                    for p in products])
            self.staff.clear()
            self.staff.addItems([f"{s.name} ({s.role})" for s in staff])

    def focus_main(self) -> None:
        self.table.setFocus()
