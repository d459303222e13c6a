"""The meetings grid as a table model: tables down the side, the day's slots across.

Besides the meetings, the model holds what the delegate paints over them while a
meeting is being moved: where it comes from, and the target cell with its verdict
("free" or "conflict", with the short reason), so the conflict shows before the drop.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from booth_app.ui.meetings.grid_data import CellMeeting, DayGrid
from booth_app.ui.meetings.words import state_text

MIME_TYPE = "application/x-booth-meeting"
MeetingsRole = Qt.ItemDataRole.UserRole + 1  # list[CellMeeting] in the cell
DimRole = Qt.ItemDataRole.UserRole + 2  # bool: left out by the buyer filter
TargetRole = Qt.ItemDataRole.UserRole + 3  # MoveTarget | None
OriginRole = Qt.ItemDataRole.UserRole + 4  # bool: the meeting being moved starts here
StateRole = Qt.ItemDataRole.UserRole + 5  # the first meeting's state (CellMeeting.state)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class MoveTarget:
    row: int
    column: int
    verdict: str  # "free", "conflict" or "same" (where it already is)
    short: str  # a few words for the cell: "Buyer busy"
    message: str  # the whole sentence, for the line under the grid


class GridModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.grid = DayGrid(None)
        self.now = datetime.now(UTC)
        self.buyer_filter = ""
        self.target: MoveTarget | None = None
        self.origin: tuple[int, int] | None = None

    # -- contents ---------------------------------------------------------------------

    def set_grid(self, grid: DayGrid, now: datetime) -> None:
        """Show another reading; the same day and tables update in place (the selection
        and the scroll position stay)."""
        self.now = now
        if grid.shape() == self.grid.shape():
            self.grid = grid
            self._changed_all()
            return
        self.beginResetModel()
        self.grid = grid
        self.target = None
        self.origin = None
        self.endResetModel()

    def set_buyer_filter(self, text: str) -> None:
        self.buyer_filter = text.strip()
        self._changed_all()

    def meetings_at(self, row: int, column: int) -> list[CellMeeting]:
        return self.grid.cells.get((row, column), [])

    def meeting_at(self, row: int, column: int) -> CellMeeting | None:
        cell = self.meetings_at(row, column)
        return cell[0] if cell else None

    def find(self, meeting_id: str) -> tuple[int, int] | None:
        for place, cell in self.grid.cells.items():
            if any(m.id == meeting_id for m in cell):
                return place
        return None

    def dimmed(self, meeting: CellMeeting) -> bool:
        return bool(self.buyer_filter) and not meeting.matches(self.buyer_filter)

    # -- a move in progress -------------------------------------------------------------

    def set_origin(self, place: tuple[int, int] | None) -> None:
        old, self.origin = self.origin, place
        for where in (old, place):
            if where is not None:
                self._changed(*where)

    def set_target(self, target: MoveTarget | None) -> None:
        old, self.target = self.target, target
        for where in (old, target):
            if where is not None:
                self._changed(where.row, where.column)

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.tables)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.slots)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        cell = self.meetings_at(row, column)
        if role == MeetingsRole:
            return cell
        if role == TargetRole:
            t = self.target
            return t if t is not None and (t.row, t.column) == (row, column) else None
        if role == OriginRole:
            return self.origin == (row, column)
        if role == DimRole:
            return bool(cell) and all(self.dimmed(m) for m in cell)
        if role == StateRole:
            return cell[0].state(self.now) if cell else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(cell, row, column, short=True)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._describe(cell, row, column, short=False)
        return None

    def _describe(self, cell: list[CellMeeting], row: int, column: int, *, short: bool) -> str:
        table, when = self.grid.tables[row].name, self.grid.slot_labels[column]
        if not cell:
            return "" if short else self.tr("Table {0}, {1}: free").format(table, when)
        lines = []
        for m in cell:
            lock = self.tr(" · locked") if m.locked else ""
            if short:
                lines.append(f"{m.buyer_name} — {state_text(m.state(self.now))}{lock}")
            else:
                lines.append(self.tr("{0} ({1})\nwith {2} — {3}\nTable {4}, {5}\n{6}{7}")
                             .format(m.buyer_name, m.organization or "–", m.exhibitor_code,
                                     m.exhibitor_name, table, when,
                                     state_text(m.state(self.now)), lock))
        if len(cell) > 1 and not short:
            lines.insert(0, self.tr("⚠ Double booking after a sync: move one of them."))
        return "\n\n".join(lines) if not short else "; ".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.grid.slot_labels):
                return self.grid.slot_labels[section]
            return None
        if 0 <= section < len(self.grid.tables):
            table = self.grid.tables[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Table {0}: {1}").format(table.name, ", ".join(table.exhibitors)
                                                        or self.tr("no manufacturer"))
            return table.label
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.meetings_at(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        for index in indexes:
            meeting = self.meeting_at(index.row(), index.column())
            if meeting is not None:
                data.setData(MIME_TYPE, QByteArray(meeting.id.encode()))
                data.setText(meeting.buyer_name)
                break
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    # -- helpers ------------------------------------------------------------------------

    def _changed(self, row: int, column: int) -> None:
        if 0 <= row < self.rowCount() and 0 <= column < self.columnCount():
            index = self.index(row, column)
            self.dataChanged.emit(index, index)

    def _changed_all(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))


def meeting_id_of(data: QMimeData) -> str | None:
    """The meeting a drag carries (None: not one of ours)."""
    if not data.hasFormat(MIME_TYPE):
        return None
    return bytes(data.data(MIME_TYPE).data()).decode() or None
