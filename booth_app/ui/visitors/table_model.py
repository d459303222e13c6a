"""The visitors table: 250,000 rows without loading them all.

Rows are fetched in pages as the view scrolls (canFetchMore/fetchMore), from the same
core query the CLI's `visitors list` uses, each page starting after the last row's sort
key (no OFFSET, so the 1,000th page is as quick as the first); the total is counted
once per search.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from booth_app.core.badges.codes import format_code
from booth_app.core.figures import ACCEPTED
from booth_app.core.visitors.register import count_visitors, search_visitors, sort_key
from booth_app.storage.database import Database
from booth_app.storage.models import Badge, Checkin, Visitor
from booth_app.ui.language import category_label, country_name
from booth_app.ui.table_model import Index, RowsTableModel

(COL_NAME, COL_ORGANIZATION, COL_COUNTRY, COL_CATEGORY, COL_CODE, COL_CHECKED_IN,
 COL_BADGE) = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("TableHeaders", "Name"),
    QT_TRANSLATE_NOOP("TableHeaders", "Organisation"),
    QT_TRANSLATE_NOOP("TableHeaders", "Country"),
    QT_TRANSLATE_NOOP("TableHeaders", "Category"),
    QT_TRANSLATE_NOOP("TableHeaders", "Code"),
    QT_TRANSLATE_NOOP("TableHeaders", "Checked in"),
    QT_TRANSLATE_NOOP("TableHeaders", "Badge"),
)
VisitorRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
PAGE = 200


def page_marks(session: Session, ids: list[str]) -> dict[str, tuple[int, bool]]:
    """Check-ins counted and whether a badge was printed, for one page: one query."""
    if not ids:
        return {}
    checkins = (select(func.count()).where(Checkin.visitor_id == Visitor.id,
                                           Checkin.deleted.is_(False),
                                           Checkin.direction == "in",
                                           Checkin.status.in_(ACCEPTED))
                .correlate(Visitor).scalar_subquery())
    printed = exists().where(Badge.visitor_id == Visitor.id, Badge.deleted.is_(False),
                             Badge.printed_count > 0).correlate(Visitor)
    rows = session.execute(select(Visitor.id, checkins, printed).where(Visitor.id.in_(ids)))
    return {vid: (count or 0, bool(badge)) for vid, count, badge in rows}


class VisitorTableModel(RowsTableModel):
    HEADERS = HEADERS

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.query = ""
        self.total = 0
        self.rows: list[Visitor] = []  # type: ignore[assignment]
        self.marks: dict[str, tuple[int, bool]] = {}

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self.query = query
        with self.db.reader() as session:
            self.total = count_visitors(session, query)
            self.rows = search_visitors(session, query, limit=PAGE)
            self.marks = page_marks(session, [v.id for v in self.rows])
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    # -- paging ---------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        with self.db.reader() as session:
            after = sort_key(self.rows[-1]) if self.rows else None
            more = search_visitors(session, self.query, limit=PAGE, after=after)
            self.marks.update(page_marks(session, [v.id for v in more]))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    # -- table ----------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and section == COL_BADGE:
            return self.tr("Badge printed")
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        visitor = self.rows[index.row()]
        column = index.column()
        if role == VisitorRole:
            return visitor
        if role == IdRole:
            return visitor.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return visitor.name
            if column == COL_ORGANIZATION:
                return visitor.organization
            if column == COL_COUNTRY:
                return country_name(visitor.country)
            if column == COL_CATEGORY:
                return category_label(visitor.category)
            if column == COL_CODE:
                return format_code(visitor.code)
            checked_in, printed = self.marks.get(visitor.id, (0, False))
            if column == COL_CHECKED_IN:
                return self.tr("Yes ({0})").format(checked_in) if checked_in else self.tr("No")
            if column == COL_BADGE:
                return self.tr("Yes") if printed else self.tr("No")
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_NAME, COL_ORGANIZATION):
            return visitor.name if column == COL_NAME else visitor.organization
        return None

    def visitor_at(self, row: int) -> Visitor | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, visitor_id: str) -> int:
        """The row showing that visitor among the rows loaded so far, or -1."""
        return next((i for i, v in enumerate(self.rows) if v.id == visitor_id), -1)
