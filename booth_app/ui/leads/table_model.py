"""The lead list of one manufacturer (or every one, for a coordinator): a table model.

Rows come a page at a time from the same core query `booth leads list` uses
(core.leads.listing.lead_page): sorting by a column, the rating, stage and product filters and
the search (the visitor's name, organisation, e-mail, code, phone and the notes,
without case or accents) are done by SQL, and a header click or a filter reads the
first page again; the view asks for more as it scrolls (canFetchMore/fetchMore), each
page starting after the last row's sort key. Counts by rating and stage and the value
pipeline per currency are one GROUP BY over every lead of the manufacturer, whatever
the list shows.
"""

from __future__ import annotations

from datetime import tzinfo
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap, QPolygonF
from sqlalchemy.orm import Session

from booth_app.core.leads.listing import (
    PAGE,
    LeadKey,
    LeadPage,
    LeadRow,
    lead_key,
    lead_page,
    lead_row,
)
from booth_app.core.leads.summary import LeadSummary, lead_summary
from booth_app.storage.database import Database
from booth_app.ui.language import day_month_time, money
from booth_app.ui.table_model import Index, RowsTableModel

(COL_NAME, COL_ORGANIZATION, COL_RATING, COL_STAGE, COL_PRODUCTS, COL_VALUE, COL_CAPTURED,
 COL_BY, COL_EXHIBITOR) = range(9)
HEADERS = (
    QT_TRANSLATE_NOOP("TableHeaders", "Name"),
    QT_TRANSLATE_NOOP("TableHeaders", "Organisation"),
    QT_TRANSLATE_NOOP("TableHeaders", "Rating"),
    QT_TRANSLATE_NOOP("TableHeaders", "Stage"),
    QT_TRANSLATE_NOOP("TableHeaders", "Products"),
    QT_TRANSLATE_NOOP("TableHeaders", "Value"),
    QT_TRANSLATE_NOOP("TableHeaders", "Captured"),
    QT_TRANSLATE_NOOP("TableHeaders", "By"),
    QT_TRANSLATE_NOOP("TableHeaders", "Booth"),
)
LeadIdRole = Qt.ItemDataRole.UserRole + 1
LeadRowRole = Qt.ItemDataRole.UserRole + 2
# The core's ratings and stages (core.leads.vocabulary) in words lupdate reads; shown
# through rating_word() and stage_word().
RATING_WORDS = {
    "hot": QT_TRANSLATE_NOOP("Leads", "Hot"),
    "warm": QT_TRANSLATE_NOOP("Leads", "Warm"),
    "cold": QT_TRANSLATE_NOOP("Leads", "Cold"),
    "": "–",
}
STAGE_WORDS = {
    "new": QT_TRANSLATE_NOOP("Leads", "New"),
    "contacted": QT_TRANSLATE_NOOP("Leads", "Contacted"),
    "meeting": QT_TRANSLATE_NOOP("Leads", "Meeting"),
    "quotation": QT_TRANSLATE_NOOP("Leads", "Quotation"),
    "mou": QT_TRANSLATE_NOOP("Leads", "MoU signed"),
    "won": QT_TRANSLATE_NOOP("Leads", "Won"),
    "lost": QT_TRANSLATE_NOOP("Leads", "Lost"),
}
RATING_COLOURS = {"hot": "#c62828", "warm": "#e09b00", "cold": "#1f5fa8"}
_SORTS = {COL_NAME: "name", COL_ORGANIZATION: "organization", COL_RATING: "rating",
          COL_STAGE: "stage", COL_PRODUCTS: "products", COL_VALUE: "value",
          COL_CAPTURED: "captured_at", COL_BY: "captured_by", COL_EXHIBITOR: "exhibitor"}


def rating_word(rating: str) -> str:
    return QCoreApplication.translate("Leads", RATING_WORDS.get(rating, rating))


def stage_word(stage: str) -> str:
    return QCoreApplication.translate("Leads", STAGE_WORDS.get(stage, stage))


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
    return money(value, currency)


# What the list's header line shows, for every lead of the manufacturer.
ListSummary = LeadSummary


