"""The lead card: who was scanned, and the booth's qualifying form for that lead.

Opened by the Leads page after a scan (the lead is already saved by then: a scan is a
lead even if nobody qualifies it) or from the lead list to edit. A banner (banner.py) says NEW
LEAD, RESCAN (with when, by whom and how many interactions) or EDITING. Rating is
three big buttons (keys 1 2 3 reach the page when the focus is not in a text field);
products are chips from the manufacturer's catalogue, then its questions, notes,
follow-up, value and currency, stage and consent. Ctrl+Enter saves through
core.leads.capture.update_lead (validated as a whole, or nothing is written); Escape
discards, asking first when something was changed.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.errors import BoothError
from booth_app.core.leads.capture import find_lead, update_lead
from booth_app.core.leads.fields import Catalogue, LeadFields
from booth_app.core.leads.vocabulary import RATINGS, STAGES
from booth_app.storage.database import Database
from booth_app.ui.flow_layout import FlowLayout
from booth_app.ui.language import amount, country_name, error_text
from booth_app.ui.leads.banner import LeadBanner, when_text
from booth_app.ui.leads.questions import QuestionsForm
from booth_app.ui.leads.table_model import rating_word, stage_word
from booth_app.ui.leads.view import CardLead, ElidedLabel
from booth_app.ui.widgets import message_label

CURRENCIES = ("IDR", "USD", "EUR", "AED", "SGD", "SAR", "JPY", "CNY", "MYR", "QAR", "KWD",
              "OMR", "BHD", "GBP", "AUD", "INR", "THB", "KRW", "EGP", "TRY")
RATING_ICONS = {"hot": "▲", "warm": "●", "cold": "▼"}
NO_DATE = QDate(2000, 1, 1)  # the date edit's "no follow-up date"

STYLE = """
#leadName { font-size: 18pt; font-weight: 600; color: #10202f; }
#leadWho { font-size: 12pt; color: #33475b; }
#ratingButton { font-size: 13pt; font-weight: 600; padding: 6px 4px; min-height: 36px; }
#ratingButton[rating="hot"]:checked { background: #c62828; color: white; }
#ratingButton[rating="warm"]:checked { background: #f2a900; color: #2b1d00; }
#ratingButton[rating="cold"]:checked { background: #1f5fa8; color: white; }
#chip { border: 1px solid #9fb3c8; border-radius: 12px; padding: 2px 9px; background: #f7f9fb;
        font-size: 10.5pt; }
