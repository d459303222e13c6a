"""Settings for this laptop: its name, station, backups and language."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)
from sqlalchemy import select

from booth_app.core.badges.bands import BADGE_LANGS, band_for
from booth_app.core.events import require_event, set_badge_lang
from booth_app.core.exhibitors.manufacturers import list_exhibitors
from booth_app.core.text import clean
from booth_app.storage.database import Database
from booth_app.storage.models import CheckinPoint
from booth_app.ui import settings
from booth_app.ui.access.session import StaffSession
from booth_app.ui.language import NAMES, apply_language, keep_left_to_right
from booth_app.ui.page import Page


class SettingsPage(Page):
    def __init__(self, db: Database, staff_session: StaffSession | None = None) -> None:
        super().__init__(db, self.tr("Settings"), self.tr("These settings belong to this laptop."))
        self.staff_session = staff_session or StaffSession(self)
        form = QFormLayout()
        self.device_name = QLineEdit()
        self.point = QComboBox()
        self.exhibitor = QComboBox()
        self.language = QComboBox()
        self.language.addItem(self.tr("As this computer (BOOTH_LANG or the system)"), "")
        for code, name in NAMES.items():  # each in its own language
            self.language.addItem(name, code)
        self.printer = QComboBox()
        self.badge_layout = QComboBox()
        # An event setting, not this laptop's: every laptop prints these words after a sync.
        self.badge_lang = QComboBox()
        for code in BADGE_LANGS:  # "Bahasa Indonesia — PENGUNJUNG"
            self.badge_lang.addItem(f"{NAMES[code]} — {band_for('other', code)[0]}", code)
        self.badge_lang.setToolTip(self.tr(
            "The words printed in the badge's colour band (visitor, buyer, media, exhibitor, "
            "VIP). The whole event uses them: every laptop prints them after its next sync."))
        badge_lang_note = QLabel(self.tr("For the whole event"))
        badge_lang_note.setObjectName("hint")
        badge_lang_row = QHBoxLayout()
        badge_lang_row.addWidget(self.badge_lang)
        badge_lang_row.addWidget(badge_lang_note)
        badge_lang_row.addStretch(1)
        self.sounds = QCheckBox(self.tr("Play a sound for accepted and refused scans"))
        self.backup_folder = QLineEdit()
        self.backup_folder.setPlaceholderText(self.tr("Beside the database (default)"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(browse)
        self.backup_minutes = QSpinBox()
        self.backup_minutes.setRange(1, 240)
        self.backup_minutes.setSuffix(self.tr(" min"))
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 120)
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setSuffix(self.tr(" min"))
        form.addRow(self.tr("This laptop's name"), self.device_name)
        form.addRow(self.tr("Check-in point"), self.point)
        form.addRow(self.tr("Booth (for leads)"), self.exhibitor)
        form.addRow(self.tr("Badge printer"), self.printer)
        form.addRow(self.tr("Badge layout"), self.badge_layout)
        form.addRow(self.tr("Badge language"), badge_lang_row)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.sounds)
        form.addRow(self.tr("Backup folder"), folder_row)
        form.addRow(self.tr("Automatic backup every"), self.backup_minutes)
        form.addRow(self.tr("Lock after inactivity"), self.auto_lock)
        self.hub_url = QLineEdit()
        self.hub_url.setPlaceholderText("postgresql+psycopg://booth:…@192.168.1.10/booth")
        keep_left_to_right(self.hub_url)
        self.hub_url.setToolTip(self.tr("The pavilion's PostgreSQL hub: while it is reachable "
                                        "this laptop syncs with it every few seconds."))
        self.sync_status_button = QPushButton(self.tr("Laptops and sync…"))
        self.sync_status_button.setToolTip(self.tr("Which laptops have synced when, and what "
                                                   "this laptop has not sent yet."))
        self.sync_status_button.clicked.connect(self.show_sync_status)
        hub_row = QHBoxLayout()
        hub_row.addWidget(self.hub_url, 1)
        hub_row.addWidget(self.sync_status_button)
        form.addRow(self.tr("Hub address"), hub_row)
        self.layout_.addLayout(form)
        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.saved = QLabel()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved)
        save_row.addStretch(1)
        # Personal data, for coordinators (the window locks this page for anyone else).
        self.audit_button = QPushButton(self.tr("Audit log…"))
        self.audit_button.setToolTip(self.tr("Who did what, when, on which laptop"))
        self.audit_button.clicked.connect(self.show_audit_log)
        self.purge_button = QPushButton(self.tr("Purge…"))
        self.purge_button.setToolTip(self.tr("Erase everyone not seen since a date"))
        self.purge_button.clicked.connect(self.purge)
        save_row.addWidget(self.audit_button)
        save_row.addWidget(self.purge_button)
        self.layout_.addLayout(save_row)
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        self.device_name.setText(self.db.device_name)
        with self.db.reader() as session:
            points = [p.name for p in session.scalars(
                select(CheckinPoint).where(CheckinPoint.deleted.is_(False))
                .order_by(CheckinPoint.name))]
            event = self.current_event()
            badge_lang = event.badge_lang if event is not None else None
            exhibitors = ([(e.code, f"{e.code} — {e.name}") for e in list_exhibitors(session)]
                          if event else [])
        self.point.clear()
        self.point.addItem(self.tr("None"), "")
        for name in points:
            self.point.addItem(name, name)
        self.point.setCurrentIndex(max(self.point.findData(settings.CHECKIN_POINT.get()), 0))
        self.exhibitor.clear()
        self.exhibitor.addItem(self.tr("None"), "")
        for code, label in exhibitors:
            self.exhibitor.addItem(label, code)
        self.exhibitor.setCurrentIndex(
            max(self.exhibitor.findData(settings.BOOTH_EXHIBITOR.get()), 0))
        self.printer.clear()
        self.printer.addItem(self.tr("Ask every time"), "")
        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        chosen = settings.DEFAULT_PRINTER.get()
        if chosen and self.printer.findData(chosen) < 0:
            self.printer.addItem(self.tr("{0} (not connected)").format(chosen), chosen)
        self.printer.setCurrentIndex(max(self.printer.findData(chosen), 0))
        from booth_app.core.badges.render import DEFAULT_LAYOUT, list_layouts  # reportlab: late

        self.badge_layout.clear()
        for layout in list_layouts():
            self.badge_layout.addItem(layout.title, layout.name)
        self.badge_layout.setCurrentIndex(max(self.badge_layout.findData(
            settings.BADGE_LAYOUT.get() or DEFAULT_LAYOUT), 0))
        self.badge_lang.setEnabled(badge_lang is not None)
        self.badge_lang.setCurrentIndex(max(self.badge_lang.findData(badge_lang or "en"), 0))
        self.language.setCurrentIndex(max(self.language.findData(settings.LANGUAGE.get()), 0))
        self.sounds.setChecked(settings.SOUNDS.get())
        self.backup_folder.setText(settings.BACKUP_FOLDER.get())
        self.backup_minutes.setValue(settings.BACKUP_MINUTES.get())
        self.auto_lock.setValue(settings.AUTO_LOCK_MINUTES.get())
        self.hub_url.setText(settings.HUB_URL.get())
        self.saved.clear()

    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"),
                                                  self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def show_sync_status(self) -> None:
        from booth_app.ui.sync.status_panel import open_sync_status

        self.sync_status_dialog = open_sync_status(self.db, self)

    def save(self) -> None:
        name = clean(self.device_name.text(), 120)
        if name and name != self.db.device_name:
            self.db.set_device_name(name)
        settings.CHECKIN_POINT.set(self.point.currentData() or "")
        settings.BOOTH_EXHIBITOR.set(self.exhibitor.currentData() or "")
        settings.DEFAULT_PRINTER.set(self.printer.currentData() or "")
        settings.BADGE_LAYOUT.set(self.badge_layout.currentData() or "cr80")
        self.save_badge_lang(self.badge_lang.currentData())
        language_changed = (self.language.currentData() or "") != settings.LANGUAGE.get()
        settings.LANGUAGE.set(self.language.currentData() or "")
        settings.SOUNDS.set(self.sounds.isChecked())
        settings.BACKUP_FOLDER.set(self.backup_folder.text().strip())
        settings.BACKUP_MINUTES.set(self.backup_minutes.value())
        settings.AUTO_LOCK_MINUTES.set(self.auto_lock.value())
        settings.HUB_URL.set(self.hub_url.text().strip())
        self.saved.setText(self.tr("✔ Saved"))
        self.changed.emit()
        if language_changed:
            # Every widget gets a LanguageChange; the main window rebuilds itself in it.
            apply_language(settings.LANGUAGE.get() or None)

    def save_badge_lang(self, lang: str | None) -> None:
        """The event's badge language, written only when it changed (a synced change)."""
        if not lang or not self.badge_lang.isEnabled():
            return
        with self.db.session() as session:
            event = require_event(session)
            if event.badge_lang != lang:
                set_badge_lang(event, lang)

    def show_audit_log(self) -> None:
        from booth_app.ui.access.audit_view import AuditDialog

        self.audit_dialog = AuditDialog(self.db, self)
        self.audit_dialog.open()

    def purge(self) -> None:
        from booth_app.ui.access.purge_dialog import PurgeDialog

        who = self.staff_session.current
        self.purge_dialog = PurgeDialog(self.db, self, staff_id=who.staff_id if who else None)
        self.purge_dialog.open()

    def focus_main(self) -> None:
        self.device_name.setFocus()
