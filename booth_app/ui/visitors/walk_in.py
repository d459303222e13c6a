"""Walk-in mode: a queue at the desk, one visitor every few seconds.

Two fields, name and organisation. Enter registers the visitor (source "walkin")
and prints the badge on the laptop's default badge printer, then the fields clear
for the next person; the dialog stays open until Escape or Close.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.errors import BoothError
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database
from booth_app.ui.language import error_text
from booth_app.ui.widgets import message_label


class WalkInDialog(QDialog):
    registered = Signal(str)  # visitor id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Walk-in registration"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Type the name and organisation, press Enter: the visitor is "
                               "registered and the badge prints. The form clears for the "
                               "next person."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("walkinName")
        self.name.setMaxLength(300)
        self.organization = QLineEdit()
        self.organization.setObjectName("walkinOrganization")
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Organisation"), self.organization)
        layout.addLayout(form)
        self.message = message_label()
        layout.addWidget(self.message)
        self.last = QLabel(self.tr("No badge printed yet."))
        self.last.setObjectName("walkinLast")
        self.last.setWordWrap(True)
        self.last.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.last)
        buttons = QDialogButtonBox()
        self.register_button = QPushButton(self.tr("Register and print (Enter)"))
        self.register_button.setDefault(True)
        self.register_button.setAutoDefault(True)
        buttons.addButton(self.register_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        self.register_button.clicked.connect(self.register)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.returnPressed.connect(self.register)
        self.organization.returnPressed.connect(self.register)
        self.count = 0

    def register(self) -> str | None:
        """Register the person typed, send the badge to print, clear for the next."""
        try:
            fields = VisitorFields.parse(name=self.name.text(),
                                         organization=self.organization.text())
            with self.db.session() as session:
                visitor = add_visitor(session, fields, source="walkin")
                visitor_id, name = visitor.id, visitor.name
        except BoothError as exc:
            self.message.setText(self.tr("✖ Not registered: {0}").format(error_text(exc)))
            self.message.show()
            self.name.setFocus()
            return None
        self.count += 1
        self.message.hide()
        self.name.clear()
        self.organization.clear()
        self.name.setFocus()
        self.registered.emit(visitor_id)
        self.last.setText(self.tr("Registered {0}; sending the badge to the printer…")
                          .format(name))
        self._print(visitor_id, name)
        return visitor_id

    def _print(self, visitor_id: str, name: str) -> None:
        from booth_app.ui.printing import print_badges

        def printed(_result: Any) -> None:
            self.last.setText(self.tr("Last badge printed: {0}").format(name))

        task = print_badges(self, self.db, [visitor_id], on_done=printed)
        if task is None:
            self.last.setText(self.tr("Registered {0}, but the badge was not printed. "
                                      "Print it from the Visitors page (Ctrl+P).").format(name))
