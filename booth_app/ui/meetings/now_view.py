"""The "Now" view, for a big screen on the floor and the scanner at a table.

On top the scan field ("Scan a buyer's badge") with the table it serves; a scan checks
the buyer in through the core (check_in_at_table) and the answer shows big: icon and
word on its colour, the buyer's name, where and when. Below, the slot running now
with who is late at which table (no check-in 5 minutes after the start), and the next
slot. The answer goes back to "Ready" after a few seconds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.errors import BoothError
from booth_app.core.events import require_event
from booth_app.core.meetings.table_checkin import check_in_at_table, mark_no_shows
from booth_app.core.meetings.times import hhmm
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor
from booth_app.ui.checkin.scan_field import ScanField
from booth_app.ui.language import error_text
from booth_app.ui.meetings.floor_now import FloorNow, floor_now
from booth_app.ui.meetings.words import CHECKIN_STYLE, checkin_headline, isolate

log = logging.getLogger(__name__)
HOLD_MS = 8000


# Sizes for a screen read from a few metres (the application's style sheet sets 11pt on
# every widget, which a widget's own font cannot override: a style sheet can).
SIZES = """
#nowTable { font-size: 13pt; }
#answerHeadline { font-size: 26pt; font-weight: 700; }
#answerName { font-size: 24pt; font-weight: 700; }
#answerMessage { font-size: 15pt; }
#nowTitle { font-size: 16pt; font-weight: 600; color: #17324d; }
#nowList { font-size: 15pt; }
"""


class FloorTable(QTableWidget):
    """Rows of a few columns read from afar: a cell per field (a name in another script
    stays in its own cell, in its own direction), cut with "…" rather than wrapped."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("nowList")
        self._shown: tuple[list[str], list[list[str]], str] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setHighlightSections(False)

    def set_rows(self, headers: list[str], rows: list[list[str]], *, empty: str = "",
                 wide_last: bool = True) -> None:
        if (headers, rows, empty) == self._shown:
            return  # read again every few seconds: unchanged rows keep the scroll
        self._shown = (headers, rows, empty)
        self.clear()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        if not rows and empty:
            rows = [[empty] + [""] * (len(headers) - 1)]
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(r, c, item)
        # The table column fits its text; the buyer gets the room (shared with the
        # organisation when that column is there).
        modes = [QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                 QHeaderView.ResizeMode.Stretch if wide_last
                 else QHeaderView.ResizeMode.ResizeToContents]
        for column, mode in enumerate(modes[:len(headers)]):
            self.horizontalHeader().setSectionResizeMode(column, mode)


