"""A manufacturer's profile form on the Exhibitors page: edit, add, delete.

Keyboard first, like the visitor form: Enter in a field or Ctrl+S saves, the message
line says what was saved or why not (the core's words, nothing written). Delete asks
first and is refused while the manufacturer has leads.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from booth_app.core.errors import BoothError
from booth_app.core.exhibitors.manufacturers import (
    PROFILE_FIELDS,
    add_exhibitor,
    delete_exhibitor,
    lead_count,
    update_exhibitor,
)
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Product, Question, Staff
from booth_app.ui.language import error_text
from booth_app.ui.visitors.form import CountryCombo
from booth_app.ui.widgets import message_label

# Two columns of fields, so the whole form fits the page at 1366x768.
LEFT = ("code", "name", "booth", "country", "city")
RIGHT = ("contact_name", "contact_email", "contact_phone", "website")


class ProfileForm(QFrame):
    saved = Signal(str, bool)  # exhibitor id, True when newly added
    deleted = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.exhibitor_id: str | None = None
        self._snapshot: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.title = QLabel()
        self.title.setObjectName("detailName")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a company name is never markup
        self.title.setWordWrap(True)
        layout.addWidget(self.title)

        labels = {
            "code": self.tr("Code *"), "name": self.tr("Company *"), "booth": self.tr("Booth"),
            "country": self.tr("Country"), "city": self.tr("City"),
            "contact_name": self.tr("Contact"), "contact_email": self.tr("E-mail"),
            "contact_phone": self.tr("Phone"), "website": self.tr("Website"),
        }
        placeholders = {"code": self.tr("e.g. MEDIKA"), "booth": self.tr("e.g. S1-A10"),
                        "contact_email": "name@example.co.id",
                        "website": "www.example.co.id"}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.edits: dict[str, QLineEdit] = {}
        for column, keys in ((0, LEFT), (2, RIGHT)):
            for row, key in enumerate(keys):
                label = QLabel(labels[key])
                if key == "country":
                    self.country = CountryCombo()
                    self.country.currentTextChanged.connect(self._changed)
                    self.country.lineEdit().returnPressed.connect(self.save)
                    field: QWidget = self.country
                else:
                    edit = QLineEdit()
                    edit.setObjectName(f"profile_{key}")
                    edit.setMaxLength(PROFILE_FIELDS[key])
                    edit.setPlaceholderText(placeholders.get(key, ""))
                    edit.returnPressed.connect(self.save)
                    edit.textChanged.connect(self._changed)
                    self.edits[key] = edit
                    field = edit
                label.setBuddy(field)
                grid.addWidget(label, row, column)
                grid.addWidget(field, row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        about = QLabel(self.tr("About the company"))
        layout.addWidget(about)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.description.textChanged.connect(self._changed)
        about.setBuddy(self.description)
        layout.addWidget(self.description)

        self.message = message_label()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete manufacturer…"))
        self.delete_button.setObjectName("danger")
        self.delete_button.clicked.connect(self.delete)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Enter)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.show_exhibitor(None)

    # -- what the form shows --------------------------------------------------------
    def show_exhibitor(self, exhibitor: Exhibitor | None) -> None:
        """Edit this manufacturer (None: nothing chosen, the form is disabled)."""
        self.exhibitor_id = exhibitor.id if exhibitor is not None else None
        self._fill(exhibitor)
        self.title.setText(exhibitor.name if exhibitor is not None
                           else self.tr("Choose a manufacturer"))
        self._set_enabled(exhibitor is not None)
        self.delete_button.setVisible(exhibitor is not None)

    def start_new(self) -> None:
        """An empty form for a new manufacturer, the code field focused."""
        self.exhibitor_id = None
        self._fill(None)
        self.title.setText(self.tr("New manufacturer"))
        self._set_enabled(True)
        self.delete_button.hide()
        self._changed()
        self.edits["code"].setFocus()

    def _fill(self, exhibitor: Exhibitor | None) -> None:
        for key, edit in self.edits.items():
            edit.setText(getattr(exhibitor, key) if exhibitor is not None else "")
            edit.setCursorPosition(0)  # a long name shows its start, not its end
        self.country.set_code(exhibitor.country if exhibitor is not None else "")
        self.description.setPlainText(exhibitor.description if exhibitor is not None else "")
        self.say("")
        self._snapshot = self.values()
        self._changed()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (*self.edits.values(), self.country, self.description):
            widget.setEnabled(enabled)
        self._changed()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: edit.text() for key, edit in self.edits.items()}
        values["country"] = self.country.currentText()
        values["description"] = self.description.toPlainText()
        return values

    def editing(self) -> bool:
        return self.edits["name"].isEnabled()

    def is_dirty(self) -> bool:
        return self.editing() and self.values() != self._snapshot

    def _changed(self, *_args: object) -> None:
        dirty = self.values() != self._snapshot
        self.save_button.setEnabled(self.editing() and (dirty or self.exhibitor_id is None))
        self.revert_button.setEnabled(self.editing() and dirty)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- actions ----------------------------------------------------------------------
    def revert(self) -> None:
        if self.exhibitor_id is None:
            if self.editing():
                self.start_new()
            return
        with self.db.reader() as session:
            self.show_exhibitor(session.get(Exhibitor, self.exhibitor_id))

    def save(self, *, notify: bool = True) -> str | None:
        """Write the form; the manufacturer's id, or None with the reason shown."""
        if not self.editing():
            return None
        if self.exhibitor_id is not None and not self.is_dirty():
            return self.exhibitor_id
        raw = self.values()
        created = self.exhibitor_id is None
        try:
            raw["country"] = self.country.code()
            with self.db.session() as session:
                if created:
                    exhibitor = add_exhibitor(session, **raw)
                else:
                    exhibitor = session.get(Exhibitor, self.exhibitor_id)
                    if exhibitor is None or exhibitor.deleted:
                        raise BoothError(self.tr("This manufacturer no longer exists."))
                    update_exhibitor(session, exhibitor, **raw)
                exhibitor_id = exhibitor.id
        except BoothError as exc:
            self.say(self.tr("✖ Not saved: {0}").format(error_text(exc)))
            return None
        with self.db.reader() as session:
            self.show_exhibitor(session.get(Exhibitor, exhibitor_id))
        self.say(self.tr("✔ Added") if created else self.tr("✔ Saved"))
        if notify:
            self.saved.emit(exhibitor_id, created)
        return exhibitor_id

    def delete(self) -> None:
        if self.exhibitor_id is None:
            return
        with self.db.reader() as session:
            exhibitor = session.get(Exhibitor, self.exhibitor_id)
            if exhibitor is None:
                return
            leads = lead_count(session, exhibitor)
            counts = [_count(session, model, exhibitor.id) for model in (Product, Staff, Question)]
        if leads:
            self.say(self.tr("✖ Not deleted: {0} has %n lead(s); they are its results, "
                             "so it stays.", "", leads).format(exhibitor.name))
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete manufacturer"),
                          self.tr("Delete {0}?").format(exhibitor.name), parent=self)
        box.setInformativeText(self.tr(
            "Its {0} products, {1} staff accounts and {2} questions go with it. "
            "It can be added again with the same code.").format(*counts))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(QMessageBox.StandardButton.NoButton)
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            with self.db.session() as session:
                target = session.get(Exhibitor, self.exhibitor_id)
                if target is not None:
                    delete_exhibitor(session, target)
        except BoothError as exc:
            self.say(self.tr("✖ Not deleted: {0}").format(error_text(exc)))
            return
        deleted_id = self.exhibitor_id
        self.show_exhibitor(None)
        self.deleted.emit(deleted_id)


def _count(session: Any, model: Any, exhibitor_id: str) -> int:
    return session.scalar(select(func.count()).select_from(model).where(
        model.exhibitor_id == exhibitor_id, model.deleted.is_(False))) or 0
