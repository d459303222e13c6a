"""Camera frames of real badges for the webcam decoding tests and benchmark.

A badge is issued and rendered exactly as it prints (core.badges.jobs, core.badges.render),
rasterised with pypdfium2, then placed into a 1280x720 grey "camera frame" with some
clutter the way a webcam sees a badge held up at the desk: turned, tilted away,
out of focus, dim, under a glare from the plastic holder, small and far away, noisy.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from booth_app.core.badges.jobs import faces_for_print
from booth_app.core.badges.render import get_layout, render_pdf
from booth_app.core.visitors.register import VisitorFields, add_visitor
from booth_app.storage.database import Database

FRAME = (1280, 720)
BADGE_DPI = 300
LAYOUT = "cr80"

Point = tuple[float, float]


@dataclass(frozen=True)
class PrintedBadge:
    """A badge as printed: its raster (RGB, 300 dpi), its token, where its QR sits."""

    image: Image.Image
    token: str
    qr_box: tuple[float, float, float, float]  # left, top, right, bottom in image pixels
    visitor_id: str


def print_badge(db: Database, name: str = "Siti Nurhaliza Rahayu",
                organization: str = "Palm Crescent Specialist Hospital",
                country: str = "ID", category: str = "hospital/clinic") -> PrintedBadge:
    """Add a visitor to the event in `db`, issue their badge and rasterise its PDF."""
    layout = get_layout(LAYOUT)
    with db.session() as session:
        fields = VisitorFields.parse(name=name, organization=organization, country=country,
                                     category=category)
        visitor = add_visitor(session, fields)
        face = faces_for_print(session, [visitor.id], layout)[0]
    out = io.BytesIO()
    render_pdf([face], layout, out)
    pdf = pdfium.PdfDocument(out.getvalue())
    try:
        image = pdf[0].render(scale=BADGE_DPI / 72).to_pil().convert("RGB")
    finally:
        pdf.close()
    px = image.width / layout.width_mm
    left, top, size = layout.qr_x_mm * px, layout.qr_y_mm * px, layout.qr_size_mm * px
    return PrintedBadge(image, face.token, (left, top, left + size, top + size), face.visitor_id)


# -- the scene --------------------------------------------------------------------------------


def background(seed: int) -> Image.Image:
    """A dim grey desk scene: a gradient, furniture-like blocks, cables, printed clutter."""
    rng = random.Random(seed)
    width, height = FRAME
    gradient = Image.linear_gradient("L").resize((width, height)).rotate(rng.choice([0, 90]))
    frame = Image.blend(Image.new("L", FRAME, rng.randint(95, 125)), gradient, 0.25)
    frame = frame.convert("RGB")
    draw = ImageDraw.Draw(frame)
    for _ in range(12):
        x, y = rng.randrange(width), rng.randrange(height)
        w, h = rng.randint(40, 300), rng.randint(30, 200)
        shade = rng.randint(40, 200)
        draw.rectangle((x, y, x + w, y + h), fill=(shade, shade + rng.randint(-20, 20), shade))
    for _ in range(8):
        points = [(rng.randrange(width), rng.randrange(height)) for _ in range(3)]
        draw.line(points, fill=(rng.randint(0, 80),) * 3, width=rng.randint(2, 6))
    for _ in range(6):  # printed matter: rows of dark dashes, like text on a leaflet
        x, y = rng.randrange(width - 200), rng.randrange(height - 80)
        draw.rectangle((x - 8, y - 8, x + 200, y + 80), fill=(230, 230, 225))
        for row in range(6):
            col = x
            while col < x + 180:
                word = rng.randint(8, 30)
                draw.rectangle((col, y + row * 12, col + word, y + row * 12 + 6), fill=(30,) * 3)
                col += word + 6
    return frame.filter(ImageFilter.GaussianBlur(1.2))


def _solve(matrix: list[list[float]], rhs: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (no numpy in this project)."""
    size = len(rhs)
    rows = [[*row, value] for row, value in zip(matrix, rhs, strict=True)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(size):
            if r != col:
                factor = rows[r][col] / rows[col][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [rows[r][size] / rows[r][r] for r in range(size)]


def _perspective_coeffs(dest: Sequence[Point], source: Sequence[Point]) -> list[float]:
    """PIL PERSPECTIVE coefficients mapping output points `dest` to input points `source`."""
    matrix, rhs = [], []
    for (x, y), (u, v) in zip(dest, source, strict=True):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    return _solve(matrix, rhs)


@dataclass(frozen=True)
class Shot:
    """How the camera sees the badge. Applied in order: scale, glare, tilt, turn, place,
    blur, contrast, noise."""

    name: str
    badge_width: int = 520  # pixels across the badge in the frame (QR about 27 % of it)
    angle: float = 0.0  # degrees, counter-clockwise
    tilt: float = 0.0  # 0..0.5: how far the badge's right edge leans away (perspective)
    blur: float = 0.8  # Gaussian radius, pixels (a webcam lens is never quite sharp)
    contrast: tuple[int, int] | None = None  # (black, white) levels after the lens
    glare: bool = False
    noise: float = 0.0  # sigma of Gaussian sensor noise
    position: Point = (0.5, 0.5)  # badge centre as a fraction of the frame
    seed: int = 0


def _with_glare(badge: Image.Image, qr_box: tuple[float, float, float, float]) -> Image.Image:
    """A soft white reflection over the middle of the QR, leaving its three finder
    patterns (top-left, top-right, bottom-left) visible."""
    left, top, right, _ = qr_box
    size = right - left
    mask = Image.new("L", badge.size, 0)
    draw = ImageDraw.Draw(mask)
    cx, cy = left + size * 0.62, top + size * 0.6
    draw.ellipse((cx - size * 0.3, cy - size * 0.16, cx + size * 0.3, cy + size * 0.16),
                 fill=235)
    mask = mask.filter(ImageFilter.GaussianBlur(size * 0.05))
    return Image.composite(Image.new("RGB", badge.size, (255, 255, 250)), badge, mask)


def photograph(badge: PrintedBadge, shot: Shot, scene: Image.Image | None = None) -> Image.Image:
    """The 1280x720 greyscale ("L") camera frame of `badge` taken as `shot` says."""
    image = badge.image
    if shot.glare:
        image = _with_glare(image, badge.qr_box)
    scale = shot.badge_width / image.width
    width, height = shot.badge_width, round(image.height * scale)
    image = image.resize((width, height), Image.Resampling.LANCZOS).convert("RGBA")
    if shot.tilt:
        lean = shot.tilt * height / 2
        squeeze = width * (1 - shot.tilt * 0.6)
        dest = [(0, 0), (squeeze, lean), (squeeze, height - lean), (0, height)]
        coeffs = _perspective_coeffs(dest, [(0, 0), (width, 0), (width, height), (0, height)])
        image = image.transform((math.ceil(squeeze), height), Image.Transform.PERSPECTIVE,
                                coeffs, Image.Resampling.BICUBIC)
    if shot.angle:
        image = image.rotate(shot.angle, Image.Resampling.BICUBIC, expand=True)
    frame = (scene or background(shot.seed)).copy()
    x = round(shot.position[0] * FRAME[0] - image.width / 2)
    y = round(shot.position[1] * FRAME[1] - image.height / 2)
    frame.paste(image, (x, y), image)
    grey = frame.convert("L")
    if shot.blur:
        grey = grey.filter(ImageFilter.GaussianBlur(shot.blur))
    if shot.contrast:
        low, high = shot.contrast
        grey = grey.point(lambda v: low + v * (high - low) // 255)
    if shot.noise:
        noise = Image.effect_noise(FRAME, shot.noise)
        grey = ImageChops.add(grey, noise, 1.0, -128)
    return grey


# What a check-in desk sees every day; each must decode for every badge.
SHOTS: list[Shot] = [
    Shot("straight"),
    Shot("rotated_15", angle=15),
    Shot("rotated_45", angle=45, seed=1),
    Shot("rotated_90", angle=90, seed=2),
    Shot("upside_down", angle=180, seed=3),
    Shot("tilted", tilt=0.35, seed=4),
    Shot("tilted_and_turned", tilt=0.3, angle=-20, seed=5),
    Shot("blurred", blur=2.0, seed=6),
    Shot("low_contrast", contrast=(100, 160), seed=7),
    Shot("glare", glare=True, blur=0.6, seed=8),
    Shot("small", badge_width=330, position=(0.7, 0.35), seed=9),  # QR about 90 px
    Shot("smallest", badge_width=295, angle=30, position=(0.3, 0.6), seed=10),  # about 80 px
    Shot("noisy", noise=18, seed=11),
    Shot("dim_blurred_noisy", blur=1.5, contrast=(90, 170), noise=10, seed=12),
]

# Harder shots that a single zxing-cpp pass mostly misses and decode_grey's fallback
# passes read (measured over hundreds of badges): a camera out of focus, a soft badge
# tilted away (sharpened frame); far away and tilted, the QR about 60 px wide, a small
# soft badge turned (the QR region enlarged). The everyday "glare" already
# needs one: zxing-cpp's default pass reads about half of those badges.
HARD_SHOTS: list[Shot] = [
    Shot("out_of_focus", badge_width=330, blur=2.0, seed=21),
    Shot("out_of_focus_dim", badge_width=330, blur=2.0, contrast=(100, 160), seed=22),
    Shot("tilted_out_of_focus", badge_width=400, blur=1.5, tilt=0.3, seed=23),
    Shot("small_soft_turned", badge_width=290, blur=1.5, angle=35, seed=24),
    Shot("far_and_tilted", badge_width=220, tilt=0.3, seed=26),
]


def empty_frame(seed: int) -> Image.Image:
    """A frame with no badge in it: the camera idling at the desk."""
    return background(seed).convert("L")


def qr_width_in_frame(shot: Shot) -> float:
    """How wide the QR itself is in the frame, pixels (before any turn or tilt)."""
    layout = get_layout(LAYOUT)
    return shot.badge_width * layout.qr_size_mm / layout.width_mm


def frames(badge: PrintedBadge, shots: Sequence[Shot] = SHOTS,
           each: Callable[[Shot, Image.Image], None] | None = None) -> list[Image.Image]:
    """Every shot of one badge, in order."""
    result = []
    for shot in shots:
        image = photograph(badge, shot)
        if each is not None:
            each(shot, image)
        result.append(image)
    return result
