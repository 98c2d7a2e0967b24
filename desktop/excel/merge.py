"""Merging returned hand-outs (合并回收的台账): a workbook a unit filled in -> the
field-by-field changes, the conflicts, the measures it added and every problem.

No Qt and no database. The file goes through the reader's sniffing and hostile-file
guard and is read with python-calamine, so workbooks re-saved by Excel, WPS or
LibreOffice merge too (LibreOffice turns a very hidden sheet into a hidden one, and
any of them may turn a date cell into a serial number or text: the values are read by
meaning, not by type). :func:`read_returned` checks that the file is ours (the data
sheet), from this ledger (the ledger id) and that the values as sent are the ones we
wrote (the signature); anything else refuses the whole file with one
:class:`WorkbookRefused`. :func:`plan_merge` then compares, for each row and each
field the unit may fill, three values: as sent, as the unit returned it (theirs) and
as the ledger has it now (ours, passed in by the caller as a :class:`LedgerState`):

* theirs equals sent: the unit changed nothing there;
* ours equals theirs: already merged (so merging a file twice changes nothing);
* ours equals sent: a change, accepted by default;
* otherwise both sides changed the field: a conflict, left for the user.

Rows whose keys were tampered with (unknown, repeated, moved to another row, revisions
altered) and rows deleted are problems, never applied; rows the unit added under an
issue are offered as additions.
"""

from __future__ import annotations

import dataclasses
import hmac
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from desktop.collector import collector_paused
from desktop.domain.dates import DateError, DateErrorCode, format_date, parse_date, shown_date
from desktop.domain.fields import field_name, shown_field_name
from desktop.domain.plan import (
    FieldChange,
    ImportPlan,
    NewMeasure,
    Source,
    same_field_value,
)
from desktop.domain.problems import Code, Problem, Severity
from desktop.domain.records import IssueRecord, MeasureDraft, MeasureRecord, Responsibility
from desktop.domain.rules import check_text, validate_measure
from desktop.domain.status import (
    LONG_TERM_LABEL,
    STATUS_LABELS,
    Status,
    StatusError,
    normalize_status,
)
from desktop.domain.text import clean_cell, is_cell_picture, key_text
from desktop.domain.texts import Message, Msg, translate_label
from desktop.excel.errors import WorkbookRefused, refuse
from desktop.excel.guard import DEFAULT_LIMITS, Limits
from desktop.excel.handoff import (
    ADDITION_FIELDS,
    ADDITIONS_MARKER,
    DATA_SHEET,
    EDITABLE_FIELDS,
    FORMAT_VERSION,
    INSPECTION_COLUMN,
    KEY_COLUMNS,
    MAGIC,
    ROWS_MARKER,
    VISIBLE_COLUMNS,
    Manifest,
    SentRow,
    sign,
    text_digest,
)
from desktop.excel.labels import status_text

# The reader's opening (sniffing, hostile-file guard, calamine) and sheet loading are
# reused as they are: a returned hand-out is checked exactly like an imported ledger.
from desktop.excel.reader import _close, _load, _open, column_letter
from desktop.excel.sniff import looks_like_handoff

__all__ = [
    "LedgerState",
    "MergeAddition",
    "MergeChange",
    "MergeConflict",
    "MergeResult",
    "ReturnedFile",
    "RowRef",
    "cross_check",
    "display_value",
    "looks_like_handoff",
    "plan_merge",
    "read_returned",
]

Side = Literal["theirs", "ours"]

# The hand-out's column of each field a unit may change, by the field's one name.
_COLUMN_OF_FIELD = {
    "progress": field_name("progress"),
    "status": field_name("status"),
    "long_term": field_name("status"),
    "completion_date": field_name("completion_date"),
    "remarks": field_name("remarks"),
}
_HEADER_SEARCH_ROWS = 30
_EVIDENCE_SPLIT = ("\r\n", "\r", "；", ";", "、")


