"""This laptop's check-in point and, where the point scans exits, entry or exit.

Both are kept in the settings. The line under the switch says what the point does
(exits not scanned, badges printed on first check-in, no re-entry), and `ready_text`
is what the result card says while it waits for the next scan here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from booth_app.ui import settings


class PointSwitch(QWidget):
    """Signals: `picked()` a person chose another point; `shown()` the point or mode
    shown changed (read `ready_text`); `switched()` a person changed point or mode."""

    picked = Signal()
    shown = Signal()
    switched = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[dict[str, Any]] = []
        self.ready_text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.point_combo = QComboBox()
        self.point_combo.setObjectName("pointCombo")
        self.point_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.point_combo.setToolTip(self.tr("This laptop's check-in point"))
        self.point_combo.currentIndexChanged.connect(self.point_changed)
        layout.addWidget(self.point_combo)
        mode = QWidget()
        mode.setObjectName("modeSwitch")
        mode_row = QHBoxLayout(mode)
        mode_row.setContentsMargins(0, 0, 0, 0)
        mode_row.setSpacing(0)
        self.entry_button = QPushButton(self.tr("→ Entry"))
        self.exit_button = QPushButton(self.tr("Exit →"))
        self.mode_group = QButtonGroup(self)
        for button in (self.entry_button, self.exit_button):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.mode_group.addButton(button)
            mode_row.addWidget(button)
        self.entry_button.setChecked(settings.CHECKIN_DIRECTION.get() != "out")
        self.exit_button.setChecked(settings.CHECKIN_DIRECTION.get() == "out")
        self.mode_group.buttonToggled.connect(self.mode_changed)
        layout.addWidget(mode)
        self.mode_hint = QLabel()
        self.mode_hint.setObjectName("pageSubtitle")
        self.mode_hint.setWordWrap(True)
        layout.addWidget(self.mode_hint)

    @property
    def point(self) -> dict[str, Any] | None:
        index = self.point_combo.currentIndex()
        return self.points[index] if 0 <= index < len(self.points) else None

    @property
    def direction(self) -> str:
        point = self.point
        tracks = bool(point and point["track_exit"])
        return "out" if tracks and self.exit_button.isChecked() else "in"

    def set_points(self, points: list[dict[str, Any]]) -> None:
        """The event's points, in order; the one in the settings stays chosen."""
        if [p["name"] for p in points] == [p["name"] for p in self.points]:
            self.points = points  # same list; its options may have changed
            self._show_mode()
            return
        wanted = settings.CHECKIN_POINT.get()
        self.points = points
        self.point_combo.blockSignals(True)
        self.point_combo.clear()
        for point in points:
            self.point_combo.addItem(point["name"])
        names = [p["name"] for p in points]
        self.point_combo.setCurrentIndex(names.index(wanted) if wanted in names else 0)
        self.point_combo.blockSignals(False)
        if points and wanted not in names:
            settings.CHECKIN_POINT.set(points[0]["name"])
        self._show_mode()

    def point_changed(self, _index: int) -> None:
        point = self.point
        if point is not None:
            settings.CHECKIN_POINT.set(point["name"])
            self.picked.emit()
        self._show_mode()
        self.switched.emit()

    def mode_changed(self, *_args: object) -> None:
        settings.CHECKIN_DIRECTION.set("out" if self.exit_button.isChecked() else "in")
        self._show_mode()
        self.switched.emit()

    def _show_mode(self) -> None:
        point = self.point
        tracks = bool(point and point["track_exit"])
        self.entry_button.setEnabled(tracks)
        self.exit_button.setEnabled(tracks)
        if point is None:
            self.ready_text = self.tr("No check-in point: add one in Exhibitors")
            self.mode_hint.setText("")
        else:
            leaving = self.direction == "out"
            where = point["name"]
            self.ready_text = (self.tr("Ready: scan badges of visitors leaving {0}")
                               if leaving else self.tr("Ready: scan a badge · {0}")
                               ).format(where)
            notes = []
            if not tracks:
                notes.append(self.tr("Exits are not scanned at this point."))
            if point["print_on_checkin"]:
                notes.append(self.tr("Badges print on first check-in."))
            if not point["allow_reentry"]:
                notes.append(self.tr("No re-entry."))
            self.mode_hint.setText(" ".join(notes))
        self.shown.emit()
