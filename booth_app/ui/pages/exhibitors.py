"""Exhibitors: the pavilion's manufacturers, with their profile, products and staff."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from booth_app.core.countries import country_name
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Product, Staff
from booth_app.ui.models.exhibitors import (
    COL_CODE,
    COL_NAME,
    ExhibitorRole,
    ExhibitorTableModel,
    SortRole,
)
from booth_app.ui.pages.base import Page


class ExhibitorsPage(Page):
    def __init__(self, db: Database) -> None:
        super().__init__(db, self.tr("Exhibitors"))
        self.model = ExhibitorTableModel(db, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())

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

    def refresh(self) -> None:
        if self.current_event() is None:
            return
        selected = self.selected_exhibitor()
        self.model.load()
        self.header.set_subtitle(self.tr("{0} manufacturers").format(self.model.rowCount()))
        row = 0
        for number in range(self.proxy.rowCount()):
            shown = self.proxy.index(number, 0).data(ExhibitorRole)
            if selected is not None and shown.id == selected.id:
                row = number
        if self.proxy.rowCount():
            self.table.selectRow(row)

    def selected_exhibitor(self) -> Exhibitor | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ExhibitorRole) if rows else None

    def show_selected(self) -> None:
        exhibitor = self.selected_exhibitor()
        if exhibitor is None:
            return
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
