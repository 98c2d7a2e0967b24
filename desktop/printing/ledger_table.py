"""The ledger (台账) as a landscape table: one row per issue with its measures, the
header repeated on every page, the pages filled, and `第 N 页 共 M 页` under each page.

Column widths follow what the columns hold (``_ColumnWidths``). The rows are laid
out once in a scratch document, which gives each cell's lines; pages are filled here
with whole rows, and a row that does not fit is cut at a line: the part above fills
the page, the rest starts the next page with the issue's number marked （续）, its
short cells repeated and a long cell whose text ended above saying （见上页）, so no
page shows an issue with blank cells. Each page's rows are set as a table of their own
that starts a new page; the result is checked against Qt's own layout.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from desktop.domain.progress import progress_lines
from desktop.domain.records import InspectionRecord, IssueId, IssueRecord, MeasureRecord
from desktop.domain.titles import ledger_title
from desktop.domain.units import units_text
from desktop.printing.document import (
    Column,
    PageNumbers,
    Section,
    cell_cursor,
    cell_lines,
    char_format,
    cn_date,
    line_format,
    natural_line,
    new_document,
    phrase_lines,
    table_format,
    take_lines,
)
from desktop.printing.fonts import Face, FontSet
from desktop.printing.forms import deadline_text, status_text
from desktop.printing.page import LEDGER_PAGE, layout_device, mm, pt

CELL_PT = 10.5  # 五号
TITLE_PT = 12.0  # 小四
LINE = 1.3
PADDING_MM = 0.8
BORDER_PT = 0.75
SAFETY = mm(1.0)  # kept free at the foot of each page: the table's last border, rounding
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
        units = units_text(r.lead_unit, r.cooperating_units)
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

    def __init__(
        self, fonts: FontSet, doc: QTextDocument, widths: Sequence[float] | None = None
    ) -> None:
        self.fonts = fonts
        self.widths = list(widths) if widths is not None else [c.percent for c in COLUMNS]
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
        fmt = table_format(self.widths, border_pt=BORDER_PT, padding=mm(PADDING_MM), header_rows=1)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        if new_page:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            self._hairline()
        table = self.cursor.insertTable(len(rows) + 1, len(COLUMNS), fmt)
        for column, spec in enumerate(COLUMNS):
            cell = table.cellAt(0, column)
            cell_fmt = cell.format()
            cell_fmt.setBackground(HEADER_SHADE)
            cell_fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
            cell.setFormat(cell_fmt)
            cursor = cell_cursor(table, 0, column)
            for k, line in enumerate(self._header_lines(spec.header, column)):
                fmt_head = line_format(self.line, align=Qt.AlignmentFlag.AlignHCenter)
                if k == 0:
                    cursor.setBlockFormat(fmt_head)
                else:
                    cursor.insertBlock(fmt_head)
                cursor.insertText(line, char_format(self.head_font))
        centred = {0, 4, 6, 7}
        for i, row in enumerate(rows, start=1):
            for column, texts in enumerate(row.cells):
                # Short cells break at phrase ends: 2023年 / 1月11日, 党工委办公室 /
                # （配合：…）.
                paragraphs = (
                    [
                        line
                        for text in texts
                        for line in phrase_lines(text, self.cell_font, self._room(column))
                    ]
                    if column in PHRASED
                    else texts
                )
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

    def _room(self, column: int) -> float:
        """The width for text in ``column`` (layout units)."""
        whole = mm(LEDGER_PAGE.block_width) * self.widths[column] / 100
        return whole - 2 * mm(PADDING_MM) - pt(BORDER_PT)

    def _header_lines(self, header: str, column: int) -> list[str]:
        """A header on one line, else halved (责任 / 领导, not 责任领 / 导)."""
        metrics = QFontMetricsF(self.head_font, layout_device())
        if metrics.horizontalAdvance(header) <= self._room(column) or len(header) < 3:
            return [header]
        half = (len(header) + 1) // 2
        return [header[:half], header[half:]]

    def close(self) -> None:
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self._hairline()

    def _hairline(self) -> None:
        """The paragraph at the cursor one layout unit high."""
        self.cursor.setBlockFormat(line_format(1.0))
        self.cursor.setBlockCharFormat(char_format(self.fonts.font(Face.FANGSONG, 1.0)))


# Columns whose long text may continue on the next page; the others are short and are
# repeated whole where a row continues (the number marked 续), so that no page shows
# an issue's row with its cells blank.
LONG_COLUMNS = frozenset({2, 3, 8})
# Short columns whose texts break at phrase ends (leader, units, person, deadline).
PHRASED = frozenset({4, 5, 6, 7})
CONTINUED = "（续）"
SEE_ABOVE = "（见上页）"


@dataclass(frozen=True, slots=True)
class _Lines:
    """One row as laid out: per column, its paragraphs as lists of line texts."""

    cells: tuple[tuple[tuple[str, ...], ...], ...]

    def count(self, column: int) -> int:
        return sum(len(p) for p in self.cells[column])

    @property
    def height(self) -> int:
        return max(self.count(c) for c in range(len(self.cells)))


@dataclass(frozen=True, slots=True)
class _Metrics:
    """What the layout of the whole table measured (layout units)."""

    header: float  # the header row, with the table's own edges
    overhead: float  # a row's height beyond its lines (padding, border)
    rows: tuple[_Lines, ...]
    # Where Qt sets a table that starts a new page, below the page's top.
    page_top: float = 0.0


# A short column may take this share of the width before its text wraps; a long-text
# column gets at least the second.
SHORT_MAX_PERCENT = 6.0
LONG_MIN_PERCENT = 7.0


class _ColumnWidths:
    """Column widths (percent of the table, :meth:`percents`) that follow what the
    columns hold: a short column as wide as its longest value (up to
    ``SHORT_MAX_PERCENT``, its header on at most two lines), an empty one as its header;
    the long texts share the rest in proportion to how much text they hold. The rows
    are added a slice at a time (a ledger of thousands of issues is read between turns
    of the event loop). A text's
    width is the sum of its characters' advances, each measured once: Chinese text
    has no kerning, and the sum equals Qt's ``horizontalAdvance`` of the whole text on
    the ledgers tried, at a fraction of the cost."""

    def __init__(self, fonts: FontSet) -> None:
        self._cell = QFontMetricsF(fonts.font(Face.FANGSONG, CELL_PT), layout_device())
        self._head = QFontMetricsF(fonts.font(Face.HEITI, CELL_PT), layout_device())
        self._advance: dict[str, float] = {}
        self._longest = [0.0] * len(COLUMNS)
        self._volume = [0.0] * len(COLUMNS)
        self._seen: list[set[str]] = [set() for _ in COLUMNS]

    def _width(self, text: str) -> float:
        advance = self._advance
        missing = set(text).difference(advance)
        for ch in missing:
            advance[ch] = self._cell.horizontalAdvance(ch)
        return sum(map(advance.__getitem__, text))

    def add(self, rows: Sequence[LedgerRow]) -> None:
        for c in range(len(COLUMNS)):
            seen = self._seen[c]
            longest = self._longest[c]
            volume = 0.0
            long_text = c in LONG_COLUMNS
            for row in rows:
                for t in row.cells[c]:
                    if not t:
                        continue
                    if long_text:
                        w = self._width(t)
                        volume += w
                    elif t in seen:
                        continue  # short cells repeat (units, leaders, dates)
                    else:
                        seen.add(t)
                        w = self._width(t)
                    longest = max(longest, w)
            self._longest[c] = longest
            self._volume[c] += volume

    def percents(self) -> list[float]:
        total = mm(LEDGER_PAGE.block_width)
        spare = 2 * mm(PADDING_MM) + pt(BORDER_PT) + pt(CELL_PT) * 0.5

        def percent(width: float) -> float:
            return (width + spare) / total * 100

        widths: list[float] = []
        volumes: dict[int, float] = {}
        for c, spec in enumerate(COLUMNS):
            header = percent(self._head.horizontalAdvance(spec.header) / 2)
            if c == 0:
                header = max(header, percent(self._cell.horizontalAdvance(CONTINUED)))
            longest = self._longest[c]
            if c in LONG_COLUMNS:
                volumes[c] = self._volume[c]
                widths.append(max(header, min(LONG_MIN_PERCENT, percent(longest))))
            else:
                widths.append(max(header, min(SHORT_MAX_PERCENT, percent(longest))))
        room = 100.0 - sum(w for c, w in enumerate(widths) if c not in volumes)
        # Water-filling: a long column held at its floor leaves the rest to the others.
        open_ = dict(volumes)
        while open_:
            volume = sum(open_.values()) or 1.0
            low = {c for c, v in open_.items() if room * v / volume < widths[c]}
            if not low:
                for c, v in open_.items():
                    widths[c] = room * v / volume if sum(volumes.values()) else room / len(open_)
                break
            for c in low:
                room -= widths[c]
                del open_[c]
        scale = 100.0 / sum(widths)
        return [w * scale for w in widths]


def _measure(
    rows: Sequence[LedgerRow], fonts: FontSet, widths: Sequence[float] | None = None
) -> _Metrics:
    """Lay the whole table out once in a scratch document: the header's height, and
    each row's cells broken into the lines they take."""
    doc = new_document(fonts, Face.FANGSONG, CELL_PT)
    doc.setTextWidth(mm(LEDGER_PAGE.block_width))
    writer = _Writer(fonts, doc, widths)
    writer.cursor.beginEditBlock()
    table = writer.table(rows, new_page=False)
    writer.close()
    writer.cursor.endEditBlock()
    layout = doc.documentLayout()

    def text_top(row: int) -> float:
        block = table.cellAt(row, 0).firstCursorPosition().block()
        return float(layout.blockBoundingRect(block).top())

    lines = tuple(
        _Lines(tuple(cell_lines(table, r, c) for c in range(len(COLUMNS))))
        for r in range(1, len(rows) + 1)
    )
    header = text_top(1) - text_top(0) if rows else writer.line * 2
    overheads = [
        text_top(r + 2) - text_top(r + 1) - row.height * writer.line
        for r, row in enumerate(lines[:-1])
    ]
    overhead = max(overheads) if overheads else header - writer.line
    # What the table's frame adds to its rows (its outer border, the padding above
    # the header), measured rather than reasoned about.
    frame = layout.frameBoundingRect(table).height()
    # The rows as Qt set them (all but the last, whose foot no line tells), so that the
    # edges are not taken for rows' overhead: pages are estimated with the largest
    # overhead for every row, and the edges on top of that.
    rows_height = (
        text_top(len(lines)) - text_top(1) + lines[-1].height * writer.line + overhead
        if lines
        else 0.0
    )
    edges = max(0.0, frame - header - rows_height)
    return _Metrics(header + edges, overhead, lines)


