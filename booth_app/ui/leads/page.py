"""Leads at a booth: sign in, scan a badge, qualify the lead, see the booth's list.

Nobody signed in: a panel asks to sign in (Ctrl+L). Signed in at a booth: a scan
field on top (a scanner burst captures a lead for this booth's manufacturer; typing
searches visitors, arrows and Enter capture one by hand), the lead card after a
capture, and the booth's lead list beside it. Every read goes through the window's
StaffSession scope, so booth staff only ever see their own manufacturer's leads; a
coordinator picks the manufacturer (or all of them) above the list.

The capture itself is committed as the card opens (a scan is a lead even when nobody
qualifies it); the card's form is saved with Ctrl+Enter, and the focus goes back to
the scan field for the next visitor.
"""

from __future__ import annotations

import logging
import time
from datetime import tzinfo
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedWidget

from booth_app.core.errors import BoothError
from booth_app.core.exhibitors.manufacturers import list_exhibitors
from booth_app.core.leads.capture import (
    UnreadableBadge,
    capture_for_visitor,
    capture_lead,
    delete_lead,
    find_lead,
)
from booth_app.core.leads.fields import Catalogue
from booth_app.core.leads.listing import lead_page
from booth_app.core.leads.summary import lead_summary
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Visitor
from booth_app.ui.access.session import StaffSession
from booth_app.ui.access.sign_in import SignInPanel, ask_sign_in
from booth_app.ui.language import error_text
from booth_app.ui.leads.view import CardLead, read_card_lead
from booth_app.ui.page import Page
from booth_app.ui.tasks import run_task

if TYPE_CHECKING:
    from booth_app.ui.checkin.scan_field import ScanField
    from booth_app.ui.leads.capture_area import CaptureArea
    from booth_app.ui.leads.card import LeadCard
    from booth_app.ui.leads.keys import StrayKeys
    from booth_app.ui.leads.lead_list import LeadListPanel
    from booth_app.ui.visitors.matches import VisitorMatches

log = logging.getLogger(__name__)

# The list's queries are compiled while the window waits for someone to sign in.
WARM_UP_MS = 1000


