"""Issue lists laid out as tables in a notice (序号 | 问题 | 整改措施 | 整改情况 rows), read
alike from a .docx (``docx_text``), a Word 97-2003 .doc (``doc_text``) and Rich Text
(``rtf_text``).

The reader reads the outline from the text; this module puts a table's outline in it: a
table whose header row names an issue column becomes ``问题N：`` paragraphs with their
``整改措施：`` and ``整改情况：`` lines, a row merged across the table (fewer cells than
the header, one text) a section heading, and a category column's changes headings too;
any other table is read cell by cell.

The binary and RTF readers give their text as :class:`Paragraph` items, each saying
whether it lies in a table and whether it ends a cell or a row (the formats' own
marks), and :func:`flow_lines` groups them into tables.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_ISSUE_HEADERS = re.compile(r"^(?:反馈|存在的?|巡察|具体|主要)?问题(?:描述|内容|表现|清单)?$|^问题")
_NUMBER_HEADERS = re.compile(r"^(?:序号|编号|问题编号|序列)$")
_MEASURE_HEADERS = re.compile(r"整改措施|措施|整改举措|主要做法")
_STATUS_HEADERS = re.compile(
    r"整改(?:情况|进展|进度|状态|结果)|完成情况|进展情况|完成状态|是否完成"
)
_CATEGORY_HEADERS = re.compile(r"^(?:问题类别|类别|问题类型|方面|领域)$")
# A numbered point's marker (一是, 2., （三）, ③): a measure numbered as written.
POINT_MARK = r"(?:[一二三四五六七八九十]+是|\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）]|[①-⑳])"
_POINT = re.compile("^" + POINT_MARK)

# A table row: its cells, each the lines of its paragraphs (empty ones left out).
Row = list[list[str]]

CELL = "cell"
ROW = "row"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph as a word processor keeps it: its shown text (line breaks as
    ``\\n``), whether it lies in a table, and whether it ends a cell (``CELL``) or a
    row (``ROW``; the row-end mark's own paragraph, usually empty)."""

    text: str
    in_table: bool = False
    mark: str = ""
    # A row's end: where its cells' edges lie across the page (left edge, then each
    # cell's right edge, in the format's units), when the format says.
    edges: tuple[int, ...] = ()


# A merged range of a sheet: its first and last cell, (row, column) each, inclusive.
Span = tuple[tuple[int, int], tuple[int, int]]


@dataclass(slots=True)
class TableBlock:
    """A table of a document: its rows, each cell's lines; and either each row's cell
    edges (``edges``, empty where unknown), or rows already a cell per column of the
    table's grid (``aligned``) with their merged cells (``spans``, rows counted from
    the table's first)."""

    rows: list[Row]
    edges: list[tuple[int, ...]] = field(default_factory=list)
    aligned: bool = False
    spans: list[Span] = field(default_factory=list)


def cell_lines(texts: Iterable[str]) -> list[str]:
    """A cell's lines: its paragraphs' lines, stripped, empty ones left out."""
    return [s for text in texts for line in text.split("\n") if (s := line.strip())]


def header_columns(cells: list[str]) -> dict[str, int] | None:
    """The columns of an issue table, by its header row; None when the row is no
    such header."""
    columns: dict[str, int] = {}
    for index, raw in enumerate(cells):
        text = re.sub(r"\s+", "", raw)
        for name, pattern in (
            ("number", _NUMBER_HEADERS),
            ("category", _CATEGORY_HEADERS),
            ("status", _STATUS_HEADERS),
            ("measures", _MEASURE_HEADERS),
            ("issue", _ISSUE_HEADERS),
        ):
            if name not in columns and pattern.search(text):
                columns[name] = index
                break
    return columns if "issue" in columns else None


