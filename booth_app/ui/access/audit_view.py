"""The audit log for a coordinator: entries newest first, filtered by action and staff."""

from __future__ import annotations

from datetime import UTC
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.audit import list_entries
from booth_app.core.events import current_event
from booth_app.storage.database import Database

# translate("Context", "text"): the form lupdate reads, with the context named.
translate = QCoreApplication.translate

LIMIT = 500
# (filter, label): a whole group or one action of core/audit.py.
ACTIONS = (
    ("", QT_TRANSLATE_NOOP("AuditDialog", "All actions")),
    ("visitor.erase", QT_TRANSLATE_NOOP("AuditDialog", "Erasures")),
    ("visitor.purge", QT_TRANSLATE_NOOP("AuditDialog", "Purges")),
    ("visitor.export_data", QT_TRANSLATE_NOOP("AuditDialog", "Personal data exports")),
    ("visitor", QT_TRANSLATE_NOOP("AuditDialog", "Visitors (all)")),
    ("badge", QT_TRANSLATE_NOOP("AuditDialog", "Badges")),
    ("lead", QT_TRANSLATE_NOOP("AuditDialog", "Leads")),
    ("staff", QT_TRANSLATE_NOOP("AuditDialog", "Sign-ins and PINs")),
    ("setup", QT_TRANSLATE_NOOP("AuditDialog", "Setup")),
    ("sync", QT_TRANSLATE_NOOP("AuditDialog", "Sync")),
    ("database", QT_TRANSLATE_NOOP("AuditDialog", "Backups")),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("AuditDialog", "Time"),
    QT_TRANSLATE_NOOP("AuditDialog", "Who"),
    QT_TRANSLATE_NOOP("AuditDialog", "Laptop"),
    QT_TRANSLATE_NOOP("AuditDialog", "Action"),
    QT_TRANSLATE_NOOP("AuditDialog", "What"),
)


class AuditDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1100, 600)
        with db.reader() as session:
            event = current_event(session)
        self.zone = ZoneInfo(event.timezone) if event is not None else None
        self.action = QComboBox()
        for key, label in ACTIONS:
            self.action.addItem(translate("AuditDialog", label), key)
        self.staff = QLineEdit()
        self.staff.setPlaceholderText(self.tr("Staff name"))
        self.staff.setClearButtonEnabled(True)
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Action")))
        filters.addWidget(self.action)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Staff")))
        filters.addWidget(self.staff, 1)
        filters.addWidget(self.count)
        self.table = QTableWidget(0, len(COLUMNS))
        labels = [translate("AuditDialog", c) for c in COLUMNS]
        if event is not None:
            labels[0] = self.tr("Time ({0})").format(event.timezone)
        self.table.setHorizontalHeaderLabels(labels)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, width in enumerate((170, 190, 110, 130)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.action.currentIndexChanged.connect(lambda _i: self.refresh())
        self.staff.textChanged.connect(lambda _t: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        with self.db.reader() as session:
            entries = list_entries(session, action=self.action.currentData() or None,
                                   who=self.staff.text().strip() or None, limit=LIMIT)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=UTC)
            at = at.astimezone(self.zone) if self.zone is not None else at
            cells = (f"{at:%Y-%m-%d %H:%M:%S}", entry.who or self.tr("(nobody signed in)"),
                     entry.device, entry.action, entry.what)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.count.setText(self.tr("{0} entries (newest first)").format(len(entries))
                           if len(entries) < LIMIT else
                           self.tr("The newest {0} entries").format(LIMIT))
        self.table.setCurrentCell(-1, -1)

    def rows(self) -> list[list[str]]:
        """The table's text, for tests."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]
