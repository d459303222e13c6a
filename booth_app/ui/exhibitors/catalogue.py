"""The Products tab of the Exhibitors page: the chosen manufacturer's catalogue.

Type a name (and category) and press Enter to add; double-click or F2 to rename in
place; Delete removes, with Undo.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy import select

from booth_app.core.errors import NotFound
from booth_app.core.exhibitors.products import (
    create_product,
    delete_product,
    list_products,
    rename_product,
    restore_product,
)
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Product
from booth_app.ui.exhibitors.setup_tab import (
    IdRole,
    SetupTab,
    current_row_id,
    make_table,
    select_row_id,
)


class ProductsTab(SetupTab):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self._deleted_id: str | None = None
        add_row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("New product name"))
        self.name.returnPressed.connect(self.add)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.lineEdit().setPlaceholderText(self.tr("Category"))
        self.category.lineEdit().setMaxLength(64)
        self.category.lineEdit().returnPressed.connect(self.add)
        self.category.setMinimumContentsLength(12)
        self.add_button = QPushButton(self.tr("Add product"))
        self.add_button.clicked.connect(self.add)
        add_row.addWidget(self.name, 3)
        add_row.addWidget(self.category, 2)
        add_row.addWidget(self.add_button)
        self.layout_.addLayout(add_row)

        self.table = make_table([self.tr("Product"), self.tr("Category")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 190)
        self.table.itemChanged.connect(self._edited)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.layout_.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.setToolTip(self.tr("Rename the product (F2, or double-click)"))
        self.rename_button.clicked.connect(self.start_rename)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the product (Delete key); it can be undone"))
        self.delete_button.clicked.connect(self.delete)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.message, 2)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(self.rename_button)
        row.addWidget(self.delete_button)
        self.layout_.addLayout(row)

    def show_exhibitor(self, exhibitor_id: str | None) -> None:
        self._deleted_id = None
        self.undo_button.hide()
        self.name.clear()
        super().show_exhibitor(exhibitor_id)

    def reload(self, select_id: str | None = None) -> None:
        select_id = select_id or current_row_id(self.table)
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        categories: list[str] = []
        if self.exhibitor_id is not None:
            with self.db.reader() as session:
                exhibitor = session.get(Exhibitor, self.exhibitor_id)
                products = list_products(session, exhibitor) if exhibitor else []
                categories = sorted({c for c in session.scalars(
                    select(Product.category).where(Product.deleted.is_(False))) if c},
                    key=str.casefold)
            self.table.setRowCount(len(products))
            for r, product in enumerate(products):
                name = QTableWidgetItem(product.name)
                name.setData(IdRole, product.id)
                name.setToolTip(product.name)
                self.table.setItem(r, 0, name)
                self.table.setItem(r, 1, QTableWidgetItem(product.category))
        self.table.blockSignals(False)
        typed = self.category.currentText()
        self.category.clear()
        self.category.addItems(categories)
        self.category.setEditText(typed)
        select_row_id(self.table, select_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = current_row_id(self.table) is not None
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _hide_undo(self) -> None:
        self._deleted_id = None
        self.undo_button.hide()

    def add(self) -> None:
        name, category = self.name.text(), self.category.currentText()
        added: list[str] = []
        self._hide_undo()
        if not self.write(lambda s: added.append(
                create_product(s, self.exhibitor(s), name, category).id),
                self.tr("✖ Not added: {0}")):
            return
        self.name.clear()
        self.reload(select_id=added[0])
        self.say(self.tr("✔ Added “{0}”").format(name.strip()))
        self.name.setFocus()
        self.changed.emit()

    def start_rename(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is not None:
            self.table.setFocus()
            self.table.editItem(item)

    def _edited(self, item: QTableWidgetItem) -> None:
        row = item.row()
        first = self.table.item(row, 0)
        product_id = first.data(IdRole) if first is not None else None
        if product_id is None:
            return
        name = first.text() if first is not None else ""
        category_item = self.table.item(row, 1)
        category = category_item.text() if category_item is not None else ""
        self._hide_undo()

        def rename(session: Any) -> None:
            product = session.get(Product, product_id)
            if product is None:
                raise NotFound(self.tr("This product no longer exists."))
            rename_product(session, product, name, category)

        ok = self.write(rename, self.tr("✖ Not renamed: {0}"))
        # Reload either way: a refused name goes back to what is stored.
        self.reload(select_id=product_id)
        if ok:
            self.say(self.tr("✔ Saved “{0}”").format(name.strip()))

    def delete(self) -> None:
        product_id = current_row_id(self.table)
        if product_id is None:
            return
        row = self.table.currentRow()
        name_item = self.table.item(row, 0)
        name = name_item.text() if name_item is not None else ""

        def remove(session: Any) -> None:
            product = session.get(Product, product_id)
            if product is not None:
                delete_product(session, product)

        if not self.write(remove, self.tr("✖ Not deleted: {0}")):
            return
        self.reload()
        self.table.selectRow(min(row, self.table.rowCount() - 1))
        self._deleted_id = product_id
        self.say(self.tr("✔ Deleted “{0}”").format(name))
        self.undo_button.show()
        self.changed.emit()

    def undo(self) -> None:
        product_id = self._deleted_id
        if product_id is None:
            return
        self._hide_undo()

        def restore(session: Any) -> None:
            product = session.get(Product, product_id)
            if product is not None:
                restore_product(session, product)

        if self.write(restore, self.tr("✖ Not restored: {0}")):
            self.reload(select_id=product_id)
            self.say(self.tr("✔ Restored"))
            self.changed.emit()