def table_lines(rows: list[Row]) -> list[str]:
    """A table's text: an issue table as the outline the reader knows (``问题N：``,
    ``整改措施：``, ``整改情况：``; a row merged across is a section heading; rows of one
    issue cell merged down, a measure each, one issue with those measures); any other
    table cell by cell."""
    header_index = next(
        (i for i, r in enumerate(rows[:3]) if header_columns(["".join(c) for c in r])), None
    )
    if header_index is None:
        return [line for r in rows for c in r for line in c]
    width = len(rows[header_index])
    columns = header_columns(["".join(c) for c in rows[header_index]]) or {}
    out = [line for r in rows[:header_index] for c in r for line in c]
    counter = 0
    last_category = ""
    # The issue the rows below may go on with (its cell and number), and its measures,
    # one list per row.
    last_issue: list[str] | None = None
    last_number = ""
    measures: list[list[str]] = []
    statuses: list[list[str]] = []  # the issue's status cell, then each measure row's

    def close() -> None:
        status = _issue_status(statuses)
        if status:
            out.append(f"整改情况：{status[0]}")
            out.extend(status[1:])
        statuses.clear()
        groups = [g for g in measures if g]
        if groups:
            out.append("整改措施：")
            numbered = len(groups) > 1 and not any(_POINT.match(g[0]) for g in groups)
            for n, group in enumerate(groups, start=1):
                # Rows of one issue, one measure each: numbered, so that each reads as one.
                out.append(f"{n}.{group[0]}" if numbered else group[0])
                out.extend(group[1:])
        measures.clear()

    for r in rows[header_index + 1 :]:
        texts = ["\n".join(c) for c in r]
        if not any(texts):
            continue
        distinct = {t for t in texts if t}
        if len(r) < width and len(distinct) == 1:
            # A section row, merged across the table.
            close()
            last_issue = None
            out.append(distinct.pop().replace("\n", ""))
            continue

        def cell(name: str, r: Row = r) -> list[str]:
            index = columns.get(name)
            return r[index] if index is not None and index < len(r) else []

        issue = cell("issue")
        number_cell = "".join(cell("number")).rstrip(".．、")
        # One row per measure under an issue cell merged down: the rows below give the
        # cell again (a .docx) or leave it empty (a .doc, RTF, a PDF), with no number
        # or the same. Their measures go on with the issue above.
        goes_on = last_issue is not None and (not issue or issue == last_issue)
        if goes_on and (not number_cell or number_cell == last_number):
            measures.append(cell("measures"))
            statuses.append(cell("status"))
            continue
        close()
        if not issue:
            out.extend(line for c in r for line in c)
            last_issue = None
            continue
        category = "".join(cell("category"))
        if category and category != last_category:
            out.append(category)
            last_category = category
        counter += 1
        number = number_cell or str(counter)
        out.append(f"问题{number}：{issue[0]}")
        out.extend(issue[1:])
        statuses.append(cell("status"))
        measures.append(cell("measures"))
        last_issue, last_number = issue, number_cell
    close()
    return out


def _issue_status(cells: list[list[str]]) -> list[str]:
    """The status lines of an issue whose rows (one per measure) may each give one: the
    issue's own when the rows give none or agree; else the state the measures' states
    roll up to (``domain.rollup``: as far as the least advanced), in the domain's word."""
    given = [c for c in cells if c]
    if len(given) <= 1 or all(c == given[0] for c in given):
        return given[0] if given else []
    from desktop.domain.rollup import rolled_up_long_term, rolled_up_status
    from desktop.domain.status import LONG_TERM_LABEL, STATUS_LABELS, StatusError, normalize_status

    try:
        readings = [normalize_status("".join(c)) for c in given]
    except StatusError:
        return given[0]  # a word the reader will name as unknown
    state = rolled_up_status(readings[0].status, [r.status for r in readings])
    long_term = rolled_up_long_term(readings[0].long_term, [r.long_term for r in readings])
    return [STATUS_LABELS[state] + (f"，{LONG_TERM_LABEL}" if long_term else "")]


# A document as its parts in order: a paragraph's text, or a table.
Block = str | TableBlock


def blocks(paragraphs: Iterable[Paragraph]) -> list[Block]:
    """Paragraphs outside tables as they are (a line break in one stays one), each run
    of table paragraphs as its table's rows (with their edges where given)."""
    out: list[Block] = []
    table = TableBlock([])
    cells: Row = []
    cell: list[str] = []

    def end_row(edges: tuple[int, ...]) -> None:
        table.rows.append(list(cells))
        table.edges.append(edges)
        cells.clear()

    def end_table() -> None:
        nonlocal table
        if cell:
            cells.append(cell_lines(cell))
            cell.clear()
        if cells:
            end_row(())
        if table.rows:
            out.append(table)
            table = TableBlock([])

    for paragraph in paragraphs:
        if not paragraph.in_table:
            end_table()
            out.append(paragraph.text)
            continue
        if paragraph.mark == ROW:
            if paragraph.text.strip() or cell:
                cells.append(cell_lines([*cell, paragraph.text]))
                cell.clear()
            end_row(paragraph.edges)
            continue
        cell.append(paragraph.text)
        if paragraph.mark == CELL:
            cells.append(cell_lines(cell))
            cell.clear()
    end_table()
    return out


def flow_lines(paragraphs: Iterable[Paragraph]) -> list[str]:
    """The document's lines: each paragraph outside a table as it is, each table as
    its lines (an issue table as the outline)."""
    return block_lines(blocks(paragraphs))


