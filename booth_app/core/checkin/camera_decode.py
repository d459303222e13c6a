"""Badge QR codes read from camera frames (8-bit grey) with zxing-cpp.

No Qt here: the camera (ui.checkin.camera) turns each frame into grey bytes and calls
`decode_grey` on a worker thread; tests and the CLI can call it the same way.

A frame is read in up to four passes, each only when the ones before found nothing, so
a frame with a badge in focus costs one pass (a couple of milliseconds at 1280x720):

1. zxing-cpp's local-average binarizer: turned, tilted, dim and noisy badges.
2. Its global-histogram binarizer: a reflection from the plastic holder throws the
   local average off, one threshold for the whole frame does not mind it.
3. Where pass 1 or 2 saw a QR but could not read it, that region alone, enlarged and
   sharpened: badges far from the camera.
4. The whole frame sharpened (an unsharp mask): a camera slightly out of focus, or a
   badge waved about.

Passes 3 and 4 use Pillow (installed with reportlab); without it they are skipped.
zxing-cpp and Pillow let go of the GIL while they work, so the GUI thread runs on.
An empty frame, the common case while the camera idles, pays for all four: about
5 ms at 720p on a laptop-class core (tests/benchmarks/bench_webcam.py).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

log = logging.getLogger(__name__)

try:
    import zxingcpp
except ImportError:  # pragma: no cover - a declared dependency; checked by the camera panel
    zxingcpp = None

try:
    from PIL import Image
except ImportError:  # pragma: no cover - comes with reportlab
    Image = None  # type: ignore[assignment]

SHARPEN_SCALE = 4  # the unsharp mask's blur: a 4x4 box average (modules are 3-6 px at 720p)
SHARPEN_GAIN = 3.0  # 1 + amount: the frame plus twice its detail
REGION_MARGIN = 0.35  # around a QR seen but not read, as a fraction of its size
REGION_TARGET = 240  # enlarge a QR region until the code is about this wide, pixels
REGION_MAX_SCALE = 4
MAX_REGIONS = 2
MAX_SIDE = 8192  # larger frames are not camera frames


def available() -> bool:
    """Whether zxing-cpp is installed (without it no frame can be read)."""
    return zxingcpp is not None


def decode_grey(data: bytes | bytearray | memoryview, width: int, height: int,
                stride: int | None = None) -> list[str]:
    """The texts of the QR codes in an 8-bit grey frame, each once, in the order found.

    `stride` is the bytes from one row to the next (default `width`). Garbage in (wrong
    sizes, a buffer too short) gives [] and never raises.
    """
    if zxingcpp is None:
        return []
    frame = _frame(data, width, height, stride)
    if frame is None:
        return []
    view, row_stride = frame
    try:
        return _decode(view, width, height, row_stride)
    except Exception:  # zxing-cpp or Pillow refused this buffer: no code in it for us
        log.debug("frame of %dx%d could not be decoded", width, height, exc_info=True)
        return []


def decode_image(image: Any) -> list[str]:
    """`decode_grey` for a Pillow image of any mode (tests, the command line)."""
    grey = image.convert("L")
    return decode_grey(grey.tobytes(), grey.width, grey.height)


# -- the passes -------------------------------------------------------------------------------


def _frame(data: object, width: int, height: int,
           stride: int | None) -> tuple[memoryview, int] | None:
    """The frame as a flat byte view and its row stride, or None if the sizes do not fit."""
    if not (isinstance(width, int) and isinstance(height, int)):
        return None
    row_stride = width if stride is None else stride
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE and width <= row_stride):
        return None
    try:
        view = memoryview(data)  # type: ignore[arg-type]
        if view.format != "B" or view.ndim != 1:
            view = view.cast("B")
    except (TypeError, ValueError):
        return None
    needed = row_stride * height
    if len(view) < needed:
        if len(view) < row_stride * (height - 1) + width:
            return None
        # The last row is not padded to the stride (some cameras): pad a copy.
        view = memoryview(bytes(view) + bytes(needed - len(view)))
    return view[:needed], row_stride


def _decode(view: memoryview, width: int, height: int, stride: int) -> list[str]:
    image = zxingcpp.ImageView(view, width, height, zxingcpp.ImageFormat.Lum, stride)
    regions: list[tuple[int, int, int, int]] = []
    for binarizer in (zxingcpp.Binarizer.LocalAverage, zxingcpp.Binarizer.GlobalHistogram):
        texts = _read(image, binarizer, regions)
        if texts:
            return texts
    if Image is None:
        return []
    picture = Image.frombuffer("L", (width, height), view, "raw", "L", stride, 1)
    for box in _merged(regions)[:MAX_REGIONS]:
        texts = _read_region(picture, box)
        if texts:
            return texts
    # Sharpening helps codes at full size; large ones were read by the passes before.
    return _read(_sharpened(picture), zxingcpp.Binarizer.LocalAverage, None, downscale=False)


def _read(image: Any, binarizer: Any, regions: list[tuple[int, int, int, int]] | None,
          *, downscale: bool = True) -> list[str]:
    """One zxing-cpp pass; QR symbols it found but could not read go to `regions`."""
    results = zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormat.QRCode, try_rotate=True, try_downscale=downscale,
        try_invert=False,  # badges print dark on light
        binarizer=binarizer, return_errors=regions is not None)
    texts: list[str] = []
    for result in results:
        if result.valid:
            if result.text not in texts:
                texts.append(result.text)
        elif regions is not None:
            regions.append(_bounds(result.position))
    return texts


def _bounds(position: Any) -> tuple[int, int, int, int]:
    corners = (position.top_left, position.top_right, position.bottom_right,
               position.bottom_left)
    xs, ys = [p.x for p in corners], [p.y for p in corners]
    return min(xs), min(ys), max(xs), max(ys)


def _merged(boxes: Iterable[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Overlapping candidate boxes (the same QR seen by both passes) as one; the smallest
    first, as small codes are the ones enlarging helps."""
    merged: list[tuple[int, int, int, int]] = []
    for box in boxes:
        for index, other in enumerate(merged):
            if box[0] <= other[2] and other[0] <= box[2] and box[1] <= other[3] \
                    and other[1] <= box[3]:
                merged[index] = (min(box[0], other[0]), min(box[1], other[1]),
                                 max(box[2], other[2]), max(box[3], other[3]))
                break
        else:
            merged.append(box)
    return sorted(merged, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))


