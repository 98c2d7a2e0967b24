"""The import wizard's problem list as a model: every problem of the plan, errors
first, one row each (级别, 工作表, 行, 列, 值, 说明), with where it shows in the preview.

It replaces a tree widget capped at 5,000 items: a workbook with a bad column can have
50,000 problems, and an item per problem (its texts, colours and tooltips) was built on
the GUI thread at once. The model keeps the problems and makes a row's texts when the
view asks for them, for the rows shown; the view lays out rows of one height.

Strings keep the translation context of the wizard's page (``PreviewPage``), so their
English stays where it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from desktop.domain.problems import Problem, Severity
from desktop.ui import labels
from desktop.ui.models.import_preview_model import (
    ANSWERED_ROLES,
    CELL_LETTERS,
    ERROR_BACKGROUND,
    MARK_FOREGROUND,
    WARNING_BACKGROUND,
    Index,
    Mark,
    Marks,
)

COL_LEVEL, COL_SHEET, COL_ROW, COL_COLUMN, COL_VALUE, COL_MESSAGE = range(6)
COLUMNS = 6


def ordered_problems(problems: Sequence[Problem]) -> list[Problem]:
    """The order of the list: errors first, then by row (stable within a row)."""
    return sorted(problems, key=lambda p: (not p.blocking, p.row or 0))


def column_text(problem: Problem) -> str:
    """The 列 cell: the cell's letters, with the column's header when it has one."""
    letters = CELL_LETTERS.match(problem.cell)
    if letters and problem.column and problem.column != letters.group(0):
        return f"{letters.group(0)}（{problem.column}）"
    return problem.column or (letters.group(0) if letters else "")


class ProblemListModel(QAbstractTableModel):
    """The plan's problems in the list's order.

    Roles: display (made when asked), tooltip (the value in full on 值, the problem
    described on 说明), background and foreground of 级别 (red for an error, yellow for a
    warning), ``TARGET_ROLE`` on 级别: (issue index, measure index or None, preview
    column) of the preview's cell the problem is marked on, None when it is on none.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []
        # Each problem's place in the preview, by the problem's identity.
        self._places: dict[int, Mark] = {}
        self._error = ""
        self._warning = ""
        self._headers = [
            QCoreApplication.translate("PreviewPage", "级别"),
            QCoreApplication.translate("PreviewPage", "工作表"),
            QCoreApplication.translate("PreviewPage", "行"),
            QCoreApplication.translate("PreviewPage", "列"),
            QCoreApplication.translate("PreviewPage", "值"),
            QCoreApplication.translate("PreviewPage", "说明"),
        ]

    def set_problems(self, problems: Sequence[Problem], marks: Marks | None = None) -> None:
        """List ``problems`` (errors first) with their places in the preview."""
        self.beginResetModel()
        self.problems = ordered_problems(problems)
        self._places = {id(p): m for placed in (marks or {}).values() for m, p in placed}
        self._error = QCoreApplication.translate("PreviewPage", "错误")
        self._warning = QCoreApplication.translate("PreviewPage", "提示")
        self.endResetModel()

    def problem(self, row: int) -> Problem | None:
        return self.problems[row] if 0 <= row < len(self.problems) else None

    def place(self, row: int) -> Mark | None:
        """Where the problem of ``row`` is marked in the preview (None: on no cell)."""
        problem = self.problem(row)
        return self._places.get(id(problem)) if problem is not None else None

    def row_texts(self, row: int) -> list[str]:
        """The row's six texts, as shown."""
        return [str(self.index(row, c).data() or "") for c in range(COLUMNS)]

    # ------------------------------------------------------------ Qt's model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        shown = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        return self._headers[section] if shown and 0 <= section < COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        problem = self.problem(index.row())
        if problem is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(problem, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_VALUE:
                return problem.value or None
            if column == COL_MESSAGE:
                return problem.describe()
            return None
        if column != COL_LEVEL:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BACKGROUND if problem.severity is Severity.ERROR else WARNING_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            return MARK_FOREGROUND
        mark = self._places.get(id(problem))  # TARGET_ROLE
        return (mark.issue, mark.measure, mark.column) if mark is not None else None

    def _text(self, problem: Problem, column: int) -> str:
        if column == COL_LEVEL:
            return self._error if problem.blocking else self._warning
        if column == COL_SHEET:
            return problem.sheet
        if column == COL_ROW:
            return str(problem.row) if problem.row is not None else ""
        if column == COL_COLUMN:
            return column_text(problem)
        if column == COL_VALUE:
            return problem.value
        return problem.message or labels.problem_text(problem)
