"""The ledger workbook superiors expect (整改台账), written with xlsxwriter: no Qt, no
database, records in and a file out.

The ledger sheet: a merged title ``<被巡察单位><巡察>反馈问题整改台账``, a sub-title with
the reporting unit and date, one header row, then one row per measure with the issue's
cells merged down its measure rows (an issue without measures takes one row). Ready to
print: A4 landscape, fit to one page wide, the header row on every page, page numbers.
Then a statistics sheet (``stats_sheet``).

Fast and safe by construction: constant-memory mode with rows written strictly in
order; formats made once; every xlsxwriter return value checked (in constant-memory
mode a call that reaches back to an earlier row returns -1 and drops its value); text
always written as text (never a formula); the file written beside the target and moved
into place only when complete (``safe.replacing``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.calendar import WorkCalendar
from desktop.domain.dates import RULE_LABELS, DeadlineRule
from desktop.domain.problems import Code, Problem
from desktop.domain.records import (
    InspectionRecord,
    IssueRecord,
    MeasureRecord,
    Responsibility,
)
from desktop.domain.statistics import has_own_deadline, ledger_statistics
from desktop.domain.texts import Message, Msg
from desktop.domain.titles import ledger_title
from desktop.excel.columns import (
    CATEGORY_SEPARATOR,
    UNITS_SEPARATOR,
    Column,
    Kind,
    Level,
    UnknownColumn,
    export_columns,
)
from desktop.excel.labels import date_text, status_text
from desktop.excel.safe import (
    FORMULA_STARTS,
    ExportCancelled,
    ExportError,
    release,
    replacing,
    text_problem,
    write_failure,
)
from desktop.excel.styles import (
    BODY_SIZE,
    DATE_HALF_CHARS,
    LINE_HEIGHT,
    ROW_PADDING,
    TITLE_SIZE,
    Styles,
    display_width,
    line_capacity,
    row_height,
    text_lines,
    width_for,
)

__all__ = [
    "HEADER_ROW",
    "LEDGER_SHEET",
    "STATISTICS_SHEET",
    "ExportCancelled",
    "ExportError",
    "ExportSummary",
    "ledger_title",
    "status_text",
    "write_ledger",
]

LEDGER_SHEET = "台账"
STATISTICS_SHEET = "统计"
TITLE_ROW = 0
SUBTITLE_ROW = 1
HEADER_ROW = 2  # zero-based; row 3 in Excel
FIRST_DATA_ROW = HEADER_ROW + 1
EXCEL_MAX_ROWS = 1_048_576

# Fitted to one A4 landscape page wide, a sheet this many width units across prints its
# 11-point text at about 8 points in Excel and WPS.
_PRINT_WIDTH = 190.0
# A text column is never narrower than this many half-width characters (4 Chinese
# characters a line) unless its header and values are shorter.
_WRAP_HALF_CHARS = 8
# The printable area of A4 landscape inside the margins ``finish`` sets, in points;
# a little is kept back for the differences between Excel, WPS and LibreOffice.
_PAGE_WIDTH_PT = 841.89 - (0.6 + 0.6) * 72
_PAGE_HEIGHT_PT = (595.28 - (1.1 + 0.8) * 72) * 0.96
# Excel keeps at most this many manual page breaks in a sheet.
_MAX_BREAKS = 1023
# How many issues decide the column widths (see column_widths).
_WIDTH_SAMPLE = 2000
# How often (in issues) the loop reports progress and asks whether to stop.
_PROGRESS_EVERY = 128

Value = str | date | int | None
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export wrote."""

    path: Path
    issues: int
    measures: int
    rows: int
    sheets: tuple[str, ...]


# ----------------------------------------------------------------------- cell values
def deadline_value(r: Responsibility) -> str | date | None:
    """A deadline cell (``Responsibility.deadline_shown``): a real date, else words."""
    shown = r.deadline_shown
    if isinstance(shown, DeadlineRule):
        return RULE_LABELS[shown]
    return shown or None


def _empty(_issue: IssueRecord) -> Value:
    return None


def number_value(number: str) -> Value:
    """序号 as a number when it is one (``12``), so that it sorts and sums; as written
    otherwise (``（三）``, ``1-2``, ``012``)."""
    text = number.strip()
    if text.isascii() and text.isdecimal() and not (len(text) > 1 and text[0] == "0"):
        return int(text)
    return number


