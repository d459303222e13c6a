"""The row above the grid: a tab per day, Grid / Now, Schedule and the master grid;
and the message line under it, which says what the keys do until there is news."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QTabBar, QWidget

TONES = {"bad": "background:#fde8e8;color:#9b1c1c;border:1px solid #f3a6a6;",
         "good": "background:#e3f3e8;color:#1d6b36;border:1px solid #9fd3ae;",
         "info": "background:#e6effa;color:#17324d;border:1px solid #9db8d9;",
         "hint": "background:#f3f6f9;color:#3b4a5a;border:1px solid #d8dee6;"}


class Toolbar(QWidget):
    day_picked = Signal(object)  # date
    view_picked = Signal(int)  # 0 the grid, 1 the floor screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(8)
        self.days = QTabBar()
        self.days.setExpanding(False)
        self.days.setDrawBase(False)
        self.days.currentChanged.connect(self._picked)
        top.addWidget(self.days)
        top.addStretch(1)
        self.grid_button = QPushButton(self.tr("Grid"))
        self.now_button = QPushButton(self.tr("Now (floor screen)"))
        self.view_group = QButtonGroup(self)
        for number, button in enumerate((self.grid_button, self.now_button)):
            button.setCheckable(True)
            self.view_group.addButton(button, number)
            top.addWidget(button)
        self.grid_button.setChecked(True)
        self.view_group.idClicked.connect(self.view_picked)
        self.schedule_button = QPushButton(self.tr("Schedule"))
        self.master_button = QPushButton(self.tr("Print master grid…"))
        self.master_button.setToolTip(self.tr("Every table and slot as a PDF, ready to print"))
        top.addSpacing(12)
        top.addWidget(self.schedule_button)
        top.addWidget(self.master_button)

    def set_days(self, days: list[date], current: date | None) -> None:
        """A tab per day with meeting slots, `current` chosen (no day_picked for it)."""
        self.days.blockSignals(True)
        if [self.days.tabData(i) for i in range(self.days.count())] != days:
            while self.days.count():
                self.days.removeTab(0)
            for day in days:
                label = QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")
                self.days.setTabData(self.days.addTab(label), day)
        if current in days:
            self.days.setCurrentIndex(days.index(current))
        self.days.blockSignals(False)

    def _picked(self, index: int) -> None:
        day = self.days.tabData(index)
        if day is not None:
            self.day_picked.emit(day)


class MessageLine(QLabel):
    """One line of news in its tone (bad, good, info); empty, the hint for the keys. It
    never hides, so the grid below does not jump while a meeting is moved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingMessage")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.tone = ""

    def say(self, text: str, tone: str) -> None:
        self.tone = tone
        if not text:
            text, tone = self.tr("Select a meeting: Enter picks it up to move it (or drag "
                                 "it), L locks or unlocks it, Del cancels it."), "hint"
        self.setText(text)
        self.setStyleSheet(f"#meetingMessage {{ {TONES.get(tone, TONES['hint'])} "
                           f"border-radius: 8px; padding: 6px 10px; }}")
