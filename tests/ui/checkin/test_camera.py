"""Webcam scanning on a laptop without a camera: the panel says so once and stays out of
the way; photos of real badges fed to the scanner (as QImages and as video frames) are
decoded off the GUI thread, each badge announced once while it is held up."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from badge_photos import PrintedBadge, Shot, photograph, print_badge
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from booth_app.core.badges.tokens import check_token
from booth_app.core.checkin import camera_decode as qr_decode
from booth_app.core.events import require_event
from booth_app.storage.database import Database
from booth_app.ui.checkin import camera, camera_panel
from booth_app.ui.checkin.camera import DEBOUNCE_S, CameraScanner, multimedia_available
from booth_app.ui.checkin.camera_panel import CameraPanel

NO_CAMERA = "No camera found — keyboard and USB scanners still work."


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def qimage(picture: Image.Image) -> QImage:
    """A colour QImage, as QVideoFrame.toImage() gives one (the scanner makes it grey)."""
    rgb = picture.convert("RGB")
    return QImage(rgb.tobytes(), rgb.width, rgb.height, rgb.width * 3,
                  QImage.Format.Format_RGB888).copy()


@pytest.fixture
def badge(event_db: Database) -> PrintedBadge:
    return print_badge(event_db)


@pytest.fixture
def badge_photo(badge: PrintedBadge) -> QImage:
    return qimage(photograph(badge, Shot("held_up", angle=-25, tilt=0.2, seed=40)))


def visible_text(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def assert_valid(db: Database, text: str) -> None:
    with db.reader() as session:
        assert check_token(require_event(session), text).kind == "valid"


def test_this_machine_has_multimedia_and_no_camera() -> None:
    """What the tests below rely on (the CI laptop image): Qt Multimedia loads, no camera."""
    assert multimedia_available() == (True, "")
    assert CameraScanner().cameras() == []
    assert not list(Path("/dev").glob("video*"))


def test_panel_without_a_camera_says_so_once_and_is_disabled(
        qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    panel = CameraPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert not panel.isEnabled()
    assert visible_text(panel) == NO_CAMERA
    assert not panel.controls.isVisible()
    panel.set_active(True)  # the check-in page's camera button
    panel.refresh_cameras()
    panel.refresh_cameras()
    QApplication.processEvents()
    assert not panel.scanner.active
    assert visible_text(panel) == NO_CAMERA
    assert QApplication.activeModalWidget() is None
    assert sum("camera panel" in r.getMessage() for r in caplog.records) == 1
    assert panel.width() <= 340


def test_panel_without_multimedia_says_the_same_and_why(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    reason = "Camera support (Qt Multimedia) cannot be loaded: libpulse.so.0: not found"
    unavailable: Callable[[], tuple[bool, str]] = lambda: (False, reason)  # noqa: E731
    monkeypatch.setattr(camera, "multimedia_available", unavailable)
    monkeypatch.setattr(camera_panel, "multimedia_available", unavailable)
    panel = CameraPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.isEnabled()
    assert visible_text(panel) == NO_CAMERA
    assert panel.status.toolTip() == reason
    assert panel.scanner.cameras() == []
    with qtbot.waitSignal(panel.scanner.failed) as failed:
        assert panel.scanner.start() is False
    assert failed.args == [reason]
    assert QApplication.activeModalWidget() is None


def test_a_camera_that_cannot_start_is_told_in_the_status_line(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A camera listed but gone by the time Start is pressed (unplugged; here Qt lists no
    camera at all): one line, no dialog, the button back to Start, and the keyboard focus
    left where it was."""
    monkeypatch.setattr(CameraScanner, "cameras", lambda self: [("usb-cam-0", "USB Camera")])
    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    scan_field = QLineEdit()
    panel = CameraPanel()
    layout.addWidget(scan_field)
    layout.addWidget(panel)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    scan_field.setFocus()
    qtbot.waitUntil(scan_field.hasFocus, timeout=3000)
    assert panel.isEnabled() and panel.controls.isVisible()
    assert panel.picker.currentText() == "USB Camera"
    with qtbot.waitSignal(panel.scanner.failed):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == NO_CAMERA
    assert not panel.start_button.isChecked() and panel.start_button.text() == "Start"
    assert not panel.scanner.active
    assert QApplication.activeModalWidget() is None
    assert scan_field.hasFocus()
    assert panel.preview.currentWidget() is panel.camera_off
    focusable = [w for w in panel.findChildren(QWidget)  # the picker's popup list aside
                 if w.window() is window and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert focusable == []


def test_the_live_preview_leaves_the_keyboard_to_the_scan_field(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """QVideoWidget paints into a window of its own, which the platform may activate as it
    appears: the scan field must keep the keyboard, or a USB scanner's keystrokes are lost."""
    monkeypatch.setattr(CameraScanner, "cameras", lambda self: [("usb-cam-0", "USB Camera")])
    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    scan_field = QLineEdit()
    panel = CameraPanel()
    layout.addWidget(scan_field)
    layout.addWidget(panel)
    window.show()
    window.activateWindow()
    scan_field.setFocus()
    qtbot.waitUntil(scan_field.hasFocus, timeout=3000)
    assert panel.preview.currentWidget() is panel.camera_off
    panel.scanner.active_changed.emit(True)  # as when the camera has started
    assert panel.preview.currentWidget() is panel.video and panel.video is not None
    qtbot.waitUntil(panel.video.isVisible, timeout=3000)
    qtbot.wait(200)  # the embedded window is shown and (offscreen) activated
    assert scan_field.hasFocus()
    # Keystrokes go to the focus window: the page's own, not the preview's embedded one.
    assert QGuiApplication.focusWindow() is window.windowHandle()
    assert panel.start_button.text() == "Stop"


def test_scanner_without_a_camera_says_so(qtbot: QtBot) -> None:
    scanner = CameraScanner()
    with qtbot.waitSignal(scanner.failed) as failed:
        assert scanner.start() is False
    assert failed.args == [NO_CAMERA]
    assert not scanner.active


def test_a_badge_photo_is_read_off_the_gui_thread_and_announced_once(
        qtbot: QtBot, event_db: Database, badge: PrintedBadge, badge_photo: QImage,
        monkeypatch: pytest.MonkeyPatch) -> None:
    gui_thread = threading.get_ident()
    decoded_on: list[int] = []
    real_decode = qr_decode.decode_grey

    def decode_and_note_thread(*args: object) -> list[str]:
        decoded_on.append(threading.get_ident())
        return real_decode(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(qr_decode, "decode_grey", decode_and_note_thread)
    clock = Clock()
    scanner = CameraScanner(clock=clock)
    scanned: list[str] = []
    emitted_on: list[int] = []
    scanner.scanned.connect(scanned.append)
    scanner.scanned.connect(lambda _text: emitted_on.append(threading.get_ident()))

    with qtbot.waitSignal(scanner.scanned, timeout=5000) as first:
        assert scanner.submit_image(badge_photo)
        # The next frame arrives while the first is decoded: dropped, not queued.
        assert scanner.submit_image(badge_photo) is False
    assert first.args == [badge.token]
    assert_valid(event_db, first.args[0])
    assert scanner.dropped == 1
    assert decoded_on and all(ident != gui_thread for ident in decoded_on)
    assert emitted_on == [gui_thread]

    # Still held up a second later: read again, not announced again.
    clock.now += 1.0
    with qtbot.waitSignal(scanner.decoded, timeout=5000) as again:
        assert scanner.submit_image(badge_photo)
    assert again.args == [[badge.token]]
    # Held up for longer than the debounce in all, but never out of sight: still quiet.
    clock.now += DEBOUNCE_S - 0.5
    with qtbot.waitSignal(scanner.decoded, timeout=5000):
        assert scanner.submit_image(badge_photo)
    assert scanned == [badge.token]

    # Taken away (frames without it), then shown again after the debounce: announced.
    empty = QImage(1280, 720, QImage.Format.Format_Grayscale8)
    empty.fill(128)
    with qtbot.waitSignal(scanner.decoded, timeout=5000) as nothing:
        assert scanner.submit_image(empty)
    assert nothing.args == [[]]
    clock.now += DEBOUNCE_S + 0.1
    with qtbot.waitSignal(scanner.scanned, timeout=5000) as back:
        assert scanner.submit_image(badge_photo)
    assert back.args == [badge.token]
    assert scanned == [badge.token, badge.token]
    assert scanner.wait_idle()


def test_a_second_badge_is_announced_at_once(qtbot: QtBot, event_db: Database,
                                             badge: PrintedBadge, badge_photo: QImage) -> None:
    other = print_badge(event_db, "Rajesh Kumar Sharma", "Apollo Hospitals", "IN", "buyer")
    scanner = CameraScanner(clock=Clock())
    with qtbot.waitSignal(scanner.scanned, timeout=5000) as first:
        scanner.submit_image(badge_photo)
    with qtbot.waitSignal(scanner.scanned, timeout=5000) as second:
        scanner.submit_image(qimage(photograph(other, Shot("next", angle=90, seed=41))))
    assert (first.args, second.args) == ([badge.token], [other.token])
    assert_valid(event_db, second.args[0])


def test_video_frames_from_a_sink_are_decoded(qtbot: QtBot, event_db: Database,
                                              badge: PrintedBadge) -> None:
    """The path a camera takes: QVideoSink.videoFrameChanged with a YUV frame (its Y plane
    read directly) or an RGB frame (converted to grey)."""
    from PySide6.QtCore import QSize
    from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat, QVideoSink

    picture = photograph(badge, Shot("from_sink", angle=160, seed=42))
    scanner = CameraScanner()
    sink = QVideoSink()
    scanner.attach_sink(sink)

    nv12 = QVideoFrame(QVideoFrameFormat(QSize(*picture.size),
                                         QVideoFrameFormat.PixelFormat.Format_NV12))
    assert nv12.map(QVideoFrame.MapMode.WriteOnly)
    stride, luma = nv12.bytesPerLine(0), picture.tobytes()
    plane = nv12.bits(0)
    for row in range(picture.height):
        plane[row * stride:row * stride + picture.width] = \
            luma[row * picture.width:(row + 1) * picture.width]
    chroma = nv12.bits(1)
    chroma[:] = b"\x80" * len(chroma)
    nv12.unmap()
    with qtbot.waitSignal(scanner.scanned, timeout=5000) as from_yuv:
        sink.setVideoFrame(nv12)
    assert from_yuv.args == [badge.token]

    other = print_badge(event_db, "Zoë Dvořák", "", "CZ", "vip")
    rgb = QVideoFrame(qimage(photograph(other, Shot("rgb", angle=5, seed=43)))
                      .convertToFormat(QImage.Format.Format_RGBX8888))
    qtbot.wait(100)  # the scanner decodes at most 15 camera frames a second
    with qtbot.waitSignal(scanner.scanned, timeout=5000) as from_rgb:
        sink.setVideoFrame(rgb)
    assert from_rgb.args == [other.token]
    assert_valid(event_db, from_rgb.args[0])


def test_panel_passes_a_read_badge_on(qtbot: QtBot, event_db: Database, badge: PrintedBadge,
                                      badge_photo: QImage) -> None:
    panel = CameraPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.scanned, timeout=5000) as got:
        panel.scanner.submit_image(badge_photo)
    assert got.args == [badge.token]
    assert panel.status.text().startswith("Badge read at")
