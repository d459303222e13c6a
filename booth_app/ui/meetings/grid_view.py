"""The meetings grid widget: select a meeting, move it with the keyboard or the mouse.

Keyboard: Enter (or Space) on a meeting picks it up; the arrow keys choose the target,
which is painted green ("Move here") or red (who is busy then) before anything
happens; Enter moves it there, Escape puts it back. A red target refuses Enter and
keeps the meeting picked up. L locks or unlocks, Delete cancels (the page asks first).
Mouse: drag a card onto another cell; the cell under the pointer is judged the same
way while dragging, and a red one refuses the drop. Nothing changes in the database
here: `move_requested` asks the page, which asks the core.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from booth_app.ui.meetings.card_delegate import CELL_HEIGHT, CELL_WIDTH, CardDelegate
from booth_app.ui.meetings.grid_data import CellMeeting
from booth_app.ui.meetings.grid_model import GridModel, MoveTarget, meeting_id_of

Checker = Callable[[str, int, int], MoveTarget]
_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
           Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class MeetingGrid(QTableView):
    move_requested = Signal(str, int, int)  # meeting id, row, column (a free target)
    meeting_selected = Signal(object)  # CellMeeting | None
    moving_changed = Signal(bool)
    target_shown = Signal(object)  # MoveTarget | None: what the target cell says
    lock_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, model: GridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid_model = model
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setObjectName("meetingGrid")
        self.setShowGrid(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        for header, size in ((self.horizontalHeader(), CELL_WIDTH),
                             (self.verticalHeader(), CELL_HEIGHT)):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(size)
            header.setHighlightSections(True)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                  | Qt.AlignmentFlag.AlignVCenter)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDropIndicatorShown(False)
        self.check: Checker | None = None  # set by the page: judges a target cell
        self.moving: str | None = None  # the meeting picked up (keyboard) or dragged
        self._dragging = False
        self._origin: tuple[int, int] | None = None
        self.selectionModel().currentChanged.connect(self._current_changed)
        model.modelReset.connect(self._reset)

    # -- what is selected -----------------------------------------------------------------

    def current_meeting(self) -> CellMeeting | None:
        index = self.currentIndex()
        return self.grid_model.meeting_at(index.row(), index.column()) \
            if index.isValid() else None

    def select_cell(self, row: int, column: int) -> None:
        index = self.grid_model.index(row, column)
        if index.isValid():
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.scrollTo(index)

    def select_meeting(self, meeting_id: str) -> bool:
        place = self.grid_model.find(meeting_id)
        if place is None:
            return False
        self.select_cell(*place)
        self.meeting_selected.emit(self.current_meeting())
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.moving is not None and not self._dragging:
            self._aim(current.row(), current.column())
        elif self.moving is None:
            self.meeting_selected.emit(self.current_meeting())

    def _reset(self) -> None:
        if self.moving is not None:
            self._stop(restore=False)
        self.meeting_selected.emit(None)

    # -- the keyboard move ----------------------------------------------------------------

    def start_move(self) -> bool:
        """Pick up the selected meeting (Enter or Space); False when the cell is empty."""
        meeting = self.current_meeting()
        if meeting is None or self.check is None:
            return False
        index = self.currentIndex()
        self.moving, self._origin = meeting.id, (index.row(), index.column())
        self.grid_model.set_origin(self._origin)
        self.moving_changed.emit(True)
        self._aim(index.row(), index.column())
        return True

    def cancel_move(self) -> None:
        if self.moving is not None:
            self._stop(restore=True)

    def drop_here(self) -> None:
        """Enter while moving: move to the target if it is free; a red one refuses."""
        target = self.grid_model.target
        meeting_id = self.moving
        if meeting_id is None or target is None:
            return
        if target.verdict == "conflict":
            self.target_shown.emit(target)  # said again: nothing moved
            return
        self._stop(restore=target.verdict == "same")
        if target.verdict == "free":
            self.move_requested.emit(meeting_id, target.row, target.column)

    def _aim(self, row: int, column: int) -> None:
        if self.moving is None or self.check is None or row < 0 or column < 0:
            return
        target = self.check(self.moving, row, column)
        self.grid_model.set_target(target)
        self.target_shown.emit(target)

    def _stop(self, *, restore: bool) -> None:
        origin = self._origin
        self.moving, self._origin, self._dragging = None, None, False
        self.grid_model.set_origin(None)
        self.grid_model.set_target(None)
        self.target_shown.emit(None)
        self.moving_changed.emit(False)
        if restore and origin is not None:
            self.select_cell(*origin)
        self.meeting_selected.emit(self.current_meeting())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, plain = event.key(), event.modifiers() in (
            Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if self.moving is not None and not self._dragging:
            if key in _ENTER:
                self.drop_here()
            elif key == Qt.Key.Key_Escape:
                self.cancel_move()
            elif key in _ARROWS:
                super().keyPressEvent(event)
            event.accept()  # nothing else while a meeting is picked up
            return
        if key in (*_ENTER, Qt.Key.Key_Space) and plain:
            if self.start_move():
                event.accept()
                return
        elif key == Qt.Key.Key_L and plain and self.current_meeting() is not None:
            self.lock_requested.emit()
            event.accept()
            return
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.current_meeting():
            self.cancel_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """Letters do not jump between cells (L is the lock key)."""

    # -- drag and drop ----------------------------------------------------------------------

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        index = self.currentIndex()
        meeting = self.current_meeting()
        if meeting is None or self.moving is not None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.grid_model.mimeData([index]))
        rect = self.visualRect(index)
        drag.setPixmap(self.viewport().grab(rect))
        drag.setHotSpot(QPoint(rect.width() // 2, rect.height() // 2))
        drag.exec(Qt.DropAction.MoveAction)
        if self._dragging:
            self._stop(restore=False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        meeting_id = meeting_id_of(event.mimeData())
        place = self.grid_model.find(meeting_id) if meeting_id else None
        if meeting_id is None or place is None or self.check is None:
            event.ignore()
            return
        self.moving, self._origin, self._dragging = meeting_id, place, True
        self.grid_model.set_origin(place)
        self.moving_changed.emit(True)
        event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)  # scrolls near the edges
        target = self._drag_target(event.position().toPoint())
        if target is not None and target.verdict == "free":
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.grid_model.set_target(None)
        self.target_shown.emit(None)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        meeting_id = self.moving
        target = self._drag_target(event.position().toPoint())
        if meeting_id is None or target is None or target.verdict != "free":
            event.ignore()
            self._stop(restore=False)
            return
        event.acceptProposedAction()
        self._stop(restore=False)
        self.move_requested.emit(meeting_id, target.row, target.column)

    def _drag_target(self, point: QPoint) -> MoveTarget | None:
        index = self.indexAt(point)
        if self.moving is None or self.check is None or not index.isValid():
            self.grid_model.set_target(None)
            self.target_shown.emit(None)
            return None
        current = self.grid_model.target
        if current is not None and (current.row, current.column) == (index.row(),
                                                                     index.column()):
            return current  # judged already: the pointer moved within the cell
        self._aim(index.row(), index.column())
        return self.grid_model.target
