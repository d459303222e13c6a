"""The check-in result card: readable by a standing person 1 m away.

The status is a coloured bar with an icon and a word (colour never speaks alone),
the visitor's name in very large type (shrunk to fit two lines, never clipped),
organisation and country, and the category band in its badge colour with its word.
After a few seconds the card fades back to "Ready".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from booth_app.ui.widgets import STATUS_WORDS

# status -> (background, text colour); amber carries dark text, the others white.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "admitted": ("#1e7d3a", "#ffffff"),
    "reentry": ("#1f5fa8", "#ffffff"),
    "duplicate": ("#f2a900", "#2b1d00"),
    "unknown": ("#c62828", "#ffffff"),
    "invalid": ("#c62828", "#ffffff"),
    "revoked": ("#c62828", "#ffffff"),
    "exit": ("#455a64", "#ffffff"),
    "ready": ("#e9eef3", "#17324d"),
}
HOLD_MS = 5000  # how long a result stays before the card fades to Ready
HOLD_ACTION_MS = 20000  # longer when the card offers an action (register)


@dataclass
class ScanView:
    """What the card shows for one scan (plain data, made on the GUI thread)."""

    status: str
    headline: str  # e.g. "ALREADY IN since 10:42 at Entrance"
    message: str = ""
    name: str = ""
    organization: str = ""
    country: str = ""
    band_word: str = ""
    band_color: str = ""
    visitor_id: str | None = None
    prefill: dict[str, Any] = field(default_factory=dict)  # for "Register", from the scan
    offer_register: bool = False
    register_label: str = ""


def fit_name(label: QLabel, text: str, width: int, *, largest: int = 46, smallest: int = 20,
             lines: int = 2) -> None:
    """Set the label's text at the largest size whose wrap fits `lines` lines; at the
    smallest size, cut the text with an ellipsis so nothing is ever clipped."""
    font = QFont(label.font())
    font.setBold(True)
    width = max(width, 100)
    for size in range(largest, smallest - 1, -2):
        font.setPointSize(size)
        metrics = QFontMetrics(font)
        box = metrics.boundingRect(QRect(0, 0, width, 100_000),
                                   int(Qt.TextFlag.TextWordWrap), text)
        if box.height() <= lines * metrics.lineSpacing() and box.width() <= width:
            label.setFont(font)
            label.setText(text)
            return
    font.setPointSize(smallest)
    metrics = QFontMetrics(font)
    fits = _longest_fitting(metrics, text, width, lines)
    label.setFont(font)
    label.setText(text[:fits].rstrip() + "…")


def _longest_fitting(metrics: QFontMetrics, text: str, width: int, lines: int) -> int:
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        box = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap),
                                   text[:middle] + "…")
        if box.height() <= lines * metrics.lineSpacing() and box.width() <= width:
            low = middle
        else:
            high = middle - 1
    return low


class ResultCard(QFrame):
    register_clicked = Signal(object)  # the ScanView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultCard")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view: ScanView | None = None
        self.ready_text = self.tr("Ready: scan a badge")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.status_bar = QLabel()
        self.status_bar.setObjectName("resultStatus")
        self.status_bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_bar.setTextFormat(Qt.TextFormat.PlainText)
        self.status_bar.setWordWrap(True)
        self.status_bar.setMinimumHeight(72)
        outer.addWidget(self.status_bar)
        body = QWidget()
        body.setObjectName("resultBody")
        inner = QVBoxLayout(body)
        inner.setContentsMargins(24, 16, 24, 16)
        inner.setSpacing(8)
        self.name = self._label("resultName")
        self.details = self._label("resultDetails")
        self.band = self._label("resultBand")
        self.band.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.message = self._label("resultMessage")
        inner.addStretch(1)
        inner.addWidget(self.name)
        inner.addWidget(self.details)
        band_row = QHBoxLayout()
        band_row.addStretch(1)
        band_row.addWidget(self.band)
        band_row.addStretch(1)
        inner.addLayout(band_row)
        inner.addWidget(self.message)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.register_button = QPushButton()
        self.register_button.setObjectName("registerFromScan")
        self.register_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.register_button.clicked.connect(lambda: self.register_clicked.emit(self.view))
        actions.addWidget(self.register_button)
        actions.addStretch(1)
        inner.addLayout(actions)
        inner.addStretch(1)
        outer.addWidget(body, 1)
        self.opacity = QGraphicsOpacityEffect(body)
        self.opacity.setOpacity(1.0)
        body.setGraphicsEffect(self.opacity)
        self.fade = QPropertyAnimation(self.opacity, b"opacity", self)
        self.fade.setDuration(600)
        self.fade.setStartValue(1.0)
        self.fade.setEndValue(0.0)
        self.fade.setEasingCurve(QEasingCurve.Type.InQuad)
        self.fade.finished.connect(self.show_ready)
        self.hold = QTimer(self)
        self.hold.setSingleShot(True)
        self.hold.timeout.connect(self.fade.start)
        self.show_ready()

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names are text, never markup
        label.setWordWrap(True)
        return label

    @property
    def status(self) -> str:
        return self.view.status if self.view is not None else "ready"

    def show_ready(self) -> None:
        self.hold.stop()
        self.fade.stop()
        self.view = None
        self.opacity.setOpacity(1.0)
        self._paint("ready")
        self.status_bar.setText(self.ready_text)
        self.name.clear()
        self.details.clear()
        self.band.hide()
        self.message.clear()
        self.register_button.hide()

    def show_result(self, view: ScanView) -> None:
        self.hold.stop()
        self.fade.stop()
        self.opacity.setOpacity(1.0)
        self.view = view
        self._paint(view.status)
        icon, _word = STATUS_WORDS.get(view.status, ("•", view.status.upper()))
        self.status_bar.setText(f"{icon}  {view.headline}")
        fit_name(self.name, view.name or "–", self._name_width())
        self.details.setText(" · ".join(p for p in (view.organization, view.country) if p))
        if view.band_word:
            self.band.setText(view.band_word)
            self.band.setStyleSheet(
                f"background: {view.band_color}; color: white; border-radius: 6px; "
                "padding: 4px 18px; font-size: 15pt; font-weight: 700;")
            self.band.show()
        else:
            self.band.hide()
        self.message.setText(view.message)
        self.register_button.setVisible(view.offer_register)
        self.register_button.setText(view.register_label)
        self.hold.start(HOLD_ACTION_MS if view.offer_register else HOLD_MS)

    def _paint(self, status: str) -> None:
        background, colour = STATUS_COLOURS.get(status, STATUS_COLOURS["unknown"])
        self.status_bar.setStyleSheet(
            f"background: {background}; color: {colour}; font-size: 26pt; font-weight: 700;"
            " border-top-left-radius: 12px; border-top-right-radius: 12px; padding: 10px;")

    def _name_width(self) -> int:
        return max(self.width() - 60, 300)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.view is not None:
            fit_name(self.name, self.view.name or "–", self._name_width())
