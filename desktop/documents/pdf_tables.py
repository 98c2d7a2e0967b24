"""Issue tables in a PDF notice, read back into rows and cells from where their text
sits on the page.

A PDF has no tables, only text drawn at positions (and, for a bordered table, lines).
pypdf's text gives a table cell by cell, each cell's wrapped lines apart, so an issue
list laid out as 序号 | 问题 | 整改措施 | 整改情况 reads as loose lines. Here each page's
text runs (their positions from pypdf's visitor) are grouped into lines and runs; a line
whose runs name an issue table's columns (``documents.tables``: the same header words as
a .docx table) starts a table; its runs give the columns (or, for a bordered table, its
vertical rules do). Below it, each line's runs fall into those columns, and rows begin
where a horizontal rule crosses the table or, without rules, where the first column has
text; a cell's wrapped lines are joined again. A row with text in its first column only
(序号 or 类别 holding 一、党的建设方面) is a section heading merged across. The table ends
at its bottom rule, or (without rules) at a line that leaves the columns: text left of
the table, a paragraph running across the columns, or a gap taller than three lines.
A table that runs on over a page break goes on with the same columns (a repeated header
row skipped), and a row broken by the page is joined again.

Only pages with such a header are read this way; every other page keeps pypdf's text.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.documents.tables import POINT_MARK, Row, header_columns

# Characters narrower than a Chinese character's full width, as a share of it.
_NARROW = 0.5
# A numbered point starting right after a sentence's end, inside a paragraph.
_POINT_AFTER_END = re.compile(f"[。；！？](?={POINT_MARK})")
# What ends a line of a cell that is a paragraph's end, not a wrap.
_SENTENCE_ENDS = ("。", "；", "！", "？", "：", ";", "!", "?", ":")


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of text as drawn: its baseline's start, its font size, its text."""

    x: float
    y: float
    size: float
    text: str

    @property
    def end(self) -> float:
        """Where the text ends, estimated from its characters' widths."""
        width = sum(1.0 if "\u2e80" <= c <= "\uffef" else _NARROW for c in self.text)
        return self.x + width * self.size


@dataclass(frozen=True, slots=True)
class Rule:
    """A straight line drawn on the page (a table's border): horizontal when ``y0 ==
    y1``, vertical when ``x0 == x1``."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def horizontal(self) -> bool:
        return abs(self.y1 - self.y0) < 1.0 and abs(self.x1 - self.x0) >= 10.0

    @property
    def vertical(self) -> bool:
        return abs(self.x1 - self.x0) < 1.0 and abs(self.y1 - self.y0) >= 5.0


@dataclass(slots=True)
class Page:
    """What a page draws: its text chunks and its straight lines."""

    chunks: list[Chunk] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)


@dataclass(slots=True)
class _Run:
    """Chunks of one line close enough together to be one cell's text."""

    x: float
    end: float
    y: float
    size: float
    text: str


@dataclass(slots=True)
class _Line:
    y: float
    size: float
    runs: list[_Run]
    chunks: list[Chunk]

    @property
    def text(self) -> str:
        return " ".join(run.text for run in self.runs)


@dataclass(slots=True)
class Layout:
    """An issue table's columns: each column's left and right edges and its header
    text, and the rows of its horizontal rules when it has them."""

    edges: list[tuple[float, float]]
    header: list[str]
    ruled: bool
    # Where each header's text starts (a cell's text starts there when left-aligned).
    starts: list[float] = field(default_factory=list)
    # Whether the edges are the table's own vertical rules.
    walled: bool = False

    def column(self, x: float, tolerance: float) -> int | None:
        """The column a run starting at ``x`` lies in; None left or right of all."""
        if x < self.edges[0][0] - tolerance or x > self.edges[-1][1] + tolerance:
            return None
        for index, (_left, right) in enumerate(self.edges):
            if x < right - tolerance / 2:
                return index
        return len(self.edges) - 1


@dataclass(frozen=True, slots=True)
class TableRow:
    """A table row of a page: its cells' lines, whether it goes on from the row the
    previous page broke, and its table's header (one text per column)."""

    cells: Row
    goes_on: bool = False
    header: tuple[str, ...] = ()


