"""Check-in: the station at the pavilion door.

One field, always ready: a scanner burst checks in, typing searches (arrow keys and
Enter check in the highlighted visitor). Each scan is decided and committed by
core.checkin.rules before the card shows it, so what the card called accepted is on disk.
Beside the card: the point and the entry/exit switch, live counts, check-ins per hour
and the last ten scans. F11 goes full screen for an unattended entrance; the camera
button opens a webcam preview where a camera is present.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from booth_app.core.badges.bands import band_for
from booth_app.core.checkin.rules import ScanResult, check_in
from booth_app.core.errors import BoothError
from booth_app.core.events import require_event
from booth_app.core.figures import PavilionStats, ScanRow, pavilion_stats, recent_checkins
from booth_app.core.visitors.search import search_visitors
from booth_app.storage.database import Database
from booth_app.storage.models import CheckinPoint, Event, Visitor
from booth_app.ui.checkin.live_counts import RECENT, LiveCounts
from booth_app.ui.checkin.point_switch import PointSwitch
from booth_app.ui.checkin.result_card import ResultCard, ScanView
from booth_app.ui.checkin.scan_field import ScanField
from booth_app.ui.checkin.scan_words import band_word, scan_message
from booth_app.ui.checkin.sounds import ACCEPTED, REFUSED, Sounds
from booth_app.ui.errors import show_error
from booth_app.ui.language import country_name, error_text, time_short
from booth_app.ui.page import Page
from booth_app.ui.widgets import status_text, toggle_full_screen

log = logging.getLogger(__name__)

MATCHES = 8
REFRESH_AFTER_SCAN_MS = 400


class CheckinPage(Page):
    live = True
    result_shown = Signal(str)  # status, once the card shows a committed scan

    def __init__(self, db: Database) -> None:
        super().__init__(db, self.tr("Check-in"))
        self.header.hide()  # the card needs the height at 1366x768; the sidebar says where
        self.sounds = Sounds(self)
        self.zone = ZoneInfo("UTC")
        self.last_latency_ms: float | None = None
        self.scans_shown = 0  # a refresh read before the latest scan is stale
        self.camera_panel: QWidget | None = None

        top = QHBoxLayout()
        self.scan_field = ScanField()
        self.scan_field.setObjectName("scanField")
        self.scan_field.setPlaceholderText(
            self.tr("Scan a badge, or type a name, company, email or code"))
        top.addWidget(self.scan_field, 1)
        self.camera_button = QPushButton(self.tr("Camera"))
        self.camera_button.setCheckable(True)
        self.camera_button.setToolTip(self.tr("Scan badges with the laptop's camera"))
        self.full_button = QPushButton(self.tr("Full screen (F11)"))
        for button in (self.camera_button, self.full_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            top.addWidget(button)
        self.layout_.addLayout(top)

        self.matches = QListWidget()
        self.matches.setObjectName("scanMatches")
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches.setMaximumHeight(6 * 30)
        self.matches.hide()
        self.layout_.addWidget(self.matches)

        body = QHBoxLayout()
        body.setSpacing(16)
        self.card = ResultCard()
        body.addWidget(self.card, 1)
        body.addWidget(self._side_column())
        self.layout_.addLayout(body, 1)

        self.scan_field.scanned.connect(self.handle_scan)
        self.scan_field.search.connect(self.search)
        self.scan_field.submitted.connect(self.check_in_selected)
        self.scan_field.navigate.connect(self.move_selection)
        self.matches.itemActivated.connect(lambda item: self.check_in_item(item))
        self.matches.itemClicked.connect(lambda item: self.check_in_item(item))
        self.card.register_clicked.connect(self.register_from_scan)
        self.camera_button.toggled.connect(self.toggle_camera)
        self.full_button.clicked.connect(self.toggle_full_screen)
        full = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        full.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        full.activated.connect(self.toggle_full_screen)
        self.refresh_soon = QTimer(self)
        self.refresh_soon.setSingleShot(True)
        self.refresh_soon.timeout.connect(self.refresh)
        self.load_points()

    # -- layout ---------------------------------------------------------------------------
    def _side_column(self) -> QWidget:
        column = QWidget()
        column.setFixedWidth(340)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.point_switch = PointSwitch()
        self.point_switch.picked.connect(self.changed)
        self.point_switch.shown.connect(self._show_mode)
        self.point_switch.switched.connect(self.card.show_ready)
        layout.addWidget(self.point_switch)
        self.live_counts = LiveCounts()
        layout.addWidget(self.live_counts, 1)
        self.side_layout = layout
        return column

    # -- points and mode ------------------------------------------------------------------
    def load_points(self) -> None:
        with self.db.reader() as session:
            event = session.scalars(select(Event).where(Event.deleted.is_(False))).first()
            if event is None:
                return
            self.zone = ZoneInfo(event.timezone)
            rows = session.scalars(select(CheckinPoint).where(
                CheckinPoint.event_id == event.id, CheckinPoint.deleted.is_(False))
                .order_by(CheckinPoint.created_at))
            points = [{"name": p.name, "track_exit": p.track_exit,
                       "print_on_checkin": p.print_on_checkin,
                       "allow_reentry": p.allow_reentry} for p in rows]
        self.point_switch.set_points(points)

    def _show_mode(self) -> None:
        self.card.ready_text = self.point_switch.ready_text
        if self.card.view is None:
            self.card.show_ready()

    # -- scanning -------------------------------------------------------------------------
    def handle_scan(self, raw: str) -> ScanResult | None:
        """Decide and commit one scan, then show it (the card never runs ahead of disk)."""
        started = time.perf_counter()
        point = self.point_switch.point
        if point is None:
            self.card.show_result(ScanView("unknown", self.tr("NO CHECK-IN POINT"),
                                           self.tr("Add a check-in point first.")))
            self.sounds.play(REFUSED)
            return None
        try:
            with self.db.session() as session:  # commits (synchronous=FULL) on leaving
                result = check_in(session, raw, point_name=point["name"],
                                  direction=self.point_switch.direction)
                view = self.view_of(session, result, raw)
                visitor_id = result.visitor.id if result.visitor is not None else None
        except BoothError as exc:
            self.card.show_result(ScanView("invalid", self.tr("NOT CHECKED IN"), error_text(exc)))
            self.sounds.play(REFUSED)
            return None
        except Exception as exc:  # the door must keep working: say it, log it
            log.exception("check-in failed")
            said = self.tr("The scan was not saved: {0}").format(error_text(exc))
            self.card.show_result(ScanView("invalid", self.tr("NOT SAVED"), said))
            self.sounds.play(REFUSED)
            return None
        if self.scan_field.text():
            self.scan_field.clear()  # a name typed to find this visitor
        self.matches.hide()
        self.card.show_result(view)
        good = result.status in ("admitted", "reentry", "exit") or (
            result.status == "duplicate" and not result.recorded)
        self.sounds.play(ACCEPTED if good else REFUSED)
        self.scans_shown += 1
        self._add_recent(datetime.now(UTC), view)
        self.last_latency_ms = (time.perf_counter() - started) * 1000
        self.result_shown.emit(result.status)
        self.refresh_soon.start(REFRESH_AFTER_SCAN_MS)
        if result.status == "admitted" and point["print_on_checkin"] and visitor_id:
            self._print_badge(visitor_id)
        return result

    def view_of(self, session: Any, result: ScanResult, raw: str) -> ScanView:
        visitor = result.visitor
        headline = self.headline(result)
        view = ScanView(result.status, headline, scan_message(result.message))
        if visitor is not None:
            view.name = visitor.name
            view.organization = visitor.organization or ""
            view.country = country_name(visitor.country) if visitor.country else ""
            word, view.band_color = band_for(visitor.category)
            view.band_word = band_word(word)
            view.visitor_id = visitor.id
        elif result.status == "unknown":
            foreign = result.extra.get("foreign")
            if foreign:
                view.prefill = dict(foreign)
                view.name = view.prefill.get("name", "")
                view.organization = view.prefill.get("organization", "")
                view.offer_register = True
                view.register_label = self.tr("Register and print badge")
                view.message = self.tr("An organiser's badge: register this visitor from it.")
            elif not result.recorded:  # garbage, or a code nobody has: a walk-in
                view.offer_register = True
                view.register_label = self.tr("Register walk-in and print badge")
        return view

    def headline(self, result: ScanResult) -> str:
        status = result.status
        if status == "duplicate":
            if result.recorded and result.message.startswith("No re-entry"):
                return self.tr("NO RE-ENTRY")
            if result.recorded and result.since is not None:
                since = result.since.astimezone(self.zone)
                return self.tr("ALREADY IN since {0} at {1}").format(
                    time_short(since), result.point)
            return self.tr("ALREADY CHECKED IN")
        if status == "revoked":
            return self.tr("REVOKED - current badge #{0}").format(result.current_version)
        return status_text(status).split(" ", 1)[1]

    def _add_recent(self, moment: datetime, view: ScanView) -> None:
        point = self.point_switch.point
        self.live_counts.add_recent(moment, view.status, view.name,
                                    point["name"] if point else "", self.zone)

    def _print_badge(self, visitor_id: str) -> None:
        from booth_app.ui.printing import print_badges

        print_badges(self, self.db, [visitor_id])

    # -- manual check-in ------------------------------------------------------------------
    def search(self, text: str) -> None:
        text = text.strip()
        if len(text) < 2:
            self.matches.clear()
            self.matches.hide()
            return
        with self.db.reader() as session:
            found = search_visitors(session, text, limit=MATCHES)
            rows = [(v.code, v.name, v.organization or "", v.country or "") for v in found]
        self.matches.clear()
        for code, name, organization, country in rows:
            parts = [name, organization, country, f"{code[:4]}-{code[4:]}"]
            item = QListWidgetItem("   ·   ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.matches.addItem(item)
        if not rows:
            item = QListWidgetItem(self.tr("No visitor matches “{0}”.").format(text))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.matches.addItem(item)
        self.matches.setCurrentRow(0 if rows else -1)
        self.matches.show()

    def check_in_selected(self, _text: str = "") -> None:
        item = self.matches.currentItem() if self.matches.isVisible() else None
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.check_in_item(item)

    def check_in_item(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        if code:
            self.handle_scan(str(code))

    def move_selection(self, step: int) -> None:
        if self.matches.isVisible():
            row = self.matches.currentRow() + step
            if 0 <= row < self.matches.count():
                self.matches.setCurrentRow(row)

    # -- registering from a scan ----------------------------------------------------------
    def register_from_scan(self, view: ScanView | None) -> None:
        from booth_app.ui.checkin.register_from_scan import RegisterFromScanDialog

        if view is None:
            return
        prefill = dict(view.prefill)
        source = "foreign-badge" if prefill else "walkin"
        intro = (self.tr("Filled from the organiser's badge. Check the details, then "
                         "register: the badge prints and the visitor is checked in.")
                 if prefill else self.tr("Register the visitor: the badge prints and the "
                                         "visitor is checked in."))
        self.scan_field.set_keep_focus(False)
        try:
            dialog = RegisterFromScanDialog(self.db, prefill, source, self, intro=intro)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.scan_field.set_keep_focus(self.isVisible())
            self.scan_field.setFocus()
        if not accepted or dialog.visitor_id is None:
            return
        with self.db.reader() as session:
            visitor = session.get(Visitor, dialog.visitor_id)
            code = visitor.code if visitor is not None else None
        self._print_badge(dialog.visitor_id)
        if code:
            self.handle_scan(code)

    # -- camera and full screen -----------------------------------------------------------
    def toggle_camera(self, on: bool) -> None:
        if on and self.camera_panel is None:
            try:
                from booth_app.ui.checkin.camera_panel import CameraPanel

                panel = CameraPanel()
                panel.scanned.connect(self.handle_scan)
                self.camera_panel = panel
                self.side_layout.insertWidget(0, panel)
            except Exception as exc:  # no multimedia: keyboard scanning goes on
                log.warning("camera unavailable: %s", exc)
                show_error(self, BoothError(self.tr(
                    "The camera cannot be used on this laptop ({0}). Keyboard and USB "
                    "scanners still work.").format(error_text(exc))))
                self.camera_button.setChecked(False)
                return
        if self.camera_panel is not None:
            self.camera_panel.setVisible(on)
            self.live_counts.hours.setVisible(not on)
            if hasattr(self.camera_panel, "set_active"):
                self.camera_panel.set_active(on)
        self.scan_field.setFocus()

    def toggle_full_screen(self) -> None:
        full = toggle_full_screen(self)
        self.full_button.setText(self.tr("Leave full screen (F11)") if full
                                 else self.tr("Full screen (F11)"))
        self.scan_field.setFocus()

    # -- page life ------------------------------------------------------------------------
    def focus_main(self) -> None:
        self.scan_field.setFocus()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.scan_field.set_keep_focus(True)
        self.scan_field.setFocus()

    def hideEvent(self, event: Any) -> None:
        self.scan_field.set_keep_focus(False)
        if self.camera_button.isChecked():
            self.camera_button.setChecked(False)
        super().hideEvent(event)

    def refresh(self) -> None:
        self.load_points()
        with self.db.reader() as session:
            try:
                event = require_event(session)
            except BoothError:
                return

        seen = self.scans_shown

        def work() -> tuple[PavilionStats, list[ScanRow]]:
            with self.db.reader() as session:
                return pavilion_stats(session, event), recent_checkins(session, RECENT)

        def show(result: tuple[PavilionStats, list[ScanRow]]) -> None:
            if seen != self.scans_shown:  # read before the latest scan: read again
                self.refresh_soon.start(REFRESH_AFTER_SCAN_MS)
            else:
                self.live_counts.show_counts(*result, self.zone)

        self.refresh_in_background(work, show)  # type: ignore[arg-type]
