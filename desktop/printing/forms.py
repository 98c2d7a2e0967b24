"""The two forms printed per issue, on the GB/T 9704 page: the issue sheet
(问题整改情况表) and the sign-off form (整改销号审批表).

Each is a title and a ruled table of the issue's facts, followed by a second table of
boxes to sign in. The boxes stretch so that the form ends exactly at the bottom of the
text block on its last page, and they are never split across pages: when they do not
fit under the facts, they start the next page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from desktop.domain.dates import RULE_LABELS, DeadlineRule
from desktop.domain.dossier import IssueDossier, SignOffStep
from desktop.domain.fields import field_name
from desktop.domain.progress import measure_progress_lines
from desktop.domain.records import InspectionRecord, MeasureRecord, Responsibility
from desktop.domain.status import LONG_TERM_LABEL, STATUS_LABELS, Status
from desktop.domain.units import units_text
from desktop.printing.document import (
    PageNumbers,
    Section,
    cell_blocks,
    cell_cursor,
    cell_lines,
    char_format,
    cn_date,
    format_scale,
    line_format,
    natural_line,
    new_document,
    phrase_lines,
    set_line_height,
    table_format,
    take_lines,
)
from desktop.printing.fonts import Face, FontSet
from desktop.printing.page import OFFICIAL_PAGE, TITLE_PT, mm, pt

CELL_PT = 10.5  # 五号
MEASURE_PT = 10.5  # 五号: measures are long, and a sheet should take a page or two
LINE = 1.25  # cell line height, in ems
PADDING_MM = 1.0
BORDER_PT = 0.75
# Columns: label | seq | measure text | unit | deadline | state (percent of 156 mm).
# Each header (序号, 完成时限, ...) takes one line, and a deadline such as 2023年1月11日
# two at most: narrower, 序号 broke into 序/号 and a date into three lines.
GRID = (12.0, 7.0, 44.0, 12.0, 12.0, 13.0)
NOTES_SHOWN = 3
SIGN_MIN_MM = 16.0  # room for a signature and a date by hand
MAX_GROWTH_MM = 60.0  # how much a box may grow to fill the page
CONTINUED = "（续）"


def status_text(status: Status, long_term: bool) -> str:
    label = STATUS_LABELS[status]
    return f"{label}，{LONG_TERM_LABEL}" if long_term else label


def deadline_text(r: Responsibility) -> str:
    """A deadline as shown (``Responsibility.deadline_shown``) on paper."""
    shown = r.deadline_shown
    if isinstance(shown, DeadlineRule):
        return RULE_LABELS[shown]
    return shown if isinstance(shown, str) else cn_date(shown)


def inspection_text(inspection: InspectionRecord | None) -> str:
    if inspection is None:
        return ""
    extra = "，".join(p for p in (inspection.inspector, inspection.inspected_unit) if p)
    return f"{inspection.title}（{extra}）" if extra else inspection.title


def measure_unit(m: MeasureRecord) -> str:
    r = m.responsibility
    return units_text(r.lead_unit, r.cooperating_units)


def measure_state(m: MeasureRecord) -> str:
    text = status_text(m.status, m.long_term)
    if m.completion_date is not None and m.status.is_finished:
        text += f"（{cn_date(m.completion_date)}）"
    return text


def grid_width(column: int) -> float:
    """The room for text in ``column`` of :data:`GRID` (layout units)."""
    whole = mm(OFFICIAL_PAGE.block_width) * GRID[column] / 100
    return whole - 2 * mm(PADDING_MM) - pt(BORDER_PT)


@dataclass
class _Form:
    """A form being built: the document, its fonts, the signature boxes' spacers
    (one list per row: the blank blocks that grow to fill the page) and where the
    measures went."""

    fonts: FontSet
    doc: QTextDocument = field(init=False)
    cursor: QTextCursor = field(init=False)
    spacers: list[list[QTextBlock]] = field(default_factory=list)
    # Per page, where its measure rows are (table, row), in order.
    part_rows: list[list[tuple[QTextTable, int]]] = field(default_factory=list)
    # Where the last piece of the issue's text is (table, row; its column 1).
    issue_cell: tuple[QTextTable, int] | None = None

    def __post_init__(self) -> None:
        self.doc = new_document(self.fonts, Face.FANGSONG, CELL_PT)
        self.cursor = QTextCursor(self.doc)
        # One edit block: the layout runs once at the end, not after every change
        # (a table is laid out again whole after each edit of a cell).
        self.cursor.beginEditBlock()

    @property
    def line(self) -> float:
        return pt(CELL_PT) * LINE

    def title(self, text: str) -> None:
        font = self.fonts.font(Face.XIAOBIAOSONG, TITLE_PT)
        # 1.1 em lines put the title's characters right at the top margin.
        fmt = line_format(natural_line(TITLE_PT), align=Qt.AlignmentFlag.AlignHCenter)
        fmt.setBottomMargin(0)
        self.cursor.setBlockFormat(fmt)
        self.cursor.insertText(text, char_format(font))
        gap = line_format(mm(4), align=Qt.AlignmentFlag.AlignLeft)
        self.cursor.insertBlock(gap)
        self.cursor.insertText("", char_format(self.fonts.font(Face.FANGSONG, CELL_PT)))

    def table(self, rows: int, columns: Sequence[float]) -> QTextTable:
        fmt = table_format(columns, border_pt=BORDER_PT, padding=mm(PADDING_MM))
        table = self.cursor.insertTable(rows, len(columns), fmt)
        return table

    def next_page_table(self, rows: int) -> QTextTable:
        """A table on the grid of the facts that starts the next page (where a form's
        measures continue)."""
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        table = self.table(rows, GRID)
        fmt = table.format()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        table.setFormat(fmt)
        return table

    def write(
        self,
        table: QTextTable,
        row: int,
        column: int,
        lines: Sequence[str] | str,
        *,
        face: Face = Face.FANGSONG,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        middle: bool = True,
        span: int = 1,
        size: float = CELL_PT,
    ) -> QTextCursor:
        """Fill a cell with one paragraph per line; returns a cursor at its end."""
        if span > 1:
            table.mergeCells(row, column, 1, span)
        cell = table.cellAt(row, column)
        if middle:
            fmt = cell.format()
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
            cell.setFormat(fmt)
        cursor = cell_cursor(table, row, column)
        font = self.fonts.font(face, size)
        texts = [lines] if isinstance(lines, str) else list(lines) or [""]
        for i, text in enumerate(texts):
            fmt_block = line_format(pt(size) * LINE, align=align)
            if i == 0:
                cursor.setBlockFormat(fmt_block)
            else:
                cursor.insertBlock(fmt_block)
            cursor.insertText(text, char_format(font))
        return cursor

    def label(self, table: QTextTable, row: int, column: int, text: str, span: int = 1) -> None:
        self.write(
            table,
            row,
            column,
            text,
            face=Face.HEITI,
            align=Qt.AlignmentFlag.AlignHCenter,
            span=span,
        )

    def box(
        self, table: QTextTable, row: int, column: int, top: str, bottom: str, span: int = 1
    ) -> QTextBlock:
        """A box to sign in: ``top`` at its top, blank room, ``bottom`` at the right.
        Returns the blank block (the spacer)."""
        cursor = self.write(table, row, column, top, middle=False, span=span)
        cursor.insertBlock(line_format(mm(SIGN_MIN_MM) - 2 * self.line))
        spacer = cursor.block()
        cursor.insertBlock(line_format(self.line, align=Qt.AlignmentFlag.AlignRight))
        cursor.insertText(bottom, char_format(self.fonts.font(Face.FANGSONG, CELL_PT)))
        return spacer

    def room(self, cursor: QTextCursor, height: float = 0.0) -> QTextBlock:
        """A blank paragraph after ``cursor``: room to write by hand, grown by the
        page fill. Returns it."""
        cursor.insertBlock(line_format(max(1.0, height)))
        return cursor.block()

    def finish(self, name: str, sign: QTextTable) -> _Built:
        """The section, laid out, the boxes to sign kept whole (not yet stretched)."""
        self.cursor.endEditBlock()
        # The empty paragraph every document ends with: keep it from adding a page.
        end = QTextCursor(self.doc)
        end.movePosition(QTextCursor.MoveOperation.End)
        end.setBlockFormat(line_format(1.0))
        tiny = self.fonts.font(Face.FANGSONG, 1.0)
        end.setBlockCharFormat(char_format(tiny))
        section = Section(
            self.doc,
            OFFICIAL_PAGE,
            self.fonts,
            page_numbers=PageNumbers.CENTRED_IF_MANY,
            name=name,
        )
        section.signatures_moved = _keep(section, sign)
        assert self.issue_cell is not None
        return _Built(section, self.spacers, self.part_rows, self.issue_cell)


@dataclass(frozen=True, slots=True)
class _Built:
    """A form laid out: its section, the blank blocks that grow to fill the last page,
    where each page's measure rows are and where the last piece of the issue's text
    is (table and row)."""

    section: Section
    spacers: list[list[QTextBlock]]
    rows: list[list[tuple[QTextTable, int]]]
    issue_cell: tuple[QTextTable, int]

    def filled(self) -> Section:
        _fill(self.section, self.spacers)
        return self.section


def _end_of(doc: QTextDocument) -> float:
    # Pagination counts the natural height of the closing empty paragraph.
    last = doc.lastBlock()
    top = float(doc.documentLayout().blockBoundingRect(last).top())
    return top + last.layout().lineAt(0).height()


def _keep(section: Section, sign: QTextTable) -> bool:
    """Move the signature table to a new page when it would be split. True when it
    was moved."""
    doc = section.doc
    height = section.page_height
    first = sign.cellAt(0, 0).firstCursorPosition().block()
    # The table's top edge is above its first text by the padding and the border.
    top = float(doc.documentLayout().blockBoundingRect(first).top())
    sign_top = top - mm(PADDING_MM) - pt(BORDER_PT)
    moved = int(sign_top // height) != int((_end_of(doc) - 1) // height)
    if moved:
        fmt = sign.format()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        sign.setFormat(fmt)
    return moved


def _fill(section: Section, spacers: list[list[QTextBlock]]) -> None:
    """Stretch the boxes' rows so the form ends at the bottom of the text block."""
    doc = section.doc
    height = section.page_height
    end = _end_of(doc)
    pages = doc.pageCount()
    page_end = (int((end - 1) // height) + 1) * height
    # A table's text must end above the page's end by the cell's padding and border,
    # or the layout carries the line over to the next page.
    extra = page_end - end - 2.0
    if extra <= 0 or not spacers:
        return
    # Room to write by hand, not a page of empty boxes: each row grows so far at most.
    extra = min(extra, mm(MAX_GROWTH_MM) * len(spacers))
    grown = 0.0
    for attempt in range(6):
        share = extra / len(spacers) - grown
        for row in spacers:
            for block in row:
                current = block.blockFormat().lineHeight() * format_scale()
                set_line_height(QTextCursor(block), current + share)
        grown += share
        if doc.pageCount() == pages and _end_of(doc) <= page_end:
            return
        extra -= 4.0 * (attempt + 1)  # rounding in the table layout
    # Could not fill without spilling: take all the growth back.
    for row in spacers:
        for block in row:
            current = block.blockFormat().lineHeight() * format_scale()
            set_line_height(QTextCursor(block), current - grown)


def _no_top_border(table: QTextTable) -> None:
    """The signature table hangs under the facts table: one rule between them."""
    for column in range(table.columns()):
        cell = table.cellAt(0, column)
        fmt = cell.format().toTableCellFormat()
        fmt.setTopBorder(0)
        cell.setFormat(fmt)


def _facts(
    form: _Form, d: IssueDossier, *, extra_rows: int, issue_parts: Sequence[str] = ()
) -> tuple[QTextTable, int]:
    """The rows both forms start with; returns the table and the next free row.

    ``issue_parts``: the issue's text cut into pieces, one a page, when it is longer
    than a page: each piece after the first starts a page under a label with the
    issue's number, marked （续）, and the facts go on under the last."""
    issue = d.issue
    r = issue.responsibility
    pieces = list(issue_parts) or [issue.text]
    table = form.table(3 if len(pieces) > 1 else 5 + extra_rows, GRID)
    form.label(table, 0, 0, "巡察名称")
    form.write(table, 0, 1, inspection_text(d.inspection), span=5)
    form.label(table, 1, 0, "问题编号")
    form.write(table, 1, 1, issue.number, span=2)
    form.label(table, 1, 3, "问题类别")
    form.write(table, 1, 4, " / ".join(issue.category_path), span=2)
    form.label(table, 2, 0, "问题内容")
    form.write(table, 2, 1, pieces[0], span=5)
    form.issue_cell = (table, 2)
    row = 3
    for n, piece in enumerate(pieces[1:], start=2):
        table = form.next_page_table(1 + (2 + extra_rows if n == len(pieces) else 0))
        form.write(
            table,
            0,
            0,
            [f"问题{issue.number}", f"问题内容{CONTINUED}"],
            face=Face.HEITI,
            align=Qt.AlignmentFlag.AlignHCenter,
        )
        form.write(table, 0, 1, piece, span=5)
        form.issue_cell = (table, 0)
        row = 1
    form.label(table, row, 0, "责任领导")
    form.write(table, row, 1, r.lead_leader, span=2)
    form.label(table, row, 3, "责任人")
    form.write(table, row, 4, r.responsible_person, span=2)
    form.label(table, row + 1, 0, "牵头单位")
    form.write(table, row + 1, 1, r.lead_unit, span=2)
    form.label(table, row + 1, 3, "配合单位")
    form.write(table, row + 1, 4, "、".join(r.cooperating_units), span=2)
    return table, row + 2


@dataclass(frozen=True, slots=True)
class _Part:
    """A measure's row on one page: which measure, the paragraphs of its text shown
    there, and whether they continue the row of the page before."""

    index: int
    texts: tuple[str, ...]
    continued: bool = False


# Per page, the measure rows on it.
_Plan = Sequence[Sequence[_Part]]


def _measure_texts(m: MeasureRecord, completion: bool) -> tuple[str, ...]:
    if m.progress and completion:
        return (m.text, f"完成情况：{m.progress}")
    return (m.text,)


def _measures(
    form: _Form,
    table: QTextTable,
    row: int,
    d: IssueDossier,
    parts: Sequence[_Part],
    *,
    completion: bool,
    continued: bool = False,
) -> int:
    """The measure rows ``parts``: a header and one row each, under a label spanning
    them all; ``continued`` for the rows on a page after the first."""
    count = max(1, len(parts))
    table.mergeCells(row, 0, count + 1, 1)
    label = "整改措施" if not completion else "整改措施及完成情况"
    # 整改措施 / 及 / 完成情况, not 整改措施 / 及完成情 / 况.
    heiti = form.fonts.font(Face.HEITI, CELL_PT)
    lines = phrase_lines(label + (CONTINUED if continued else ""), heiti, grid_width(0), "施及")
    # The issue's number on top of a continued page: a loose page still says whose it is.
    lines = [f"问题{d.issue.number}", *lines] if continued else lines
    form.write(table, row, 0, lines, face=Face.HEITI, align=Qt.AlignmentFlag.AlignHCenter)
    headers = ("序号", "整改措施", "责任单位", "完成时限", "完成情况")
    for column, text in enumerate(headers, start=1):
        form.label(table, row, column, text)
    if not parts:
        form.write(table, row + 1, 1, "（无）", span=5)
    rows = []
    for i, part in enumerate(parts, start=1):
        m = d.measures[part.index]
        at = row + i
        centre = Qt.AlignmentFlag.AlignHCenter
        small = MEASURE_PT
        form.write(table, at, 1, str(m.seq or part.index + 1), align=centre, size=small)
        form.write(table, at, 2, part.texts, middle=False, size=small)
        unit = measure_unit(m) or d.issue.responsibility.lead_unit
        form.write(table, at, 3, unit, align=centre, size=small)
        # The deadline and the state break after 年 and ，: 2023年 / 1月11日.
        font = form.fonts.font(Face.FANGSONG, small)
        deadline = phrase_lines(deadline_text(m.responsibility), font, grid_width(4))
        form.write(table, at, 4, deadline, align=centre, size=small)
        state = phrase_lines(measure_state(m), font, grid_width(5))
        form.write(table, at, 5, state, align=centre, size=small)
        rows.append((table, at))
    form.part_rows.append(rows)
    return row + count + 1


def _evidence_lines(d: IssueDossier) -> list[str]:
    lines = []
    for i, e in enumerate(d.evidence, start=1):
        when = f"（{cn_date(e.date)}）" if e.date else ""
        lines.append(f"{i}. {e.title}{when}")
    return lines


# A measure is cut only where each part keeps at least this many lines.
MIN_SPLIT_LINES = 2
# Where the boxes to sign do not fit under the last measure, they take with them its
# last lines, or the whole of it when it is this short and not alone on its page.
CARRY_LINES = 3
CARRY_WHOLE_LINES = 10
MAX_PAGES = 60


@dataclass(frozen=True, slots=True)
class _RowLines:
    """A measure row as laid out: its text's paragraphs (line texts), each text line's
    bottom (document coordinates), the most lines of the row's other cells, and the
    row's lowest line."""

    paragraphs: tuple[tuple[str, ...], ...]
    bottoms: tuple[float, ...]
    others: int
    bottom: float


def _cell_bottoms(
    doc: QTextDocument, table: QTextTable, row: int, column: int, size: float = CELL_PT
) -> list[float]:
    """The bottom of each line of a cell (document coordinates) set in ``size``."""
    layout = doc.documentLayout()
    line = pt(size) * LINE
    bottoms = []
    for block in cell_blocks(table, row, column):
        lines = block.layout()
        top = float(layout.blockBoundingRect(block).top())
        if lines.lineCount():
            top -= lines.lineAt(0).y()
        bottoms += [top + lines.lineAt(i).y() + line for i in range(lines.lineCount())]
    return bottoms


def _row_lines(doc: QTextDocument, table: QTextTable, row: int) -> _RowLines:
    bottoms: list[float] = []
    lowest = 0.0
    others = 0
    for column in range(1, table.columns()):
        if table.cellAt(row, column).column() != column:
            continue
        found = _cell_bottoms(doc, table, row, column, MEASURE_PT)
        lowest = max([lowest, *found])
        if column == 2:
            bottoms = found
        else:
            others = max(others, len(found))
    return _RowLines(cell_lines(table, row, 2), tuple(bottoms), others, lowest)


def _split(part: _Part, lines: _RowLines, keep: int) -> tuple[_Part, _Part]:
    """Cut a measure row after ``keep`` lines of its text."""
    head, tail = take_lines(lines.paragraphs, keep)
    return (
        _Part(part.index, tuple("".join(p) for p in head), part.continued),
        _Part(part.index, tuple("".join(p) for p in tail), True),
    )


def _limit(built: _Built, page: int, safety: float) -> float:
    """How low a cell's text may end on ``page`` (0-based), in document coordinates."""
    return (page + 1) * built.section.page_height - mm(PADDING_MM) - pt(BORDER_PT) - safety


def _fit(
    built: _Built, index: int, page: int, parts: Sequence[_Part], safety: float
) -> tuple[list[_Part], list[_Part], list[_RowLines]]:
    """The rows of ``parts`` (the ``index``-th table of measures) that fit on ``page``
    (a row crossing its foot cut at a line) and those that go on; and the rows as
    laid out."""
    doc = built.section.doc
    limit = _limit(built, page, safety)
    measured = [_row_lines(doc, table, row) for table, row in built.rows[index]]
    for i, lines in enumerate(measured):
        if lines.bottom <= limit:
            continue
        total = len(lines.bottoms)
        keep = min(sum(1 for b in lines.bottoms if b <= limit), total - MIN_SPLIT_LINES)
        if keep >= max(MIN_SPLIT_LINES, lines.others):
            head, tail = _split(parts[i], lines, keep)
            return [*parts[:i], head], [tail, *parts[i + 1 :]], measured
        return list(parts[:i]), list(parts[i:]), measured
    return list(parts), [], measured


def _carry(parts: list[_Part], measured: list[_RowLines]) -> tuple[list[_Part], list[_Part]]:
    """All of ``parts`` fit on their page but the boxes to sign do not: what stays, and
    what goes on with the boxes (never nothing)."""
    if not parts:
        return parts, []
    last, lines = parts[-1], measured[-1]
    total = len(lines.bottoms)
    if len(parts) >= 2 and total <= CARRY_WHOLE_LINES:
        return parts[:-1], [last]
    # The completion note (a paragraph of its own) goes with lines of the measure.
    notes = sum(len(p) for p in lines.paragraphs[1:])
    keep = total - CARRY_LINES - notes
    if keep >= max(MIN_SPLIT_LINES, lines.others):
        head, tail = _split(last, lines, keep)
        return [*parts[:-1], head], [tail]
    if len(parts) >= 2:
        return parts[:-1], [last]
    return parts, []


_Builder = Callable[[IssueDossier, FontSet, _Plan, Sequence[str]], _Built]


def _issue_pieces(
    d: IssueDossier, fonts: FontSet, build: _Builder, plan: _Plan, built: _Built
) -> tuple[list[str], _Built]:
    """The issue's text cut into pieces that each fit a page (one piece, the whole
    text, when it fits the first), and the form built with them. ``built``: the form
    built with the whole text."""
    pieces = [d.issue.text]
    safety = pt(CELL_PT) * LINE  # a line's room for rounding in the table layout
    for _ in range(MAX_PAGES):
        table, row = built.issue_cell
        bottoms = _cell_bottoms(built.section.doc, table, row, 1)
        limit = _limit(built, len(pieces) - 1, safety)
        if not bottoms or bottoms[-1] <= limit:
            break
        keep = min(sum(1 for b in bottoms if b <= limit), len(bottoms) - MIN_SPLIT_LINES)
        if keep < MIN_SPLIT_LINES:
            break  # not even two lines on the page: Qt's own split
        head, tail = take_lines(cell_lines(table, row, 1), keep)
        pieces[-1:] = ["\n".join("".join(p) for p in head), "\n".join("".join(p) for p in tail)]
        built = build(d, fonts, plan, pieces)
    return pieces, built


def _paginate(d: IssueDossier, fonts: FontSet, build: _Builder, *, completion: bool) -> Section:
    """The form on one page when it fits. Else the pages are filled: an issue's text
    longer than a page continues on the next (under a label with the issue's number,
    marked （续）); a measure row that crosses a page's foot is cut at a line and
    continues on the next page (the table's header repeated, the label with the
    issue's number and （续）); and the boxes to sign follow the last rows: where they
    do not fit under them, they take the last lines (or a short last measure) with
    them, so that no page holds the signatures alone. When even that fails, Qt's own
    split."""
    whole = [_Part(i, _measure_texts(m, completion)) for i, m in enumerate(d.measures)]
    first = build(d, fonts, [whole], [d.issue.text])
    if first.section.page_count() < 2:
        return first.filled()
    pieces, start = _issue_pieces(d, fonts, build, [whole], first)
    offset = len(pieces) - 1  # the page the facts end on
    if not whole:
        return start.filled()
    line = pt(MEASURE_PT) * LINE
    for safety in (0.25 * line, line, 2 * line):
        done: list[list[_Part]] = []
        remaining = whole
        for _ in range(MAX_PAGES):
            # (the first trial, every measure under the facts, is built already)
            trial = build(d, fonts, [*done, remaining], pieces) if done else start
            page = offset + len(done)
            if trial.section.page_count() == page + 1 and not trial.section.signatures_moved:
                return trial.filled()
            here, rest, measured = _fit(trial, len(done), page, remaining, safety)
            if not rest:
                here, rest = _carry(here, measured)
            if not here or not rest:
                break
            done.append(here)
            remaining = rest
    return build(d, fonts, [whole], pieces).filled()


def issue_sheet(d: IssueDossier, fonts: FontSet) -> Section:
    """问题整改情况表: the issue's facts, its state and progress, every measure, the
    latest progress notes, the evidence list, and boxes for 责任单位负责人, 分管领导
    and the date.

    One page whenever it fits; else continued as ``_paginate`` says: a page never
    holds the signatures alone."""
    return _paginate(d, fonts, _issue_sheet, completion=False)


def _issue_sheet(
    d: IssueDossier, fonts: FontSet, plan: _Plan, issue_parts: Sequence[str]
) -> _Built:
    """The sheet, its measure rows on the pages ``plan`` gives, the issue's text in
    the pieces ``issue_parts`` gives."""
    form = _Form(fonts)
    form.title("问题整改情况表")
    extra = 2 + max(1, len(plan[0])) + 1
    table, row = _facts(form, d, extra_rows=extra, issue_parts=issue_parts)
    issue = d.issue
    form.label(table, row, 0, "整改时限")
    form.write(table, row, 1, deadline_text(issue.responsibility), span=2)
    form.label(table, row, 3, "整改状态")
    form.write(table, row, 4, status_text(issue.status, issue.long_term), span=2)
    form.label(table, row + 1, 0, field_name("progress"))
    form.write(table, row + 1, 1, issue.progress, span=5)
    _measures(form, table, row + 2, d, plan[0], completion=False)
    for parts in plan[1:]:
        rest = form.next_page_table(len(parts) + 1)
        _measures(form, rest, 0, d, parts, completion=False, continued=True)

    # Notes, evidence and the signatures stay together (room to write in each).
    form.cursor.movePosition(QTextCursor.MoveOperation.End)
    sign = form.table(3, (GRID[0], 40.0 - GRID[0], 35.0, 25.0))
    _no_top_border(sign)
    # The measures' progress (a unit's merged-back report lands there), then the
    # dated progress notes: domain.progress, as the ledger and the screen show it.
    notes = measure_progress_lines(d.measures) + [
        f"{cn_date(n.date)}　{n.text}" + (f"（{n.reporter}）" if n.reporter else "")
        for n in d.notes[:NOTES_SHOWN]
    ]
    form.label(sign, 0, 0, "最新进展")
    cursor = form.write(sign, 0, 1, notes, middle=False, span=3)
    form.spacers.append([form.room(cursor, 0.0 if notes else form.line)])
    form.label(sign, 1, 0, "佐证材料")
    evidence = _evidence_lines(d)
    cursor = form.write(sign, 1, 1, evidence, middle=False, span=3)
    form.spacers.append([form.room(cursor, 0.0 if evidence else form.line)])
    form.spacers.append(
        [
            form.box(sign, 2, 0, "责任单位负责人（签字）：", "", span=2),
            form.box(sign, 2, 2, "分管领导（签字）：", ""),
            form.box(sign, 2, 3, "日期：", "年　　月　　日"),
        ]
    )
    return form.finish(f"问题整改情况表 {issue.number}", sign)


def signoff_form(d: IssueDossier, fonts: FontSet) -> Section:
    """整改销号审批表: the issue, its measures and their completion, the evidence list,
    the unit's application, and boxes for 分管领导意见, 巡察办/纪检审核意见 and
    同意销号, each with a date. Continued as the issue sheet is, so the boxes never
    stand alone on a page."""
    return _paginate(d, fonts, _signoff_form, completion=True)


def _signoff_form(
    d: IssueDossier, fonts: FontSet, plan: _Plan, issue_parts: Sequence[str]
) -> _Built:
    form = _Form(fonts)
    form.title("整改销号审批表")
    single = len(plan) == 1
    extra = 1 + max(1, len(plan[0])) + 1 + single
    table, row = _facts(form, d, extra_rows=extra, issue_parts=issue_parts)
    issue = d.issue
    form.label(table, row, 0, "整改时限")
    form.write(table, row, 1, deadline_text(issue.responsibility), span=2)
    form.label(table, row, 3, "整改状态")
    form.write(table, row, 4, status_text(issue.status, issue.long_term), span=2)
    row = _measures(form, table, row + 1, d, plan[0], completion=True)
    for n, parts in enumerate(plan[1:], start=2):
        table = form.next_page_table(len(parts) + 1 + (n == len(plan)))
        row = _measures(form, table, 0, d, parts, completion=True, continued=True)
    form.label(table, row, 0, "佐证材料")
    evidence = _evidence_lines(d)
    form.write(table, row, 1, evidence or ["", ""], middle=not evidence, span=5)

    form.cursor.movePosition(QTextCursor.MoveOperation.End)
    applied = d.latest_signoff(SignOffStep.APPLY)
    approved = d.latest_signoff(SignOffStep.APPROVE)
    sign = form.table(4, (GRID[0], 100.0 - GRID[0]))
    _no_top_border(sign)
    rows = (
        ("责任单位\n销号申请", applied.opinion if applied else "", "负责人（签字）：", applied),
        ("分管领导\n意见", "", "签字：", None),
        ("巡察办/纪检\n审核意见", "", "签字（盖章）：", None),
        ("同意销号", approved.opinion if approved else "", "签字（盖章）：", approved),
    )
    for i, (label, opinion, signer, step) in enumerate(rows):
        form.write(
            sign, i, 0, label.split("\n"), face=Face.HEITI, align=Qt.AlignmentFlag.AlignHCenter
        )
        person = f"{signer}{step.person}" if step and step.person else signer
        when = cn_date(step.date) if step else "年　　月　　日"
        top = opinion or ""
        spacer = form.box(sign, i, 1, top, f"{person}　　　　{when}")
        form.spacers.append([spacer])
    return form.finish(f"整改销号审批表 {issue.number}", sign)
