"""Badge layouts (data files in resources/layouts) and the badge PDF renderer.

No Qt here: the window previews and prints the PDF this writes, the CLI writes it to a
file. Every badge shows the event, the name large (fitted, at most two lines), the
organisation, the country, the category band in colour with its word, the QR code of
the badge token and the short code under it for typing by hand.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from booth_app.core.badges.bands import band_for
from booth_app.core.badges.codes import format_code
from booth_app.core.badges.qr import dark_runs, qr_rows
from booth_app.core.badges.shaping import Fitted, draw_fitted, fit_text
from booth_app.core.countries import country_name
from booth_app.core.errors import InputError
from booth_app.core.progress import NO_PROGRESS, Progress
from booth_app.paths import resource_path
from booth_app.storage.models import Event, Visitor

DEFAULT_LAYOUT = "cr80"
INK = "#111111"
CUT_MARK_MM = 5.0  # length of a cut mark
CUT_GAP_MM = 2.0  # cut marks stop this far from the badge edge



@dataclass(frozen=True)
class Box:
    """A place on the badge in mm from its top-left corner, and the type set in it."""

    x: float
    y: float
    w: float
    h: float
    size: float = 10.0  # largest font size, points
    min_size: float = 6.0  # shrink no further (between words)
    floor_size: float | None = None  # one unbreakable word may shrink down to this
    lines: int = 1
    bold: bool = False
    align: str = "start"  # "start" (left; right for right-to-left text), "center", "end"


@dataclass(frozen=True)
class Layout:
    name: str
    title: str
    width_mm: float
    height_mm: float
    per_page: int
    page_width_mm: float
    page_height_mm: float
    columns: int
    rows: int
    margin_left_mm: float
    margin_top_mm: float
    gap_x_mm: float
    gap_y_mm: float
    cut_marks: bool
    event: Box
    name_box: Box
    organization: Box
    country: Box
    band: Box
    code: Box
    qr_x_mm: float
    qr_y_mm: float
    qr_size_mm: float

    def badge_origin_mm(self, slot: int) -> tuple[float, float]:
        """Top-left corner of badge `slot` (0-based) on its page, mm from the page's top-left."""
        column, row = slot % self.columns, slot // self.columns
        return (self.margin_left_mm + column * (self.width_mm + self.gap_x_mm),
                self.margin_top_mm + row * (self.height_mm + self.gap_y_mm))


def _box(data: dict[str, Any], where: str) -> Box:
    try:
        return Box(**data)
    except TypeError as exc:
        raise ValueError(f"{where}: {exc}") from None


