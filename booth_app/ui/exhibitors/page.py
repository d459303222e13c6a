"""Exhibitors: the coordinator sets up the pavilion's manufacturers and check-in points.

Manufacturers tab: the list on the left (search, booth, product count) and, for the
chosen one, tabs for its profile, products, staff and qualifier questions. Actions
(active while the page has the focus): New manufacturer (Ctrl+N), Import
manufacturers…, Import products…. Check-in points tab: the event's points, which
belong to no manufacturer.

The tab widgets live in ui/dialogs/exhibitor_*.py with the dialogs they open.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor
from booth_app.ui.exhibitors.catalogue import ProductsTab
from booth_app.ui.exhibitors.import_dialog import EXHIBITORS, PRODUCTS, ImportSetupDialog
from booth_app.ui.exhibitors.points import PointsTab
from booth_app.ui.exhibitors.profile import ProfileForm
from booth_app.ui.exhibitors.questions import QuestionsTab
from booth_app.ui.exhibitors.staff import StaffTab
from booth_app.ui.exhibitors.table_model import (
    COL_BOOTH,
    COL_CODE,
    COL_COUNTRY,
    COL_NAME,
    COL_PRODUCTS,
    ExhibitorRole,
    ExhibitorTableModel,
    SortRole,
)
from booth_app.ui.page import Page
from booth_app.ui.widgets import ActionSpec, action_row

TAB_PROFILE, TAB_PRODUCTS, TAB_STAFF, TAB_QUESTIONS = range(4)
SECTION_MANUFACTURERS, SECTION_POINTS = range(2)


class ExhibitorsPage(Page):
    def __init__(self, db: Database) -> None:
        super().__init__(db, self.tr("Exhibitors"))
        self.shown_id: str | None = None  # the manufacturer the tabs show
        self._moving = False  # the selection is being restored, not chosen by the user
        self.import_dialog: ImportSetupDialog | None = None

        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        manufacturers = QWidget()
        m_layout = QVBoxLayout(manufacturers)
        m_layout.setContentsMargins(0, 8, 0, 0)
        m_layout.addLayout(self._make_actions())
        m_layout.addWidget(self._make_splitter(db), 1)
        self.points = PointsTab(db)
        self.sections.addTab(manufacturers, self.tr("Manufacturers"))
        self.sections.addTab(self.points, self.tr("Check-in points"))
        self.sections.currentChanged.connect(self._section_changed)
        self.layout_.addWidget(self.sections, 1)

        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.form.saved.connect(self._saved)
        self.form.deleted.connect(lambda _id: self._after_delete())
        for tab in (self.products_tab, self.staff_tab, self.questions_tab):
            tab.changed.connect(self._counts_changed)

    # -- layout -----------------------------------------------------------------------
    def _make_actions(self) -> QHBoxLayout:
        specs: tuple[ActionSpec, ...] = (
            ("new", self.tr("New manufacturer"), QKeySequence.StandardKey.New,
             self.new_manufacturer),
            ("import_exhibitors", self.tr("Import manufacturers…"), None,
             self.import_manufacturers),
            ("import_products", self.tr("Import products…"), None, self.import_products),
        )
        row, self.actions_ = action_row(self, specs)
        return row

    def _make_splitter(self, db: Database) -> QSplitter:
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Find by company, code or booth"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.table_focus)

        self.model = ExhibitorTableModel(db, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setColumnHidden(COL_COUNTRY, True)  # all but a few are Indonesian
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_CODE, 80), (COL_BOOTH, 72), (COL_PRODUCTS, 82)):
            header.resizeSection(column, width)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left.setMinimumWidth(360)

        self.form = ProfileForm(db)
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.products_tab = ProductsTab(db)
        self.staff_tab = StaffTab(db)
        self.questions_tab = QuestionsTab(db)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Profile"))
        self.tabs.addTab(self.products_tab, self.tr("Products"))
        self.tabs.addTab(self.staff_tab, self.tr("Staff"))
        self.tabs.addTab(self.questions_tab, self.tr("Questions"))
        self.tabs.setMinimumWidth(600)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([470, 650])
        return splitter

    # -- the list ---------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        if self.current_event() is None:
            return
        keep = select_id or self.shown_id
        # Unsaved typing (a new manufacturer, or an edit) is never thrown away by a refresh.
        dirty = self.form.is_dirty()
        self._moving = True
        try:
            self.model.load()
            row = self._proxy_row(keep)
            if row < 0 and not dirty and self.proxy.rowCount():
                row = 0
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
        finally:
            self._moving = False
        self._update_subtitle()
        if not dirty:
            chosen = self.selected_exhibitor()
            self._show(chosen.id if chosen is not None else None)
        if self.sections.currentIndex() == SECTION_POINTS:
            self.points.reload()

    def _update_subtitle(self) -> None:
        products = sum(row.products for row in self.model.rows)
        self.header.set_subtitle(self.tr("{0} manufacturers · {1} products").format(
            self.model.rowCount(), products))

    def _proxy_row(self, exhibitor_id: str | None) -> int:
        source = self.model.row_of(exhibitor_id)
        if source < 0:
            return -1
        return self.proxy.mapFromSource(self.model.index(source, 0)).row()

    def selected_exhibitor(self) -> Exhibitor | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ExhibitorRole) if rows else None

    def _filter(self, text: str) -> None:
        self._moving = True
        try:
            self.proxy.setFilterFixedString(text.strip())
            row = self._proxy_row(self.shown_id)
            if row >= 0:
                self.table.selectRow(row)
        finally:
            self._moving = False

    def table_focus(self) -> None:
        if not self.selected_exhibitor() and self.proxy.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._moving:
            return
        exhibitor = current.data(ExhibitorRole) if current.isValid() else None
        new_id = exhibitor.id if exhibitor is not None else None
        if new_id == self.shown_id and new_id is not None:
            return
        if not self._confirm_leave():
            self._moving = True
            try:
                self.table.selectionModel().setCurrentIndex(
                    previous, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            finally:
                self._moving = False
            return
        self._show(new_id)

    def _show(self, exhibitor_id: str | None) -> None:
        exhibitor = None
        if exhibitor_id is not None:
            with self.db.reader() as session:
                exhibitor = session.get(Exhibitor, exhibitor_id)
        self.shown_id = exhibitor.id if exhibitor is not None else None
        self.form.show_exhibitor(exhibitor)
        for tab in (self.products_tab, self.staff_tab, self.questions_tab):
            tab.show_exhibitor(self.shown_id)

    def _confirm_leave(self) -> bool:
        """True when the profile may be left: nothing unsaved, saved now, or discarded."""
        if not self.form.is_dirty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Save the changes to this manufacturer?"), parent=self)
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is save:
            saved = self.form.save(notify=False)
            if saved is not None:
                self.refresh(select_id=saved)
            return saved is not None
        if box.clickedButton() is discard:
            self.form.revert()
            return True
        return False

    # -- actions ----------------------------------------------------------------------
    def new_manufacturer(self) -> None:
        if not self._confirm_leave():
            return
        self.sections.setCurrentIndex(SECTION_MANUFACTURERS)
        self.tabs.setCurrentIndex(TAB_PROFILE)
        self._moving = True
        try:
            self.table.clearSelection()
        finally:
            self._moving = False
        self.shown_id = None
        for tab in (self.products_tab, self.staff_tab, self.questions_tab):
            tab.show_exhibitor(None)
        self.form.start_new()

    def _saved(self, exhibitor_id: str, created: bool) -> None:
        if self._proxy_row(exhibitor_id) < 0 and created:
            self.search.clear()  # the new manufacturer must be seen in the list
        self.refresh(select_id=exhibitor_id)
        self.form.say(self.tr("✔ Added: now its products, staff and questions")
                      if created else self.tr("✔ Saved"))
        self.changed.emit()

    def _after_delete(self) -> None:
        self.shown_id = None
        self.refresh()
        self.form.say(self.tr("✔ Deleted"))
        self.changed.emit()

    def _counts_changed(self) -> None:
        """A product was added or removed: the list's counts follow, the tabs stay."""
        self._moving = True
        try:
            self.model.load()
            row = self._proxy_row(self.shown_id)
            if row >= 0:
                self.table.selectRow(row)
        finally:
            self._moving = False
        self._update_subtitle()
        self.changed.emit()

    def _section_changed(self, index: int) -> None:
        if index == SECTION_POINTS:
            self.points.reload()

    def import_manufacturers(self, path: str | None = None) -> ImportSetupDialog | None:
        return self._import(EXHIBITORS, path, self.tr("Import manufacturers"))

    def import_products(self, path: str | None = None) -> ImportSetupDialog | None:
        return self._import(PRODUCTS, path, self.tr("Import products"))

    def _import(self, kind: str, path: str | None, title: str) -> ImportSetupDialog | None:
        """Choose the file (unless given), then import it in a dialog with its report."""
        if not self._confirm_leave():
            return None
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, title, "", self.tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx);;"
                                         "All files (*)"))
            if not path:
                return None
        dialog = ImportSetupDialog(self.db, kind, self, path=path)
        dialog.finished.connect(lambda _result: self._import_closed(dialog))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _import_closed(self, dialog: ImportSetupDialog) -> None:
        self.import_dialog = None
        if dialog.changed:
            self.refresh(select_id=self.shown_id)
            self.changed.emit()
        dialog.deleteLater()

    # -- page -------------------------------------------------------------------------
    def focus_main(self) -> None:
        if self.sections.currentIndex() == SECTION_POINTS:
            self.points.table.setFocus()
            return
        self.search.setFocus()
        self.search.selectAll()

    def main_widget(self) -> QWidget:
        return self.search
