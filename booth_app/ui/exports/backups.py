"""The Exports card that backs up this laptop's database: a consistent copy taken while
the booth goes on scanning, to a file the user picks (a USB stick is a good place).
Backups hold every booth's leads, so booth staff cannot take one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton

from booth_app import paths
from booth_app.storage.backup import backup_sqlite, backups_dir
from booth_app.storage.database import Database
from booth_app.ui import settings
from booth_app.ui.access.session import StaffSession
from booth_app.ui.exports.export_card import Card
from booth_app.ui.language import error_text, number
from booth_app.ui.tasks import run_task


class BackupCard(Card):
    saved = Signal()  # a backup was written

    def __init__(self, db: Database, staff: StaffSession) -> None:
        super().__init__(self.tr("Back up this laptop's data"), self.tr(
            "A consistent copy of the whole database, safe to take while the booth is "
            "scanning. A USB stick is a good place for it. Booth also keeps automatic "
            "rolling backups."))
        self.db, self.staff = db, staff
        self.last = QLabel()
        self.last.setWordWrap(True)
        self.layout_.addWidget(self.last)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.backup_button.clicked.connect(self.backup)
        self.open_button = QPushButton(self.tr("Open backups folder"))
        self.open_button.clicked.connect(self.open_backups)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.layout_.addStretch(1)
        if db.path is None:
            self.backup_button.setEnabled(False)
            self.last.setText(self.tr("This laptop uses a database server; back it up there."))

    def refresh(self) -> None:
        who = self.staff.current
        booth_staff = who is not None and not who.is_coordinator
        # A backup holds every manufacturer's leads: not for a booth's staff.
        self.backup_button.setEnabled(self.db.path is not None and not booth_staff)
        if booth_staff:
            self.last.setText(self.tr("Backups hold every booth's leads: for coordinators."))

    def backup_folder(self) -> Path:
        chosen = settings.BACKUP_FOLDER.get()
        if chosen:
            return Path(chosen)
        return backups_dir(self.db.path) if self.db.path else paths.data_dir()

    def backup(self) -> None:
        if self.db.path is None:
            return
        stamp = datetime.now().strftime("%Y-%m-%d_%H%M")
        suggested = self.backup_folder() / f"booth-backup-{stamp}.sqlite"
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the database"),
                                                str(suggested), "SQLite (*.sqlite)")
        if not target:
            return
        self.save_backup(Path(target))

    def save_backup(self, target: Path) -> None:
        source = self.db.path
        assert source is not None
        if target.resolve() == source.resolve():
            QMessageBox.warning(self, self.tr("Backup"),
                                self.tr("Choose another file: that is the database itself."))
            return
        self.backup_button.setEnabled(False)

        def done(path: Path) -> None:
            self.backup_button.setEnabled(True)
            size = path.stat().st_size
            self.last.setText(self.tr("Saved {0} ({1} bytes).").format(str(path), number(size)))
            self.saved.emit()

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Backup failed"), error_text(exc))

        run_task(self, lambda _p: backup_sqlite(source, target), done, failed,
                 title=self.tr("Backing up…"))

    def open_backups(self) -> None:
        folder = self.backup_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