# ----------------------------------------------------------------- ledger state
@dataclass(frozen=True, slots=True)
class LedgerState:
    """The ledger as it is now, as far as a merge needs it: per ``(entity, key)`` the
    fields a unit may change (record values: status code, ISO date), the measure texts
    under each issue (to recognise an addition merged before) and the evidence titles
    on file. Built by the caller from records (:meth:`from_records`). ``declined``
    holds, per ``(entity, key, field)``, the unit's value the clerk turned down last."""

    values: Mapping[tuple[str, str], Mapping[str, Any]]
    measure_texts: Mapping[str, frozenset[str]] = field(default_factory=dict)
    evidence: Mapping[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    declined: Mapping[tuple[str, str, str], Any] = field(default_factory=dict)

    def was_declined(self, entity: str, key: str, name: str, value: Any) -> bool:
        """Whether the clerk turned down exactly this value for this field before."""
        marker = (entity, key, name)
        return marker in self.declined and _same(name, self.declined[marker], value)

    @staticmethod
    def from_records(
        issues: Iterable[IssueRecord],
        measures_by_issue: Mapping[int, Sequence[MeasureRecord]],
        evidence: Mapping[tuple[str, str], Iterable[str]] | None = None,
        declined: Mapping[tuple[str, str, str], Any] | None = None,
    ) -> LedgerState:
        """The state of these records; ``evidence`` maps ``(entity, key)`` to the
        titles of the evidence on file."""
        values: dict[tuple[str, str], Mapping[str, Any]] = {}
        texts: dict[str, list[str]] = {}
        for issue in issues:
            values[("issue", issue.key)] = _fields(issue)
            measures = measures_by_issue.get(issue.id) or ()
            texts[issue.key] = [m.text for m in measures]
            for m in measures:
                values[("measure", m.key)] = _fields(m)
        titles = {
            owner: frozenset(key_text(t) for t in names)
            for owner, names in (evidence or {}).items()
        }
        return LedgerState(values, _KeyTexts(texts), titles, dict(declined or {}))


class _KeyTexts(Mapping[str, frozenset[str]]):
    """The comparison keys of the measure texts under each issue, made when an issue is
    first asked about: only issues with rows added in a returned file are, and folding
    50,000 texts up front took seconds."""

    def __init__(self, texts: dict[str, list[str]]) -> None:
        self._texts = texts
        self._keys: dict[str, frozenset[str]] = {}

    def __getitem__(self, issue_key: str) -> frozenset[str]:
        found = self._keys.get(issue_key)
        if found is None:
            found = self._keys[issue_key] = frozenset(key_text(t) for t in self._texts[issue_key])
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


def _fields(record: IssueRecord | MeasureRecord) -> dict[str, Any]:
    return {
        "progress": record.progress,
        "status": record.status.value,
        "long_term": record.long_term,
        "completion_date": record.completion_date.isoformat() if record.completion_date else None,
        "remarks": record.remarks,
    }


# ------------------------------------------------------------------ the results
@dataclass(frozen=True, slots=True)
class RowRef:
    """Which record a row is about, for showing it: the issue's number and key, and
    the measure's text (or the issue's, for an issue without measures)."""

    entity: str
    key: str
    issue_key: str
    number: str
    text: str
    row: int | None = None

    def label(self) -> str:
        """``问题 3`` or ``问题 3 措施“一是…”``, for messages."""
        if self.entity == "issue":
            return Message(Msg.MERGE_REF_ISSUE, number=self.number)
        short = self.text if len(self.text) <= 16 else self.text[:16] + "…"
        return Message(Msg.MERGE_REF_MEASURE, number=self.number, text=short)


@dataclass(frozen=True, slots=True)
class MergeChange:
    """A field the unit changed where the ledger still has the value sent: applied
    unless the user rejects it."""

    change: FieldChange
    ref: RowRef

    @property
    def field(self) -> str:
        return self.change.field

    @property
    def sent(self) -> Any:
        return self.change.expected

    @property
    def theirs(self) -> Any:
        return self.change.value


@dataclass(frozen=True, slots=True)
class MergeConflict:
    """A field changed both by the unit and in the ledger since sending: the three
    values, left for the user to decide (theirs or ours)."""

    ref: RowRef
    field: str
    sent: Any
    theirs: Any
    ours: Any
    source: Source

    def change(self) -> FieldChange:
        """The change that takes theirs."""
        # Expected: ours, as the clerk saw it when taking theirs over it.
        return FieldChange(
            self.ref.entity, self.ref.key, self.field, self.theirs, self.ours, self.source
        )


@dataclass(frozen=True, slots=True)
class MergeAddition:
    """A measure the unit added under one of its issues."""

    issue_key: str
    number: str
    draft: MeasureDraft
    source: Source


@dataclass(frozen=True, slots=True)
class EvidenceNote:
    """Evidence the unit lists that the ledger does not hold: the files come by other
    ways (mail, a USB stick) and are attached by hand; the merge only points at them."""

    ref: RowRef
    titles: tuple[str, ...]
    source: Source


@dataclass(frozen=True, slots=True)
class ReturnedRow:
    """A keyed row as the unit returned it, with the row as sent."""

    sent: SentRow
    line: int
    cells: Mapping[str, Any]
    # Fields whose cell shows an error value or a formula with no stored result (read
    # as blank): reported when read, never taken as the unit clearing the field.
    unreadable: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ReturnedFile:
    """A returned hand-out, read and verified: the manifest, the rows matched to the
    rows sent, the rows the unit added (raw cells) and the problems found while
    reading."""

    file: str
    manifest: Manifest
    sent: tuple[SentRow, ...]
    rows: tuple[ReturnedRow, ...]
    added: tuple[tuple[int, Mapping[str, Any], str], ...]  # line, cells, inline issue key
    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What one returned file proposes: changes (accepted by default), conflicts
    (undecided), additions, evidence to attach by hand, and problems; and the unit's
    values the clerk turned down at an earlier merge (``declined``: not proposed
    again, and not merged unless chosen)."""

    file: str
    manifest: Manifest
    changes: tuple[MergeChange, ...] = ()
    conflicts: tuple[MergeConflict, ...] = ()
    additions: tuple[MergeAddition, ...] = ()
    evidence: tuple[EvidenceNote, ...] = ()
    problems: tuple[Problem, ...] = ()
    declined: tuple[MergeChange, ...] = ()

    @property
    def unit(self) -> str:
        return self.manifest.unit

    @property
    def empty(self) -> bool:
        """Nothing to merge and nothing to report."""
        return not (
            self.changes or self.conflicts or self.additions or self.evidence or self.problems
        )

    @property
    def description(self) -> str:
        """The history batch's description: the unit and the file."""
        return f"合并{self.unit}交回的台账（{self.file}）"

    def plan(
        self,
        *,
        changes: Collection[int] | None = None,
        resolutions: Mapping[int, Side] | Side | None = None,
        additions: Collection[int] | None = None,
        reconsidered: Collection[int] = (),
    ) -> ImportPlan:
        """The plan to apply: the changes chosen (indexes; all when None), the
        conflicts resolved (index -> "theirs"/"ours", or one side for all; undecided
        ones are left out, as are those kept as "ours"), the additions chosen (all
        when None) and the earlier declined changes taken after all (none by default).
        Changes left out and conflicts kept as ours go to the plan's ``declined``."""
        return combined_plan([(self, changes, resolutions, additions, reconsidered)])


Choice = tuple[
    MergeResult,
    Collection[int] | None,
    Mapping[int, Side] | Side | None,
    Collection[int] | None,
    Collection[int],
]


def combined_plan(choices: Sequence[Choice]) -> ImportPlan:
    """One plan (one transaction, one history batch) from the choices made on one or
    several files."""
    field_changes: list[FieldChange] = []
    new_measures: list[NewMeasure] = []
    declined: list[FieldChange] = []
    for result, changes, resolutions, additions, reconsidered in choices:
        for n, item in enumerate(result.changes):
            if changes is None or n in changes:
                field_changes.append(item.change)
            else:
                declined.append(item.change)
        for n, conflict in enumerate(result.conflicts):
            side = resolutions if isinstance(resolutions, str) else (resolutions or {}).get(n)
            if side == "theirs":
                field_changes.append(conflict.change())
            elif side == "ours":
                declined.append(conflict.change())
        for n, item in enumerate(result.declined):
            if n in reconsidered:
                field_changes.append(item.change)
        for n, addition in enumerate(result.additions):
            if additions is None or n in additions:
                new_measures.append(NewMeasure(addition.issue_key, addition.draft, addition.source))
    results = [c[0] for c in choices]
    files = "、".join(r.file for r in results)
    if len(results) == 1:
        description = results[0].description
    else:
        units = "、".join(dict.fromkeys(r.unit for r in results))
        description = f"合并{units}交回的台账（{files}）"
    return ImportPlan(
        file=files,
        source_kind="merge",
        changes=tuple(field_changes),
        new_measures=tuple(new_measures),
        description=description,
        declined=tuple(declined),
    )


# --------------------------------------------------------------------- reading
def _exact(value: Any) -> str:
    """A cell of the data sheet as the text we wrote (never trimmed: it is signed)."""
    if isinstance(value, str):
        return value
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# Paused like the import's reading (``collector``): a returned file's rows live until the
# merge is reviewed, and a full pass over them and the rest of the heap held every
# thread, the window's too, for 0.7 s (the stall probe, ten files of a 10k ledger).
@collector_paused()
def read_returned(
    path: str | Path,
    *,
    ledger_id: str | None,
    secret: bytes | None,
    limits: Limits = DEFAULT_LIMITS,
) -> ReturnedFile:
    """Read a returned hand-out and check that it is ours, from this ledger, with the
    values as sent intact. ``ledger_id``/``secret`` are this ledger's (None when it
    never handed anything out: every file is then from elsewhere). Raises
    :class:`WorkbookRefused` (one Chinese message) for a file that is not a workbook,
    damaged or hostile (the reader's checks), not a hand-out, from another ledger,
    from a newer version, or whose hidden data was altered."""
    try:
        book = _open(path, limits)
    except WorkbookRefused as exc:
        # The reader's words are about importing; the same refusal reads as a merge.
        message = exc.problem.message.replace("无法作为台账导入", "无法合并")
        message = message.replace("后再导入", "后再合并")
        raise WorkbookRefused(dataclasses.replace(exc.problem, message=message)) from None
    try:
        if DATA_SHEET not in book.names:
            raise refuse(
                Code.NOT_HANDOFF,
                book.file,
                Message(Msg.NOT_HANDOFF),
            )
        data = _rows(book, DATA_SHEET)
        manifest, signature, sent_cells = _read_data_sheet(book.file, data)
        if manifest.format > FORMAT_VERSION:
            raise refuse(
                Code.NOT_HANDOFF,
                book.file,
                Message(Msg.HANDOFF_TOO_NEW),
                value=manifest.app_version,
            )
        if ledger_id is None or secret is None or manifest.ledger_id != ledger_id:
            raise refuse(
                Code.OTHER_LEDGER,
                book.file,
                Message(Msg.OTHER_LEDGER, unit=manifest.unit, exported_at=manifest.exported_at),
            )
        if not hmac.compare_digest(sign(secret, manifest.pairs(), sent_cells), signature):
            raise refuse(
                Code.TAMPERED,
                book.file,
                Message(Msg.HANDOFF_TAMPERED),
            )
        try:
            sent = tuple(SentRow.from_cells(c) for c in sent_cells)
        except ValueError:
            raise refuse(
                Code.DAMAGED_FILE, book.file, Message(Msg.HANDOFF_RECORD_DAMAGED)
            ) from None
        sheet = "台账"
        if sheet not in book.names:
            raise refuse(
                Code.SHEET_NOT_FOUND,
                book.file,
                Message(Msg.MERGE_SHEET_MISSING, sheet=sheet),
            )
        grid = _rows(book, sheet)
        unreadable: dict[tuple[int, int], Message] = {
            (row, col): Message(Msg.MERGE_FORMULA_NOT_CALCULATED)
            for row, col, _formula in book.uncalculated_cells.get(sheet, ())
        }
        unreadable.update(
            ((row, col), Message(Msg.MERGE_ERROR_VALUE, error=error))
            for row, col, error in book.error_cells.get(sheet, ())
        )
        return _read_ledger_sheet(book.file, sheet, grid, manifest, sent, unreadable)
    finally:
        _close(book)


def _rows(book: Any, name: str) -> list[list[Any]]:
    """A sheet's rows with absolute positions (row 0 is Excel's row 1, column 0 is A)."""
    try:
        grid = _load(book, name)
        rows = [*grid.head, *grid.rest]
    except WorkbookRefused:
        raise
    except Exception as exc:
        raise refuse(
            Code.DAMAGED_FILE,
            book.file,
            Message(Msg.FILE_DAMAGED),
            value=f"{type(exc).__name__}: {exc}"[:120],
        ) from None
    if grid.col_offset:
        rows = [[""] * grid.col_offset + list(r) for r in rows]
    return rows


def _read_data_sheet(file: str, rows: list[list[Any]]) -> tuple[Manifest, str, list[list[str]]]:
    damaged = refuse(Code.NOT_HANDOFF, file, Message(Msg.HANDOFF_RECORD_INCOMPLETE))
    if not rows or not rows[0] or _exact(rows[0][0]) != MAGIC:
        raise damaged
    pairs: dict[str, str] = {}
    r = 1
    while r < len(rows):
        cells = [_exact(v) for v in rows[r]]
        key = cells[0] if cells else ""
        if key == ROWS_MARKER:
            break
        if key:
            pairs[key] = cells[1] if len(cells) > 1 else ""
        r += 1
    else:
        raise damaged
    signature = pairs.pop("signature", "")
    try:
        manifest = Manifest.from_pairs(pairs)
    except (KeyError, ValueError):
        raise damaged from None
    if not manifest.ledger_id or not signature:
        raise damaged
    width = 13
    sent: list[list[str]] = []
    for values in rows[r + 2 :]:
        cells = [_exact(v) for v in values][:width]
        if not any(cells):
            continue
        sent.append(cells + [""] * (width - len(cells)))
    return manifest, signature, sent


def _find_columns(rows: list[list[Any]]) -> tuple[int, dict[str, int]] | None:
    """The header row (0-based) and each column's index, found by the header texts
    (a row inserted above or a column moved by someone who lifted the protection
    still reads)."""
    wanted = {c.header: c.field for c in (*VISIBLE_COLUMNS, *KEY_COLUMNS, INSPECTION_COLUMN)}
    for r, values in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        found: dict[str, int] = {}
        for c, value in enumerate(values):
            name = wanted.get(clean_cell(value) if isinstance(value, str) else "")
            if name is not None and name not in found:
                found[name] = c
        if all(c.field in found for c in KEY_COLUMNS):
            return r, found
    return None


def _read_ledger_sheet(
    file: str,
    sheet: str,
    rows: list[list[Any]],
    manifest: Manifest,
    sent: tuple[SentRow, ...],
    unreadable: Mapping[tuple[int, int], Message] | None = None,
) -> ReturnedFile:
    """The 台账 sheet's rows matched to the rows sent. ``unreadable`` holds the cells
    (0-based row and column) that show an error value or a formula with no stored
    result, with what to tell of each: calamine reads them blank, which must not merge
    as a unit clearing 整改进展 or 完成日期."""
    found = _find_columns(rows)
    if found is None:
        raise refuse(
            Code.TAMPERED,
            file,
            Message(Msg.HANDOFF_HEADERS_CHANGED),
            sheet=sheet,
        )
    header, columns = found
    missing = [c.header for c in VISIBLE_COLUMNS if c.field not in columns]
    if missing:
        raise refuse(
            Code.MISSING_COLUMN,
            file,
            Message(Msg.MERGE_COLUMN_MISSING, missing="”“".join(missing)),
            sheet=sheet,
        )
    by_key = {(s.issue_key, s.measure_key): s for s in sent}
    problems: list[Problem] = []
    field_of_column = {c: name for name, c in columns.items()}
    blanked: dict[int, set[str]] = {}  # 0-based row -> fields read blank
    for (row, col), message in sorted((unreadable or {}).items()):
        name = field_of_column.get(col)
        if row <= header or name not in ADDITION_FIELDS:
            continue  # a column no unit fills, or above the rows
        blanked.setdefault(row, set()).add(name)
        problems.append(
            Problem(
                Code.ERROR_VALUE
                if message.code == Msg.MERGE_ERROR_VALUE
                else Code.FORMULA_NOT_CALCULATED,
                field=name,
                severity=Severity.ERROR,
                message=message,
                file=file,
                sheet=sheet,
                row=row + 1,
                column=_COLUMN_OF_FIELD.get(name) or field_name(name),
                cell=f"{column_letter(col)}{row + 1}",
            )
        )

    def cell(values: list[Any], name: str) -> Any:
        c = columns.get(name)
        return values[c] if c is not None and c < len(values) else ""

    def problem(code: Code, line: int, message: str, value: str = "") -> None:
        problems.append(
            Problem(
                code,
                severity=Severity.ERROR,
                value=value[:50],
                message=message,
                file=file,
                sheet=sheet,
                row=line,
            )
        )

    keyed: list[tuple[int, tuple[str, str], list[Any]]] = []
    unkeyed: list[tuple[int, dict[str, Any], bool]] = []  # line, cells, below the marker
    seen: Counter[tuple[str, str]] = Counter()
    in_block = False
    for r in range(header + 1, len(rows)):
        values = list(rows[r])
        issue_key = _exact(cell(values, "issue_key")).strip()
        measure_key = _exact(cell(values, "measure_key")).strip()
        if issue_key == ADDITIONS_MARKER:
            in_block = True
        elif issue_key or measure_key:
            keyed.append((r + 1, (issue_key, measure_key), values))
            seen[(issue_key, measure_key)] += 1
        else:
            cells = {name: cell(values, name) for name in columns}
            if any(_filled(cells.get(f)) for f in ("measure", *EDITABLE_FIELDS)):
                unkeyed.append((r + 1, cells, in_block))

    # Keys decide before any value is read: repeated, unknown or moved keys spoil
    # their rows, which are reported and never applied.
    matched: list[ReturnedRow] = []
    for line, keys, values in keyed:
        row_sent = by_key.get(keys)
        label = keys[1] or keys[0]
        if seen[keys] > 1:
            problem(
                Code.TAMPERED, line, "这一行的隐藏编码与其他行重复（行可能被复制），未合并。", label
            )
            continue
        if row_sent is None:
            problem(
                Code.TAMPERED,
                line,
                "这一行的隐藏编码不是分发时的编码（可能被改动），未合并。",
                label,
            )
            continue
        revisions = (
            _exact(cell(values, "issue_revision")).strip(),
            _exact(cell(values, "measure_revision")).strip(),
        )
        text = cell(values, "measure" if row_sent.measure_key else "issue_text")
        text_ok = not isinstance(text, str) or not text or text_digest(text) == row_sent.digest
        if revisions != (row_sent.issue_revision, row_sent.measure_revision) or not text_ok:
            problem(
                Code.TAMPERED,
                line,
                "这一行的隐藏编码与行中的内容对不上（编码可能被移到了别的行），未合并。",
                label,
            )
            continue
        matched.append(
            ReturnedRow(
                row_sent,
                line,
                {n: cell(values, n) for n in columns},
                frozenset(blanked.get(line - 1, ())),
            )
        )

    # A row without keys is a measure the unit added: in the block below the rows, or
    # inserted among them by someone who lifted the protection (it then belongs to the
    # issue of the row above it).
    added: list[tuple[int, Mapping[str, Any], str]] = []
    for line, cells, below in unkeyed:
        above = [m.sent.issue_key for m in matched if m.line < line]
        added.append((line, cells, "" if below or not above else above[-1]))

    present = {(m.sent.issue_key, m.sent.measure_key) for m in matched}
    spoiled = {keys for _line, keys, _values in keyed}
    for s in sent:
        keys = (s.issue_key, s.measure_key)
        if keys not in present and keys not in spoiled:
            problem(
                Code.DELETED_ROW,
                s.row,
                f"分发时的第 {s.row} 行（问题 {s.number}）在交回的文件中找不到了"
                "（可能被删除），该行没有可合并的内容。",
                s.number,
            )
    return ReturnedFile(file, manifest, sent, tuple(matched), tuple(added), tuple(problems))


def _filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


# --------------------------------------------------------------------- merging
def plan_merge(returned: ReturnedFile, state: LedgerState) -> MergeResult:
    """Compare a returned file with the values sent and the ledger now (see the module
    docstring)."""
    builder = _Merger(returned, state)
    builder.run()
    return MergeResult(
        file=returned.file,
        manifest=returned.manifest,
        changes=tuple(builder.changes),
        conflicts=tuple(builder.conflicts),
        additions=tuple(builder.additions),
        evidence=tuple(builder.evidence),
        problems=(*returned.problems, *builder.problems),
        declined=tuple(builder.declined),
    )


class _Merger:
    """The comparison of one returned file, row by row and field by field."""

    def __init__(self, returned: ReturnedFile, state: LedgerState) -> None:
        self.returned = returned
        self.state = state
        self.file = returned.file
        self.sheet = "台账"
        self.changes: list[MergeChange] = []
        self.conflicts: list[MergeConflict] = []
        self.additions: list[MergeAddition] = []
        self.evidence: list[EvidenceNote] = []
        self.problems: list[Problem] = []
        self.declined: list[MergeChange] = []

    def problem(
        self,
        code: Code,
        line: int | None,
        column: str,
        message: str,
        value: Any = "",
        severity: Severity = Severity.ERROR,
        field_name: str = "",
    ) -> None:
        self.problems.append(
            Problem(
                code,
                field=field_name,
                severity=severity,
                value=_shown(value)[:50],
                message=message,
                file=self.file,
                sheet=self.sheet,
                row=line,
                column=column,
            )
        )

    def run(self) -> None:
        for row in self.returned.rows:
            self._row(row)
        for line, cells, inline in self.returned.added:
            self._addition(line, cells, inline)

    # ----------------------------------------------------------------- keyed rows
    def _row(self, row: ReturnedRow) -> None:
        s = row.sent
        ref = RowRef(
            s.entity,
            s.key,
            s.issue_key,
            s.number,
            _text(row.cells.get("measure" if s.measure_key else "issue_text")),
            row.line,
        )
        ours = self.state.values.get((s.entity, s.key))
        theirs = self._theirs(row)
        if ours is None:
            if theirs:
                self.problem(
                    Code.DELETED_ROW,
                    row.line,
                    "",
                    f"{ref.label()} 已在台账中删除，单位填写的内容未合并。",
                    s.number,
                )
            return
        sent: dict[str, Any] = {
            "progress": s.progress,
            "status": s.status,
            "long_term": s.long_term,
            "completion_date": s.completion_date or None,
            "remarks": s.remarks,
        }
        for name, value in theirs.items():
            if _same(name, value, ours.get(name)):
                continue  # the ledger already says so (merged before, or both agree)
            source = Source(self.file, self.sheet, row.line, _COLUMN_OF_FIELD[name])
            declined = self.state.was_declined(s.entity, s.key, name, value)
            if _same(name, ours.get(name), sent[name]):
                change = FieldChange(s.entity, s.key, name, value, sent[name], source)
                (self.declined if declined else self.changes).append(MergeChange(change, ref))
            else:
                conflict = MergeConflict(ref, name, sent[name], value, ours.get(name), source)
                if declined:
                    # Kept as ours before: taking it now expects ours as it is now.
                    self.declined.append(MergeChange(conflict.change(), ref))
                else:
                    self.conflicts.append(conflict)
        self._evidence(row, ref)

    def _theirs(self, row: ReturnedRow) -> dict[str, Any]:
        """The fields the unit changed (theirs differs from sent), in record values;
        unreadable cells become problems and are left out."""
        s, cells, line = row.sent, row.cells, row.line
        out: dict[str, Any] = {}
        unreadable = row.unreadable
        for name in ("progress", "remarks"):
            if name in unreadable:
                continue  # told when read; blank is no answer
            text = clean_cell(_text(cells.get(name)))
            if text != clean_cell(getattr(s, name)) and self._text_ok(text, line, name):
                out[name] = text
        status_cell = _text(cells.get("status")).strip()
        if "status" in unreadable:
            pass
        elif key_text(status_cell) != key_text(status_text(Status(s.status), s.long_term)):
            if not status_cell:
                self.problem(
                    Code.REQUIRED,
                    line,
                    "整改状态",
                    "整改状态被清空，未修改。",
                    field_name="status",
                    severity=Severity.WARNING,
                )
            else:
                try:
                    reading = normalize_status(status_cell)
                except StatusError:
                    self.problem(
                        Code.UNKNOWN_STATUS,
                        line,
                        "整改状态",
                        "无法识别的整改状态，未修改；请从下拉列表中选择。",
                        status_cell,
                        field_name="status",
                    )
                else:
                    if reading.status.value != s.status:
                        out["status"] = reading.status.value
                        if reading.status is Status.CLOSED:
                            self.problem(
                                Code.WRONG_STEP,
                                line,
                                "整改状态",
                                "单位把状态填为“已销号”；销号须经审核，请核实后再采纳。",
                                status_cell,
                                Severity.WARNING,
                                "status",
                            )
                    if reading.long_term != s.long_term:
                        out["long_term"] = reading.long_term
        completion = (
            _UNREADABLE
            if "completion_date" in unreadable
            else self._date(cells.get("completion_date"), line)
        )
        if completion is not _UNREADABLE and completion != (s.completion_date or None):
            out["completion_date"] = completion
        return out

    def _text_ok(self, text: str, line: int, name: str) -> bool:
        found = check_text(name, text)
        for p in found:
            self.problem(
                p.code,
                line,
                _COLUMN_OF_FIELD[name],
                f"{p.message}" + ("，未合并" if p.blocking else ""),
                text,
                p.severity,
                name,
            )
        return not any(p.blocking for p in found)

    def _date(self, value: Any, line: int) -> Any:
        """A completion date cell as ISO text, None when empty, or ``_UNREADABLE``."""
        if not _filled(value):
            return None
        try:
            reading = parse_date(value.strip() if isinstance(value, str) else value)
        except DateError as exc:
            message = {
                DateErrorCode.IMPOSSIBLE: "日期不存在",
                DateErrorCode.BAD_SERIAL: "不是有效的日期",
                DateErrorCode.NEEDS_YEAR: "日期缺少年份",
            }.get(exc.code, "无法识别的日期")
            self.problem(
                Code(exc.code.value),
                line,
                "完成日期",
                f"{message}，未修改；请填写如 2023/1/11 的日期。",
                value,
                field_name="completion_date",
            )
            return _UNREADABLE
        if reading.date is None:
            self.problem(
                Code.UNREADABLE_DATE,
                line,
                "完成日期",
                "完成日期应是具体日期，未修改。",
                value,
                field_name="completion_date",
            )
            return _UNREADABLE
        return reading.date.isoformat()

    def _evidence(self, row: ReturnedRow, ref: RowRef) -> None:
        if "evidence" in row.unreadable:
            return
        listed = _titles(_text(row.cells.get("evidence")))
        pictures = [t for t in listed if is_cell_picture(t)]
        if pictures:
            # A unit pasted its evidence as pictures in the cell (WPS): nothing to list.
            self.problem(
                Code.CELL_PICTURE,
                row.line,
                "佐证材料",
                Message(Msg.CELL_PICTURE),
                pictures[0],
                Severity.WARNING,
                "evidence",
            )
            listed = [t for t in listed if not is_cell_picture(t)]
        known = {key_text(t) for t in row.sent.evidence}
        known |= self.state.evidence.get((ref.entity, ref.key), frozenset())
        new = tuple(t for t in listed if key_text(t) not in known)
        if new:
            source = Source(self.file, self.sheet, row.line, "佐证材料")
            self.evidence.append(EvidenceNote(ref, new, source))

    # ------------------------------------------------------------------ additions
    def _addition(self, line: int, cells: Mapping[str, Any], inline_issue: str) -> None:
        sent = self.returned.sent
        number = clean_cell(_text(cells.get("number")))
        text = clean_cell(_text(cells.get("measure")))
        issue_key = ""
        if number:
            keys = list(dict.fromkeys(s.issue_key for s in sent if s.number == number))
            if len(keys) == 1:
                issue_key = keys[0]
            else:
                self.problem(
                    Code.MEASURE_WITHOUT_ISSUE,
                    line,
                    "序号",
                    (
                        f"序号“{number}”对应多个问题，无法确定新增措施属于哪一个，未合并。"
                        if keys
                        else f"本表中没有序号为“{number}”的问题，新增措施未合并。"
                    ),
                    number,
                )
                return
        elif inline_issue:
            issue_key = inline_issue
        else:
            self.problem(
                Code.MEASURE_WITHOUT_ISSUE,
                line,
                "序号",
                "新增的整改措施没有填写所属问题的序号，未合并。",
                text,
            )
            return
        if not text:
            self.problem(
                Code.REQUIRED,
                line,
                "整改措施",
                "新增行没有填写整改措施，未合并。",
                number,
            )
            return
        if ("issue", issue_key) not in self.state.values:
            self.problem(
                Code.DELETED_ROW,
                line,
                "序号",
                f"问题 {number} 已在台账中删除，新增措施未合并。",
                number,
            )
            return
        if key_text(text) in self.state.measure_texts.get(issue_key, frozenset()):
            return  # merged before: the ledger already has this measure
        draft = self._addition_draft(line, cells, text)
        if draft is None:
            return
        found_number = number or next((s.number for s in sent if s.issue_key == issue_key), "")
        self.additions.append(
            MergeAddition(issue_key, found_number, draft, Source(self.file, self.sheet, line))
        )

    def _addition_draft(
        self, line: int, cells: Mapping[str, Any], text: str
    ) -> MeasureDraft | None:
        status = Status.NOT_STARTED
        long_term = False
        status_cell = _text(cells.get("status")).strip()
        if status_cell:
            try:
                reading = normalize_status(status_cell)
                status, long_term = reading.status, reading.long_term
            except StatusError:
                self.problem(
                    Code.UNKNOWN_STATUS,
                    line,
                    "整改状态",
                    "无法识别的整改状态，新增措施按“未启动”合并。",
                    status_cell,
                    Severity.WARNING,
                    "status",
                )
        completion = self._date(cells.get("completion_date"), line)
        deadline_cell = cells.get("deadline")
        deadline: date | None = None
        rule = None
        deadline_text = ""
        if _filled(deadline_cell):
            try:
                reading_d = parse_date(
                    deadline_cell.strip() if isinstance(deadline_cell, str) else deadline_cell,
                    default_year=self.returned.manifest.exported_at.year,
                )
                deadline, rule = reading_d.date, reading_d.rule
                if isinstance(deadline_cell, str):
                    deadline_text = reading_d.text
                elif deadline is not None:
                    deadline_text = format_date(deadline)
            except DateError:
                deadline_text = clean_cell(_text(deadline_cell))
                self.problem(
                    Code.UNREADABLE_DATE,
                    line,
                    "整改时限",
                    "无法识别的整改时限，按原文保存。",
                    deadline_cell,
                    Severity.WARNING,
                    "deadline",
                )
        draft = MeasureDraft(
            text=text,
            status=status,
            long_term=long_term,
            progress=clean_cell(_text(cells.get("progress"))),
            responsibility=Responsibility(
                lead_unit=self.returned.manifest.unit,
                responsible_person=clean_cell(_text(cells.get("responsible_person"))),
                deadline=deadline,
                deadline_rule=rule,
                deadline_text=deadline_text,
            ),
            completion_date=(
                date.fromisoformat(completion) if isinstance(completion, str) else None
            ),
            remarks=clean_cell(_text(cells.get("remarks"))),
        )
        blocking = [p for p in validate_measure(draft) if p.blocking]
        for p in blocking:
            self.problem(p.code, line, "整改措施", f"{p.message}，新增措施未合并。", p.value)
        return None if blocking else draft


_UNREADABLE: Any = object()


def _text(value: Any) -> str:
    """A cell as text (numbers without a trailing .0, dates as ISO)."""
    if isinstance(value, str):
        return value
    return _exact(value)


def _titles(text: str) -> list[str]:
    for separator in _EVIDENCE_SPLIT:
        text = text.replace(separator, "\n")
    return list(dict.fromkeys(t for part in text.split("\n") if (t := clean_cell(part))))


def _same(name: str, a: Any, b: Any) -> bool:
    return same_field_value(name, a, b)


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return _exact(value)


def display_value(field_name: str, value: Any) -> str:
    """A field's record value as a clerk reads it, in the chosen language (for the
    command line): a status's word, long-term or not, a date."""
    if field_name == "status" and isinstance(value, str):
        try:
            return translate_label(STATUS_LABELS[Status(value)])
        except ValueError:
            return value
    if field_name == "long_term":
        return translate_label(LONG_TERM_LABEL) if value else Message(Msg.NO_WORD)
    if field_name == "completion_date":
        return shown_date(date.fromisoformat(value)) if value else Message(Msg.EMPTY_VALUE)
    return str(value) if value else Message(Msg.EMPTY_VALUE)


def cross_check(results: Sequence[MergeResult]) -> list[MergeResult]:
    """Several files changing the same field to different values (a row handed out
    twice): those changes are taken out of every file and reported, never applied
    on a guess of which file is right."""
    proposals: dict[tuple[str, str, str], set[str]] = {}
    for result in results:
        for item in result.changes:
            key = (item.change.entity, item.change.key, item.field)
            proposals.setdefault(key, set()).add(repr(item.theirs))
        for conflict in result.conflicts:
            key = (conflict.ref.entity, conflict.ref.key, conflict.field)
            proposals.setdefault(key, set()).add(repr(conflict.theirs))
    clashing = {k for k, values in proposals.items() if len(values) > 1}
    if not clashing:
        return list(results)
    out: list[MergeResult] = []
    for result in results:
        problems = list(result.problems)
        kept: list[MergeChange] = []
        for item in result.changes:
            key = (item.change.entity, item.change.key, item.field)
            if key in clashing:
                problems.append(_clash(result, item.ref, item.field, item.change.source))
            else:
                kept.append(item)
        kept_conflicts: list[MergeConflict] = []
        for conflict in result.conflicts:
            key = (conflict.ref.entity, conflict.ref.key, conflict.field)
            if key in clashing:
                problems.append(_clash(result, conflict.ref, conflict.field, conflict.source))
            else:
                kept_conflicts.append(conflict)
        out.append(
            dataclasses.replace(
                result,
                changes=tuple(kept),
                conflicts=tuple(kept_conflicts),
                problems=tuple(problems),
            )
        )
    return out


def _clash(result: MergeResult, ref: RowRef, field_name: str, source: Source) -> Problem:
    return Problem(
        Code.CONFLICT,
        field=field_name,
        message=(
            Message(
                Msg.MERGE_CLASH,
                label=ref.label(),
                get=shown_field_name(field_name),
            )
        ),
        file=result.file,
        sheet=source.sheet,
        row=source.row,
        column=source.column,
    )


# ------------------------------------------------------------------------- JSON
def _ref_json(ref: RowRef) -> dict[str, Any]:
    return {
        "entity": ref.entity,
        "key": ref.key,
        "issue_key": ref.issue_key,
        "issue_number": ref.number,
        "text": ref.text,
    }


def change_json(result: MergeResult, item: MergeChange, applied: bool) -> dict[str, Any]:
    """A change, as ``merge --json`` prints it."""
    return {
        "file": result.file,
        "unit": result.unit,
        **_ref_json(item.ref),
        "field": item.field,
        "sent": item.sent,
        "theirs": item.theirs,
        "source": item.change.source.as_json(),
        "applied": applied,
    }


def conflict_json(
    result: MergeResult, conflict: MergeConflict, resolution: str | None, applied: bool
) -> dict[str, Any]:
    """A conflict, as ``merge --json`` prints it (``resolution`` null: undecided)."""
    return {
        "file": result.file,
        "unit": result.unit,
        **_ref_json(conflict.ref),
        "field": conflict.field,
        "sent": conflict.sent,
        "theirs": conflict.theirs,
        "ours": conflict.ours,
        "resolution": resolution,
        "source": conflict.source.as_json(),
        "applied": applied,
    }


def evidence_json(result: MergeResult, note: EvidenceNote) -> dict[str, Any]:
    return {
        "file": result.file,
        "unit": result.unit,
        **_ref_json(note.ref),
        "titles": list(note.titles),
        "source": note.source.as_json(),
    }