# Issue-level columns, and measure-level columns on the one row of an issue that has
# no measures (the issue answers for itself there).
_ISSUE_VALUE: dict[str, Callable[[IssueRecord], Value]] = {
    "number": lambda i: number_value(i.number),
    "category": lambda i: CATEGORY_SEPARATOR.join(i.category_path),
    "text": lambda i: i.text,
    "goal": lambda i: i.goal,
    "measure": _empty,
    "lead_leader": lambda i: i.responsibility.lead_leader,
    "lead_unit": lambda i: i.responsibility.lead_unit,
    "cooperating_units": lambda i: UNITS_SEPARATOR.join(i.responsibility.cooperating_units),
    "responsible_person": lambda i: i.responsibility.responsible_person,
    "deadline": lambda i: deadline_value(i.responsibility),
    "progress": lambda i: i.progress,
    "status": lambda i: status_text(i.status, i.long_term),
    "evidence": _empty,
    "completion_date": lambda i: i.completion_date,
    "remarks": lambda i: i.remarks,
}

# Measure-level columns: the measure's own value, or its issue's when it has none.
_MEASURE_VALUE: dict[str, Callable[[IssueRecord, MeasureRecord], Value]] = {
    "measure": lambda i, m: m.text,
    "lead_unit": lambda i, m: m.responsibility.lead_unit or i.responsibility.lead_unit,
    "cooperating_units": lambda i, m: UNITS_SEPARATOR.join(
        m.responsibility.cooperating_units or i.responsibility.cooperating_units
    ),
    "responsible_person": lambda i, m: (
        m.responsibility.responsible_person or i.responsibility.responsible_person
    ),
    "deadline": lambda i, m: deadline_value(
        m.responsibility if has_own_deadline(m.responsibility) else i.responsibility
    ),
    "progress": lambda i, m: m.progress or i.progress,
    "status": lambda i, m: status_text(m.status, m.long_term),
    "evidence": lambda i, m: None,
}

# Short columns read best centred; long text reads best from the left.
_CENTRED_KINDS = frozenset({Kind.NUMBER_LABEL, Kind.DATE, Kind.DEADLINE, Kind.STATUS})
_CENTRED_MAX_WIDTH = 12
_DATED_KINDS = frozenset({Kind.DATE, Kind.DEADLINE})


def _centred(column: Column) -> bool:
    return column.kind in _CENTRED_KINDS or column.width <= _CENTRED_MAX_WIDTH


# ------------------------------------------------------------------------- titles
def _subtitle(reporting_unit: str, report_date: date) -> str:
    # Ideographic spaces: the gap a clerk types between the two fields.
    return f"填报单位：{reporting_unit}\u3000\u3000\u3000\u3000填报日期：{date_text(report_date)}"


_SHEET_NAME_BAD = str.maketrans({c: "_" for c in "[]:*?/\\"})


def _sheet_names(groups: Sequence[InspectionRecord | None]) -> list[str]:
    """``台账`` for one inspection; ``台账1-<被巡察单位>``… for several (31 characters
    at most, no characters Excel forbids, no repeats)."""
    if len(groups) == 1:
        return [LEDGER_SHEET]
    names: list[str] = []
    for n, inspection in enumerate(groups, start=1):
        label = (inspection.inspected_unit or inspection.title) if inspection else ""
        name = f"{LEDGER_SHEET}{n}-{label}".translate(_SHEET_NAME_BAD).strip("'")[:31]
        names.append(name.rstrip("-"))
    return names


