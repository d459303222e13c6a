"""The Exports card for one manufacturer's leads: CSV for a CRM, an Excel workbook, or
vCards for phones. Booth staff export their own manufacturer's leads only."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QPushButton
from sqlalchemy import select

from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor
from booth_app.ui.access.session import StaffSession
from booth_app.ui.exports.export_card import ExportCard
from booth_app.ui.language import number
from booth_app.ui.settings import Option
from booth_app.ui.tasks import run_task

# translate("Context", "text"): the form lupdate reads, with the context named.
translate = QCoreApplication.translate

FORMATS = (("csv", QT_TRANSLATE_NOOP("ExportFormats", "CSV (Excel, CRM import)")),
           ("xlsx", QT_TRANSLATE_NOOP("ExportFormats", "Excel workbook (XLSX)")),
           ("vcf", QT_TRANSLATE_NOOP("ExportFormats", "vCard (phones, address books)")))
LAST_FOLDER = Option("exports/leads_folder", "")


class LeadFilesCard(ExportCard):
    def __init__(self, db: Database, staff: StaffSession) -> None:
        super().__init__(self.tr("Leads of one manufacturer"), self.tr(
            "For the manufacturer's sales team: CSV for a CRM, an Excel workbook, or "
            "vCards for phones. Only that manufacturer's leads."), "leads", LAST_FOLDER)
        self.db, self.staff = db, staff
        form = QFormLayout()
        self.exhibitor = QComboBox()
        self.exhibitor.setObjectName("exportExhibitor")
        self.lead_format = QComboBox()
        for fmt, label in FORMATS:
            self.lead_format.addItem(translate("ExportFormats", label), fmt)
        form.addRow(self.tr("Manufacturer"), self.exhibitor)
        form.addRow(self.tr("Format"), self.lead_format)
        self.layout_.addLayout(form)
        self.button = QPushButton(self.tr("Export leads…"))
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.export)
        self.layout_.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_result_row()
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        """The manufacturers the signed-in member may export: all for a coordinator."""
        who = self.staff.current
        with self.db.reader() as session:
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
        self.button.setEnabled(bool(rows))
        self.say_who(who, self.tr("Sign in (Ctrl+L) to export leads."), "")

    def export(self, *, path: Path | None = None) -> None:
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
        path = path or self.save_path(f"{code} leads {stamp}.{fmt}", fmt,
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
                 lambda r: self.finish(self.tr("Exported {0} leads to {1}", "", r.count).format(
                     number(r.count), str(r.path)), r.path),
                 self.failed, title=self.tr("Exporting leads…"))