# Rows measured in one scratch layout: a ledger of thousands of issues is measured in
# slices, the event loop running between them, and never held whole in memory. A slice
# ends once it holds ``MEASURE_CHARS`` characters (laying text out is what takes the
# time: about 40 ms on a loaded 2-core machine) or ``MEASURE_ROWS`` rows; it has at
# least two rows where there are two (a row's overhead is measured between two).
# Bounded by text rather than by the clock, so the pages planned never depend on the
# machine's speed.
MEASURE_ROWS = 100
MEASURE_CHARS = 3000


def _slices(rows: Sequence[LedgerRow]) -> Iterator[Sequence[LedgerRow]]:
    start = 0
    while start < len(rows):
        end, chars = start, 0
        while end < len(rows) and end - start < MEASURE_ROWS:
            if end - start >= 2 and chars >= MEASURE_CHARS:
                break
            chars += sum(len(t) for cell in rows[end].cells for t in cell)
            end += 1
        if len(rows) - end == 1:
            end += 1  # never a last slice of one row
        yield rows[start:end]
        start = end


def _measuring(
    rows: Sequence[LedgerRow], fonts: FontSet, widths: Sequence[float], found: list[_Metrics]
) -> Iterator[None]:
    """Measure ``rows`` a slice at a time, yielding after each; ``found`` ends up
    holding the whole table's metrics (the largest header and row overhead met, every
    row's lines, where Qt sets a table on a new page)."""
    parts: list[_Metrics] = []
    for part in _slices(rows) if rows else iter([rows]):
        parts.append(_measure(part, fonts, widths))
        yield
    top = _page_top(fonts, widths)
    yield
    found.append(
        _Metrics(
            max(m.header for m in parts),
            max(m.overhead for m in parts),
            tuple(line for m in parts for line in m.rows),
            top,
        )
    )


