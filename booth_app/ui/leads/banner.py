"""The lead card's banner: NEW LEAD, RESCAN (when, by whom, how many interactions) or
EDITING, with the lead's history (scans, edits, merges) behind a button."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from booth_app.ui.language import day_month_time
from booth_app.ui.leads.view import CardLead

STYLE = """
#leadBanner { font-size: 12pt; font-weight: 600; padding: 6px 10px; border-radius: 6px; }
#leadBanner[kind="new"] { background: #e3f3e8; color: #1d6b36; }
#leadBanner[kind="rescan"] { background: #e6eef8; color: #1f4f86; }
#leadBanner[kind="edit"] { background: #eef2f6; color: #33475b; }
"""


def when_text(moment: datetime | None, zone: tzinfo) -> str:
    """A moment as the card shows it, in the event's time zone ("–" for none)."""
    return day_month_time(moment.astimezone(zone)) if moment else "–"


class LeadBanner(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        self.label = QLabel()
        self.label.setObjectName("leadBanner")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.history_button = QPushButton()
        self.history_button.setCheckable(True)
        self.history_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history_button.toggled.connect(lambda on: self.history.setVisible(on))
        row.addWidget(self.label, 1)
        row.addWidget(self.history_button)
        self.history = QListWidget()
        self.history.setObjectName("leadHistory")
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.setMaximumHeight(96)
        self.history.hide()
        layout.addLayout(row)
        layout.addWidget(self.history)

    def show_lead(self, lead: CardLead, zone: tzinfo) -> None:
        count = len(lead.history)
        interactions = self.tr("1 interaction") if count == 1 else \
            self.tr("{0} interactions").format(count)
        by = lead.captured_by or self.tr("unknown staff")
        when = when_text(lead.captured_at, zone)
        if lead.mode == "new":
            text = self.tr("✚ NEW LEAD — saved") + (
                self.tr(" · visitor registered from the badge") if lead.visitor_created else "")
        elif lead.mode == "rescan":
            text = self.tr("↻ RESCAN — lead from {0} by {1}, {2}").format(when, by, interactions)
        else:
            text = self.tr("✎ EDITING — lead from {0} by {1}, {2}").format(when, by,
                                                                           interactions)
        self.label.setText(text)
        self.label.setProperty("kind", lead.mode)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        self.history.clear()
        kinds = {"scan": self.tr("Scanned"), "manual": self.tr("Typed in"),
                 "edit": self.tr("Edited"), "merge": self.tr("Merged")}
        for item in reversed(lead.history):
            who = " · ".join(p for p in (item.staff, item.device) if p)
            note = f" — {item.note}" if item.note and item.kind == "edit" else ""
            self.history.addItem(f"{when_text(item.at, zone)}  {kinds.get(item.kind, item.kind)}"
                                 f"{' by ' + who if who else ''}{note}")
        self.history_button.setText(self.tr("History ({0})").format(count))
        self.history_button.setChecked(False)
        self.history_button.setVisible(count > 0)
