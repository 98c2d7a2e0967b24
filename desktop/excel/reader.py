"""Reading the ledgers offices really keep: workbook -> :class:`ImportPlan`.

No Qt and no database. The file is first sniffed (what is it?) and, when zipped,
checked for hostile content (``guard``); then python-calamine reads the values (saved
values of formulas, never formula text; ``_x0001_`` escapes decoded) and the merged
ranges. The reader finds the ledger sheet and its header row under merged title rows
(one- or two-row headers), maps columns by the synonym table of ``columns.py`` (or the
caller's mapping), fills merged issue cells down to each measure row, groups rows into
issues and measures, and reads statuses and dates with the domain functions. Every
planned record carries its provenance and every doubtful cell becomes a
:class:`Problem`; files that cannot be read raise :class:`WorkbookRefused`, nothing
else.

The API the import wizard uses:

* :func:`inspect_workbook` -> :class:`WorkbookInfo`: the sheets, their visibility, and
  for each the detected header row, title and column mapping (cheap: the data rows are
  not converted).
* :func:`read_ledger` -> :class:`ImportPlan`, with optional sheet, header row, mapping
  (column letter -> field), extra status words, progress callback and cancel check.
* :func:`match_existing`: marks planned issues that are already in the target
  inspection (same number and text), so applying the plan updates them instead of
  adding duplicates.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from desktop.collector import collector_paused
from desktop.domain.dates import DateError, DateErrorCode, DateReading, parse_date
from desktop.domain.numbering import heading_style
from desktop.domain.plan import (
    Coverage,
    ImportPlan,
    PlannedIssue,
    PlannedMeasure,
    SkippedRow,
    Source,
)
from desktop.domain.problems import MAX_CELL_TEXT, Code, Problem, Severity
from desktop.domain.records import (
    InspectionDraft,
    IssueDraft,
    IssueRecord,
    MeasureDraft,
    Responsibility,
    bulk_maker,
)
from desktop.domain.rollup import rolled_up_long_term, rolled_up_status
from desktop.domain.rules import CONTROL_RE
from desktop.domain.status import (
    STATUS_LABELS,
    Status,
    StatusError,
    StatusReading,
    accepted_status_words,
    normalize_status,
)
from desktop.domain.text import is_cell_picture, key_text
from desktop.domain.texts import Message, Msg, listed
from desktop.domain.units import UnitReading, read_units, split_unit_list
from desktop.excel.columns import BY_FIELD, COLUMNS, Kind, Level
from desktop.excel.errors import ReadCancelled, WorkbookRefused, refuse
from desktop.excel.guard import DEFAULT_LIMITS, ErrorCell, Limits, Merge, check_archive
from desktop.excel.layout import (
    RowKind,
    is_chinese_label,
    is_date_line,
    looks_like_section,
    total_or_note,
)
from desktop.excel.sniff import FileKind, sniff

Cell = Any  # str | float | int | bool | date | datetime | time | timedelta, "" when empty
ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

# How many rows from the top are searched for the header.
HEADER_SEARCH_ROWS = 30
# Calls of progress() / cancelled() happen every this many rows.
PROGRESS_EVERY = 1000
_BRACKETS = re.compile(r"[（(【\[<《].*?[）)】\]>》]")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_WHITESPACE = " \t\n\r\u3000\u00a0"
# Issue numbers keep their brackets as written (（三）) but not full-width digits (２).
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


# ----------------------------------------------------------------------- results
@dataclass(frozen=True, slots=True)
class ColumnGuess:
    """One column of a sheet's header: where it is, what its header says (two-row
    headers joined with "/"), and the field it maps to (None: not imported)."""

    index: int
    letter: str
    header: str
    field: str | None


@dataclass(frozen=True, slots=True)
class SheetInfo:
    """What the reader sees in one sheet: visibility, size, the detected header (rows
    are 1-based, as Excel shows them), the title above it, the column mapping and the
    required fields it could not find."""

    name: str
    visible: bool
    rows: int
    columns: int
    header_row: int | None = None
    header_depth: int = 1
    data_row: int | None = None
    title: str = ""
    guesses: tuple[ColumnGuess, ...] = ()
    missing: tuple[str, ...] = ()

    @property
    def is_ledger(self) -> bool:
        """A header was found and every required column is in it."""
        return self.header_row is not None and not self.missing

    @property
    def layout(self) -> tuple[str, ...]:
        """The header texts, normalised: the key under which a wizard remembers the
        mapping the user chose for sheets laid out like this one."""
        return tuple(key_text(g.header) for g in self.guesses)

    @property
    def mapping(self) -> dict[str, str]:
        """Column letter -> field, for the mapped columns."""
        return {g.letter: g.field for g in self.guesses if g.field}

    @property
    def score(self) -> int:
        return len(self.mapping)


@dataclass(frozen=True, slots=True)
class WorkbookInfo:
    """A workbook at a glance: its kind and its sheets in workbook order."""

    file: str
    kind: FileKind
    sheets: tuple[SheetInfo, ...]

    @property
    def ledger_sheet(self) -> str | None:
        """The sheet :func:`read_ledger` reads when no sheet is named."""
        chosen = _choose(self.sheets)
        return chosen.name if chosen else None


# Fields a caller may map a column to, with their Chinese names (for the wizard).
FIELD_LABELS: dict[str, str] = {c.field: c.header for c in COLUMNS}


def _digits(text: str) -> bool:
    """Whether a text is a column's number as typed: one to three ASCII digits."""
    return 0 < len(text) <= 3 and text.isascii() and text.isdigit()


def _column_number(value: Cell) -> float | None:
    """A cell of a column-number row (1, 2, 3…) as a number, or None."""
    if value.__class__ in (int, float):
        return float(value)
    if value.__class__ is str and _digits(value):
        return float(value)
    return None


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letter: str) -> int:
    """A -> 0, AA -> 26. Raises ValueError for anything else."""
    letter = letter.strip().upper()
    if not letter.isalpha() or not letter.isascii() or len(letter) > 3:
        raise ValueError(letter)
    number = 0
    for ch in letter:
        number = number * 26 + ord(ch) - 64
    return number - 1


# ----------------------------------------------------------------- header words
class HeaderMatcher:
    """Header text -> field, by the synonym table (exact, ignoring spaces, widths, a
    trailing colon, bracketed notes and required-marks), then by the longest synonym
    of three or more characters contained in a short header."""

    def __init__(self, extra: Mapping[str, Iterable[str]] | None = None) -> None:
        self._exact: dict[str, str] = {}
        for column in COLUMNS:
            for word in column.synonyms:
                self._exact.setdefault(key_text(word), column.field)
        for field, words in (extra or {}).items():
            if field not in BY_FIELD:
                raise ValueError(f"unknown field {field!r}")
            for word in words:
                self._exact[key_text(word)] = field
        self._contained = sorted(
            ((k, f) for k, f in self._exact.items() if len(k) >= 3),
            key=lambda pair: -len(pair[0]),
        )
        # Issue numbers (1, 2, 3…) are asked about on every row; no header is digits
        # alone unless the caller's words make one.
        self._digit_words = any(k.isdecimal() for k in self._exact)

    def match(self, text: str) -> str | None:
        if text.isdecimal() and text.isascii() and not self._digit_words:
            return None
        key = key_text(text)
        if not key:
            return None
        found = self._exact.get(key)
        if found:
            return found
        key = _BRACKETS.sub("", key).strip("*※★△")
        found = self._exact.get(key)
        if found or not key or len(key) > 10:
            return found
        for word, field in self._contained:
            if word in key:
                return field
        return None


# ---------------------------------------------------------------- opening files
@dataclass(slots=True)
class _Book:
    """An opened, checked workbook."""

    file: str
    kind: FileKind
    workbook: Any
    names: list[str]
    visible: dict[str, bool]
    ods_merges: dict[str, list[Merge]]
    error_cells: dict[str, list[ErrorCell]] = dataclasses.field(default_factory=dict)
    uncalculated_cells: dict[str, list[ErrorCell]] = dataclasses.field(default_factory=dict)


def _label(path: Path) -> str:
    return path.name


# The last web page, .mht or XML Spreadsheet parsed, kept for the next open of the same
# unchanged file: the import wizard previews a file, then reads it (a 100 MB page
# exported by LibreOffice takes seconds to parse; a sheet of calamine's opens at once).
# (resolved path, size, modification time) -> the parsed book; ``_open(keep=False)``
# takes it out, so it is held from the preview to the read only.
_parsed_lock = threading.Lock()
_parsed: dict[tuple[str, int, int], Any] = {}


