"""The visitor form: register a new visitor or edit one, keyboard first.

Used by the Visitors page (edit the selected visitor, Ctrl+N for a new one) and
meant for the check-in page too: `start_new(prefill, source="scan",
save_label="Register and print badge")` shows a scan's details ready to save.
Saving goes through core.visitors.register.add_visitor / core.visitors.merge.update_visitor,
so a bad e-mail or an unknown country is refused with the core's message and
nothing is written.
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import pycountry
from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.badges.codes import format_code
from booth_app.core.countries import country_code
from booth_app.core.errors import BoothError
from booth_app.core.events import current_event
from booth_app.core.visitors.merge import duplicates_of, update_visitor
from booth_app.core.visitors.register import CATEGORIES, VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.storage.models import Visitor
from booth_app.ui.language import country_name, error_text, ltr
from booth_app.ui.widgets import message_label

TEXT_FIELDS = ("name", "organization", "job_title", "email", "phone")


def _countries() -> list[tuple[str, str]]:
    """(name in the window's language, alpha-2 code), by name."""
    named = [(country_name(str(c.alpha_2)), str(c.alpha_2)) for c in pycountry.countries]
    return sorted(named, key=lambda pair: pair[0].casefold())


class CountryCombo(QComboBox):
    """ISO 3166 countries by name; type any part of a name ("emir") to narrow the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Long names ("South Georgia and the South Sandwich Islands") must not widen the form.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.addItem("", "")
        for name, code in _countries():
            self.addItem(f"{name} ({code})", code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type to find a country"))

    def code(self) -> str:
        """The alpha-2 code of what is shown; raises InputError for an unknown name."""
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        return country_code(text)

    def set_code(self, code: str) -> None:
        index = self.findData(code or "")
        self.setCurrentIndex(max(index, 0))
        if index < 0 and code:
            self.setEditText(code)


class VisitorForm(QFrame):
    """Name required; Save (Ctrl+S, or Enter in a field) and Revert."""

    saved = Signal(str, bool)  # visitor id, True when newly registered
    merge_requested = Signal(str)  # visitor id with possible duplicates

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("card")
        self.visitor_id: str | None = None
        self.source = "manual"
        self._snapshot: dict[str, Any] = {}
        self._kept: dict[str, Any] = {}
        self._consent_at: QDateTime | None = None
        self._event_zone: tzinfo | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("detailName")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a name is text, never markup
        layout.addWidget(self.title)
        self.code = QLabel()
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {"name": self.tr("Name *"), "organization": self.tr("Organisation"),
                  "job_title": self.tr("Job title"), "email": self.tr("E-mail"),
                  "phone": self.tr("Phone")}
        self.edits: dict[str, QLineEdit] = {}
        for key in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field_{key}")
            edit.returnPressed.connect(self.save)
            edit.textChanged.connect(self._changed)
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.edits["name"].setMaxLength(300)
        self.edits["email"].setPlaceholderText("name@example.com")
        self.country = CountryCombo()
        self.country.currentTextChanged.connect(self._changed)
        self.country.lineEdit().returnPressed.connect(self.save)
        form.addRow(self.tr("Country"), self.country)
        self.category = QComboBox()
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for value in CATEGORIES:
            self.category.addItem(self._category_label(value), value)
        self.category.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Category"), self.category)
        self.consent = QCheckBox(self.tr("Agrees to share details\nwith exhibitors"))
        self.consent.toggled.connect(self._changed)
        self.consent_since = QLabel()
        self.consent_since.setObjectName("hint")
        self.consent_since.hide()
        consent_box = QVBoxLayout()
        consent_box.setSpacing(0)
        consent_box.addWidget(self.consent)
        consent_box.addWidget(self.consent_since)
        form.addRow(self.tr("Consent"), consent_box)
        layout.addLayout(form)

        self.message = message_label()
        layout.addWidget(self.message)
        self.duplicate = QWidget()
        dup_row = QHBoxLayout(self.duplicate)
        dup_row.setContentsMargins(0, 0, 0, 0)
        self.duplicate_label = QLabel()
        self.duplicate_label.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.clicked.connect(
            lambda: self.visitor_id and self.merge_requested.emit(self.visitor_id))
        dup_row.addWidget(self.duplicate_label, 1)
        dup_row.addWidget(self.merge_button)
        self.duplicate.hide()
        layout.addWidget(self.duplicate)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Enter)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(self.revert)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_label = self.tr("Save")
        self.show_visitor(None)

    def _category_label(self, value: str) -> str:
        labels = {"hospital/clinic": self.tr("Hospital / clinic"),
                  "distributor": self.tr("Distributor"), "government": self.tr("Government"),
                  "buyer": self.tr("Buyer"), "media": self.tr("Media"),
                  "exhibitor": self.tr("Exhibitor"), "vip": self.tr("VIP"),
                  "other": self.tr("Other")}
        return labels.get(value, value)

    # -- what the form shows --------------------------------------------------
    def show_visitor(self, visitor: Visitor | None) -> None:
        """Edit this visitor (None: nothing selected, the form is disabled)."""
        self.visitor_id = visitor.id if visitor is not None else None
        self.source = visitor.source if visitor is not None else "manual"
        self._kept = ({"given_name": visitor.given_name, "family_name": visitor.family_name,
                       "external_id": visitor.external_id} if visitor is not None else {})
        self._fill(visitor)
        if visitor is None:
            self.title.setText(self.tr("Select a visitor"))
            self.code.clear()
        else:
            self.title.setText(visitor.name)
            self.code.setText(self.tr("Badge code: {0}").format(ltr(format_code(visitor.code))))
        self._set_consent_time(visitor.consent_at if visitor is not None and visitor.consent
                               else None)
        self._set_enabled(visitor is not None)
        self.save_button.setText(self.tr("Save"))
        self._check_duplicates(visitor)

    def start_new(self, prefill: dict[str, Any] | None = None, *, source: str = "manual",
                  save_label: str | None = None) -> None:
        """An empty form (or one filled from a scan) for a new visitor; focus on the name."""
        self.visitor_id = None
        self.source = source
        prefill = dict(prefill or {})
        self._kept = {k: prefill.pop(k, "") for k in ("given_name", "family_name", "external_id")}
        self._fill(None)
        self._snapshot = self.values()
        for key, value in prefill.items():
            if key in self.edits:
                self.edits[key].setText(str(value or ""))
        self.country.set_code(str(prefill.get("country", "")))
        self.title.setText(self.tr("New visitor"))
        self.code.setText(self.tr("A badge code is given on saving."))
        self._set_consent_time(None)
        self._set_enabled(True)
        self.save_button.setText(save_label or self.tr("Save"))
        self.duplicate.hide()
        self.edits["name"].setFocus()

    def _fill(self, visitor: Visitor | None) -> None:
        for key, edit in self.edits.items():
            edit.setText(getattr(visitor, key) if visitor is not None else "")
        self.country.set_code(visitor.country if visitor is not None else "")
        category = visitor.category if visitor is not None else "other"
        self.category.setCurrentIndex(max(self.category.findData(category), 0))
        self.consent.setChecked(bool(visitor.consent) if visitor is not None else False)
        self._say("")
        self._snapshot = self.values()
        self._changed()

    def _set_consent_time(self, when: Any) -> None:
        if when is None:
            self._since("" if not self.consent.isChecked()
                                       else self.tr("Recorded with the time on saving"))
            return
        # Shown in the event's time zone, like every time in Booth (stored in UTC).
        self._since(self.tr("since {0}").format(f"{when.astimezone(self._zone()):%Y-%m-%d %H:%M}"))

    def _zone(self) -> tzinfo:
        if self._event_zone is None:
            with self.db.reader() as session:
                event = current_event(session)
            self._event_zone = ZoneInfo(event.timezone) if event is not None else UTC
        return self._event_zone

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (*self.edits.values(), self.country, self.category, self.consent):
            widget.setEnabled(enabled)

    def _check_duplicates(self, visitor: Visitor | None) -> None:
        if visitor is None:
            self.duplicate.hide()
            return
        with self.db.reader() as session:
            found = duplicates_of(session, visitor)
        if not found:
            self.duplicate.hide()
            return
        self.duplicate_label.setText(self.tr("⚠ Possible duplicate of: {0}").format(
            ", ".join(v.name for v in found[:3]) + ("…" if len(found) > 3 else "")))
        self.duplicate.show()

    # -- editing --------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What the form holds now, as typed (not yet checked)."""
        values: dict[str, Any] = {key: edit.text() for key, edit in self.edits.items()}
        values["country"] = self.country.currentText()
        values["category"] = self.category.currentData()
        values["consent"] = self.consent.isChecked()
        return values

    def is_dirty(self) -> bool:
        return self.isEnabled() and self.edits["name"].isEnabled() and \
            self.values() != self._snapshot

    def _changed(self, *_args: object) -> None:
        dirty = self.values() != self._snapshot if self._snapshot else False
        editing = self.edits["name"].isEnabled()
        self.save_button.setEnabled(editing and (dirty or self.visitor_id is None))
        self.revert_button.setEnabled(editing and dirty)
        if self.consent.isChecked() and self.visitor_id is not None and \
                not self._snapshot.get("consent"):
            self._since(self.tr("Recorded with the time on saving"))
        elif not self.consent.isChecked():
            self._since("")

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _since(self, text: str) -> None:
        self.consent_since.setText(text)
        self.consent_since.setVisible(bool(text))

    def revert(self) -> None:
        if self.visitor_id is None:
            self.start_new(source=self.source)
            return
        with self.db.reader() as session:
            self.show_visitor(session.get(Visitor, self.visitor_id))

    def show_message(self, text: str) -> None:
        self._say(text)

    def save(self, *, notify: bool = True) -> str | None:
        """Write the form; returns the visitor id, or None with the reason shown.

        `saved` is emitted unless `notify` is False (the caller moves on by itself)."""
        if not self.edits["name"].isEnabled():
            return None
        if self.visitor_id is not None and not self.is_dirty():
            return self.visitor_id
        raw = self.values()
        try:
            raw["country"] = self.country.code()
            kept = dict(self._kept)
            if self.visitor_id is not None and raw["name"] != self._snapshot.get("name"):
                kept.update(given_name="", family_name="")  # they described the old name
            fields = VisitorFields.parse(**raw, **kept)
            with self.db.session() as session:
                if self.visitor_id is None:
                    visitor = add_visitor(session, fields, source=self.source)
                    created = True
                else:
                    visitor = session.get(Visitor, self.visitor_id)
                    if visitor is None:
                        raise BoothError(self.tr("This visitor no longer exists."))
                    update_visitor(session, visitor, fields)
                    created = False
                visitor_id = visitor.id
        except BoothError as exc:
            self._say(self.tr("✖ Not saved: {0}").format(error_text(exc)))
            return None
        with self.db.reader() as session:
            self.show_visitor(session.get(Visitor, visitor_id))
        self._say(self.tr("✔ Registered") if created else self.tr("✔ Saved"))
        if notify:
            self.saved.emit(visitor_id, created)
        return visitor_id