class LeadTableModel(RowsTableModel):
    HEADERS = HEADERS

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.exhibitor_id: str | None = None
        self.loaded = False  # False until load(): nothing is read before someone signs in
        self.zone: tzinfo = ZoneInfo("UTC")
        self.rows: list[LeadRow] = []  # type: ignore[assignment]
        self.summary = ListSummary()
        self.matched = 0  # leads the filters and search keep, fetched or not
        self.page_size = PAGE
        self.rating: str | None = None  # "" keeps unrated leads
        self.stage: str | None = None
        self.product_id: str | None = None
        self.search = ""
        self.sort_column = COL_CAPTURED
        self.sort_order = Qt.SortOrder.DescendingOrder
        self._after: LeadKey | None = None  # where the next page starts; None: no more

    # -- reading ------------------------------------------------------------------------

    def load(self, exhibitor_id: str | None, *, zone: tzinfo | None = None) -> None:
        """Read the manufacturer's leads (every manufacturer's when None) again: the
        counts and the first page."""
        if zone is not None:
            self.zone = zone
        self.exhibitor_id = exhibitor_id
        self.loaded = True
        self._read(self.page_size, summary=True)

    def refresh_lead(self, lead_id: str) -> LeadRow | None:
        """After a capture, an edit or a delete: the lead shows where it now belongs (or
        is gone), with the counts. A held lead that keeps its place is read again alone;
        otherwise the pages read so far are read again. Returns the lead as it is now, or
        None when deleted or outside this list's manufacturer (never taken in)."""
        with self.db.reader() as session:
            fresh = lead_row(session, lead_id)
        if fresh is not None and self.exhibitor_id is not None \
                and fresh.exhibitor_id != self.exhibitor_id:
            return None
        if self.loaded and not self._refresh_in_place(lead_id):
            self._read(max(len(self.rows), self.page_size), summary=True)
        return fresh

    def _refresh_in_place(self, lead_id: str) -> bool:
        """The held row of a lead that keeps its place (the list's order and filters,
        asked of the database, still put it between the same neighbours) read again
        alone, with the counts: an edit after scrolling through 10,000 leads does not
        read them all again. False when the lead is not held or has moved."""
        row = self.row_of(lead_id)
        if row < 0:
            return False
        with self.db.reader() as session:
            sort = _SORTS[self.sort_column]
            descending = self.sort_order == Qt.SortOrder.DescendingOrder
            start = None
            if row > 0:
                start = lead_key(session, self.rows[row - 1].id, sort=sort,
                                 descending=descending)
                if start is None:  # the row before it is gone
                    return False
            page = self._page(session, start, 2)
            held = [kept.id for kept in self.rows[row:row + 2]]
            if [found.id for found in page.rows[:len(held)]] != held:
                return False
            summary = lead_summary(session, self.exhibitor_id)
            after = self._after
            if row == len(self.rows) - 1 and after is not None:  # the next page starts here
                after = lead_key(session, lead_id, sort=sort, descending=descending)
        self.summary, self._after = summary, after
        if not (self.product_id is not None or self.search):  # counted by the first page
            self.matched = max(summary.count(self.rating, self.stage), len(self.rows))
        self.rows[row] = page.rows[0]
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def clear(self) -> None:
        """Forget every lead (the window was locked)."""
        self.beginResetModel()
        self.loaded = False
        self.exhibitor_id = None
        self.rows, self.summary, self.matched, self._after = [], ListSummary(), 0, None
        self.endResetModel()

    def set_filter(self, *, rating: str | None = None, stage: str | None = None,
                   product_id: str | None = None, search: str = "") -> None:
        """Keep only leads with this rating ("" unrated), stage, product and search."""
        self.rating, self.stage, self.product_id = rating, stage, product_id
        self.search = search.strip()
        if self.loaded:
            self._read(self.page_size)

    def _read(self, limit: int, *, summary: bool = False) -> None:
        """The first `limit` rows in the current order, page by page (and the counts
        with `summary`)."""
        with self.db.reader() as session:
            if summary:
                self.summary = lead_summary(session, self.exhibitor_id)
            # The counts hold every rating and stage already: only a product or a search
            # is counted, by the first page's own query.
            counted = self.product_id is not None or bool(self.search)
            page = self._page(session, None, self.page_size, count=counted)
            rows, after = page.rows, page.after
            while after is not None and len(rows) < limit:
                # The rest in one query: each page sorts every match again (50 pages
                # of 200 took 1.2 s at 10,000 leads, where one query takes 0.3 s).
                more = self._page(session, after, max(self.page_size, limit - len(rows)))
                rows.extend(more.rows)
                after = more.after
        matched = page.total if page.total is not None \
            else self.summary.count(self.rating, self.stage)
        self.beginResetModel()
        self.rows, self._after = rows, after
        self.matched = max(matched, len(rows))
        self.endResetModel()

    def _page(self, session: Session, after: LeadKey | None, limit: int, *,
              count: bool = False) -> LeadPage:
        return lead_page(session, exhibitor_id=self.exhibitor_id, rating=self.rating,
                         stage=self.stage, product_id=self.product_id, search=self.search,
                         sort=_SORTS[self.sort_column],
                         descending=self.sort_order == Qt.SortOrder.DescendingOrder,
                         after=after, limit=limit, count=count)

    # -- paging -------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.loaded and self._after is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._after is None:
            return
        with self.db.reader() as session:
            page = self._page(session, self._after, self.page_size)
        self._after = page.after
        if not page.rows:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self.endInsertRows()

    # -- sorting ------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by SQL: ties keep the newest capture first; leads without a value, a
        staff member or products go last either way."""
        if column not in _SORTS or (column, order) == (self.sort_column, self.sort_order):
            return  # QTableView.sortByColumn asks twice; the rows are in that order already
        self.sort_column, self.sort_order = column, order
        if self.loaded:
            self._read(self.page_size)

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
            return rating_word(row.rating)
        if column == COL_STAGE:
            return stage_word(row.stage)
        if column == COL_PRODUCTS:
            return ", ".join(row.products)
        if column == COL_VALUE:
            return money_text(row.value, row.currency)
        if column == COL_CAPTURED:
            return day_month_time(row.captured_at.astimezone(self.zone))
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