# The kind calamine takes a file for from its name.
_NAMED_KIND = {
    ".xlsx": FileKind.XLSX,
    ".xlsm": FileKind.XLSX,
    ".xls": FileKind.XLS,
    ".ods": FileKind.ODS,
}


def _open(
    path: str | Path,
    limits: Limits,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    *,
    keep: bool = False,
) -> _Book:
    """The workbook at ``path``, checked and opened. A markup file's parse reports
    ``progress`` and stops with :class:`ReadCancelled` when ``cancelled()``; with
    ``keep`` its parse is kept for the next open of the file."""
    path = Path(path)
    label = _label(path)
    try:
        sniffed = sniff(path)
    except FileNotFoundError:
        raise refuse(Code.NOT_A_WORKBOOK, label, Message(Msg.FILE_MISSING)) from None
    except IsADirectoryError:
        raise refuse(Code.NOT_A_WORKBOOK, label, Message(Msg.FILE_IS_FOLDER)) from None
    except OSError as exc:
        raise refuse(
            Code.NOT_A_WORKBOOK, label, Message(Msg.FILE_CANNOT_OPEN, strerror=exc.strerror or exc)
        ) from None
    kind = sniffed.kind
    if not kind.readable:
        code = {
            FileKind.ENCRYPTED: Code.ENCRYPTED,
            FileKind.DAMAGED_ZIP: Code.DAMAGED_FILE,
        }.get(kind, Code.NOT_A_WORKBOOK)
        raise refuse(
            code,
            label,
            Message(
                Msg.NOT_IMPORTABLE_KIND, description=sniffed.description, advice=sniffed.advice
            ),
        )
    ods_merges: dict[str, list[Merge]] = {}
    error_cells: dict[str, list[ErrorCell]] = {}
    uncalculated_cells: dict[str, list[ErrorCell]] = {}
    if kind.markup:
        markup = _parse_markup(path, label, limits, kind, progress, cancelled, keep)
        return _Book(
            label,
            kind,
            markup,
            [sheet.name for sheet in markup.sheets],
            {sheet.name: sheet.visible for sheet in markup.sheets},
            ods_merges,
            markup.error_cells,
        )
    if kind.zipped:
        report = check_archive(path, label, limits)
        ods_merges, error_cells = report.ods_merges, report.error_cells
        uncalculated_cells = report.uncalculated_cells
    elif kind is FileKind.XLS:
        from desktop.excel.biff import xls_error_cells

        error_cells = xls_error_cells(path)
    import python_calamine as calamine

    try:
        if _NAMED_KIND.get(path.suffix.lower()) is kind:
            workbook = calamine.CalamineWorkbook.from_path(str(path))
        else:
            # calamine goes by the name: an .xlsx named .xls (renamed, or so saved by a
            # system) failed as "not an office document". Opened from its bytes, the
            # kind is taken from what the file is, as the sniff found.
            with path.open("rb") as handle:
                workbook = calamine.CalamineWorkbook.from_filelike(handle)
        metadata = workbook.sheets_metadata
    except calamine.PasswordError:
        raise refuse(
            Code.ENCRYPTED,
            label,
            Message(Msg.WORKBOOK_PASSWORD),
        ) from None
    except Exception as exc:  # calamine raises many kinds; none may escape
        raise _unreadable(label, exc) from None
    names: list[str] = []
    visible: dict[str, bool] = {}
    for meta in metadata:
        if meta.typ != calamine.SheetTypeEnum.WorkSheet:
            continue  # chart sheets, macro sheets
        names.append(meta.name)
        visible[meta.name] = meta.visible == calamine.SheetVisibleEnum.Visible
    return _Book(label, kind, workbook, names, visible, ods_merges, error_cells, uncalculated_cells)


def release_kept() -> list[Any]:
    """Let go of a web page's parse kept for a read that will not come (the import
    wizard closed after its preview): its rows, for the caller to free where it likes
    (a worker: ``ui.background.let_go_in_a_worker``)."""
    with _parsed_lock:
        books = list(_parsed.values())
        _parsed.clear()
    rows: list[Any] = []
    for book in books:
        for sheet in book.sheets:
            rows.extend(sheet.rows)
            sheet.rows = []
    return rows


def _parse_markup(
    path: Path,
    label: str,
    limits: Limits,
    kind: FileKind,
    progress: ProgressCallback | None,
    cancelled: CancelCheck | None,
    keep: bool,
) -> Any:
    """A markup workbook's parse: the one kept for this unchanged file, else read now."""
    from desktop.excel.markup import read_markup

    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    with _parsed_lock:
        book = _parsed.pop(key, None)
        _parsed.clear()  # another file's parse is not wanted any more
    if book is None:

        def step(done: int, total: int) -> None:
            if cancelled is not None and cancelled():
                raise ReadCancelled()
            if progress is not None:
                progress(done, total)

        book = read_markup(
            path,
            label,
            limits,
            xml=kind is FileKind.XML_SPREADSHEET,
            delimited=kind is FileKind.DELIMITED,
            document=kind.value if kind.document else None,
            progress=step,
        )
    if keep:
        with _parsed_lock:
            _parsed[key] = book
    return book


def _unreadable(label: str, exc: BaseException) -> WorkbookRefused:
    return refuse(
        Code.DAMAGED_FILE,
        label,
        Message(Msg.WORKBOOK_DAMAGED),
        value=f"{type(exc).__name__}: {exc}"[:120],
    )


@dataclass(slots=True)
class _Grid:
    """One sheet's rows as calamine yields them, with absolute positions."""

    name: str
    merges: list[Merge]
    height: int
    width: int
    head: list[list[Cell]]  # rows 0 .. HEADER_SEARCH_ROWS-1 (absolute), padded lists
    rest: Iterator[list[Cell]]
    col_offset: int
    read_on: bool = False  # rows of ``rest`` were consumed

    @property
    def head_merges(self) -> list[Merge]:
        return [m for m in self.merges if m[0][0] < HEADER_SEARCH_ROWS]


def _load(book: _Book, name: str) -> _Grid:
    try:
        sheet = book.workbook.get_sheet_by_name(name)
        merges = sheet.merged_cell_ranges
        start = sheet.start
        end = sheet.end
        rows = sheet.iter_rows()
        head: list[list[Cell]] = []
        for row in rows:
            head.append(row)
            if len(head) >= HEADER_SEARCH_ROWS:
                break
    except Exception as exc:
        raise _unreadable(book.file, exc) from None
    if merges is None:
        merges = book.ods_merges.get(name, [])
    if start is None or end is None:
        return _Grid(name, list(merges), 0, 0, [], iter(()), 0)
    errors = book.error_cells.get(name)
    width_rel = end[1] - start[1] + 1
    first_len = len(head[0]) if head else 0
    # python-calamine yields rows from the sheet's first row but columns from the first
    # used column; be ready for either convention.
    col_offset = start[1] if first_len == width_rel else 0
    if start[0] > 0 and head and any(v != "" for v in head[0]):
        # Rows relative to the first used row: pad the top so positions are absolute.
        head = [[""] * first_len for _ in range(start[0])] + head
        rest_rows = rows
        extra = head[HEADER_SEARCH_ROWS:]
        head = head[:HEADER_SEARCH_ROWS]
        rest: Iterator[list[Cell]] = _chain(extra, rest_rows)
    else:
        rest = rows
    if errors:
        rest = _errors_blank(head, rest, errors, col_offset)
    return _Grid(name, list(merges), end[0] + 1, end[1] + 1, head, rest, col_offset)


def _chain(first: list[list[Cell]], then: Iterator[list[Cell]]) -> Iterator[list[Cell]]:
    yield from first
    yield from then


def _errors_blank(
    head: list[list[Cell]], rest: Iterator[list[Cell]], errors: list[ErrorCell], col_offset: int
) -> Iterator[list[Cell]]:
    """Cells showing an error value read as blank, as calamine reads most of them: some
    .ods writers leave calamine the error's text, which must not become a 责任人 "#N/A".
    Only a cell holding exactly that text is blanked. ``head`` is changed in place,
    the rows after it as they are read."""
    by_row: dict[int, list[tuple[int, str]]] = {}
    for row, col, error in errors:
        by_row.setdefault(row, []).append((col - col_offset, error))

    def blank(index: int, cells: list[Cell]) -> None:
        for at, error in by_row.get(index, ()):
            if 0 <= at < len(cells) and cells[at] == error:
                cells[at] = ""

    for index, cells in enumerate(head):
        blank(index, cells)
    last = max(by_row)

    def rows() -> Iterator[list[Cell]]:
        index = len(head)
        if index <= last:
            for cells in rest:
                blank(index, cells)
                index += 1
                yield cells
                if index > last:
                    break
        yield from rest

    return rows()


