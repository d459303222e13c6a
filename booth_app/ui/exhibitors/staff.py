"""Staff dialogs: add a staff member (PIN typed twice), edit name and role, reset a PIN.

PINs are typed into masked fields and never shown or kept by the window: they go
straight to the core, which stores a slow salted hash.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from booth_app.core.errors import InputError
from booth_app.ui.exhibitors.form_dialog import FormDialog


def pin_field(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                             | Qt.InputMethodHint.ImhSensitiveData)
    edit.setPlaceholderText(placeholder)
    return edit


def role_labels(widget: QWidget) -> dict[str, str]:
    return {"staff": widget.tr("Booth staff"), "coordinator": widget.tr("Coordinator")}


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
