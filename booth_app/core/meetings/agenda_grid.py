"""The master grid: per day, tables down the side and slots across (landscape A4), the
buyer's name in each cell, for the desk to see the whole room at a glance.

A day with more tables than fit one page (about twenty) goes on over more pages, and a
day with more slots than fit across (about thirteen) is cut into blocks of slots, each
block on its own pages, so the type never shrinks below what reads at arm's length.
Nothing here queries the database.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from booth_app.core.meetings.agenda_pages import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAD_X,
    Header,
    Printer,
    text,
)
from booth_app.core.meetings.agenda_words import Words, span
from booth_app.core.report.charts import INK, MUTED, Shaped, wrap_text
from booth_app.core.report.page_template import HEADER, RULE, TILE

LABEL_WIDTH = 70.0  # the tables' column, points
MIN_CELL = 52.0  # narrowest slot column, points
ROW = 21.0  # a table's row, points: two lines of a name at 7 pt
HEAD_ROW = 18.0
NAME_SIZE, NAME_MIN = 7.2, 5.8
# Words kept with the family name when a long name is shortened: "Al Qasimi", "van Dijk".
_PARTICLES = {"al", "el", "bin", "binti", "bint", "ibn", "abu", "van", "von", "de", "da",
              "di", "du", "del", "der", "la", "le", "dos"}


@dataclass(frozen=True)
class GridSlot:
    start: datetime  # local
    end: datetime


@dataclass(frozen=True)
class GridCell:
    table: str
    slot: int  # index into the day's slots
    name: str  # the buyer's name


@dataclass(frozen=True)
class GridDay:
    day: date
    slots: list[GridSlot]
    cells: list[GridCell]


def place(slots: Sequence[GridSlot], start: datetime) -> int | None:
    """The index of the slot a meeting starting at `start` falls in, if any."""
    starts = [slot.start for slot in slots]
    index = bisect.bisect_right(starts, start) - 1
    if index >= 0 and start < slots[index].end:
        return index
    return None


@lru_cache(maxsize=4096)
def short_name(name: str, width: float) -> str:
    """The name whole when two lines of a cell hold it; else its first and last words
    (with a particle such as Al or van before the last), so the family name stays."""
    if not wrap_text(name, width, NAME_SIZE, NAME_MIN, 2).truncated:
        return name
    words = name.split()
    if len(words) <= 2:
        return name
    tail = words[-2:] if len(words) > 3 and words[-2].casefold() in _PARTICLES else words[-1:]
    return " ".join([words[0], *tail])


def _chunks(count: int, most: int) -> list[range]:
    """`count` items in as few even blocks as keep each at most `most`."""
    if count == 0:
        return [range(0)]
    blocks = math.ceil(count / most)
    size = math.ceil(count / blocks)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def draw_grid(printer: Printer, words: Words, *, corner: str, zone: str,
              tables: Sequence[tuple[str, str]], days: Sequence[GridDay]) -> int:
    """Draw the grid: `tables` are (table, who sits there: manufacturer codes) in order;
    returns the pages drawn."""
    width, height = printer.begin(wide=True)
    frame = width - 2 * MARGIN_X
    per_page_cols = max(1, int((frame - LABEL_WIDTH) // MIN_CELL))
    plans: list[tuple[GridDay, range, range]] = []
    sample = Header(words("grid"), words.day(days[0].day) if days else "", [zone], corner)
    room = height - MARGIN_TOP - printer.header_height(sample, width) - MARGIN_BOTTOM - HEAD_ROW
    per_page_rows = max(1, int(room // ROW))
    for day in days:
        for cols in _chunks(len(day.slots), per_page_cols):
            for rows in _chunks(len(tables), per_page_rows):
                plans.append((day, cols, rows))
    for number, (day, cols, rows) in enumerate(plans, start=1):
        printer.begin(wide=True)
        parts = [zone]
        if len(rows) < len(tables):
            parts.append(words("tables_of", first=rows.start + 1, last=rows.stop,
                               total=len(tables)))
        if len(cols) < len(day.slots):
            parts.append(words("slots_of", first=f"{day.slots[cols.start].start:%H:%M}",
                               last=f"{day.slots[cols.stop - 1].end:%H:%M}"))
        header = Header(words("grid"), words.day(day.day), [" \u00b7 ".join(parts)], corner)
        top = printer.header(header, width, height)
        _draw_page(printer, day, [tables[i] for i in rows], cols, top, frame)
        printer.end(number, len(plans))
    return len(plans)


def _draw_page(printer: Printer, day: GridDay, tables: list[tuple[str, str]], cols: range,
               top: float, frame: float) -> None:
    canvas = printer.canvas
    cell_width = (frame - LABEL_WIDTH) / max(len(cols), 1)
    full = LABEL_WIDTH + cell_width * len(cols)
    # The slots' heading row.
    canvas.setFillColor(HEADER)
    canvas.rect(MARGIN_X, top - HEAD_ROW, full, HEAD_ROW, stroke=0, fill=1)
    for position, index in enumerate(cols):
        slot = day.slots[index]
        text(canvas, span(slot.start, slot.end), MARGIN_X + LABEL_WIDTH + position * cell_width
             + 2, top - 4.5, cell_width - 4, 7.5, bold=True, color=MUTED, align="center",
             min_size=5.5)
    top -= HEAD_ROW
    at = {(cell.table, cell.slot): cell.name for cell in day.cells}
    for row, (table, codes) in enumerate(tables):
        bottom = top - ROW
        if row % 2:
            canvas.setFillColor(TILE)
            canvas.rect(MARGIN_X, bottom, full, ROW, stroke=0, fill=1)
        label = Shaped(table, 8.5, bold=True, min_size=6.5)
        label.wrap(LABEL_WIDTH - 2 * PAD_X, ROW)
        label.drawOn(canvas, MARGIN_X + PAD_X, top - 2 - label._box[1])
        if codes:
            text(canvas, codes, MARGIN_X + PAD_X, bottom + 9, LABEL_WIDTH - 2 * PAD_X, 6.5,
                 color=MUTED, min_size=5)
        for position, index in enumerate(cols):
            name = at.get((table, index))
            if not name:
                continue
            cell = Shaped(short_name(name, cell_width - 4), NAME_SIZE, lines=2,
                          min_size=NAME_MIN, color=INK)
            _, cell_height = cell.wrap(cell_width - 4, ROW)
            cell.drawOn(canvas, MARGIN_X + LABEL_WIDTH + position * cell_width + 2,
                        bottom + (ROW - cell_height) / 2)
        top = bottom
    # Rules: under every row, and between the columns.
    rows_top = top + ROW * len(tables) + HEAD_ROW
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    for row in range(len(tables) + 1):
        y = rows_top - HEAD_ROW - row * ROW
        canvas.line(MARGIN_X, y, MARGIN_X + full, y)
    for position in range(len(cols) + 1):
        x = MARGIN_X + LABEL_WIDTH + position * cell_width
        canvas.line(x, rows_top, x, top)
