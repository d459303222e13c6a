"""The Exports card for every manufacturer's leads as one ZIP, a folder per manufacturer;
with a password the ZIP is AES-256 encrypted. For coordinators."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPushButton

from booth_app.storage.database import Database
from booth_app.ui.access.session import StaffSession
from booth_app.ui.exports.export_card import ExportCard
from booth_app.ui.exports.lead_files import FORMATS
from booth_app.ui.language import number
from booth_app.ui.settings import Option
from booth_app.ui.tasks import run_task

# translate("Context", "text"): the form lupdate reads, with the context named.
translate = QCoreApplication.translate

LAST_FOLDER = Option("exports/zip_folder", "")


class LeadsZipCard(ExportCard):
    def __init__(self, db: Database, staff: StaffSession) -> None:
        super().__init__(self.tr("All manufacturers, one ZIP"), self.tr(
            "A folder per manufacturer holding only its own leads. With a password the "
            "ZIP is AES-256 encrypted (7-Zip and current systems open it), so a lost USB "
            "stick leaks nothing."), "zip", LAST_FOLDER)
        self.db, self.staff = db, staff
        form = QFormLayout()
        self.zip_format = QComboBox()
        for fmt, label in FORMATS:
            self.zip_format.addItem(translate("ExportFormats", label), fmt)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional"))
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Format"), self.zip_format)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.password_again)
        self.layout_.addLayout(form)
        self.button = QPushButton(self.tr("Export all…"))
        self.button.clicked.connect(self.export)
        self.layout_.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_result_row()
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        who = self.staff.current
        self.button.setEnabled(who is not None and who.is_coordinator)
        self.say_who(who, self.tr("Sign in as a coordinator to export every manufacturer's "
                                  "leads."),
                     self.tr("For coordinators: a booth exports its own leads only."))

    def export(self, *, path: Path | None = None) -> None:
        from booth_app.core.exports.lead_exports import export_all, log_export

        who = self.staff.current
        if who is None or not who.is_coordinator:
            return
        password = self.password.text()
        if password != self.password_again.text():
            self.result.setText(self.tr("✖ The two passwords differ."))
            self.password_again.setFocus()
            return
        fmt = self.zip_format.currentData()
        stamp = datetime.now().strftime("%Y-%m-%d")
        path = path or self.save_path(f"All leads {stamp}.zip", "zip",
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
            text = self.tr("Exported {0} leads of {1} manufacturers to {2}{3}", "",
                           result.count).format(number(result.count), len(result.parts),
                                                str(result.path), locked)
            self.finish(text, result.path)

        run_task(self, work, done, self.failed,
                 title=self.tr("Exporting every manufacturer's leads…"))