def _page_top(fonts: FontSet, widths: Sequence[float] | None) -> float:
    """How far below the top of its page Qt sets a table that starts a new page (it
    leaves room there, about a line: measured, so that the pages are filled to what
    Qt will really hold rather than laid out again after an overflow)."""
    doc = new_document(fonts, Face.FANGSONG, CELL_PT)
    block = mm(LEDGER_PAGE.block_height)
    doc.setPageSize(QSizeF(mm(LEDGER_PAGE.block_width), block))
    writer = _Writer(fonts, doc, widths)
    row = LedgerRow(tuple(("",) for _ in COLUMNS))
    writer.table([row], new_page=False)
    second = writer.table([row], new_page=True)
    writer.close()
    top = doc.documentLayout().frameBoundingRect(second).top()
    return max(0.0, float(top) - block * int(top // block))


def _title_height(fonts: FontSet, title: str, subtitle: str) -> float:
    doc = new_document(fonts, Face.FANGSONG, CELL_PT)
    doc.setTextWidth(mm(LEDGER_PAGE.block_width))
    writer = _Writer(fonts, doc)
    writer.title(title, subtitle)
    table = writer.table([], new_page=False)
    return float(doc.documentLayout().frameBoundingRect(table).top())


def _join(paragraphs: Sequence[Sequence[str]]) -> tuple[str, ...]:
    return tuple("".join(p) for p in paragraphs)


def split_row(row: LedgerRow, lines: _Lines, keep: int) -> tuple[LedgerRow, LedgerRow, _Lines]:
    """Cut a row after ``keep`` lines: the part on this page, and the part continued on
    the next (its number marked 续, the short cells repeated, a long cell whose text
    ended above saying so) with the continued part's lines."""
    first: list[tuple[str, ...]] = []
    second: list[tuple[str, ...]] = []
    second_lines: list[tuple[tuple[str, ...], ...]] = []
    for column, paragraphs in enumerate(lines.cells):
        if column in LONG_COLUMNS:
            head, tail = take_lines(paragraphs, keep)
            first.append(_join(head) or ("",))
            if tail:
                second.append(_join(tail))
                second_lines.append(tuple(tuple(p) for p in tail))
            else:
                second.append((SEE_ABOVE,) if any(any(p) for p in row.cells[column]) else ("",))
                second_lines.append(((second[-1][0],),))
        else:
            # Whole above the cut when it fits there (cut like the long texts when not),
            # and whole again below it.
            fits = lines.count(column) <= keep
            first.append(row.cells[column] if fits else _join(take_lines(paragraphs, keep)[0]))
            texts = row.cells[column]
            if column == 0:
                # The mark in a paragraph of its own under the number (the column is
                # made wide enough for it).
                texts = (*texts, CONTINUED)
                paragraphs = (*paragraphs, (CONTINUED,))
            second.append(texts)
            second_lines.append(tuple(tuple(p) for p in paragraphs))
    return LedgerRow(tuple(first)), LedgerRow(tuple(second)), _Lines(tuple(second_lines))


# A row is cut only where each part keeps at least this many lines.
MIN_SPLIT_LINES = 2


def paginate_rows(
    rows: Sequence[LedgerRow],
    metrics: _Metrics,
    first_page: float,
    page: float,
    line: float,
) -> list[list[LedgerRow]]:
    """Fill the pages: whole rows while they fit; a row that does not is cut at a line
    so that its first part fills the page and the rest continues on the next page
    (again and again for a row longer than a page)."""
    pages: list[list[LedgerRow]] = [[]]
    room = first_page - metrics.header - SAFETY
    queue = deque(zip(rows, metrics.rows, strict=True))
    while queue:
        row, lines = queue.popleft()
        height = lines.height * line + metrics.overhead
        if height <= room:
            pages[-1].append(row)
            room -= height
            continue
        keep = int((room - metrics.overhead) // line)
        if keep >= MIN_SPLIT_LINES and lines.height - keep >= MIN_SPLIT_LINES:
            head, rest, rest_lines = split_row(row, lines, keep)
            pages[-1].append(head)
            queue.appendleft((rest, rest_lines))
        elif pages[-1]:
            queue.appendleft((row, lines))
        else:
            # Nothing fits on an empty page (a single enormous cell): let Qt split it.
            pages[-1].append(row)
        pages.append([])
        room = page - metrics.page_top - metrics.header - SAFETY
    if not pages[-1] and len(pages) > 1:
        pages.pop()
    return pages


# The pages laid out at a time: a ledger of thousands of pages is never one document
# (its layout held the window for seconds, and its memory grew with every page).
PART_PAGES = 10


class LedgerPages:
    """The ledger's pages, planned up front (:func:`paginate_rows`: the count and
    what each page holds) and laid out ``PART_PAGES`` at a time when their turn to be
    painted comes, so that a printer, the preview and a PDF get the first pages at
    once, the event loop runs between parts, and only one part is ever in memory.
    Each part is checked against Qt's own layout; should one take more room than
    planned (the estimate holds on every ledger tried), the rest of the ledger is
    planned again from that part on with more room at each page's foot.

    The rows come in ``chunks`` (built as they are asked for: the issues' measures are
    read a chunk at a time), and the column widths follow from them: both are the
    first steps of the planning."""

    def __init__(
        self,
        fonts: FontSet,
        title: str,
        subtitle: str,
        chunks: Iterable[Sequence[LedgerRow]],
    ) -> None:
        self.spec = LEDGER_PAGE
        self.fonts = fonts
        self.name = title
        self._subtitle = subtitle
        self._chunks: Iterator[Sequence[LedgerRow]] | None = iter(chunks)
        self._column_widths = _ColumnWidths(fonts)
        self._widths: list[float] = []
        self._rows: list[LedgerRow] = []
        self._groups: list[list[LedgerRow]] | None = None
        self._part: tuple[int, Section] | None = None
        self._shrink = 0
        self.parts_laid_out = 0

    def steps(self) -> Iterator[None]:
        """Gather the rows and their column widths, then plan the pages, yielding
        between slices of the work (a renderer lets the event loop run there);
        nothing to do once planned."""
        if self._groups is not None:
            return
        if self._chunks is not None:
            for chunk in self._chunks:
                self._rows.extend(chunk)
                self._column_widths.add(chunk)
                yield
            self._chunks = None
            self._widths = self._column_widths.percents()
        yield from self._planning(self._rows, first=True, shrink=0, into=0)

    def _planning(
        self, rows: Sequence[LedgerRow], *, first: bool, shrink: int, into: int
    ) -> Iterator[None]:
        """Plan ``rows`` onto the pages from page ``into`` on (the first page under the
        title when ``first``), ``shrink`` half lines more room at each page's foot."""
        found: list[_Metrics] = []
        yield from _measuring(rows, self.fonts, self._widths, found)
        block = mm(LEDGER_PAGE.block_height)
        line = pt(CELL_PT) * LINE
        less = shrink * line / 2
        top = block - _title_height(self.fonts, self.name, self._subtitle) if first else block
        groups = paginate_rows(rows, found[0], top - less, block - less, line)
        self._groups = [*(self._groups or [])[:into], *groups]

    @property
    def groups(self) -> list[list[LedgerRow]]:
        """The rows of each page (planned first if need be)."""
        for _ in self.steps():
            pass
        assert self._groups is not None
        return self._groups

    def page_count(self) -> int:
        return max(1, len(self.groups))

    def paint_page(self, painter: QPainter, index: int) -> None:
        k = index // PART_PAGES
        if self._part is None or self._part[0] != k:
            self._part = (k, self._lay_out(k))
        self._part[1].paint_page(painter, index - k * PART_PAGES)

    def _lay_out(self, k: int) -> Section:
        while True:
            groups = self.groups[k * PART_PAGES : (k + 1) * PART_PAGES]
            doc = new_document(self.fonts, Face.FANGSONG, CELL_PT)
            writer = _Writer(self.fonts, doc, self._widths)
            writer.cursor.beginEditBlock()
            if k == 0:
                writer.title(self.name, self._subtitle)
            tables = [writer.table(group, new_page=n > 0) for n, group in enumerate(groups)]
            writer.close()
            writer.cursor.endEditBlock()
            section = Section(
                doc,
                LEDGER_PAGE,
                self.fonts,
                page_numbers=PageNumbers.CENTRED,
                name=self.name,
                number_offset=k * PART_PAGES,
                number_total=self.page_count(),
            )
            self.parts_laid_out += 1
            _lay_out_tables(section.doc, tables)
            if _holds(section, tables, len(groups)) or self._shrink >= MAX_SHRINK:
                return section
            self._replan_from(k)

    def _replan_from(self, k: int) -> None:
        """Plan the pages from part ``k`` on again, with half a line more room at each
        page's foot (the pages before it are painted already)."""
        self._shrink += 1
        start = k * PART_PAGES
        rows = [row for group in self.groups[start:] for row in group]
        for _ in self._planning(rows, first=k == 0, shrink=self._shrink, into=start):
            pass


# Half lines of room a part may need beyond the estimate before it is painted as Qt
# sets it (one or two have always been enough when the estimate was coarser).
MAX_SHRINK = 4


def _lay_out_tables(doc: QTextDocument, tables: Sequence[QTextTable]) -> None:
    """Have Qt lay the document out a table (a page) at a time rather than all at once
    when first asked (Qt lays out lazily, up to what is asked for): the interpreter
    lock is held through each call into Qt, and a worker's long call froze the window
    (a part of ten pages of long rows took up to 2.6 s in one call on a loaded
    machine)."""
    layout = doc.documentLayout()
    for table in tables:
        layout.blockBoundingRect(table.lastCursorPosition().block())


def _holds(section: Section, tables: Sequence[QTextTable], pages: int) -> bool:
    """Whether each table stayed on its own page, as planned."""
    block = section.page_height
    layout = section.doc.documentLayout()
    return section.page_count() <= pages and all(
        layout.frameBoundingRect(t).bottom() <= (n + 1) * block for n, t in enumerate(tables)
    )


def _titles(
    issues: Sequence[IssueRecord],
    inspection: InspectionRecord | None,
    title: str,
    as_of: date | None,
) -> tuple[str, str]:
    subtitle = f"共 {len(issues)} 个问题"
    if as_of is not None:
        subtitle += f"　截至 {cn_date(as_of)}"
    return ledger_title(inspection, title), subtitle


# Issues turned into rows at a time (their measures read together, when read lazily).
ROW_CHUNK = 50

MeasuresOf = Callable[[list[IssueId]], Mapping[int, Sequence[MeasureRecord]]]


def ledger_section(
    issues: Sequence[IssueRecord],
    measures: Mapping[int, Sequence[MeasureRecord]] | MeasuresOf,
    fonts: FontSet,
    *,
    inspection: InspectionRecord | None = None,
    title: str = "",
    as_of: date | None = None,
) -> LedgerPages:
    """The ledger table of ``issues`` (in the order given: the current view), its
    pages laid out as they are painted (:class:`LedgerPages`). ``measures``: every
    issue's, or a function reading those of the issues given (called ``ROW_CHUNK``
    issues at a time while the ledger is planned, between turns of the event loop)."""
    title, subtitle = _titles(issues, inspection, title, as_of)

    def chunks() -> Iterator[list[LedgerRow]]:
        for start in range(0, len(issues), ROW_CHUNK):
            part = issues[start : start + ROW_CHUNK]
            found = measures([i.id for i in part]) if callable(measures) else measures
            yield ledger_rows(part, found)

    return LedgerPages(fonts, title, subtitle, chunks())
