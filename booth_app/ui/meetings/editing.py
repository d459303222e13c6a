"""Changes to one meeting from the window, each through the same core call as the CLI.

Judge a target cell (core clash), move (core move: refused, nothing changed, when
anyone would be double-booked), lock or unlock, cancel, record an outcome. Booth staff
act only on their own manufacturer's meetings: every change reads the meeting again
and checks it against the scope before touching it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from booth_app.core.errors import BoothError, NotFound
from booth_app.core.events import require_event
from booth_app.core.meetings import meetings as core
from booth_app.core.meetings.outcomes import record_outcome
from booth_app.storage.database import Database
from booth_app.storage.models import Meeting
from booth_app.ui.language import error_text
from booth_app.ui.meetings.grid_data import CellMeeting, conflict_at
from booth_app.ui.meetings.grid_model import GridModel, MoveTarget
from booth_app.ui.meetings.words import isolate, outcome_labels

log = logging.getLogger(__name__)


class MeetingEditor(QObject):
    said = Signal(str, str)  # message, tone: "good", "bad" or "info"
    changed = Signal(str)  # the meeting id that changed (the page reads again)

    def __init__(self, db: Database, model: GridModel, scope: Callable[[], str | None],
                 staff_id: Callable[[], str | None]) -> None:
        super().__init__()
        self.db, self.model = db, model
        self.scope, self.staff_id = scope, staff_id

    # -- judging a target ---------------------------------------------------------------

    def judge(self, meeting_id: str, row: int, column: int) -> MoveTarget:
        """What the target cell says before the drop: free, or who is busy then."""
        grid = self.model.grid
        meeting = next((m for m in grid.meetings() if m.id == meeting_id), None)
        if self.model.find(meeting_id) == (row, column):
            return MoveTarget(row, column, "same", "", self.tr(
                "Choose where to move it with the arrow keys, then press Enter "
                "(Esc puts it back)."))
        table, slot = grid.tables[row].name, grid.slots[column]
        try:
            with self.db.reader() as session:
                conflict = conflict_at(session, require_event(session), meeting_id, table,
                                       slot)
        except BoothError as exc:
            return MoveTarget(row, column, "conflict", self.tr("Not possible"), error_text(exc))
        when = grid.slot_labels[column]
        if conflict is None:
            name = meeting.buyer_name if meeting else ""
            return MoveTarget(row, column, "free", self.tr("Move here"), self.tr(
                "Free: Enter or drop moves {0} to table {1}, {2}.").format(name, table, when))
        short = {"buyer": self.tr("Buyer busy"), "manufacturer": self.tr("Manufacturer busy"),
                 "table": self.tr("Table taken")}.get(conflict.kind, self.tr("Busy"))
        return MoveTarget(row, column, "conflict", short, self.tr(
            "Cannot move to table {0}, {1}: {2}.").format(table, when, conflict.message))

    # -- changes ------------------------------------------------------------------------

    def _own(self, session: object, meeting_id: str) -> Meeting:
        meeting = core.get_meeting(session, meeting_id)  # type: ignore[arg-type]
        scope = self.scope()
        if scope is not None and meeting.exhibitor_id != scope:
            raise NotFound(self.tr("This meeting belongs to another manufacturer."))
        return meeting

    def move(self, meeting_id: str, row: int, column: int) -> bool:
        """Move to the cell's table and slot; a refusal changes nothing and says why."""
        grid = self.model.grid
        table, slot = grid.tables[row].name, grid.slots[column]
        try:
            with self.db.session() as session:
                meeting = self._own(session, meeting_id)
                core.move(session, require_event(session), meeting, slot.start, table)
        except BoothError as exc:
            self.said.emit(self.tr("✖ Not moved: {0}").format(error_text(exc)), "bad")
            return False
        self.said.emit(self.tr("✔ Moved to table {0}, {1}.").format(
            table, grid.slot_labels[column]), "good")
        self.changed.emit(meeting_id)
        return True

    def toggle_lock(self, meeting: CellMeeting) -> bool:
        try:
            with self.db.session() as session:
                row = self._own(session, meeting.id)
                core.set_locked(row, not row.locked)
                locked = row.locked
        except BoothError as exc:
            self.said.emit(self.tr("✖ {0}").format(error_text(exc)), "bad")
            return False
        self.said.emit(self.tr("Locked: Schedule keeps {0}'s meeting where it is.").format(
            meeting.buyer_name) if locked else self.tr(
            "Unlocked: Schedule may move {0}'s meeting.").format(meeting.buyer_name), "info")
        self.changed.emit(meeting.id)
        return True

    def cancel(self, meeting: CellMeeting) -> bool:
        try:
            with self.db.session() as session:
                core.cancel(self._own(session, meeting.id))
        except BoothError as exc:
            self.said.emit(self.tr("✖ {0}").format(error_text(exc)), "bad")
            return False
        self.said.emit(self.tr("Meeting of {0} with {1} at {2} cancelled; the request is "
                               "back under Not placed.").format(
            meeting.buyer_name, meeting.exhibitor_code, meeting.when), "info")
        self.changed.emit(meeting.id)
        return True

    def record(self, meeting: CellMeeting, result: str, now: datetime) -> bool:
        """The outcome buttons: onto the meeting and the manufacturer's lead."""
        if now < meeting.start:
            self.said.emit(self.tr("✖ The outcome is recorded once the meeting has started "
                                   "({0}).").format(meeting.when), "bad")
            return False
        try:
            with self.db.session() as session:
                record_outcome(session, self._own(session, meeting.id), result,
                               staff_id=self.staff_id())
        except BoothError as exc:
            self.said.emit(self.tr("✖ Not saved: {0}").format(error_text(exc)), "bad")
            return False
        label = outcome_labels().get(result, result)
        self.said.emit(self.tr("✔ Outcome saved: {0} — {1} with {2}.").format(
            label, meeting.buyer_name, meeting.exhibitor_code), "good")
        self.changed.emit(meeting.id)
        return True


def ask_cancel(parent: QWidget, meeting: CellMeeting) -> bool:
    """The confirmation before a cancel (Keep is the default and Escape)."""
    translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Meetings", "Cancel meeting"),
                      translate("Meetings", "Cancel the meeting of {0} with {1} at {2}?").format(
                          isolate(meeting.buyer_name), meeting.exhibitor_code, meeting.when),
                      parent=parent)
    box.setInformativeText(translate("Meetings", "Its slot becomes free and the request goes "
                                                 "back under Not placed."))
    cancel = box.addButton(translate("Meetings", "Cancel meeting"),
                           QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("Meetings", "Keep"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is cancel
