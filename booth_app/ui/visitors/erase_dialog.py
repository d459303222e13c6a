"""Erase one visitor's personal data (coordinator): name the person, say what happens,
ask a reason, then erase through the core. Escape or Cancel changes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from booth_app.core.errors import BoothError
from booth_app.core.visitors.erasure import Erased, erase_person
from booth_app.storage.database import Database
from booth_app.storage.models import Visitor
from booth_app.ui.language import error_text


class EraseDialog(QDialog):
    def __init__(self, db: Database, visitor_id: str, parent: QWidget | None = None, *,
                 staff_id: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.visitor_id = visitor_id
        self.staff_id = staff_id
        self.erased: Erased | None = None
        self.setWindowTitle(self.tr("Erase personal data"))
        self.setMinimumWidth(520)
        with db.reader() as session:
            visitor = session.get(Visitor, visitor_id)
            name = visitor.name if visitor else ""
            organisation = visitor.organization if visitor else ""
            email = visitor.email if visitor else ""
        self.person = QLabel(self.tr("Erase the personal data of <b>{0}</b>?").format(
            _escape(name) or self.tr("(no name)")))
        self.person.setWordWrap(True)
        self.person.setObjectName("eraseTitle")
        details = QLabel("<br>".join((
            self.tr("Organisation: {0}").format(_escape(organisation) or "–"),
            self.tr("E-mail: {0}").format(_escape(email) or "–"))))
        details.setWordWrap(True)
        self.details = details
        explain = QLabel(self.tr(
            "Their name, contact details, answers and lead notes are removed from this "
            "laptop and, through sync, from every laptop. Counts stay: their check-ins, "
            "leads and meetings are still counted, without anyone's name. This cannot "
            "be undone."))
        explain.setWordWrap(True)
        self.explain = explain
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (e.g. asked by e-mail on 7 Dec)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("Erase"))
        self.erase_button.setAutoDefault(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.confirm)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (self.person, details, explain, QLabel(self.tr("Reason")), self.reason,
                       self.buttons):
            layout.addWidget(widget)
        self.reason.setFocus()

    def confirm(self) -> None:
        try:
            self.erased = erase_person(self.db, self.visitor_id,
                                       reason=self.reason.text().strip(),
                                       staff_id=self.staff_id)
        except BoothError as exc:
            QMessageBox.warning(self, self.tr("Not erased"), error_text(exc))
            return
        self.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
