"""Check-ins per hour today as small bars, drawn with QPainter (no chart library)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

FIRST_HOUR, LAST_HOUR = 8, 20  # a show day; hours outside widen the range


class HourBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[int, int] = {}
        self.current_hour: int | None = None
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Check-ins per hour today"))

    def sizeHint(self) -> QSize:
        return QSize(300, 96)

    def set_counts(self, counts: dict[int, int], current_hour: int | None = None) -> None:
        self.counts = dict(counts)
        self.current_hour = current_hour
        parts = [f"{hour:02d}:00 {count}" for hour, count in sorted(self.counts.items())]
        self.setAccessibleDescription(", ".join(parts))
        self.update()

    def hours(self) -> range:
        known = list(self.counts) + ([self.current_hour] if self.current_hour is not None else [])
        first = min([FIRST_HOUR, *known])
        last = max([LAST_HOUR, *known])
        return range(first, last + 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        hours = self.hours()
        label_height = 16
        area = QRectF(self.rect()).adjusted(2, 14, -2, -label_height)
        step = area.width() / len(hours)
        peak = max(self.counts.values(), default=0) or 1
        small = painter.font()
        small.setPointSizeF(7.5)
        painter.setFont(small)
        for index, hour in enumerate(hours):
            count = self.counts.get(hour, 0)
            height = area.height() * count / peak
            bar = QRectF(area.left() + index * step + 2, area.bottom() - height,
                         max(step - 4, 2), height)
            colour = QColor("#2f6aa3" if hour == self.current_hour else "#8fb3d6")
            painter.fillRect(bar, colour)
            if count and count == peak:
                painter.setPen(QColor("#17324d"))
                painter.drawText(QRectF(bar.left() - 10, bar.top() - 14, bar.width() + 20, 14),
                                 Qt.AlignmentFlag.AlignCenter, str(count))
            if hour % 2 == 0:
                painter.setPen(QColor("#5a6878"))
                painter.drawText(QRectF(area.left() + index * step - 6, area.bottom() + 1,
                                        step + 12, label_height),
                                 Qt.AlignmentFlag.AlignCenter, f"{hour}")
        painter.end()