#leadScroll, #leadBody { background: white; }
#chip:checked { background: #2f6aa3; color: white; border-color: #2f6aa3; }
#cardSection { color: #5a6878; }
#formMessage { color: #9b1c1c; font-weight: 600; }
#saveLead { font-weight: 600; padding: 6px 16px; }
"""


class LeadCard(QFrame):
    """Signals: `saved(lead_id)` once written, `closed()` when discarded or saved,
    `stray_key(QKeyEvent)` for typing that reached the card outside a text field (a
    rating key, or the next badge's scan: the page decides)."""

    saved = Signal(str)
    closed = Signal()
    stray_key = Signal(object)  # the QKeyEvent

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("card")
        self.setStyleSheet(STYLE)
        self.lead: CardLead | None = None
        self.catalogue: Catalogue | None = None
        self.scope: str | None = None
        self.staff_id: str | None = None
        self.zone: tzinfo = ZoneInfo("UTC")
        self._snapshot: dict[str, Any] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 10)
        outer.setSpacing(4)

        self.name = QLabel()
        self.name.setObjectName("leadName")
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)  # names are text, never markup
        self.who = ElidedLabel()
        self.who.setObjectName("leadWho")
        self.banner = LeadBanner()
        for widget in (self.name, self.who, self.banner):
            outer.addWidget(widget)

        # Two columns, read left then right (and tabbed in that order): the quick part
        # (rating, products, the booth's questions), then the follow-up.
        body = QWidget()
        body.setObjectName("leadBody")
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 6, 4, 0)
        columns.setSpacing(16)
        left, right = QVBoxLayout(), QVBoxLayout()
        for column in (left, right):
            column.setSpacing(4)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        left.addWidget(self._section(self.tr("Rating")))
        left.addWidget(self._rating_row())
        left.addSpacing(4)
        left.addWidget(self._section(self.tr("Products of interest")))
        self.chips_box = QWidget()
        self.chips = FlowLayout(self.chips_box, spacing=6)
        self.chip_buttons: dict[str, QPushButton] = {}
        self.no_products = QLabel(self.tr("No products in this manufacturer's catalogue."))
        self.no_products.setObjectName("cardSection")
        self.no_products.setWordWrap(True)
        self.chips.addWidget(self.no_products)
        left.addWidget(self.chips_box)
        left.addSpacing(4)
        self.questions = QuestionsForm()
        left.addWidget(self.questions)
        left.addStretch(1)

        right.addWidget(self._section(self.tr("Notes")))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What was said, what they need"))
        self.notes.setFixedHeight(70)
        right.addWidget(self.notes)
        right.addWidget(self._section(self.tr("Follow-up")))
        self.follow_action = QLineEdit()
        self.follow_action.setPlaceholderText(self.tr("e.g. send a quotation"))
        self.follow_date = QDateEdit()
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setDisplayFormat("d MMM yyyy")
        self.follow_date.setMinimumDate(NO_DATE)
        self.follow_date.setSpecialValueText(self.tr("No date"))
        self.follow_date.setToolTip(self.tr("Follow-up date"))
        right.addWidget(self.follow_action)
        right.addWidget(self.follow_date)
        right.addWidget(self._section(self.tr("Estimated value")))
        money = QHBoxLayout()
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("e.g. 150,000"))
        self.currency = QComboBox()
        self.currency.setMinimumWidth(76)
        money.addWidget(self.value, 1)
        money.addWidget(self.currency)
        right.addLayout(money)
        stage_row = QHBoxLayout()
        stage_row.addWidget(self._section(self.tr("Stage")))
        self.stage = QComboBox()
        for stage in STAGES:
            self.stage.addItem(stage_word(stage), stage)
        stage_row.addWidget(self.stage, 1)
        right.addLayout(stage_row)
        self.consent = QCheckBox(self.tr("Agrees to be contacted"))
        self.consent_time = QLabel()
        self.consent_time.setObjectName("cardSection")
        right.addWidget(self.consent)
        right.addWidget(self.consent_time)
        right.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("leadScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.message = message_label()
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        self.discard_button = QPushButton(self.tr("Discard (Esc)"))
        self.discard_button.clicked.connect(self.request_discard)
        self.save_button = QPushButton(self.tr("✔ Save and next (Ctrl+Enter)"))
        self.save_button.setObjectName("saveLead")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        # Ctrl+Enter is the page's shortcut: it saves from the scan field too.

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("cardSection")
        return label

    def _rating_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rating_buttons: dict[str, QPushButton] = {}
        for key, rating in enumerate(RATINGS, start=1):
            icon, word = RATING_ICONS[rating], rating_word(rating)
            button = QPushButton(f"{icon} {word}  {key}")
            button.setObjectName("ratingButton")
            button.setProperty("rating", rating)
            button.setCheckable(True)
            button.setToolTip(self.tr("{0} lead (key {1})").format(word, key))
            button.clicked.connect(lambda on, r=rating: self.set_rating(r if on else ""))
            self.rating_buttons[rating] = button
            layout.addWidget(button)
        return row

    # -- showing a lead -------------------------------------------------------------------

    def open(self, lead: CardLead, catalogue: Catalogue, *, scope: str | None,
             staff_id: str | None, zone: tzinfo, default_currency: str) -> None:
        """Show `lead` with `catalogue`'s products and questions; `scope` is the
        manufacturer the window may write for (None: a coordinator)."""
        self.lead, self.catalogue = lead, catalogue
        self.scope, self.staff_id, self.zone = scope, staff_id, zone
        self.name.setText(lead.name)
        country = country_name(lead.country) if lead.country else ""
        self.who.set_full_text("  ·  ".join(
            p for p in (lead.organization, lead.job_title, country) if p))
        self.banner.show_lead(lead, self.zone)
        self._fill_products(catalogue)
        self.questions.set_questions(catalogue.questions)
        self.questions.set_answers(lead.answers)
        self.set_rating(lead.rating)
        for product_id, chip in self.chip_buttons.items():
            chip.setChecked(product_id in lead.product_ids)
            self._chip_text(chip)
        self.notes.setPlainText(lead.notes)
        self.follow_action.setText(lead.follow_up_action)
        self.follow_date.setDate(QDate(lead.follow_up_date) if lead.follow_up_date
                                 else NO_DATE)
        self.value.setText(amount(lead.value))  # 1.500.000 in Indonesian: the core reads both
        self.currency.clear()
        codes = [default_currency] + [c for c in CURRENCIES if c != default_currency]
        if lead.currency and lead.currency not in codes:
            codes.append(lead.currency)
        self.currency.addItems([c for c in codes if c])
        self.currency.setCurrentText(lead.currency or default_currency)
        self.stage.setCurrentIndex(max(self.stage.findData(lead.stage), 0))
        self.consent.setChecked(lead.consent_contact)
        since = when_text(lead.consent_at, self.zone)
        self.consent_time.setText(self.tr("since {0}").format(since)
                                  if lead.consent_contact and lead.consent_at else "")
        self.message.hide()
        self._snapshot = self.form_values()
        self.show()
        self.rating_buttons["hot"].setFocus()

    def _fill_products(self, catalogue: Catalogue) -> None:
        for chip in self.chip_buttons.values():
            self.chips.removeWidget(chip)
            chip.hide()  # gone now, not when the event loop gets to deleting it
            chip.deleteLater()
        self.chip_buttons = {}
        for product in catalogue.products:
            chip = QPushButton(product.name)
            chip.setObjectName("chip")
            chip.setCheckable(True)
            chip.setProperty("name", product.name)
            chip.toggled.connect(lambda _on, c=chip: self._chip_text(c))
            self.chips.addWidget(chip)
            self.chip_buttons[product.id] = chip
        self.no_products.setVisible(not self.chip_buttons)
        self.chips_box.updateGeometry()

    @staticmethod
    def _chip_text(chip: QPushButton) -> None:
        # The tick says "chosen" as well as the colour does.
        name = str(chip.property("name"))
        chip.setText(f"✔ {name}" if chip.isChecked() else name)

    def set_rating(self, rating: str) -> None:
        for key, button in self.rating_buttons.items():
            button.setChecked(key == rating)

    @property
    def rating(self) -> str:
        return next((k for k, b in self.rating_buttons.items() if b.isChecked()), "")

    # -- the form -------------------------------------------------------------------------

    def form_values(self) -> dict[str, Any]:
        """What LeadFields.parse takes, as the form shows it now."""
        day = self.follow_date.date()
        values: dict[str, Any] = {
            "rating": self.rating,
            "stage": self.stage.currentData() or "new",
            "notes": self.notes.toPlainText(),
            "follow_up_action": self.follow_action.text(),
            "follow_up_date": None if day == NO_DATE else day.toPython(),
            "value": self.value.text().strip() or None,
            "currency": self.currency.currentText(),
            "consent_contact": self.consent.isChecked(),
            "products": [pid for pid, chip in self.chip_buttons.items() if chip.isChecked()],
        }
        if self.questions.fields:
            values["answers"] = self.questions.answers()
        return values

    def is_dirty(self) -> bool:
        return self.lead is not None and self.form_values() != self._snapshot

    def save(self) -> bool:
        """Write the form (validated as a whole); on a problem say it and keep the card."""
        if self.lead is None or self.catalogue is None or not self.isVisible():
            return False
        try:
            fields = LeadFields.parse(self.catalogue, **self.form_values())
            with self.db.session() as session:
                lead = find_lead(session, self.lead.lead_id, exhibitor_id=self.scope)
                update_lead(session, lead, fields, staff_id=self.staff_id)
        except BoothError as exc:
            self.message.setText(f"✖ {error_text(exc)}")
            self.message.show()
            return False
        lead_id = self.lead.lead_id
        self.close_card()
        self.saved.emit(lead_id)
        return True

    def request_discard(self) -> bool:
        """Close without saving; asks first when the form was changed. True if closed."""
        if self.lead is None:
            return True
        if self.is_dirty():
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes"),
                              self.tr("Discard the changes to the lead of {0}?").format(
                                  self.lead.name), parent=self)
            box.setInformativeText(self.tr("The scan itself stays saved."))
            discard = box.addButton(self.tr("Discard changes"),
                                    QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep)
            box.exec()
            if box.clickedButton() is not discard:
                return False
            if self.lead is None:  # locked meanwhile: the card is already gone
                return True
        self.close_card()
        return True

    def close_card(self) -> None:
        self.lead = None
        self.hide()
        self.closed.emit()

    # -- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys the focused widget had no use for (a button, a chip, a check box).
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.request_discard()
            return
        if event.text() and (event.text().isprintable()
                             or event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            event.accept()
            self.stray_key.emit(event)
            return
        super().keyPressEvent(event)