class NowView(QWidget):
    checked_in = Signal(str)  # the scan's status, once the answer shows
    changed = Signal()  # meetings changed here (a check-in, no-shows marked)

    def __init__(self, db: Database, clock: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.clock = db, clock
        self.scope: str | None = None  # booth staff: their own table only
        self._tables: tuple[str | None, list[tuple[str, str]]] | None = None
        self.last_status = ""
        self.setStyleSheet(SIZES)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        top = QHBoxLayout()
        self.table = QComboBox()
        self.table.setAccessibleName(self.tr("Table"))
        self.table.setMinimumWidth(200)
        self.table.setObjectName("nowTable")
        top.addWidget(self.table)
        self.scan_field = ScanField()
        self.scan_field.setPlaceholderText(self.tr("Scan a buyer's badge at the table"))
        top.addWidget(self.scan_field, 1)
        self.no_show_button = QPushButton(self.tr("Mark no-shows"))
        self.no_show_button.setToolTip(self.tr(
            "Meetings whose slot has ended with nobody checked in become no-shows"))
        self.full_button = QPushButton(self.tr("Full screen (F11)"))
        for button in (self.no_show_button, self.full_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            top.addWidget(button)
        layout.addLayout(top)

        self.answer = QFrame()
        self.answer.setObjectName("tableAnswer")
        answer_layout = QVBoxLayout(self.answer)
        answer_layout.setContentsMargins(18, 10, 18, 12)
        self.headline = QLabel()
        self.headline.setObjectName("answerHeadline")
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setObjectName("answerName")
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setObjectName("answerMessage")
        for label in (self.headline, self.name, self.message):
            answer_layout.addWidget(label)
        layout.addWidget(self.answer)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        self.now_title, self.late_list = self._column(columns)
        self.next_title, self.next_list = self._column(columns)
        layout.addLayout(columns, 1)

        self.scan_field.scanned.connect(self.handle_scan)
        self.scan_field.submitted.connect(self.handle_scan)
        self.no_show_button.clicked.connect(self.mark_no_shows)
        self._ready = QTimer(self, singleShot=True, interval=HOLD_MS)
        self._ready.timeout.connect(self.show_ready)
        self.show_ready()

    def _column(self, row: QHBoxLayout) -> tuple[QLabel, FloorTable]:
        box = QVBoxLayout()
        title = QLabel()
        title.setWordWrap(True)
        title.setObjectName("nowTitle")
        listing = FloorTable()
        box.addWidget(title)
        box.addWidget(listing, 1)
        row.addLayout(box, 1)
        return title, listing

    # -- who may scan for which table ---------------------------------------------------

    def set_scope(self, scope: str | None, tables: list[tuple[str, str]]) -> None:
        """Booth staff scan at their own table; the desk picks one (or any table)."""
        if (scope, tables) == self._tables:
            return  # unchanged: an open drop-down stays open
        self._tables = (scope, tables)
        self.scope = scope
        chosen = self.table.currentData()
        self.table.blockSignals(True)
        self.table.clear()
        if scope is None:
            self.table.addItem(self.tr("Any table"), None)
        for exhibitor_id, label in tables:
            if scope is None or exhibitor_id == scope:
                self.table.addItem(label, exhibitor_id)
        at = self.table.findData(chosen) if chosen else -1
        self.table.setCurrentIndex(max(at, 0))
        self.table.setEnabled(scope is None)
        self.table.blockSignals(False)
        self.no_show_button.setVisible(scope is None)

    # -- the floor now --------------------------------------------------------------------

    def refresh(self) -> FloorNow | None:
        now = self.clock()
        with self.db.reader() as session:
            event = require_event(session)
            floor = floor_now(session, event, now, self.scope)
        self.show_floor(floor)
        return floor

    def show_floor(self, floor: FloorNow) -> None:
        table, buyer, org = self.tr("Table"), self.tr("Buyer"), self.tr("Organisation")
        if floor.current is None:
            self.now_title.setText(self.tr("No meeting slot now"))
            self.late_list.set_rows([table, buyer, org], [])
        else:
            self.now_title.setText(self.tr(
                "Now {0} · {1} of {2} checked in\nLate (no check-in 5 min after the start):")
                .format(floor.current_label, floor.checked_in, len(floor.meetings)))
            self.late_list.set_rows([table, buyer, self.tr("Late")], [
                [f"⚠ {m.table} · {m.exhibitor_code}", m.buyer_name,
                 self.tr("{0} min").format(minutes)] for m, minutes in floor.late],
                empty=self.tr("✔ Nobody is late."), wide_last=False)
        if floor.upcoming is None:
            self.next_title.setText(self.tr("No more slots"))
            self.next_list.set_rows([table, buyer, org], [])
            return
        self.next_title.setText(self.tr("Next {0} · {1} meetings\nAt which table:").format(
            floor.upcoming_label, len(floor.next_meetings)))
        self.next_list.set_rows([table, buyer, org], [
            [f"{m.table} · {m.exhibitor_code}", m.buyer_name, m.organization or "–"]
            for m in floor.next_meetings])

    # -- a scan at the table ------------------------------------------------------------

    def handle_scan(self, raw: str) -> str | None:
        """Check the buyer in at the chosen table (any table for the desk)."""
        exhibitor_id = self.scope or self.table.currentData()
        now = self.clock()
        try:
            with self.db.session() as session:
                event = require_event(session)
                exhibitor = session.get(Exhibitor, exhibitor_id) if exhibitor_id else None
                result = check_in_at_table(session, raw, exhibitor=exhibitor, now=now)
                name = result.visitor.name if result.visitor is not None else ""
                org = result.visitor.organization or "" if result.visitor is not None else ""
                where = ""
                if result.meeting is not None:
                    ex = session.get(Exhibitor, result.meeting.exhibitor_id)
                    where = self.tr("Table {0} · {1} — {2}").format(
                        result.meeting.table_name, ex.code if ex else "",
                        hhmm(event, result.meeting.starts_at))
        except BoothError as exc:
            self.show_answer("unknown", "", error_text(exc))
            return None
        except Exception as exc:  # the table must keep working: say it, log it
            log.exception("table check-in failed")
            said = self.tr("The scan was not saved: {0}").format(error_text(exc))
            self.show_answer("unknown", "", said)
            return None
        finally:
            self.scan_field.clear()
        detail = "\n".join(part for part in (where, result.message) if part)
        self.show_answer(result.status, f"{isolate(name)} — {isolate(org)}" if org else name,
                         detail)
        self.refresh()
        self.checked_in.emit(result.status)
        self.changed.emit()
        return result.status

    def show_answer(self, status: str, name: str, message: str) -> None:
        self.last_status = status
        _icon, background, ink = CHECKIN_STYLE.get(status, CHECKIN_STYLE["unknown"])
        self.answer.setStyleSheet(f"#tableAnswer {{ background: {background}; "
                                  f"border-radius: 12px; }} #tableAnswer QLabel "
                                  f"{{ color: {ink}; }}")
        self.headline.setText(checkin_headline(status))
        self.name.setText(name)
        self.name.setVisible(bool(name))
        self.message.setText(message)
        self._ready.start()

    def show_ready(self) -> None:
        self.last_status = ""
        _icon, background, ink = CHECKIN_STYLE["ready"]
        self.answer.setStyleSheet(f"#tableAnswer {{ background: {background}; "
                                  f"border-radius: 12px; }} #tableAnswer QLabel "
                                  f"{{ color: {ink}; }}")
        self.headline.setText(self.tr("Ready"))
        self.name.hide()
        self.message.setText(self.tr("Scan the buyer's badge when they sit down at the "
                                     "table: on time, late or at the wrong table shows here."))

    def mark_no_shows(self) -> int:
        if self.scope is not None:
            return 0  # the desk's action: it marks every table
        with self.db.session() as session:
            missed = len(mark_no_shows(session, now=self.clock()))
        self.show_answer("early", "", self.tr("{0} meetings marked no-show.").format(missed))
        self.headline.setText(self.tr("✖ NO-SHOWS MARKED"))
        self.refresh()
        self.changed.emit()
        return missed

