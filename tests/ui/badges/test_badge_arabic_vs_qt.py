"""An Arabic name on a printed badge reads as Qt draws it: letters joined, words right to
left. The badge PDF is rasterised (pypdfium2), Qt draws the same text with the bundled
Noto Naskh Arabic at the same pixel size, and both are compared after cropping to their
ink: normalised cross-correlation. Deliberately wrong renderings (unshaped glyphs in
logical order, the words swapped) must fail the same comparison."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageOps
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from booth_app import fonts
from booth_app.core.badges.render import BadgeFace, get_layout, render_pdf
from booth_app.core.badges.shaping import fit_text, register_fonts
from booth_app.ui.fonts import load_fonts

SCALE = 4  # 288 dpi
MATCH = 0.85  # correct renderings score 0.92-0.99 here; wrong ones below 0.3
SIZE = (240, 48)


def face(name: str) -> BadgeFace:
    return BadgeFace("Arab Health 2027", name, "Najd Horizon Medical City", "Saudi Arabia",
                     "buyer", "BUYER", "#15803D", "BT23BCDF2345BCDFGHJKLN", "BCDF-2345", "v1")


def name_region(name: str) -> tuple[Image.Image, float]:
    """The name box of an A6 badge (one line even for the mixed name), rasterised, and
    the size the name was set at."""
    layout = get_layout("a6")
    out = io.BytesIO()
    render_pdf([face(name)], layout, out)
    pdf = pdfium.PdfDocument(out.getvalue())
    try:
        image = pdf[0].render(scale=SCALE).to_pil().convert("L")
    finally:
        pdf.close()
    box = layout.name_box
    px = SCALE * mm
    region = image.crop((round(box.x * px), round(box.y * px), round((box.x + box.w) * px),
                         round((box.y + box.h) * px)))
    fitted = fit_text(name, box.w * mm, box.h * mm, size=box.size, min_size=box.min_size,
                      floor_size=box.floor_size, max_lines=box.lines, bold=box.bold)
    assert len(fitted.lines) == 1
    return region, fitted.size


def qt_drawing(text: str, size: float) -> Image.Image:
    image = QImage(1600, 300, QImage.Format.Format_Grayscale8)
    image.fill(255)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(fonts.NOTO_NASKH_ARABIC)
    font.setBold(True)
    font.setPixelSize(round(size * SCALE))
    painter.setFont(font)
    painter.setPen(QColor(0, 0, 0))
    painter.drawText(0, 0, image.width(), image.height(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return Image.frombuffer("L", (image.width(), image.height()), bytes(image.constBits()),
                            "raw", "L", image.bytesPerLine(), 1)


def unshaped_drawing(text: str, size: float) -> Image.Image:
    """What reportlab draws without shaping or reordering: isolated letters, logical order."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(400, 80))
    canvas.setFont(fonts.bundled(fonts.NOTO_NASKH_ARABIC, bold=True).name, size)
    canvas.drawString(10, 30, text)
    canvas.save()
    pdf = pdfium.PdfDocument(out.getvalue())
    try:
        return pdf[0].render(scale=SCALE).to_pil().convert("L")
    finally:
        pdf.close()


def ink(image: Image.Image) -> Image.Image:
    box = ImageOps.invert(image).point(lambda v: 255 if v > 100 else 0).getbbox()
    assert box is not None, "nothing drawn"
    return image.crop(box).resize(SIZE)


def similarity(first: Image.Image, second: Image.Image) -> float:
    a, b = ink(first).tobytes(), ink(second).tobytes()
    mean_a, mean_b = sum(a) / len(a), sum(b) / len(b)
    num = sum((x - mean_a) * (y - mean_b) for x, y in zip(a, b, strict=True))
    den = (sum((x - mean_a) ** 2 for x in a) * sum((y - mean_b) ** 2 for y in b)) ** 0.5
    return num / den


@pytest.fixture(scope="module")
def qt_fonts() -> None:
    app = QApplication.instance() or QApplication([])
    assert app is not None
    load_fonts()


@pytest.mark.parametrize("name", ["محمد الهاشمي", "Dr. محمد Al-Hashimi"])
def test_badge_name_matches_qt(qt_fonts: None, name: str) -> None:
    badge, size = name_region(name)
    qt = qt_drawing(name, size)
    assert similarity(badge, qt) > MATCH
    # The comparison can fail: the same name with its words swapped, and unshaped
    # letters in logical order (what reportlab draws by itself), do not match.
    swapped = qt_drawing(" ".join(reversed(name.split())), size)
    assert similarity(badge, swapped) < MATCH - 0.3
    assert similarity(unshaped_drawing(name, size), qt) < MATCH - 0.3


def test_arabic_letters_join(qt_fonts: None) -> None:
    """Joined letters make few separate ink blobs; isolated forms make many."""
    badge, size = name_region("محمد الهاشمي")

    def blobs(image: Image.Image) -> int:
        pixels = ink(image).point(lambda v: 1 if v < 128 else 0)
        width, height = pixels.size
        data = pixels.load()
        seen: set[tuple[int, int]] = set()
        count = 0
        for y in range(height):
            for x in range(width):
                if data[x, y] and (x, y) not in seen:
                    count += 1
                    stack = [(x, y)]
                    seen.add((x, y))
                    while stack:
                        cx, cy = stack.pop()
                        for nx, ny in ((cx + 1, cy), (cx - 1, cy), (cx, cy + 1), (cx, cy - 1)):
                            if 0 <= nx < width and 0 <= ny < height and data[nx, ny] \
                                    and (nx, ny) not in seen:
                                seen.add((nx, ny))
                                stack.append((nx, ny))
        return count

    joined, qt, isolated = blobs(badge), blobs(qt_drawing("محمد الهاشمي", size)), \
        blobs(unshaped_drawing("محمد الهاشمي", size))
    assert abs(joined - qt) <= 2
    assert isolated >= joined + 3
