"""Import manufacturers or products from a CSV/XLSX file, with progress and a report.

The import starts as soon as a file is chosen (the columns are found from their
headers, English or Indonesian); it runs off the GUI thread in one transaction, so
Cancel keeps nothing. The report lists each rejected row with its spreadsheet row
number and can be copied.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.errors import BoothError, Cancelled
from booth_app.core.exhibitors.manufacturers import import_exhibitors
from booth_app.core.exhibitors.products import import_products
from booth_app.core.progress import Progress
from booth_app.storage.database import Database
from booth_app.ui.errors import show_error
from booth_app.ui.language import error_text
from booth_app.ui.tasks import Task, run_task

EXHIBITORS, PRODUCTS = "exhibitors", "products"


class ImportSetupDialog(QDialog):
    """`kind` is EXHIBITORS or PRODUCTS; with `path` the import starts at once."""

    def __init__(self, db: Database, kind: str, parent: QWidget | None = None,
                 path: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.kind = kind
        self.task: Task | None = None
        self.errors: list[dict[str, Any]] = []
        self.changed = False  # something was imported: the page reloads
        self.setWindowTitle(self.tr("Import manufacturers") if kind == EXHIBITORS
                            else self.tr("Import products"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        explain = QLabel(self.tr(
            "A CSV or Excel file with a header row. Columns: company name (Perusahaan), "
            "code (Kode), booth (Stan), country (Negara), city, contact, e-mail, phone, "
            "website, products (Produk, several separated by ;). Rows are matched on the "
            "code: importing again updates, never duplicates.") if kind == EXHIBITORS
            else self.tr(
            "A CSV or Excel file with a header row and one product per row. Columns: "
            "manufacturer code (Kode) or company name (Perusahaan), product name "
            "(Produk), category (Kategori). A product already listed is updated, never "
            "added twice."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.rejected = QTableWidget(0, 2)
        self.rejected.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Reason")])
        self.rejected.verticalHeader().hide()
        self.rejected.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rejected.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.rejected, 1)
        bottom = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy rejected rows"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_report)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.copy_button)
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        if path:
            self.start_import(path)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.windowTitle(), "",
            self.tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)"))
        if path:
            self.start_import(path)

    def start_import(self, path: str) -> None:
        if self.task is not None:
            return
        self.file_edit.setText(path)
        self.errors = []
        self.rejected.setRowCount(0)
        self.copy_button.setEnabled(False)
        self.summary.setText(self.tr("Importing {0}…").format(Path(path).name))
        self._running(True)
        kind, db = self.kind, self.db

        def work(progress: Progress) -> dict[str, Any]:
            with db.session() as session:
                if kind == EXHIBITORS:
                    return import_exhibitors(session, path, progress)
                return import_products(session, path, progress).as_dict()

        self.task = run_task(self, work, self._finished, self._failed)
        self.task.signals.progress.connect(self._progress)

    def _progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))

    def _running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.choose_button.setEnabled(not running)

    def cancel_import(self) -> None:
        if self.task is not None:
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Cancelling…"))
            self.task.cancel()

    def _finished(self, result: dict[str, Any]) -> None:
        self.task = None
        self._running(False)
        if self.kind == EXHIBITORS:
            text = self.tr("✔ Manufacturers added: {0}, updated: {1}. Rows rejected: {2}."
                           ).format(result["imported"], result["updated"], result["skipped"])
            self.changed = bool(result["imported"] or result["updated"])
        else:
            text = self.tr(
                "✔ Products added: {0}, updated: {1}, already listed: {2}. Rows rejected: {3}."
            ).format(result["added"], result["updated"], result["unchanged"], result["skipped"])
            self.changed = bool(result["added"] or result["updated"])
        self.summary.setText(text)
        self.errors = list(result["errors"])
        self.rejected.setRowCount(len(self.errors))
        for r, error in enumerate(self.errors):
            self.rejected.setItem(r, 0, QTableWidgetItem(str(error["row"])))
            reason = QTableWidgetItem(str(error["reason"]))
            reason.setToolTip(str(error["reason"]))
            self.rejected.setItem(r, 1, reason)
        self.rejected.resizeColumnToContents(0)
        self.copy_button.setEnabled(bool(self.errors))

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._running(False)
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Import cancelled: nothing was imported."))
        elif isinstance(exc, BoothError):
            self.summary.setText(self.tr("✖ Nothing was imported: {0}").format(error_text(exc)))
        else:
            self.summary.setText(self.tr("✖ The import stopped: nothing was imported."))
            show_error(self, exc)

    def report_text(self) -> str:
        lines = [f"{self.tr('Row')}\t{self.tr('Reason')}"]
        lines += [f"{e['row']}\t{e['reason']}" for e in self.errors]
        return "\n".join(lines) + "\n"

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.summary.setText(self.summary.text().split("\n")[0] + "\n"
                             + self.tr("The rejected rows are on the clipboard."))

    def reject(self) -> None:
        """Escape or Close: while importing, it cancels first (nothing is kept)."""
        if self.task is not None:
            self.cancel_import()
            return
        super().reject()