def load_layout(path: Path) -> Layout:
    """Read one layout file (format: resources/layouts/README.md)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    page, boxes = data.get("page", {}), data["boxes"]
    columns, rows = int(page.get("columns", 1)), int(page.get("rows", 1))
    qr = boxes["qr"]
    return Layout(
        name=data["name"], title=data.get("title", data["name"]),
        width_mm=float(data["width_mm"]), height_mm=float(data["height_mm"]),
        per_page=columns * rows,
        page_width_mm=float(page.get("width_mm", data["width_mm"])),
        page_height_mm=float(page.get("height_mm", data["height_mm"])),
        columns=columns, rows=rows,
        margin_left_mm=float(page.get("margin_left_mm", 0)),
        margin_top_mm=float(page.get("margin_top_mm", 0)),
        gap_x_mm=float(page.get("gap_x_mm", 0)), gap_y_mm=float(page.get("gap_y_mm", 0)),
        cut_marks=bool(page.get("cut_marks", False)),
        event=_box(boxes["event"], f"{path.name} event"),
        name_box=_box(boxes["name"], f"{path.name} name"),
        organization=_box(boxes["organization"], f"{path.name} organization"),
        country=_box(boxes["country"], f"{path.name} country"),
        band=_box(boxes["band"], f"{path.name} band"),
        code=_box(boxes["code"], f"{path.name} code"),
        qr_x_mm=float(qr["x"]), qr_y_mm=float(qr["y"]), qr_size_mm=float(qr["size"]),
    )


@cache
def _all_layouts() -> dict[str, Layout]:
    folder = resource_path("layouts")
    layouts = [load_layout(path) for path in sorted(folder.glob("*.json"))]
    return {layout.name: layout for layout in layouts}


def list_layouts() -> list[Layout]:
    """Every layout, the default first, then by name."""
    layouts = _all_layouts()
    return sorted(layouts.values(), key=lambda layout: (layout.name != DEFAULT_LAYOUT,
                                                        layout.name))


def get_layout(name: str) -> Layout:
    layouts = _all_layouts()
    try:
        return layouts[(name or DEFAULT_LAYOUT).strip().lower()]
    except KeyError:
        raise InputError(
            f"Unknown badge layout {name!r}; use one of: {', '.join(sorted(layouts))}"
        ) from None


@dataclass(frozen=True)
class BadgeFace:
    """What one badge shows."""

    event_name: str
    name: str
    organization: str
    country: str  # display name
    category: str
    band_word: str
    band_color: str  # "#RRGGBB"
    token: str  # the QR payload (core.badges.tokens)
    short_code: str  # "BCDF-2345"
    visitor_id: str


def face_for(event: Event, visitor: Visitor, token: str) -> BadgeFace:
    word, color = band_for(visitor.category, event.badge_lang)
    return BadgeFace(
        event_name=event.name or "",
        name=visitor.name or "",
        organization=visitor.organization or "",
        country=country_name(visitor.country) if visitor.country else "",
        category=visitor.category or "other",
        band_word=word,
        band_color=color,
        token=token,
        short_code=format_code(visitor.code),
        visitor_id=visitor.id,
    )


# -- the QR code ----------------------------------------------------------------------------


def _draw_qr(canvas: Canvas, token: str, x: float, top: float, size: float) -> None:
    """The modules as filled rectangles straight into the PDF, one per horizontal run of
    dark modules, in module units under a scaling transform (short operators to write)."""
    rows = qr_rows(token)
    ops = [f"{start} {row_index} {length} 1 re"
           for row_index, row in enumerate(rows) for start, length in dark_runs(row)]
    module = size / len(rows)
    canvas.saveState()
    canvas.setFillColor(color(INK))
    # Origin at the symbol's top-left corner, y downwards, one unit per module.
    canvas.transform(module, 0, 0, -module, x, top)
    canvas.addLiteral("\n".join(ops) + "\nf")
    canvas.restoreState()


# -- drawing --------------------------------------------------------------------------------


@cache
def color(hex_code: str) -> Color:
    """A reportlab colour, parsed once (parsing per badge costs more than drawing it)."""
    return HexColor(hex_code)


@lru_cache(maxsize=4096)
def _fit(text: str, box: Box) -> Fitted:
    """Fitted once per text and box: the event, the band's word, organisations and
    countries repeat from badge to badge."""
    return fit_text(text, box.w * mm, box.h * mm, size=box.size, min_size=box.min_size,
                    floor_size=box.floor_size, max_lines=box.lines, bold=box.bold)


def _text(canvas: Canvas, text: str, box: Box, left: float, top: float,
          ink: str = INK) -> None:
    if not text:
        return
    draw_fitted(canvas, _fit(text, box), left + box.x * mm, top - box.y * mm, box.w * mm,
                box.h * mm, box.align, color(ink))


def _text_color_on(background: str) -> str:
    red, green, blue = (int(background[i:i + 2], 16) for i in (1, 3, 5))
    return INK if 0.299 * red + 0.587 * green + 0.114 * blue > 160 else "#FFFFFF"


def draw_badge(canvas: Canvas, face: BadgeFace, layout: Layout, left: float, top: float) -> None:
    """One badge with its top-left corner at (left, top), PDF points."""
    band = layout.band
    canvas.setFillColor(color(face.band_color))
    canvas.rect(left + band.x * mm, top - (band.y + band.h) * mm, band.w * mm, band.h * mm,
                stroke=0, fill=1)
    _text(canvas, face.band_word, band, left, top, _text_color_on(face.band_color))
    _text(canvas, face.event_name, layout.event, left, top)
    _text(canvas, face.name, layout.name_box, left, top)
    _text(canvas, face.organization, layout.organization, left, top)
    _text(canvas, face.country, layout.country, left, top)
    _draw_qr(canvas, face.token, left + layout.qr_x_mm * mm, top - layout.qr_y_mm * mm,
             layout.qr_size_mm * mm)
    _text(canvas, face.short_code, layout.code, left, top)


def _cut_marks(canvas: Canvas, layout: Layout) -> None:
    """Short hairlines in the page margin on the line of every badge edge."""
    page_w, page_h = layout.page_width_mm, layout.page_height_mm
    xs = sorted({layout.margin_left_mm + c * (layout.width_mm + layout.gap_x_mm) + edge
                 for c in range(layout.columns) for edge in (0, layout.width_mm)})
    ys = sorted({layout.margin_top_mm + r * (layout.height_mm + layout.gap_y_mm) + edge
                 for r in range(layout.rows) for edge in (0, layout.height_mm)})
    top, bottom, first_x, last_x = ys[0], ys[-1], xs[0], xs[-1]
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.25)
    segments = []
    for x in xs:
        segments.append((x, max(0.0, top - CUT_GAP_MM - CUT_MARK_MM), x, top - CUT_GAP_MM))
        segments.append((x, bottom + CUT_GAP_MM, x, min(page_h, bottom + CUT_GAP_MM + CUT_MARK_MM)))
    for y in ys:
        segments.append((max(0.0, first_x - CUT_GAP_MM - CUT_MARK_MM), y, first_x - CUT_GAP_MM, y))
        segments.append((last_x + CUT_GAP_MM, y, min(page_w, last_x + CUT_GAP_MM + CUT_MARK_MM), y))
    canvas.lines([(x1 * mm, (page_h - y1) * mm, x2 * mm, (page_h - y2) * mm)
                  for x1, y1, x2, y2 in segments])


def render_pdf(faces: Sequence[BadgeFace], layout: Layout, out: str | Path | BinaryIO,
               progress: Progress = NO_PROGRESS) -> int:
    """Write one badge per face, `layout.per_page` to a page; returns the pages written.

    Raises Cancelled (from `progress`) if the work is cancelled; nothing is written then
    to a path (a stream may hold nothing useful).
    """
    # Fonts are registered as the text needs them (shaping), not all ten up front.
    # Binary (zlib only) page streams: ASCII85 on top makes them larger and slower to write.
    use_a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        return _render(faces, layout, out, progress)
    finally:
        rl_config.useA85 = use_a85


def _render(faces: Sequence[BadgeFace], layout: Layout, out: str | Path | BinaryIO,
            progress: Progress) -> int:
    target = str(out) if isinstance(out, Path) else out
    page_w, page_h = layout.page_width_mm * mm, layout.page_height_mm * mm
    canvas = Canvas(target, pagesize=(page_w, page_h), pageCompression=1)
    canvas.setTitle("Badges")
    canvas.setCreator("Booth")
    total, pages = len(faces), 0
    for index, face in enumerate(faces):
        slot = index % layout.per_page
        if slot == 0:
            if index:
                canvas.showPage()
            pages += 1
            if layout.cut_marks:
                _cut_marks(canvas, layout)
        x_mm, y_mm = layout.badge_origin_mm(slot)
        draw_badge(canvas, face, layout, x_mm * mm, page_h - y_mm * mm)
        if index % 25 == 0:
            progress.report(index, total, face.name)
    if not faces:
        pages = 1  # an empty document still has one page
    canvas.showPage()
    progress.report(total, total, "")
    canvas.save()
    return pages