# -------------------------------------------------------------- header detection
@dataclass(slots=True)
class _Header:
    row: int  # 0-based first header row
    depth: int
    data_row: int  # 0-based first data row
    headers: dict[int, str]  # absolute column -> header text
    fields: dict[int, str]  # absolute column -> field
    title: str
    year: int | None


def _text_of(value: Cell) -> str:
    if isinstance(value, str):
        return value.strip(_WHITESPACE)
    if value == "" or value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _row_texts(grid: _Grid, r: int) -> dict[int, str]:
    if r >= len(grid.head):
        return {}
    out: dict[int, str] = {}
    for i, value in enumerate(grid.head[r]):
        text = _text_of(value) if isinstance(value, str) else ""
        if text:
            out[i + grid.col_offset] = text
    return out


def _horizontal_fill(merges: list[Merge], r: int, texts: dict[int, str]) -> dict[int, str]:
    """Group headers merged across columns (责任分工 over three columns) apply to each."""
    filled = dict(texts)
    for (r0, c0), (_r1, c1) in merges:
        if r0 == r and c1 > c0 and (top := texts.get(c0)):
            for c in range(c0 + 1, c1 + 1):
                filled.setdefault(c, top)
    return filled


def _header_at(
    grid: _Grid, matcher: HeaderMatcher, merges: list[Merge], r: int
) -> tuple[dict[int, str], int, dict[int, str]] | None:
    """The fields, depth and header texts if row ``r`` starts a header."""
    upper = _row_texts(grid, r)
    if not upper:
        return None
    filled = _horizontal_fill(merges, r, upper)
    one = _map_row(filled, matcher)
    lower = _row_texts(grid, r + 1)
    if not lower or (len(upper) < 2 and not one):
        return one, 1, filled
    groups = [(c0, c1) for (r0, c0), (_r1, c1) in merges if r0 == r and c1 > c0]
    matched = [c for c, text in lower.items() if matcher.match(text)]
    placed = all(
        c not in upper
        or any(c0 <= c <= c1 for c0, c1 in groups)
        or not matcher.match(upper[c])
        or (c + 1 in lower and c + 1 not in upper)
        for c in lower
    )
    if not matched or len(matched) * 2 < len(lower) or not placed:
        return one, 1, filled
    # A group title only centred across (not merged) covers the empty cells after it.
    group_of: dict[int, str] = dict(filled)
    last = ""
    for c in range(min(upper), max([*upper, *lower]) + 1):
        if c in upper:
            last = upper[c]
        elif c in lower and c not in group_of and last:
            group_of[c] = last
    words: dict[int, str] = {}
    texts: dict[int, str] = {}
    for c in sorted(set(filled) | set(lower)):
        if c in lower:
            words[c] = lower[c]
            group = group_of.get(c, "")
            texts[c] = f"{group}/{lower[c]}" if group and group != lower[c] else lower[c]
        else:
            words[c] = texts[c] = filled[c]
    two = _map_row(words, matcher)
    if len(two) > len(one):
        return two, 2, texts
    return one, 1, filled


def _map_row(texts: Mapping[int, str], matcher: HeaderMatcher) -> dict[int, str]:
    fields: dict[int, str] = {}
    seen: set[str] = set()
    for c in sorted(texts):
        field = matcher.match(texts[c])
        if field and field not in seen:
            fields[c] = field
            seen.add(field)
    return fields


def _detect_header(
    grid: _Grid, matcher: HeaderMatcher, header_row: int | None = None
) -> _Header | None:
    """The header: the row (or pair of rows) among the first rows whose texts name
    the most known columns. ``header_row`` (0-based) forces the row.

    A second header row is read from the sheet's evidence, not from known layouts: the
    row below is a sub-header row when most of its texts are header words and each of
    them sits under a group title merged (or only centred) across columns of the upper
    row, or under an empty upper cell; the upper row's other cells are merged down
    over both rows. Each column then takes its own header word (the lower one when
    there is one), so that a group title that is itself a header word (整改情况 over
    整改进展 and 完成状态) does not hide its columns."""
    candidates = [header_row] if header_row is not None else range(len(grid.head))
    best: tuple[tuple[int, int], _Header] | None = None
    merges = grid.head_merges
    for r in candidates:
        found = _header_at(grid, matcher, merges, r)
        if found is None:
            continue
        fields, depth, texts = found
        if header_row is None and len(fields) < 2:
            continue
        # Most fields first; on a tie the single row (a 填报 line above a header is
        # not a group row).
        score = (len(fields), -depth)
        if best is None or score > best[0]:
            best = (score, _Header(r, depth, r + depth, texts, fields, "", None))
    if best is None:
        return None
    header = best[1]
    header.data_row = _skip_numbering_row(grid, header.data_row)
    header.title, header.year = _title_and_year(grid, header.row)
    return header


def _skip_numbering_row(grid: _Grid, r: int) -> int:
    """Government templates often number the columns under the header (1 2 3 …, as
    numbers, or as text in a Word table)."""
    if r >= len(grid.head):
        return r
    found = [_column_number(v) for v in grid.head[r] if v != ""]
    if len(found) >= 3 and None not in found:
        values = [v for v in found if v is not None]
        if values == [float(i) for i in range(int(values[0]), int(values[0]) + len(values))]:
            return r + 1
    return r


def _title_and_year(grid: _Grid, header_row: int) -> tuple[str, int | None]:
    title = ""
    year: int | None = None
    for r in range(min(header_row, len(grid.head))):
        for value in grid.head[r]:
            text = _text_of(value) if isinstance(value, str) else ""
            if not text:
                continue
            if not title:
                title = " ".join(text.split())
            if year is None and (m := _YEAR.search(text)):
                year = int(m[1])
    return title, year


def _sheet_info(book: _Book, grid: _Grid, matcher: HeaderMatcher) -> SheetInfo:
    header = _detect_header(grid, matcher)
    visible = book.visible.get(grid.name, True)
    if header is None:
        return SheetInfo(grid.name, visible, grid.height, grid.width)
    return _info_from_header(grid, header, visible)


def _info_from_header(grid: _Grid, header: _Header, visible: bool) -> SheetInfo:
    last = max([*header.headers, grid.width - 1], default=-1)
    guesses = tuple(
        ColumnGuess(c, column_letter(c), header.headers.get(c, ""), header.fields.get(c))
        for c in range(last + 1)
    )
    found = set(header.fields.values())
    missing = tuple(c.field for c in COLUMNS if c.required and c.field not in found)
    return SheetInfo(
        grid.name,
        visible,
        grid.height,
        grid.width,
        header.row + 1,
        header.depth,
        header.data_row + 1,
        header.title,
        guesses,
        missing,
    )


def _choose(sheets: Sequence[SheetInfo]) -> SheetInfo | None:
    """The ledger sheet: the first visible sheet with every required column, else the
    visible sheet that names the most columns."""
    visible = [s for s in sheets if s.visible]
    for info in visible:
        if info.is_ledger:
            return info
    scored = [s for s in visible if s.header_row is not None]
    return max(scored, key=lambda s: s.score) if scored else None


