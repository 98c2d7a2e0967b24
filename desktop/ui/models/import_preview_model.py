"""The import wizard's preview as a model: the plan's issues, their measures under
them, the problems marked on their cells, and how each issue is imported (新增/更新).

A 10,000-issue workbook used to fill a tree widget with 10,000 items (and their texts,
colours and tooltips) on the GUI thread, and the window froze for a second or two; the
model makes a row's texts only when the view asks for them, for the rows shown. The
measures are rows of their issue (no item is built for them either).

Strings keep the translation contexts they had in the wizard's page (``PreviewPage``,
``ImportWizard``), so their English stays where it was.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain.plan import ImportPlan, PlannedIssue
from desktop.domain.problems import Code, Problem, Severity
from desktop.excel.columns import BY_FIELD, Level
from desktop.ui import labels

Index = QModelIndex | QPersistentModelIndex

# Columns of the preview, and where a problem in a field's column is marked.
COL_NUMBER, COL_CATEGORY, COL_TEXT, COL_STATUS, COL_UNIT, COL_DEADLINE = range(6)
COL_ROW, COL_ACTION = 6, 7
COLUMNS = 8
FIELD_COLUMN = {
    "number": COL_NUMBER,
    "category": COL_CATEGORY,
    "text": COL_TEXT,
    "measure": COL_TEXT,
    "status": COL_STATUS,
    "lead_unit": COL_UNIT,
    "deadline": COL_DEADLINE,
}
# A row's place in the plan: (issue index, measure index or None for the issue's row).
TARGET_ROLE = Qt.ItemDataRole.UserRole
# Issues given to the view at first and at each scroll to the bottom (``fetchMore``): a
# view lays out every row it has, one call into the model per issue, and 10,000 issues
# held the GUI thread 80-250 ms (more while a worker holds the interpreter lock).
FETCH_ISSUES = 500

ERROR_BACKGROUND = QColor("#f8d7da")
WARNING_BACKGROUND = QColor("#fff3cd")
MARK_FOREGROUND = QColor("#202124")
CELL_LETTERS = re.compile(r"[A-Z]+")

# Problems about rows or columns that hold no issue: listed, not marked on one.
NOT_ON_AN_ISSUE = frozenset(
    {
        Code.MEASURE_WITHOUT_ISSUE,
        Code.SKIPPED_ROW,
        Code.UNREAD_COLUMN,
        Code.UNREAD_SHEET,
        Code.SEVERAL_LEDGER_SHEETS,
    }
)

# The roles the model (and the wizard's problem list) answers.
ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        TARGET_ROLE,
    )
)


@dataclasses.dataclass(slots=True)
class Mark:
    """Where a problem shows in the preview: issue index, measure index (None: the
    issue's own row) and column."""

    issue: int
    measure: int | None
    column: int


Marks = dict[int, list[tuple[Mark, Problem]]]


@dataclasses.dataclass(frozen=True, slots=True)
class _Cell:
    """A marked cell: its colours, its tooltip, and what the file says (shown instead
    of what the reader made of it; empty: the reader's text)."""

    background: QBrush
    tooltip: str
    written: str


_BRUSHES = {
    Severity.ERROR: QBrush(ERROR_BACKGROUND),
    Severity.WARNING: QBrush(WARNING_BACKGROUND),
}
_MARK_BRUSH = QBrush(MARK_FOREGROUND)


def place_problems(plan: ImportPlan, mapping: Sequence[tuple[str, str | None]]) -> Marks:
    """Each problem's place in the preview: the issue whose rows hold its row, the
    measure of that row for measure-level columns, the column of its field
    (``mapping``: the read's column letters and their fields)."""
    rows = [p.source.row or 0 for p in plan.issues]
    fields = dict(mapping)
    marks: Marks = {}
    for problem in plan.problems:
        if problem.row is None or problem.code in NOT_ON_AN_ISSUE:
            continue
        index = bisect.bisect_right(rows, problem.row) - 1
        if index < 0:
            continue
        letters = CELL_LETTERS.match(problem.cell)
        field = fields.get(letters.group(0)) if letters else None
        field = field or problem.field
        measure: int | None = None
        column = FIELD_COLUMN.get(field or "", COL_ROW)
        if field in BY_FIELD and BY_FIELD[field].level is Level.MEASURE:
            measure = next(
                (
                    i
                    for i, m in enumerate(plan.issues[index].measures)
                    if m.source.row == problem.row
                ),
                None,
            )
        marks.setdefault(index, []).append((Mark(index, measure, column), problem))
    return marks


def one_line(text: str) -> str:
    """Cell text with line breaks (Alt+Enter) shown as spaces."""
    return " ".join(text.split()) if "\n" in text else text


def problem_line(problem: Problem) -> str:
    """A problem as a line of a cell's tooltip: its cell, what is wrong, the value."""
    value = (
        QCoreApplication.translate("ImportWizard", "（值：{value}）").format(value=problem.value)
        if problem.value
        else ""
    )
    where = f"{problem.cell}：" if problem.cell else ""
    return f"{where}{problem.message or labels.problem_text(problem)}{value}"


class PreviewModel(QAbstractItemModel):
    """The plan's issues as top-level rows, each issue's measures as its child rows.

    Roles: display (made when asked, for the rows shown), tooltip, background and
    foreground (a marked cell: red for an error, yellow for a warning; the 位置 cell of
    an issue also says when its measures have problems), ``TARGET_ROLE`` (issue index,
    measure index or None). The 导入方式 column reads the effective plan (the one
    matched against the chosen target inspection): 更新 where an issue has a key.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.effective: ImportPlan | None = None
        self.marks: Marks = {}
        # The issues the view has been given so far (the first rows; more as it scrolls).
        self.fetched = 0
        # Marked cells of a row, by (issue, measure), made when the row is first shown.
        self._cells: dict[tuple[int, int | None], dict[int, _Cell]] = {}
        self._row_word = ""
        self._added = ""
        self._updated = ""
        self._headers = [
            QCoreApplication.translate("PreviewPage", "序号"),
            QCoreApplication.translate("PreviewPage", "类别"),
            QCoreApplication.translate("PreviewPage", "问题描述 / 整改措施"),
            QCoreApplication.translate("PreviewPage", "整改状态"),
            QCoreApplication.translate("PreviewPage", "牵头单位"),
            QCoreApplication.translate("PreviewPage", "整改时限"),
            QCoreApplication.translate("PreviewPage", "位置"),
            QCoreApplication.translate("PreviewPage", "导入方式"),
        ]

    # ------------------------------------------------------------ contents
    def set_plan(self, plan: ImportPlan | None, marks: Marks | None = None) -> None:
        """Show ``plan`` (None: nothing) with its problems placed as ``marks``; every
        issue reads 新增 until :meth:`set_effective` says otherwise."""
        self.beginResetModel()
        self.plan = plan
        self.effective = None
        self.marks = marks or {}
        self.fetched = min(len(plan.issues), FETCH_ISSUES) if plan is not None else 0
        self._cells = {}
        self._row_word = QCoreApplication.translate("PreviewPage", "第 {row} 行")
        self._added = QCoreApplication.translate("PreviewPage", "新增")
        self._updated = QCoreApplication.translate("PreviewPage", "更新")
        self.endResetModel()

    def set_effective(self, plan: ImportPlan | None) -> None:
        """The plan as matched against the chosen target: the 导入方式 column follows it
        (one signal for the column; the view repaints the rows it shows)."""
        self.effective = plan
        count = self.rowCount()
        if count:
            self.dataChanged.emit(self.index(0, COL_ACTION), self.index(count - 1, COL_ACTION), [])

    def updating(self, issue: int) -> bool:
        """Whether the issue at ``issue`` updates one already in the target."""
        effective = self.effective
        if effective is None or issue >= len(effective.issues):
            return False
        return effective.issues[issue].key is not None

    @property
    def issue_count(self) -> int:
        """The plan's issues, given to the view or not yet."""
        return len(self.plan.issues) if self.plan is not None else 0

    def fetch_to(self, issue: int) -> None:
        """Give the view the rows up to ``issue`` (a problem's cell shown far down)."""
        wanted = min(issue + 1, self.issue_count)
        if wanted > self.fetched:
            self.beginInsertRows(QModelIndex(), self.fetched, wanted - 1)
            self.fetched = wanted
            self.endInsertRows()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self.fetched < self.issue_count

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid():
            self.fetch_to(self.fetched + FETCH_ISSUES - 1)

    def issue_index(self, issue: int, column: int = 0) -> QModelIndex:
        """The issue's row (given to the view first if it was not yet)."""
        self.fetch_to(issue)
        return self.index(issue, column)

    def measure_index(self, issue: int, measure: int, column: int = 0) -> QModelIndex:
        return self.index(measure, column, self.index(issue, 0))

    def place(self, index: Index) -> tuple[int, int | None] | None:
        """(issue index, measure index or None) of a row."""
        if not index.isValid():
            return None
        parent = index.internalId()
        if parent == 0:
            return index.row(), None
        return parent - 1, index.row()

    # ------------------------------------------------------------ Qt's model
    # flags() is Qt's own (enabled, selectable): the view asks twice for every issue
    # when it lays its rows out, and a call into Python costs more than the answer.
    # A top-level row's internal id is 0; a measure's is its issue's index + 1.
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 (Qt's API)
        plan = self.plan
        if plan is None or not 0 <= column < COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= self.fetched:
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0 or not 0 <= parent.row() < self.fetched:
            return QModelIndex()
        if row >= len(plan.issues[parent.row()].measures):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = index.internalId()
        if parent == 0:
            return QModelIndex()
        return self.createIndex(parent - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        plan = self.plan
        if plan is None:
            return 0
        if not parent.isValid():
            return self.fetched
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(plan.issues[parent.row()].measures)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # Asked for every issue when the view lays its rows out: kept short.
        plan = self.plan
        if plan is None:
            return False
        if not parent.isValid():
            return bool(plan.issues)
        return parent.internalId() == 0 and bool(plan.issues[parent.row()].measures)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        shown = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        return self._headers[section] if shown and 0 <= section < COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for a dozen roles per cell painted: the others go at once.
        if role not in ANSWERED_ROLES:
            return None
        place = self.place(index)
        if place is None or self.plan is None:
            return None
        issue, measure = place
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            cell = self._cells_of(issue, measure).get(column)
            if cell is not None and cell.written:
                return cell.written
            return self._text(issue, measure, column)
        if role == TARGET_ROLE:
            return place
        if role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            cell = self._cells_of(issue, measure).get(column)
            if cell is None:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return cell.background
            if role == Qt.ItemDataRole.ForegroundRole:
                return _MARK_BRUSH
            return cell.tooltip
        return None

    # ------------------------------------------------------------ the rows
    def _text(self, issue: int, measure: int | None, column: int) -> str:
        assert self.plan is not None
        planned: PlannedIssue = self.plan.issues[issue]
        if measure is None:
            draft: Any = planned.draft
            source = planned.source
            if column == COL_NUMBER:
                return one_line(planned.draft.number)
            if column == COL_CATEGORY:
                return " / ".join(planned.category_path)
            if column == COL_ACTION:
                return self._updated if self.updating(issue) else self._added
        else:
            if column in (COL_NUMBER, COL_CATEGORY, COL_ACTION):
                return ""
            draft = planned.measures[measure].draft
            source = planned.measures[measure].source
        if column == COL_TEXT:
            return one_line(draft.text)
        if column == COL_STATUS:
            return labels.status_text(draft.status, draft.long_term)
        if column == COL_UNIT:
            return str(draft.responsibility.lead_unit)
        if column == COL_DEADLINE:
            return labels.deadline_text(draft.responsibility)
        if column == COL_ROW:
            return self._row_word.format(row=source.row) if source.row else ""
        return ""

    def _cells_of(self, issue: int, measure: int | None) -> dict[int, _Cell]:
        key = (issue, measure)
        cells = self._cells.get(key)
        if cells is None:
            cells = self._cells[key] = self._mark(issue, measure)
        return cells

    def _mark(self, issue: int, measure: int | None) -> dict[int, _Cell]:
        """The marked cells of a row: each column's problems, the worst one's colour,
        all of them in the tooltip, and the value the file holds where it is wrong."""
        marks = self.marks.get(issue)
        if not marks:
            return {}
        by_column: dict[int, list[Problem]] = {}
        for mark, problem in marks:
            if mark.measure == measure:
                by_column.setdefault(mark.column, []).append(problem)
        cells: dict[int, _Cell] = {}
        for column, problems in by_column.items():
            severity = Severity.ERROR if any(p.blocking for p in problems) else Severity.WARNING
            written = next((p.value for p in problems if p.blocking and p.value), "")
            cells[column] = _Cell(
                _BRUSHES[severity],
                "\n".join(problem_line(p) for p in problems),
                # Show what the file says, not what the reader made of it (an unknown
                # status word reads as 未启动).
                one_line(written) if written and column not in (COL_ROW, COL_TEXT) else "",
            )
        if measure is None:
            below = [p for m, p in marks if m.measure is not None]
            if below:
                # Say on the issue that some of its measures are wrong (seen collapsed).
                note = QCoreApplication.translate(
                    "PreviewPage", "其整改措施中有 {n} 处问题"
                ).format(n=len(below))
                own = cells.get(COL_ROW)
                severe = any(p.blocking for p in below) or (
                    own is not None and own.background is _BRUSHES[Severity.ERROR]
                )
                cells[COL_ROW] = _Cell(
                    _BRUSHES[Severity.ERROR if severe else Severity.WARNING],
                    f"{own.tooltip}\n{note}" if own is not None and own.tooltip else note,
                    own.written if own is not None else "",
                )
        return cells
