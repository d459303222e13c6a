"""Under the grid: the selected meeting in words, what can be done to it, its outcome.

Two rows: who meets whom where and when (state as icon + word, locked or not) with
Move, Lock/Unlock, Cancel and the two agendas; then the outcome buttons, one click
each once the meeting has started (the meeting is the first click).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from booth_app.ui.meetings.card_delegate import padlock_icon
from booth_app.ui.meetings.grid_data import CellMeeting
from booth_app.ui.meetings.words import isolate, outcome_labels, state_text


class SelectionBar(QFrame):
    move_clicked = Signal()
    lock_clicked = Signal()
    cancel_clicked = Signal()
    buyer_agenda_clicked = Signal()
    exhibitor_agenda_clicked = Signal()
    outcome_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.meeting: CellMeeting | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.info, 1)
        self.move_button = QPushButton(self.tr("Move (Enter)"))
        self.move_button.setToolTip(self.tr(
            "Pick the meeting up; arrows choose the cell, Enter moves it, Esc puts it back. "
            "You can also drag the card."))
        self.lock_button = QPushButton(padlock_icon(), self.tr("Lock (L)"))
        self.cancel_button = QPushButton(self.tr("Cancel meeting… (Del)"))
        self.buyer_agenda = QPushButton(self.tr("Buyer's agenda…"))
        self.buyer_agenda.setToolTip(self.tr("This buyer's agenda as a PDF, ready to print"))
        self.exhibitor_agenda = QPushButton(self.tr("Manufacturer's agenda…"))
        self.exhibitor_agenda.setToolTip(self.tr(
            "This manufacturer's agenda as a PDF, ready to print"))
        for button, signal in ((self.move_button, self.move_clicked),
                               (self.lock_button, self.lock_clicked),
                               (self.cancel_button, self.cancel_clicked),
                               (self.buyer_agenda, self.buyer_agenda_clicked),
                               (self.exhibitor_agenda, self.exhibitor_agenda_clicked)):
            button.clicked.connect(signal)
            top.addWidget(button)
        layout.addLayout(top)

        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        self.outcome_title = QLabel(self.tr("Outcome:"))
        bottom.addWidget(self.outcome_title)
        self.outcome_group = QButtonGroup(self)
        self.outcome_group.setExclusive(True)
        self.outcome_buttons: dict[str, QPushButton] = {}
        for result, label in outcome_labels().items():
            button = QPushButton(label)
            button.setCheckable(True)
            button.setObjectName("outcomeButton")
            button.clicked.connect(lambda _c=False, r=result: self.outcome_clicked.emit(r))
            self.outcome_group.addButton(button)
            self.outcome_buttons[result] = button
            bottom.addWidget(button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.setStyleSheet(
            "QPushButton#outcomeButton { padding: 5px 12px; }"
            "QPushButton#outcomeButton:checked { background: #17324d; color: white; "
            "border-radius: 4px; }")
        self.show_meeting(None, datetime.now())

    def show_meeting(self, meeting: CellMeeting | None, now: datetime, *,
                     moving: bool = False) -> None:
        self.meeting = meeting
        has = meeting is not None
        for button in (self.move_button, self.lock_button, self.cancel_button,
                       self.buyer_agenda, self.exhibitor_agenda):
            button.setEnabled(has and not moving)
        self.outcome_group.setExclusive(False)
        for result, button in self.outcome_buttons.items():
            button.setChecked(has and meeting.outcome == result)  # type: ignore[union-attr]
            started = has and now >= meeting.start  # type: ignore[union-attr]
            button.setEnabled(bool(started) and not moving)
            button.setToolTip("" if started or not has else self.tr(
                "The outcome is recorded once the meeting has started."))
        self.outcome_group.setExclusive(True)
        if meeting is None:
            self.info.setText(self.tr("Select a meeting in the grid (arrow keys or a click)."))
            self.lock_button.setText(self.tr("Lock (L)"))
            return
        self.lock_button.setText(self.tr("Unlock (L)") if meeting.locked else self.tr("Lock (L)"))
        lock = self.tr(" · Locked") if meeting.locked else ""
        self.info.setText(self.tr("{0} — {1}\n{2} at table {3}, {4} · {5}{6}").format(
            isolate(meeting.buyer_name), isolate(meeting.organization or "–"),
            meeting.exhibitor_code,
            meeting.table, meeting.when, state_text(meeting.state(now)), lock))
