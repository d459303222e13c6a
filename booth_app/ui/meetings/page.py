"""Meetings (business matching): the grid of a day, the requests not placed, the floor.

A day per tab; tables down the side, slots across, a card per meeting (see
grid_view.py for moving one by keyboard or drag). Beside it the filters and the
requests not placed with their reasons; under it the selected meeting with Lock,
Cancel, its agendas and its outcome. "Schedule" runs the core scheduler off the GUI
thread (locked meetings stay) and says what it placed and moved. "Now" is the floor
screen with the table check-in. Booth staff signed in get their own manufacturer's
table, meetings and requests only; a coordinator or the desk (nobody signed in) all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QWidget,
)

from booth_app.core.errors import BoothError, Cancelled
from booth_app.storage.database import Database
from booth_app.storage.ids import utcnow
from booth_app.ui.access.session import StaffSession
from booth_app.ui.language import error_text
from booth_app.ui.meetings.card_delegate import CELL_WIDTH
from booth_app.ui.meetings.editing import MeetingEditor, ask_cancel
from booth_app.ui.meetings.grid_data import CellMeeting
from booth_app.ui.meetings.grid_model import GridModel, MoveTarget
from booth_app.ui.meetings.grid_view import MeetingGrid
from booth_app.ui.meetings.now_view import NowView
from booth_app.ui.meetings.reading import Snapshot, Wanted, read_page
from booth_app.ui.meetings.schedule_run import ScheduleRun, run_schedule, summary
from booth_app.ui.meetings.selection_bar import SelectionBar
from booth_app.ui.meetings.side_panel import SidePanel
from booth_app.ui.meetings.toolbar import MessageLine, Toolbar
from booth_app.ui.page import Page
from booth_app.ui.printing import announce
from booth_app.ui.tasks import Task, run_task
from booth_app.ui.widgets import toggle_full_screen

log = logging.getLogger(__name__)
LIVE_MS = 5000
NOBODY = "-"  # the scope of a booth member without a manufacturer: matches no meeting


class MeetingsPage(Page):
    # Not the window's live refresh (it reads on the GUI thread): the page reads itself
    # on a worker thread every LIVE_MS while on screen (a forum day is ~1,700 meetings).
    live = False
    schedule_finished = Signal(object)  # ScheduleRun, or the exception

    def __init__(self, db: Database, staff_session: StaffSession | None = None,
                 clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__(db, self.tr("Meetings"))
        self.header.hide()  # the grid needs the height at 1366x768; the sidebar says where
        self.staff_session = staff_session or StaffSession(self)
        self.clock = clock
        self.day: date | None = None
        self.chosen_exhibitor: str | None = None  # the coordinator's / desk's filter
        self.reasons: dict[str, str] = {}  # the last Schedule run's, by request id
        self.schedule_task: Task | None = None
        self.agenda_task: Task | None = None
        self._stale = True

        self.toolbar = Toolbar()
        self.days = self.toolbar.days
        self.grid_button, self.now_button = self.toolbar.grid_button, self.toolbar.now_button
        self.schedule_button = self.toolbar.schedule_button
        self.master_button = self.toolbar.master_button
        self.toolbar.day_picked.connect(self._day_picked)
        self.toolbar.view_picked.connect(self.show_view)
        self.schedule_button.clicked.connect(self.schedule)
        self.master_button.clicked.connect(self.print_master_grid)
        self.layout_.addWidget(self.toolbar)
        self.message = MessageLine()
        self.layout_.addWidget(self.message)

        self.model = GridModel()
        self.grid = MeetingGrid(self.model)
        self.side = SidePanel()
        self.selection = SelectionBar()
        self.editor = MeetingEditor(db, self.model, self.scope, self._staff_id)
        self.grid.check = self.editor.judge
        grid_area = QWidget()
        area = QHBoxLayout(grid_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.setSpacing(12)
        area.addWidget(self.grid, 1)
        area.addWidget(self.side)
        self.now_view = NowView(db, lambda: self.clock())
        self.stack = QStackedWidget()
        self.stack.addWidget(grid_area)
        self.stack.addWidget(self.now_view)
        self.layout_.addWidget(self.stack, 1)
        self.layout_.addWidget(self.selection)

        self.grid.meeting_selected.connect(self._show_selected)
        self.grid.moving_changed.connect(lambda _on: self._show_selected(
            self.grid.current_meeting()))
        self.grid.target_shown.connect(self._show_target)
        self.grid.move_requested.connect(
            lambda mid, row, col: self._coordinator_only() and self.editor.move(mid, row, col))
        self.grid.lock_requested.connect(self.toggle_lock)
        self.grid.cancel_requested.connect(self.cancel_meeting)
        self.selection.move_clicked.connect(self._start_move)
        self.selection.lock_clicked.connect(self.toggle_lock)
        self.selection.cancel_clicked.connect(self.cancel_meeting)
        self.selection.outcome_clicked.connect(self.record_outcome)
        self.selection.buyer_agenda_clicked.connect(lambda: self.print_agenda("buyer"))
        self.selection.exhibitor_agenda_clicked.connect(lambda: self.print_agenda("exhibitor"))
        self.side.exhibitor_changed.connect(self._pick_exhibitor)
        self.side.buyer_changed.connect(self._filter_buyer)
        self.editor.said.connect(self.say)
        self.editor.changed.connect(self._after_change)
        self.now_view.changed.connect(self.refresh)
        self.now_view.full_button.clicked.connect(self.toggle_full_screen)
        full = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        full.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        full.activated.connect(self.toggle_full_screen)
        self.staff_session.changed.connect(lambda _who: self._scope_changed())
        self.live_timer = QTimer(self, interval=LIVE_MS)
        self.live_timer.timeout.connect(self._live_tick)
        self._scope_changed()

    # -- who is signed in -----------------------------------------------------------------

    def scope(self) -> str | None:
        """The manufacturer whose meetings this window shows: a booth member's own; None
        (all) for a coordinator or the desk with nobody signed in."""
        who = self.staff_session.current
        if who is None or who.is_coordinator:
            return None
        return who.exhibitor_id or NOBODY  # never widen a booth member's view

    def _staff_id(self) -> str | None:
        who = self.staff_session.current
        return who.staff_id if who is not None else None

    def shown_exhibitor(self) -> str | None:
        return self.scope() or self.chosen_exhibitor

    def _scope_changed(self) -> None:
        staff = self.scope() is not None
        self.chosen_exhibitor = None
        self.grid.cancel_move()
        self.schedule_button.setEnabled(not staff)
        self.schedule_button.setToolTip(self.tr(
            "For the matching desk or a coordinator: it places every manufacturer's "
            "meetings.") if staff else self.tr(
            "Place every request it can; locked meetings stay where they are"))
        self.master_button.setVisible(not staff)
        self.side.show_summary("")
        self.say("", "")
        self._stale = not self.isVisible()  # read when first shown (the window opens fast)
        if not self._stale:
            self.refresh()

    # -- reading ----------------------------------------------------------------------------

    def wanted(self) -> Wanted:
        return Wanted(self.day, self.scope(), self.shown_exhibitor(),
                      tuple(self.reasons.items()), self.clock(),
                      self.stack.currentWidget() is self.now_view)

    def refresh(self) -> None:
        """Read everything again now (after a change made here, a day or filter picked)."""
        self._stale = False
        self.show_snapshot(read_page(self.db, self.wanted()))

    def _live_tick(self) -> None:
        """Every few seconds on screen: read on a worker thread, show here (late meetings,
        check-ins and other laptops' changes appear without freezing the grid)."""
        if self.isVisible() and self.grid.moving is None and self.schedule_task is None:
            wanted = self.wanted()
            self.refresh_in_background(lambda: read_page(self.db, wanted),
                                       self._show_live)

    def _show_live(self, snapshot: object) -> None:
        if not isinstance(snapshot, Snapshot) or self.grid.moving is not None:
            return
        asked, now = snapshot.wanted, self.wanted()
        if (asked.day, asked.exhibitor, asked.reasons) == (now.day, now.exhibitor,
                                                          now.reasons):
            self.show_snapshot(snapshot)  # nothing was picked meanwhile

    def show_snapshot(self, snap: Snapshot) -> None:
        if not snap.has_event:
            self.say(self.tr("No event yet: create one first."), "info")
            return
        self.day = snap.day
        self.toolbar.set_days(snap.days, snap.day)
        scope = snap.wanted.scope
        self.side.set_exhibitors(None if scope is not None else snap.choices,
                                 self.chosen_exhibitor)
        self.now_view.set_scope(scope, snap.tables)
        reset = False
        if self.grid.moving is None:
            reset = snap.grid.shape() != self.model.grid.shape()
            self.model.set_grid(snap.grid, snap.wanted.now)
        self.side.set_requests(snap.requests)
        if reset:
            self._scroll_to_now()
        if not snap.days:
            self.say(self.tr("No meeting sessions yet: add them with “booth meetings "
                             "sessions add” (date, start, end, slot minutes)."), "info")
        elif self.model.grid.off_grid:
            self.say(self.tr("⚠ {0} meetings start between slots (a session was changed): "
                             "see “booth meetings list”.").format(self.model.grid.off_grid),
                     "bad")
        if self.grid.moving is None:
            self._show_selected(self.grid.current_meeting())
        if snap.floor is not None:
            self.now_view.show_floor(snap.floor)

    def now_column(self) -> int:
        """The slot running now or next on the day shown (0 on another day)."""
        now = self.clock()
        slots = self.model.grid.slots
        return next((c for c, slot in enumerate(slots) if slot.end > now), 0) \
            if slots and slots[0].start <= now else 0

    def _scroll_to_now(self) -> None:
        """A day opens at the slot running now, with the one before it in view."""
        bar = self.grid.horizontalScrollBar()
        bar.setValue(max(0, self.now_column() - 1) * CELL_WIDTH)

    def _day_picked(self, day: date) -> None:
        if day != self.day:
            self.grid.cancel_move()
            self.day = day
            self.refresh()

    def _pick_exhibitor(self, exhibitor_id: object) -> None:
        if self.scope() is not None:
            return  # booth staff have no picker; never widen their view
        self.chosen_exhibitor = str(exhibitor_id) if exhibitor_id else None
        self.grid.cancel_move()
        self.refresh()

    def _filter_buyer(self, text: str) -> None:
        self.model.set_buyer_filter(text)
        self.refresh()

    # -- the selected meeting -------------------------------------------------------------

    def selected(self) -> CellMeeting | None:
        return self.grid.current_meeting()

    def _show_selected(self, meeting: object) -> None:
        self.selection.show_meeting(meeting if isinstance(meeting, CellMeeting) else None,
                                    self.clock(), moving=self.grid.moving is not None)
        staff = self.scope() is not None
        self.selection.buyer_agenda.setEnabled(self.selection.buyer_agenda.isEnabled()
                                               and not staff)

    def _show_target(self, target: MoveTarget | None) -> None:
        if target is None:
            if self.message.tone in ("move_bad", "move_good"):
                self.say("", "")
            return
        tone = {"conflict": "bad", "free": "good"}.get(target.verdict, "info")
        prefix = "✖ " if target.verdict == "conflict" else ""
        self.say(prefix + target.message, tone)
        self.message.tone = "move_" + tone

    def _coordinator_only(self) -> bool:
        """Moves, locks and cancellations are a coordinator's (access/guard.py): booth
        staff see their own meetings and record outcomes, and are told whom to ask."""
        if self.scope() is None:
            return True
        self.say(self.tr("Moving, locking and cancelling meetings needs a coordinator: "
                         "ask one, or sign in as one (Ctrl+L)."), "info")
        return False

    def _start_move(self) -> None:
        if not self._coordinator_only():
            return
        self.grid.setFocus()
        self.grid.start_move()

    def _after_change(self, meeting_id: str) -> None:
        self.refresh()
        self.grid.select_meeting(meeting_id)
        self.grid.setFocus()

    def say(self, text: str, tone: str) -> None:
        self.message.say(text, tone)

    def toggle_lock(self) -> None:
        meeting = self.selected()
        if meeting is not None and self.grid.moving is None and self._coordinator_only():
            self.editor.toggle_lock(meeting)

    def cancel_meeting(self) -> None:
        meeting = self.selected()
        if meeting is None or self.grid.moving is not None or not self._coordinator_only():
            return
        if ask_cancel(self, meeting):
            self.editor.cancel(meeting)

    def record_outcome(self, result: str) -> None:
        meeting = self.selected()
        if meeting is not None:
            self.editor.record(meeting, result, self.clock())

    # -- schedule -------------------------------------------------------------------------

    def schedule(self) -> None:
        if self.schedule_task is not None or self.scope() is not None:
            return
        self.grid.cancel_move()
        self.schedule_button.setEnabled(False)
        self.say(self.tr("Scheduling…"), "info")
        self.schedule_task = run_task(self, lambda progress: run_schedule(self.db, progress),
                                      self._scheduled, self._schedule_failed,
                                      title=self.tr("Scheduling meetings…"))

    def _scheduled(self, run: ScheduleRun) -> None:
        self.schedule_task = None
        self.schedule_button.setEnabled(self.scope() is None)
        self.reasons = run.reasons
        text = summary(run)
        self.side.show_summary(text)
        self.say("✔ " + text.splitlines()[0], "good")
        announce(self, text.splitlines()[0])
        self.refresh()
        self.schedule_finished.emit(run)

    def _schedule_failed(self, exc: BaseException) -> None:
        self.schedule_task = None
        self.schedule_button.setEnabled(self.scope() is None)
        if isinstance(exc, Cancelled):
            self.say(self.tr("Schedule cancelled: nothing changed."), "info")
        elif isinstance(exc, BoothError):
            self.say(self.tr("✖ Not scheduled: {0}").format(error_text(exc)), "bad")
        else:
            log.error("scheduling failed", exc_info=(type(exc), exc, exc.__traceback__))
            self.say(self.tr("✖ Scheduling failed: {0}. Nothing changed.").format(
                error_text(exc)), "bad")
        self.schedule_finished.emit(exc)

    # -- agendas ----------------------------------------------------------------------------

    def print_agenda(self, whose: str) -> None:
        from booth_app.ui.meetings.agenda_print import print_agenda

        meeting = self.selected()
        if meeting is None:
            return
        if whose == "buyer" and self.scope() is None:
            self.agenda_task = print_agenda(self, self.db, meeting.buyer_name,
                                            buyer_id=meeting.buyer_id,
                                            staff_id=self._staff_id())
        elif whose == "exhibitor":
            self.agenda_task = print_agenda(self, self.db, meeting.exhibitor_code,
                                            exhibitor_id=meeting.exhibitor_id,
                                            staff_id=self._staff_id())

    def print_master_grid(self) -> None:
        from booth_app.ui.meetings.agenda_print import print_agenda

        if self.scope() is None:
            self.agenda_task = print_agenda(self, self.db, "grid", grid=True,
                                            staff_id=self._staff_id())

    # -- views ------------------------------------------------------------------------------

    def show_view(self, number: int) -> None:
        self.grid.cancel_move()
        self.stack.setCurrentIndex(number)
        for widget in (self.selection, self.side, self.message, self.days):
            widget.setVisible(number == 0)  # the floor screen is about now, not a day
        self.toolbar.view_group.button(number).setChecked(True)
        if number == 1:
            self.now_view.refresh()
            self.now_view.scan_field.setFocus()
        else:
            self.refresh()
            self.grid.setFocus()

    def toggle_full_screen(self) -> None:
        full = toggle_full_screen(self)
        self.now_view.full_button.setText(
            self.tr("Leave full screen (F11)") if full else self.tr("Full screen (F11)"))

    def focus_main(self) -> None:
        if self.stack.currentWidget() is self.now_view:
            self.now_view.scan_field.setFocus()
        else:
            self.grid.setFocus()
            if not self.grid.currentIndex().isValid() and self.model.rowCount():
                self.grid.select_cell(0, self.now_column())

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.refresh()
        self.live_timer.start()
        QTimer.singleShot(0, self.focus_main)

    def hideEvent(self, event: object) -> None:
        self.live_timer.stop()
        super().hideEvent(event)  # type: ignore[arg-type]
