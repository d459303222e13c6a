"""The Staff tab of the Exhibitors page and its dialogs: add a staff member (PIN typed
twice), edit name and role, reset a PIN, deactivate.

PINs are typed into masked fields and never shown or kept by the window: they go
straight to the core, which stores a slow salted hash.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from booth_app.core.errors import InputError, NotFound
from booth_app.core.exhibitors.staff import (
    add_staff,
    list_staff,
    rename_staff,
    reset_staff_pin,
    set_staff_active,
    set_staff_role,
)
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Staff
from booth_app.ui.exhibitors.form_dialog import FormDialog
from booth_app.ui.exhibitors.setup_tab import (
    IdRole,
    SetupTab,
    current_row_id,
    make_table,
    select_row_id,
)

# translate("Context", "text"): the form lupdate reads, with the context named.
translate = QCoreApplication.translate


def pin_field(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                             | Qt.InputMethodHint.ImhSensitiveData)
    edit.setPlaceholderText(placeholder)
    return edit


def role_labels(widget: QWidget) -> dict[str, str]:
    return {
        "staff": translate("StaffTab", "Booth staff"),
        "coordinator": translate("StaffTab", "Coordinator"),
    }


class StaffDialog(FormDialog):
    """Name and role; with `ask_pin`, the PIN twice (adding someone new)."""

    def __init__(self, save: Callable[..., Any], parent: QWidget | None = None, *,
                 title: str, name: str = "", role: str = "staff", ask_pin: bool = True) -> None:
        super().__init__(title, save, parent, ok_text=self.tr("Add") if ask_pin else "")
        self.name = QLineEdit(name)
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. Sari Wulandari"))
        self.form.addRow(self.tr("Name"), self.name)
        self.role = QComboBox()
        for value, label in role_labels(self).items():
            self.role.addItem(label, value)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.form.addRow(self.tr("Role"), self.role)
        self.ask_pin = ask_pin
        self.pin = pin_field(self.tr("4 to 8 digits"))
        self.pin_again = pin_field(self.tr("the same PIN again"))
        if ask_pin:
            self.form.addRow(self.tr("PIN"), self.pin)
            self.form.addRow(self.tr("PIN again"), self.pin_again)
        self.name.setFocus()

    def check(self) -> None:
        if self.ask_pin and self.pin.text() != self.pin_again.text():
            self.pin_again.clear()
            self.pin_again.setFocus()
            raise InputError(self.tr("The two PINs differ; type the PIN again."))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"name": self.name.text(), "role": self.role.currentData()}
        if self.ask_pin:
            values["pin"] = self.pin.text()
        return values


class PinDialog(FormDialog):
    """A new PIN for one staff member, typed twice."""

    def __init__(self, save: Callable[..., Any], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reset PIN"), save, parent, ok_text=self.tr("Set new PIN"))
        self.form.addRow(self.tr("Staff"), _label(name))
        self.pin = pin_field(self.tr("4 to 8 digits"))
        self.pin_again = pin_field(self.tr("the same PIN again"))
        self.form.addRow(self.tr("New PIN"), self.pin)
        self.form.addRow(self.tr("New PIN again"), self.pin_again)
        self.pin.setFocus()

    def check(self) -> None:
        if self.pin.text() != self.pin_again.text():
            self.pin_again.clear()
            self.pin_again.setFocus()
            raise InputError(self.tr("The two PINs differ; type the PIN again."))

    def values(self) -> dict[str, Any]:
        return {"pin": self.pin.text()}


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a name is text, never markup
    label.setWordWrap(True)
    return label


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
