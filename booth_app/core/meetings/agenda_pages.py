"""The agendas' pages (reportlab canvas): the header (what the sheet is, whose it is, the
days, the event's zone), the footer ("Made ..." and "Page 1 of 2") and tables of shaped
cells that flow over as many pages as they need, their heading row repeated.

Every cell is a `Shaped` cell of the results report (core.report.charts), so names in
any script print as on badges: Arabic joined and right to left, Chinese, Devanagari.
Rows are measured before anything is drawn, so each sheet knows its page count when it
draws its first footer. Nothing here queries the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from booth_app.core.badges.shaping import register_fonts
from booth_app.core.meetings.agenda_words import Words
from booth_app.core.report.charts import INK, MUTED, REGULAR, Shaped
from booth_app.core.report.page_template import HEADER, RULE, TILE

MARGIN_X = 16 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 16 * mm
ACCENT = HexColor("#1D4ED8")
PAD_X, PAD_Y = 4.0, 3.5  # inside each cell, points
BODY = 9.5  # the tables' type size, points
HEADING_ROW = 20.0  # a day's heading row, points


@dataclass(frozen=True)
class Column:
    """One column of a table: its heading, width (points) and how its cells print."""

    title: str
    width: float
    lines: int = 1
    size: float = BODY
    bold: bool = False
    color: Color = INK


@dataclass
class _Row:
    cells: list[Shaped]
    height: float
    heading: bool = False  # a day's title across the whole width


@dataclass(frozen=True)
class Header:
    """What a sheet says at the top of each of its pages."""

    kicker: str  # AGENDA · BUYER (printed in capitals, in the accent colour)
    title: str  # whose sheet it is (a name in any script)
    details: Sequence[str] = ()  # up to two lines under the title
    corner: str = ""  # the event's name, top right


@dataclass
class Printer:
    """One PDF file of A4 sheets (portrait, or landscape for the grid)."""

    target: str
    words: Words
    made: str  # "Made 27 January 2027, 09:15 (UTC+04:00)"
    title: str
    pages: int = 0
    canvas: Canvas = field(init=False)
    size: tuple[float, float] = A4  # of the page being drawn
    # Cells measured once and drawn wherever the same text comes again (times, tables,
    # manufacturers, a buyer on each manufacturer's agenda): a Shaped cell keeps its layout.
    _cells: dict[tuple[Any, ...], Shaped] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        register_fonts()
        # The initial font is a bundled one: reportlab never loads a standard font's metrics.
        self.canvas = Canvas(self.target, pagesize=A4, pageCompression=1,
                             initialFontName=REGULAR, initialFontSize=9,
                             lang=self.words.lang)
        self.canvas.setTitle(self.title)
        self.canvas.setAuthor("Booth")
        self.canvas.setCreator("Booth")

    def save(self) -> int:
        # Binary (zlib only) page streams, as for badges: smaller and quicker to write.
        use_a85, rl_config.useA85 = rl_config.useA85, 0
        try:
            if not self.pages:
                self.canvas.showPage()
                self.pages = 1
            self.canvas.save()
        finally:
            rl_config.useA85 = use_a85
        return self.pages

    # -- one page ---------------------------------------------------------------------
    def begin(self, wide: bool = False) -> tuple[float, float]:
        self.size = landscape(A4) if wide else A4
        self.canvas.setPageSize(self.size)
        return self.size

    def end(self, page: int, pages: int) -> None:
        """The footer, then the next page."""
        canvas = self.canvas
        width = self.size[0]
        y = MARGIN_BOTTOM - 8 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 10, width - MARGIN_X, y + 10)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, y, self.made)
        canvas.drawRightString(width - MARGIN_X, y, self.words.page(page, pages))
        canvas.showPage()
        self.pages += 1

    def header(self, header: Header | _Placed, width: float, height: float) -> float:
        """Draw the sheet's header; returns where the content below it starts (y)."""
        placed = header if isinstance(header, _Placed) else _place_header(header, width)
        top = height - MARGIN_TOP
        for cell, x, below in placed.cells:
            cell.drawOn(self.canvas, x, top - below)
        bottom = top - placed.height
        self.canvas.setStrokeColor(INK)
        self.canvas.setLineWidth(0.8)
        self.canvas.line(MARGIN_X, bottom + 6, width - MARGIN_X, bottom + 6)
        return bottom

    def header_height(self, header: Header, width: float) -> float:
        """From the top margin to where a sheet's content starts under `header`."""
        return _place_header(header, width).height

    # -- a sheet: a header and a table over as many pages as it takes -------------------
    def sheet(self, header: Header, columns: Sequence[Column],
              rows: Sequence[Sequence[str] | str], *, empty: str = "",
              note: str = "") -> int:
        """`rows` are lists of cell texts, or a string alone for a day's heading row
        (kept with the row after it). Returns the pages the sheet took."""
        width, height = self.begin()
        frame = width - 2 * MARGIN_X
        # Everything is measured once; each page draws the same cells.
        placed = _place_header(header, width)
        note_cell = Shaped(note, 8.5, lines=2, color=MUTED) if note else None
        note_height = note_cell.wrap(frame, 1000)[1] + 4 if note_cell else 0.0
        titles = [self.cell(column.title, column.width - 2 * PAD_X, 8, bold=True, color=MUTED)
                  for column in columns]
        measured = [self._measure(row, columns, frame) for row in rows]
        room = height - MARGIN_TOP - placed.height - note_height - MARGIN_BOTTOM \
            - _heading_height()
        pages = _paginate(measured, room)
        for number, page_rows in enumerate(pages, start=1):
            self.begin()
            y = self.header(placed, width, height)
            if note_cell is not None:
                note_cell.drawOn(self.canvas, MARGIN_X, y - note_height + 4)
                y -= note_height
            if not rows:
                text(self.canvas, empty, MARGIN_X, y - 12, frame, 12, bold=True)
            else:
                y = self._heading_row(titles, columns, y)
                shaded = False
                for row in page_rows:
                    y = self._row(row, columns, y, shaded=shaded)
                    shaded = not shaded and not row.heading
            self.end(number, len(pages))
        return len(pages)

    def cell(self, value: str, width: float, size: float, *, bold: bool = False,
             lines: int = 1, color: Color = INK, min_size: float | None = None) -> Shaped:
        """A Shaped cell of `value` measured for `width` (the same one again for the same
        text and box)."""
        key = (value, width, size, bold, lines, color.hexval(), min_size)
        cell = self._cells.get(key)
        if cell is None:
            cell = Shaped(value, size, bold=bold, lines=lines, color=color, min_size=min_size)
            cell.wrap(width, 1000)
            self._cells[key] = cell
        return cell

    def _measure(self, row: Sequence[str] | str, columns: Sequence[Column],
                 full: float) -> _Row:
        if isinstance(row, str):
            cell = self.cell(row, full - 2 * PAD_X, 10, bold=True, min_size=8)
            return _Row([cell], HEADING_ROW + 4, heading=True)
        cells = [self.cell(value, column.width - 2 * PAD_X, column.size, bold=column.bold,
                           lines=column.lines, color=column.color,
                           min_size=column.size * 0.8)
                 for value, column in zip(row, columns, strict=True)]
        return _Row(cells, max(cell._box[1] for cell in cells) + 2 * PAD_Y)

    def _heading_row(self, titles: list[Shaped], columns: Sequence[Column],
                     top: float) -> float:
        canvas, height = self.canvas, _heading_height()
        canvas.setFillColor(HEADER)
        canvas.rect(MARGIN_X, top - height, sum(c.width for c in columns), height,
                    stroke=0, fill=1)
        x = MARGIN_X
        for title, column in zip(titles, columns, strict=True):
            title.drawOn(canvas, x + PAD_X, top - (height + title._box[1]) / 2)
            x += column.width
        return top - height

    def _row(self, row: _Row, columns: Sequence[Column], top: float, *, shaded: bool) -> float:
        canvas = self.canvas
        full = sum(c.width for c in columns)
        if row.heading:
            top -= 4
            row.cells[0].drawOn(canvas, MARGIN_X + PAD_X, top - row.height + 4 + PAD_Y)
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.6)
            canvas.line(MARGIN_X, top - row.height + 4, MARGIN_X + full, top - row.height + 4)
            return top - row.height + 4
        if shaded:
            canvas.setFillColor(TILE)
            canvas.rect(MARGIN_X, top - row.height, full, row.height, stroke=0, fill=1)
        x = MARGIN_X
        for cell, column in zip(row.cells, columns, strict=True):
            _, cell_height = cell._box
            cell.drawOn(canvas, x + PAD_X, top - (row.height + cell_height) / 2)
            x += column.width
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, top - row.height, MARGIN_X + full, top - row.height)
        return top - row.height


