"""What the lead card shows, read in one session, and its small widgets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget
from sqlalchemy.orm import Session

from booth_app.core.errors import NotFound
from booth_app.core.leads.details import (
    InteractionRow,
    lead_answers,
    lead_interactions,
    lead_product_ids,
)
from booth_app.core.leads.listing import lead_row


@dataclass
class CardLead:
    """One lead as the card shows it (plain data, read in one session)."""

    lead_id: str
    exhibitor_id: str
    mode: str  # "new" (just captured), "rescan" or "edit" (opened from the list)
    name: str
    organization: str = ""
    job_title: str = ""
    country: str = ""
    visitor_code: str = ""
    captured_at: datetime | None = None
    captured_by: str = ""
    history: list[InteractionRow] = field(default_factory=list)
    rating: str = ""
    stage: str = "new"
    notes: str = ""
    follow_up_action: str = ""
    follow_up_date: date | None = None
    value: Decimal | None = None
    currency: str = ""
    consent_contact: bool = False
    consent_at: datetime | None = None
    product_ids: list[str] = field(default_factory=list)
    answers: dict[str, Any] = field(default_factory=dict)
    visitor_created: bool = False


def read_card_lead(session: Session, lead_id: str, mode: str, *,
                   visitor_created: bool = False) -> CardLead:
    """A live lead with its products, answers and history (NotFound when gone)."""
    row = lead_row(session, lead_id)
    if row is None:
        raise NotFound(QCoreApplication.translate("LeadCard", "This lead was deleted."))
    return CardLead(
        row.id, row.exhibitor_id, mode, row.visitor_name, row.organization, row.job_title,
        row.country, row.visitor_code, row.captured_at, row.captured_by,
        lead_interactions(session, lead_id), row.rating, row.stage, row.notes,
        row.follow_up_action, row.follow_up_date, row.value, row.currency,
        row.consent_contact, row.consent_at, lead_product_ids(session, lead_id),
        lead_answers(session, lead_id), visitor_created)


class ElidedLabel(QLabel):
    """One line of plain text that never widens its column: cut with "…" to fit, the
    whole text in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   max(self.width(), 50)))
