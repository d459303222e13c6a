"""The frame every screen lives in: sidebar, top strip, pages, status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStatusBar,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.events import current_event
from booth_app.storage.backup import rolling_backup
from booth_app.storage.database import Database
from booth_app.ui import settings
from booth_app.ui.access.guard import DESK_PAGES, PAGE_NEEDS, LockedPanel, lock_page
from booth_app.ui.access.session import StaffSession
from booth_app.ui.checkin.page import CheckinPage
from booth_app.ui.dashboard.page import DashboardPage
from booth_app.ui.errors import report_damage
from booth_app.ui.exhibitors.page import ExhibitorsPage
from booth_app.ui.exports.page import ExportsPage
from booth_app.ui.language import ltr
from booth_app.ui.leads.page import LeadsPage
from booth_app.ui.meetings.page import MeetingsPage
from booth_app.ui.page import Page
from booth_app.ui.settings_page import SettingsPage
from booth_app.ui.tasks import run_task
from booth_app.ui.top_strip import TopStrip
from booth_app.ui.visitors.page import VisitorsPage

log = logging.getLogger(__name__)

SP = QStyle.StandardPixmap
VERIFY_DELAY_MS = 1500
NAVIGATION = (
    (QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), SP.SP_ComputerIcon),
    (QT_TRANSLATE_NOOP("MainWindow", "Check-in"), SP.SP_DialogApplyButton),
    (QT_TRANSLATE_NOOP("MainWindow", "Visitors"), SP.SP_FileDialogDetailedView),
    (QT_TRANSLATE_NOOP("MainWindow", "Leads"), SP.SP_FileDialogContentsView),
    (QT_TRANSLATE_NOOP("MainWindow", "Exhibitors"), SP.SP_DirHomeIcon),
    (QT_TRANSLATE_NOOP("MainWindow", "Exports"), SP.SP_DialogSaveButton),
    (QT_TRANSLATE_NOOP("MainWindow", "Meetings"), SP.SP_FileDialogListView),
    (QT_TRANSLATE_NOOP("MainWindow", "Settings"), SP.SP_FileDialogInfoView),
)


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        with db.reader() as session:
            self.booth_event = current_event(session)
        self.setMinimumSize(1024, 640)
        self.resize(1366, 768)

        self._build()
        self._make_shortcuts()

        self.clock_timer = QTimer(self)
        self.clock_timer.timeout.connect(self.update_top_strip)
        self.clock_timer.start(15_000)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.timeout.connect(self.refresh_live)
        self.refresh_timer.start(5_000)
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.backup_now)
        if db.is_sqlite:
            self.backup_timer.start(max(1, settings.BACKUP_MINUTES.get()) * 60_000)

        self.update_top_strip()
        from booth_app.ui.sync.hub import HubSync

        self.hub_sync = HubSync(db, self)
        self.hub_sync.state_changed.connect(self.show_sync_state)
        self.hub_sync.data_arrived.connect(self.refresh_live)  # other laptops' rows came in
        self.integrity_problem: str | None = None
        self.integrity_checked = False
        if db.is_sqlite:
            self.verify_timer = QTimer(self, singleShot=True, interval=VERIFY_DELAY_MS)
            self.verify_timer.timeout.connect(self.verify_database)
            self.verify_timer.start()
        for row in range(len(self.pages)):
            self.guard_page(row)
        start_page = settings.CURRENT_PAGE.get()
        self.sidebar.setCurrentRow(start_page if 0 <= start_page < len(self.pages) else 0)
        geometry = settings.GEOMETRY.get()
        if geometry:
            self.restoreGeometry(geometry)
        # A language switch (Settings) sends every widget a LanguageChange: the content
        # is built again in the new language, once the switch is over.
        self.language_timer = QTimer(self, singleShot=True, interval=0)
        self.language_timer.timeout.connect(self.rebuild)

    def _build(self) -> None:
        """The window's content: who is signed in, the pages, sidebar, top strip, status
        bar. Built again, whole, when the language changes (rebuild)."""
        db = self.db
        suffix = f" — {self.booth_event.name}" if self.booth_event else ""
        self.setWindowTitle(self.tr("Booth") + suffix)
        # Who is signed in on this window: the Leads page and the Dashboard's lead
        # figures show only what that member may see.
        self.staff_session = StaffSession(
            self, auto_lock_minutes=settings.AUTO_LOCK_MINUTES.get())
        self.staff_session.changed.connect(self._staff_changed)
        self.pages: list[Page] = [
            DashboardPage(db, self.staff_session), CheckinPage(db),
            VisitorsPage(db, self.staff_session),
            LeadsPage(db, self.staff_session), ExhibitorsPage(db),
            ExportsPage(db, self.staff_session), MeetingsPage(db, self.staff_session),
            SettingsPage(db, self.staff_session),
        ]
        # Who may open which page (access/guard.py); a locked page shows a panel with
        # what it needs and the sign-in, never nothing.
        self.locked_panels: list[LockedPanel] = []
        for page in self.pages:
            panel = LockedPanel(page)
            panel.sign_in_requested.connect(lambda p=panel: self.sign_in(p.for_coordinator))
            self.locked_panels.append(panel)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
        for page in self.pages:
            page.changed.connect(self._page_changed)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(200)
        self.sidebar.setIconSize(QSize(22, 22))
        for number, (label, pixmap) in enumerate(NAVIGATION):
            text = QCoreApplication.translate("MainWindow", label)
            item = QListWidgetItem(self.style().standardIcon(pixmap), text)
            shortcut = f"Ctrl+{number + 1}" if number < 7 else "Ctrl+,"
            item.setToolTip(f"{text} ({shortcut})")
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self.show_page)

        side = self.side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        brand = QLabel("Booth")
        brand.setObjectName("brand")
        side_layout.addWidget(brand)
        side_layout.addWidget(self.sidebar, 1)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        strip = self.top_strip = TopStrip()
        # The strip's parts, as the window's own (tests and the rest of the window).
        self.top_event, self.top_clock, self.top_station = (strip.event_label, strip.clock,
                                                            strip.station)
        self.top_staff, self.sync_pill = strip.staff, strip.sync_pill
        self.sync_pill.clicked.connect(self.show_sync_status)
        body_layout.addWidget(strip)
        body_layout.addWidget(self.stack, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)
        self._make_status_bar()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "language_timer"):
            self.language_timer.start()

    def rebuild(self) -> None:
        """The content again in the current language, same database, person and page: one
        rebuild, not a retranslate() in each of ~70 widget classes that could forget one."""
        row, who, old = self.stack.currentIndex(), self.staff_session.current, self.staff_session
        old.blockSignals(True)  # the old pages go with it, unnotified
        old.lock()
        old.deleteLater()
        self._build()
        for page in range(len(self.pages)):
            self.guard_page(page)
        self.sidebar.setCurrentRow(row)
        if who is not None:
            self.staff_session.sign_in(who)  # opens what that person may see
        self.update_top_strip()

    # -- frame ----------------------------------------------------------------------------
    def _make_status_bar(self) -> None:
        bar = QStatusBar(self)
        self.setStatusBar(bar)  # (a rebuild's new bar replaces and deletes the old one)
        self.status_event = QLabel()
        self.status_device = QLabel()
        self.status_db = QLabel()
        self.status_db.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addWidget(self.status_event)
        bar.addWidget(self.status_device)
        bar.addPermanentWidget(self.status_db)

    def _make_shortcuts(self) -> None:
        for number in range(7):  # Ctrl+1..7; Settings is Ctrl+,
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self)
            shortcut.activated.connect(lambda n=number: self.sidebar.setCurrentRow(n))
        settings_key = QShortcut(QKeySequence("Ctrl+,"), self)
        settings_key.activated.connect(lambda: self.sidebar.setCurrentRow(len(self.pages) - 1))
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.activated.connect(lambda: self.current_page().refresh())
        self.lock_key = QShortcut(QKeySequence("Ctrl+L"), self)
        self.lock_key.activated.connect(self.toggle_lock)

    def show_sync_state(self, kind: str, text: str) -> None:
        """The top strip's pill: saved locally, synced, syncing, or offline and waiting."""
        if self.integrity_problem:
            return  # a damaged database says so first
        self.top_strip.show_sync_state(kind, text)

    def show_sync_status(self) -> None:
        """Which laptops have synced when, and what is unsent (a click on the pill)."""
        from booth_app.ui.sync.status_panel import open_sync_status

        self.sync_status_dialog = open_sync_status(self.db, self)

    def set_kiosk(self, on: bool) -> None:
        """Full screen with only the page (an unattended entrance); F11 again leaves."""
        self.side.setVisible(not on)
        self.top_strip.setVisible(not on)
        self.statusBar().setVisible(not on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            if self.guard_page(row):
                self.pages[row].refresh()
                self.pages[row].focus_main()
            else:
                self.locked_panels[row].button.setFocus()
            settings.CURRENT_PAGE.set(row)

    def guard_page(self, row: int) -> bool:
        """Lock or open page `row` for whoever is signed in; True when it is open."""
        needs = PAGE_NEEDS[NAVIGATION[row][0]]
        return lock_page(self.pages[row], self.locked_panels[row], needs,
                         self.staff_session.current)

    def page_is_open(self, label: str) -> bool:
        row = [name for name, _icon in NAVIGATION].index(label)
        return not self.locked_panels[row].isVisibleTo(self.pages[row])

    def sign_in(self, coordinators: bool = False) -> None:
        from booth_app.ui.access.sign_in import ask_sign_in

        ask_sign_in(self.db, self.staff_session, self, coordinators=coordinators)

    # -- who is signed in -------------------------------------------------------------------
    def toggle_lock(self) -> None:
        """Ctrl+L: lock when someone is signed in, else open the sign-in."""
        if self.staff_session.current is not None:
            self.staff_session.lock()
            return
        self.sign_in()

    def _staff_changed(self, who: object) -> None:
        self.update_top_strip()
        for row in range(len(self.pages)):
            self.guard_page(row)
        row = self.stack.currentIndex()
        if who is None and NAVIGATION[row][0] not in DESK_PAGES:
            # Locked (Ctrl+L or idle): the laptop goes back to the desk.
            self.sidebar.setCurrentRow([name for name, _icon in NAVIGATION].index("Check-in"))
            return
        page = self.current_page()
        if self.page_is_open(NAVIGATION[row][0]) and not isinstance(
                page, (LeadsPage, MeetingsPage)):  # these follow the session
            page.refresh()

    def _page_changed(self) -> None:
        self.staff_session.set_auto_lock_minutes(settings.AUTO_LOCK_MINUTES.get())
        self.update_top_strip()

    def update_top_strip(self) -> None:
        """The top strip (who is signed in, event, clock, station) and the status bar."""
        event = self.booth_event
        self.top_strip.refresh(event, self.staff_session.current)
        self.status_event.setText(event.name if event else "")
        self.status_device.setText(self.tr("  ·  This laptop: {0}").format(self.db.device_name))
        self.status_db.setText(self.tr("Database: {0}").format(ltr(self.db.describe())))

    def refresh_live(self) -> None:
        """Pages that show live figures update while they are on screen."""
        if self.isVisible() and not self.isMinimized():
            page = self.current_page()
            if page.live:
                page.refresh()

    def backup_now(self) -> None:
        if self.db.path is None:
            return
        folder = settings.BACKUP_FOLDER.get()
        path = self.db.path

        def work(_progress: object) -> str:
            from pathlib import Path

            return str(rolling_backup(path, folder=Path(folder) if folder else None))

        run_task(self, work, lambda dest: log.info("rolling backup written to %s", dest),
                 lambda exc: log.warning("rolling backup failed: %s", exc))

    def verify_database(self) -> None:
        """The full page check of the file, in the background once the window is up."""
        run_task(self, lambda _p: self.db.verify(), self._verified,
                 lambda exc: log.warning("integrity check failed to run: %s", exc))

    def _verified(self, problem: str | None) -> None:
        self.integrity_problem = problem
        self.integrity_checked = True
        if problem is None:
            log.info("integrity check passed for %s", self.db.describe())
            return
        log.error("integrity check found damage in %s: %s", self.db.describe(), problem)
        self.top_strip.show_damaged()
        report_damage(self, self.db.path, problem)

    def visitor_total(self) -> int:
        return self.pages[2].visitor_total() if isinstance(self.pages[2], VisitorsPage) else -1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update_top_strip()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hub_sync.stop()
        settings.GEOMETRY.set(self.saveGeometry())
        super().closeEvent(event)
