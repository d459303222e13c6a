"""Exports: what leaves this laptop — each manufacturer's leads, all of them as one ZIP,
the pavilion results report for the ministry, and database backups.

Lead exports follow the signed-in member: booth staff export their own
manufacturer's leads only; the ZIP of every manufacturer and the report (which
counts every booth) are for coordinators. Every export runs off the GUI thread with
progress and Cancel, asks before replacing a file (the save dialog does), remembers
its folder, and ends with "Open folder".
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from booth_app import paths
from booth_app.core.errors import BoothError
from booth_app.storage.backup import backup_sqlite, backups_dir
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor
from booth_app.ui import settings
from booth_app.ui.access.session import StaffSession
from booth_app.ui.page import Page
from booth_app.ui.settings import Option
from booth_app.ui.tasks import run_task

FORMATS = (("csv", "CSV (Excel, CRM import)"), ("xlsx", "Excel workbook (XLSX)"),
           ("vcf", "vCard (phones, address books)"))
FILTERS = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "vcf": "vCard (*.vcf)",
           "zip": "ZIP (*.zip)", "pdf": "PDF (*.pdf)"}
REPORT_CURRENCIES = ("USD", "IDR", "EUR", "AED", "SGD", "SAR", "MYR", "JPY", "CNY", "GBP")
LAST_FOLDER = {"leads": Option("exports/leads_folder", ""),
               "zip": Option("exports/zip_folder", ""),
               "report": Option("exports/report_folder", "")}


def card(title: str, explain: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    heading = QLabel(title)
    heading.setObjectName("cardTitle")
    text = QLabel(explain)
    text.setWordWrap(True)
    text.setObjectName("pageSubtitle")
    layout.addWidget(heading)
    layout.addWidget(text)
    return frame, layout


def parse_rates(text: str) -> dict[str, Decimal]:
    """"USD=16250, EUR=17600" -> {"USD": 16250, "EUR": 17600} (1 USD = 16,250 of the
    reporting currency); BoothError with the bad part."""
    rates: dict[str, Decimal] = {}
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        code, _, value = part.partition("=")
        code = code.strip().upper()
        try:
            rate = Decimal(value.strip().replace(" ", ""))
        except InvalidOperation:
            rate = Decimal(0)
        if len(code) != 3 or not code.isalpha() or rate <= 0:
            raise BoothError(f"Not an exchange rate: {part!r}. Write e.g. USD=16250.")
        rates[code] = rate
    return rates


class ExportsPage(Page):
    def __init__(self, db: Database, staff: StaffSession | None = None) -> None:
        super().__init__(db, self.tr("Exports"))
        self.staff = staff or StaffSession(self)
        self.results: dict[str, Path] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self._leads_card(), 0, 0)
        grid.addWidget(self._zip_card(), 0, 1)
        grid.addWidget(self._report_card(), 1, 0)
        grid.addWidget(self._backup_card(), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.layout_.addLayout(grid)
        self.layout_.addStretch(1)
        self.staff.changed.connect(lambda _who: self.refresh())
        if db.path is None:
            self.backup_button.setEnabled(False)
            self.last.setText(self.tr("This laptop uses a database server; back it up there."))

    # -- cards ----------------------------------------------------------------------------
    def _result_row(self, key: str, layout: QVBoxLayout) -> QLabel:
        row = QHBoxLayout()
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setObjectName(f"{key}Result")
        opener = QPushButton(self.tr("Open folder"))
        opener.setObjectName(f"{key}Open")
        opener.hide()
        opener.clicked.connect(lambda: self.open_folder(key))
        row.addWidget(label, 1)
        row.addWidget(opener)
        layout.addLayout(row)
        setattr(self, f"{key}_open", opener)
        return label

    def _leads_card(self) -> QWidget:
        frame, layout = card(self.tr("Leads of one manufacturer"), self.tr(
            "For the manufacturer's sales team: CSV for a CRM, an Excel workbook, or "
            "vCards for phones. Only that manufacturer's leads."))
        form = QFormLayout()
        self.exhibitor = QComboBox()
        self.exhibitor.setObjectName("exportExhibitor")
        self.lead_format = QComboBox()
        for fmt, label in FORMATS:
            self.lead_format.addItem(self.tr(label), fmt)
        form.addRow(self.tr("Manufacturer"), self.exhibitor)
        form.addRow(self.tr("Format"), self.lead_format)
        layout.addLayout(form)
        self.leads_button = QPushButton(self.tr("Export leads…"))
        self.leads_button.setObjectName("primary")
        self.leads_button.clicked.connect(self.export_one)
        layout.addWidget(self.leads_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.leads_result = self._result_row("leads", layout)
        layout.addStretch(1)
        return frame

    def _zip_card(self) -> QWidget:
        frame, layout = card(self.tr("All manufacturers, one ZIP"), self.tr(
            "A folder per manufacturer holding only its own leads. With a password the "
            "ZIP is AES-256 encrypted (7-Zip and current systems open it), so a lost USB "
            "stick leaks nothing."))
        form = QFormLayout()
        self.zip_format = QComboBox()
        for fmt, label in FORMATS:
            self.zip_format.addItem(self.tr(label), fmt)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional"))
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Format"), self.zip_format)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.password_again)
        layout.addLayout(form)
        self.zip_button = QPushButton(self.tr("Export all…"))
        self.zip_button.clicked.connect(self.export_all)
        layout.addWidget(self.zip_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.zip_result = self._result_row("zip", layout)
        layout.addStretch(1)
        return frame

    def _report_card(self) -> QWidget:
        frame, layout = card(self.tr("Pavilion results report"), self.tr(
            "For the ministry: visitors, leads, business meetings, MoUs and the potential "
            "transaction value, per manufacturer, with charts (PDF)."))
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Bahasa Indonesia", "id")
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(REPORT_CURRENCIES)
        self.rates = QLineEdit()
        self.rates.setPlaceholderText(self.tr("e.g. IDR=0.0000615, EUR=1.08"))
        self.rates.setToolTip(self.tr(
            "What 1 unit of each other currency is worth in the reporting currency; "
            "values in a currency without a rate are listed as not converted."))
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Reporting currency"), self.currency)
        form.addRow(self.tr("Exchange rates"), self.rates)
        layout.addLayout(form)
        self.report_button = QPushButton(self.tr("Create report…"))
        self.report_button.clicked.connect(self.create_report)
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.report_result = self._result_row("report", layout)
        layout.addStretch(1)
        return frame

    def _backup_card(self) -> QWidget:
        frame, layout = card(self.tr("Back up this laptop's data"), self.tr(
            "A consistent copy of the whole database, safe to take while the booth is "
            "scanning. A USB stick is a good place for it. Booth also keeps automatic "
            "rolling backups."))
        self.last = QLabel()
        self.last.setWordWrap(True)
        layout.addWidget(self.last)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.backup_button.clicked.connect(self.backup)
        self.open_button = QPushButton(self.tr("Open backups folder"))
        self.open_button.clicked.connect(self.open_backups)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return frame

    # -- who may export what --------------------------------------------------------------
    def refresh(self) -> None:
        who = self.staff.current
        with self.db.reader() as session:
            from sqlalchemy import select

            query = select(Exhibitor.id, Exhibitor.code, Exhibitor.name).where(
                Exhibitor.deleted.is_(False)).order_by(Exhibitor.code)
            if who is not None and not who.is_coordinator:
                query = query.where(Exhibitor.id == who.exhibitor_id)
            rows = session.execute(query).all() if who is not None else []
        chosen = self.exhibitor.currentData()
        self.exhibitor.clear()
        for exhibitor_id, code, name in rows:
            self.exhibitor.addItem(f"{code} — {name}", exhibitor_id)
        index = self.exhibitor.findData(chosen)
        self.exhibitor.setCurrentIndex(max(index, 0))
        coordinator = who is not None and who.is_coordinator
        booth_staff = who is not None and not coordinator
        # A backup holds every manufacturer's leads: not for a booth's staff.
        self.backup_button.setEnabled(self.db.path is not None and not booth_staff)
        if booth_staff:
            self.last.setText(self.tr("Backups hold every booth's leads: for coordinators."))
        self.leads_button.setEnabled(bool(rows))
        for button in (self.zip_button, self.report_button):
            button.setEnabled(coordinator)
        if who is None:
            self.leads_result.setText(self.tr("Sign in (Ctrl+L) to export leads."))
            self.zip_result.setText(self.tr("Sign in as a coordinator to export every "
                                            "manufacturer's leads."))
            self.report_result.setText(self.tr("Sign in as a coordinator to create the "
                                               "report."))
        elif not coordinator:
            self.leads_result.setText("")
            self.zip_result.setText(self.tr("For coordinators: a booth exports its own "
                                            "leads only."))
            self.report_result.setText(self.tr("For coordinators: the report counts every "
                                               "booth."))
        else:
            for label in (self.leads_result, self.zip_result, self.report_result):
                if not label.property("done"):
                    label.setText("")
        with self.db.reader() as session:
            from booth_app.core.events import current_event

            event = current_event(session)
        if event is not None and self.currency.findText(event.currency) < 0:
            self.currency.addItem(event.currency)
        if event is not None and not self.currency.property("set"):
            self.currency.setCurrentText(event.currency)
            self.currency.setProperty("set", True)

    # -- exporting ------------------------------------------------------------------------
    def _save_path(self, key: str, suggested: str, kind: str, title: str) -> Path | None:
        folder = LAST_FOLDER[key].get() or str(Path.home())
        target, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / suggested),
                                                FILTERS[kind])
        if not target:
            return None
        path = Path(target)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        LAST_FOLDER[key].set(str(path.parent))
        return path

    def _finish(self, key: str, label: QLabel, text: str, path: Path) -> None:
        self.results[key] = path
        label.setText(text)
        label.setProperty("done", True)
        getattr(self, f"{key}_open").show()
        from booth_app.ui.printing import announce

        announce(self, text)

    def _failed(self, label: QLabel, exc: BaseException) -> None:
        from booth_app.core.progress import Cancelled

        if isinstance(exc, Cancelled):
            label.setText(self.tr("Cancelled: nothing was written."))
            return
        label.setText(self.tr("✖ Not exported: {0}").format(exc))

    def export_one(self, *, path: Path | None = None) -> None:
        from booth_app.core.exports.lead_exports import export_leads, log_export

        exhibitor_id = self.exhibitor.currentData()
        fmt = self.lead_format.currentData()
        who = self.staff.current
        if exhibitor_id is None or who is None:
            return
        if not who.is_coordinator and exhibitor_id != who.exhibitor_id:
            return  # never another booth's leads
        code = self.exhibitor.currentText().split(" — ")[0]
        stamp = datetime.now().strftime("%Y-%m-%d")
        path = path or self._save_path("leads", f"{code} leads {stamp}.{fmt}", fmt,
                                       self.tr("Export leads"))
        if path is None:
            return
        staff_id = who.staff_id

        def work(progress: Any) -> Any:
            # Read from a snapshot (a writing session would hold back the door's scans
            # for the whole export), then log it in a short write.
            with self.db.reader() as session:
                exhibitor = session.get(Exhibitor, exhibitor_id)
                # The save dialog asked before replacing a file.
                result = export_leads(session, exhibitor, path, fmt, overwrite=True,
                                      progress=progress)
            with self.db.session() as session:
                log_export(session, result, staff_id=staff_id)
            return result

        run_task(self, work,
                 lambda r: self._finish("leads", self.leads_result, self.tr(
                     "Exported {0:,} leads to {1}").format(r.count, str(r.path)), r.path),
                 lambda exc: self._failed(self.leads_result, exc),
                 title=self.tr("Exporting leads…"))

    def export_all(self, *, path: Path | None = None) -> None:
        from booth_app.core.exports.lead_exports import export_all, log_export

        who = self.staff.current
        if who is None or not who.is_coordinator:
            return
        password = self.password.text()
        if password != self.password_again.text():
            self.zip_result.setText(self.tr("✖ The two passwords differ."))
            self.password_again.setFocus()
            return
        fmt = self.zip_format.currentData()
        stamp = datetime.now().strftime("%Y-%m-%d")
        path = path or self._save_path("zip", f"All leads {stamp}.zip", "zip",
                                       self.tr("Export every manufacturer's leads"))
        if path is None:
            return
        staff_id = who.staff_id

        def work(progress: Any) -> Any:
            with self.db.reader() as session:
                result = export_all(session, path, fmt, password=password or None,
                                    overwrite=True, progress=progress)
            with self.db.session() as session:
                log_export(session, result, staff_id=staff_id)
            return result

        def done(result: Any) -> None:
            locked = self.tr(", encrypted") if result.encrypted else ""
            self._finish("zip", self.zip_result, self.tr(
                "Exported {0:,} leads of {1} manufacturers to {2}{3}").format(
                    result.count, len(result.parts), str(result.path), locked), result.path)

        run_task(self, work, done, lambda exc: self._failed(self.zip_result, exc),
                 title=self.tr("Exporting every manufacturer's leads…"))

    def create_report(self, *, path: Path | None = None) -> None:
        from booth_app.core.report.figures import build_report

        who = self.staff.current
        if who is None or not who.is_coordinator:
            return
        try:
            rates = parse_rates(self.rates.text())
        except BoothError as exc:
            self.report_result.setText(f"✖ {exc}")
            self.rates.setFocus()
            return
        currency = self.currency.currentText().strip().upper()
        lang = self.language.currentData()
        stamp = datetime.now().strftime("%Y-%m-%d")
        path = path or self._save_path("report", f"Pavilion report {stamp}.pdf", "pdf",
                                       self.tr("Create the pavilion report"))
        if path is None:
            return

        def work(progress: Any) -> Any:
            with self.db.reader() as session:
                return build_report(session, path, currency=currency, rates=rates,
                                    lang=lang, progress=progress)

        run_task(self, work,
                 lambda r: self._finish("report", self.report_result, self.tr(
                     "Report of {0} pages saved to {1}").format(r.pages, str(r.path)), r.path),
                 lambda exc: self._failed(self.report_result, exc),
                 title=self.tr("Creating the report…"))

    def open_folder(self, key: str) -> None:
        path = self.results.get(key)
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

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
            self.last.setText(self.tr("Saved {0} ({1:,} bytes).").format(str(path), size))
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Backup failed"), str(exc))

        run_task(self, lambda _p: backup_sqlite(source, target), done, failed,
                 title=self.tr("Backing up…"))

    def open_backups(self) -> None:
        folder = self.backup_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
