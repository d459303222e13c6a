"""The Products and Staff tabs of the Exhibitors page, for the chosen manufacturer.

Products: type a name (and category) and press Enter to add; double-click or F2 to
rename in place; Delete removes, with Undo. Staff: add with the PIN typed twice,
edit name and role, reset a PIN, deactivate; PINs are never shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from booth_app.core.errors import BoothError, NotFound
from booth_app.core.exhibitors.products import (
    create_product,
    delete_product,
    list_products,
    rename_product,
    restore_product,
)
from booth_app.core.exhibitors.staff import (
    add_staff,
    list_staff,
    rename_staff,
    reset_staff_pin,
    set_staff_active,
    set_staff_role,
)
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Product, Staff
from booth_app.ui.exhibitors.staff import PinDialog, StaffDialog, role_labels
from booth_app.ui.widgets import message_label

IdRole = Qt.ItemDataRole.UserRole + 1


def make_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class SetupTab(QWidget):
    """What the manufacturer's tabs share: the chosen manufacturer, a message line."""

    changed = Signal()  # counts shown in the manufacturers list may have moved

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.exhibitor_id: str | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 8)
        self.message = message_label()

    def show_exhibitor(self, exhibitor_id: str | None) -> None:
        self.exhibitor_id = exhibitor_id
        self.setEnabled(exhibitor_id is not None)
        self.say("")
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        """Re-read the rows from the database."""

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def write(self, action: Callable[[Any], object], refused: str) -> bool:
        """Run `action(session)` in one transaction; a refusal is said, nothing written."""
        try:
            with self.db.session() as session:
                action(session)
        except BoothError as exc:
            self.say(refused.format(exc))
            return False
        return True

    def exhibitor(self, session: Any) -> Exhibitor:
        found = session.get(Exhibitor, self.exhibitor_id) if self.exhibitor_id else None
        if found is None or found.deleted:
            raise NotFound(self.tr("This manufacturer no longer exists."))
        return found


def current_row_id(table: QTableWidget) -> str | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(IdRole) if item is not None else None


def select_row_id(table: QTableWidget, wanted: str | None) -> None:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(IdRole) == wanted:
            table.selectRow(row)
            return
    if table.rowCount():
        table.selectRow(0)


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


class StaffTab(SetupTab):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.table = make_table([self.tr("Name"), self.tr("Role"), self.tr("Status")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        hint = QLabel(self.tr("Staff sign in at this manufacturer's booth with their PIN. "
                              "PINs are never shown: a forgotten one is reset here."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.layout_.addWidget(hint)
        self.layout_.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add staff…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.pin_button = QPushButton(self.tr("Reset PIN…"))
        self.pin_button.clicked.connect(self.reset_pin)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        for button in (self.add_button, self.edit_button, self.pin_button, self.active_button):
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.message)
        self._active: dict[str, bool] = {}

    def reload(self, select_id: str | None = None) -> None:
        select_id = select_id or current_row_id(self.table)
        self.table.setRowCount(0)
        self._active = {}
        if self.exhibitor_id is None:
            self._update_buttons()
            return
        with self.db.reader() as session:
            exhibitor = session.get(Exhibitor, self.exhibitor_id)
            members = list_staff(session, exhibitor) if exhibitor else []
        roles = role_labels(self)
        self.table.setRowCount(len(members))
        for r, member in enumerate(members):
            name = QTableWidgetItem(member.name)
            name.setData(IdRole, member.id)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, QTableWidgetItem(roles.get(member.role, member.role)))
            status = QTableWidgetItem(self.tr("✔ Active") if member.active
                                      else self.tr("⊘ Deactivated"))
            if not member.active:
                for item in (name, status):
                    item.setForeground(Qt.GlobalColor.darkGray)
            self.table.setItem(r, 2, status)
            self._active[member.id] = member.active
        select_row_id(self.table, select_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = current_row_id(self.table)
        for button in (self.edit_button, self.pin_button, self.active_button):
            button.setEnabled(chosen is not None)
        active = self._active.get(chosen or "", True)
        self.active_button.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))

    def _member(self, session: Any, member_id: str) -> Staff:
        member = session.get(Staff, member_id)
        if member is None or member.deleted:
            raise NotFound(self.tr("This staff member no longer exists."))
        return member

    def add(self) -> None:
        added: list[str] = []

        def save(name: str, role: str, pin: str) -> None:
            with self.db.session() as session:
                code = self.exhibitor(session).code
                added.append(add_staff(session, name=name, pin=pin, exhibitor_code=code,
                                       role=role).id)

        dialog = StaffDialog(save, self, title=self.tr("Add staff"))
        if dialog.exec() and added:
            self.reload(select_id=added[0])
            self.say(self.tr("✔ Added {0}").format(dialog.name.text().strip()))
            self.changed.emit()

    def edit(self) -> None:
        member_id = current_row_id(self.table)
        if member_id is None:
            return
        with self.db.reader() as session:
            member = self._member(session, member_id)

        def save(name: str, role: str) -> None:
            with self.db.session() as session:
                target = self._member(session, member_id)
                rename_staff(session, target, name)
                set_staff_role(session, target, role)

        dialog = StaffDialog(save, self, title=self.tr("Edit staff"), name=member.name,
                             role=member.role, ask_pin=False)
        if dialog.exec():
            self.reload(select_id=member_id)
            self.say(self.tr("✔ Saved"))

    def reset_pin(self) -> None:
        member_id = current_row_id(self.table)
        if member_id is None:
            return
        with self.db.reader() as session:
            name = self._member(session, member_id).name

        def save(pin: str) -> None:
            with self.db.session() as session:
                reset_staff_pin(session, self._member(session, member_id), pin)

        if PinDialog(save, name, self).exec():
            self.say(self.tr("✔ New PIN set for {0}").format(name))

    def toggle_active(self) -> None:
        member_id = current_row_id(self.table)
        if member_id is None:
            return
        active = not self._active.get(member_id, True)
        if self.write(lambda s: set_staff_active(s, self._member(s, member_id), active),
                      self.tr("✖ Not changed: {0}")):
            self.reload(select_id=member_id)
            self.say(self.tr("✔ Reactivated: can sign in again") if active
                     else self.tr("✔ Deactivated: cannot sign in; past leads keep the name"))
