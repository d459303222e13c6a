"""Laptops and sync: which laptops have synced when, what is still unsent, the hub's last round.

The figures come from core.sync.status, read off the GUI thread; times are shown in the
event's time zone. The dialog opens from the top strip's sync pill and from Settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.events import current_event
from booth_app.core.sync.status import SyncStatus, sync_status
from booth_app.storage.database import Database
from booth_app.storage.ids import utcnow
from booth_app.ui import settings
from booth_app.ui.language import day_month_time, error_text, number, time_short
from booth_app.ui.tasks import run_task


@dataclass(frozen=True)
class _Reading:
    status: SyncStatus
    zone: tzinfo


def read_status(db: Database, hub_url: str) -> _Reading:
    """The status and the zone to show its times in (runs off the GUI thread)."""
    status = sync_status(db, hub_url=hub_url)
    with db.reader() as session:
        event = current_event(session)
    try:
        zone: tzinfo = ZoneInfo(event.timezone) if event is not None else UTC
    except (ZoneInfoNotFoundError, ValueError):
        zone = UTC
    return _Reading(status, zone)


class SyncStatusPanel(QWidget):
    """Three parts: the laptops, what this database has not sent yet, the hub's last round."""

    LAPTOP_COLUMNS = 4
    COL_LAPTOP, COL_ARRIVED, COL_VIA, COL_NEWEST = range(LAPTOP_COLUMNS)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.loading = False
        self.reading: _Reading | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        title = QLabel(self.tr("Laptops in this pavilion"))
        title.setObjectName("sectionTitle")
        title.setStyleSheet("font-weight:600;font-size:15px;")
        self.refresh_button = QPushButton(self.tr("⟳ Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(title, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        self.laptops = QTableWidget(0, self.LAPTOP_COLUMNS)
        self.laptops.setHorizontalHeaderLabels([
            self.tr("Laptop"), self.tr("Its changes last arrived here"), self.tr("By"),
            self.tr("Its newest change here")])
        self._tidy(self.laptops)
        layout.addWidget(self.laptops, 3)

        unsent_title = QLabel(self.tr("Not sent yet from this laptop"))
        unsent_title.setStyleSheet("font-weight:600;font-size:15px;")
        layout.addWidget(unsent_title)
        self.unsent = QTableWidget(0, 3)
        self.unsent.setHorizontalHeaderLabels([
            self.tr("To"), self.tr("Changes waiting"), self.tr("Sent up to the change of")])
        self._tidy(self.unsent)
        layout.addWidget(self.unsent, 2)

        self.hub_line = QLabel()
        self.hub_line.setWordWrap(True)
        self.hub_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.hub_line)

    @staticmethod
    def _tidy(table: QTableWidget) -> None:
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        # A long folder path keeps its start and its end (the folder's own name).
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    # -- reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the status again in the background (a count may scan an index)."""
        if self.loading:
            return
        self.loading = True
        self.refresh_button.setEnabled(False)
        hub_url = settings.HUB_URL.get().strip()
        run_task(None, lambda _progress: read_status(self.db, hub_url), self._show,
                 self._failed)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.hub_line.setText(self.tr("⚠ The sync status cannot be read: {0}").format(
            error_text(exc)))

    def _show(self, reading: _Reading) -> None:
        if not shiboken6.isValid(self):  # closed while reading
            return
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.reading = reading
        self.show_status(reading.status, reading.zone)

    # -- showing ------------------------------------------------------------------------
    def _when(self, value: datetime | None, zone: tzinfo) -> str:
        if value is None:
            return "—"
        local = value.astimezone(zone)
        minutes = int((utcnow() - value).total_seconds() // 60)
        if 0 <= minutes < 1:
            ago = self.tr("just now")
        elif 0 <= minutes < 60:
            ago = self.tr("{0} min ago").format(number(minutes))
        elif 0 <= minutes < 24 * 60:
            ago = self.tr("{0} h ago").format(number(minutes // 60))
        else:
            return day_month_time(local)
        return f"{time_short(local)} ({ago})"

    def show_status(self, status: SyncStatus, zone: tzinfo) -> None:
        self.laptops.setRowCount(len(status.laptops))
        via_words = {"hub": self.tr("⇅ Hub"), "bundle": self.tr("⇄ Bundle")}
        for row, laptop in enumerate(status.laptops):
            name = laptop.name
            if laptop.this:
                name = self.tr("{0} (this laptop)").format(name)
            elif laptop.role == "hub":
                name = self.tr("{0} (the hub)").format(name)
            elif laptop.role:
                name = f"{name} · {laptop.role}"
            if laptop.this:
                arrived = self.tr("writes here")
            elif laptop.reached_at is None:
                arrived = self.tr("nothing received yet")
            else:
                arrived = self._when(laptop.reached_at, zone)
            cells = [name, arrived, via_words.get(laptop.via, "—" if not laptop.this else ""),
                     self._when(laptop.newest_change, zone) if not laptop.this else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(laptop.device_id)
                self.laptops.setItem(row, column, item)

        kinds = {"hub": self.tr("Hub {0}"), "bundle": self.tr("Bundles to {0}"),
                 "laptop": self.tr("Laptop {0} (to pull)"), "other": self.tr("Elsewhere {0}")}
        self.unsent.setRowCount(len(status.outboxes))
        for row, box in enumerate(status.outboxes):
            waiting = (self.tr("✔ none") if box.unsent == 0 else
                       self.tr("⚠ {0}").format(number(box.unsent)))
            sent = (self._when(box.sent_until, zone) if box.sent_until is not None
                    else self.tr("nothing sent yet"))
            for column, text in enumerate((kinds.get(box.kind, "{0}").format(box.destination),
                                           waiting, sent)):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(box.destination)  # a long folder path, whole
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.unsent.setItem(row, column, item)
        if not status.outboxes:
            self.unsent.setRowCount(1)
            self.unsent.setItem(0, 0, QTableWidgetItem(
                self.tr("Nothing sent yet: no hub round and no bundle export")))

        last = status.hub_round
        if last is None:
            self.hub_line.setText(self.tr("Hub: no round yet (set a hub address in Settings)."))
        elif last.ok:
            moved = (self.tr("sent {0}, took {1}").format(number(last.pushed),
                                                          number(last.pulled))
                     if last.pushed or last.pulled else self.tr("nothing new either way"))
            self.hub_line.setText(self.tr("✔ Hub: last round {0}, {1}.").format(
                self._when(last.at, zone), moved))
        else:
            self.hub_line.setText(self.tr("⚠ Hub: last round {0} failed: {1}").format(
                self._when(last.at, zone), last.error))
        self.hub_line.setToolTip(last.hub if last is not None else "")


class SyncPill(QLabel):
    """The top strip's sync state; a click opens the laptops and sync dialog."""

    clicked = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class SyncStatusDialog(QDialog):
    """The panel in a dialog (from the sync pill or Settings); reads itself when shown."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Laptops and sync"))
        self.panel = SyncStatusPanel(db, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(860, 520)  # fits a 1366x768 screen with the window's frame
        self.panel.refresh()
        # The window's hub sync (ui.sync.hub): read again after each round that moved
        # something or changed the state, so the dialog follows the pavilion live.
        hub_sync = getattr(parent, "hub_sync", None)
        if hub_sync is not None and hasattr(hub_sync, "round_done"):
            hub_sync.round_done.connect(self.panel.refresh)


def open_sync_status(db: Database, parent: QWidget | None) -> SyncStatusDialog:
    """Show the dialog (not modal: the door keeps scanning behind it)."""
    dialog = SyncStatusDialog(db, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
