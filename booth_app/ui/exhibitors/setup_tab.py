"""What the Exhibitors page's tabs for the chosen manufacturer share: the tab with its
message line and one-transaction writes, and the tables they list their rows in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QVBoxLayout, QWidget

from booth_app.core.errors import BoothError, NotFound
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor
from booth_app.ui.language import error_text
from booth_app.ui.widgets import message_label

# The context is named: self.tr() in a base class looks up the subclass's name at run
# time, while lupdate files the text under this class.
translate = QCoreApplication.translate

IdRole = Qt.ItemDataRole.UserRole + 1


def make_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class SetupTab(QWidget):
    """What the manufacturer's tabs share: the chosen manufacturer, a message line."""

    changed = Signal()  # counts shown in the manufacturers list may have moved

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.exhibitor_id: str | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 8)
        self.message = message_label()

    def show_exhibitor(self, exhibitor_id: str | None) -> None:
        self.exhibitor_id = exhibitor_id
        self.setEnabled(exhibitor_id is not None)
        self.say("")
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        """Re-read the rows from the database."""

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def write(self, action: Callable[[Any], object], refused: str) -> bool:
        """Run `action(session)` in one transaction; a refusal is said, nothing written."""
        try:
            with self.db.session() as session:
                action(session)
        except BoothError as exc:
            self.say(refused.format(error_text(exc)))
            return False
        return True

    def exhibitor(self, session: Any) -> Exhibitor:
        found = session.get(Exhibitor, self.exhibitor_id) if self.exhibitor_id else None
        if found is None or found.deleted:
            raise NotFound(translate("SetupTab", "This manufacturer no longer exists."))
        return found


def current_row_id(table: QTableWidget) -> str | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(IdRole) if item is not None else None


def select_row_id(table: QTableWidget, wanted: str | None) -> None:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(IdRole) == wanted:
            table.selectRow(row)
            return
    if table.rowCount():
        table.selectRow(0)
