"""The visitors table: 250,000 rows without loading them all.

Rows are fetched in pages as the view scrolls (canFetchMore/fetchMore), from the same
core query the CLI's `visitors list` uses, each page starting after the last row's sort
key (no OFFSET, so the 1,000th page is as quick as the first); the total is counted
once per search.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from booth_app.core.codes import format_code
from booth_app.core.countries import country_name
from booth_app.core.visitors import count_visitors, search_visitors, sort_key
from booth_app.storage.database import Database
from booth_app.storage.models import Visitor

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_ORGANIZATION, COL_COUNTRY, COL_CATEGORY, COL_CODE, COL_EMAIL = range(6)
HEADERS = ("Name", "Organisation", "Country", "Category", "Code", "E-mail")
VisitorRole = Qt.ItemDataRole.UserRole + 1
PAGE = 200


class VisitorTableModel(QAbstractTableModel):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.query = ""
        self.total = 0
        self.rows: list[Visitor] = []

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self.query = query
        with self.db.reader() as session:
            self.total = count_visitors(session, query)
            self.rows = search_visitors(session, query, limit=PAGE)
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
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    # -- table ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        visitor = self.rows[index.row()]
        if role == VisitorRole:
            return visitor
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == COL_NAME:
                return visitor.name
            if column == COL_ORGANIZATION:
                return visitor.organization
            if column == COL_COUNTRY:
                return country_name(visitor.country)
            if column == COL_CATEGORY:
                return visitor.category
            if column == COL_CODE:
                return format_code(visitor.code)
            if column == COL_EMAIL:
                return visitor.email
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_NAME:
            return visitor.name
        return None

    def visitor_at(self, row: int) -> Visitor | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
