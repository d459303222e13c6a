"""The lead list of one manufacturer (or every one, for a coordinator): a table model.

The manufacturer's live leads are read once per refresh (core.leads.list_leads, the
same query `booth leads list` uses), newest first. Sorting by a column and the
rating, stage and product filters then work on those rows in memory, so a header
click or a filter on 10,000 leads needs no new query; a search asks the core which
leads match (the visitor's name, organisation, e-mail, code, phone and the notes,
without case or accents). Counts by rating and stage and the value pipeline per
currency come from the same rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import tzinfo
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap, QPolygonF
from sqlalchemy import select

from booth_app.core.leads import (
    RATINGS,
    STAGE_LABELS,
    STAGES,
    LeadRow,
    lead_row,
    list_leads,
)
from booth_app.core.text import fold
from booth_app.storage.database import Database
from booth_app.storage.models import LeadProduct
from booth_app.ui.models.base import Index, RowsTableModel

(COL_NAME, COL_ORGANIZATION, COL_RATING, COL_STAGE, COL_PRODUCTS, COL_VALUE, COL_CAPTURED,
 COL_BY, COL_EXHIBITOR) = range(9)
HEADERS = ("Name", "Organisation", "Rating", "Stage", "Products", "Value", "Captured", "By",
           "Booth")
LeadIdRole = Qt.ItemDataRole.UserRole + 1
LeadRowRole = Qt.ItemDataRole.UserRole + 2
RATING_WORDS = {"hot": "Hot", "warm": "Warm", "cold": "Cold", "": "–"}
RATING_COLOURS = {"hot": "#c62828", "warm": "#e09b00", "cold": "#1f5fa8"}
_RATING_RANK = {rating: rank for rank, rating in enumerate(RATINGS)}
_STAGE_RANK = {stage: rank for rank, stage in enumerate(STAGES)}


def rating_icon(rating: str) -> QIcon:
    """A shape as well as a colour: ▲ hot, ● warm, ▼ cold."""
    cached = _ICONS.get(rating)
    if cached is not None:
        return cached
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(RATING_COLOURS.get(rating, "#9aa5b1"))))
    if rating == "hot":
        painter.drawPolygon(QPolygonF([QPointF(7, 1), QPointF(13, 12), QPointF(1, 12)]))
    elif rating == "cold":
        painter.drawPolygon(QPolygonF([QPointF(1, 2), QPointF(13, 2), QPointF(7, 13)]))
    elif rating == "warm":
        painter.drawEllipse(2, 2, 10, 10)
    painter.end()
    icon = _ICONS[rating] = QIcon(pixmap)
    return icon


_ICONS: dict[str, QIcon] = {}


def money_text(value: Decimal | None, currency: str) -> str:
    if value is None:
        return ""
    amount = f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"
    return f"{currency} {amount}".strip()


@dataclass
class ListSummary:
    """What the list's header line shows, for every lead of the manufacturer."""

    total: int = 0
    by_rating: dict[str, int] = field(default_factory=dict)
    by_stage: dict[str, int] = field(default_factory=dict)
    value_by_currency: dict[str, Decimal] = field(default_factory=dict)


def summarise(rows: list[LeadRow]) -> ListSummary:
    summary = ListSummary(len(rows), dict.fromkeys((*RATINGS, ""), 0), dict.fromkeys(STAGES, 0))
    for row in rows:
        summary.by_rating[row.rating] = summary.by_rating.get(row.rating, 0) + 1
        summary.by_stage[row.stage] = summary.by_stage.get(row.stage, 0) + 1
        if row.value is not None and row.currency:
            summary.value_by_currency[row.currency] = \
                summary.value_by_currency.get(row.currency, Decimal(0)) + row.value
    summary.value_by_currency = dict(sorted(summary.value_by_currency.items()))
    return summary


