"""The lead list beside the lead card: counts, value pipeline, filters and the table.

Shows one manufacturer's leads (a coordinator also picks the manufacturer, or every
one). Header clicks sort; rating, stage and product filters and a search box narrow
the list; double-click or Enter opens a lead, Delete asks and deletes it. Typing on
the table goes to the scan field (the next badge, or a name): the list never eats
a scan.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.leads.listing import LeadRow
from booth_app.core.leads.vocabulary import RATINGS, STAGES
from booth_app.storage.database import Database
from booth_app.ui.language import number
from booth_app.ui.leads.table_model import (
    COL_BY,
    COL_CAPTURED,
    COL_EXHIBITOR,
    COL_NAME,
    COL_ORGANIZATION,
    COL_PRODUCTS,
    COL_RATING,
    COL_STAGE,
    COL_VALUE,
    LeadIdRole,
    LeadTableModel,
    money_text,
    rating_word,
    stage_word,
)
from booth_app.ui.widgets import header_width

SEARCH_DEBOUNCE_MS = 250
STYLE = """
#leadCounts { font-size: 12pt; font-weight: 600; color: #17324d; }
#leadPipeline { color: #1d6b36; font-weight: 600; }
"""
RATING_ICONS = {"hot": "▲", "warm": "●", "cold": "▼"}
COLUMN_WIDTHS = {COL_NAME: 150, COL_ORGANIZATION: 150, COL_RATING: 78, COL_STAGE: 96,
                 COL_PRODUCTS: 130, COL_VALUE: 120, COL_CAPTURED: 100, COL_BY: 100,
                 COL_EXHIBITOR: 80}


class LeadListPanel(QWidget):
    """Signals: `open_requested(lead_id)`, `delete_requested(lead_id)`,
    `scope_changed(exhibitor_id or None)` (a coordinator's pick), `stray_key(QKeyEvent)`."""

    open_requested = Signal(str)
    delete_requested = Signal(str)
    scope_changed = Signal(object)
    stray_key = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        picker_row = QHBoxLayout()
        self.picker_label = QLabel(self.tr("Manufacturer"))
        self.picker = QComboBox()
        self.picker.setObjectName("leadManufacturer")
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(24)
        self.picker.currentIndexChanged.connect(
            lambda _i: self.scope_changed.emit(self.picker.currentData()))
        picker_row.addWidget(self.picker_label)
        picker_row.addWidget(self.picker, 1)
        layout.addLayout(picker_row)

        self.counts = QLabel()
        self.counts.setObjectName("leadCounts")
        self.counts.setWordWrap(True)
        self.stages = QLabel()
        self.stages.setObjectName("pageSubtitle")
        self.stages.setWordWrap(True)
        self.pipeline = QLabel()
        self.pipeline.setObjectName("leadPipeline")
        self.pipeline.setWordWrap(True)
        for label in (self.counts, self.stages, self.pipeline):
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)

        self.search = QLineEdit()
        self.search.setObjectName("leadSearch")
        self.search.setPlaceholderText(self.tr("Search leads"))
        self.search.setClearButtonEnabled(True)
        self.rating = QComboBox()
        self.rating.addItem(self.tr("Any rating"), None)
        for rating in RATINGS:
            self.rating.addItem(f"{RATING_ICONS[rating]} {rating_word(rating)}", rating)
        self.rating.addItem(self.tr("Not rated"), "")
        self.stage = QComboBox()
        self.stage.addItem(self.tr("Any stage"), None)
        for stage in STAGES:
            self.stage.addItem(stage_word(stage), stage)
        self.product = QComboBox()
        self.product.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.product.setMinimumContentsLength(10)
        layout.addWidget(self.search)
        filters = QHBoxLayout()
        for combo in (self.rating, self.stage, self.product):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            combo.setMaximumWidth(260)
            filters.addWidget(combo, 1)
        filters.addStretch(0)
        layout.addLayout(filters)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filters)

        self.model = LeadTableModel(db, self)
        self.table = QTableView()
        self.table.setObjectName("leadTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures 10,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, header_width(self.table, column, width))
        self.table.setSortingEnabled(True)
        header.setSortIndicator(COL_CAPTURED, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._open_index)
        # A header click or a refresh reads the list again: the selected lead stays
        # selected when it is still among the rows.
        self._kept: str | None = None
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)
        self.set_picker(None)

    # -- scope --------------------------------------------------------------------------

    def set_picker(self, exhibitors: list[tuple[str, str]] | None,
                   chosen: str | None = None) -> None:
        """A coordinator's manufacturer picker (id, label); None hides it (booth staff)."""
        self.picker.blockSignals(True)
        self.picker.clear()
        if exhibitors is not None:
            self.picker.addItem(self.tr("All manufacturers"), None)
            for exhibitor_id, label in exhibitors:
                self.picker.addItem(label, exhibitor_id)
            self.picker.setCurrentIndex(max(self.picker.findData(chosen), 0))
        self.picker.blockSignals(False)
        self.picker.setVisible(exhibitors is not None)
        self.picker_label.setVisible(exhibitors is not None)

    def set_products(self, products: list[tuple[str, str]]) -> None:
        """The product filter's choices (id, name); none when the list spans manufacturers."""
        chosen = self.product.currentData()
        self.product.blockSignals(True)
        self.product.clear()
        self.product.addItem(self.tr("Any product"), None)
        for product_id, name in products:
            self.product.addItem(name, product_id)
        self.product.setCurrentIndex(max(self.product.findData(chosen), 0))
        self.product.setEnabled(bool(products))
        self.product.blockSignals(False)

    def load(self, exhibitor_id: str | None, zone: tzinfo) -> None:
        """Read the leads again (after a capture, a save, a delete or a new scope)."""
        if self.table.isColumnHidden(COL_EXHIBITOR) != (exhibitor_id is not None):
            self.table.setColumnHidden(COL_EXHIBITOR, exhibitor_id is not None)
            self._fit_columns()
        self.model.rating = self.rating.currentData()
        self.model.stage = self.stage.currentData()
        self.model.product_id = self.product.currentData()
        self.model.search = self.search.text().strip()
        self.model.load(exhibitor_id, zone=zone)
        self.show_summary()

    def refresh_lead(self, lead_id: str) -> LeadRow | None:
        """One lead changed (captured, saved or deleted): show it as it is now, and
        return it (None when deleted, or when nobody is signed in)."""
        if not self.model.loaded:
            return None
        fresh = self.model.refresh_lead(lead_id)
        self.show_summary()
        return fresh

    def clear(self) -> None:
        self.model.clear()
        self.search.clear()
        for combo in (self.rating, self.stage, self.product):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for label in (self.counts, self.stages, self.pipeline):
            label.clear()

    def apply_filters(self) -> None:
        self._debounce.stop()
        if not self.model.loaded:
            return
        self.model.set_filter(rating=self.rating.currentData(), stage=self.stage.currentData(),
                              product_id=self.product.currentData(),
                              search=self.search.text())
        self.show_summary()

    def show_summary(self) -> None:
        summary = self.model.summary
        shown = self.model.matched  # fetched or not yet: the table pages as it scrolls
        ratings = "  ·  ".join(
            f"{RATING_ICONS[r]} {number(summary.by_rating.get(r, 0))} {rating_word(r)}"
            for r in RATINGS)
        unrated = summary.by_rating.get("", 0)
        total = self.tr("{0} leads", "", summary.total).format(number(summary.total))
        if shown != summary.total:
            total = self.tr("{0} of {1} shown").format(number(shown), total)
        self.counts.setText(f"{total}  ·  {ratings}" + (
            self.tr("  ·  {0} not rated").format(number(unrated)) if unrated else ""))
        self.stages.setText("  ·  ".join(
            f"{stage_word(s)} {number(summary.by_stage.get(s, 0))}" for s in STAGES))
        values = "  ·  ".join(money_text(total, currency) for currency, total
                              in summary.value_by_currency.items())
        self.pipeline.setText(self.tr("Pipeline: {0}").format(values or self.tr("no value yet")))

    # -- the table ----------------------------------------------------------------------

    def selected_lead(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        value = index.data(LeadIdRole)
        return str(value) if value else None

    def select_lead(self, lead_id: str) -> bool:
        index = self.model.index_of(lead_id)
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _keep_selection(self) -> None:
        self._kept = self.selected_lead()

    def _restore_selection(self) -> None:
        kept, self._kept = self._kept, None
        index = self.model.index_of(kept) if kept else QModelIndex()
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _open_index(self, index: QModelIndex) -> None:
        lead_id = index.data(LeadIdRole) if index.isValid() else None
        if lead_id:
            self.open_requested.emit(str(lead_id))

    def _fit_columns(self) -> None:
        """Name and organisation share the width the other columns leave (never below
        their usual width: then the table scrolls sideways)."""
        header = self.table.horizontalHeader()
        others = sum(self.table.columnWidth(c) for c in range(header.count())
                     if c not in (COL_NAME, COL_ORGANIZATION) and not header.isSectionHidden(c))
        spare = self.table.viewport().width() - others
        for column in (COL_NAME, COL_ORGANIZATION):
            self.table.setColumnWidth(column, max(COLUMN_WIDTHS[column], spare // 2))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit_columns)  # once the viewport has its new size
            return False
        if watched is not self.table or event.type() != QEvent.Type.KeyPress \
                or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.stray_key.emit(event)  # the page: a scan's end, or open the lead
            return True
        if key == Qt.Key.Key_Delete:
            lead_id = self.selected_lead()
            if lead_id:
                self.delete_requested.emit(lead_id)
            return True
        text = event.text()
        if text and text.isprintable() and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.stray_key.emit(event)  # typing belongs to the scan field
            return True
        return False
