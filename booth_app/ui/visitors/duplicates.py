"""Find duplicates: groups of records that look like one person, merged on request.

Groups on the left (same e-mail, or same name and organisation); the chosen group's
records on the right with what tells them apart (code, source, check-ins, badge).
Select the record to keep, press Merge, confirm: the others become it (see
core.visitors.merge.merge_visitors; their printed badges keep working).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.badges.codes import format_code
from booth_app.core.errors import BoothError
from booth_app.core.visitors.merge import (
    duplicate_groups,
    duplicates_of,
    merge_visitors,
    visitors_by_id,
)
from booth_app.storage.database import Database
from booth_app.storage.models import Visitor
from booth_app.ui.errors import show_error
from booth_app.ui.language import country_name, number
from booth_app.ui.tasks import Task, run_task
from booth_app.ui.visitors.table_model import page_marks

# translate("Context", "text"): the form lupdate reads, with the context named.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Candidate:
    id: str
    name: str
    organization: str
    email: str
    phone: str
    country: str
    code: str
    source: str
    registered: str
    checkins: int
    badge: bool


def _candidates(group: list[Visitor], marks: dict[str, tuple[int, bool]]) -> list[Candidate]:
    return [Candidate(v.id, v.name, v.organization, v.email, v.phone, country_name(v.country),
                      format_code(v.code), v.source, v.created_at.strftime("%Y-%m-%d %H:%M"),
                      *marks.get(v.id, (0, False))) for v in group]


SHOWN_GROUPS = 500


def load_groups(db: Database, visitor_id: str | None = None
                ) -> tuple[list[list[Candidate]], int]:
    """The first SHOWN_GROUPS duplicate groups (or only the one around `visitor_id`) and
    how many there are; the likeliest keeper (most check-ins, a printed badge, earliest)
    first in each."""
    with db.reader() as session:
        if visitor_id is None:
            all_ids = duplicate_groups(session)
            total = len(all_ids)
            found = {v.id: v for v in visitors_by_id(
                session, [vid for ids in all_ids[:SHOWN_GROUPS] for vid in ids])}
            groups = [[found[vid] for vid in ids] for ids in all_ids[:SHOWN_GROUPS]]
        else:
            visitor = session.get(Visitor, visitor_id)
            found = duplicates_of(session, visitor) if visitor is not None else []
            groups = [[visitor, *found]] if visitor is not None and found else []
            total = len(groups)
        ids = [v.id for g in groups for v in g]
        marks: dict[str, tuple[int, bool]] = {}
        for start in range(0, len(ids), 500):
            marks.update(page_marks(session, ids[start:start + 500]))
        result = [_candidates(g, marks) for g in groups]
    for group in result:
        group.sort(key=lambda c: (-c.checkins, not c.badge, c.registered))
    return result, total


class DuplicatesDialog(QDialog):
    merged = Signal(str)  # the id of the visitor kept

    # What tells the records apart (code, check-ins, badge) before the long columns.
    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeaders", "Name"),
        QT_TRANSLATE_NOOP("TableHeaders", "Code"),
        QT_TRANSLATE_NOOP("TableHeaders", "Checked in"),
        QT_TRANSLATE_NOOP("TableHeaders", "Badge"),
        QT_TRANSLATE_NOOP("TableHeaders", "Organisation"),
        QT_TRANSLATE_NOOP("TableHeaders", "E-mail"),
        QT_TRANSLATE_NOOP("TableHeaders", "Phone"),
        QT_TRANSLATE_NOOP("TableHeaders", "Country"),
        QT_TRANSLATE_NOOP("TableHeaders", "Source"),
        QT_TRANSLATE_NOOP("TableHeaders", "Registered"),
    )

    def __init__(self, db: Database, parent: QWidget | None = None,
                 visitor_id: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.visitor_id = visitor_id
        self.groups: list[list[Candidate]] = []
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(1100, 560)
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Looking for visitors registered twice…"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        splitter = QSplitter()
        self.group_list = QListWidget()
        self.group_list.currentRowChanged.connect(self._show_group)
        self.group_list.setMinimumWidth(260)
        splitter.addWidget(self.group_list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr(
            "Select the record to keep. The others are merged into it: their check-ins and "
            "leads move to it, their badges keep working.")))
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([translate("TableHeaders", h) for h in self.HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        right_layout.addWidget(self.table, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 820])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox()
        self.merge_button = QPushButton(self.tr("Merge into the selected record…"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(buttons)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        visitor_id = self.visitor_id
        self.task = run_task(self, lambda _p: load_groups(self.db, visitor_id), self._loaded)

    def _loaded(self, loaded: tuple[list[list[Candidate]], int]) -> None:
        self.task = None
        groups, total = loaded
        self.groups = groups
        self.group_list.clear()
        for group in groups:
            self.group_list.addItem(self.tr("{0} — {1} records").format(group[0].name,
                                                                        len(group)))
        if groups:
            text = self.tr("{0} groups of possible duplicates (same e-mail, or same name and "
                           "organisation).").format(number(total))
            if total > len(groups):
                text += " " + self.tr("The first {0} are shown; merge them and look again "
                                      "for the rest.").format(len(groups))
            self.status.setText(text)
            self.group_list.setCurrentRow(0)
        else:
            self.status.setText(self.tr("✔ No duplicates found."))
            self._show_group(-1)

    def _show_group(self, row: int) -> None:
        group = self.groups[row] if 0 <= row < len(self.groups) else []
        self.table.setRowCount(len(group))
        for r, c in enumerate(group):
            values = (c.name, c.code, str(c.checkins) if c.checkins else self.tr("No"),
                      self.tr("Printed") if c.badge else self.tr("No"), c.organization,
                      c.email, c.phone, c.country, c.source, c.registered)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(r, column, item)
        if group:
            self.table.selectRow(0)
        self.merge_button.setEnabled(bool(group))

    def merge_selected(self, _checked: bool = False, *, confirm: bool = True) -> str | None:
        """Merge the shown group into the selected record, after a confirmation."""
        row = self.group_list.currentRow()
        if not 0 <= row < len(self.groups) or self.table.currentRow() < 0:
            return None
        group = self.groups[row]
        keep = group[self.table.currentRow()]
        others = [c for c in group if c.id != keep.id]
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge visitors"),
                              self.tr("Merge {0} other record(s) into “{1}” ({2})?").format(
                                  len(others), keep.name, keep.code), parent=self)
            box.setInformativeText(self.tr(
                "Their check-ins and leads move to this visitor; their printed badges keep "
                "working. This cannot be undone."))
            merge = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not merge:
                return None
        try:
            with self.db.session() as session:
                kept = session.get(Visitor, keep.id)
                dupes = [session.get(Visitor, c.id) for c in others]
                if kept is None or any(d is None for d in dupes):
                    raise BoothError(self.tr("These records changed meanwhile; look again."))
                merge_visitors(session, kept, [d for d in dupes if d is not None])
        except BoothError as exc:
            show_error(self, exc)
            return None
        del self.groups[row]
        self.group_list.takeItem(row)
        self.status.setText(self.tr("✔ Merged {0} record(s) into {1}.").format(
            len(others), keep.name))
        if not self.groups:
            self._show_group(-1)
        self.merged.emit(keep.id)
        return keep.id
