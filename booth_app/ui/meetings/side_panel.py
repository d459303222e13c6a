"""Beside the grid: the filters, what the last Schedule run did, and the requests not
placed with their reasons.

The manufacturer filter shows that manufacturer's table only; the buyer filter fades
every other buyer's meetings in the grid. Both filter the list of requests too. Booth
staff have no manufacturer filter: they only ever get their own.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from booth_app.ui.meetings.not_placed import OpenRequest
from booth_app.ui.meetings.words import isolate, priority_word, reason_text

FILTER_DELAY_MS = 200
MAX_LISTED = 300  # before the first Schedule every request is here: list a screenful


class SidePanel(QWidget):
    exhibitor_changed = Signal(object)  # exhibitor id or None (all)
    buyer_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(330)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        # Labels above their fields: the panel is narrow and the labels get translated.
        self.exhibitor_label = QLabel(self.tr("Manufacturer"))
        self.exhibitor = QComboBox()
        self.exhibitor.setAccessibleName(self.tr("Manufacturer"))
        self.exhibitor.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.exhibitor.setMinimumContentsLength(12)
        self.exhibitor.currentIndexChanged.connect(
            lambda _i: self.exhibitor_changed.emit(self.exhibitor.currentData()))
        self.buyer = QLineEdit()
        self.buyer.setPlaceholderText(self.tr("Name or organisation"))
        self.buyer.setClearButtonEnabled(True)
        self.buyer.setAccessibleName(self.tr("Buyer"))
        self.buyer_label = QLabel(self.tr("Buyer"))
        for label, field in ((self.exhibitor_label, self.exhibitor),
                             (self.buyer_label, self.buyer)):
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
        self._buyer_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._buyer_timer.timeout.connect(lambda: self.buyer_changed.emit(self.buyer.text()))
        self.buyer.textChanged.connect(lambda _t: self._buyer_timer.start())

        self.summary = QLabel()
        self.summary.setObjectName("scheduleSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("#scheduleSummary { background: #e6effa; color: #17324d; "
                                   "border: 1px solid #9db8d9; border-radius: 8px; "
                                   "padding: 6px 10px; }")
        self.summary.hide()
        layout.addWidget(self.summary)

        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        layout.addWidget(self.title)
        self.requests = QListWidget()
        self.requests.setObjectName("notPlaced")
        self.requests.setWordWrap(True)
        self.requests.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap at its width
        self.requests.setAlternatingRowColors(True)
        self.requests.setAccessibleName(self.tr("Requests not placed"))
        layout.addWidget(self.requests, 1)
        self._shown: tuple[list[OpenRequest], str] | None = None
        self._choices: object = None
        self.set_requests([])

    # -- filters ----------------------------------------------------------------------

    def set_exhibitors(self, choices: list[tuple[str, str]] | None,
                       chosen: str | None) -> None:
        """The manufacturer picker; None hides it (booth staff see their own only)."""
        if (choices, chosen) == self._choices:
            return  # unchanged: an open drop-down stays open
        self._choices = (choices, chosen)
        visible = choices is not None
        self.exhibitor.setVisible(visible)
        self.exhibitor_label.setVisible(visible)
        self.exhibitor.blockSignals(True)
        self.exhibitor.clear()
        self.exhibitor.addItem(self.tr("All manufacturers"), None)
        for exhibitor_id, label in choices or []:
            self.exhibitor.addItem(label, exhibitor_id)
        at = self.exhibitor.findData(chosen) if chosen else 0
        self.exhibitor.setCurrentIndex(max(at, 0))
        self.exhibitor.blockSignals(False)

    def buyer_text(self) -> str:
        return self.buyer.text().strip()

    # -- what the last run did ----------------------------------------------------------

    def show_summary(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    # -- requests not placed ------------------------------------------------------------

    def set_requests(self, rows: list[OpenRequest]) -> None:
        text = self.buyer_text()
        if (rows, text) == self._shown:
            return  # the page reads again every few seconds: keep the scroll position
        self._shown = (rows, text)
        shown = [r for r in rows if not text or r.matches(text)]
        self.title.setText(self.tr("Not placed ({0})").format(len(shown)))
        self.requests.clear()
        # The panel's fixed width, less the frame and a scroll bar (the viewport's own
        # width is wrong until the list is first shown).
        width = self.maximumWidth() - 2 * self.requests.frameWidth() - \
            self.requests.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        metrics = QFontMetrics(self.requests.font())
        for row in shown[:MAX_LISTED]:
            veto = row.priority == "no"
            icon = "⊘" if veto else ("★" if row.priority == "must" else "•")
            line = self.tr("{0} {1} — {2}\n→ {3} · {4}\n{5}").format(
                icon, isolate(row.buyer_name), isolate(row.organization or "–"),
                row.exhibitor_code, priority_word(row.priority),
                reason_text(row.reason, row.vetoed_by))
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, row.request_id)
            item.setToolTip(line)
            # Qt's own wrap estimate comes out short for lines in a fallback font
            # (Chinese, Arabic) and the rest gets cut: measure each item here.
            box = metrics.boundingRect(QRect(0, 0, max(width - 12, 100), 10_000),
                                       int(Qt.TextFlag.TextWordWrap), line)
            item.setSizeHint(QSize(width, box.height() + metrics.height() // 2 + 6))
            self.requests.addItem(item)
        if len(shown) > MAX_LISTED:
            more = QListWidgetItem(self.tr("… and {0} more: filter by manufacturer or "
                                           "buyer.").format(len(shown) - MAX_LISTED))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.requests.addItem(more)
        if not shown:
            empty = QListWidgetItem(self.tr("Every request has a meeting.") if not rows
                                    else self.tr("None for this buyer."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.requests.addItem(empty)
