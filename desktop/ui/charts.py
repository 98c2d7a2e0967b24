"""Two small charts drawn with QPainter, enough for a dashboard and a printed report: a
pie with its legend (shares of a whole, e.g. issues by state) and stacked horizontal
bars (e.g. each unit's finished, open and overdue work). No chart package: the bundle
stays small and the charts follow the application font (the font-size setting).

Sizes come from font metrics, never pixels, so both charts grow with a larger font.

On screen: the charts of 报告 → 统计分析 (``dashboard.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.status import Status

# State colours: grey not begun, blue under way, amber partly done, greens finished,
# purple postponed; distinguishable in greyscale print by their lightness too.
STATUS_COLOURS: dict[Status, QColor] = {
    Status.NOT_STARTED: QColor("#9aa0a6"),
    Status.IN_PROGRESS: QColor("#4a86c5"),
    Status.PARTIAL: QColor("#e3a21a"),
    Status.DONE: QColor("#3c9a5f"),
    Status.CLOSED: QColor("#1e6b3a"),
    Status.POSTPONED: QColor("#8e63b5"),
}
FINISHED_COLOUR = QColor("#3c9a5f")
OPEN_COLOUR = QColor("#4a86c5")
OVERDUE_COLOUR = QColor("#d2483c")
_INK = QColor("#202124")
_MUTED = QColor("#5f6368")
_GRID = QColor("#dadce0")


@dataclass(frozen=True, slots=True)
class Slice:
    """One part of a pie: its label, its count and its colour."""

    label: str
    value: int
    colour: QColor


@dataclass(frozen=True, slots=True)
class Series:
    """One stacked part of every bar, named in the legend."""

    label: str
    colour: QColor


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its label and one value per series."""

    label: str
    values: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.values)


def _share(value: int, total: int) -> str:
    return f"{100 * value / total:.1f}%" if total else "0%"


