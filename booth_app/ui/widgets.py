"""Small widgets shared by the pages: page headers, figure tiles, status words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


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
    "admitted": ("✔", "ADMITTED"),
    "reentry": ("↻", "RE-ENTRY"),
    "duplicate": ("●", "ALREADY IN"),
    "unknown": ("?", "UNKNOWN BADGE"),
    "invalid": ("✖", "INVALID CODE"),
    "revoked": ("⊘", "REVOKED"),
    "exit": ("⇥", "EXIT"),
}


def status_text(status: str) -> str:
    """A status as icon + word, so colour never speaks alone."""
    icon, word = STATUS_WORDS.get(status, ("•", status.upper()))
    return f"{icon} {word}"


def message_label(name: str = "formMessage") -> QLabel:
    """A hidden, wrapping, plain-text line for what a form has to say (never markup:
    it often repeats what the user typed)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label
