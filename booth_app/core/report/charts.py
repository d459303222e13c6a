"""The results report's building blocks (reportlab): bar charts (reportlab.graphics) and
table cells that print names in any script (shaped with the badge helpers). The pages
themselves, the tables and `write_pdf` are in core.report.pages.

The figures come ready from core.report.figures (`ReportData`); nothing here queries the
database. The charts and `Shaped` know neither the report nor the language: they take
labels, figures and a number formatter.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
)

from booth_app.core.badges.shaping import (
    ELLIPSIS,
    Fitted,
    draw_fitted,
    fit_text,
    font_name,
    layout_line,
    paragraph_rtl,
    register_fonts,
)
from booth_app.fonts import NOTO_SANS

INK = HexColor("#111827")
MUTED = HexColor("#4B5563")
GRID = HexColor("#E5E7EB")
# Series colours: dark enough to read as bars when printed in grey, apart when in colour.
SERIES = (HexColor("#1D4ED8"), HexColor("#93C5FD"), HexColor("#15803D"), HexColor("#C2410C"),
          HexColor("#6D28D9"), HexColor("#B91C1C"), HexColor("#0E7490"), HexColor("#A16207"))
REGULAR = font_name(NOTO_SANS, False)
BOLD = font_name(NOTO_SANS, True)
LABEL_SIZE = 7.5

Formatter = Callable[[float], str]


# -- text cells -----------------------------------------------------------------------------


class Shaped(Flowable):
    """One piece of text of any script (Arabic shaped and right to left, Chinese,
    Devanagari) in the width it is given. One line: shrunk down to `min_size`, then cut
    with an ellipsis. Several: wrapped between words at `size` (or `min_size` when that
    is what it takes), the last line cut with an ellipsis. Never markup: the text
    prints as it is. `align` is "start"/"end" (follow the text's direction), "center",
    or "left"/"right" (on the page, whatever the script)."""

    def __init__(self, text: str, size: float = 9.0, *, bold: bool = False,
                 align: str = "left", lines: int = 1, min_size: float | None = None,
                 color: Color = INK, leading: float = 1.22) -> None:
        super().__init__()
        self.text = " ".join((text or "").split())
        self.size = size
        self.bold = bold
        self.lines = lines
        self.min_size = min_size if min_size is not None else size * 0.8
        self.color = color
        self.leading = leading
        self.align = physical_align(align, self.text)
        self._fitted: Fitted | None = None
        self._box = (0.0, 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width = max(avail_width, 1.0)
        if self.lines == 1:
            self._fitted = fit_text(self.text, width, self.size * self.leading,
                                    size=self.size, min_size=self.min_size, bold=self.bold)
        else:
            self._fitted = wrap_text(self.text, width, self.size, self.min_size, self.lines,
                                     self.bold)
        shown = max(len(self._fitted.lines), 1)
        height = max(self._fitted.height, self._fitted.size * self.leading * shown)
        self._box = (width, height)
        return self._box

    def draw(self) -> None:
        if self._fitted is None:
            self.wrap(self.width or 100.0, 0)
        assert self._fitted is not None
        width, height = self._box
        draw_fitted(self.canv, self._fitted, 0, height, width, height, self.align, self.color)


def physical_align(align: str, text: str) -> str:
    """`align` for draw_fitted, with "left" and "right" meaning the page's sides even for
    a right-to-left paragraph (whose "start" is on the right)."""
    if align not in ("left", "right"):
        return align
    rtl = paragraph_rtl(text)
    return ("end" if rtl else "start") if align == "left" else ("start" if rtl else "end")


def _greedy(words: list[str], limit: float, bold: bool, rtl: bool) -> list[str]:
    """Words packed into lines no wider than `limit` (at size 1), first fit."""
    lines: list[str] = []
    for word in words:
        if lines and layout_line(f"{lines[-1]} {word}", bold=bold, rtl=rtl).width <= limit:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _cut(text: str, limit: float, bold: bool, rtl: bool) -> str:
    """The longest start of `text` that, with an ellipsis, is no wider than `limit`."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if layout_line(text[:middle].rstrip() + ELLIPSIS, bold=bold, rtl=rtl).width <= limit:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def wrap_text(text: str, width: float, size: float, min_size: float, max_lines: int,
              bold: bool = False) -> Fitted:
    """`text` in at most `max_lines` lines of `width` points: at `size` if it fits, else
    at `min_size`, else at `min_size` with the end cut off (an ellipsis says so)."""
    words = text.split()
    if not words:
        return Fitted((), size)
    rtl = paragraph_rtl(text)
    for point in (size, min_size):
        parts = _greedy(words, width / point, bold, rtl)
        if len(parts) <= max_lines and all(
                layout_line(part, bold=bold, rtl=rtl).width * point <= width for part in parts):
            return Fitted(tuple(layout_line(p, bold=bold, rtl=rtl) for p in parts), point)
    parts = _greedy(words, width / min_size, bold, rtl)
    kept = parts[:max_lines]
    kept[-1] = " ".join([kept[-1], *parts[max_lines:]])
    lines = [part if layout_line(part, bold=bold, rtl=rtl).width * min_size <= width
             else _cut(part, width / min_size, bold, rtl) for part in kept]
    return Fitted(tuple(layout_line(line, bold=bold, rtl=rtl) for line in lines), min_size,
                  truncated=True)


