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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.domain.dates import DateError, DateErrorCode, DateReading, parse_date
from desktop.domain.plan import ImportPlan, PlannedIssue, PlannedMeasure, Source
from desktop.domain.problems import MAX_CELL_TEXT, Code, Problem, Severity
from desktop.domain.records import (
    InspectionDraft,
    IssueDraft,
    IssueRecord,
    MeasureDraft,
    Responsibility,
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
from desktop.domain.text import key_text
from desktop.excel.columns import BY_FIELD, COLUMNS, Kind, Level
from desktop.excel.errors import ReadCancelled, WorkbookRefused, refuse
from desktop.excel.guard import DEFAULT_LIMITS, Limits, Merge, check_archive
from desktop.excel.sniff import FileKind, sniff

Cell = Any  # str | float | int | bool | date | datetime | time | timedelta, "" when empty
ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

# How many rows from the top are searched for the header.
HEADER_SEARCH_ROWS = 30
# Calls of progress() / cancelled() happen every this many rows.
PROGRESS_EVERY = 1000
# Rows whose first cell starts like this end the table (signatures and notes).
_FOOTER_WORDS = (
    "填报人",
    "填表人",
    "制表人",
    "审核人",
    "审核",
    "负责人",
    "联系人",
    "联系电话",
    "填报说明",
    "填表说明",
    "说明：",
    "说明:",
    "注：",
    "注:",
    "备注：",
    "合计",
    "总计",
)
_UNIT_SPLIT = re.compile(r"[、，,；;/／\s]+")
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

    def match(self, text: str) -> str | None:
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


def _label(path: Path) -> str:
    return path.name


def _open(path: str | Path, limits: Limits) -> _Book:
    path = Path(path)
    label = _label(path)
    try:
        sniffed = sniff(path)
    except FileNotFoundError:
        raise refuse(Code.NOT_A_WORKBOOK, label, "找不到这个文件。") from None
    except IsADirectoryError:
        raise refuse(Code.NOT_A_WORKBOOK, label, "这是一个文件夹，不是 Excel 文件。") from None
    except OSError as exc:
        raise refuse(Code.NOT_A_WORKBOOK, label, f"无法打开文件：{exc.strerror or exc}。") from None
    kind = sniffed.kind
    if not kind.readable:
        code = {
            FileKind.ENCRYPTED: Code.ENCRYPTED,
            FileKind.DAMAGED_ZIP: Code.DAMAGED_FILE,
        }.get(kind, Code.NOT_A_WORKBOOK)
        raise refuse(code, label, f"这是{sniffed.description}，无法作为台账导入。{sniffed.advice}")
    ods_merges: dict[str, list[Merge]] = {}
    if kind.zipped:
        ods_merges = check_archive(path, label, limits).ods_merges
    import python_calamine as calamine

    try:
        workbook = calamine.CalamineWorkbook.from_path(str(path))
        metadata = workbook.sheets_metadata
    except calamine.PasswordError:
        raise refuse(
            Code.ENCRYPTED,
            label,
            "这个工作簿设置了密码，无法读取。请在 Excel 或 WPS 中取消密码后保存，再导入。",
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
    return _Book(label, kind, workbook, names, visible, ods_merges)


def _unreadable(label: str, exc: BaseException) -> WorkbookRefused:
    return refuse(
        Code.DAMAGED_FILE,
        label,
        "文件内容已损坏，无法读取。如果能用 Excel 或 WPS 打开，请另存为 .xlsx 后再导入。",
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
    return _Grid(name, list(merges), end[0] + 1, end[1] + 1, head, rest, col_offset)


def _chain(first: list[list[Cell]], then: Iterator[list[Cell]]) -> Iterator[list[Cell]]:
    yield from first
    yield from then


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
    the most known columns. ``header_row`` (0-based) forces the row."""
    candidates = [header_row] if header_row is not None else range(len(grid.head))
    best: tuple[int, _Header] | None = None
    merges = grid.head_merges
    for r in candidates:
        upper = _horizontal_fill(merges, r, _row_texts(grid, r))
        one = _map_row(upper, matcher)
        lower = _row_texts(grid, r + 1)
        combined_texts = dict(upper)
        headers = dict(upper)
        for c, text in lower.items():
            if matcher.match(text):
                combined_texts[c] = text
                headers[c] = f"{upper[c]}/{text}" if c in upper and upper[c] != text else text
        two = _map_row(combined_texts, matcher)
        lower_fields = {c for c in lower if matcher.match(lower[c])}
        # Two rows only when the upper row is a header row itself (序号 merged down,
        # 责任分工 over its sub-headers), not a title or a 填报单位 line above the
        # header, and the lower row names columns the upper one left open (a second
        # full header row below the first is data or a leftover, not sub-headers).
        if len(two) > len(one) and lower_fields and one and not lower_fields & set(one):
            fields, depth, texts = two, 2, headers
        else:
            fields, depth, texts = one, 1, upper
        if header_row is None and len(fields) < 2:
            continue
        if best is None or len(fields) > best[0]:
            best = (len(fields), _Header(r, depth, r + depth, texts, fields, "", None))
    if best is None:
        return None
    header = best[1]
    header.data_row = _skip_numbering_row(grid, header.data_row)
    header.title, header.year = _title_and_year(grid, header.row)
    return header


def _skip_numbering_row(grid: _Grid, r: int) -> int:
    """Government templates often number the columns under the header (1 2 3 …)."""
    if r >= len(grid.head):
        return r
    numbers = [v for v in grid.head[r] if v != ""]
    if len(numbers) >= 3 and all(isinstance(v, int | float) for v in numbers):
        values = [float(v) for v in numbers]
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
    synonyms: Mapping[str, Iterable[str]] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> WorkbookInfo:
    """The sheets of a workbook with what the reader detects in each. Raises
    :class:`WorkbookRefused` for a file that cannot be read."""
    book = _open(path, limits)
    matcher = HeaderMatcher(synonyms)
    sheets = tuple(_sheet_info(book, _load(book, name), matcher) for name in book.names)
    _close(book)
    return WorkbookInfo(book.file, book.kind, sheets)


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
    book = _open(path, limits)
    matcher = HeaderMatcher(synonyms)
    try:
        grid, header = _pick_sheet(book, sheet, header_row, matcher)
        if header is None:
            return ImportPlan(
                file=book.file,
                problems=(
                    Problem(
                        Code.NO_HEADER_ROW,
                        message="在工作表的前 30 行中找不到表头（如“序号”“问题描述”“整改措施”）。"
                        "请在导入向导中指定表头所在的行和各列的含义。",
                        file=book.file,
                        sheet=grid.name,
                    ),
                ),
            )
        if mapping:
            _apply_mapping(header, mapping)
        builder = _PlanBuilder(book.file, grid, header, status_words, progress, cancelled)
        return builder.build()
    finally:
        _close(book)


def _close(book: _Book) -> None:
    with contextlib.suppress(Exception):  # already closed, or no handle kept
        book.workbook.close()


def _pick_sheet(
    book: _Book, sheet: str | None, header_row: int | None, matcher: HeaderMatcher
) -> tuple[_Grid, _Header | None]:
    forced = header_row - 1 if header_row is not None and header_row >= 1 else None
    if sheet is not None:
        if sheet not in book.names:
            listed = "、".join(f"“{n}”" for n in book.names) or "（无）"
            raise refuse(
                Code.SHEET_NOT_FOUND,
                book.file,
                f"工作簿中没有名为“{sheet}”的工作表。现有工作表：{listed}。",
                value=sheet,
            )
        grid = _load(book, sheet)
        return grid, _detect_header(grid, matcher, forced)
    best: tuple[_Grid, _Header, int] | None = None
    for name in book.names:
        if not book.visible.get(name, True):
            continue
        grid = _load(book, name)
        header = _detect_header(grid, matcher, forced)
        if header is None:
            continue
        fields = set(header.fields.values())
        if all(c.field in fields for c in COLUMNS if c.required):
            return grid, header
        if best is None or len(fields) > best[2]:
            best = (grid, header, len(fields))
    if best is not None:
        # Reload: the rows of the best candidate were consumed when others were tried.
        grid = _load(book, best[0].name)
        return grid, _detect_header(grid, matcher, forced)
    hidden = [n for n in book.names if not book.visible.get(n, True)]
    listed = "、".join(f"“{n}”" for n in book.names) or "（无）"
    hint = "（隐藏的工作表不会自动读取，如台账在隐藏表中，请指定工作表）" if hidden else ""
    raise refuse(
        Code.NO_LEDGER_SHEET,
        book.file,
        f"没有找到台账工作表：各工作表的前 30 行中都没有“序号”“问题描述”等表头{hint}。"
        f"现有工作表：{listed}。请在导入向导中选择工作表并指定表头，或用 --sheet 指定。",
    )


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
        message=f"文件中有 {matched} 个问题已在目标巡察的台账中（序号和问题描述相同），"
        "将按文件内容逐项更新这些问题，而不是重复添加。",
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
    statuses: list[StatusReading]
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
    ) -> None:
        self.file = file
        self.grid = grid
        self.header = header
        self.status_words = dict(status_words or {})
        self.progress = progress
        self.cancelled = cancelled
        self.problems: list[Problem] = []
        self.issues: list[PlannedIssue] = []
        self._status_cache: dict[str, StatusReading | StatusError] = {}
        self._date_cache: dict[tuple[type, Any], DateReading | DateError] = {}
        self.accepted = "、".join(accepted_status_words())
        self._num_col = next((c for c, f in header.fields.items() if f == "number"), 0)

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
            return common
        text: str
        if isinstance(value, str):
            if "\r" in value:
                value = value.replace("\r\n", "\n").replace("\r", "\n")
            text = str(value).strip(_WHITESPACE)
        elif value == "":
            return ""
        else:
            text = _number_text(value)
        if not text.isprintable():
            if len(text) > MAX_CELL_TEXT:
                self.problem(
                    Code.TOO_LONG,
                    f"内容有 {len(text)} 个字符，超过 Excel 单元格上限 {MAX_CELL_TEXT}，"
                    "请拆分后再导入",
                    row,
                    col,
                    text[:40],
                    field=field,
                )
            if CONTROL_RE.search(text):
                self.problem(
                    Code.CONTROL_CHARACTERS,
                    "含有不可见的控制字符（已原样保留）",
                    row,
                    col,
                    CONTROL_RE.sub("�", text)[:60],
                    Severity.WARNING,
                    field,
                )
        elif len(text) > MAX_CELL_TEXT:
            self.problem(
                Code.TOO_LONG,
                f"内容有 {len(text)} 个字符，超过 Excel 单元格上限 {MAX_CELL_TEXT}，请拆分后再导入",
                row,
                col,
                text[:40],
                field=field,
            )
        return text

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
                f"无法识别的整改状态。可用的写法：{self.accepted}；"
                "也可在导入向导中指定这个词对应的状态",
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
                "日期不存在（如 2 月 30 日、13 月）",
                row,
                col,
                value,
                field=field,
            )
        elif exc.code is DateErrorCode.BAD_SERIAL:
            self.problem(Code.BAD_SERIAL, "不是有效的 Excel 日期", row, col, value, field=field)
        elif exc.code is DateErrorCode.NEEDS_YEAR:
            self.problem(
                Code.DATE_NEEDS_YEAR,
                "日期没有年份，无法确定是哪一年；已按原文保留",
                row,
                col,
                value,
                Severity.WARNING,
                field,
            )
        else:
            self.problem(
                Code.UNREADABLE_DATE,
                "无法识别为日期；已按原文保留"
                "（可写作 2023年1月11日、2023-1-11、立行立改、长期坚持）",
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
                    message=f"找不到“{column.header}”列（表头可写作："
                    f"{'、'.join(column.synonyms)}），请在导入向导中指定",
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
        return ImportPlan(
            file=self.file,
            source_kind="import",
            inspection=InspectionDraft(title=title[:200]),
            issues=tuple(self.issues),
            problems=tuple(self.problems),
            description=f"导入 {self.file}（工作表“{self.grid.name}”）",
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
        # below the top cell of a vertical merge (the top cell holds the value).
        covered: dict[int, set[int]] = {}
        wide_rows: set[int] = set()
        position = {c: i for i, c in enumerate(cols)}
        span = max(3, min(len(cols), 4))
        for (r0, c0), (r1, c1) in grid.merges:
            if r1 < header.data_row:
                continue
            if r1 > r0 and c0 in position:
                covered.setdefault(position[c0], set()).update(
                    range(max(r0, header.data_row - 1) + 1, r1 + 1)
                )
            if r0 == r1 and sum(1 for c in cols if c0 <= c <= c1) >= span:
                wide_rows.add(r0)
        fill = sorted(covered.items())
        num_cov = covered.get(num_i, set())
        txt_cov = covered.get(txt_i, set())
        mea_cov = covered.get(mea_i, set()) if mea_i is not None else set()
        last: list[Cell] = [""] * len(cols)
        measure_letter = column_letter(cols[mea_i]) if mea_i is not None else ""

        current: _IssueAcc | None = None
        heading: tuple[str, ...] = ()
        last_category = ""
        seen_numbers: dict[tuple[tuple[str, ...], str], int] = {}
        total = grid.height
        progress, cancelled = self.progress, self.cancelled
        r = -1
        for r, row in enumerate(self._rows()):
            if r % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ReadCancelled()
                if progress is not None:
                    progress(r, total)
            if r < header.data_row:
                continue
            n = len(row)
            vals = [row[s] if 0 <= s < n else "" for s in slots]
            for i, rows_covered in fill:
                if r in rows_covered:
                    vals[i] = last[i]
                else:
                    last[i] = vals[i]
            if not any(vals):
                continue  # an empty row (or one holding nothing but zeros)
            continuing = r in num_cov or r in txt_cov
            number = _text_of(vals[num_i])
            text_raw = vals[txt_i]
            if not continuing:
                if r in wide_rows and self._only(vals, {num_i, txt_i, cat_i}):
                    # A heading row merged across the table: a category of what follows.
                    heading = (self._first_text(vals),)
                    self._finish(current)
                    current = None
                    continue
                if number and not _text_of(text_raw) and number.startswith(_FOOTER_WORDS):
                    break
                text_now = _text_of(text_raw)
                # Blank issue cells mean "as above"; so do unmerged repeats of the
                # current issue's number and text.
                continuing = (not number and not text_now) or (
                    current is not None
                    and not current.merged
                    and number in ("", current.number)
                    and text_now in ("", current.text)
                )
            if continuing:
                if current is None:
                    if (mea_i is not None and _text_of(vals[mea_i])) or any(
                        vals[i] != "" for _, _, i, _ in measure_level
                    ):
                        self.problem(
                            Code.MEASURE_WITHOUT_ISSUE,
                            "这一行有整改内容，但上方没有它所属的问题（序号和问题描述都为空）",
                            r,
                            cols[mea_i] if mea_i is not None else cols[txt_i],
                            _text_of(vals[mea_i]) if mea_i is not None else "",
                        )
                    continue
            else:
                self._finish(current)
                text = self.text(text_raw, r, cols[txt_i], "text")
                if not number:
                    number = str(len(self.issues) + 1)
                    self.problem(
                        Code.REQUIRED,
                        f"序号为空，已按顺序编为 {number}",
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
                        Code.REQUIRED, "问题描述为空", r, cols[txt_i], number, field="text"
                    )
                category: tuple[str, ...] = heading
                if cat_i is not None:
                    cat = self.text(vals[cat_i], r, cols[cat_i], "category")
                    if not cat:
                        cat = last_category
                    last_category = cat
                    if cat:
                        category = (*heading, cat)
                identity = (category, key_text(number))
                if identity in seen_numbers:
                    self.problem(
                        Code.DUPLICATE_NUMBER,
                        f"问题序号与第 {seen_numbers[identity]} 行的问题重复",
                        r,
                        cols[num_i],
                        number,
                        field="number",
                    )
                else:
                    seen_numbers[identity] = r + 1
                values = {f: h(vals[i], r, c) for f, h, i, c in issue_level}
                merged = (r + 1) in num_cov or (r + 1) in txt_cov
                current = _IssueAcc(r, number, text, category, merged, values, [], [], [])
            # Measure-level values of this row.
            row_values = {f: h(vals[i], r, c) for f, h, i, c in measure_level}
            current.row_values.append(row_values)
            if mea_i is not None and r not in mea_cov:
                measure_text = self.text(vals[mea_i], r, cols[mea_i], "text")
                if measure_text:
                    current.measures.append(
                        PlannedMeasure(
                            self._measure(measure_text, row_values),
                            Source(self.file, grid.name, r + 1, measure_letter),
                        )
                    )
        self._finish(current)
        if progress is not None:
            progress(total, total)

    def _rows(self) -> Iterator[list[Cell]]:
        yield from self.grid.head
        try:
            yield from self.grid.rest
        except Exception as exc:
            raise _unreadable(self.file, exc) from None

    @staticmethod
    def _only(vals: list[Cell], allowed: set[int | None]) -> bool:
        filled = [i for i, v in enumerate(vals) if v != ""]
        return len(filled) == 1 and filled[0] in allowed

    @staticmethod
    def _first_text(vals: list[Cell]) -> str:
        return next((_text_of(v) for v in vals if v != ""), "")

    def _handler(self, field: str) -> Callable[[Cell, int, int], Any]:
        """How cells of a field's column are read, chosen once per column."""
        kind = BY_FIELD[field].kind
        text = self.text
        if kind is Kind.DATE or kind is Kind.DEADLINE:
            date_of = self.date
            return lambda v, r, c: date_of(v, r, c, field)
        if kind is Kind.STATUS:
            status = self.status

            def read_status(v: Cell, r: int, c: int) -> Any:
                t = text(v, r, c, field)
                return (t, status(t, r, c) if t else None)

            return read_status
        if kind is Kind.UNITS:
            split: dict[str, tuple[str, ...]] = {}

            def read_units(v: Cell, r: int, c: int) -> Any:
                t = text(v, r, c, field)
                found = split.get(t)
                if found is None:
                    found = split[t] = tuple(u for u in _UNIT_SPLIT.split(t) if u)
                return found

            return read_units
        return lambda v, r, c: text(v, r, c, field)

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
        return Responsibility(
            lead_leader=leader,
            lead_unit=values.get("lead_unit", "") or "",
            cooperating_units=values.get("cooperating_units", ()) or (),
            responsible_person=values.get("responsible_person", "") or "",
            deadline=deadline.date if deadline is not None else None,
            deadline_rule=deadline.rule if deadline is not None else None,
            deadline_text=deadline.text if deadline is not None else "",
        )

    def _measure(self, text: str, values: Mapping[str, Any]) -> MeasureDraft:
        reading = self._status_of(values)
        return MeasureDraft(
            text=text,
            status=reading.status if reading else Status.NOT_STARTED,
            long_term=reading.long_term if reading else False,
            progress=values.get("progress", "") or "",
            responsibility=self._responsibility(values),
        )

    def _finish(self, acc: _IssueAcc | None) -> None:
        if acc is None:
            return
        values = acc.values
        rows = acc.row_values
        if acc.measures:
            # The one roll-up rule (domain.rollup), as every other path applies it.
            status = rolled_up_status(Status.NOT_STARTED, (m.draft.status for m in acc.measures))
            long_term = rolled_up_long_term(False, (m.draft.long_term for m in acc.measures))
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
        draft = IssueDraft(
            number=acc.number,
            text=acc.text,
            status=status,
            long_term=long_term,
            progress=common.get("progress", "") or "",
            goal=values.get("goal", "") or "",
            responsibility=self._responsibility(common, values.get("lead_leader", "") or ""),
            completion_date=completion.date if completion is not None else None,
            remarks=values.get("remarks", "") or "",
        )
        num_col = self._num_col
        self.issues.append(
            PlannedIssue(
                draft,
                acc.category,
                tuple(acc.measures),
                Source(self.file, self.grid.name, acc.row + 1, column_letter(num_col)),
            )
        )


def _common(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The measure-level values every row of an issue shares (a merged cell, or the
    same value repeated): those belong to the issue too."""
    if not rows:
        return {}
    common = dict(rows[0])
    for other in rows[1:]:
        for key in [k for k, v in common.items() if other.get(k) != v]:
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
    "status_choices",
]
