"""Purge for a coordinator: pick a date, count first (a dry run), then erase on confirm."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.errors import BoothError
from booth_app.core.events import current_event
from booth_app.core.visitors.purge import purge
from booth_app.storage.database import Database
from booth_app.ui.language import error_text


class PurgeDialog(QDialog):
    """Count (dry run) whenever the date changes; Erase is enabled once there is a count."""

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 staff_id: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.staff_id = staff_id
        self.result_: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Purge personal data"))
        self.setMinimumWidth(520)
        with db.reader() as session:
            event = current_event(session)
        default = (event.retention_date if event is not None and event.retention_date
                   else date.today())
        self.day = QDateEdit(QDate(default.year, default.month, default.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        explain = QLabel(self.tr(
            "Everyone not seen since this date (no check-in, lead, note or meeting) is "
            "erased from this laptop and, through sync, from every laptop. Counts stay. "
            "Rolling backups older than the date are deleted."))
        explain.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setObjectName("purgeVerdict")
        form = QFormLayout()
        form.addRow(self.tr("Not seen since"), self.day)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("Erase them"))
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.buttons)
        self.day.dateChanged.connect(lambda _d: self.count())
        self.would_erase = 0
        self.count()

    def picked(self) -> date:
        return self.day.date().toPython()  # type: ignore[no-any-return]

    def count(self) -> None:
        """The dry run: how many would go, changing nothing."""
        try:
            result = purge(self.db, before=self.picked(), dry_run=True)
        except BoothError as exc:
            self.would_erase = 0
            self.verdict.setText(error_text(exc))
            self.erase_button.setEnabled(False)
            return
        self.would_erase = int(result["would_erase"])
        text = self.tr("{0} visitors not seen since {1} would be erased.").format(
            self.would_erase, result["before"])
        if result["backups_to_delete"]:
            text += " " + self.tr("{0} older backups would be deleted.").format(
                result["backups_to_delete"])
        self.verdict.setText(text)
        self.erase_button.setEnabled(self.would_erase > 0)

    def confirm(self) -> None:
        try:
            self.result_ = purge(self.db, before=self.picked(), staff_id=self.staff_id)
        except BoothError as exc:
            self.verdict.setText(error_text(exc))
            return
        self.accept()