def _read_region(picture: Any, box: tuple[int, int, int, int]) -> list[str]:
    """A QR that was seen but not read, cut out with a margin, enlarged and sharpened."""
    left, top, right, bottom = box
    size = max(right - left, bottom - top, 1)
    margin = round(size * REGION_MARGIN) + 4
    crop = (max(0, left - margin), max(0, top - margin),
            min(picture.width, right + margin), min(picture.height, bottom + margin))
    if crop[2] - crop[0] < 8 or crop[3] - crop[1] < 8:
        return []
    scale = min(REGION_MAX_SCALE, max(1.0, REGION_TARGET / size))
    region = picture.crop(crop)
    if scale > 1.0:
        region = region.resize((round(region.width * scale), round(region.height * scale)),
                               Image.Resampling.BICUBIC)
    for candidate in (region, _sharpened(region)):
        for binarizer in (zxingcpp.Binarizer.LocalAverage,
                          zxingcpp.Binarizer.GlobalHistogram):
            texts = _read(candidate, binarizer, None)
            if texts:
                return texts
    return []


def _sharpened(picture: Any) -> Any:
    """Unsharp mask: the picture pushed away from a blurred copy of itself. The blur is a
    box average scaled back up (a third of the time of a box filter at full size), and
    Image.blend with a factor above 1 extrapolates, in C, clipped to 0..255."""
    blurred = picture.reduce(SHARPEN_SCALE).resize(picture.size, Image.Resampling.BILINEAR)
    return Image.blend(blurred, picture, SHARPEN_GAIN)