# -------------------------------------------------------------------------- writing
def write_ledger(
    path: str | os.PathLike[str],
    inspection: InspectionRecord | Sequence[InspectionRecord] | None,
    issues: Sequence[IssueRecord],
    measures_by_issue: Mapping[int, Sequence[MeasureRecord]],
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    reporting_unit: str | None = None,
    report_date: date | None = None,
    statistics: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    calendar: WorkCalendar | None = None,
) -> ExportSummary:
    """Write the ledger workbook to ``path`` (replacing it only when complete).

    ``issues`` are written in the order given (what is on screen, already filtered),
    each with its measures from ``measures_by_issue`` (keyed by issue id, in order).
    ``inspection`` is the inspection shown, or the inspections of a whole-ledger export:
    issues of different inspections go to one sheet each. ``columns`` are field names
    or header words in the user's order (all columns when None). ``title`` replaces the
    generated title; ``reporting_unit`` defaults to the inspected unit; ``report_date``
    (default today) is the date in the sub-title and the day overdue is counted from;
    ``calendar`` dates the "N个工作日内" deadlines from the inspections' feedback dates
    for the statistics sheet, as the window counts them.
    ``progress(done, total)`` is called now and then with issues written so far;
    ``cancelled()`` is asked as often, and True stops the export with
    :class:`ExportCancelled`. Refusals and failures raise :class:`ExportError` with a
    Chinese message; the target file is then untouched. Call from a worker thread if
    the caller must stay responsive; nothing here touches Qt.
    """
    target = Path(path)
    try:
        chosen = export_columns(columns)
    except UnknownColumn as exc:
        # A remembered choice may name a column a later version dropped.
        raise ExportError(str(exc)) from None
    when = report_date or date.today()
    if isinstance(inspection, InspectionRecord) or inspection is None:
        known: list[InspectionRecord] = [inspection] if inspection else []
    else:
        known = list(inspection)
    groups = _group_by_inspection(issues, known)
    names = _sheet_names([g[0] for g in groups])
    total = len(issues)
    if progress is not None:
        progress(0, total)

    import xlsxwriter  # heavy: only when exporting

    written_rows = 0
    with replacing(target) as temporary:
        workbook = xlsxwriter.Workbook(
            str(temporary),
            {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False},
        )
        closed = False
        try:
            styles = Styles(workbook)
            done = 0
            for (group_inspection, group_issues), name in zip(groups, names, strict=True):
                try:
                    widths = column_widths(chosen, group_issues, measures_by_issue)
                except UnicodeEncodeError:
                    raise _unsavable_text(name, chosen, group_issues, measures_by_issue) from None
                sheet = _LedgerSheet(workbook.add_worksheet(name), styles, chosen, widths)
                unit = (
                    reporting_unit
                    if reporting_unit is not None
                    else (group_inspection.inspected_unit if group_inspection else "")
                )
                sheet.write_top(title or ledger_title(group_inspection), _subtitle(unit, when))
                try:
                    written_rows += sheet.write_issues(
                        group_issues, measures_by_issue, done, total, progress, cancelled
                    )
                except UnicodeEncodeError:
                    raise _unsavable_text(name, chosen, group_issues, measures_by_issue) from None
                done += len(group_issues)
                sheet.finish()
            if statistics:
                from desktop.excel.stats_sheet import write_statistics_sheet

                stats = ledger_statistics(
                    issues,
                    measures_by_issue,
                    when,
                    calendar=calendar,
                    starts={i.id: i.feedback_date for i in known},
                )
                write_statistics_sheet(
                    workbook.add_worksheet(STATISTICS_SHEET),
                    styles,
                    stats,
                    known[0] if len(known) == 1 else None,
                )
            workbook.set_properties(
                {"title": title or ledger_title(known[0] if len(known) == 1 else None)}
            )
            try:
                workbook.close()
            except UnicodeEncodeError:
                raise _unsavable_text(names[-1], chosen, issues, measures_by_issue) from None
            closed = True
        except ExportError:
            raise
        except OSError as exc:
            raise write_failure(Path(path), exc) from exc
        except Exception as exc:
            # xlsxwriter's own errors (FileCreateError, a zip error): a message, never a
            # traceback, and the target untouched.
            raise write_failure(Path(path), exc) from exc
        finally:
            if not closed:
                _discard(workbook)
        release(workbook)
    if progress is not None:
        progress(total, total)
    measure_count = sum(len(measures_by_issue.get(i.id, ())) for i in issues)
    sheets = (*names, STATISTICS_SHEET) if statistics else tuple(names)
    return ExportSummary(target, len(issues), measure_count, written_rows, sheets)


def _discard(workbook: Any) -> None:
    """Abandon a workbook that will not be closed: close and remove the row files that
    constant-memory mode keeps in the temporary folder."""
    workbook.fileclosed = True
    for sheet in workbook.worksheets():
        with suppress(Exception):
            sheet._opt_close()
        name = getattr(sheet, "row_data_filename", None)
        if name:
            with suppress(OSError):
                os.unlink(name)


