"""The Exports card for the pavilion results report for the ministry (PDF): its
language, the reporting currency and the exchange rates. For coordinators."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPushButton

from booth_app.core import audit
from booth_app.core.errors import BoothError
from booth_app.storage.database import Database
from booth_app.ui.access.session import StaffSession
from booth_app.ui.exports.export_card import ExportCard
from booth_app.ui.language import current_language, error_text
from booth_app.ui.settings import Option
from booth_app.ui.tasks import run_task

REPORT_CURRENCIES = ("USD", "IDR", "EUR", "AED", "SGD", "SAR", "MYR", "JPY", "CNY", "GBP")
LAST_FOLDER = Option("exports/report_folder", "")


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
            raise BoothError(QCoreApplication.translate(
                "ReportCard", "Not an exchange rate: {0}. Write e.g. USD=16250.").format(
                repr(part)))
        rates[code] = rate
    return rates


class ReportCard(ExportCard):
    def __init__(self, db: Database, staff: StaffSession) -> None:
        super().__init__(self.tr("Pavilion results report"), self.tr(
            "For the ministry: visitors, leads, business meetings, MoUs and the potential "
            "transaction value, per manufacturer, with charts (PDF)."), "report", LAST_FOLDER)
        self.db, self.staff = db, staff
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Bahasa Indonesia", "id")
        # The report's language (English or Indonesian) starts as the window's.
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
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
        self.layout_.addLayout(form)
        self.button = QPushButton(self.tr("Create report…"))
        self.button.clicked.connect(self.create)
        self.layout_.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_result_row()
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        """Who may create the report; the event's currency chosen until someone picks."""
        who = self.staff.current
        self.button.setEnabled(who is not None and who.is_coordinator)
        self.say_who(who, self.tr("Sign in as a coordinator to create the report."),
                     self.tr("For coordinators: the report counts every booth."))
        with self.db.reader() as session:
            from booth_app.core.events import current_event

            event = current_event(session)
        if event is not None and self.currency.findText(event.currency) < 0:
            self.currency.addItem(event.currency)
        if event is not None and not self.currency.property("set"):
            self.currency.setCurrentText(event.currency)
            self.currency.setProperty("set", True)

    def create(self, *, path: Path | None = None) -> None:
        from booth_app.core.report.build import build_report

        who = self.staff.current
        if who is None or not who.is_coordinator:
            return
        try:
            rates = parse_rates(self.rates.text())
        except BoothError as exc:
            self.result.setText(f"✖ {error_text(exc)}")
            self.rates.setFocus()
            return
        currency = self.currency.currentText().strip().upper()
        lang = self.language.currentData()
        stamp = datetime.now().strftime("%Y-%m-%d")
        path = path or self.save_path(f"Pavilion report {stamp}.pdf", "pdf",
                                      self.tr("Create the pavilion report"))
        if path is None:
            return

        staff_id = who.staff_id

        def work(progress: Any) -> Any:
            with self.db.reader() as session:
                result = build_report(session, path, currency=currency, rates=rates,
                                      lang=lang, progress=progress)
            audit.record_now(self.db, audit.REPORT, staff_id=staff_id,
                             detail=result.audit_detail(lang))
            return result

        run_task(self, work,
                 lambda r: self.finish(self.tr("Report of {0} pages saved to {1}").format(
                     r.pages, str(r.path)), r.path),
                 self.failed, title=self.tr("Creating the report…"))