class PieChart(QWidget):
    """A pie of counts with a legend beside it: colour, label, count and share.
    Empty slices stay in the legend (a report states zero counts) but draw nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.slices: list[Slice] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, title: str, slices: Sequence[Slice]) -> None:
        self.title = title
        self.slices = list(slices)
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            "；".join(f"{s.label} {s.value}" for s in self.slices if s.value)
        )
        self.updateGeometry()
        self.update()

    @property
    def total(self) -> int:
        return sum(s.value for s in self.slices)

    def _legend_lines(self) -> list[str]:
        total = self.total
        return [
            self.tr("{label}  {value}（{share}）").format(
                label=s.label, value=s.value, share=_share(s.value, total)
            )
            for s in self.slices
        ]

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        legend = max((metrics.horizontalAdvance(t) for t in self._legend_lines()), default=0)
        diameter = max(line * 7, (len(self.slices) + 1) * line * 1.3)
        return QSize(
            int(diameter + legend + line * 3.5),
            int(line * 2 + max(diameter, (len(self.slices) + 1) * line * 1.3) + line),
        )

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        return QSize(line * 16, line * 8)

    def pie_rect(self) -> QRectF:
        """Where the pie is drawn: left, under the title, beside room for the legend."""
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        area = QRectF(self.rect()).adjusted(line * 0.5, line * 0.3, -line * 0.5, -line * 0.3)
        body = area.adjusted(0, line * 1.7, 0, 0)
        legend_width = max((metrics.horizontalAdvance(t) for t in self._legend_lines()), default=0)
        legend_width += int(line * 1.6)
        diameter = min(body.height(), max(body.width() - legend_width - line, line * 3.0))
        diameter = max(diameter, 0.0)
        return QRectF(body.left(), body.top() + (body.height() - diameter) / 2, diameter, diameter)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        area = QRectF(self.rect()).adjusted(line * 0.5, line * 0.3, -line * 0.5, -line * 0.3)
        painter.setPen(_INK)
        title_font = painter.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(
            QRectF(area.left(), area.top(), area.width(), line * 1.4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        painter.setFont(self.font())
        pie = self.pie_rect()
        if pie.width() <= 0:
            return
        total = self.total
        if total == 0:
            painter.setPen(QPen(_GRID, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(pie)
            painter.setPen(_MUTED)
            painter.drawText(pie, Qt.AlignmentFlag.AlignCenter, self.tr("无数据"))
        else:
            # Angles in sixteenths of a degree, clockwise from twelve o'clock.
            start = 90 * 16
            painter.setPen(QPen(QColor("white"), max(1.0, line / 12)))
            for s in self.slices:
                if not s.value:
                    continue
                span = -round(360 * 16 * s.value / total)
                painter.setBrush(s.colour)
                if s.value == total:
                    painter.drawEllipse(pie)
                else:
                    painter.drawPie(pie, start, span)
                start += span
        # Legend, vertically centred on the pie.
        x = pie.right() + line
        height = len(self.slices) * line * 1.3
        y = pie.center().y() - height / 2
        box = line * 0.7
        for text, s in zip(self._legend_lines(), self.slices, strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(s.colour if s.value else _GRID)
            painter.drawRect(QRectF(x, y + (line * 1.3 - box) / 2, box, box))
            painter.setPen(_INK if s.value else _MUTED)
            painter.drawText(
                QRectF(x + box + line * 0.4, y, self.width() - x, line * 1.3),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            y += line * 1.3


class BarChart(QWidget):
    """Stacked horizontal bars, one per label (a unit, a category), scaled to the
    longest; the total is written after each bar and the series named in a legend
    above. Grows in height with the number of bars (put it in a scroll area)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.series: list[Series] = []
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_data(self, title: str, series: Sequence[Series], bars: Sequence[Bar]) -> None:
        self.title = title
        self.series = list(series)
        self.bars = list(bars)
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            "；".join(
                f"{b.label}："
                + "，".join(f"{s.label} {v}" for s, v in zip(self.series, b.values, strict=True))
                for b in self.bars
            )
        )
        self.updateGeometry()
        self.update()

    def _row_height(self) -> float:
        return self.fontMetrics().lineSpacing() * 1.5

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
        # Long unit names are elided beyond about twelve characters.
        return min(widest, metrics.horizontalAdvance("中") * 12)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        height = line * 3.6 + max(1, len(self.bars)) * self._row_height()
        return QSize(int(self._label_width() + line * 20), int(height))

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        return QSize(line * 16, int(line * 3.6 + max(1, len(self.bars)) * self._row_height()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        area = QRectF(self.rect()).adjusted(line * 0.5, line * 0.3, -line * 0.5, -line * 0.3)
        title_font = painter.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(_INK)
        painter.drawText(
            QRectF(area.left(), area.top(), area.width(), line * 1.4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        painter.setFont(self.font())
        # Legend on one line under the title.
        x = area.left()
        y = area.top() + line * 1.5
        box = line * 0.7
        for s in self.series:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(s.colour)
            painter.drawRect(QRectF(x, y + (line - box) / 2, box, box))
            painter.setPen(_INK)
            x += box + line * 0.3
            painter.drawText(QPointF(x, y + metrics.ascent()), s.label)
            x += metrics.horizontalAdvance(s.label) + line
        top = y + line * 1.4
        if not self.bars:
            painter.setPen(_MUTED)
            painter.drawText(QPointF(area.left(), top + metrics.ascent()), self.tr("无数据"))
            return
        label_width = self._label_width()
        number_width = metrics.horizontalAdvance("00000")
        left = area.left() + label_width + line * 0.6
        width = max(area.right() - left - number_width - line * 0.5, line * 2.0)
        longest = max((b.total for b in self.bars), default=0) or 1
        row = self._row_height()
        bar_height = row * 0.62
        painter.setPen(QPen(_GRID, 1))
        painter.drawLine(QPointF(left, top), QPointF(left, top + row * len(self.bars)))
        for n, b in enumerate(self.bars):
            y = top + n * row
            painter.setPen(_INK)
            painter.drawText(
                QRectF(area.left(), y, label_width, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(b.label, Qt.TextElideMode.ElideRight, label_width),
            )
            x = left
            painter.setPen(Qt.PenStyle.NoPen)
            for s, value in zip(self.series, b.values, strict=True):
                if value <= 0:
                    continue
                w = width * value / longest
                painter.setBrush(s.colour)
                painter.drawRect(QRectF(x, y + (row - bar_height) / 2, w, bar_height))
                x += w
            painter.setPen(_INK)
            painter.drawText(
                QRectF(x + line * 0.3, y, number_width + line, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(b.total),
            )