# One item of a page read for tables: a line of text, or a table row.
Item = str | TableRow


def page_items(
    page: Page, carried: Layout | None, furniture: re.Pattern[str]
) -> tuple[list[Item], Layout | None] | None:
    """The page as lines and table rows, and the table layout still open at its end
    (for the next page); None when the page has no issue table (nor one going on).
    Lines matching ``furniture`` at the page's top or bottom (its page number) are
    dropped first: a table goes on past them."""
    lines = _walled(_lines(page.chunks), page.rules)
    for edge in (-1, 0):
        if lines and furniture.match(lines[edge].text):
            lines.pop(edge)
    if not lines:
        return None
    layout = carried
    start = 0
    if layout is None or not _continues(lines, layout):
        found = _find_header(lines, page.rules)
        if found is None:
            return None
        start, layout = found[0], found[1]
        header_end = found[2]
    else:
        header_end = _repeated_header(lines, layout, page.rules)
    items: list[Item] = [line.text for line in lines[:start]]
    index = header_end
    rows, index = _rows(
        lines, index, layout, page.rules, first_goes_on=start == 0 and carried is not None
    )
    header = tuple(layout.header)
    items.extend(TableRow(cells, goes_on, header) for cells, goes_on in rows)
    open_at_end = index >= len(lines)
    items.extend(line.text for line in lines[index:])
    return items, (layout if open_at_end else None)


# ----------------------------------------------------------------------- lines


def page_lines(page: Page) -> list[str]:
    """A page's text line by line, top to bottom, from where its chunks are drawn (for
    a format with no text flow of its own: OFD)."""
    return [line.text for line in _lines(page.chunks)]


def _lines(chunks: Sequence[Chunk]) -> list[_Line]:
    """Chunks on one baseline as a line, top to bottom; a line's chunks as runs, a
    run ending where the next chunk starts more than a character and a half away."""
    ordered = sorted((c for c in chunks if c.text.strip()), key=lambda c: (-c.y, c.x))
    groups: list[list[Chunk]] = []
    for chunk in ordered:
        if groups and abs(groups[-1][0].y - chunk.y) <= 0.35 * max(chunk.size, 1.0):
            groups[-1].append(chunk)
        else:
            groups.append([chunk])
    lines: list[_Line] = []
    for group in groups:
        group.sort(key=lambda c: c.x)
        size = max(c.size for c in group)
        runs: list[_Run] = []
        for chunk in group:
            text = chunk.text.strip()
            if runs and chunk.x - runs[-1].end < size:
                gap = chunk.x - runs[-1].end
                runs[-1].text += (" " if gap > 0.25 * size else "") + text
                runs[-1].end = max(runs[-1].end, chunk.end)
            else:
                runs.append(_Run(chunk.x, chunk.end, chunk.y, chunk.size, text))
        lines.append(_Line(group[0].y, size, runs, group))
    return lines


def _walled(lines: list[_Line], rules: Sequence[Rule]) -> list[_Line]:
    """Lines whose runs a table's vertical rule parts where two cells' texts stand
    closer than a character (a narrow 序号 column beside 存在问题)."""
    walls = [r for r in rules if r.vertical]
    if not walls:
        return lines
    out: list[_Line] = []
    for line in lines:
        here = sorted(
            r.x0 for r in walls if min(r.y0, r.y1) - line.size <= line.y <= max(r.y0, r.y1)
        )
        if not here:
            out.append(line)
            continue
        runs: list[_Run] = []
        for chunk in line.chunks:
            text = chunk.text.strip()
            last = runs[-1] if runs else None
            parted = last is not None and any(
                last.end - 0.3 * chunk.size < x < chunk.x + 0.3 * chunk.size for x in here
            )
            if last is not None and not parted and chunk.x - last.end < line.size:
                gap = chunk.x - last.end
                last.text += (" " if gap > 0.25 * line.size else "") + text
                last.end = max(last.end, chunk.end)
            else:
                runs.append(_Run(chunk.x, chunk.end, chunk.y, chunk.size, text))
        out.append(_Line(line.y, line.size, runs, line.chunks))
    return out


