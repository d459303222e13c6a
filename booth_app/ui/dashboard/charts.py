"""The dashboard's charts (QtCharts): bars and donuts that redraw as figures change.

Each chart keeps its own series and replaces its data on `set_data`, so a refresh every
few seconds costs little. Every bar carries its number and every slice its word, so
colour never speaks alone.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from booth_app.ui.language import ltr, number

PALETTE = ("#2f6aa3", "#1e7d3a", "#f2a900", "#c2410c", "#6d28d9", "#0e7490", "#b91c1c",
           "#64748b", "#a16207")


def _view(chart: QChart, parent: QWidget | None) -> QChartView:
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(8)
    chart.legend().setVisible(False)
    title = QFont()
    title.setPointSizeF(10.5)
    title.setBold(True)
    chart.setTitleFont(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return view


class BarChart:
    """Counts per label; horizontal for long labels (manufacturers)."""

    def __init__(self, title: str, *, horizontal: bool = False, colour: str = PALETTE[0],
                 parent: QWidget | None = None) -> None:
        self.chart = QChart()
        self.chart.setTitle(title)
        self.horizontal = horizontal
        self.colour = colour
        self.view = _view(self.chart, parent)
        self.data: list[tuple[str, int]] = []

    def set_data(self, data: list[tuple[str, int]]) -> None:
        if data == self.data:
            return
        self.data = list(data)
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet("")
        bars.setColor(QColor(self.colour))
        bars.append([float(count) for _, count in data])
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(0.7)
        self.chart.addSeries(series)
        labels = QBarCategoryAxis()
        labels.append([label for label, _ in data] or [""])
        values = QValueAxis()
        peak = max([count for _, count in data] + [0])
        values.setRange(0, max(4, peak + max(1, peak // 5)))
        values.applyNiceNumbers()
        values.setLabelFormat("%d")
        labels.setTruncateLabels(False)
        small = QFont()
        small.setPointSizeF(7.5)
        labels.setLabelsFont(small)
        values.setLabelsFont(small)
        label_side, value_side = ((Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
                                  if self.horizontal else
                                  (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft))
        self.chart.addAxis(labels, label_side)
        self.chart.addAxis(values, value_side)
        series.attachAxis(labels)
        series.attachAxis(values)


class DonutChart:
    """Shares of a whole: the largest few slices and "Other"."""

    def __init__(self, title: str, *, slices: int = 6, parent: QWidget | None = None) -> None:
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.legend().setVisible(True)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.chart.legend().setShowToolTips(True)
        small = QFont()
        small.setPointSizeF(7.5)
        self.chart.legend().setFont(small)
        self.slices = slices
        self.view = _view(self.chart, parent)
        self.chart.legend().setVisible(True)
        self.data: list[tuple[str, int]] = []
        self.other = "Other"

    def set_data(self, data: list[tuple[str, int]]) -> None:
        ranked = sorted(((label, count) for label, count in data if count),
                        key=lambda kv: (-kv[1], kv[0]))
        if len(ranked) > self.slices:
            rest = sum(count for _, count in ranked[self.slices - 1:])
            ranked = [*ranked[:self.slices - 1], (self.other, rest)]
        if ranked == self.data:
            return
        self.data = ranked
        self.chart.removeAllSeries()
        series = QPieSeries()
        series.setHoleSize(0.45)
        total = sum(count for _, count in ranked) or 1
        for index, (label, count) in enumerate(ranked):
            piece = series.append(f"{label} {ltr(number(round(100 * count / total)) + '%')}", count)
            piece.setColor(QColor(PALETTE[index % len(PALETTE)]))
        self.chart.addSeries(series)
