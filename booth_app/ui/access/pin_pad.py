"""A PIN pad: big digit buttons that also take the keyboard (digits of any script,
Backspace, Enter); the PIN shows as dots only."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

MAX_PIN = 8


class PinPad(QWidget):
    """The PIN as dots and a 3x4 pad; digits (any script), Backspace and Enter typed."""

    submitted = Signal(str)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # 1 2 3 in Arabic too
        self._pin = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.dots = QLabel()
        self.dots.setObjectName("pinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.dots)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.keys: dict[str, QPushButton] = {}
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for index, label in enumerate(labels):
            button = QPushButton(label)
            button.setObjectName("pinKey")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on the pad
            button.setAutoDefault(False)
            if label == "⌫":
                button.setToolTip(self.tr("Delete the last digit (Backspace)"))
                button.clicked.connect(self.backspace)
            elif label == "OK":
                button.setToolTip(self.tr("Sign in (Enter)"))
                button.clicked.connect(self.submit)
            else:
                button.clicked.connect(lambda _=False, d=label: self.type_digit(d))
            self.keys[label] = button
            grid.addWidget(button, index // 3, index % 3)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(grid)
        row.addStretch(1)
        layout.addLayout(row)
        self._show()

    @property
    def pin(self) -> str:
        return self._pin

    def clear(self) -> None:
        self._pin = ""
        self._show()

    def type_digit(self, digit: str) -> None:
        if len(self._pin) < MAX_PIN:
            self._pin += digit
            self._show()
            self.edited.emit()

    def backspace(self) -> None:
        self._pin = self._pin[:-1]
        self._show()
        self.edited.emit()

    def submit(self) -> None:
        if self._pin:
            self.submitted.emit(self._pin)

    def _show(self) -> None:
        self.dots.setText("● " * len(self._pin) if self._pin else self.tr("Enter your PIN"))
        self.dots.setStyleSheet("" if self._pin else "font-size: 14pt; color: #5a6878;")

    def set_keys_enabled(self, on: bool) -> None:
        """Pad and typing on or off (during a wait); the pad keeps the focus."""
        for button in self.keys.values():
            button.setEnabled(on)
        self.dots.setEnabled(on)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if not self.keys["OK"].isEnabled():
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key == Qt.Key.Key_Backspace:
            self.backspace()
        elif len(text) == 1 and unicodedata.decimal(text, None) is not None:
            # Digits typed on an Arabic or full-width layout count (core normalises them).
            self.type_digit(str(unicodedata.decimal(text)))
        else:
            super().keyPressEvent(event)
            return
        event.accept()
