"""A text view with line numbers and marked lines, for showing where in a source text a
reader found something (a problem, an issue): line N of the text is block N of the view.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

# Backgrounds of marked lines: errors, warnings, and the line being looked at.
ERROR_BACKGROUND = QColor("#f9d6d5")
WARNING_BACKGROUND = QColor("#fcefc7")
CURRENT_BACKGROUND = QColor("#c9e0fb")


def normalize_newlines(text: str) -> str:
    """The text with the line breaks the notice reader counts (``\\r\\n``, ``\\r``,
    ``\\u2028``) as ``\\n``, and the paragraph separator (a block break for Qt, not for
    the reader) as a space, so that line N of the reader is block N of the view."""
    return (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", " ")
    )


class _Gutter(QWidget):
    """The strip left of the text where the line numbers are painted."""

    def __init__(self, view: SourceView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self) -> QSize:
        return QSize(self.view.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.view.paint_gutter(event)


class SourceView(QPlainTextEdit):
    """Plain text with a line-number gutter. :meth:`mark_lines` colours whole lines
    (errors red, warnings amber); :meth:`show_line` scrolls to a line and highlights it.
    Lines are counted from 1 as the notice reader counts them; long lines wrap and keep
    one number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gutter = _Gutter(self)
        self._marks: dict[int, QColor] = {}
        self._current: int | None = None
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._update_gutter)
        self._update_margin()

    # ------------------------------------------------------------------ marking
    def set_source(self, text: str) -> None:
        """Show ``text`` (line breaks normalised), with no marks."""
        self._marks = {}
        self._current = None
        self.setPlainText(normalize_newlines(text))
        self._apply_selections()

    def mark_lines(self, marks: dict[int, QColor]) -> None:
        """Colour these lines (1-based) with these backgrounds; replaces earlier marks."""
        self._marks = dict(marks)
        self._apply_selections()

    def marked_lines(self) -> dict[int, QColor]:
        return dict(self._marks)

    def show_line(self, line: int | None) -> None:
        """Scroll to ``line`` (1-based), put the cursor at its start and highlight it;
        None clears the highlight."""
        self._current = line
        if line is not None:
            block = self.document().findBlockByNumber(line - 1)
            if block.isValid():
                cursor = QTextCursor(block)
                self.setTextCursor(cursor)
                self.centerCursor()
        self._apply_selections()

    def current_line(self) -> int | None:
        return self._current

    def _apply_selections(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        lines = dict(self._marks)
        if self._current is not None:
            lines[self._current] = CURRENT_BACKGROUND
        for line, colour in sorted(lines.items()):
            block = self.document().findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            # A full-width selection colours the row of its cursor: one per row, so a
            # long line that wraps is coloured on every row it takes.
            layout = block.layout()
            starts = [layout.lineAt(i).textStart() for i in range(layout.lineCount())] or [0]
            for offset in starts:
                selection = QTextEdit.ExtraSelection()
                # PySide6 6.9's stubs lack ExtraSelection's fields (6.10's have them).
                fmt = selection.format  # type: ignore[attr-defined,unused-ignore]
                fmt.setBackground(colour)
                fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + offset)
                selection.cursor = cursor  # type: ignore[attr-defined,unused-ignore]
                selections.append(selection)
        self.setExtraSelections(selections)

    # ------------------------------------------------------------------- gutter
    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 10 + self.fontMetrics().horizontalAdvance("9") * max(3, digits)

    def _update_margin(self, _count: int = 0) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._update_margin()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        inner = self.contentsRect()
        self._gutter.setGeometry(
            QRect(inner.left(), inner.top(), self.gutter_width(), inner.height())
        )

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self._gutter)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(palette.ColorRole.AlternateBase))
        painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        height = self.fontMetrics().height()
        width = self._gutter.width() - 5
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                painter.drawText(
                    0,
                    top,
                    width,
                    height,
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    str(number + 1),
                )
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1
        painter.end()
