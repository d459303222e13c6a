"""The results report's page template: A4 with its margins, the colours of tiles, rules
and table headers, the paragraph styles, the table grid, and the footer on a canvas
that knows the page count ("Page 3 of 7")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, TableStyle

from booth_app.core.badges.shaping import draw_fitted, fit_text
from booth_app.core.report.charts import BOLD, INK, MUTED, REGULAR, physical_align

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
TILE = HexColor("#F3F4F6")
RULE = HexColor("#D1D5DB")
HEADER = HexColor("#E5EDFB")


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles by name: kicker, h1, h2, body, note, bullet."""
    return {
        "kicker": ParagraphStyle("kicker", fontName=BOLD, fontSize=11, leading=14,
                                 textColor=MUTED, spaceAfter=6),
        "h1": ParagraphStyle("h1", fontName=BOLD, fontSize=15, leading=19, textColor=INK,
                             spaceBefore=16, spaceAfter=8, keepWithNext=True),
        "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=14, textColor=INK,
                             spaceBefore=10, spaceAfter=4, keepWithNext=True),
        "body": ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12.5,
                               textColor=INK, spaceAfter=4),
        "note": ParagraphStyle("note", fontName=REGULAR, fontSize=8, leading=11,
                               textColor=MUTED, spaceAfter=3),
        "bullet": ParagraphStyle("bullet", fontName=REGULAR, fontSize=8.5, leading=11.5,
                                 textColor=INK, leftIndent=10, bulletIndent=0,
                                 spaceAfter=3),
    }


def para(text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """Plain text as a paragraph (escaped: never read as markup)."""
    return Paragraph(escape(text), style, bulletText=bullet)


def paged_canvas(footer: Callable[[Canvas, int, int], None],
                 pages: list[int]) -> type[Canvas]:
    """A canvas that holds every page back until the end, so each footer can say
    "Page 3 of 7" (reportlab only knows the count once the story has flowed)."""

    class PagedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                footer(self, number, total)
                Canvas.showPage(self)
            pages.append(total)
            Canvas.save(self)

    return PagedCanvas


def draw_footer(canvas: Canvas, title: str, page_label: str) -> None:
    """A rule, the title (shaped, shrunk to fit) on the left and `page_label` on the right."""
    canvas.saveState()
    y = MARGIN_BOTTOM - 9 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 11, PAGE_WIDTH - MARGIN_X, y + 11)
    fitted = fit_text(title, FRAME_WIDTH * 0.7, 10, size=8, min_size=6.5, bold=False)
    draw_fitted(canvas, fitted, MARGIN_X, y + 8, FRAME_WIDTH * 0.7, 10,
                physical_align("left", title), MUTED)
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, page_label)
    canvas.restoreState()


def grid_style(rows: int, *, total_row: bool) -> TableStyle:
    """A table of `rows` rows: a tinted header, striped rows, and a ruled total row last."""
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), TILE) for row in range(2, rows, 2)
                 if not (total_row and row == rows - 1)]
    if total_row:
        commands += [("LINEABOVE", (0, rows - 1), (-1, rows - 1), 1.0, INK),
                     ("BACKGROUND", (0, rows - 1), (-1, rows - 1), colors.white)]
    return TableStyle(commands)


def tile_style(*commands: tuple[Any, ...]) -> TableStyle:
    """The figure tiles' look (pale tiles, white gutters), with extra commands (a SPAN)."""
    return TableStyle([
        *commands,
        ("BACKGROUND", (0, 0), (-1, -1), TILE),
        ("GRID", (0, 0), (-1, -1), 3, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ])
