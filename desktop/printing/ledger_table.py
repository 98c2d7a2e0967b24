"""The ledger (台账) as a landscape table: one row per issue with its measures, the
header repeated on every page, a row never split across pages unless it is taller than
a page by itself, and `第 N 页 共 M 页` under each page.

Qt's table layout would split rows at any line. So the rows are measured first in a
scratch document, grouped into pages here, and each page's rows set as a table of their
own that starts a new page (with the header as its repeated header row, so that a row
taller than a page, which Qt then splits, still shows the header on its next page).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from desktop.domain.progress import progress_lines
from desktop.domain.records import InspectionRecord, IssueRecord, MeasureRecord
from desktop.printing.document import (
    Column,
    PageNumbers,
    Section,
    cell_cursor,
    char_format,
    cn_date,
    line_format,
    natural_line,
    new_document,
    table_format,
)
from desktop.printing.fonts import Face, FontSet
from desktop.printing.forms import deadline_text, status_text
from desktop.printing.page import LEDGER_PAGE, mm, pt

CELL_PT = 10.5  # 五号
TITLE_PT = 12.0  # 小四
LINE = 1.3
PADDING_MM = 0.8
BORDER_PT = 0.75
SAFETY = pt(2.0)  # kept free at the foot of each page against rounding
HEADER_SHADE = QColor(235, 235, 235)

COLUMNS: tuple[Column, ...] = (
    Column("序号", 4.0),
    Column("问题类别", 8.0),
    Column("问题描述", 18.0),
    Column("整改措施", 36.0),
    Column("责任领导", 5.5),
    Column("责任单位", 8.0),
    Column("责任人", 5.5),
    Column("整改时限", 6.0),
    Column("整改进展", 9.0),
)


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """The texts of one row, one list of paragraphs per column."""

    cells: tuple[tuple[str, ...], ...]


def ledger_rows(
    issues: Sequence[IssueRecord], measures: Mapping[int, Sequence[MeasureRecord]]
) -> list[LedgerRow]:
    rows = []
    for issue in issues:
        r = issue.responsibility
        units = r.lead_unit
        if r.cooperating_units:
            units += f"（配合：{'、'.join(r.cooperating_units)}）"
        # The issue's and its measures' progress (domain.progress), else its state.
        issue_measures = measures.get(issue.id, ())
        progress = tuple(progress_lines(issue, issue_measures)) or (
            status_text(issue.status, issue.long_term),
        )
        rows.append(
            LedgerRow(
                (
                    (issue.number,),
                    ("／".join(issue.category_path),),
                    (issue.text,),
                    tuple(m.text for m in issue_measures) or ("",),
                    (r.lead_leader,),
                    (units,),
                    (r.responsible_person,),
                    (deadline_text(r),),
                    progress,
                )
            )
        )
    return rows


class _Writer:
    """Writes the title and tables of a ledger into a document."""

    def __init__(self, fonts: FontSet, doc: QTextDocument) -> None:
        self.fonts = fonts
        self.doc = doc
        self.cursor = QTextCursor(doc)
        self.cell_font = fonts.font(Face.FANGSONG, CELL_PT)
        self.head_font = fonts.font(Face.HEITI, CELL_PT)
        self.line = pt(CELL_PT) * LINE

    def title(self, title: str, subtitle: str) -> None:
        self.cursor.setBlockFormat(
            line_format(natural_line(TITLE_PT), align=Qt.AlignmentFlag.AlignHCenter)
        )
        self.cursor.insertText(title, char_format(self.fonts.font(Face.HEITI, TITLE_PT)))
        self.cursor.insertBlock(
            line_format(self.line, align=Qt.AlignmentFlag.AlignRight, bottom=mm(1.5))
        )
        self.cursor.insertText(subtitle, char_format(self.cell_font))

    def table(self, rows: Sequence[LedgerRow], *, new_page: bool) -> QTextTable:
        fmt = table_format(COLUMNS, border_pt=BORDER_PT, padding=mm(PADDING_MM), header_rows=1)
        if new_page:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        table = self.cursor.insertTable(len(rows) + 1, len(COLUMNS), fmt)
        for column, spec in enumerate(COLUMNS):
            cell = table.cellAt(0, column)
            cell_fmt = cell.format()
            cell_fmt.setBackground(HEADER_SHADE)
            cell_fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
            cell.setFormat(cell_fmt)
            cursor = cell_cursor(table, 0, column)
            cursor.setBlockFormat(line_format(self.line, align=Qt.AlignmentFlag.AlignHCenter))
            cursor.insertText(spec.header, char_format(self.head_font))
        centred = {0, 4, 6, 7}
        for i, row in enumerate(rows, start=1):
            for column, paragraphs in enumerate(row.cells):
                align = (
                    Qt.AlignmentFlag.AlignHCenter
                    if column in centred
                    else Qt.AlignmentFlag.AlignLeft
                )
                cursor = cell_cursor(table, i, column)
                for k, text in enumerate(paragraphs):
                    fmt_block = line_format(self.line, align=align)
                    if k == 0:
                        cursor.setBlockFormat(fmt_block)
                    else:
                        cursor.insertBlock(fmt_block)
                    cursor.insertText(text, char_format(self.cell_font))
        return table

    def close(self) -> None:
        end = QTextCursor(self.doc)
        end.movePosition(QTextCursor.MoveOperation.End)
        end.setBlockFormat(line_format(1.0))
        end.setBlockCharFormat(char_format(self.fonts.font(Face.FANGSONG, 1.0)))


def _measure(rows: Sequence[LedgerRow], fonts: FontSet) -> tuple[float, list[float], float]:
    """Lay the whole table out once: the header's height, each row's height, and the
    height of the title and subtitle (from a document that starts with them)."""
    doc = new_document(fonts, Face.FANGSONG, CELL_PT)
    doc.setTextWidth(mm(LEDGER_PAGE.block_width))
    writer = _Writer(fonts, doc)
    writer.cursor.beginEditBlock()
    table = writer.table(rows, new_page=False)
    writer.close()
    writer.cursor.endEditBlock()
    layout = doc.documentLayout()

    def text_top(row: int) -> float:
        block = table.cellAt(row, 0).firstCursorPosition().block()
        return float(layout.blockBoundingRect(block).top())

    # The table starts at 0; a row's text sits ``inset`` below the row's top.
    inset = text_top(0)
    tops = [text_top(r) - inset for r in range(len(rows) + 1)]
    bottom = float(layout.blockBoundingRect(doc.lastBlock()).top())
    tops.append(bottom)
    heights = [tops[r + 1] - tops[r] for r in range(1, len(rows) + 1)]
    return tops[1], heights, bottom - tops[-2]


def _title_height(fonts: FontSet, title: str, subtitle: str) -> float:
    doc = new_document(fonts, Face.FANGSONG, CELL_PT)
    doc.setTextWidth(mm(LEDGER_PAGE.block_width))
    writer = _Writer(fonts, doc)
    writer.title(title, subtitle)
    writer.cursor.insertBlock(line_format(1.0))
    return float(doc.documentLayout().blockBoundingRect(doc.lastBlock()).top())


def paginate(
    header: float, heights: Sequence[float], first_page: float, page: float
) -> list[list[int]]:
    """Group row indexes into pages: each page holds the header and as many whole rows
    as fit; a row taller than a page gets a group (and pages) of its own."""
    groups: list[list[int]] = []
    current: list[int] = []
    room = first_page - header - SAFETY
    used = 0.0
    for index, height in enumerate(heights):
        if current and used + height > room:
            groups.append(current)
            current, used, room = [], 0.0, page - header - SAFETY
        current.append(index)
        used += height
    if current or not groups:
        groups.append(current)
    return groups


def ledger_section(
    issues: Sequence[IssueRecord],
    measures: Mapping[int, Sequence[MeasureRecord]],
    fonts: FontSet,
    *,
    inspection: InspectionRecord | None = None,
    title: str = "",
    as_of: date | None = None,
) -> Section:
    """The ledger table of ``issues`` (in the order given: the current view)."""
    title = title or (f"{inspection.title}整改台账" if inspection else "巡察整改台账")
    subtitle = f"共 {len(issues)} 个问题"
    if as_of is not None:
        subtitle += f"　截至 {cn_date(as_of)}"
    rows = ledger_rows(issues, measures)
    header, heights, tail = _measure(rows, fonts)
    block = mm(LEDGER_PAGE.block_height)
    first = block - _title_height(fonts, title, subtitle) - tail
    groups = paginate(header, heights, first, block - tail)

    doc = new_document(fonts, Face.FANGSONG, CELL_PT)
    writer = _Writer(fonts, doc)
    writer.cursor.beginEditBlock()
    writer.title(title, subtitle)
    for number, group in enumerate(groups):
        writer.table([rows[i] for i in group], new_page=number > 0)
    writer.close()
    writer.cursor.endEditBlock()
    return Section(doc, LEDGER_PAGE, fonts, page_numbers=PageNumbers.CENTRED, name=title)
