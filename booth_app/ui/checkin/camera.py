"""Webcam scanning: camera frames decoded off the GUI thread.

`CameraScanner` runs a QCamera into a QVideoSink (its own, or the sink of a QVideoWidget
attached for a live preview). When the decoder is idle, the frame's brightness is
copied (the Y plane of a YUV frame as it is, any other frame converted to Grayscale8)
and handed to one worker thread that calls core.checkin.camera_decode.decode_grey. Frames that
arrive meanwhile are dropped, so nothing queues up and the preview never stutters.

A code read is emitted once as `scanned`, on the GUI thread, and not again until it has
been out of sight for `DEBOUNCE_S`: the visitor is still holding the badge up.

QtMultimedia is imported only when used. Where it (or the decoder, or a camera) is
missing, `multimedia_available()` says why and keyboard scanning carries on.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage

from booth_app.core.checkin import camera_decode as qr_decode

log = logging.getLogger(__name__)

DEBOUNCE_S = 2.5
MAX_DECODES_PER_S = 15.0  # camera frames beyond this are not decoded (battery, the GUI)
FORGET_AFTER_S = 60.0


# translate("Context", "text"): the form lupdate reads, with the context named.
translate = QCoreApplication.translate


@cache
def multimedia_available() -> tuple[bool, str]:
    """Whether the camera can be used at all here, and if not, why (for the user)."""
    if not qr_decode.available():
        return False, translate("CameraScanner", "The QR code reader (zxing-cpp) is not installed.")
    try:
        from PySide6 import QtMultimedia, QtMultimediaWidgets  # noqa: F401
    except ImportError as exc:  # e.g. libpulse0 missing on Linux
        log.warning("camera unavailable: QtMultimedia does not load (%s)", exc)
        return False, translate("CameraScanner",
                                "Camera support (Qt Multimedia) cannot be loaded: {0}").format(exc)
    return True, ""


@dataclass(frozen=True)
class GreyFrame:
    """An 8-bit grey picture: `height` rows of `stride` bytes, `width` of them used."""

    data: bytes
    width: int
    height: int
    stride: int


def grey_from_image(image: QImage) -> GreyFrame | None:
    """The image as Grayscale8 bytes (a copy the worker thread owns)."""
    if image.isNull():
        return None
    grey = image
    if image.format() != QImage.Format.Format_Grayscale8:
        grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return GreyFrame(bytes(grey.constBits()), grey.width(), grey.height(), grey.bytesPerLine())


@cache
def _luma_first_formats() -> frozenset[Any]:
    """Pixel formats whose first plane is 8-bit brightness: the grey frame for free."""
    from PySide6.QtMultimedia import QVideoFrameFormat

    names = ("Format_NV12", "Format_NV21", "Format_YUV420P", "Format_YUV422P", "Format_YV12",
             "Format_IMC1", "Format_IMC2", "Format_IMC3", "Format_IMC4", "Format_Y8")
    return frozenset(getattr(QVideoFrameFormat.PixelFormat, name) for name in names)


def grey_from_frame(frame: Any) -> GreyFrame | None:
    """A QVideoFrame's brightness: its Y plane copied when it has one, else toImage()."""
    from PySide6.QtMultimedia import QVideoFrame

    if not frame.isValid():
        return None
    if frame.pixelFormat() in _luma_first_formats() and frame.map(QVideoFrame.MapMode.ReadOnly):
        try:
            width, height, stride = frame.width(), frame.height(), frame.bytesPerLine(0)
            plane = frame.bits(0)
            if plane is not None and len(plane) >= stride * height:
                return GreyFrame(bytes(plane[:stride * height]), width, height, stride)
        finally:
            frame.unmap()
    return grey_from_image(frame.toImage())


# -- the worker -------------------------------------------------------------------------------


class _DecodeSignals(QObject):
    done = Signal(object, float, int)  # texts, milliseconds, generation


class _Decode(QRunnable):
    def __init__(self, frame: GreyFrame, generation: int, signals: _DecodeSignals) -> None:
        super().__init__()
        self.frame, self.generation, self.signals = frame, generation, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        start = time.perf_counter()
        frame = self.frame
        texts = qr_decode.decode_grey(frame.data, frame.width, frame.height, frame.stride)
        elapsed = (time.perf_counter() - start) * 1000
        try:
            self.signals.done.emit(texts, elapsed, self.generation)
        except RuntimeError:  # the scanner was deleted meanwhile: nobody to tell
            log.debug("frame decoded after the scanner was gone")


