"""A manufacturer's leads counted: by rating and by stage, and the value pipeline per
currency."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from booth_app.core.leads.listing import live_leads
from booth_app.core.leads.vocabulary import RATINGS, STAGES
from booth_app.storage.models import Lead


@dataclass
class LeadSummary:
    """Counts by rating ("" is unrated), by stage and by both, and the value per currency."""

    total: int = 0
    by_rating: dict[str, int] = field(default_factory=dict)
    by_stage: dict[str, int] = field(default_factory=dict)
    value_by_currency: dict[str, Decimal] = field(default_factory=dict)
    by_rating_stage: dict[tuple[str, str], int] = field(default_factory=dict)

    def count(self, rating: str | None = None, stage: str | None = None) -> int:
        """Leads with this rating and this stage (None: any)."""
        return sum(n for (r, s), n in self.by_rating_stage.items()
                   if (rating is None or r == rating) and (stage is None or s == stage))


def _money(total: Any) -> Decimal:
    # SQLite sums NUMERIC as a float; two decimals is what a value holds.
    return Decimal(str(total)).quantize(Decimal("0.01"))


def lead_summary(session: Session, exhibitor_id: str | None) -> LeadSummary:
    """Counts by rating and by stage, and the value pipeline per currency, over every
    live lead of the manufacturer: one GROUP BY, whatever the list shows."""
    summary = LeadSummary(0, dict.fromkeys((*RATINGS, ""), 0), dict.fromkeys(STAGES, 0))
    values: dict[str, Decimal] = {}
    for rating, stage, currency, count, amount in session.execute(
            select(Lead.rating, Lead.stage, Lead.currency, func.count(), func.sum(Lead.value))
            .where(*live_leads(exhibitor_id)).group_by(Lead.rating, Lead.stage, Lead.currency)):
        summary.total += count
        summary.by_rating[rating] = summary.by_rating.get(rating, 0) + count
        summary.by_stage[stage] = summary.by_stage.get(stage, 0) + count
        both = (rating, stage)
        summary.by_rating_stage[both] = summary.by_rating_stage.get(both, 0) + count
        if currency and amount is not None:
            values[currency] = values.get(currency, Decimal(0)) + _money(amount)
    summary.value_by_currency = dict(sorted(values.items()))
    return summary