# ------------------------------------------------------------------- public API
def inspect_workbook(
    path: str | Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    synonyms: Mapping[str, Iterable[str]] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> WorkbookInfo:
    """The sheets of a workbook with what the reader detects in each. Raises
    :class:`WorkbookRefused` for a file that cannot be read. A web page's parse reports
    ``progress`` and stops with :class:`ReadCancelled` when ``cancelled()``, and is
    kept for the preview and the read that follow (``release_kept``)."""
    book = _open(path, limits, progress, cancelled, keep=True)
    matcher = HeaderMatcher(synonyms)
    sheets = tuple(_sheet_info(book, _load(book, name), matcher) for name in book.names)
    _close(book)
    return WorkbookInfo(book.file, book.kind, sheets)


@collector_paused()
def read_ledger(
    path: str | Path,
    sheet: str | None = None,
    header_row: int | None = None,
    mapping: Mapping[str, str | None] | None = None,
    status_words: Mapping[str, Status] | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    *,
    synonyms: Mapping[str, Iterable[str]] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ImportPlan:
    """Read a ledger workbook into a plan.

    ``sheet`` names the sheet (hidden ones too); by default the first visible sheet
    that has the required columns. ``header_row`` (1-based) forces the header row.
    ``mapping`` overrides the detected mapping per column letter (``{"C": "text",
    "H": None}``; None leaves a column out). ``status_words`` maps further words to
    states. ``progress(done, total)`` is called every thousand rows; when
    ``cancelled()`` returns true the read stops with :class:`ReadCancelled`.

    Returns a plan whose problems say what is wrong cell by cell (errors block the
    apply); raises :class:`WorkbookRefused` when the file cannot be read at all.
    """
    book = _open(path, limits, progress, cancelled)
    matcher = HeaderMatcher(synonyms)
    try:
        grid, header, survey = _pick_sheet(book, sheet, header_row, matcher)
        if header is None:
            return ImportPlan(
                file=book.file,
                problems=(
                    *survey.problems,
                    Problem(
                        Code.NO_HEADER_ROW,
                        message=Message(Msg.NO_HEADER_ROW),
                        file=book.file,
                        sheet=grid.name,
                    ),
                ),
            )
        if mapping:
            _apply_mapping(header, mapping)
        builder = _PlanBuilder(
            book.file, grid, header, status_words, progress, cancelled, matcher, survey
        )
        plan = builder.build()
        errors = _error_value_problems(book, grid, header)
        return dataclasses.replace(plan, problems=plan.problems + errors) if errors else plan
    finally:
        _close(book)


def _error_value_problems(book: _Book, grid: _Grid, header: _Header) -> tuple[Problem, ...]:
    """A warning for each cell of the ledger's columns below its header that shows an
    error value (#N/A, #REF!…) or holds a formula with no stored result: calamine reads
    both as blank."""

    def warning(row: int, col: int, code: Code, value: str, message: Message) -> Problem:
        return Problem(
            code,
            field=header.fields[col],
            severity=Severity.WARNING,
            value=value,
            message=message,
            file=book.file,
            sheet=grid.name,
            row=row + 1,
            column=header.headers.get(col, "") or column_letter(col),
            cell=f"{column_letter(col)}{row + 1}",
        )

    def wanted(row: int, col: int) -> bool:
        return row >= header.data_row and col in header.fields

    found = [
        (
            row,
            col,
            warning(row, col, Code.ERROR_VALUE, error, Message(Msg.ERROR_VALUE, error=error)),
        )
        for row, col, error in book.error_cells.get(grid.name, ())
        if wanted(row, col)
    ] + [
        (
            row,
            col,
            warning(
                row,
                col,
                Code.FORMULA_NOT_CALCULATED,
                formula,
                Message(Msg.FORMULA_NOT_CALCULATED),
            ),
        )
        for row, col, formula in book.uncalculated_cells.get(grid.name, ())
        if wanted(row, col)
    ]
    found.sort(key=lambda cell: cell[:2])
    return tuple(problem for _, _, problem in found)


def _close(book: _Book) -> None:
    with contextlib.suppress(Exception):  # already closed, or no handle kept
        book.workbook.close()


@dataclass(frozen=True, slots=True)
class _SheetSurvey:
    """Every sheet of the book, those carrying ledger headers and rows, and what the
    choice of sheet left unread (problems)."""

    names: tuple[str, ...]
    ledgers: tuple[str, ...]
    problems: tuple[Problem, ...] = ()


def _is_ledger_header(header: _Header) -> bool:
    fields = set(header.fields.values())
    return all(c.field in fields for c in COLUMNS if c.required)


def _follows_totals(grid: _Grid, header: _Header) -> bool:
    """Whether a table with a total row (合计, 小计…) stands above the header: then the
    sheet is a summary (统计, 汇总) whose list of items below it merely looks like a
    ledger, as the statistics sheet of an exported ledger does with its overdue list."""
    for row in grid.head[: header.row]:
        first = next((v for v in row if v != ""), "")
        if isinstance(first, str) and total_or_note(first) is RowKind.TOTAL:
            return True
    return False


def _has_rows(grid: _Grid, header: _Header) -> bool:
    """Whether anything is written below the header (reads on into the sheet only when
    the first rows are empty: then the grid must be loaded again to be read)."""
    for row in grid.head[header.data_row :]:
        if any(v != "" for v in row):
            return True
    if len(grid.head) < HEADER_SEARCH_ROWS:
        return False
    grid.read_on = True
    try:
        return any(any(v != "" for v in row) for row in grid.rest)
    except Exception:  # an unreadable sheet counts as one with rows; reading it says more
        return True


def _pick_sheet(
    book: _Book, sheet: str | None, header_row: int | None, matcher: HeaderMatcher
) -> tuple[_Grid, _Header | None, _SheetSurvey]:
    """The sheet to read and its header, and a survey of the book's other sheets: a
    book with several sheets of ledger rows is not read at random (which one is asked),
    and a sheet with ledger rows left unread is named."""
    forced = header_row - 1 if header_row is not None and header_row >= 1 else None
    if sheet is not None and sheet not in book.names:
        names = listed(f"“{n}”" for n in book.names) or Message(Msg.NO_SHEETS)
        raise refuse(
            Code.SHEET_NOT_FOUND,
            book.file,
            Message(Msg.NO_SUCH_SHEET, sheet=sheet, listed=names),
            value=sheet,
        )
    # (name, grid, header, has rows)
    surveyed: list[tuple[str, _Grid, _Header | None, bool]] = []
    for name in book.names:
        grid = _load(book, name)
        header = _detect_header(grid, matcher, forced if name == sheet else None)
        rows = (
            header is not None
            and _is_ledger_header(header)
            and not _follows_totals(grid, header)
            and _has_rows(grid, header)
        )
        surveyed.append((name, grid, header, rows))
    ledgers = tuple(name for name, _, _, rows in surveyed if rows)
    visible = [e for e in surveyed if book.visible.get(e[0], True)]
    chosen: tuple[str, _Grid, _Header | None, bool] | None = None
    if sheet is not None:
        chosen = next(e for e in surveyed if e[0] == sheet)
    else:
        candidates = [e for e in visible if e[2] is not None and _is_ledger_header(e[2])]
        chosen = next((e for e in candidates if e[3]), None) or next(iter(candidates), None)
        if chosen is None:
            scored = [e for e in visible if e[2] is not None]
            if scored:
                chosen = max(scored, key=lambda e: len(e[2].fields) if e[2] else 0)
    if chosen is None:
        hidden = [n for n in book.names if not book.visible.get(n, True)]
        names = listed(f"“{n}”" for n in book.names) or Message(Msg.NO_SHEETS)
        hint = Message(Msg.HIDDEN_SHEETS_HINT) if hidden else ""
        raise refuse(
            Code.NO_LEDGER_SHEET,
            book.file,
            Message(Msg.NO_LEDGER_SHEET, hint=hint, listed=names),
        )
    name, grid, header, _rows = chosen
    if forced is not None and sheet is None:
        header = _detect_header(grid, matcher, forced)
    problems: list[Problem] = []
    unread = [n for n in ledgers if n != name]
    visible_unread = [n for n in unread if book.visible.get(n, True)]
    if sheet is None and visible_unread:
        problems.append(
            Problem(
                Code.SEVERAL_LEDGER_SHEETS,
                message=Message(
                    Msg.SEVERAL_LEDGER_SHEETS,
                    count=len(ledgers),
                    listed=listed(f"“{n}”" for n in ledgers),
                ),
                value="、".join(ledgers),
                file=book.file,
                sheet=name,
            )
        )
        unread = [n for n in unread if n not in visible_unread]
    for other in unread:
        is_hidden = not book.visible.get(other, True)
        problems.append(
            Problem(
                Code.UNREAD_SHEET,
                severity=Severity.WARNING,
                message=Message(
                    Msg.UNREAD_HIDDEN_SHEET if is_hidden else Msg.UNREAD_SHEET, other=other
                ),
                value=other,
                file=book.file,
                sheet=other,
            )
        )
    if grid.read_on:
        grid = _load(book, name)
    survey = _SheetSurvey(tuple(book.names), ledgers, tuple(problems))
    return grid, header, survey


def _apply_mapping(header: _Header, mapping: Mapping[str, str | None]) -> None:
    """The caller's choices win: a column mapped to a field takes it from any other."""
    for letter, field in mapping.items():
        try:
            c = column_index(letter)
        except ValueError:
            raise ValueError(f"bad column letter {letter!r}") from None
        if field is not None and field not in BY_FIELD:
            raise ValueError(f"unknown field {field!r}")
        if field is None:
            header.fields.pop(c, None)
            continue
        for other, f in list(header.fields.items()):
            if f == field and other != c:
                del header.fields[other]
        header.fields[c] = field


# ---------------------------------------------------------------- re-import
def match_existing(plan: ImportPlan, existing: Iterable[IssueRecord]) -> ImportPlan:
    """Mark the plan's issues that are already in the target inspection: same number
    and same text (ignoring spaces and widths). Applying the plan then updates those
    issues field by field instead of adding them again."""
    by_identity: dict[tuple[str, str], IssueRecord] = {}
    for record in existing:
        by_identity.setdefault((key_text(record.number), key_text(record.text)), record)
    if not by_identity:
        return plan
    issues: list[PlannedIssue] = []
    matched = 0
    for planned in plan.issues:
        found = by_identity.get((key_text(planned.draft.number), key_text(planned.draft.text)))
        if found is not None and planned.key is None:
            planned = dataclasses.replace(planned, key=found.key)
            matched += 1
        issues.append(planned)
    if not matched:
        return plan
    note = Problem(
        Code.ALREADY_IMPORTED,
        severity=Severity.WARNING,
        value=str(matched),
        message=Message(Msg.ALREADY_IN_LEDGER, matched=matched),
        file=plan.file,
    )
    return dataclasses.replace(
        plan,
        issues=tuple(issues),
        problems=(*plan.problems, note),
        description=plan.description or f"导入（更新）{plan.file}",
    )


# ------------------------------------------------------------ rows -> plan
_ISSUE_TEXT_FIELDS = ("goal", "remarks", "lead_leader")


def _number_text(value: Cell) -> str:
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value) if math.isfinite(value) else str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


# A workbook's issues and measures are made with these (records.bulk_maker): every
# field given, in the order named.
_PLANNED_ISSUE = bulk_maker(PlannedIssue, "draft", "category_path", "measures", "source", "key")
_ISSUE_DRAFT = bulk_maker(
    IssueDraft,
    "number",
    "text",
    "category_id",
    "status",
    "long_term",
    "progress",
    "goal",
    "responsibility",
    "completion_date",
    "remarks",
)
_PLANNED_MEASURE = bulk_maker(PlannedMeasure, "draft", "source")
_MEASURE_DRAFT = bulk_maker(
    MeasureDraft,
    "text",
    "status",
    "long_term",
    "progress",
    "responsibility",
    "completion_date",
    "remarks",
)
_SOURCE = bulk_maker(Source, "file", "sheet", "row", "column", "line")

# Header cells are short ("整改时限\n（年月日）"); longer texts are data.
_HEADER_CELL_MAX = 20
_SKIPPED_MESSAGES = {
    RowKind.TOTAL: Msg.SKIPPED_TOTAL_ROW,
    RowKind.NOTE: Msg.SKIPPED_NOTE_ROW,
    RowKind.HEADER: Msg.SKIPPED_HEADER_ROW,
}


def _filled(row: list[Cell]) -> list[int]:
    """The positions of a row's non-empty cells."""
    return [i for i, v in enumerate(row) if v != ""]


def _row_text(row: list[Cell]) -> str:
    """A skipped row's cells, as one line for the report."""
    return " ".join(_text_of(v) for v in row if v != "")[:120]


@dataclass(slots=True)
class _Tally:
    """What the sheet read holds and what the plan used (see :class:`Coverage`)."""

    sheet: str
    rows: int = 0
    kinds: dict[str, int] = dataclasses.field(default_factory=dict)
    cells: int = 0
    used: int = 0
    outside: int = 0
    outside_by_slot: dict[int, int] = dataclasses.field(default_factory=dict)
    unread_columns: tuple[str, ...] = ()
    skipped: list[SkippedRow] = dataclasses.field(default_factory=list)

    def count(self, kind: RowKind) -> None:
        self.kinds[kind.value] = self.kinds.get(kind.value, 0) + 1

    def skip(self, r: int, kind: RowKind, text: str) -> None:
        """A row the plan does not use (its cells count in ``cells``, not ``used``)."""
        self.count(kind)
        self.skipped.append(SkippedRow(self.sheet, r + 1, kind.value, text))


@dataclass(slots=True)
class _IssueAcc:
    """An issue being collected row by row."""

    row: int
    number: str
    text: str
    category: tuple[str, ...]
    merged: bool
    values: dict[str, Any]  # the first row's values, by field
    measures: list[PlannedMeasure]
    statuses: list[Status]  # of the measures, in order (for the roll-up)
    long_terms: list[bool]  # likewise
    row_values: list[dict[str, Any]]


class _PlanBuilder:
    """One pass over the data rows with per-column handlers chosen up front."""

    def __init__(
        self,
        file: str,
        grid: _Grid,
        header: _Header,
        status_words: Mapping[str, Status] | None,
        progress: ProgressCallback | None,
        cancelled: CancelCheck | None,
        matcher: HeaderMatcher | None = None,
        sheets: _SheetSurvey | None = None,
    ) -> None:
        self.file = file
        self.grid = grid
        self.header = header
        self.matcher = matcher or HeaderMatcher()
        self.sheets = sheets or _SheetSurvey((grid.name,), (grid.name,))
        self.tally = _Tally(grid.name)
        self._units_noted: set[tuple[int, str]] = set()
        self.status_words = dict(status_words or {})
        self.progress = progress
        self.cancelled = cancelled
        self.problems: list[Problem] = []
        self.issues: list[PlannedIssue] = []
        self._status_cache: dict[str, StatusReading | StatusError] = {}
        self._date_cache: dict[tuple[type, Any], DateReading | DateError] = {}
        self._responsibilities: dict[tuple[Any, ...], Responsibility] = {}
        self.accepted = listed(accepted_status_words())
        self._num_col = next((c for c, f in header.fields.items() if f == "number"), 0)
        self._txt_col = next((c for c, f in header.fields.items() if f == "text"), 0)
        self._num_letter = column_letter(self._num_col)

    # -------------------------------------------------------------- problems
    def problem(
        self,
        code: Code,
        message: str,
        row: int,
        col: int | None,
        value: Any = "",
        severity: Severity = Severity.ERROR,
        field: str = "",
    ) -> None:
        column = ""
        cell = ""
        if col is not None:
            column = self.header.headers.get(col, "") or column_letter(col)
            cell = f"{column_letter(col)}{row + 1}"
        text = _number_text(value) if not isinstance(value, str) else value
        self.problems.append(
            Problem(
                code=code,
                field=field,
                severity=severity,
                value=text[:80],
                message=message,
                file=self.file,
                sheet=self.grid.name,
                row=row + 1,
                column=column,
                cell=cell,
            )
        )

    # --------------------------------------------------------------- values
    def text(self, value: Cell, row: int, col: int, field: str) -> str:
        if value.__class__ is str and value.isprintable() and len(value) <= MAX_CELL_TEXT:
            common: str = value.strip(_WHITESPACE)  # the common case, kept short
            if common[:1] == "=" and is_cell_picture(common):
                return self._picture(common, row, col, field)
            return common
        text: str
        if isinstance(value, str):
            if "\r" in value:
                value = value.replace("\r\n", "\n").replace("\r", "\n")
            text = str(value).strip(_WHITESPACE)
            if is_cell_picture(text):
                return self._picture(text, row, col, field)
        elif value == "":
            return ""
        else:
            text = _number_text(value)
        if not text.isprintable():
            if len(text) > MAX_CELL_TEXT:
                self.problem(
                    Code.TOO_LONG,
                    Message(Msg.CELL_TOO_LONG, count=len(text), MAX_CELL_TEXT=MAX_CELL_TEXT),
                    row,
                    col,
                    text[:40],
                    field=field,
                )
            if CONTROL_RE.search(text):
                self.problem(
                    Code.CONTROL_CHARACTERS,
                    Message(Msg.CONTROL_CHARACTERS_KEPT),
                    row,
                    col,
                    CONTROL_RE.sub("�", text)[:60],
                    Severity.WARNING,
                    field,
                )
        elif len(text) > MAX_CELL_TEXT:
            self.problem(
                Code.TOO_LONG,
                Message(Msg.CELL_TOO_LONG, count=len(text), MAX_CELL_TEXT=MAX_CELL_TEXT),
                row,
                col,
                text[:40],
                field=field,
            )
        return text

    def _picture(self, text: str, row: int, col: int, field: str) -> str:
        """A picture WPS embedded in the cell: no text; the clerk is told."""
        self.problem(
            Code.CELL_PICTURE, Message(Msg.CELL_PICTURE), row, col, text, Severity.WARNING, field
        )
        return ""

    def status(self, text: str, row: int, col: int) -> StatusReading | None:
        cached = self._status_cache.get(text)
        if cached is None:
            try:
                cached = normalize_status(text, self.status_words)
            except StatusError as exc:
                cached = exc
            self._status_cache[text] = cached
        if isinstance(cached, StatusError):
            self.problem(
                Code.UNKNOWN_STATUS,
                Message(Msg.UNKNOWN_STATUS, accepted=self.accepted),
                row,
                col,
                text,
                field="status",
            )
            return None
        return cached

    def date(self, value: Cell, row: int, col: int, field: str) -> DateReading | None:
        if isinstance(value, str):
            value = value.strip(_WHITESPACE)
            if not value:
                return None
        elif value == "":
            return None
        key = (value.__class__, value)
        cached = self._date_cache.get(key)
        if cached is None:
            try:
                cached = parse_date(value, default_year=self.header.year)
                if not isinstance(value, str) and cached.text:
                    # A real date or a serial: nothing was "written" beyond the date.
                    cached = DateReading(cached.date, cached.rule, "")
            except DateError as exc:
                cached = exc
            self._date_cache[key] = cached
        if isinstance(cached, DateError):
            self._date_problem(cached, value, row, col, field)
            return DateReading(None, None, _number_text(value))
        return cached

    def _date_problem(self, exc: DateError, value: Cell, row: int, col: int, field: str) -> None:
        if exc.code is DateErrorCode.IMPOSSIBLE:
            self.problem(
                Code.IMPOSSIBLE_DATE,
                Message(Msg.IMPOSSIBLE_DATE),
                row,
                col,
                value,
                field=field,
            )
        elif exc.code is DateErrorCode.BAD_SERIAL:
            self.problem(Code.BAD_SERIAL, Message(Msg.BAD_SERIAL), row, col, value, field=field)
        elif exc.code is DateErrorCode.NEEDS_YEAR:
            self.problem(
                Code.DATE_NEEDS_YEAR,
                Message(Msg.DATE_NEEDS_YEAR),
                row,
                col,
                value,
                Severity.WARNING,
                field,
            )
        else:
            self.problem(
                Code.UNREADABLE_DATE,
                Message(Msg.UNREADABLE_DATE),
                row,
                col,
                value,
                Severity.WARNING,
                field,
            )

    # ---------------------------------------------------------------- the pass
    def build(self) -> ImportPlan:
        header = self.header
        fields = header.fields
        found = set(fields.values())
        missing = [c for c in COLUMNS if c.required and c.field not in found]
        for column in missing:
            self.problems.append(
                Problem(
                    Code.MISSING_COLUMN,
                    field=column.field,
                    message=Message(
                        Msg.MISSING_COLUMN,
                        header=column.header,
                        synonyms=listed(column.synonyms),
                    ),
                    value=column.header,
                    file=self.file,
                    sheet=self.grid.name,
                    row=header.row + 1,
                )
            )
        if missing:
            return self._plan()
        self._read_rows()
        return self._plan()

    def _plan(self) -> ImportPlan:
        title = self.header.title or Path(self.file).stem
        tally = self.tally
        coverage = Coverage(
            sheets=self.sheets.names,
            ledger_sheets=self.sheets.ledgers,
            sheets_read=(self.grid.name,),
            rows=tally.rows,
            rows_by_kind=dict(tally.kinds),
            cells=tally.cells,
            cells_used=tally.used,
            cells_outside=tally.outside,
            unread_columns=tally.unread_columns,
            skipped=tuple(tally.skipped),
        )
        return ImportPlan(
            file=self.file,
            source_kind="import",
            inspection=InspectionDraft(title=title[:200]),
            issues=tuple(self.issues),
            problems=(*self.sheets.problems, *self.problems),
            description=f"导入 {self.file}（工作表“{self.grid.name}”）",
            coverage=coverage,
        )

    def _read_rows(self) -> None:
        grid = self.grid
        header = self.header
        off = grid.col_offset
        items = sorted(header.fields.items())
        cols = [c for c, _ in items]
        names = [f for _, f in items]
        slots = [c - off for c in cols]
        index = {f: i for i, f in enumerate(names)}
        num_i = index["number"]
        txt_i = index["text"]
        cat_i = index.get("category")
        mea_i = index.get("measure")
        handlers = [self._handler(f) for f in names]
        measure_level = [
            (f, handlers[i], i, cols[i])
            for i, f in enumerate(names)
            if BY_FIELD[f].level is Level.MEASURE and f != "measure"
        ]
        issue_level = [
            (f, handlers[i], i, cols[i])
            for i, f in enumerate(names)
            if BY_FIELD[f].level is Level.ISSUE and f not in ("number", "text", "category")
        ]
        # Merged cells, as a lookup: for each mapped column, the rows its value covers
        # below the top cell of a vertical merge (the top cell holds the value); and the
        # rows with a cell merged across two or more columns (section headings).
        covered: dict[int, set[int]] = {}
        across: set[int] = set()
        position = {c: i for i, c in enumerate(cols)}
        for (r0, c0), (r1, c1) in grid.merges:
            if r1 < header.data_row:
                continue
            if r1 > r0 and c0 in position:
                covered.setdefault(position[c0], set()).update(
                    range(max(r0, header.data_row - 1) + 1, r1 + 1)
                )
            if c1 > c0:
                across.add(r0)
        fill = sorted(covered.items())
        num_cov = covered.get(num_i, set())
        txt_cov = covered.get(txt_i, set())
        mea_cov = covered.get(mea_i, set()) if mea_i is not None else set()
        last: list[Cell] = [""] * len(cols)
        measure_letter = column_letter(cols[mea_i]) if mea_i is not None else ""
        mapped_slots = frozenset(slots)
        # Columns whose lone cell on a row is a measure's, not a heading.
        measure_slots = frozenset(
            slots[i] for i, f in enumerate(names) if BY_FIELD[f].level is Level.MEASURE
        )
        # A row's mapped cells in one C call when the row is wide enough (rows of one
        # sheet are as wide as its used area), one by one otherwise.
        pick = itemgetter(*slots) if len(slots) > 1 else None
        reach = max(slots) + 1 if slots and min(slots) >= 0 else None
        pick_measure = (
            itemgetter(*[i for _, _, i, _ in measure_level]) if len(measure_level) > 1 else None
        )
        by_cells: dict[Any, tuple[dict[str, Any], tuple[Status, bool, str, Responsibility]]] = {}
        tally = self.tally
        issue_rows = measure_rows = 0  # counted here: the hot path
        current: _IssueAcc | None = None
        sections: list[tuple[str, str]] = []  # (numbering style, heading), outermost first
        last_category = ""
        seen_numbers: dict[tuple[tuple[str, ...], str], int] = {}
        in_notes = False
        total = grid.height
        progress, cancelled = self.progress, self.cancelled
        r = -1
        for r, row in enumerate(self._rows()):
            if r % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ReadCancelled()
                if progress is not None:
                    progress(r, total)
            n = len(row)
            n_filled = n - row.count("")
            if not n_filled:
                continue  # an empty row (formatted or not)
            tally.rows += 1
            if r < header.data_row:
                tally.count(RowKind.TITLE if r < header.row else RowKind.HEADER)
                continue
            if pick is not None and reach is not None and n >= reach:
                vals = list(pick(row))
            else:
                vals = [row[s] if 0 <= s < n else "" for s in slots]
            mapped_cells = len(vals) - vals.count("")
            tally.cells += mapped_cells
            tally.outside += n_filled - mapped_cells
            f0 = 0
            while row[f0] == "":
                f0 += 1
            # Totals, notes and signatures never become issues (a row starting with a
            # number, as most issue rows do, is none of them).
            kind = None
            if row[f0].__class__ is str and not (
                # In a measure's column only a lone date line is a note: a row starting
                # there with more cells is none (most measure rows; decided without
                # reading the text).
                n_filled > 1 and f0 in measure_slots and r not in across
            ):
                first = _text_of(row[f0])
                kind = total_or_note(first)
                in_measure = f0 in measure_slots and r not in across
                if kind and in_measure and (n_filled > 1 or not is_date_line(first)):
                    kind = None  # in a measure's column only a lone date line is a note
                if kind is None and in_notes and n_filled == 1:
                    kind = RowKind.NOTE  # the lines of a 填表说明 block
            if (
                kind is None
                and n_filled > 1
                # A long text first is data: decided here, without the call.
                and not (row[f0].__class__ is str and len(row[f0]) > _HEADER_CELL_MAX)
                and self._repeats_header(row, f0)
            ):
                kind = RowKind.HEADER
            if kind is not None:
                in_notes = kind is RowKind.NOTE
                text = _row_text(row)
                tally.skip(r, kind, text)
                self.problem(
                    Code.SKIPPED_ROW,
                    Message(_SKIPPED_MESSAGES[kind]),
                    r,
                    f0 + grid.col_offset,
                    text,
                    Severity.WARNING,
                )
                continue
            in_notes = False
            if n_filled <= 2:
                heading = self._section(row, _filled(row), r in across, measure_slots)
                if heading is not None:
                    self._finish(current)
                    current = None
                    style = heading_style(heading)
                    depth = next((k for k, (st, _) in enumerate(sections) if st == style), None)
                    if depth is not None:
                        del sections[depth:]
                    sections.append((style, heading))
                    tally.count(RowKind.SECTION)
                    tally.used += mapped_cells
                    continue
            for i, rows_covered in fill:
                if r in rows_covered:
                    vals[i] = last[i]
                else:
                    last[i] = vals[i]
            if not mapped_cells:
                # Content only in columns that are not imported: listed, never silent.
                tally.skip(r, RowKind.OUTSIDE, _row_text(row))
                self.problem(
                    Code.SKIPPED_ROW,
                    Message(Msg.ROW_IN_UNREAD_COLUMNS),
                    r,
                    f0 + off,
                    _text_of(row[f0]),
                    Severity.WARNING,
                )
                continue
            tally.used += mapped_cells
            if n_filled > mapped_cells:
                for i in _filled(row):
                    if i not in mapped_slots:
                        tally.outside_by_slot[i] = tally.outside_by_slot.get(i, 0) + 1
            continuing = r in num_cov or r in txt_cov
            number = _text_of(vals[num_i])
            text_raw = vals[txt_i]
            if not continuing:
                text_now = _text_of(text_raw)
                # Blank issue cells mean "as above"; so do unmerged repeats of the
                # current issue's number and text.
                continuing = (not number and not text_now) or (
                    current is not None
                    and not current.merged
                    and number.translate(_FULL_WIDTH_DIGITS) in ("", current.number)
                    and text_now in ("", current.text)
                )
            if continuing:
                measure_rows += 1
                if current is None:
                    if (mea_i is not None and _text_of(vals[mea_i])) or any(
                        vals[i] != "" for _, _, i, _ in measure_level
                    ):
                        self.problem(
                            Code.MEASURE_WITHOUT_ISSUE,
                            Message(Msg.MEASURE_WITHOUT_ISSUE),
                            r,
                            cols[mea_i] if mea_i is not None else cols[txt_i],
                            _text_of(vals[mea_i]) if mea_i is not None else "",
                        )
                    continue
            else:
                issue_rows += 1
                self._finish(current)
                text = self.text(text_raw, r, cols[txt_i], "text")
                if not number:
                    number = str(len(self.issues) + 1)
                    self.problem(
                        Code.REQUIRED,
                        Message(Msg.NUMBER_ASSIGNED, number=number),
                        r,
                        cols[num_i],
                        severity=Severity.WARNING,
                        field="number",
                    )
                else:
                    number = self.text(vals[num_i], r, cols[num_i], "number").translate(
                        _FULL_WIDTH_DIGITS
                    )
                if not text:
                    self.problem(
                        Code.REQUIRED,
                        Message(Msg.DESCRIPTION_EMPTY),
                        r,
                        cols[txt_i],
                        number,
                        field="text",
                    )
                path = tuple(h for _, h in sections)
                category: tuple[str, ...] = path
                if cat_i is not None:
                    cat = self.text(vals[cat_i], r, cols[cat_i], "category")
                    if not cat:
                        cat = last_category
                    last_category = cat
                    if cat and (not path or key_text(cat) != key_text(path[-1])):
                        category = (*path, cat)
                identity = (
                    category,
                    number if number.isascii() and number.isdecimal() else key_text(number),
                )
                if identity in seen_numbers:
                    # Numbering that restarts, or a slip: shown, never refused.
                    self.problem(
                        Code.DUPLICATE_NUMBER,
                        Message(Msg.DUPLICATE_NUMBER, seen_numbers=seen_numbers[identity]),
                        r,
                        cols[num_i],
                        number,
                        Severity.WARNING,
                        field="number",
                    )
                else:
                    seen_numbers[identity] = r + 1
                values = {f: h(vals[i], r, c) for f, h, i, c in issue_level}
                merged = (r + 1) in num_cov or (r + 1) in txt_cov
                current = _IssueAcc(r, number, text, category, merged, values, [], [], [], [])
            # Measure-level values of this row: read once for each set of cells that
            # read without a problem (many rows repeat a unit, deadline and status).
            cells = pick_measure(vals) if pick_measure is not None else None
            seen = by_cells.get(cells) if cells is not None else None
            if seen is None:
                before = len(self.problems)
                row_values = {f: h(vals[i], r, c) for f, h, i, c in measure_level}
                seen = (row_values, self._measure_fields(row_values))
                if cells is not None and len(self.problems) == before:
                    by_cells[cells] = seen
            row_values = seen[0]
            current.row_values.append(row_values)
            if mea_i is not None and r not in mea_cov:
                measure_text = vals[mea_i]
                if not (
                    measure_text.__class__ is str
                    and measure_text.isprintable()
                    and len(measure_text) <= MAX_CELL_TEXT
                ):
                    measure_text = self.text(measure_text, r, cols[mea_i], "text")
                else:
                    measure_text = measure_text.strip(_WHITESPACE)  # self.text's common case
                if measure_text:
                    # PlannedMeasure(MeasureDraft(text, *fields), Source(file, sheet,
                    # row, letter)) without the frozen records' __init__ (bulk_maker).
                    fields = seen[1]
                    current.measures.append(
                        _PLANNED_MEASURE(
                            _MEASURE_DRAFT(measure_text, *fields, None, ""),
                            _SOURCE(self.file, grid.name, r + 1, measure_letter, None),
                        )
                    )
                    current.statuses.append(fields[0])
                    current.long_terms.append(fields[1])
        self._finish(current)
        for kind, count in ((RowKind.ISSUE, issue_rows), (RowKind.MEASURE, measure_rows)):
            if count:
                tally.kinds[kind.value] = count
        self._report_unread_columns()
        if progress is not None:
            progress(total, total)

    def _repeats_header(self, row: list[Cell], f0: int) -> bool:
        """A header repeated below (pages pasted together) or a column-number row
        (``f0``: the row's first non-empty cell)."""
        first = row[f0]
        if first.__class__ in (int, float) or (first.__class__ is str and _digits(first)):
            # Numbers, or digits as text (a Word table, a page holds no numbers).
            second = next((v for v in row[f0 + 1 :] if v != ""), "")
            if _column_number(second) is None:
                return False  # an issue row: a number, then text
            filled = _filled(row)
            if len(filled) < 3:
                return False
            numbers = [_column_number(row[i]) for i in filled]
            if None in numbers:
                return False
            return numbers[0] in (0.0, 1.0) and numbers == [
                numbers[0] + k for k in range(len(numbers))
            ]
        off = self.grid.col_offset
        fields = self.header.fields
        if (
            not isinstance(first, str)
            or len(first) > _HEADER_CELL_MAX
            or fields.get(f0 + off) != self.matcher.match(first)
        ):
            return False  # the common case, decided without reading the whole row
        filled = _filled(row)
        same = 0
        for i in filled:
            value = row[i]
            if not isinstance(value, str) or len(value) > _HEADER_CELL_MAX:
                return False
            field = fields.get(i + off)
            if field is not None and self.matcher.match(value) == field:
                same += 1
        return same >= 2 and same * 2 >= len(filled)

    def _section(
        self,
        row: list[Cell],
        filled: list[int],
        wide: bool,
        measure_slots: frozenset[int],
    ) -> str | None:
        """The heading a row holds when it is a section row: one text alone on its row,
        merged across the table, or with an outline marker (一、 （一） 第一部分) or an
        ending such as 方面 (centred across by hand, in any column), or a longer text
        alone in the number column; or a Chinese section label in the number column
        beside a short heading and nothing else. A lone text without such evidence in
        a column that is not imported is that column's, and reported as skipped."""
        off = self.grid.col_offset
        if len(filled) == 1:
            i = filled[0]
            value = row[i]
            if not isinstance(value, str):
                return None
            text = _text_of(value)
            if not text or text.replace(".", "").isdigit():
                return None
            if wide and (i not in measure_slots or looks_like_section(text)):
                return text
            if i in measure_slots:
                return None  # a further measure (or progress) of the issue above
            if looks_like_section(text):
                return text
            if i + off == self._num_col and len(text) > 3:
                return text
            return None
        num_slot = self._num_col - off
        txt_slot = self._txt_col - off
        if len(filled) == 2 and filled == sorted({num_slot, txt_slot}):
            label = _text_of(row[num_slot])
            title = _text_of(row[txt_slot])
            if (
                isinstance(row[num_slot], str)
                and is_chinese_label(label)
                and (looks_like_section(title) or len(key_text(title)) <= 16)
            ):
                joiner = "" if label.endswith(("、", "）", ")", ".", "．")) else "、"
                return f"{label}{joiner}{title}"
        return None

    def _report_unread_columns(self) -> None:
        """A warning per column holding data that maps to no field."""
        tally = self.tally
        off = self.grid.col_offset
        named: list[str] = []
        for slot, count in sorted(tally.outside_by_slot.items()):
            if count <= 0:
                continue
            col = slot + off
            header = self.header.headers.get(col, "")
            letter = column_letter(col)
            named.append(f"{letter} {header}".strip())
            self.problems.append(
                Problem(
                    Code.UNREAD_COLUMN,
                    severity=Severity.WARNING,
                    value=header or letter,
                    message=Message(
                        Msg.UNREAD_COLUMN,
                        letter=letter,
                        value=f"“{header}”" if header else "",
                        count=count,
                    ),
                    file=self.file,
                    sheet=self.grid.name,
                    row=self.header.row + 1,
                    column=header or letter,
                )
            )
        tally.unread_columns = tuple(named)

    def _rows(self) -> Iterator[list[Cell]]:
        yield from self.grid.head
        try:
            yield from self.grid.rest
        except Exception as exc:
            raise _unreadable(self.file, exc) from None

    @staticmethod
    def _first_text(vals: list[Cell]) -> str:
        return next((_text_of(v) for v in vals if v != ""), "")

    def _handler(self, field: str) -> Callable[[Cell, int, int], Any]:
        """How cells of a field's column are read, chosen once per column. Each
        handler decides the common case (a short printable text, a value read before
        without a problem) itself and leaves everything else to the general methods,
        which report problems cell by cell."""
        kind = BY_FIELD[field].kind
        text = self.text
        if kind is Kind.DATE or kind is Kind.DEADLINE:
            date_of = self.date
            readings = self._date_cache

            def read_date(v: Cell, r: int, c: int) -> Any:
                if v == "":
                    return None
                found = readings.get((v.__class__, v))
                if found is not None and found.__class__ is DateReading:
                    return found
                return date_of(v, r, c, field)

            return read_date
        if kind is Kind.STATUS:
            status = self.status
            known: dict[str, tuple[str, StatusReading | None]] = {}

            def read_status(v: Cell, r: int, c: int) -> Any:
                found = known.get(v) if v.__class__ is str else None
                if found is not None:
                    return found
                t = text(v, r, c, field)
                before = len(self.problems)
                found = (t, status(t, r, c) if t else None)
                if (
                    v.__class__ is str
                    and len(self.problems) == before
                    and t == v.strip(_WHITESPACE)
                ):
                    known[v] = found  # read without a problem: the same next time
                return found

            return read_status
        if kind is Kind.UNITS:
            split: dict[str, tuple[str, ...]] = {}

            def read_units(v: Cell, r: int, c: int) -> Any:
                t = text(v, r, c, field)
                found = split.get(t)
                if found is None:
                    found = split[t] = split_unit_list(t)
                return found

            return read_units
        if field == "lead_unit":
            return self._lead_unit_handler()

        def read_text(v: Cell, r: int, c: int) -> str:
            if v.__class__ is str and v.isprintable() and len(v) <= MAX_CELL_TEXT:
                common: str = v.strip(_WHITESPACE)
                if common[:1] != "=":  # =DISPIMG(…): a picture, see text()
                    return common
            return text(v, r, c, field)

        return read_text

    def _lead_unit_handler(self) -> Callable[[Cell, int, int], Any]:
        """A lead-unit cell naming several units (人事科、办公室, 牵头：A；配合：B): the
        first leads, the others cooperate, with a note where it was read so."""
        readings: dict[str, UnitReading] = {}
        text = self.text

        def read_lead(v: Cell, r: int, c: int) -> Any:
            if v.__class__ is str and v.isprintable() and len(v) <= MAX_CELL_TEXT:
                t = v.strip(_WHITESPACE)  # the common case of self.text
                reading = readings.get(t)
                if reading is not None and not reading.several:
                    return reading
            else:
                t = text(v, r, c, "lead_unit")
            reading = readings.get(t)
            if reading is None:
                reading = readings[t] = read_units(t) if t else UnitReading("")
            if reading.several and (c, t) not in self._units_noted:
                self._units_noted.add((c, t))
                self.problem(
                    Code.SEVERAL_UNITS,
                    Message(
                        Msg.SEVERAL_UNITS,
                        lead=reading.lead,
                        cooperating=listed(reading.cooperating),
                    ),
                    r,
                    c,
                    t,
                    Severity.WARNING,
                    "lead_unit",
                )
            return reading

        return read_lead

    def _status_of(self, values: Mapping[str, Any]) -> StatusReading | None:
        status = values.get("status")
        if status is not None and status[1] is not None:
            reading: StatusReading = status[1]
            return reading
        progress = values.get("progress") or ""
        if progress and (status is None or not status[0]):
            try:
                return normalize_status(progress, self.status_words)
            except StatusError:
                return None
        return None

    def _responsibility(self, values: Mapping[str, Any], leader: str = "") -> Responsibility:
        deadline: DateReading | None = values.get("deadline")
        units: UnitReading | None = values.get("lead_unit")
        cooperating: tuple[str, ...] = values.get("cooperating_units", ()) or ()
        if units is not None and units.several:
            cooperating = tuple(dict.fromkeys((*units.cooperating, *cooperating)))
        key = (
            leader,
            units.lead if units is not None else "",
            cooperating,
            values.get("responsible_person", "") or "",
            deadline.date if deadline is not None else None,
            deadline.rule if deadline is not None else None,
            deadline.text if deadline is not None else "",
        )
        # The measures of an issue (and many issues) share one unit, person and
        # deadline: one frozen record serves them all.
        found = self._responsibilities.get(key)
        if found is None:
            found = self._responsibilities[key] = Responsibility(*key)
        return found

    def _measure_fields(
        self, values: Mapping[str, Any]
    ) -> tuple[Status, bool, str, Responsibility]:
        """A measure's fields after its text (status, long-term, progress and
        responsibility, in :class:`MeasureDraft`'s order) from its row's values."""
        reading = self._status_of(values)
        return (
            reading.status if reading else Status.NOT_STARTED,
            reading.long_term if reading else False,
            values.get("progress", "") or "",
            self._responsibility(values),
        )

    def _finish(self, acc: _IssueAcc | None) -> None:
        if acc is None:
            return
        values = acc.values
        rows = acc.row_values
        if acc.measures:
            # The one roll-up rule (domain.rollup), as every other path applies it.
            status = rolled_up_status(Status.NOT_STARTED, acc.statuses)
            long_term = rolled_up_long_term(False, acc.long_terms)
            common = _common(rows)
            reading = self._status_of(common) if "status" in common else None
            if reading is not None:
                status, long_term = reading.status, reading.long_term
        else:
            common = rows[0] if rows else {}
            reading = self._status_of(common)
            status = reading.status if reading else Status.NOT_STARTED
            long_term = reading.long_term if reading else False
        completion: DateReading | None = values.get("completion_date")
        draft = _ISSUE_DRAFT(
            acc.number,
            acc.text,
            None,  # category_id: the plan names the category by its path
            status,
            long_term,
            common.get("progress", "") or "",
            values.get("goal", "") or "",
            self._responsibility(common, values.get("lead_leader", "") or ""),
            completion.date if completion is not None else None,
            values.get("remarks", "") or "",
        )
        self.issues.append(
            _PLANNED_ISSUE(
                draft,
                acc.category,
                tuple(acc.measures),
                _SOURCE(self.file, self.grid.name, acc.row + 1, self._num_letter, None),
                None,  # key: a new issue (match_existing names existing ones)
            )
        )


def _common(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The measure-level values every row of an issue shares (a merged cell, or the
    same value repeated): those belong to the issue too."""
    if not rows:
        return {}
    compared = rows[0]
    common = dict(compared)
    for other in rows[1:]:
        if other is compared:
            continue  # the same cells as the row before (rows that read alike share one)
        compared = other
        # The same reading is mostly the very same object (readings are cached).
        differ = [k for k, v in common.items() if (w := other.get(k)) is not v and w != v]
        for key in differ:
            del common[key]
    return common


def status_choices() -> dict[Status, str]:
    """The states a wizard offers for an unknown status word, with their names."""
    return dict(STATUS_LABELS)


__all__ = [
    "FIELD_LABELS",
    "ColumnGuess",
    "HeaderMatcher",
    "ReadCancelled",
    "SheetInfo",
    "WorkbookInfo",
    "WorkbookRefused",
    "column_index",
    "column_letter",
    "inspect_workbook",
    "match_existing",
    "read_ledger",
    "release_kept",
    "status_choices",
]
