"""Qualifier questions: the Questions tab of the Exhibitors page and its add/edit dialog.

A question has its text, a kind (single or multiple choice, text, number), options for
the choice kinds, and whether an answer is required; Ctrl+Up/Down reorder.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from booth_app.core.errors import NotFound
from booth_app.core.exhibitors.questions import (
    CHOICE_KINDS,
    QUESTION_KINDS,
    add_question,
    delete_question,
    list_questions,
    move_question,
    update_question,
)
from booth_app.storage.database import Database
from booth_app.storage.models import Exhibitor, Question
from booth_app.ui.exhibitors.form_dialog import FormDialog
from booth_app.ui.exhibitors.setup_tab import IdRole, SetupTab

# translate("Context", "text"): the form lupdate reads, with the context named.
translate = QCoreApplication.translate


def kind_labels(widget: QWidget) -> dict[str, str]:
    return {
        "single": translate("QuestionsTab", "Single choice"),
        "multi": translate("QuestionsTab", "Multiple choice"),
        "text": translate("QuestionsTab", "Text"),
        "number": translate("QuestionsTab", "Number"),
    }


class QuestionDialog(FormDialog):
    """Options are typed one per line and only for choice questions."""

    def __init__(self, save: Callable[..., Any], parent: QWidget | None = None, *,
                 title: str, text: str = "", kind: str = "single",
                 options: Sequence[str] = (), required: bool = False) -> None:
        super().__init__(title, save, parent)
        self.text = QLineEdit(text)
        self.text.setMaxLength(300)
        self.text.setPlaceholderText(self.tr("e.g. Planned purchase in the next 12 months?"))
        self.form.addRow(self.tr("Question"), self.text)
        self.kind = QComboBox()
        for value in QUESTION_KINDS:
            self.kind.addItem(kind_labels(self)[value], value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.form.addRow(self.tr("Answer"), self.kind)
        self.options = QPlainTextEdit("\n".join(options))
        self.options.setTabChangesFocus(True)
        self.options.setPlaceholderText(self.tr("One option per line, at least two"))
        self.options.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.options_hint = QLabel()
        self.options_hint.setObjectName("hint")
        self.options_hint.setWordWrap(True)
        self.form.addRow(self.tr("Options"), self.options)
        self.form.addRow("", self.options_hint)
        self.required = QCheckBox(self.tr("An answer is required"))
        self.required.setChecked(required)
        self.form.addRow("", self.required)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.setMinimumWidth(520)
        self.text.setFocus()

    def _kind_changed(self, *_args: object) -> None:
        choice = self.kind.currentData() in CHOICE_KINDS
        self.options.setEnabled(choice)
        self.options_hint.setText(
            self.tr("Staff tick one option.") if self.kind.currentData() == "single"
            else self.tr("Staff tick any number of options.") if choice
            else self.tr("Staff type the answer; a text or number question has no options."))

    def values(self) -> dict[str, Any]:
        kind = self.kind.currentData()
        lines = self.options.toPlainText().splitlines() if kind in CHOICE_KINDS else []
        return {"text": self.text.text(), "kind": kind, "options": lines,
                "required": self.required.isChecked()}


class QuestionsTab(SetupTab):
    """The manufacturer's qualifier questions in the order staff see them."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        hint = QLabel(self.tr("Asked on every lead form of this manufacturer, in this order."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.layout_.addWidget(hint)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        self.list.itemActivated.connect(lambda _item: self.edit())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.layout_.addWidget(self.list, 1)
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.delete),
                           (QKeySequence("Ctrl+Up"), lambda: self.move(-1)),
                           (QKeySequence("Ctrl+Down"), lambda: self.move(1))):
            shortcut = QShortcut(keys, self.list, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add question…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.up_button = QPushButton(self.tr("▲ Move up"))
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(self.tr("▼ Move down"))
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete)
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.message)

    def reload(self, select_id: str | None = None) -> None:
        current = self.list.currentItem()
        select_id = select_id or (current.data(IdRole) if current is not None else None)
        self.list.clear()
        if self.exhibitor_id is not None:
            with self.db.reader() as session:
                exhibitor = session.get(Exhibitor, self.exhibitor_id)
                questions = list_questions(session, exhibitor) if exhibitor else []
            kinds = kind_labels(self)
            for number, question in enumerate(questions, start=1):
                detail = kinds.get(question.kind, question.kind)
                if question.options:
                    detail += ": " + " · ".join(question.options)
                if question.required:
                    detail += self.tr(" · required")
                item = QListWidgetItem(f"{number}. {question.text}\n      {detail}")
                item.setData(IdRole, question.id)
                item.setToolTip(question.text)
                self.list.addItem(item)
                if question.id == select_id:
                    self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(IdRole) if item is not None else None

    def _question(self, session: Any, question_id: str) -> Question:
        question = session.get(Question, question_id)
        if question is None or question.deleted:
            raise NotFound(self.tr("This question no longer exists."))
        return question

    def add(self) -> None:
        added: list[str] = []

        def save(text: str, kind: str, options: list[str], required: bool) -> None:
            with self.db.session() as session:
                added.append(add_question(session, self.exhibitor(session), text, kind,
                                          options, required=required).id)

        if QuestionDialog(save, self, title=self.tr("Add question")).exec() and added:
            self.reload(select_id=added[0])
            self.say(self.tr("✔ Question added"))
            self.list.setFocus()

    def edit(self) -> None:
        question_id = self._current_id()
        if question_id is None:
            return
        with self.db.reader() as session:
            question = self._question(session, question_id)

        def save(text: str, kind: str, options: list[str], required: bool) -> None:
            with self.db.session() as session:
                update_question(session, self._question(session, question_id), text=text,
                                kind=kind, options=options, required=required)

        dialog = QuestionDialog(save, self, title=self.tr("Edit question"), text=question.text,
                                kind=question.kind, options=question.options,
                                required=question.required)
        if dialog.exec():
            self.reload(select_id=question_id)
            self.say(self.tr("✔ Question saved"))

    def move(self, offset: int) -> None:
        question_id = self._current_id()
        if question_id is None:
            return
        if self.write(lambda s: move_question(s, self._question(s, question_id), offset),
                      self.tr("✖ Not moved: {0}")):
            self.reload(select_id=question_id)
            self.say("")

    def delete(self) -> None:
        question_id = self._current_id()
        item = self.list.currentItem()
        if question_id is None or item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete question"),
            self.tr("Delete this question?\n\n{0}\n\nAnswers already given stay with their "
                    "leads.").format(item.toolTip()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.write(lambda s: delete_question(s, self._question(s, question_id)),
                      self.tr("✖ Not deleted: {0}")):
            self.reload()
            self.say(self.tr("✔ Question deleted"))