# -- the scanner ------------------------------------------------------------------------------


class CameraScanner(QObject):
    """The camera, its frames and the decoder; emits each badge read once."""

    scanned = Signal(str)  # a code newly in sight (GUI thread)
    decoded = Signal(object)  # list[str]: every frame decoded, codes or none
    failed = Signal(str)  # the camera could not start or stopped; a message for the user
    active_changed = Signal(bool)
    cameras_changed = Signal()

    def __init__(self, parent: QObject | None = None, *, debounce_s: float = DEBOUNCE_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.debounce_s = debounce_s
        self.clock = clock
        self.dropped = 0  # frames that arrived while the decoder was busy
        self.decodes = 0
        self.last_decode_ms = 0.0
        self._busy = False
        self._generation = 0
        self._last_start = -1e9
        self._seen: dict[str, float] = {}  # code -> when last in sight
        self._signals = _DecodeSignals(self)
        self._signals.done.connect(self._decoded)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._preview: Any = None
        self._own_sink: Any = None
        self._sink: Any = None
        self._camera: Any = None
        self._session: Any = None
        self._device_id = ""
        self._devices: Any = None
        if multimedia_available()[0]:
            from PySide6.QtMultimedia import QMediaDevices

            self._devices = QMediaDevices(self)
            self._devices.videoInputsChanged.connect(self._inputs_changed)

    # -- cameras --------------------------------------------------------------------------

    def cameras(self) -> list[tuple[str, str]]:
        """(id, description) of every camera, the system's default first."""
        if not multimedia_available()[0]:
            return []
        from PySide6.QtMultimedia import QMediaDevices

        default = _device_id(QMediaDevices.defaultVideoInput())
        found = [(_device_id(d), d.description()) for d in QMediaDevices.videoInputs()]
        return sorted(found, key=lambda item: item[0] != default)

    @property
    def active(self) -> bool:
        return self._camera is not None

    def set_preview(self, widget: Any) -> None:
        """Show the frames in this QVideoWidget (None: no preview); from the next start."""
        self._preview = widget

    def start(self, camera_id: str | None = None) -> bool:
        """Start the camera (None: the system default). False, with `failed` emitted,
        when it cannot; True when it starts or waits for the user's permission."""
        available, reason = multimedia_available()
        if not available:
            self.failed.emit(reason)
            return False
        from PySide6.QtCore import QCameraPermission

        app = QCoreApplication.instance()
        permission = QCameraPermission()
        status = app.checkPermission(permission) if app is not None else None
        if status == Qt.PermissionStatus.Undetermined:
            app.requestPermission(  # type: ignore[union-attr]
                permission, self, lambda answer: self._permission_answered(answer, camera_id))
            return True
        if status == Qt.PermissionStatus.Denied:
            self.failed.emit(self.tr("Booth may not use the camera. Allow it in the system's "
                                     "privacy settings, then press Start."))
            return False
        return self._start(camera_id)

    def _permission_answered(self, answer: Any, camera_id: str | None) -> None:
        if answer.status() == Qt.PermissionStatus.Granted:
            self._start(camera_id)
        else:
            self.failed.emit(self.tr("Booth may not use the camera. Allow it in the system's "
                                     "privacy settings, then press Start."))

    def _start(self, camera_id: str | None) -> bool:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices

        devices = QMediaDevices.videoInputs()
        device = next((d for d in devices if _device_id(d) == camera_id), None)
        if device is None and not camera_id:
            default = QMediaDevices.defaultVideoInput()
            device = None if default.isNull() else default
        if device is None:
            self.failed.emit(self.tr("No camera found — keyboard and USB scanners still work.")
                             if not devices else
                             self.tr("That camera is not connected any more."))
            return False
        self.stop()
        camera = QCamera(device, self)
        preferred = _preferred_format(device)
        if preferred is not None:
            camera.setCameraFormat(preferred)
        camera.errorOccurred.connect(self._camera_error)
        session = QMediaCaptureSession(self)
        session.setCamera(camera)
        if self._preview is not None:
            session.setVideoOutput(self._preview)
            sink = self._preview.videoSink()
        else:
            if self._own_sink is None:
                from PySide6.QtMultimedia import QVideoSink

                self._own_sink = QVideoSink(self)
            sink = self._own_sink
            session.setVideoSink(sink)
        sink.videoFrameChanged.connect(self._on_frame)
        self._camera, self._session, self._sink = camera, session, sink
        self._device_id = _device_id(device)
        self._seen.clear()
        camera.start()
        log.info("camera started: %s", device.description())
        self.active_changed.emit(True)
        return True

    def stop(self) -> None:
        """Stop the camera; a frame being decoded is forgotten."""
        self._generation += 1
        if self._camera is None:
            return
        camera, session, sink = self._camera, self._session, self._sink
        self._camera = self._session = self._sink = None
        self._device_id = ""
        with contextlib.suppress(RuntimeError, TypeError):  # already gone with its widget
            sink.videoFrameChanged.disconnect(self._on_frame)
        camera.stop()
        session.setCamera(None)
        camera.deleteLater()
        session.deleteLater()
        self.active_changed.emit(False)

    def wait_idle(self, timeout_ms: int = 5000) -> bool:
        """Wait for a frame being decoded (tests; before closing)."""
        return self._pool.waitForDone(timeout_ms)

    # -- frames ---------------------------------------------------------------------------

    def attach_sink(self, sink: Any) -> None:
        """Decode the frames of this QVideoSink too (a preview made elsewhere, tests)."""
        sink.videoFrameChanged.connect(self._on_frame)

    def _on_frame(self, frame: Any) -> None:
        if self._busy:
            self.dropped += 1
            return
        if self.clock() - self._last_start < 1.0 / MAX_DECODES_PER_S:
            return
        grey = grey_from_frame(frame)
        if grey is not None:
            self._submit(grey)

    def submit_image(self, image: QImage) -> bool:
        """Decode one picture as if the camera had sent it; False if the decoder is busy
        (the picture is dropped, as a camera frame would be) or it is empty."""
        if self._busy:
            self.dropped += 1
            return False
        grey = grey_from_image(image)
        if grey is None:
            return False
        self._submit(grey)
        return True

    def _submit(self, grey: GreyFrame) -> None:
        self._busy = True
        self._last_start = self.clock()
        self._pool.start(_Decode(grey, self._generation, self._signals))

    def _decoded(self, texts: list[str], elapsed_ms: float, generation: int) -> None:
        self._busy = False
        if generation != self._generation:
            return  # the camera was stopped or changed since this frame was taken
        self.decodes += 1
        self.last_decode_ms = elapsed_ms
        now = self.clock()
        for text in texts:
            last_seen = self._seen.get(text)
            self._seen[text] = now
            if last_seen is None or now - last_seen >= self.debounce_s:
                self.scanned.emit(text)
        if len(self._seen) > 50:
            self._seen = {t: s for t, s in self._seen.items() if now - s < FORGET_AFTER_S}
        self.decoded.emit(texts)

    # -- trouble --------------------------------------------------------------------------

    def _camera_error(self, _error: Any, message: str) -> None:
        log.warning("camera error: %s", message)
        self.stop()
        self.failed.emit(self.tr("The camera stopped: {0}").format(
            message or self.tr("unknown error")))

    def _inputs_changed(self) -> None:
        if self._camera is not None and self._device_id not in {c for c, _ in self.cameras()}:
            log.warning("camera unplugged")
            self.stop()
            self.failed.emit(self.tr("The camera was unplugged. Plug it in again and press "
                                     "Start."))
        self.cameras_changed.emit()


def _device_id(device: Any) -> str:
    return bytes(device.id().data()).decode("utf-8", "replace")


def _preferred_format(device: Any) -> Any:
    """The camera format closest to 1280x720 at 15 frames/s or more, brightness-plane
    formats first (decode time grows with the pixels; 720p is what the budget covers)."""
    formats = list(device.videoFormats())
    if not formats:
        return None
    luma = _luma_first_formats()

    def cost(fmt: Any) -> tuple[int, int, int]:
        size = fmt.resolution()
        return (0 if fmt.maxFrameRate() >= 15 else 1,
                abs(size.width() - 1280) + abs(size.height() - 720),
                0 if fmt.pixelFormat() in luma else 1)

    return min(formats, key=cost)
