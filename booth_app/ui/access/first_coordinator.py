"""The event's first coordinator, made at the window: a new event has none until one is
made, and without one the coordinator's pages (Exhibitors, Exports, Settings) stay
locked. Offered by the sign-in only while the event has no coordinator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.errors import BoothError
from booth_app.core.exhibitors.staff import add_first_coordinator
from booth_app.storage.database import Database
from booth_app.ui.access.session import SignedIn
from booth_app.ui.language import error_text


class FirstCoordinatorDialog(QDialog):
    """Name, PIN, the PIN again. After exec() == Accepted, `signed_in` is the new
    coordinator, signed in."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(self.tr("The first coordinator"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        explain = QLabel(self.tr(
            "This event has no coordinator yet. The coordinator sets up manufacturers and "
            "staff, exports leads and makes backups. Whoever is made here can add others "
            "later; once one exists, this is not offered again."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.pin = QLineEdit()
        self.again = QLineEdit()
        for field in (self.pin, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
            field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("PIN (4 to 8 digits)"), self.pin)
        form.addRow(self.tr("PIN again"), self.again)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("pinMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make = buttons.addButton(self.tr("Make coordinator and sign in"),
                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.make.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.setFocus()

    def submit(self) -> None:
        if self.pin.text() != self.again.text():
            self.message.setText(self.tr("✖ The two PINs differ. Type the same PIN twice."))
            self.again.clear()
            self.again.setFocus()
            return
        try:
            with self.db.session() as session:
                member = add_first_coordinator(session, name=self.name.text(),
                                               pin=self.pin.text())
                who = SignedIn.of(session, member.id)
        except BoothError as exc:  # no name, a PIN of the wrong form, one made meanwhile
            self.message.setText(f"✖ {error_text(exc)}")
            return
        self.signed_in = who
        self.accept()
