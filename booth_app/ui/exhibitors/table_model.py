"""The exhibitors table: code, company, booth, country and product count."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from booth_app.core.exhibitors.manufacturers import list_exhibitors, product_counts
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor
from booth_app.ui.language import country_name
from booth_app.ui.table_model import Index, RowsTableModel

COL_CODE, COL_NAME, COL_BOOTH, COL_COUNTRY, COL_PRODUCTS = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("TableHeaders", "Code"),
    QT_TRANSLATE_NOOP("TableHeaders", "Company"),
    QT_TRANSLATE_NOOP("TableHeaders", "Booth"),
    QT_TRANSLATE_NOOP("TableHeaders", "Country"),
    QT_TRANSLATE_NOOP("TableHeaders", "Products"),
)
ExhibitorRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


def _natural(text: str) -> str:
    # A string, so the sort proxy compares it natively: numbers padded to one width.
    return re.sub(r"\d+", lambda m: m.group().zfill(12), text.casefold())


@dataclass
class ExhibitorRow:
    exhibitor: Exhibitor
    products: int


class ExhibitorTableModel(RowsTableModel):
    HEADERS = HEADERS

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[ExhibitorRow] = []  # type: ignore[assignment]

    def load(self) -> None:
        with self.db.reader() as session:
            exhibitors = list_exhibitors(session)
            counts = product_counts(session)
        self.set_rows([ExhibitorRow(e, counts.get(e.id, 0)) for e in exhibitors])

    def set_rows(self, rows: list[ExhibitorRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, exhibitor_id: str | None) -> int:
        """The row showing this manufacturer, or -1."""
        return next((r for r, row in enumerate(self.rows) if row.exhibitor.id == exhibitor_id),
                    -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        exhibitor, column = row.exhibitor, index.column()
        if role == ExhibitorRole:
            return exhibitor
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if column == COL_PRODUCTS:
                return row.products if role == SortRole else str(row.products)
            values = (exhibitor.code, exhibitor.name, exhibitor.booth,
                      country_name(exhibitor.country))
            if role == SortRole:
                # Case-blind, and booth "S1-A9" before "S1-A10".
                return _natural(values[column])
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME:
            return exhibitor.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PRODUCTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
