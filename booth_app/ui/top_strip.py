"""The strip above the pages: the event, its local time, this laptop's station, who is
signed in, and the sync pill (saved locally, synced, syncing, offline, damaged).

The main window builds one with its content (again on a language switch), keeps its
labels as top_event, top_clock, top_station, top_staff and sync_pill, and calls
refresh() when the time, the person or the page changes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from booth_app.storage.models import Event
from booth_app.ui import settings
from booth_app.ui.access.session import SignedIn
from booth_app.ui.language import date_time_short, ltr

SYNC_COLOURS = {"offline": "background:#fff4d6;color:#5c4300;border-color:#f2a900;",
                "syncing": "background:#e6effa;color:#17324d;border-color:#9db8d9;"}
DAMAGED_COLOURS = "background:#fde8e8;color:#9b1c1c;border-color:#f3a6a6;"


class TopStrip(QFrame):
    """Event · clock · station · who is signed in · sync pill; a click on the pill is
    sync_pill.clicked (the window opens the laptops and sync dialog)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topStrip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.event_label = QLabel()
        self.event_label.setObjectName("topEvent")
        self.clock = QLabel()
        self.clock.setObjectName("topClock")
        self.station = QLabel()
        self.station.setObjectName("topStation")
        self.staff = QLabel(self.tr("Not signed in"))
        self.staff.setObjectName("topStaff")
        from booth_app.ui.sync.status_panel import SyncPill

        self.sync_pill = SyncPill(self.tr("✔ Saved locally"))
        self.sync_pill.setObjectName("syncPill")
        self.sync_pill.setToolTip(self.tr("Every change is written to this laptop's disk. "
                                          "Click for every laptop's sync."))
        self.event_label.setMinimumWidth(120)
        layout.addWidget(self.event_label, 1)
        for label in (self.clock, self.station, self.staff, self.sync_pill):
            layout.addSpacing(12)
            layout.addWidget(label)

    def staff_text(self, who: SignedIn | None) -> str:
        if who is None:
            return self.tr("Not signed in")
        if who.is_coordinator:
            return self.tr("Signed in: {0} · Coordinator").format(who.name)
        return self.tr("Signed in: {0} · Booth {1} ({2})").format(
            who.name, ltr(who.booth or "–"), ltr(who.exhibitor_code or ""))  # S1-A10

    def refresh(self, event: Event | None, who: SignedIn | None) -> None:
        """Who is signed in, the event and its local time, this laptop's station."""
        staff = self.staff_text(who)
        if staff != self.staff.text():
            self.staff.setText(staff)
            self.layout().activate()  # the event name gets what is left
        if event is None:
            self.event_label.setText(self.tr("No event"))
            self.clock.clear()
        else:
            local = datetime.now(UTC).astimezone(ZoneInfo(event.timezone))
            offset = local.strftime("%z")
            title = f"{event.pavilion} · {event.name}" if event.pavilion else event.name
            self.event_label.setToolTip(title)
            # The room left beside the clock, station and who is signed in.
            room = self.event_label.width() if self.event_label.isVisible() else 320
            self.event_label.setText(self.event_label.fontMetrics().elidedText(
                title, Qt.TextElideMode.ElideRight, max(room, 100)))
            hours = int(offset[:3])
            minutes = f":{offset[3:]}" if offset[3:] != "00" else ""
            self.clock.setText(self.tr("{0} local time (UTC{1:+d}{2})").format(
                date_time_short(local), hours, minutes))
            self.clock.setToolTip(event.timezone)
        station = settings.CHECKIN_POINT.get() or settings.BOOTH_EXHIBITOR.get()
        self.station.setText(self.tr("Station: {0}").format(station) if station
                             else self.tr("No station set"))

    def show_sync_state(self, kind: str, text: str) -> None:
        """The pill: saved locally, synced, syncing, or offline and waiting."""
        self.sync_pill.setText(text)
        self.sync_pill.setStyleSheet(SYNC_COLOURS.get(kind, ""))
        self.sync_pill.setToolTip(
            self.tr("Every change is written to this laptop's disk first; the hub gets "
                    "them when it can be reached. Click for every laptop's sync.")
            if kind != "local" else
            self.tr("Every change is written to this laptop's disk. Click for every "
                    "laptop's sync."))

    def show_damaged(self) -> None:
        """The pill says the database is damaged (and keeps saying it: see MainWindow)."""
        self.sync_pill.setText(self.tr("⚠ Database damaged"))
        self.sync_pill.setStyleSheet(DAMAGED_COLOURS)
