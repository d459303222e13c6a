"""Small widgets shared by the pages: page headers, figure tiles, status words."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ActionSpec = tuple[str, str, Any, Callable[[], object]]  # key, text, shortcut or None, slot


class PageHeader(QWidget):
    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(2)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(subtitle)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        self.subtitle.setVisible(bool(subtitle))

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)
        self.subtitle.setVisible(bool(text))


class Tile(QFrame):
    """A figure readable at arm's length: big number, a word under it."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.label = QLabel(label)
        self.label.setObjectName("tileLabel")
        self.label.setWordWrap(True)
        for widget in (self.value, self.label):
            widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(widget)

    def set_value(self, text: str) -> None:
        self.value.setText(text)


STATUS_WORDS = {
    "admitted": ("✔", QT_TRANSLATE_NOOP("CheckinStatus", "ADMITTED")),
    "reentry": ("↻", QT_TRANSLATE_NOOP("CheckinStatus", "RE-ENTRY")),
    "duplicate": ("●", QT_TRANSLATE_NOOP("CheckinStatus", "ALREADY IN")),
    "unknown": ("?", QT_TRANSLATE_NOOP("CheckinStatus", "UNKNOWN BADGE")),
    "invalid": ("✖", QT_TRANSLATE_NOOP("CheckinStatus", "INVALID CODE")),
    "revoked": ("⊘", QT_TRANSLATE_NOOP("CheckinStatus", "REVOKED")),
    "exit": ("⇥", QT_TRANSLATE_NOOP("CheckinStatus", "EXIT")),
}


def status_text(status: str) -> str:
    """A status as icon + word, so colour never speaks alone."""
    icon, word = STATUS_WORDS.get(status, ("•", status.upper()))
    return f"{icon} {QCoreApplication.translate('CheckinStatus', word)}"


def header_width(view: QAbstractItemView, column: int, width: int) -> int:
    """`width`, or more when the column's header needs it (longer words in Indonesian
    and Arabic, plus room for the sort arrow)."""
    model = view.model()
    text = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
    return max(width, view.fontMetrics().horizontalAdvance(text) + 30)


def message_label(name: str = "formMessage") -> QLabel:
    """A hidden, wrapping, plain-text line for what a form has to say (never markup:
    it often repeats what the user typed)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def action_row(owner: QWidget, specs: Sequence[ActionSpec]) -> tuple[QHBoxLayout,
                                                                     dict[str, QAction]]:
    """A page's row of text buttons, each an action of `owner` (its shortcut works
    anywhere on the page and shows in the tooltip)."""
    row = QHBoxLayout()
    actions: dict[str, QAction] = {}
    for key, text, shortcut, slot in specs:
        action = QAction(text, owner)
        action.setIconText(text)  # keep "…": it says a dialog follows
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
        action.triggered.connect(lambda _checked=False, s=slot: s())
        owner.addAction(action)
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row.addWidget(button)
        actions[key] = action
    row.addStretch(1)
    return row, actions


def toggle_full_screen(widget: QWidget) -> bool:
    """Full screen for the window holding `widget` (the kiosk mode where the window has
    one), or back; whether it is full screen now."""
    window = widget.window()
    kiosk = getattr(window, "set_kiosk", None)
    if kiosk is not None:
        kiosk(not window.isFullScreen())
    elif window.isFullScreen():
        window.showNormal()
    else:
        window.showFullScreen()
    return window.isFullScreen()