# -- charts -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[int]


def nice_scale(largest: float, ticks: int = 5) -> tuple[float, float]:
    """(top, step) of a value axis from 0 that holds `largest` in about `ticks` whole
    steps of 1, 2 or 5 times a power of ten (never a fraction: these are counts)."""
    if largest <= 0:
        return 1.0, 1.0
    raw = largest / ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    step = max(1.0, float(round(step)) if step >= 1 else 1.0)
    top = math.ceil(largest / step) * step
    if top == largest:  # room above the highest bar for its label
        top += step
    return top, step


def fit_label(text: str, width: float, size: float = LABEL_SIZE, font: str = REGULAR) -> str:
    """`text` cut with an ellipsis so it is at most `width` points wide."""
    register_fonts()
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def empty_chart(width: float, height: float, message: str) -> Drawing:
    """A box that says there is nothing to show yet (never a blank space)."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.add(String(width / 2, height / 2, message, fontName=REGULAR, fontSize=9,
                       fillColor=MUTED, textAnchor="middle"))
    return drawing


def _legend(drawing: Drawing, series: Sequence[Series], x: float, y: float) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = max(stringWidth(s.name, REGULAR, LABEL_SIZE) for s in series) + 24
    legend.fontName, legend.fontSize = REGULAR, LABEL_SIZE
    legend.dx = legend.dy = 7
    legend.boxAnchor = "nw"
    legend.strokeColor = None
    legend.colorNamePairs = [(SERIES[i % len(SERIES)], s.name) for i, s in enumerate(series)]
    drawing.add(legend)


def _value_axis(axis: object, largest: float, fmt: Formatter) -> None:
    top, step = nice_scale(largest)
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, step  # type: ignore[attr-defined]
    axis.labelTextFormat = fmt  # type: ignore[attr-defined]
    axis.labels.fontName, axis.labels.fontSize = REGULAR, LABEL_SIZE  # type: ignore[attr-defined]
    axis.labels.fillColor = MUTED  # type: ignore[attr-defined]
    axis.strokeColor = GRID  # type: ignore[attr-defined]
    axis.visibleGrid = True  # type: ignore[attr-defined]
    axis.gridStrokeColor = GRID  # type: ignore[attr-defined]
    axis.gridStrokeWidth = 0.5  # type: ignore[attr-defined]


def column_chart(categories: Sequence[str], series: Sequence[Series], *, width: float,
                 height: float, fmt: Formatter, stacked: bool = False,
                 label_bars: bool = True, empty: str = "") -> Drawing:
    """Vertical bars, one group (or stack) per category, a legend when there are several
    series, the figure over each bar when `label_bars` (and the bars are wide enough)."""
    totals = [sum(s.values[i] for s in series) for i in range(len(categories))]
    largest = max(totals if stacked else [v for s in series for v in s.values], default=0)
    if not categories or largest <= 0:
        return empty_chart(width, min(height, 60.0), empty)
    register_fonts()
    drawing = Drawing(width, height)
    legend_room = 16 if len(series) > 1 else 0
    chart = VerticalBarChart()
    widest = max(stringWidth(name, REGULAR, LABEL_SIZE) for name in categories)
    # Labels that would run into each other stand at an angle instead.
    slanted = widest + 4 > (width - 40) / len(categories)
    chart.x, chart.y = 34, 22 + (widest * 0.72 if slanted else 0)
    chart.width, chart.height = width - chart.x - 6, height - chart.y - 8 - legend_room
    chart.data = [list(s.values) for s in series]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.labels.boxAnchor = "ne" if slanted else "n"
    chart.categoryAxis.labels.angle = 45 if slanted else 0
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.visibleTicks = False
    if stacked:
        chart.categoryAxis.style = "stacked"
    _value_axis(chart.valueAxis, largest, fmt)
    chart.barSpacing = 1
    chart.groupSpacing = max(2.0, chart.width / len(categories) * 0.25)
    for index in range(len(series)):
        chart.bars[index].fillColor = SERIES[index % len(SERIES)]
        chart.bars[index].strokeColor = None
    bar_width = chart.width / len(categories) / (1 if stacked else len(series))
    if label_bars and not stacked and bar_width >= 14:
        chart.barLabelFormat = lambda value: fmt(value) if value else ""
        chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, LABEL_SIZE - 0.5
        chart.barLabels.fillColor = INK
        chart.barLabels.nudge = 6
    drawing.add(chart)
    if stacked and label_bars:  # each stack's total over it
        step = chart.width / len(categories)
        for index, total in enumerate(totals):
            if total:
                x = chart.x + step * (index + 0.5)
                y = chart.y + chart.height * total / chart.valueAxis.valueMax + 2
                drawing.add(String(x, y, fmt(total), fontName=REGULAR, fontSize=LABEL_SIZE - 1,
                                   fillColor=INK, textAnchor="middle"))
    if len(series) > 1:
        _legend(drawing, series, chart.x, height - 2)
    return drawing


def bar_chart(categories: Sequence[str], series: Sequence[Series], *, width: float,
              fmt: Formatter, bar_height: float = 11.0, label_width: float = 120.0,
              empty: str = "", height: float | None = None) -> Drawing:
    """Horizontal bars, the first category at the top, the figure after each bar; as tall
    as the bars need (or `height`). Category labels longer than `label_width` end in an
    ellipsis."""
    largest = max((v for s in series for v in s.values), default=0)
    if not categories or largest <= 0:
        return empty_chart(width, height or 60.0, empty)
    legend_room = 16 if len(series) > 1 else 0
    gap = 8.0 if len(series) > 1 else 4.0
    group = (bar_height + 0.5) * len(series) + gap
    plot_height = group * len(categories)
    total_height = height or plot_height + 22 + legend_room + 6
    drawing = Drawing(width, total_height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 6, 18
    chart.width = width - chart.x - 34  # room for the figure after the longest bar
    chart.height = total_height - chart.y - legend_room - 6
    # HorizontalBarChart draws the first category, and within a group the first series,
    # at the bottom: both go in reversed, so they read top-down as the legend does.
    # (Its reversePlotOrder shifts the groups off their bands, over the axis.)
    order = list(reversed(range(len(series))))
    chart.data = [list(reversed(list(series[i].values))) for i in order]
    names = [fit_label(name, label_width) for name in reversed(list(categories))]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.visibleTicks = False
    _value_axis(chart.valueAxis, largest, fmt)
    chart.barWidth = bar_height
    chart.barSpacing = 0.5
    chart.groupSpacing = gap
    for position, index in enumerate(order):
        chart.bars[position].fillColor = SERIES[index % len(SERIES)]
        chart.bars[position].strokeColor = None
    chart.barLabelFormat = lambda value: fmt(value) if value else ""
    chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, LABEL_SIZE - 0.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    if len(series) > 1:
        _legend(drawing, series, chart.x, total_height - 2)
    return drawing