def block_lines(parts: Iterable[Block]) -> list[str]:
    lines: list[str] = []
    for part in parts:
        if isinstance(part, str):
            lines.append(part)
        else:
            lines.extend(table_lines(part.rows))
    return lines


def grid(parts: Iterable[Block]) -> tuple[list[list[str]], list[Span]]:
    """A document as a sheet's rows and merged ranges, as a spreadsheet shows it pasted
    in: each table row's cells in the columns of the table's grid (a merged cell's text
    in its first, a cell's paragraphs as lines of one cell), each paragraph outside the
    tables a row of one cell (a title, 填报单位：…); empty paragraphs left out."""
    rows: list[list[str]] = []
    spans: list[Span] = []
    laid: list[_Laid | str] = []
    for part in parts:
        if isinstance(part, str):
            if part.strip():
                laid.append(part.strip())
            continue
        aligned, table_spans = (part.rows, part.spans) if part.aligned else _aligned(part)
        laid.append(_Laid([["\n".join(cell) for cell in row] for row in aligned], table_spans))
    for item in _sections_inside(laid):
        if isinstance(item, str):
            rows.append([item])
            continue
        top = len(rows)
        rows.extend(item.rows)
        spans.extend(((r0 + top, c0), (r1 + top, c1)) for (r0, c0), (r1, c1) in item.spans)
    return rows, spans


@dataclass(slots=True)
class _Laid:
    """A table laid out as a sheet's rows (cell texts) and merged ranges."""

    rows: list[list[str]]
    spans: list[Span]


# A heading between tables (一、党的建设方面) is at most this long.
_HEADING = 40


def _sections_inside(laid: list[_Laid | str]) -> list[_Laid | str]:
    """A ledger kept as one table per section, each under its heading (一、…方面, then a
    table with the same header as the others): as one table, the headings as rows under
    the first header (section rows, as a spreadsheet keeps such a ledger), the repeated
    headers left out, what stands between the tables kept in its place. Any other
    document as it is."""
    tables = [i for i, item in enumerate(laid) if isinstance(item, _Laid)]
    if len(tables) < 2:
        return laid
    headers = [item.rows[0] if item.rows else [] for item in laid if isinstance(item, _Laid)]
    if any(not h or h != headers[0] for h in headers):
        return laid
    headings: list[str] = []
    for i in tables:
        before = laid[i - 1] if i > 0 else None
        if not isinstance(before, str) or len(before) > _HEADING:
            return laid
        headings.append(before)
    merged = _Laid([headers[0]], [])
    previous = tables[0] - 1  # the first heading's place
    for index, i in enumerate(tables):
        between = [item for item in laid[previous + 1 : i - 1] if isinstance(item, str)]
        merged.rows.extend([text] for text in between)
        merged.rows.append([headings[index]])
        table = laid[i]
        assert isinstance(table, _Laid)
        top = len(merged.rows) - 1  # its body follows; its header row is left out
        merged.rows.extend(table.rows[1:])
        merged.spans.extend(
            ((r0 + top, c0), (r1 + top, c1)) for (r0, c0), (r1, c1) in table.spans if r0 > 0
        )
        previous = i
    return [*laid[: tables[0] - 1], merged, *laid[tables[-1] + 1 :]]


def _aligned(table: TableBlock) -> tuple[list[Row], list[Span]]:
    """Rows placed in the columns of the table's grid by their cells' edges: the grid's
    columns lie between every edge any row has (edges nearer than a tenth of the
    narrowest cell are one); a cell reaching over several columns is merged across. A
    row whose edges are unknown, or do not match its cells, stays as it is."""
    every = sorted({e for edges in table.edges for e in edges})
    if not every:
        return table.rows, []
    widths = [b - a for edges in table.edges for a, b in itertools.pairwise(edges) if b > a]
    near = max(1, min(widths, default=1) // 10)
    columns: list[int] = []
    for edge in every:
        if not columns or edge - columns[-1] > near:
            columns.append(edge)

    def column(edge: int) -> int:
        return min(range(len(columns)), key=lambda i: abs(columns[i] - edge))

    rows: list[Row] = []
    spans: list[Span] = []
    for index, (row, edges) in enumerate(zip(table.rows, table.edges, strict=True)):
        if len(edges) != len(row) + 1:
            rows.append(row)
            continue
        placed: Row = [[] for _ in range(len(columns) - 1)]
        for cell, left, right in zip(row, edges, edges[1:], strict=False):
            first, last = column(left), column(right) - 1
            if first >= len(placed) or last < first:
                continue
            placed[first] = cell
            if last > first:
                spans.append(((index, first), (index, last)))
        rows.append(placed)
    return rows, spans