@dataclass(frozen=True)
class _Placed:
    """A header measured: its cells, each with its x and how far below the top margin
    its box ends, and the height from the top margin to the content under its rule."""

    cells: list[tuple[Shaped, float, float]]
    height: float


def _place_header(header: Header, width: float) -> _Placed:
    frame = width - 2 * MARGIN_X
    placed: list[tuple[Shaped, float, float]] = []

    def add(cell: Shaped, x: float, top: float, room: float) -> float:
        bottom = top + cell.wrap(room, 1000)[1]
        placed.append((cell, x, bottom))
        return bottom

    kicker_width = frame * 0.45 if header.corner else frame
    add(Shaped(header.kicker.upper(), 8.5, bold=True, color=ACCENT), MARGIN_X, 0,
        kicker_width)
    if header.corner:
        add(Shaped(header.corner, 8.5, color=MUTED, align="right"), MARGIN_X + frame * 0.47,
            0, frame * 0.53)
    below = add(Shaped(header.title, 17, bold=True, min_size=11), MARGIN_X, 14, frame) + 2
    for line in list(header.details)[:2]:
        below = add(Shaped(line, 9.5, color=MUTED, lines=2), MARGIN_X, below, frame) + 1
    return _Placed(placed, max(bottom for _, _, bottom in placed) + 11)


def _heading_height() -> float:
    return 8 * 1.22 + 2 * PAD_Y + 2


def _paginate(rows: list[_Row], room: float) -> list[list[_Row]]:
    """Rows cut into pages of at most `room` points; a day's heading never ends a page,
    and a page that starts in the middle of a day repeats that day's heading."""
    pages: list[list[_Row]] = [[]]
    used, day = 0.0, None
    for index, row in enumerate(rows):
        need = row.height
        if row.heading and index + 1 < len(rows):
            need += rows[index + 1].height
        if pages[-1] and used + need > room:
            pages.append([])
            used = 0.0
            if day is not None and not row.heading:
                pages[-1].append(day)
                used += day.height
        if row.heading:
            day = row
        pages[-1].append(row)
        used += row.height
    return pages


def text(canvas: Canvas, value: str, x: float, top: float, width: float, size: float, *,
         bold: bool = False, color: Color = INK, lines: int = 1, align: str = "left",
         min_size: float | None = None) -> float:
    """A shaped line (or lines) of any script whose box starts at (x, top); returns the
    box's bottom."""
    cell = Shaped(value, size, bold=bold, lines=lines, color=color, align=align,
                  min_size=min_size)
    _, height = cell.wrap(width, 1000)
    cell.drawOn(canvas, x, top - height)
    return top - height
