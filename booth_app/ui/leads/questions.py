"""A manufacturer's qualifier questions as form fields on the lead card.

Single choice: radio buttons (a drop-down past four options); multiple choice: check
boxes that wrap; text and number: one line each (core.leads.fields checks a number,
so "1.500" and "1,5" are read the way the booth typed them).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from booth_app.storage.models import Question
from booth_app.ui.flow_layout import FlowLayout

RADIO_MAX = 4


class QuestionField(QWidget):
    """One question's input; `value()` is what LeadFields.parse takes for it."""

    edited = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question_id = question.id
        self.kind = question.kind
        self.options = [str(option) for option in question.options or []]
        self.radios: list[QRadioButton] = []
        self.boxes: list[QCheckBox] = []
        self.combo: QComboBox | None = None
        self.line: QLineEdit | None = None
        layout = FlowLayout(self, spacing=10)
        if self.kind == "single" and len(self.options) <= RADIO_MAX:
            self.group = QButtonGroup(self)
            for option in self.options:
                radio = QRadioButton(option)
                self.group.addButton(radio)
                radio.toggled.connect(lambda _on: self.edited.emit())
                self.radios.append(radio)
                layout.addWidget(radio)
        elif self.kind == "single":
            self.combo = QComboBox()
            self.combo.addItem(self.tr("(no answer)"), "")
            for option in self.options:
                self.combo.addItem(option, option)
            self.combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
            layout.addWidget(self.combo)
        elif self.kind == "multi":
            for option in self.options:
                box = QCheckBox(option)
                box.toggled.connect(lambda _on: self.edited.emit())
                self.boxes.append(box)
                layout.addWidget(box)
        else:
            self.line = QLineEdit()
            self.line.setMinimumWidth(260)
            if self.kind == "number":
                self.line.setPlaceholderText(self.tr("A number"))
                self.line.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
            self.line.textEdited.connect(lambda _t: self.edited.emit())
            layout.addWidget(self.line)

    def value(self) -> Any:
        if self.radios:
            return next((r.text() for r in self.radios if r.isChecked()), None)
        if self.combo is not None:
            return self.combo.currentData() or None
        if self.kind == "multi":
            return [box.text() for box in self.boxes if box.isChecked()]
        assert self.line is not None
        return self.line.text().strip() or None

    def set_value(self, value: Any) -> None:
        if self.radios:
            self.group.setExclusive(False)  # so that no answer can be shown again
            for radio in self.radios:
                radio.setChecked(radio.text() == value)
            self.group.setExclusive(True)
        elif self.combo is not None:
            self.combo.setCurrentIndex(max(self.combo.findData(value or ""), 0))
        elif self.kind == "multi":
            chosen = set(value or [])
            for box in self.boxes:
                box.setChecked(box.text() in chosen)
        else:
            assert self.line is not None
            self.line.setText("" if value is None else str(value))


class QuestionsForm(QWidget):
    """Every question of one manufacturer, in its order; `answers()` by question id."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Each question above its answers: the card's column is narrow.
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(2)
        self.fields: dict[str, QuestionField] = {}

    def set_questions(self, questions: tuple[Question, ...] | list[Question]) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().hide()  # gone now, not when the event loop deletes it
                item.widget().deleteLater()
        self.fields = {}
        for question in questions:
            field = QuestionField(question)
            field.edited.connect(self.edited)
            label = QLabel(question.text + (" *" if question.required else ""))
            label.setObjectName("cardSection")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(field)
            self.rows.addWidget(label)
            self.rows.addWidget(field)
            self.rows.addSpacing(4)
            self.fields[question.id] = field
        self.setVisible(bool(self.fields))

    def answers(self) -> dict[str, Any]:
        return {qid: field.value() for qid, field in self.fields.items()}

    def set_answers(self, answers: dict[str, Any]) -> None:
        for qid, field in self.fields.items():
            field.set_value(answers.get(qid))
