"""A laid-out document and the building blocks the layouts share.

A :class:`Section` is one ``QTextDocument`` laid out on one kind of page and paginated by
us: the document is given a page size equal to the text block (or to the line grid),
and each page is drawn by shifting the document up and clipping to that page's slice.
``QTextDocument.print_`` would add its own 2 cm margins to an unpaginated document;
this way the margins are exactly the page spec's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

from desktop.printing.fonts import Face, FontSet
from desktop.printing.page import (
    EM_ASCENT,
    PAGE_NUMBER_GAP_MM,
    PAGE_NUMBER_PT,
    PageSpec,
    layout_device,
    mm,
    pt,
)

# Fixed line heights put the baseline at 80 % of the line (QTextDocumentLayout's rule
# for QTextBlockFormat.FixedHeight); knowing where glyphs sit is what lets the text
# block's edges fall exactly on the margins whatever font is installed.
BASELINE_FRACTION = 0.8

_format_scale: float | None = None


def format_scale() -> float:
    """Layout units per unit of a format's vertical lengths.

    QTextDocumentLayout scales line heights, vertical block margins, frame margins,
    borders and cell padding from "pixels at the screen's default DPI" to the paint
    device (while horizontal block margins and indents are used as given), so those
    lengths are divided by this factor. Measured once, not computed, because the
    default DPI depends on the platform and the screen.
    """
    global _format_scale
    if _format_scale is None:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(layout_device())
        doc.setDocumentMargin(0)
        cursor = QTextCursor(doc)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(100.0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        cursor.setBlockFormat(fmt)
        cursor.insertText("x")
        cursor.insertBlock(fmt)
        cursor.insertText("x")
        second = doc.documentLayout().blockBoundingRect(doc.lastBlock()).top()
        first = doc.documentLayout().blockBoundingRect(doc.firstBlock()).top()
        _format_scale = (second - first) / 100.0
    return _format_scale


def vlen(units: float) -> float:
    """A vertical format length (see ``format_scale``) for ``units`` layout units."""
    return units / format_scale()


def cn_date(value: date | None) -> str:
    """A date as official documents write it: ``2023年3月17日``, no leading zeros."""
    if value is None:
        return ""
    return f"{value.year}年{value.month}月{value.day}日"


class PageNumbers(Enum):
    """How a section numbers its pages."""

    NONE = "none"
    # GB/T 9704: `— N —` in 4号 宋体 7 mm below the text block, odd pages at the right
    # and even pages at the left, one character in from the edge.
    OFFICIAL = "official"
    # `第 N 页 共 M 页` centred below the block (tables, forms over several pages).
    CENTRED = "centred"
    # As CENTRED, but only when there is more than one page.
    CENTRED_IF_MANY = "centred_if_many"


class Pages(Protocol):
    """What a printer, the preview or a PDF is given: pages of one kind, painted one
    by one (a :class:`Section`, or a document laid out as it goes, such as
    ``ledger_table.LedgerPages``)."""

    spec: PageSpec
    name: str

    def page_count(self) -> int: ...

    def paint_page(self, painter: QPainter, index: int) -> None: ...


class Section:
    """One document laid out on one kind of page, ready to paint page by page.

    ``page_height`` is the height the document is paginated at (layout units; the
    text block's height unless a line grid needs otherwise), and ``shift`` moves the
    content up so that the first line's glyphs, not its line box, touch the top margin.
    """

    def __init__(
        self,
        doc: QTextDocument,
        spec: PageSpec,
        fonts: FontSet,
        *,
        page_height: float | None = None,
        shift: float = 0.0,
        page_numbers: PageNumbers = PageNumbers.NONE,
        name: str = "",
        number_offset: int = 0,
        number_total: int | None = None,
    ) -> None:
        self.doc = doc
        # A part of a longer document (see ledger_table.LedgerPages): its first page's
        # number less one, and the whole document's page count.
        self.number_offset = number_offset
        self.number_total = number_total
        self.spec = spec
        self.fonts = fonts
        self.page_height = page_height if page_height is not None else mm(spec.block_height)
        self.shift = shift
        self.page_numbers = page_numbers
        self.name = name
        # A form's boxes to sign that had to start a page of their own (see forms).
        self.signatures_moved = False
        doc.setPageSize(QSizeF(mm(spec.block_width), self.page_height))
        self._pages: tuple[tuple[int, float, float], int] | None = None

    def page_count(self) -> int:
        """The pages the document takes. Asked for every page's number, and Qt's own
        count walks the whole layout each time (26 ms a call for a 100-page ledger):
        kept until the document or its page size changes."""
        size = self.doc.pageSize()
        key = (self.doc.revision(), size.width(), size.height())
        if self._pages is None or self._pages[0] != key:
            self._pages = (key, max(1, self.doc.pageCount()))
        return self._pages[1]

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Paint page ``index`` (0-based). ``painter`` works in layout units with its
        origin at the top-left corner of the paper."""
        top = index * self.page_height
        painter.save()
        painter.translate(mm(self.spec.left), mm(self.spec.top) - self.shift - top)
        page = QRectF(0, top, mm(self.spec.block_width), self.page_height)
        if self.doc.rootFrame().childFrames():
            self.doc.drawContents(painter, page)
        else:
            self._paint_lines(painter, page)
        painter.restore()
        self._paint_number(painter, index)

    def _paint_lines(self, painter: QPainter, page: QRectF) -> None:
        """Paint the lines of a document of paragraphs (a notice) that lie on ``page``
        (document coordinates). Qt's ``drawContents`` draws every paragraph touching
        the page whole and clips it: a paragraph running over from the page before
        had its earlier lines drawn again above this page, unseen but in the PDF's
        text, so that a viewer's copy or search found them twice."""
        layout = self.doc.documentLayout()
        painter.save()
        painter.setClipRect(page)
        painter.setPen(QColor(Qt.GlobalColor.black))
        block = self.doc.begin()
        while block.isValid():
            box = layout.blockBoundingRect(block)
            if box.top() >= page.bottom():
                break
            if box.bottom() > page.top():
                lines = block.layout()
                for i in range(lines.lineCount()):
                    line = lines.lineAt(i)
                    if page.top() <= box.top() + line.y() < page.bottom():
                        line.draw(painter, box.topLeft())
            block = block.next()
        painter.restore()

    def _paint_number(self, painter: QPainter, index: int) -> None:
        total = self.number_total or self.page_count()
        index += self.number_offset
        style = self.page_numbers
        if style is PageNumbers.NONE or (style is PageNumbers.CENTRED_IF_MANY and total < 2):
            return
        spec = self.spec
        width = mm(spec.block_width)
        bottom = mm(spec.top + spec.block_height)
        if style is PageNumbers.OFFICIAL:
            number = index + 1
            size = PAGE_NUMBER_PT
            text = f"— {number} —"
            # One character in from the edge: right on odd pages, left on even ones.
            inset = pt(size)
            align = Qt.AlignmentFlag.AlignRight if number % 2 else Qt.AlignmentFlag.AlignLeft
            margins = (0.0, inset) if number % 2 else (inset, 0.0)
            # The dashes are set at mid-height of the figures, 7 mm below the block.
            top = bottom + mm(PAGE_NUMBER_GAP_MM) - pt(size) * 0.35
        else:
            size = 10.5
            text = f"第 {index + 1} 页  共 {total} 页"
            align = Qt.AlignmentFlag.AlignHCenter
            margins = (0.0, 0.0)
            top = bottom + mm(PAGE_NUMBER_GAP_MM) - pt(size) * 0.5
        doc = plain_document(self.fonts.font(Face.SONGTI, size), text, width, align, margins)
        painter.save()
        painter.translate(mm(spec.left), top)
        doc.drawContents(painter)
        painter.restore()


def new_document(fonts: FontSet, face: Face, size_pt: float) -> QTextDocument:
    """An empty document on the layout device with no margins of its own."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(layout_device())
    doc.setDocumentMargin(0)
    doc.setDefaultFont(fonts.font(face, size_pt))
    doc.setUndoRedoEnabled(False)
    return doc


def plain_document(
    font: QFont,
    text: str,
    width: float,
    align: Qt.AlignmentFlag,
    margins: tuple[float, float] = (0.0, 0.0),
) -> QTextDocument:
    """A one-paragraph document (page numbers and other page furniture)."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(layout_device())
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    doc.setTextWidth(width)
    cursor = QTextCursor(doc)
    fmt = QTextBlockFormat()
    fmt.setAlignment(align)
    fmt.setLeftMargin(margins[0])
    fmt.setRightMargin(margins[1])
    cursor.setBlockFormat(fmt)
    cursor.insertText(text, char_format(font))
    return doc


def char_format(font: QFont, *, color: QColor | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(font, QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll)
    if color is not None:
        fmt.setForeground(color)
    return fmt


def line_format(
    line_height: float,
    *,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignJustify,
    indent: float = 0.0,
    left: float = 0.0,
    right: float = 0.0,
    top: float = 0.0,
    bottom: float = 0.0,
) -> QTextBlockFormat:
    """A paragraph with fixed line height and the given indents and spacing, all in
    layout units."""
    fmt = QTextBlockFormat()
    fmt.setLineHeight(vlen(line_height), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    fmt.setAlignment(align)
    fmt.setTextIndent(indent)
    fmt.setLeftMargin(left)
    fmt.setRightMargin(right)
    fmt.setTopMargin(vlen(top))
    fmt.setBottomMargin(vlen(bottom))
    return fmt


def set_line_height(cursor: QTextCursor, line_height: float) -> None:
    """Change the fixed line height (layout units) of the cursor's block."""
    fmt = cursor.blockFormat()
    fmt.setLineHeight(vlen(line_height), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    cursor.setBlockFormat(fmt)


def em_top_offset(line_height: float, size_pt: float) -> float:
    """How far below its line box's top an ideograph's em box starts, for a line of
    fixed ``line_height`` set in ``size_pt``."""
    return BASELINE_FRACTION * line_height - EM_ASCENT * pt(size_pt)


def natural_line(size_pt: float, factor: float = 1.1) -> float:
    """A fixed line height for ``size_pt`` text whose em box starts at the line top
    when ``factor`` is 1.1 (0.8 × 1.1 = 0.88)."""
    return pt(size_pt) * factor


def phrase_lines(
    text: str, font: QFont, width: float, after: str = "，年", before: str = "（"
) -> list[str]:
    """``text`` as lines that break after one of ``after`` or before one of ``before``
    where it does not fit in ``width`` (layout units): 2023年 / 1月11日 and 已完成， /
    长期坚持 rather than wherever the width runs out (2023年1月 / 11日). A phrase wider
    than ``width`` on its own is left for the layout to wrap."""
    metrics = QFontMetricsF(font, layout_device())
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    phrases: list[str] = []
    start = 0
    for i, character in enumerate(text):
        if character in before and i > start:
            phrases.append(text[start:i])
            start = i
        if character in after and i + 1 < len(text):
            phrases.append(text[start : i + 1])
            start = i + 1
    phrases.append(text[start:])
    lines: list[str] = []
    for phrase in phrases:
        if lines and metrics.horizontalAdvance(lines[-1] + phrase) <= width:
            lines[-1] += phrase
        else:
            lines.append(phrase)
    return lines


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: header text and its share of the table width (percent)."""

    header: str
    percent: float


def table_format(
    columns: Sequence[Column] | Sequence[float],
    *,
    border_pt: float = 0.75,
    padding: float = 0.0,
    header_rows: int = 0,
) -> QTextTableFormat:
    """A full-width table with collapsed single-line black borders."""
    fmt = QTextTableFormat()
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    percents = [c.percent if isinstance(c, Column) else c for c in columns]
    fmt.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, p) for p in percents]
    )
    fmt.setBorder(vlen(pt(border_pt)))
    fmt.setBorderBrush(QColor("black"))
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorderCollapse(True)
    fmt.setCellSpacing(0)
    fmt.setCellPadding(vlen(padding))
    fmt.setMargin(0)
    fmt.setHeaderRowCount(header_rows)
    return fmt


def cell_cursor(table: QTextTable, row: int, column: int) -> QTextCursor:
    return table.cellAt(row, column).firstCursorPosition()


def table_bottom(doc: QTextDocument, table: QTextTable) -> float:
    """The table's bottom edge in document coordinates (the page is not subtracted)."""
    return float(doc.documentLayout().frameBoundingRect(table).bottom())


def cell_blocks(table: QTextTable, row: int, column: int) -> Iterator[QTextBlock]:
    """A cell's paragraphs, in order."""
    cell = table.cellAt(row, column)
    block = cell.firstCursorPosition().block()
    last = cell.lastCursorPosition().position()
    while block.isValid() and block.position() <= last:
        yield block
        block = block.next()


def cell_lines(table: QTextTable, row: int, column: int) -> tuple[tuple[str, ...], ...]:
    """A cell's paragraphs as laid out, each as the texts of its lines."""
    paragraphs = []
    for block in cell_blocks(table, row, column):
        text = block.text()
        layout = block.layout()
        lines = []
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(text[line.textStart() : line.textStart() + line.textLength()])
        paragraphs.append(tuple(lines) or ("",))
    return tuple(paragraphs)


def take_lines(
    paragraphs: Sequence[Sequence[str]], lines: int
) -> tuple[list[list[str]], list[list[str]]]:
    """Split a cell's paragraphs after ``lines`` lines: (what stays, what goes on)."""
    head: list[list[str]] = []
    tail: list[list[str]] = []
    left = lines
    for p in paragraphs:
        if left >= len(p):
            head.append(list(p))
            left -= len(p)
        elif left > 0:
            head.append(list(p[:left]))
            tail.append(list(p[left:]))
            left = 0
        else:
            tail.append(list(p))
    return head, tail