class LeadsPage(Page):
    lead_shown = Signal(str)  # lead id, once the card shows a committed capture
    # The capture area and its widgets, there once build() ran.
    area: CaptureArea
    scan_field: ScanField
    matches: VisitorMatches
    status: QLabel
    card: LeadCard
    list: LeadListPanel
    keys: StrayKeys

    def __init__(self, db: Database, staff_session: StaffSession | None = None) -> None:
        super().__init__(db, self.tr("Leads"))
        self.header.hide()  # the top strip says who is signed in; the card needs the height
        self.staff_session = staff_session or StaffSession(self)
        self.staff_session.changed.connect(self._session_changed)
        self.zone: tzinfo = ZoneInfo("UTC")
        self.currency = "USD"
        self.chosen_exhibitor: str | None = None  # a coordinator's pick in the list
        self.last_latency_ms: float | None = None

        self.stack = QStackedWidget()
        self.locked = SignInPanel()
        self.sign_in_button = self.locked.button
        self.sign_in_button.clicked.connect(self.sign_in)
        self.stack.addWidget(self.locked)
        self.layout_.addWidget(self.stack, 1)
        # The capture area is built when first needed (a sign-in, or idle time after
        # start), so the window opens without it.
        self.built = False

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_card)
        if self.staff_session.current is not None:
            self._session_changed(self.staff_session.current)
        self._warm = QTimer(self, singleShot=True, interval=WARM_UP_MS)
        self._warm.timeout.connect(self._warm_up)
        self._warm.start()

    # -- layout ---------------------------------------------------------------------------

    def build(self) -> None:
        """Make the capture area: scan field, card and list (once)."""
        if self.built:
            return
        self.built = True
        from booth_app.ui.leads.capture_area import CaptureArea

        self.area = area = CaptureArea(self.db, self._open_selected)
        self.scan_field, self.matches, self.status = area.scan_field, area.matches, area.status
        self.card, self.list, self.keys = area.card, area.list, area.keys
        self.switch_button = area.switch_button
        self.switch_button.clicked.connect(self.switch_staff)
        area.lock_button.clicked.connect(self.staff_session.lock)
        self.card.saved.connect(self._card_saved)
        self.card.closed.connect(self._card_closed)
        self.list.open_requested.connect(self.open_lead)
        self.list.delete_requested.connect(self.delete_lead)
        self.list.scope_changed.connect(self._pick_exhibitor)
        self.scan_field.scanned.connect(self.handle_scan)
        area.burst_guard.scanned.connect(self.handle_scan)
        self.scan_field.search.connect(self.search)
        self.matches.picked.connect(self.capture_visitor)
        self.stack.addWidget(area)
        self.show_ready()

    # -- who is signed in -----------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        return self.staff_session.current is not None

    def scope(self) -> str | None:
        """The manufacturer whose leads the list shows (None: all, coordinators only)."""
        own = self.staff_session.lead_scope()
        return own if own is not None else self.chosen_exhibitor

    def capture_exhibitor(self) -> str | None:
        """Whom a scan here makes a lead for: the booth's own, or the coordinator's pick."""
        return self.scope() if self.signed_in else None

    def sign_in(self) -> None:
        ask_sign_in(self.db, self.staff_session, self.window())

    def switch_staff(self) -> None:
        ask_sign_in(self.db, self.staff_session, self.window(), switch=True)

    def _session_changed(self, who: object) -> None:
        if who is None and not self.built:
            return
        self.build()
        self.keys.stop()
        if self.card.lead is not None:
            self.card.close_card()  # locked or someone else: the form goes, unsaved
        self.matches.dismiss()
        self.scan_field.clear()
        self.chosen_exhibitor = None
        if who is None:
            self.list.clear()
            self.stack.setCurrentIndex(0)
            if self.isVisible():
                self.sign_in_button.setFocus()
            return
        self.stack.setCurrentIndex(1)
        self.switch_button.setVisible(True)
        self.show_ready()
        self.refresh()
        if self.isVisible():
            self.scan_field.setFocus()

    def _pick_exhibitor(self, exhibitor_id: object) -> None:
        who = self.staff_session.current
        if who is None or not who.is_coordinator:
            return  # booth staff have no picker; never widen their view
        self.chosen_exhibitor = str(exhibitor_id) if exhibitor_id else None
        if self.card.lead is not None:
            self.card.close_card()
        self.show_ready()
        self.load_list()

    # -- page life ------------------------------------------------------------------------

    def refresh(self) -> None:
        who = self.staff_session.current
        if who is None or not self.built:
            return
        event = self.current_event()
        if event is not None:
            self.zone, self.currency = ZoneInfo(event.timezone), event.currency or "USD"
        if who.is_coordinator:
            with self.db.reader() as session:
                exhibitors = [(e.id, f"{e.booth or '–'} · {e.code} — {e.name}")
                              for e in list_exhibitors(session)]
            self.list.set_picker(exhibitors, self.chosen_exhibitor)
        else:
            self.list.set_picker(None)
        self.load_list()

    def _warm_up(self) -> None:
        """While the window waits for someone to sign in: build the capture area, and
        compile the lead list's queries off the GUI thread (for a manufacturer of no
        one), so the first list after a sign-in pays for neither."""
        if self.signed_in:
            return
        self.build()

        def work(_progress: object) -> None:
            with self.db.reader() as session:
                Catalogue.load(session, "")
                lead_summary(session, "")
                lead_page(session, exhibitor_id="")

        run_task(self, work, lambda _result: None,
                 lambda exc: log.debug("warming the lead list up failed: %s", exc))

    def load_list(self) -> None:
        scope = self.scope()
        products: list[tuple[str, str]] = []
        if scope is not None:
            with self.db.reader() as session:
                products = [(p.id, p.name) for p in Catalogue.load(session, scope).products]
        self.list.set_products(products)
        self.list.load(scope, self.zone)

    def focus_main(self) -> None:
        if not self.signed_in or not self.built:
            self.sign_in_button.setFocus()
        elif self.card.lead is not None:
            self.card.rating_buttons["hot"].setFocus()
        else:
            self.scan_field.setFocus()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_main)

    # -- the capture area -----------------------------------------------------------------

    def show_ready(self) -> None:
        if self.built:
            self.area.say_ready(choose_manufacturer=self.signed_in
                                and self.capture_exhibitor() is None)

    def _refused(self, headline: str, message: str) -> None:
        self.area.say(headline, message, "bad")

    # -- scanning -------------------------------------------------------------------------

    def handle_scan(self, raw: str) -> str | None:
        """Capture a scanner's burst for this booth's manufacturer and open its card."""
        return self._capture(lambda session, exhibitor, staff_id: capture_lead(
            session, exhibitor, raw, staff_id=staff_id))

    def capture_visitor(self, visitor_id: str) -> str | None:
        """Capture a visitor picked by name (typed in, no badge)."""
        def work(session: Any, exhibitor: Exhibitor, staff_id: str | None) -> Any:
            visitor = session.get(Visitor, visitor_id)
            if visitor is None or visitor.deleted:
                raise BoothError(self.tr("This visitor was removed."))
            return capture_for_visitor(session, exhibitor, visitor, staff_id=staff_id)
        return self._capture(work)

    def _capture(self, work: Any) -> str | None:
        started = time.perf_counter()
        who = self.staff_session.current
        exhibitor_id = self.capture_exhibitor() if who is not None else None
        if who is None or exhibitor_id is None:
            self.show_ready()
            return None
        if not self._finish_open_card():
            return None
        try:
            with self.db.session() as session:  # committed on leaving, before the card shows
                exhibitor = session.get(Exhibitor, exhibitor_id)
                if exhibitor is None:
                    raise BoothError(self.tr("This manufacturer was removed."))
                result = work(session, exhibitor, who.staff_id)
                lead_id = result.lead.id
                mode = "new" if result.created else "rescan"
                card_lead = read_card_lead(session, lead_id, mode,
                                           visitor_created=result.visitor_created)
                catalogue = Catalogue.load(session, exhibitor_id)
        except UnreadableBadge as exc:
            self._refused(self.tr("✖ NOT CAPTURED — badge unreadable"), error_text(exc))
            return None
        except BoothError as exc:
            self._refused(self.tr("✖ NOT CAPTURED"), error_text(exc))
            return None
        except Exception as exc:  # the booth must keep working: say it, log it
            log.exception("lead capture failed")
            self._refused(self.tr("✖ NOT SAVED"),
                          self.tr("The scan was not saved: {0}").format(error_text(exc)))
            return None
        finally:
            self.scan_field.clear()
            self.matches.hide()
        self.open_card(card_lead, catalogue)
        self.list.refresh_lead(lead_id)
        self.list.select_lead(lead_id)
        self.last_latency_ms = (time.perf_counter() - started) * 1000
        self.lead_shown.emit(lead_id)
        return lead_id

    def _finish_open_card(self) -> bool:
        """Before the next capture: save the open card if it was changed (the staff moved
        on to the next visitor); False, with the card's message, when it cannot be."""
        if self.card.lead is None:
            return True
        if self.card.is_dirty() and not self.card.save():
            self.card.message.setText(self.card.message.text() + "\n" + self.tr(
                "The next badge was not captured: finish this lead (or Esc), then scan "
                "again."))
            return False
        if self.card.lead is not None:
            self.card.close_card()
        return True

    def open_card(self, lead: CardLead, catalogue: Catalogue) -> None:
        who = self.staff_session.current
        self.card.open(lead, catalogue, scope=self.staff_session.lead_scope(),
                       staff_id=who.staff_id if who else None, zone=self.zone,
                       default_currency=self.currency)
        self.area.burst_guard.watch_children()  # the card's questions are made afresh
        self.area.say("", "", "ready")
        self.area.place_card()

    def open_lead(self, lead_id: str) -> None:
        """Open a lead of the list in the card, to edit it."""
        if not self._finish_open_card():
            return
        try:
            with self.db.reader() as session:
                lead = find_lead(session, lead_id, exhibitor_id=self.staff_session.lead_scope())
                card_lead = read_card_lead(session, lead.id, "edit")
                catalogue = Catalogue.load(session, lead.exhibitor_id)
        except BoothError as exc:
            self._refused(self.tr("✖ Cannot open this lead"), error_text(exc))
            return
        self.open_card(card_lead, catalogue)

    def _open_selected(self) -> None:
        lead_id = self.list.selected_lead()
        if lead_id:
            self.open_lead(lead_id)

    def save_card(self) -> None:
        if self.built and self.card.lead is not None:
            self.card.save()

    def _card_saved(self, lead_id: str) -> None:
        saved = self.list.refresh_lead(lead_id)
        if saved is not None:
            self.area.say_saved(saved)
        self.list.select_lead(lead_id)

    def _card_closed(self) -> None:
        if self.status.property("tone") != "good":
            self.show_ready()
        else:
            self.area.say(self.area.status_headline, self.area.status_detail, "good")
        if self.isVisible():
            self.scan_field.setFocus()

    def delete_lead(self, lead_id: str) -> None:
        who = self.staff_session.current
        row = next((r for r in self.list.model.rows if r.id == lead_id), None)
        if who is None or row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete lead"),
                          self.tr("Delete the lead of {0}?").format(row.visitor_name),
                          parent=self)
        box.setInformativeText(self.tr("It leaves this booth's list and every export. "
                                       "Scanning the visitor again starts a new lead."))
        delete = box.addButton(self.tr("Delete lead"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            with self.db.session() as session:
                lead = find_lead(session, lead_id, exhibitor_id=self.staff_session.lead_scope())
                delete_lead(session, lead, staff_id=who.staff_id)
        except BoothError as exc:
            self._refused(self.tr("✖ Not deleted"), error_text(exc))
            return
        if self.card.lead is not None and self.card.lead.lead_id == lead_id:
            self.card.close_card()
        self.area.say(self.tr("Lead of {0} deleted.").format(row.visitor_name),
                      self.tr("Ready: scan a badge"), "ready")
        self.list.refresh_lead(lead_id)

    # -- typing a visitor in --------------------------------------------------------------

    def search(self, text: str) -> None:
        """A person typing in the scan field: the visitors to capture by hand."""
        if self.signed_in:
            self.matches.show_matches(text)
        else:
            self.matches.dismiss()
