"""How one cell of the meetings grid is painted: a card per meeting.

The card: the buyer's name (bold), the organisation, the state as icon + word in its
colour (with a stripe of the same colour on the leading edge), and a padlock when the
scheduler must keep it. While a meeting is moved, the target cell is painted before
the drop: green with "Move here" when free, red with what is busy when not.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from booth_app.ui.language import arrow
from booth_app.ui.meetings.grid_data import CellMeeting
from booth_app.ui.meetings.grid_model import (
    DimRole,
    MeetingsRole,
    MoveTarget,
    OriginRole,
    StateRole,
    TargetRole,
)
from booth_app.ui.meetings.words import STATE_STYLE, state_text

CELL_WIDTH = 178
CELL_HEIGHT = 82
RED, RED_FILL = QColor("#c62828"), QColor("#fde8e8")
GREEN, GREEN_FILL = QColor("#1e7d3a"), QColor("#e3f3e8")
BLUE = QColor("#2f6aa3")
EMPTY = QColor("#f3f6f9")
Index = QModelIndex | QPersistentModelIndex


def draw_padlock(painter: QPainter, box: QRectF, colour: QColor) -> None:
    """A closed padlock (no font has one we can count on)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = box.width(), box.height()
    body = QRectF(box.left(), box.top() + h * 0.42, w, h * 0.58)
    pen = QPen(colour, max(1.5, w * 0.14))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath()
    left, right = box.left() + w * 0.22, box.right() - w * 0.22
    shackle.moveTo(left, body.top())
    shackle.lineTo(left, box.top() + h * 0.28)
    shackle.arcTo(QRectF(left, box.top(), right - left, h * 0.5), 180, -180)
    shackle.lineTo(right, body.top())
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(body, w * 0.12, w * 0.12)
    painter.restore()


def padlock_icon(colour: str = "#17324d", size: int = 32) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_padlock(painter, QRectF(size * 0.2, size * 0.1, size * 0.6, size * 0.8), QColor(colour))
    painter.end()
    return QIcon(pixmap)


class CardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(CELL_WIDTH, CELL_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect).adjusted(3, 3, -3, -3)  # type: ignore[attr-defined]
        meetings: list[CellMeeting] = index.data(MeetingsRole) or []
        target: MoveTarget | None = index.data(TargetRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        if meetings:
            self._card(painter, rect, option, index, meetings)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(EMPTY)
            painter.drawRoundedRect(QRectF(rect), 6, 6)
        if index.data(OriginRole):
            pen = QPen(BLUE, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect), 6, 6)
        if target is not None and target.verdict != "same":
            self._target(painter, rect, option, target)
        elif selected:
            painter.setPen(QPen(BLUE, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 6, 6)
        painter.restore()

    def _card(self, painter: QPainter, rect: QRect, option: QStyleOptionViewItem,
              index: Index, meetings: list[CellMeeting]) -> None:
        meeting = meetings[0]
        state = index.data(StateRole) or "scheduled"
        _icon, accent, ink = STATE_STYLE.get(state, STATE_STYLE["scheduled"])
        if index.data(DimRole):
            painter.setOpacity(0.3)
        painter.setPen(QPen(QColor("#d8dee6"), 1))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(QRectF(rect), 6, 6)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]
        stripe = QRect(rect.right() - 5 if rtl else rect.left(), rect.top(), 6, rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(accent))
        painter.drawRoundedRect(QRectF(stripe), 3, 3)

        base = QFont(option.font)  # type: ignore[attr-defined]
        text = rect.adjusted(12, 5, -8, -4)
        lock_room = 18 if meeting.locked else 0
        name_font = QFont(base)
        name_font.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(9.5, base.pointSizeF() - 1))
        align = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) \
            | Qt.AlignmentFlag.AlignVCenter
        y = text.top()
        for font, colour, line, room in (
                (name_font, QColor("#10202f"), meeting.buyer_name, lock_room),
                (small, QColor("#5a6878"), meeting.organization, 0)):
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(colour)
            line_rect = QRect(text.left() + (room if rtl else 0), y, text.width() - room,
                              metrics.height())
            painter.drawText(line_rect, align, metrics.elidedText(
                line, Qt.TextElideMode.ElideRight, line_rect.width()))
            y += metrics.height() + 1
        status_font = QFont(small)
        status_font.setBold(True)
        painter.setFont(status_font)
        metrics = QFontMetrics(status_font)
        status_rect = QRect(text.left(), text.bottom() - metrics.height(), text.width(),
                            metrics.height())
        if len(meetings) > 1:
            painter.setPen(RED)
            words = self.tr("⚠ {0} meetings here").format(len(meetings))
        else:
            painter.setPen(QColor(ink))
            words = state_text(state)
        painter.drawText(status_rect, align, metrics.elidedText(
            words, Qt.TextElideMode.ElideRight, status_rect.width()))
        if meeting.locked:
            left = text.left() if rtl else text.right() - 13
            draw_padlock(painter, QRectF(left, text.top() + 1, 13, 17), QColor("#17324d"))
        painter.setOpacity(1.0)

    def _target(self, painter: QPainter, rect: QRect, option: QStyleOptionViewItem,
                target: MoveTarget) -> None:
        bad = target.verdict == "conflict"
        colour, fill = (RED, RED_FILL) if bad else (GREEN, GREEN_FILL)
        painter.setPen(QPen(colour, 3))
        fill.setAlpha(235)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 6, 6)
        font = QFont(option.font)  # type: ignore[attr-defined]
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour)
        words = f"✖ {target.short}" if bad else f"{arrow()} {target.short}"
        painter.drawText(rect.adjusted(8, 4, -8, -4),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, words)

