"""A small form dialog that saves through the core: a refusal is shown in the dialog,
which stays open with what was typed; Enter saves, Escape cancels."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from booth_app.core.errors import BoothError
from booth_app.ui.language import error_text
from booth_app.ui.widgets import message_label

# The context is named: self.tr() in a base class looks up the subclass's name at run
# time, while lupdate files the text under this class.
translate = QCoreApplication.translate


class FormDialog(QDialog):
    """Subclasses add rows to `self.form` and answer values(); `save(**values)` writes
    them and raises BoothError to refuse."""

    def __init__(self, title: str, save: Callable[..., Any], parent: QWidget | None = None,
                 ok_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.message = message_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or translate("FormDialog", "Save"))
        self.ok_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("FormDialog", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def values(self) -> dict[str, Any]:
        return {}

    def check(self) -> None:
        """Refusals only the dialog can see (two PINs that differ); raise BoothError."""

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def accept(self) -> None:
        try:
            self.check()
            self._save(**self.values())
        except BoothError as exc:
            self.say(translate("FormDialog", "✖ Not saved: {0}").format(error_text(exc)))
            return
        super().accept()