def _group_by_inspection(
    issues: Sequence[IssueRecord], known: Sequence[InspectionRecord]
) -> list[tuple[InspectionRecord | None, list[IssueRecord]]]:
    """Issues by inspection, in order of first appearance; one group (the given
    inspection, or none) when all issues share one inspection or there are none."""
    by_id: dict[int, InspectionRecord] = {i.id: i for i in known}
    order: dict[int, list[IssueRecord]] = {}
    for issue in issues:
        order.setdefault(issue.inspection_id, []).append(issue)
    if len(order) <= 1:
        only = next(iter(order), None)
        inspection = by_id.get(only) if only is not None else None
        if inspection is None and len(known) == 1:
            inspection = known[0]
        return [(inspection, list(issues))]
    return [(by_id.get(iid), group) for iid, group in order.items()]


def _unsavable_text(
    sheet: str,
    columns: Sequence[Column],
    issues: Sequence[IssueRecord],
    measures_by_issue: Mapping[int, Sequence[MeasureRecord]],
) -> ExportError:
    """Find the text that could not be encoded (rare: only a lone surrogate can't be)
    and name it; a slow scan, run only after the failure."""
    for issue in issues:
        for column in columns:
            values: list[Value] = [_ISSUE_VALUE.get(column.field, _empty)(issue)]
            if column.level is Level.MEASURE:
                getter = _MEASURE_VALUE.get(column.field)
                if getter is not None:
                    values += [getter(issue, m) for m in measures_by_issue.get(issue.id, ())]
            for value in values:
                if isinstance(value, str) and (found := text_problem(value)):
                    return _refusal(sheet, None, column, issue, value, found)
    return ExportError(Message(Msg.EXPORT_UNSAVABLE))


def _refusal(
    sheet: str,
    row: int | None,
    column: Column,
    issue: IssueRecord,
    value: str,
    found: tuple[Code, str],
) -> ExportError:
    code, reason = found
    problem = Problem(
        code=code,
        field=column.field,
        value=value[:50],
        message=reason,
        sheet=sheet,
        row=row,
        column=column.header,
    )
    number = issue.number if len(issue.number) <= 20 else issue.number[:20] + "…"
    return ExportError(
        Message(Msg.EXPORT_CELL_REFUSED, number=number, where=problem.where(), reason=reason),
        problem,
    )


class _CellFailed(Exception):
    """An xlsxwriter call returned an error code for one cell."""

    def __init__(self, row: int, col: int, code: int, value: object) -> None:
        self.row = row
        self.col = col
        self.code = code
        self.value = value
        super().__init__(f"cell ({row}, {col}) failed with {code}")


# One column as the write loop sees it: position, value source(s), formats, and the
# divisor that turns (UTF-8 bytes + characters) of a text into wrapped lines.
_IssueSlot = tuple[int, Callable[[IssueRecord], Value], Any, Any, int]
_MeasureSlot = tuple[
    int,
    Callable[[IssueRecord, MeasureRecord], Value],
    Callable[[IssueRecord], Value],
    Any,
    Any,
    int,
]


def _column_values(
    column: Column,
    issues: Sequence[IssueRecord],
    measures_by_issue: Mapping[int, Sequence[MeasureRecord]],
) -> Iterator[Value]:
    """A column's values, row by row, as the ledger sheet writes them."""
    alone = _ISSUE_VALUE.get(column.field, _empty)
    each = _MEASURE_VALUE.get(column.field) if column.level is Level.MEASURE else None
    for issue in issues:
        measures = measures_by_issue.get(issue.id) if each is not None else None
        if each is not None and measures:
            for measure in measures:
                yield each(issue, measure)
        else:
            yield alone(issue)


