"""Visitors: search as you type, the table, and the selected visitor's edit form.

Actions (buttons and shortcuts, active while the page has the focus): New visitor
(Ctrl+N), Walk-in mode, Import…, Print badge (Ctrl+P), Print selected (the rows
selected with Ctrl/Shift-click) and Find duplicates. The form on the right saves with
Ctrl+S or Enter; leaving a changed form asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from booth_app.storage.database import Database
from booth_app.storage.models import Visitor
from booth_app.ui.access.guard import is_coordinator, require_coordinator
from booth_app.ui.access.session import StaffSession
from booth_app.ui.language import number
from booth_app.ui.page import Page
from booth_app.ui.visitors.form import VisitorForm
from booth_app.ui.visitors.table_model import (
    COL_BADGE,
    COL_CATEGORY,
    COL_CHECKED_IN,
    COL_CODE,
    COL_COUNTRY,
    COL_NAME,
    COL_ORGANIZATION,
    VisitorTableModel,
)
from booth_app.ui.widgets import ActionSpec, action_row, header_width

SEARCH_DELAY_MS = 120


def _badge_preview(db: Database) -> QWidget:
    """The live badge preview when the printing side provides it, else a placeholder."""
    try:
        from booth_app.ui.badges.preview import BadgePreview
    except ImportError:
        label = QLabel(QCoreApplication.translate("VisitorsPage",
                                                  "Badge preview not available"))
        label.setObjectName("hint")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label
    return BadgePreview(db)


class VisitorsPage(Page):
    def __init__(self, db: Database, staff_session: StaffSession | None = None) -> None:
        super().__init__(db, self.tr("Visitors"))
        self.staff_session = staff_session or StaffSession(self)
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(
            self.tr("Search by name, organisation, e-mail or badge code"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        self.layout_.addLayout(top)
        self.layout_.addLayout(self._make_actions())

        self.model = VisitorTableModel(db, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ORGANIZATION, QHeaderView.ResizeMode.Stretch)
        # Fixed widths for the short columns leave the room to names at 1366x768.
        for column, width in ((COL_COUNTRY, 95), (COL_CATEGORY, 95), (COL_CODE, 96),
                              (COL_CHECKED_IN, 90), (COL_BADGE, 62)):
            header.resizeSection(column, header_width(self.table, column, width))
        header.setMinimumSectionSize(50)
        self.table.setWordWrap(False)

        self.form = VisitorForm(db)
        self.detail = self.form  # the detail panel is the edit form
        self.preview = _badge_preview(db)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.form)
        side_layout.addWidget(self.preview)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(340)
        scroll.setMaximumWidth(390)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.layout_.addWidget(splitter, 1)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.form.saved.connect(self._saved)
        self.form.merge_requested.connect(self.find_duplicates)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_main)
        self._loaded = False
        self._moving = False  # the selection is being restored, not chosen by the user
        self._staying = False  # the user chose to stay on a changed form
        self.staff_session.changed.connect(self._update_actions)
        self._update_actions()

    def _make_actions(self) -> QHBoxLayout:
        specs: tuple[ActionSpec, ...] = (
            ("new", self.tr("New visitor"), QKeySequence.StandardKey.New, self.new_visitor),
            ("walkin", self.tr("Walk-in mode"), None, self.walk_in),
            ("import", self.tr("Import…"), None, self.import_visitors),
            ("print", self.tr("Print badge"), QKeySequence.StandardKey.Print, self.print_badge),
            ("print_selected", self.tr("Print selected"), None, self.print_selected),
            ("duplicates", self.tr("Find duplicates"), None, self.find_duplicates),
            ("erase", self.tr("Erase personal data…"), None, self.erase_visitor),
        )
        row, self.actions_ = action_row(self, specs)
        return row

    # -- search and table -----------------------------------------------------
    def refresh(self) -> None:
        self.run_search()

    def run_search(self, select_id: str | None = None) -> None:
        self.search_timer.stop()
        if not self._confirm_leave():
            return
        self._moving = True
        try:
            self.model.set_query(self.search.text())
        finally:
            self._moving = False
        self._loaded = True
        total = self.model.total
        self.count.setText(self.tr("{0} visitors", "", total).format(number(total)))
        row = self.model.row_of(select_id) if select_id else (0 if total else -1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, COL_NAME))
        else:
            self.form.show_visitor(None)
            self._show_preview(None)
        self._update_actions()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._staying:
            return
        if self._moving:
            self._show(self.model.visitor_at(current.row()) if current.isValid() else None)
            return
        if not self._confirm_leave():
            # Stay on the row being edited, its changes kept in the form.
            self._staying = True
            try:
                self.table.selectionModel().setCurrentIndex(
                    previous, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            finally:
                self._staying = False
            return
        self._show(self.model.visitor_at(current.row()) if current.isValid() else None)

    def _show(self, visitor: Visitor | None) -> None:
        self.form.show_visitor(visitor)
        self._show_preview(visitor.id if visitor is not None else None)

    def _show_preview(self, visitor_id: str | None) -> None:
        show = getattr(self.preview, "show_visitor", None)
        if show is not None:
            show(visitor_id)

    def _confirm_leave(self) -> bool:
        """True when the form may be left: nothing unsaved, saved now, or discarded."""
        if self._moving or not self.form.is_dirty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Save the changes to this visitor?"), parent=self)
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is save:
            return self.form.save(notify=False) is not None
        if box.clickedButton() is discard:
            self.form.revert()
            return True
        return False

    def _saved(self, visitor_id: str, created: bool) -> None:
        """Show the saved visitor in the table: a new one is searched by its name."""
        if created or self.model.row_of(visitor_id) < 0:
            with self.db.reader() as session:
                visitor = session.get(Visitor, visitor_id)
                name = visitor.name if visitor is not None else ""
            self.search.blockSignals(True)
            self.search.setText(name)
            self.search.blockSignals(False)
        self.run_search(select_id=visitor_id)
        self.changed.emit()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [v.id for v in (self.model.visitor_at(r) for r in rows) if v is not None]

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        visitor = self.model.visitor_at(index.row()) if index.isValid() else None
        return visitor.id if visitor is not None else self.form.visitor_id

    def _update_actions(self, *_args: object) -> None:
        count = len(self.selected_ids())
        self.actions_["print"].setEnabled(self.current_id() is not None)
        self.actions_["print_selected"].setEnabled(count > 0)
        self.actions_["print_selected"].setText(
            self.tr("Print selected ({0})").format(count) if count > 1
            else self.tr("Print selected"))
        self.actions_["erase"].setEnabled(self.current_id() is not None)
        # Import, merging and erasure are a coordinator's: the desk is told so and
        # offered the sign-in when it tries (guard.require_coordinator).
        needs = "" if is_coordinator(self.staff_session.current) else " " + self.tr(
            "(needs a coordinator sign-in)")
        for key, text in (("import", self.tr("Import visitors")),
                          ("duplicates", self.tr("Find and merge duplicates")),
                          ("erase", self.tr("Erase the selected visitor's personal data"))):
            self.actions_[key].setToolTip(text + needs)

    # -- actions --------------------------------------------------------------
    def new_visitor(self) -> None:
        if not self._confirm_leave():
            return
        self._moving = True
        self.table.clearSelection()
        self._moving = False
        self.form.start_new()
        self._show_preview(None)

    def walk_in(self) -> None:
        from booth_app.ui.visitors.walk_in import WalkInDialog

        dialog = WalkInDialog(self.db, self)
        dialog.exec()
        if dialog.count:
            self.refresh()
            self.changed.emit()

    def import_visitors(self) -> None:
        if not require_coordinator(self.db, self.staff_session, self.window()):
            return
        try:
            from booth_app.ui.visitors.import_dialog import ImportVisitorsDialog
        except ImportError:
            QMessageBox.information(self, self.tr("Import"),
                                    self.tr("Importing visitors is not available yet."))
            return
        dialog = ImportVisitorsDialog(self.db, self)
        dialog.exec()
        self.refresh()
        self.changed.emit()

    def _print(self, ids: list[str]) -> None:
        if not ids or not self._confirm_leave():
            return
        from booth_app.ui.printing import print_badges

        print_badges(self, self.db, ids,
                     on_done=lambda _result: self.run_search(select_id=self.current_id()))

    def print_badge(self) -> None:
        visitor_id = self.current_id()
        self._print([visitor_id] if visitor_id else [])

    def print_selected(self) -> None:
        self._print(self.selected_ids())

    def find_duplicates(self, visitor_id: str | None = None) -> None:
        if not self._confirm_leave() or not require_coordinator(
                self.db, self.staff_session, self.window()):
            return
        from booth_app.ui.visitors.duplicates import DuplicatesDialog

        dialog = DuplicatesDialog(self.db, self, visitor_id=visitor_id or None)
        merged: list[str] = []
        dialog.merged.connect(merged.append)
        dialog.exec()
        if merged:
            self.run_search(select_id=merged[-1])
            self.changed.emit()

    def erase_visitor(self) -> None:
        """The selected visitor's personal data, gone after a confirmation (coordinator)."""
        visitor_id = self.current_id()
        if not visitor_id or not self._confirm_leave() or not require_coordinator(
                self.db, self.staff_session, self.window()):
            return
        from booth_app.ui.visitors.erase_dialog import EraseDialog

        who = self.staff_session.current
        dialog = EraseDialog(self.db, visitor_id, self,
                             staff_id=who.staff_id if who is not None else None)
        self.erase_dialog = dialog
        if dialog.exec() == EraseDialog.DialogCode.Accepted:
            self.run_search(select_id=visitor_id)
            self.changed.emit()

    # -- page -----------------------------------------------------------------
    def focus_main(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def visitor_total(self) -> int:
        if not self._loaded:
            self.model.set_query("")
            self._loaded = True
        return self.model.total

    def main_widget(self) -> QWidget:
        return self.search

