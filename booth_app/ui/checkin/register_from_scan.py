"""Register a visitor from a scan the door did not know, print the badge, check in.

Opened from the check-in card: for an organiser's badge (vCard, MECARD, URL, delimited
text) the form arrives filled from the badge; for an unknown code it is a walk-in.
"Register and print badge" saves, prints on the laptop's default badge printer and
checks the new visitor in at this point; Escape leaves without registering.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from booth_app.storage.database import Database
from booth_app.ui.visitors.form import VisitorForm


class RegisterFromScanDialog(QDialog):
    def __init__(self, db: Database, prefill: dict[str, Any], source: str,
                 parent: QWidget | None = None, *, intro: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.visitor_id: str | None = None
        self.setWindowTitle(self.tr("Register from the scan"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.form = VisitorForm(db)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.start_new(prefill, source=source,
                            save_label=self.tr("Register and print badge"))
        self.form.saved.connect(self._saved)

    def _saved(self, visitor_id: str, _created: bool) -> None:
        self.visitor_id = visitor_id
        self.accept()