def _pitch(lines: Sequence[_Line]) -> float:
    """The usual distance between two lines of a paragraph on this page."""
    gaps = sorted(a.y - b.y for a, b in itertools.pairwise(lines) if a.y - b.y > 0.5 * a.size)
    if not gaps:
        return 1.5 * (lines[0].size if lines else 12.0)
    return gaps[len(gaps) // 4]  # a low quantile: paragraphs' lines, not their gaps


# ---------------------------------------------------------------------- header


def _find_header(lines: Sequence[_Line], rules: Sequence[Rule]) -> tuple[int, Layout, int] | None:
    """The first line naming an issue table's columns, with the lines just above and
    below it that complete its headers (责任 over 单位, a header wrapped in a narrow
    column, a one-line header centred beside two-line ones): where the header starts,
    the layout, and the line after it."""
    for index, line in enumerate(lines):
        if len(line.runs) < 2:
            continue
        # The band around the fullest line near this one (a two-line header's upper
        # words alone look like a header too).
        near = [
            j
            for j in range(index, min(index + 3, len(lines)))
            if line.y - lines[j].y <= 1.6 * line.size
        ]
        bands = [_header_band(lines, j, rules) for j in near]
        first, after, header = max(
            (band for band in bands if band[0] <= index), key=lambda band: len(band[2].runs)
        )
        texts = [run.text for run in header.runs]
        if len(texts) < 3 or header_columns(texts) is None:
            continue
        return first, _layout(header, texts, rules, lines[after : after + 40]), after
    return None


def _header_band(
    lines: Sequence[_Line], index: int, rules: Sequence[Rule] = ()
) -> tuple[int, int, _Line]:
    """Line ``index`` with its neighbours within a line and a half that add header
    words: each of their runs under or over at most one of its runs (a paragraph
    running across it is no header). The runs standing over one another become one
    header each, top to bottom; returns the first line, the line after, and the
    header as one line."""
    line = lines[index]
    reach = 1.6 * line.size

    ruled_at = [r.y0 for r in rules if r.horizontal]

    def fits(other: _Line) -> bool:
        # A partial line (fewer headers than the line), no rule between them, and each
        # of its runs over or under at most one of the line's.
        if len(other.runs) >= len(line.runs):
            return False
        low, high = sorted((other.y, line.y))
        if any(low < y < high for y in ruled_at):
            return False
        return all(
            sum(
                1
                for r in line.runs
                if run.x < r.end + 0.5 * line.size and r.x < run.end + 0.5 * line.size
            )
            <= 1
            for run in other.runs
        )

    first = index
    while first > 0 and lines[first - 1].y - line.y <= reach and fits(lines[first - 1]):
        first -= 1
    after = index + 1
    while after < len(lines) and line.y - lines[after].y <= reach and fits(lines[after]):
        after += 1
    columns: list[list[_Run]] = []
    for run in sorted((r for band in lines[first:after] for r in band.runs), key=lambda r: r.x):
        if columns and run.x < max(r.end for r in columns[-1]) - 0.25 * line.size:
            columns[-1].append(run)
        else:
            columns.append([run])
    runs = [
        _Run(
            min(r.x for r in column),
            max(r.end for r in column),
            line.y,
            line.size,
            "".join(r.text for r in sorted(column, key=lambda r: -r.y)),
        )
        for column in columns
    ]
    return first, after, _Line(line.y, line.size, runs, [])


def _layout(line: _Line, texts: list[str], rules: Sequence[Rule], below: Sequence[_Line]) -> Layout:
    """The columns under a header line: between the table's vertical rules where it
    has them; else where the lines below start their cells' text, when those starts
    fall into as many columns as the header has; else by the header's runs."""
    runs = line.runs
    top, bottom = line.y + 2 * line.size, line.y - 2 * line.size
    verticals = sorted(
        {
            round(r.x0, 0)
            for r in rules
            if r.vertical and min(r.y0, r.y1) <= line.y <= max(r.y0, r.y1) + line.size
        }
    )
    horizontal_near = any(
        r.horizontal and bottom <= r.y0 <= top and min(r.x0, r.x1) <= runs[0].x <= max(r.x0, r.x1)
        for r in rules
    )
    if len(verticals) >= len(runs) + 1:
        inside = [
            x for x in verticals if runs[0].x - 3 * line.size <= x <= runs[-1].end + 3 * line.size
        ]
        if len(inside) == len(runs) + 1:
            edges = list(itertools.pairwise(inside))
            return Layout(edges, texts, horizontal_near, [run.x for run in runs], walled=True)
    starts = _data_starts(line, below)
    if starts is not None:
        edges = [
            (
                x - 0.5 * line.size,
                (starts[i + 1] if i + 1 < len(starts) else math.inf) - 0.5 * line.size,
            )
            for i, x in enumerate(starts)
        ]
        return Layout(edges, texts, horizontal_near, starts)
    # Else a column reaches to just before the next header's text (a left-aligned
    # header starts where its cells' text does), at least halfway to it (a centred one
    # starts further right); the first one from a little left of its header.
    edges = []
    for i, run in enumerate(runs):
        left = run.x - 3 * run.size if i == 0 else edges[-1][1]
        if i + 1 < len(runs):
            following = runs[i + 1]
            right = max((run.end + following.x) / 2, following.x - 1.5 * following.size)
        else:
            right = math.inf
        edges.append((left, right))
    return Layout(edges, texts, horizontal_near, [run.x for run in runs])


def _data_starts(header: _Line, below: Sequence[_Line]) -> list[float] | None:
    """Where the cells below a header start their text, one place per column: the
    left edges of the lines' pieces, gathered where at least two lines start alike,
    when there are exactly as many as the header has runs (left-aligned cells under a
    centred header); None when they do not say."""
    size = header.size
    xs = sorted(
        tight[0].x
        for line in below
        for tight in _tight(line)
        if tight[0].x >= header.runs[0].x - 4 * size
    )
    clusters: list[list[float]] = []
    for x in xs:
        if clusters and x - clusters[-1][-1] <= 0.5 * size:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    starts = [min(c) for c in clusters if len(c) >= 2]
    if len(starts) != len(header.runs):
        return None
    # Each start must lie left of its header's end and right of the previous header's.
    for i, (x, run) in enumerate(zip(starts, header.runs, strict=True)):
        if x > run.end or (i and x < header.runs[i - 1].end):
            return None
    return starts


def _continues(lines: Sequence[_Line], layout: Layout) -> bool:
    """Whether a page's first line goes on with a table the page before left open:
    its runs lie in the table's columns."""
    first = lines[0]
    tolerance = first.size
    return all(layout.column(run.x, tolerance) is not None for run in first.runs) and (
        first.runs[0].x >= layout.edges[0][0] - tolerance
    )


def _repeated_header(lines: Sequence[_Line], layout: Layout, rules: Sequence[Rule]) -> int:
    """The line after a header row the table repeats at the page's top (0 if none)."""
    wanted = re.sub(r"\s", "", "".join(layout.header))
    for index in range(min(3, len(lines))):
        _first, after, header = _header_band(lines, index, rules)
        if re.sub(r"\s", "", "".join(run.text for run in header.runs)) == wanted:
            return after
    return 0


# ------------------------------------------------------------------------ rows


_Drawn = list[list[tuple[str, float, float]]]  # per cell: (text, where it ends, size)


@dataclass(slots=True)
class _TableRow:
    """A row being read: its parts one above another (a measure each, under an issue
    cell merged down), whether it goes on from the page before, whether it is a row
    merged across."""

    parts: list[_Drawn]
    goes_on: bool
    spanning: bool


def _rows(
    lines: Sequence[_Line],
    start: int,
    layout: Layout,
    rules: Sequence[Rule],
    *,
    first_goes_on: bool,
) -> tuple[list[tuple[Row, bool]], int]:
    """The table's rows from line ``start``, and the first line after the table.

    A row is what lies between two rules crossing the issue column (without rules:
    from a line with text in the first column). Inside it, the cells of the columns an
    issue cell merged down spans (序号, 类别, 问题) gather its whole height; the other
    cells are parted where a rule crosses the measures' column (without rules: at a
    gap taller than a line), each part a row of its own with those cells empty, which
    ``tables.table_lines`` reads as more measures of the issue above."""
    width = len(layout.edges)
    pitch = _pitch(lines)
    columns = header_columns(layout.header) or {}
    merged_down = {columns[k] for k in ("number", "category", "issue") if k in columns}
    groups = _row_rules(layout, rules, columns.get("issue")) if layout.ruled else []
    parts = _row_rules(layout, rules, columns.get("measures")) if layout.ruled else []
    rows: list[_TableRow] = []
    last_y: dict[int, float] = {}  # per column, its last line in the row
    index = start
    previous: _Line | None = None
    while index < len(lines):
        line = lines[index]
        tolerance = 0.6 * line.size
        # Between walls each chunk is placed alone: cells' texts can stand closer than
        # a word's gap where only the rule parts them.
        pieces = [[chunk] for chunk in line.chunks] if layout.walled else _tight(line)
        placed = [(layout.column(piece[0].x, tolerance), piece) for piece in pieces]
        if any(column is None for column, _piece in placed):
            break
        gap = previous.y - line.y if previous is not None else 0.0
        if gap > 3.2 * pitch and not groups:
            break
        if groups and line.y < groups[-1] - 0.5 * line.size:
            break  # below the table's bottom rule
        spanning = len(placed) == 1 and _crosses(placed[0][1], layout, line.size)
        if spanning and not groups and not _table_below(lines, index, layout):
            break  # a paragraph after the table, running across its columns
        first_column = any(column == 0 for column, _piece in placed)
        new_row = (
            not rows
            or spanning
            or rows[-1].spanning
            or (bool(groups) and _rule_between(groups, previous, line))
            or (not groups and first_column)
        )
        # Without rules a part starts where a column of its own (not merged down) goes
        # on a line and more below its last line of this row: the cells' padding.
        own = [c for c, _piece in placed if c is not None and c not in merged_down]
        parted = any(c in last_y and last_y[c] - line.y > 1.35 * pitch for c in own)
        if new_row:
            goes_on = not rows and first_goes_on and not first_column
            rows.append(_TableRow([[[] for _ in range(width)]], goes_on, spanning))
            last_y.clear()
        elif (parts and _rule_between(parts, previous, line)) or (not parts and parted):
            rows[-1].parts.append([[] for _ in range(width)])
        for c, _piece in placed:
            if c is not None:
                last_y[c] = line.y
        texts: dict[int, list[Chunk]] = {}
        for column, piece in placed:
            assert column is not None
            texts.setdefault(0 if spanning else column, []).extend(piece)
        for column, chunks in texts.items():
            end = max(chunk.end for chunk in chunks)
            part = rows[-1].parts[0 if column in merged_down else -1]
            part[column].append((_joined_chunks(chunks), end, line.size))
        previous = line
        index += 1
    # How far a full line of each column reaches: the longest line drawn in it.
    reach = [
        max(
            (end for row in rows for part in row.parts for _t, end, _z in part[c]),
            default=0.0,
        )
        for c in range(width)
    ]
    out: list[tuple[Row, bool]] = []
    first_is_issue = columns.get("issue") == 0
    for row in rows:
        for number, drawn in enumerate(row.parts):
            folded = [_fold(lines_drawn, reach[c]) for c, lines_drawn in enumerate(drawn)]
            filled = [c for c in folded if c]
            if not filled:
                continue
            goes_on = row.goes_on and number == 0
            alone = len(filled) == 1 and bool(folded[0]) and width > 1 and not first_is_issue
            if row.spanning or (alone and not goes_on):
                out.append(([filled[0]], goes_on))  # a section row, merged across
            else:
                out.append((folded, goes_on))
    return out, index


def _fold(drawn: Sequence[tuple[str, float, float]], reach: float) -> list[str]:
    """A cell's lines as its paragraphs. A line runs on into the next unless it ends a
    sentence (。；：！？) and either stops short of the column's longest line (within a
    character and a half: a paragraph's last line) or the next starts a numbered point
    (一是, 2., （三）). A short line that ends mid-sentence was wrapped early (a line
    may not start with 。 nor end with “)."""
    out: list[str] = []
    ends_paragraph = False
    for text, end, size in drawn:
        if out and not ends_paragraph:
            out[-1] += text
        else:
            out.append(text)
        short = end < reach - 1.6 * size
        ends_paragraph = text.endswith(_SENTENCE_ENDS) and short
    # A numbered point after a sentence's end starts anew, even after a full line.
    folded: list[str] = []
    for paragraph in out:
        folded.extend(_split_points(paragraph))
    return folded


def _split_points(paragraph: str) -> list[str]:
    """A paragraph parted where a numbered point starts right after a sentence's end
    (a full line ended the point before it)."""
    parts: list[str] = []
    start = 0
    for match in _POINT_AFTER_END.finditer(paragraph):
        parts.append(paragraph[start : match.start() + 1])
        start = match.start() + 1
    parts.append(paragraph[start:])
    return [p for p in parts if p]


def join_rows(above: Row, below: Row) -> None:
    """A row the page break cut, its lower part added to its upper, cell by cell (a
    line the break wrapped joined again; a cell the lower part repeats whole left as
    it is)."""
    for cell, more in zip(above, below, strict=False):
        if "".join(more).startswith("".join(cell)):
            # A short cell the page repeats whole (its 责任人, its 时限), not more text.
            cell[:] = more
            continue
        for text in more:
            _add(cell, text)


def _add(cell: list[str], text: str) -> None:
    """A line of a cell's text: a wrapped line joins the one before it, a line after a
    sentence's end starts anew."""
    if cell and not cell[-1].endswith(_SENTENCE_ENDS):
        cell[-1] += text
    else:
        cell.append(text)


def _tight(line: _Line) -> list[list[Chunk]]:
    """A line's chunks in groups drawn right after one another (less than half a
    character apart): one cell's text, whatever column its later pieces reach into."""
    groups: list[list[Chunk]] = []
    for chunk in line.chunks:
        if groups and chunk.x - groups[-1][-1].end < 0.5 * chunk.size:
            groups[-1].append(chunk)
        else:
            groups.append([chunk])
    return groups


def _joined_chunks(chunks: Sequence[Chunk]) -> str:
    """One line's text of a cell, its chunks in order (a space where they stand apart)."""
    text = ""
    end = -math.inf
    for chunk in sorted(chunks, key=lambda c: c.x):
        if text and chunk.x - end > 0.25 * chunk.size:
            text += " "
        text += chunk.text.strip()
        end = chunk.end
    return text


def _crosses(piece: Sequence[Chunk], layout: Layout, size: float) -> bool:
    """Whether a line's one piece runs on into the next column (a row merged across):
    past its wall, or past where the next column's text starts."""
    column = layout.column(piece[0].x, 0.6 * size)
    if column is None or column + 1 >= len(layout.edges):
        return False
    if layout.walled or not layout.starts:
        following = layout.edges[column][1]
    else:
        following = layout.starts[column + 1]
    return max(chunk.end for chunk in piece) > following + size


def _table_below(lines: Sequence[_Line], index: int, layout: Layout) -> bool:
    """Whether the line after ``index`` is a table row: runs in two columns or more."""
    if index + 1 >= len(lines):
        return False
    line = lines[index + 1]
    columns = {layout.column(chunk.x, 0.6 * line.size) for chunk in line.chunks}
    return None not in columns and len(columns) >= 2


def _row_rules(layout: Layout, rules: Sequence[Rule], column: int | None) -> list[float]:
    """The heights of the horizontal rules crossing a column (the widest when None),
    top down: a cell merged down has none across it."""
    if column is None or column >= len(layout.edges):
        column = max(range(len(layout.edges)), key=lambda i: _span(layout.edges[i]))
    left, right = layout.edges[column]
    middle = (left + right) / 2 if math.isfinite(right) else left + 20
    return sorted(
        {
            round(r.y0, 1)
            for r in rules
            if r.horizontal and min(r.x0, r.x1) <= middle <= max(r.x0, r.x1)
        },
        reverse=True,
    )


def _span(edge: tuple[float, float]) -> float:
    left, right = edge
    return right - left if math.isfinite(right) else 0.0


def _rule_between(boundaries: Sequence[float], above: _Line | None, below: _Line) -> bool:
    if above is None:
        return True
    return any(below.y < y < above.y for y in boundaries)
