"""First start on a new laptop: create the event, or look around in the demo pavilion."""

from __future__ import annotations

import zoneinfo

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.errors import BoothError
from booth_app.core.events import create_event
from booth_app.storage.database import Database
from booth_app.ui.language import error_text

CURRENCIES = ("USD", "EUR", "AED", "IDR", "SAR", "SGD", "GBP", "CNY", "INR", "JPY")
COMMON_ZONES = ("Asia/Dubai", "Asia/Jakarta", "Asia/Riyadh", "Asia/Singapore", "Europe/Berlin",
                "Asia/Makassar", "Asia/Jayapura", "UTC")


class FirstRunDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = db
        self.setWindowTitle(self.tr("Welcome to Booth"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>Welcome to Booth</h2>"))
        intro = QLabel(self.tr(
            "This laptop has no event yet. Create your event, or open the demo pavilion "
            "(Indonesia Pavilion at Arab Health) to look around first."))
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)

        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Arab Health 2027"))
        self.pavilion = QLineEdit()
        self.pavilion.setPlaceholderText(self.tr("e.g. Indonesia Pavilion"))
        self.venue = QLineEdit()
        today = QDate.currentDate()
        self.start = QDateEdit(today)
        self.end = QDateEdit(today.addDays(3))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        zones = sorted(zoneinfo.available_timezones())
        self.timezone.addItems(list(COMMON_ZONES) + [z for z in zones if z not in COMMON_ZONES])
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        form.addRow(self.tr("Event name"), self.name)
        form.addRow(self.tr("Pavilion"), self.pavilion)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.tr("Last day"), self.end)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Currency"), self.currency)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("Open the demo pavilion"))
        self.demo_button.clicked.connect(self.open_demo)
        box = QDialogButtonBox()
        self.create_button = box.addButton(self.tr("Create event"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.create)
        box.rejected.connect(self.reject)
        self.join_button = QPushButton(self.tr("Join from a setup bundle…"))
        self.join_button.setToolTip(self.tr(
            "A laptop joining the pavilion: the coordinator's setup bundle (booth setup "
            "export) brings the event, manufacturers, staff and badge keys."))
        self.join_button.clicked.connect(self.join)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.join_button)
        buttons.addStretch(1)
        buttons.addWidget(box)
        layout.addLayout(buttons)
        self.create_button.setDefault(True)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def create(self) -> None:
        try:
            with self.database.session() as session:
                create_event(
                    session, name=self.name.text(), pavilion=self.pavilion.text(),
                    venue=self.venue.text(), start=self.start.date().toPython(),
                    end=self.end.date().toPython(), timezone=self.timezone.currentText(),
                    currency=self.currency.currentText(),
                )
        except BoothError as exc:
            QMessageBox.warning(self, self.tr("Cannot create the event"), error_text(exc))
            return
        self.accept()

    def join(self, path: str | None = None, passphrase: str | None = None) -> bool:
        """Join the event of the coordinator's setup bundle; this laptop keeps its own
        identity. Nothing changes when the bundle or the passphrase is wrong."""
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        from booth_app.core.sync.bundle import import_setup

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("The setup bundle"), "",
                                                  self.tr("Booth bundles (*.booth *.bundle);;"
                                                          "All files (*)"))
            if not path:
                return False
        if passphrase is None:
            passphrase, ok = QInputDialog.getText(
                self, self.tr("Passphrase"), self.tr("The setup bundle's passphrase:"),
                QLineEdit.EchoMode.Password)
            if not ok:
                return False
        try:
            import_setup(self.database, path, passphrase=passphrase)
        except BoothError as exc:
            QMessageBox.warning(self, self.tr("Cannot join from this bundle"), error_text(exc))
            return False
        self.accept()
        return True

    def open_demo(self) -> None:
        """The demo lives in its own file, so this laptop's real database stays empty."""
        from booth_app.core.demo.pavilion import demo_target, ensure_demo

        target = demo_target()
        ensure_demo(target)
        self.database.dispose()
        self.database = Database(target)
        self.accept()