def column_widths(
    columns: Sequence[Column],
    issues: Sequence[IssueRecord],
    measures_by_issue: Mapping[int, Sequence[MeasureRecord]],
    sample: int = _WIDTH_SAMPLE,
) -> list[float]:
    """Widths that follow what the columns hold: a column of short values (names, units,
    dates, states) as wide as its longest value, at most the spec's width, at least its
    header on two lines; a column of dates always shows the widest date; an empty
    column (a 佐证材料 or 备注 to fill in by hand) shrinks to its header. The columns
    whose text wraps (问题描述, 整改措施…) then share what is left of the printed width
    in proportion to how much text they hold, so that no one of them makes the rows
    tall while another stands half empty.

    The first ``sample`` issues decide: row heights are estimated with the final
    widths, so a longer value further down wraps onto more lines, never gets cut."""
    head = issues[:sample]
    widths: list[float] = []
    wrapping: dict[int, tuple[int, float]] = {}  # column -> (text volume, width unwrapped)
    narrow = width_for(_WRAP_HALF_CHARS)
    for index, column in enumerate(columns):
        needed = volume = widest_date = 0
        dated = False
        for value in _column_values(column, head, measures_by_issue):
            if value.__class__ is str:
                if value:
                    needed = max(needed, *(display_width(part) for part in value.split("\n")))
                    volume += display_width(value)
            elif isinstance(value, date):
                dated = True
                widest_date = max(widest_date, display_width(date_text(value)))
            elif value is not None:
                needed = max(needed, len(str(value)))
        header = width_for(max(display_width(column.header) // 2 + 1, 2))
        if dated or column.kind in _DATED_KINDS or column.field == "number":
            width = max(min(width_for(needed), column.width), header) if needed else header
            if dated:
                # The widest date written, with a character's slack: a date cannot wrap,
                # and Excel shows ### in a column too narrow for it.
                width = max(width, width_for(min(widest_date + 2, DATE_HALF_CHARS)))
        else:
            # Text may wrap: it starts narrow and gets its share of the room below.
            width = max(min(width_for(needed), narrow), header) if needed else header
            if needed and width_for(needed) > width:
                wrapping[index] = (volume, width_for(needed))
        widths.append(width)
    return _share_print_width(widths, wrapping)


def _share_print_width(widths: list[float], wrapping: dict[int, tuple[int, float]]) -> list[float]:
    """Give the wrapping columns the room the others leave of ``_PRINT_WIDTH``, each in
    proportion to its text volume (a column's lines are its volume over its width, and
    the tallest cell makes the row), none narrower than it starts (its header, a few
    characters) and none wider than its longest value needs."""
    if not wrapping:
        return widths
    fixed = sum(w for i, w in enumerate(widths) if i not in wrapping)
    room = _PRINT_WIDTH - fixed
    floor = {i: widths[i] for i in wrapping}
    if room <= sum(floor.values()):
        return [floor.get(i, w) for i, w in enumerate(widths)]
    result = list(widths)
    open_ = dict(wrapping)
    # Water-filling: a column that reaches its bound keeps it, the rest share again.
    while open_:
        volume = sum(max(v, 1) for v, _ in open_.values())
        shares = {i: room * max(v, 1) / volume for i, (v, _) in open_.items()}
        bound = {
            i: floor[i] if shares[i] < floor[i] else need
            for i, (_, need) in open_.items()
            if shares[i] < floor[i] or shares[i] > need
        }
        if not bound:
            for i, share in shares.items():
                result[i] = round(share, 1)
            break
        for i, width in bound.items():
            result[i] = width
            room -= width
            del open_[i]
    return result


class _LedgerSheet:
    """One ledger sheet being streamed: the title, header and data rows in order."""

    def __init__(
        self, worksheet: Any, styles: Styles, columns: Sequence[Column], widths: Sequence[float]
    ) -> None:
        self.ws = worksheet
        self.styles = styles
        self.columns = tuple(columns)
        self.widths = tuple(widths)
        self.last_row = HEADER_ROW
        # Fitted to one page wide (whatever the reader's fonts make of the widths) and
        # as many tall as the manual breaks between issues make: the scale estimated
        # here for Excel's metrics decides where those breaks go.
        across = sum(_column_px(w) for w in self.widths) * 0.75
        self.scale = max(10, min(100, int(_PAGE_WIDTH_PT / max(across, 1.0) * 100)))
        self.page = _PAGE_HEIGHT_PT * 100 / self.scale
        self.room = self.page  # what the current page holds below its header rows
        self.used = 0.0
        self.breaks: list[int] = []

    def _check(self, code: int, row: int, col: int, value: object = None) -> None:
        if code:
            raise _CellFailed(row, col, code, value)

    def write_top(self, title: str, subtitle: str) -> None:
        ws, styles, count = self.ws, self.styles, len(self.columns)
        for col, width in enumerate(self.widths):
            ws.set_column(col, col, width)
        # The title and sub-title wrap when the chosen columns are few and narrow.
        across = sum(self.widths)
        title_lines = -(-display_width(title) * TITLE_SIZE // (BODY_SIZE * line_capacity(across)))
        ws.set_row(TITLE_ROW, max(36, title_lines * TITLE_SIZE * 1.4))
        ws.set_row(SUBTITLE_ROW, max(22, row_height(text_lines(subtitle, across))))
        header_lines = max(
            text_lines(c.header, w) for c, w in zip(self.columns, self.widths, strict=True)
        )
        ws.set_row(HEADER_ROW, row_height(header_lines))
        title_height = max(36, title_lines * TITLE_SIZE * 1.4)
        subtitle_height = max(22, row_height(text_lines(subtitle, across)))
        self.header_height = row_height(header_lines)
        self.room = self.page - title_height - subtitle_height - self.header_height
        for row, text, fmt in ((TITLE_ROW, title, styles.title), (SUBTITLE_ROW, subtitle, None)):
            fmt = fmt or styles.subtitle
            if count > 1:
                self._check(ws.merge_range(row, 0, row, count - 1, "", fmt), row, 0)
            self._check(ws.write_string(row, 0, text, fmt), row, 0, text)
        for col, column in enumerate(self.columns):
            self._check(ws.write_string(HEADER_ROW, col, column.header, styles.header), 2, col)

    def _paginate(
        self, row: int, heights: Sequence[float], need: float = 0.0
    ) -> list[tuple[int, int]]:
        """Place an issue's rows (starting at ``row``, ``heights`` in points) on the
        pages, filling each: the issue stays whole on this page when it fits; else it
        is cut between its measure rows, where the part left on this page is at least
        ``need`` tall (its merged texts' height), and continues on the next; else it
        starts the next page. Returns the runs of its rows (first, last offsets) that
        share a page, and records the page breaks."""
        runs: list[tuple[int, int]] = []
        later = self.page - self.header_height
        start, count = 0, len(heights)
        while start < count:
            rest = heights[start:]
            if self.used + sum(rest) <= self.room:
                self.used += sum(rest)
                runs.append((start, count - 1))
                break
            # As many rows as fit on this page, if they hold the issue's texts.
            k, filled = 0, 0.0
            while k < len(rest) and self.used + filled + rest[k] <= self.room:
                filled += rest[k]
                k += 1
            if k and (filled >= need or start or not self.used):
                runs.append((start, start + k - 1))
                start += k
            elif not k and not self.used:
                # A single row taller than a page: it gets the page to itself.
                runs.append((start, start))
                start += 1
            self.breaks.append(row + start)
            self.room, self.used = later, 0.0
        return runs

    def _slots(self) -> tuple[list[_IssueSlot], list[_MeasureSlot]]:
        """Per column, once: where it goes, how it looks, where its value comes from."""
        styles = self.styles
        issue_slots: list[_IssueSlot] = []
        measure_slots: list[_MeasureSlot] = []
        for col, (column, width) in enumerate(zip(self.columns, self.widths, strict=True)):
            centred = _centred(column)
            plain = styles.center if centred else styles.left
            quoted = styles.center_quoted if centred else styles.left_quoted
            divisor = 2 * line_capacity(width)
            alone = _ISSUE_VALUE.get(column.field, _empty)
            each = _MEASURE_VALUE.get(column.field)
            if column.level is Level.MEASURE and each is not None:
                measure_slots.append((col, each, alone, plain, quoted, divisor))
            else:
                issue_slots.append((col, alone, plain, quoted, divisor))
        return issue_slots, measure_slots

    def write_issues(
        self,
        issues: Sequence[IssueRecord],
        measures_by_issue: Mapping[int, Sequence[MeasureRecord]],
        done_before: int,
        total: int,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> int:
        """Write every issue's rows, strictly downwards; returns the data rows written.

        Each row gets an explicit height from the estimated wrapped lines of its cells
        (Excel, WPS and LibreOffice do not all size rows on opening, and none grows a
        row for a merged cell); a merged issue cell's lines are shared out over its
        measure rows."""
        ws = self.ws
        write_string, write_blank = ws.write_string, ws.write_blank
        write_datetime, merge_range, set_row = ws.write_datetime, ws.merge_range, ws.set_row
        write_number = ws.write_number
        date_format = self.styles.date
        starts = FORMULA_STARTS
        issue_slots, measure_slots = self._slots()
        issue_divisors = [slot[4] for slot in issue_slots]
        measure_divisors = [slot[5] for slot in measure_slots]

        def put(row: int, col: int, value: Value, plain: Any, quoted: Any) -> None:
            if value.__class__ is str:
                if value:
                    fmt = quoted if value[0] in starts else plain
                    code = write_string(row, col, value, fmt)
                else:
                    code = write_blank(row, col, None, plain)
            elif value is None:
                code = write_blank(row, col, None, plain)
            elif isinstance(value, date):
                code = write_datetime(row, col, value, date_format)
            elif isinstance(value, int):
                code = write_number(row, col, value, plain)
            else:
                value = str(value)
                code = write_string(row, col, value, quoted if value[:1] in starts else plain)
            if code:
                raise _CellFailed(row, col, code, value)

        def lines(values: Sequence[Value], divisors: Sequence[int]) -> int:
            most = 1
            for v, d in zip(values, divisors, strict=False):
                # (UTF-8 bytes + characters) is at most 5 per character: a short text
                # without line breaks takes one line, no need to measure it.
                if v.__class__ is str and (len(v) * 5 >= d or "\n" in v):
                    # (UTF-8 bytes + characters) is twice the display width; see styles.
                    n = (len(v.encode()) + len(v)) // d + 1 + v.count("\n")
                    if n > most:
                        most = n
            return most

        wrapping = {
            position
            for position, (col, *_rest) in enumerate(issue_slots)
            if self.columns[col].kind not in _CENTRED_KINDS and self.columns[col].field != "number"
        }

        def continued(values: Sequence[Value], height: float, rows: int) -> list[Value]:
            """An issue's cells where it continues on a new page: the texts marked 续,
            cut to what the continued part's rows hold (the whole text is on the page
            before)."""
            room = max(1, int((height - rows * ROW_PADDING) / LINE_HEIGHT))
            out: list[Value] = []
            for k, v in enumerate(values):
                if k in wrapping and isinstance(v, str) and v:
                    v = f"（续）{v}"
                    most = room * line_capacity(self.widths[issue_slots[k][0]]) // 2
                    if len(v) > most:
                        v = v[: max(most - 1, 3)] + "…"
                out.append(v)
            return out

        # Flat per-column lists for the loop: no attribute or slot lookups per cell.
        issue_getters = [slot[1] for slot in issue_slots]
        measure_getters = [slot[1] for slot in measure_slots]
        alone_getters = [slot[2] for slot in measure_slots]
        issue_cells = [(slot[0], slot[2], slot[3]) for slot in issue_slots]
        measure_cells = [(slot[0], slot[3], slot[4]) for slot in measure_slots]

        row = FIRST_DATA_ROW
        issue: IssueRecord | None = None
        try:
            for n, issue in enumerate(issues):
                if not n % _PROGRESS_EVERY:
                    if cancelled is not None and cancelled():
                        raise ExportCancelled
                    if progress is not None:
                        progress(done_before + n, total)
                measures = measures_by_issue.get(issue.id) or ()
                count = len(measures)
                if row + max(count, 1) > EXCEL_MAX_ROWS:
                    raise ExportError(Message(Msg.TOO_MANY_ROWS, EXCEL_MAX_ROWS=EXCEL_MAX_ROWS))
                issue_values = [get(issue) for get in issue_getters]

                if count == 0:
                    alone_values = [get(issue) for get in alone_getters]
                    height = max(
                        lines(issue_values, issue_divisors),
                        lines(alone_values, measure_divisors),
                    )
                    if set_row(row, row_height(height)):
                        raise _CellFailed(row, 0, -1, None)
                    self._paginate(row, [row_height(height)])
                    for (col, plain, quoted), value in zip(issue_cells, issue_values, strict=True):
                        put(row, col, value, plain, quoted)
                    for (col, plain, quoted), value in zip(
                        measure_cells, alone_values, strict=True
                    ):
                        put(row, col, value, plain, quoted)
                    row += 1
                    continue

                rows = [[get(issue, m) for get in measure_getters] for m in measures]
                merged = lines(issue_values, issue_divisors)
                own = [lines(values, measure_divisors) for values in rows]
                short = merged - sum(own)
                if short > 0:
                    share, extra = divmod(short, count)
                    own = [n_lines + share + (k < extra) for k, n_lines in enumerate(own)]
                heights = [row_height(n_lines) for n_lines in own]
                for k, row_points in enumerate(heights):
                    if set_row(row + k, row_points):
                        raise _CellFailed(row + k, 0, -1, None)

                # An issue longer than a page is cut between its measures; each page's
                # part has the issue's cells merged over it, the text repeated (续).
                need = row_height(merged)
                for part, (a, b) in enumerate(self._paginate(row, heights, need)):
                    first, last = row + a, row + b
                    values = (
                        issue_values
                        if not part
                        else continued(issue_values, sum(heights[a : b + 1]), b - a + 1)
                    )
                    if last > first:
                        for col, _, _ in issue_cells:
                            # No format here: with a format, merge_range pads the cells
                            # below at once, and constant-memory mode then refuses the
                            # next column's first row (-1, value dropped). The first
                            # cell gets its value and format below, the others are
                            # padded row by row.
                            code = merge_range(first, col, last, col, "", None)
                            if code:
                                raise _CellFailed(first, col, code, None)
                    for (col, plain, quoted), value in zip(issue_cells, values, strict=True):
                        put(first, col, value, plain, quoted)
                    for r in range(first, last + 1):
                        if r > first:
                            for col, plain, _ in issue_cells:
                                code = write_blank(r, col, None, plain)
                                if code:
                                    raise _CellFailed(r, col, code, None)
                        for (col, plain, quoted), value in zip(
                            measure_cells, rows[r - row], strict=True
                        ):
                            # The common case inline (most cells are text).
                            if value.__class__ is str and value:
                                code = write_string(
                                    r, col, value, quoted if value[0] in starts else plain
                                )
                                if code:
                                    raise _CellFailed(r, col, code, value)
                            else:
                                put(r, col, value, plain, quoted)
                last = row + count - 1
                row = last + 1
        except _CellFailed as failed:
            raise self._explain(failed, issue) from None
        self.last_row = row - 1
        return row - FIRST_DATA_ROW

    def _explain(self, failed: _CellFailed, issue: IssueRecord | None) -> ExportError:
        column = self.columns[failed.col] if failed.col < len(self.columns) else self.columns[0]
        sheet = self.ws.get_name()
        if (
            issue is not None
            and isinstance(failed.value, str)
            and (found := text_problem(failed.value))
        ):
            return _refusal(sheet, failed.row + 1, column, issue, failed.value, found)
        return ExportError(
            Message(
                Msg.EXPORT_CELL_FAILED,
                sheet=sheet,
                row=failed.row + 1,
                column=column.header,
                code=failed.code,
            )
        )

    def finish(self) -> None:
        """Print set-up and the view, once the rows are written."""
        ws, width = self.ws, len(self.columns)
        ws.freeze_panes(FIRST_DATA_ROW, 0)
        ws.repeat_rows(HEADER_ROW)
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)  # one page wide, as many tall as the breaks make
        ws.set_h_pagebreaks(self.breaks[:_MAX_BREAKS])
        ws.center_horizontally()
        # Landscape tables in bound documents face their top edge to the binding
        # (GB/T 9704): the top margin carries the binding allowance.
        ws.set_margins(left=0.6, right=0.6, top=1.1, bottom=0.8)
        ws.set_footer("&C第 &P 页 共 &N 页", {"margin": 0.3})
        ws.print_area(0, 0, max(self.last_row, HEADER_ROW), width - 1)
        numbered = [c for c, column in enumerate(self.columns) if column.field == "number"]
        if numbered and self.last_row >= FIRST_DATA_ROW:
            # Numbers that are not numbers ("（三）", "012") stay text, unmarked.
            col = numbered[0]
            ws.ignore_errors(
                {"number_stored_as_text": _cell_range(FIRST_DATA_ROW, col, self.last_row, col)}
            )


def _column_px(width: float) -> int:
    """A column's width in pixels, as Excel and xlsxwriter count it."""
    return int(width * 12 + 0.5) if width < 1 else int(width * 7 + 0.5) + 5


def _cell_range(first_row: int, first_col: int, last_row: int, last_col: int) -> str:
    from xlsxwriter.utility import xl_range

    return str(xl_range(first_row, first_col, last_row, last_col))
