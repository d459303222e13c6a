"""The event's check-in points (Exhibitors page, Check-in points tab).

They belong to the event, not to a manufacturer: the list on the left, the chosen
point's settings on the right. Enter or Ctrl+S saves; Delete asks first, and the
event keeps at least one point.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.errors import BoothError, NotFound
from booth_app.core.exhibitors.points import (
    MAX_DEDUPE_SECONDS,
    POINT_KINDS,
    add_point,
    delete_point,
    list_points,
    update_point,
)
from booth_app.storage.database import Database
from booth_app.storage.models import CheckinPoint
from booth_app.ui.exhibitors.setup_tab import (
    IdRole,
    current_row_id,
    make_table,
    select_row_id,
)
from booth_app.ui.language import error_text
from booth_app.ui.widgets import message_label

# translate("Context", "text"): the form lupdate reads, with the context named.
translate = QCoreApplication.translate


def point_kind_labels(widget: QWidget) -> dict[str, str]:
    return {
        "entrance": translate("PointsTab", "Entrance"),
        "exit": translate("PointsTab", "Exit"),
        "seminar": translate("PointsTab", "Seminar / stage"),
        "lounge": translate("PointsTab", "Lounge"),
        "meeting": translate("PointsTab", "Meeting area"),
        "other": translate("PointsTab", "Other"),
    }


class PointsTab(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.point_id: str | None = None
        self._snapshot: dict[str, Any] = {}
        self._moving = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        left = QVBoxLayout()
        hint = QLabel(self.tr("Where badges are scanned. Each laptop at a door chooses its "
                              "point in Settings."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        left.addWidget(hint)
        self.table = make_table([self.tr("Point"), self.tr("Kind"), self.tr("Re-entry"),
                                 self.tr("Exits"), self.tr("Print"), self.tr("Repeats")])
        header = self.table.horizontalHeader()
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(self._current_changed)
        left.addWidget(self.table, 1)
        layout.addLayout(left, 3)

        self.editor = QFrame()
        self.editor.setObjectName("card")
        self.editor.setMinimumWidth(380)
        self.editor.setMaximumWidth(440)
        editor = QVBoxLayout(self.editor)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        editor.addWidget(self.title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("e.g. Pavilion Entrance"))
        self.name.returnPressed.connect(self.save)
        form.addRow(self.tr("Name"), self.name)
        self.kind = QComboBox()
        labels = point_kind_labels(self)
        for value in POINT_KINDS:
            self.kind.addItem(labels.get(value, value), value)
        form.addRow(self.tr("Kind"), self.kind)
        editor.addLayout(form)
        self.allow_reentry = QCheckBox(self.tr("Let visitors back in (re-entry)"))
        self.track_exit = QCheckBox(self.tr("Scan exits too (counts who is inside)"))
        self.print_on_checkin = QCheckBox(self.tr("Print the badge at check-in"))
        for box in (self.allow_reentry, self.track_exit, self.print_on_checkin):
            editor.addWidget(box)
        dedupe_row = QHBoxLayout()
        dedupe_label = QLabel(self.tr("Ignore a repeated scan for"))
        dedupe_label.setWordWrap(True)
        self.dedupe = QSpinBox()
        self.dedupe.setRange(0, MAX_DEDUPE_SECONDS)
        self.dedupe.setSuffix(self.tr(" s"))
        self.dedupe.setToolTip(self.tr("0 to 600 seconds: the same badge scanned again "
                                       "within this time is shown, not counted twice"))
        dedupe_label.setBuddy(self.dedupe)
        dedupe_row.addWidget(dedupe_label, 1)
        dedupe_row.addWidget(self.dedupe)
        editor.addLayout(dedupe_row)
        self.message = message_label()
        editor.addWidget(self.message)
        editor.addStretch(1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New point"))
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Enter)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        editor.addLayout(buttons)
        layout.addWidget(self.editor, 2)

        self.kind.currentIndexChanged.connect(self._changed)
        self.name.textChanged.connect(self._changed)
        for box in (self.allow_reentry, self.track_exit, self.print_on_checkin):
            box.toggled.connect(self._changed)
        self.dedupe.valueChanged.connect(self._changed)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self.editor, activated=self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- the list ---------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        select_id = select_id or self.point_id
        with self.db.reader() as session:
            points = list_points(session)
        kinds = point_kind_labels(self)
        yes, no = self.tr("✔ yes"), self.tr("– no")
        self._moving = True
        try:
            self.table.setRowCount(len(points))
            for r, point in enumerate(points):
                name = QTableWidgetItem(point.name)
                name.setData(IdRole, point.id)
                name.setToolTip(point.name)
                cells = [name, QTableWidgetItem(kinds.get(point.kind, point.kind))]
                cells += [QTableWidgetItem(yes if flag else no) for flag in
                          (point.allow_reentry, point.track_exit, point.print_on_checkin)]
                cells.append(QTableWidgetItem(self.tr("{0} s").format(point.dedupe_seconds)))
                for c, item in enumerate(cells):
                    self.table.setItem(r, c, item)
            select_row_id(self.table, select_id)
        finally:
            self._moving = False
        self._show(current_row_id(self.table))

    def _current_changed(self, row: int, _column: int, previous: int, _prev_col: int) -> None:
        if self._moving or row == previous:
            return
        if not self._confirm_leave():
            self._moving = True
            self.table.selectRow(previous)
            self._moving = False
            return
        self._show(current_row_id(self.table))

    def _confirm_leave(self) -> bool:
        if not self.is_dirty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Save the changes to this check-in point?"), parent=self)
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is save:
            return self.save(reload=False)
        return box.clickedButton() is discard

    # -- the editor -------------------------------------------------------------------
    def _show(self, point_id: str | None) -> None:
        point = None
        if point_id is not None:
            with self.db.reader() as session:
                point = session.get(CheckinPoint, point_id)
        self.point_id = point.id if point is not None else None
        self.title.setText(point.name if point is not None else self.tr("New check-in point"))
        self._fill(point)
        self.delete_button.setEnabled(point is not None)

    def start_new(self) -> None:
        if not self._confirm_leave():
            return
        self._moving = True
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self._moving = False
        self._show(None)
        self.name.setFocus()

    def _fill(self, point: CheckinPoint | None) -> None:
        self.name.setText(point.name if point is not None else "")
        kind = point.kind if point is not None else "entrance"
        if self.kind.findData(kind) < 0:
            self.kind.addItem(kind, kind)  # a kind written elsewhere is shown, not changed
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.allow_reentry.setChecked(point.allow_reentry if point is not None else True)
        self.track_exit.setChecked(point.track_exit if point is not None else False)
        self.print_on_checkin.setChecked(point.print_on_checkin if point is not None else False)
        self.dedupe.setValue(point.dedupe_seconds if point is not None else 10)
        self.say("")
        self._snapshot = self.values()
        self._changed()

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "kind": self.kind.currentData(),
                "allow_reentry": self.allow_reentry.isChecked(),
                "track_exit": self.track_exit.isChecked(),
                "print_on_checkin": self.print_on_checkin.isChecked(),
                "dedupe_seconds": self.dedupe.value()}

    def is_dirty(self) -> bool:
        return self.values() != self._snapshot

    def _changed(self, *_args: object) -> None:
        self.save_button.setEnabled(self.is_dirty() or self.point_id is None)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save(self, *, reload: bool = True) -> bool:
        values = self.values()
        created = self.point_id is None
        saved: list[str] = []
        try:
            with self.db.session() as session:
                if created:
                    saved.append(add_point(session, **values).id)
                else:
                    point = session.get(CheckinPoint, self.point_id)
                    if point is None or point.deleted:
                        raise NotFound(self.tr("This check-in point no longer exists."))
                    update_point(session, point, **values)
                    saved.append(point.id)
        except BoothError as exc:
            self.say(self.tr("✖ Not saved: {0}").format(error_text(exc)))
            return False
        self._snapshot = values
        if reload:
            self.reload(select_id=saved[0])
        self.say(self.tr("✔ Added") if created else self.tr("✔ Saved"))
        self.changed.emit()
        return True

    def delete(self) -> None:
        if self.point_id is None:
            return
        point_id = self.point_id
        answer = QMessageBox.question(
            self, self.tr("Delete check-in point"),
            self.tr("Delete the check-in point {0}? Its past check-ins stay counted.").format(
                self.title.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.db.session() as session:
                point = session.get(CheckinPoint, point_id)
                if point is not None:
                    delete_point(session, point)
        except BoothError as exc:
            self.say(self.tr("✖ Not deleted: {0}").format(error_text(exc)))
            return
        self.point_id = None
        self.reload()
        self.say(self.tr("✔ Deleted"))
        self.changed.emit()
