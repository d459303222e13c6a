"""The webcam side panel of the check-in page: camera picker, live preview, Start/Stop.

Compact (about 320 px wide) and never takes the keyboard focus: the check-in page keeps
it in its scan field, where USB scanners type. Where there is no camera, or no
multimedia libraries, it says so in one line and stays disabled; no dialog, ever.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from booth_app.ui.checkin.camera import CameraScanner, multimedia_available
from booth_app.ui.language import time_short

log = logging.getLogger(__name__)

PANEL_WIDTH = 320
PREVIEW_HEIGHT = 180  # 16:9 at the panel's width


class CameraPanel(QWidget):
    """Scans badges held up to the laptop's camera; `scanned` carries each code read."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPanel")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setFixedWidth(PANEL_WIDTH)
        self.no_camera_text = self.tr("No camera found — keyboard and USB scanners still work.")
        self.scanner = CameraScanner(self)
        self.scanner.scanned.connect(self._scanned)
        self.scanner.failed.connect(self._failed)
        self.scanner.active_changed.connect(self._active_changed)
        self.scanner.cameras_changed.connect(self.refresh_cameras)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        # Picker, Start/Stop and preview: shown only where there is a camera to use.
        self.controls = QWidget()
        controls = QVBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(6)
        row = QHBoxLayout()
        self.picker = QComboBox()
        self.picker.setToolTip(self.tr("Camera"))
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(12)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setCheckable(True)
        row.addWidget(self.picker, 1)
        row.addWidget(self.start_button)
        controls.addLayout(row)
        # The live picture while the camera runs, a dark "Camera off" card otherwise.
        self.preview = QStackedWidget()
        self.preview.setObjectName("cameraPreview")
        self.preview.setFixedSize(QSize(PANEL_WIDTH, PREVIEW_HEIGHT))
        self.camera_off = QLabel(self.tr("Camera off"))
        self.camera_off.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.camera_off.setStyleSheet("background: #202020; color: #d0d0d0;")
        self.preview.addWidget(self.camera_off)
        self.video: QWidget | None = self._make_video()
        if self.video is not None:
            self.preview.addWidget(self.video)
        controls.addWidget(self.preview)
        layout.addWidget(self.controls)

        self.status = QLabel()
        self.status.setObjectName("cameraStatus")
        self.status.setWordWrap(True)
        # The message stays readable when the panel is disabled for want of a camera.
        palette = self.status.palette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(QPalette.ColorGroup.Disabled, role,
                             palette.color(QPalette.ColorGroup.Active, role))
        self.status.setPalette(palette)
        layout.addWidget(self.status)
        layout.addStretch(1)
        for widget in (self.controls, self.picker, self.start_button, self.preview,
                       self.camera_off, self.video, self.status):
            if widget is not None:
                widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.start_button.toggled.connect(self._toggled)
        self.picker.activated.connect(self._picked)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._give_focus_back)
        self._told_unavailable = False
        self.refresh_cameras()

    def _make_video(self) -> QWidget | None:
        if not multimedia_available()[0]:
            return None
        from PySide6.QtMultimediaWidgets import QVideoWidget

        before = set(QGuiApplication.allWindows())
        video = QVideoWidget()
        # QVideoWidget draws into a window of its own inside a container: that window
        # must not take the keyboard from the scan field when clicked.
        for window in set(QGuiApplication.allWindows()) - before:
            window.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
        video.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.scanner.set_preview(video)
        return video

    # -- state ----------------------------------------------------------------------------

    def refresh_cameras(self) -> None:
        """Fill the picker; without a camera (or multimedia), say so once and disable."""
        ok, reason = multimedia_available()
        cameras = self.scanner.cameras() if ok else []
        current = self.picker.currentData()
        self.picker.clear()
        for camera_id, description in cameras:
            self.picker.addItem(description, camera_id)
        if current is not None and (index := self.picker.findData(current)) >= 0:
            self.picker.setCurrentIndex(index)
        self.controls.setVisible(bool(cameras))
        if not cameras:
            self.setEnabled(False)
            self.status.setText(self.no_camera_text)
            self.status.setToolTip(reason)
            if not self._told_unavailable:
                self._told_unavailable = True
                log.info("camera panel: %s", reason or "no camera connected")
            return
        if not self.isEnabled() or not self.status.text():
            self.setEnabled(True)
            self.status.setText(self.tr("Press Start and hold a badge up to the camera."))
            self.status.setToolTip("")

    def set_active(self, on: bool) -> None:
        """Start or stop the camera (the check-in page calls this as it shows the panel)."""
        if on and not self.isEnabled():
            return
        self.start_button.setChecked(on)

    def _toggled(self, on: bool) -> None:
        if on and not self.scanner.active:
            self.status.setText(self.tr("Starting the camera…"))
            if not self.scanner.start(self.picker.currentData()):
                self.start_button.setChecked(False)
        elif not on and self.scanner.active:
            self.scanner.stop()

    def _picked(self, _index: int) -> None:
        if self.scanner.active:
            self.scanner.stop()
            self.scanner.start(self.picker.currentData())

    def _active_changed(self, on: bool) -> None:
        self.start_button.blockSignals(True)
        self.start_button.setChecked(on)
        self.start_button.blockSignals(False)
        self.start_button.setText(self.tr("Stop") if on else self.tr("Start"))
        if self.video is not None:
            self.preview.setCurrentWidget(self.video if on else self.camera_off)
        if on:
            self.status.setText(self.tr("Looking for a badge…"))

    def _scanned(self, text: str) -> None:
        read_at = time_short(datetime.now(), seconds=True)
        self.status.setText(self.tr("Badge read at {0}.").format(read_at))
        self.scanned.emit(text)

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self._active_changed(False)

    def _give_focus_back(self, old: QWidget | None, new: QWidget | None) -> None:
        """The preview's embedded window can still take the focus as it is shown (some
        platforms activate every new window): hand it straight back, keyboard and all."""
        if new is None or not self.isAncestorOf(new):
            return
        target = old if old is not None and not self.isAncestorOf(old) else self._first_outside()
        if target is None:
            new.clearFocus()
            return
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        handle = target.window().windowHandle()
        if handle is not None and QGuiApplication.focusWindow() is not handle:
            handle.requestActivate()

    def _first_outside(self) -> QWidget | None:
        """The window's first widget in tab order that takes the keyboard, outside this
        panel (the scan field, on the check-in page)."""
        window = self.window()
        widget = window.nextInFocusChain()
        while widget is not None and widget is not window:
            if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
                    and widget.isEnabled() and not self.isAncestorOf(widget)):
                return widget
            widget = widget.nextInFocusChain()
        return None

    # -- Qt -------------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        # The camera light goes off as soon as nobody looks at the preview.
        if self.scanner.active:
            self.scanner.stop()
        super().hideEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(PANEL_WIDTH, PREVIEW_HEIGHT + 90)
