"""Import visitors: choose the organiser's file, check the columns, run, read the report.

The file is read once when chosen; each of its columns gets a drop-down saying what it
holds (detected from the header, English or Indonesian, or "ignore"), and the first
rows show as they would be imported. The import runs off the GUI thread with a
progress bar and Cancel; it is one transaction, so Cancel keeps nothing. The report
lists every rejected row; it can be copied or saved as CSV.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.errors import BoothError, Cancelled
from booth_app.core.tabular import Table, read_table
from booth_app.core.visitors.import_columns import FIELDS, check_mapping, detect_mapping
from booth_app.core.visitors.importing import ImportResult, import_visitors, preview
from booth_app.storage.database import Database
from booth_app.ui.errors import show_error
from booth_app.ui.language import error_text
from booth_app.ui.tasks import Task, run_task

IGNORE = ""
PREVIEW_ROWS = 10
MAX_COLUMN_PX = 220
# What the preview shows, in this order (first and last name show as the name).
PREVIEW_FIELDS = ("name", "organization", "email", "phone", "country", "category",
                  "job_title", "external_id", "consent")

# translate("Context", "text"): the form lupdate reads, with the context named.
translate = QCoreApplication.translate


class ImportVisitorsDialog(QDialog):
    def __init__(
        self, db: Database, parent: QWidget | None = None, path: str | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.table: Table | None = None
        self.path: Path | None = None
        self.task: Task | None = None
        self.result: ImportResult | None = None
        self.combos: list[QComboBox] = []
        self.file_info = ""
        self.setWindowTitle(self.tr("Import visitors"))
        self.resize(940, 640)
        self.labels = {
            "name": self.tr("Full name"),
            "given_name": self.tr("First name"),
            "family_name": self.tr("Last name"),
            "organization": self.tr("Organisation"),
            "job_title": self.tr("Job title"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "country": self.tr("Country"),
            "category": self.tr("Category"),
            "external_id": self.tr("Registration ID"),
            "consent": self.tr("Consent"),
        }
        self._build()
        if path:
            self.open_file(path)
        else:
            self.file_edit.setPlaceholderText(self.tr("Choose the organiser's CSV or XLSX file"))

    # -- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)

        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        setup = QWidget()
        setup_layout = QVBoxLayout(setup)
        setup_layout.setContentsMargins(0, 0, 0, 0)
        setup_layout.addWidget(QLabel(self.tr("Columns in the file, and what each holds:")))
        self.columns = self._table([self.tr("Column in the file"), self.tr("First value"),
                                    self.tr("Import as")])
        setup_layout.addWidget(self.columns, 2)
        setup_layout.addWidget(QLabel(self.tr("The first rows, as they will be imported:")))
        self.preview = self._table([])
        setup_layout.addWidget(self.preview, 3)
        self.pages.addWidget(setup)

        report = QWidget()
        report_layout = QVBoxLayout(report)
        report_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        report_layout.addWidget(self.summary)
        self.rejected = self._table([self.tr("Row"), self.tr("Reason")])
        report_layout.addWidget(self.rejected, 1)
        actions = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy rejected rows"))
        self.copy_button.clicked.connect(self.copy_report)
        self.save_button = QPushButton(self.tr("Save as CSV…"))
        self.save_button.clicked.connect(self.choose_report_file)
        for button in (self.copy_button, self.save_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        report_layout.addLayout(actions)
        self.pages.addWidget(report)

        bottom = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setVisible(False)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(0)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # -- choosing the file and the mapping -------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the visitor list"), "",
            self.tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Read the file and show its columns; an unreadable file is said so, here."""
        self.file_edit.setText(path)
        self.pages.setCurrentIndex(0)
        try:
            table = read_table(path)
        except BoothError as exc:
            self.table = None
            self.info.setText(self.tr("This file cannot be imported: {0}").format(error_text(exc)))
            self.columns.setRowCount(0)
            self.preview.setRowCount(0)
            self.import_button.setEnabled(False)
            return
        self.table, self.path = table, Path(path)
        kind = self.tr("Excel workbook") if table.encoding == "xlsx" else self.tr(
            "Text file ({0}, separated by {1})").format(table.encoding, _delimiter_name(
                table.delimiter, self))
        self.file_info = self.tr("{0}: {1} rows.").format(kind, len(table))
        self.info.setText(self.file_info)
        self._fill_columns(detect_mapping(table.headers))
        self.update_preview()

    def _fill_columns(self, mapping: dict[str, int]) -> None:
        assert self.table is not None
        by_column = {index: field for field, index in mapping.items()}
        first = self.table.rows[0][1] if self.table.rows else []
        self.columns.setRowCount(len(self.table.headers))
        self.combos = []
        for index, header in enumerate(self.table.headers):
            self.columns.setItem(index, 0, QTableWidgetItem(header or self.tr("(no header)")))
            sample = first[index] if index < len(first) else ""
            self.columns.setItem(index, 1, QTableWidgetItem(sample.replace("\n", " ")[:80]))
            combo = QComboBox()
            combo.addItem(self.tr("— ignore —"), IGNORE)
            for field in FIELDS:
                combo.addItem(self.labels[field], field)
            combo.setCurrentIndex(max(0, combo.findData(by_column.get(index, IGNORE))))
            combo.currentIndexChanged.connect(lambda _i, column=index: self._changed(column))
            self.columns.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def _changed(self, column: int) -> None:
        # One column per field: choosing a field already taken frees the other column.
        chosen = self.combos[column].currentData()
        if chosen:
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == chosen:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.update_preview()

    def mapping(self) -> dict[str, int]:
        return {combo.currentData(): index for index, combo in enumerate(self.combos)
                if combo.currentData()}

    def update_preview(self) -> None:
        if self.table is None:
            return
        mapping = self.mapping()
        try:
            check_mapping(mapping)
            ready = True
        except BoothError:
            ready = False
        self.import_button.setEnabled(ready and len(self.table) > 0)
        if ready:
            self.info.setText(self.file_info)
        else:
            self.info.setText(self.tr("Choose which column holds the name (or the first and "
                                      "last name) to import."))
        shown = [f for f in PREVIEW_FIELDS if f == "name" or f in mapping]
        # Row, Problem, then the fields: a rejected row's reason is seen without scrolling.
        self.preview.clear()
        self.preview.setColumnCount(len(shown) + 2)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Problem")] + [self.labels[f] for f in shown])
        rows = preview(self.table, mapping, PREVIEW_ROWS) if ready else []
        self.preview.setRowCount(len(rows))
        for r, got in enumerate(rows):
            self.preview.setItem(r, 0, QTableWidgetItem(str(got["row"])))
            error = got.get("error", "")
            problem = QTableWidgetItem(error)
            problem.setForeground(Qt.GlobalColor.darkRed)
            problem.setToolTip(error)
            self.preview.setItem(r, 1, problem)
            fields: dict[str, Any] = got.get("fields") or self._raw(r, mapping)
            for c, field in enumerate(shown, start=2):
                value = fields.get(field, "")
                if field == "consent" and not error:
                    value = self.tr("yes") if value else self.tr("no")
                item = QTableWidgetItem(str(value))
                item.setToolTip(str(value))
                if error:
                    item.setForeground(Qt.GlobalColor.gray)  # as typed; it will not go in
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        for c in range(self.preview.columnCount()):
            # A 300-character name must not push the other columns out of sight.
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), MAX_COLUMN_PX))

    def _raw(self, index: int, mapping: dict[str, int]) -> dict[str, str]:
        assert self.table is not None
        cells = self.table.rows[index][1]
        return {f: cells[i].replace("\n", " ") for f, i in mapping.items() if i < len(cells)}

    # -- running ----------------------------------------------------------------------
    def start_import(self) -> None:
        if self.table is None or self.task is not None or not self.import_button.isEnabled():
            return
        table, path, mapping = self.table, self.path, self.mapping()
        self._running(True)

        def work(progress: Any) -> ImportResult:
            return import_visitors(self.db, path or "", mapping, progress, table=table)

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
        for widget in (self.import_button, self.choose_button, self.columns):
            widget.setEnabled(not running)

    def cancel_import(self) -> None:
        if self.task is not None:
            self.cancel_button.setEnabled(False)
            self.info.setText(self.tr("Cancelling…"))
            self.task.cancel()

    def _finished(self, result: ImportResult) -> None:
        self.task = None
        self._running(False)
        self.result = result
        self.import_button.setEnabled(False)
        self.close_button.setDefault(True)
        self.summary.setText(self.tr(
            "Imported {0} new visitors, updated {1}, skipped {2} rows.").format(
                result.imported, result.updated, result.skipped))
        self.info.setText(self.tr("Import finished."))
        self.rejected.setRowCount(len(result.errors))
        for r, error in enumerate(result.errors):
            self.rejected.setItem(r, 0, QTableWidgetItem(str(error["row"])))
            self.rejected.setItem(r, 1, QTableWidgetItem(error["reason"]))
        self.rejected.resizeColumnToContents(0)
        has_errors = bool(result.errors)
        self.copy_button.setEnabled(has_errors)
        self.save_button.setEnabled(has_errors)
        self.pages.setCurrentIndex(1)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._running(False)
        if isinstance(exc, Cancelled):
            self.info.setText(self.tr("Import cancelled: nothing was imported."))
            return
        self.info.setText(self.tr("The import stopped: nothing was imported."))
        show_error(self, exc)

    def reject(self) -> None:
        """Escape or Close: while importing, it cancels first (nothing is kept)."""
        if self.task is not None:
            self.cancel_import()
            return
        if self.result is not None and (self.result.imported or self.result.updated):
            self.accept()
            return
        super().reject()

    # -- the report -------------------------------------------------------------------
    def report_rows(self) -> list[tuple[int, str]]:
        return [(e["row"], e["reason"]) for e in (self.result.errors if self.result else [])]

    def copy_report(self) -> None:
        lines = [f"{self.tr('Row')}\t{self.tr('Reason')}"]
        lines += [f"{row}\t{reason}" for row, reason in self.report_rows()]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
        self.info.setText(self.tr("The rejected rows are on the clipboard."))

    def choose_report_file(self) -> None:
        suggested = str(self.path.with_name(self.path.stem + "-rejected.csv")) if self.path else ""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the rejected rows"), suggested, self.tr("CSV (*.csv)"))
        if path:
            self.save_report(path)

    def save_report(self, path: str) -> None:
        try:
            # utf-8-sig: Excel opens it with the accents and scripts intact.
            with open(path, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow([self.tr("Row"), self.tr("Reason")])
                writer.writerows(self.report_rows())
        except OSError as exc:
            show_error(self, BoothError(self.tr("Cannot save {0}: {1}").format(path, exc)))
            return
        self.info.setText(self.tr("Saved {0}").format(path))


def _delimiter_name(delimiter: str, widget: QWidget) -> str:
    names = {",": translate("ImportVisitorsDialog", "commas"),
             ";": translate("ImportVisitorsDialog", "semicolons"),
             "\t": translate("ImportVisitorsDialog", "tabs"),
             "|": translate("ImportVisitorsDialog", "bars")}
    return names.get(delimiter, repr(delimiter))