class LeadTableModel(RowsTableModel):
    HEADERS = HEADERS

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.exhibitor_id: str | None = None
        self.loaded = False  # False until load(): nothing is read before someone signs in
        self.zone: tzinfo = ZoneInfo("UTC")
        self.all_rows: list[LeadRow] = []
        self.rows: list[LeadRow] = []  # type: ignore[assignment]
        self.summary = ListSummary()
        self.rating: str | None = None  # "" keeps unrated leads
        self.stage: str | None = None
        self.product_id: str | None = None
        self.search = ""
        self.sort_column = COL_CAPTURED
        self.sort_order = Qt.SortOrder.DescendingOrder
        self._folded: dict[str, str] = {}

    # -- reading ------------------------------------------------------------------------

    def load(self, exhibitor_id: str | None, *, zone: tzinfo | None = None) -> None:
        """Read the manufacturer's leads (every manufacturer's when None) again."""
        if zone is not None:
            self.zone = zone
        self.exhibitor_id = exhibitor_id
        with self.db.reader() as session:
            rows = list_leads(session, exhibitor_id=exhibitor_id)
        self.loaded = True
        self.all_rows = rows
        self.summary = summarise(rows)
        self._folded = {}
        self._apply()

    def refresh_lead(self, lead_id: str) -> None:
        """Read one lead again after a capture, an edit or a delete (10,000 leads need
        not be read for one change); a lead outside this list's manufacturer is never
        taken in."""
        with self.db.reader() as session:
            fresh = lead_row(session, lead_id)
        if fresh is not None and self.exhibitor_id is not None \
                and fresh.exhibitor_id != self.exhibitor_id:
            return
        rows = [row for row in self.all_rows if row.id != lead_id]
        if fresh is not None:
            rows.insert(0, fresh)
        self.all_rows = rows
        self.summary = summarise(rows)
        self._apply()

    def clear(self) -> None:
        """Forget every lead (the window was locked)."""
        self.beginResetModel()
        self.loaded = False
        self.exhibitor_id = None
        self.all_rows, self.rows, self.summary = [], [], ListSummary()
        self._folded = {}
        self.endResetModel()

    def set_filter(self, *, rating: str | None = None, stage: str | None = None,
                   product_id: str | None = None, search: str = "") -> None:
        """Keep only leads with this rating ("" unrated), stage, product and search."""
        self.rating, self.stage, self.product_id = rating, stage, product_id
        self.search = search.strip()
        self._apply()

    def _matching_ids(self) -> set[str] | None:
        """Leads the product and search filters keep (None: no such filter)."""
        if self.product_id is None and not self.search:
            return None
        with self.db.reader() as session:
            ids: set[str] | None = None
            if self.product_id is not None:
                ids = set(session.scalars(select(LeadProduct.lead_id).where(
                    LeadProduct.product_id == self.product_id,
                    LeadProduct.deleted.is_(False))))
            if self.search:
                found = {row.id for row in list_leads(
                    session, exhibitor_id=self.exhibitor_id, search=self.search,
                    products=False)}
                ids = found if ids is None else ids & found
        return ids

    def _apply(self) -> None:
        ids = self._matching_ids()
        rating, stage = self.rating, self.stage
        rows = [row for row in self.all_rows
                if (rating is None or row.rating == rating)
                and (stage is None or row.stage == stage)
                and (ids is None or row.id in ids)]
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self.endResetModel()

    # -- sorting ------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self.rows = self._sorted(self.rows)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[LeadRow]) -> list[LeadRow]:
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        # Ties keep the newest capture first, as the core's sort does.
        rows = sorted(rows, key=lambda r: r.captured_at, reverse=True)
        if self.sort_column == COL_CAPTURED:
            return rows if descending else rows[::-1]
        key = self._key(self.sort_column)
        if self.sort_column in (COL_VALUE, COL_BY, COL_PRODUCTS):
            # Leads without a value, a name or products go last either way.
            present = [r for r in rows if key(r) not in (None, "")]
            missing = [r for r in rows if key(r) in (None, "")]
            return sorted(present, key=key, reverse=descending) + missing
        return sorted(rows, key=key, reverse=descending)

    def _key(self, column: int) -> Callable[[LeadRow], Any]:
        if column == COL_NAME:
            return self._fold_name
        if column == COL_ORGANIZATION:
            return lambda r: r.organization.casefold()
        if column == COL_RATING:
            return lambda r: _RATING_RANK.get(r.rating, len(RATINGS))
        if column == COL_STAGE:
            return lambda r: _STAGE_RANK.get(r.stage, len(STAGES))
        if column == COL_PRODUCTS:
            return lambda r: ", ".join(r.products).casefold()
        if column == COL_VALUE:
            return lambda r: r.value
        if column == COL_BY:
            return lambda r: r.captured_by.casefold()
        if column == COL_EXHIBITOR:
            return lambda r: r.exhibitor
        return lambda r: r.captured_at

    def _fold_name(self, row: LeadRow) -> str:
        folded = self._folded.get(row.id)
        if folded is None:
            folded = self._folded[row.id] = fold(row.visitor_name)
        return folded

    # -- table --------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_RATING and row.rating:
            return rating_icon(row.rating)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_NAME, COL_ORGANIZATION,
                                                               COL_PRODUCTS):
            return self._text(row, column) or None
        if role == LeadIdRole:
            return row.id
        if role == LeadRowRole:
            return row
        return None

    def _text(self, row: LeadRow, column: int) -> str:
        if column == COL_NAME:
            return row.visitor_name
        if column == COL_ORGANIZATION:
            return row.organization
        if column == COL_RATING:
            return self.tr(RATING_WORDS.get(row.rating, row.rating))
        if column == COL_STAGE:
            return self.tr(STAGE_LABELS.get(row.stage, row.stage))
        if column == COL_PRODUCTS:
            return ", ".join(row.products)
        if column == COL_VALUE:
            return money_text(row.value, row.currency)
        if column == COL_CAPTURED:
            return f"{row.captured_at.astimezone(self.zone):%d %b %H:%M}"
        if column == COL_BY:
            return row.captured_by
        if column == COL_EXHIBITOR:
            return row.exhibitor
        return ""

    def lead_at(self, row: int) -> LeadRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, lead_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == lead_id), -1)

    def index_of(self, lead_id: str, column: int = 0) -> QModelIndex:
        row = self.row_of(lead_id)
        return self.index(row, column) if row >= 0 else QModelIndex()
