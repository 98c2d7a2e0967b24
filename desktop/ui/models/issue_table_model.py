"""The issue table: a QAbstractTableModel over IssueRecords that filters and sorts in
Python and resets (a proxy over 50k rows takes seconds; see architecture.md)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.domain.calendar import WorkCalendar
from desktop.domain.filters import DUE_SOON_DAYS, IssueFilter, matches
from desktop.domain.lights import DueSettings, Light
from desktop.domain.numbering import number_sort_key
from desktop.domain.overdue import issue_light, shown_deadline
from desktop.domain.records import IssueRecord
from desktop.domain.status import Status
from desktop.domain.texts import listed
from desktop.ui import labels
from desktop.ui.models.columns import CENTER, Column
from desktop.ui.models.roles import Roles

Index = QModelIndex | QPersistentModelIndex

# The traffic lights offices use, as light backgrounds so that text stays readable.
OVERDUE_COLOUR = QColor("#f6c6c2")
DUE_SOON_COLOUR = QColor("#fbe49a")
DONE_COLOUR = QColor("#c4e6cf")
LIGHT_TEXT = QColor("#1f1f1f")

_STATUS_ORDER = {s: i for i, s in enumerate(Status)}
_TEXT_CHARS = 80


def _elide(text: str, limit: int = _TEXT_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _deadline_tooltip(record: IssueRecord) -> str:
    shown, of_measure = shown_deadline(record)
    if not of_measure:
        return record.responsibility.deadline_text
    return QCoreApplication.translate(
        "IssueTableModel", "问题本身未写整改时限；这是其未完成整改措施中最早的时限：{deadline}"
    ).format(deadline=shown.deadline_text or labels.deadline_text(shown))


def _deadline_sort_key(record: IssueRecord) -> tuple[date, str, str]:
    shown = shown_deadline(record)[0]
    return (shown.deadline or date.max, shown.deadline_rule or "", shown.deadline_text)


def _rich_tooltip(text: str) -> str:
    # Rich text so that Qt wraps long paragraphs instead of one screen-wide line.
    import html  # on the first hover, not before the first frame (its entities' table)

    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>" if text else ""


def issue_columns(
    inspection_titles: dict[int, str] | None = None,
) -> tuple[Column[IssueRecord], ...]:
    """The issue table's columns (translated headers). The last, 巡察, names each
    issue's inspection from ``inspection_titles`` (the window shows it for 全部问题,
    where issues of several inspections share their numbers)."""
    titles = inspection_titles if inspection_titles is not None else {}
    return (
        Column(
            "number",
            labels.field_label("number"),
            lambda r: r.number,
            sort_key=lambda r: number_sort_key(r.number),
            align=CENTER,
            width=3,
        ),
        Column(
            "category",
            labels.field_label("category"),
            lambda r: r.category_path[-1] if r.category_path else "",
            sort_key=lambda r: tuple(number_sort_key(p) for p in r.category_path),
            tooltip=lambda r: " / ".join(r.category_path),
            width=7,
        ),
        Column(
            "text",
            labels.field_label("text"),
            lambda r: _elide(r.text),
            sort_key=lambda r: r.text,
            tooltip=lambda r: _rich_tooltip(r.text),
            width=20,
        ),
        Column(
            "lead_unit",
            labels.field_label("lead_unit"),
            lambda r: r.responsibility.lead_unit,
            tooltip=lambda r: listed(
                (r.responsibility.lead_unit, *r.responsibility.cooperating_units)
            ),
            width=6,
        ),
        Column(
            "lead_leader",
            labels.field_label("lead_leader"),
            lambda r: r.responsibility.lead_leader,
            width=4,
        ),
        Column(
            "deadline",
            labels.field_label("deadline"),
            labels.issue_deadline_text,
            sort_key=_deadline_sort_key,
            tooltip=_deadline_tooltip,
            align=CENTER,
            width=12,  # room for a measure's date and its （措施）
        ),
        Column(
            "status",
            labels.field_label("status"),
            lambda r: labels.status_label(r.status),
            sort_key=lambda r: (_STATUS_ORDER[r.status], r.long_term),
            tooltip=lambda r: r.progress,
            align=CENTER,
            width=4,
            fits=labels.status_labels(),
        ),
        Column(
            "long_term",
            labels.field_label("long_term"),
            lambda r: "✓" if r.long_term else "",
            sort_key=lambda r: r.long_term,
            align=CENTER,
            width=4,
        ),
        Column(
            "measures",
            QCoreApplication.translate("IssueTableModel", "措施完成"),
            lambda r: f"{r.measures_done}/{r.measures_total}" if r.measures_total else "",
            sort_key=lambda r: (
                r.measures_done / r.measures_total if r.measures_total else -1.0,
                r.measures_total,
            ),
            align=CENTER,
            width=4,
        ),
        Column(
            "last_progress",
            QCoreApplication.translate("IssueTableModel", "最近进展"),
            lambda r: labels.format_date(r.last_progress_date),
            sort_key=lambda r: r.last_progress_date or date.min,
            align=CENTER,
            width=7,
        ),
        Column(
            "inspection",
            labels.field_label("inspection"),
            lambda r: titles.get(r.inspection_id, ""),
            sort_key=lambda r: (titles.get(r.inspection_id, ""), r.inspection_id),
            width=10,
        ),
    )


_LIGHT_NAMES: dict[Light, str | None] = {
    Light.GREEN: "done",
    Light.RED: "overdue",
    Light.YELLOW: "due_soon",
    Light.NONE: None,
}


class IssueTableModel(QAbstractTableModel):
    """Issues as rows. Holds every issue of the current scope (``set_issues``: the
    window's chosen inspection, or all) with their search texts, shows those passing the
    filter (``set_filter``; its inspection is the scope's, not checked again) in the
    chosen order (``sort``); filtering resets the model, sorting re-lays it out keeping
    the selection.

    Roles: display, tooltip, alignment, background/foreground (overdue red, due soon
    yellow, done green), ``Roles.RECORD_ID``, ``Roles.RECORD``, ``Roles.SORT_KEY``.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # Each issue's inspection title (the 巡察 column), filled by the window.
        self.inspection_titles: dict[int, str] = {}
        self.columns = issue_columns(self.inspection_titles)
        self._source: list[IssueRecord] = []
        self._texts: dict[int, str] = {}
        # The search text of each row of _source, aligned with it (references, not
        # copies): made at the first search after a change, so that a keystroke scans a
        # list instead of looking each issue up in the dict.
        self._aligned_texts: list[str] | None = None
        self._rows: list[IssueRecord] = []
        self._row_of: dict[int, int] | None = {}  # made when first asked (None: stale)
        self._filter = IssueFilter()
        self._category_ids: frozenset[int] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._today = date.today()
        self._due_soon_days = DUE_SOON_DAYS
        self._due_working_days = False
        self._calendar: WorkCalendar | None = None
        # The inspections' feedback dates: "N个工作日内" deadlines count from them.
        self._feedback_dates: dict[int, date] = {}
        # Each issue's light, computed once per load (painting and counts ask often).
        self._lights: dict[int, str | None] = {}
        # Changes with the rules the lights follow (lights computed elsewhere under
        # other rules are not taken: ``complete_issues``).
        self._rules_version = 0
        # Each column's rank of each issue in the scope (column -> issue id -> the
        # place of its sort key among all), made when first sorted by it: clicking a
        # header again, or the other way round, sorts small ints. No sort key depends
        # on the date or the lights' rules; an edit drops them.
        self._sort_ranks: dict[int, dict[int, int]] = {}

    @property
    def today(self) -> date:
        return self._today

    @today.setter
    def today(self, value: date) -> None:
        self._today = value
        self._rules_changed()

    @property
    def due_soon_days(self) -> int:
        return self._due_soon_days

    @due_soon_days.setter
    def due_soon_days(self, value: int) -> None:
        self._due_soon_days = value
        self._rules_changed()

    def set_deadline_rules(
        self,
        *,
        working_days: bool,
        calendar: WorkCalendar | None,
        feedback_dates: dict[int, date],
    ) -> None:
        """Count due-soon in working days (or not) on ``calendar``, and place
        "N个工作日内" deadlines from each inspection's feedback date: the same lights
        as the 督办 view (``domain.overdue.issue_light``)."""
        self._due_working_days = working_days
        self._calendar = calendar
        self._feedback_dates = dict(feedback_dates)
        self._rules_changed()

    def _rules_changed(self) -> None:
        self._lights.clear()
        self._rules_version += 1

    def light_rules(self) -> tuple[int, Callable[[IssueRecord], str | None]]:
        """The lights' rules as they stand: their version and a function giving a
        record's light by them, which touches nothing of the model (for a worker
        thread that reads the rest of a big scope)."""
        today = self.today
        settings = DueSettings(self._due_soon_days, self._due_working_days)
        calendar = self._calendar
        feedback = dict(self._feedback_dates)

        def light(record: IssueRecord) -> str | None:
            found = issue_light(
                record, today, settings, calendar, feedback.get(record.inspection_id)
            )
            return _LIGHT_NAMES[found]

        return self._rules_version, light

    # ------------------------------------------------------------------- Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._light_colour(record)
        if role == Qt.ItemDataRole.ForegroundRole:
            return LIGHT_TEXT if self._light_colour(record) is not None else None
        if role == Roles.RECORD_ID:
            return int(record.id)
        if role == Roles.RECORD:
            return record
        if role == Roles.SORT_KEY:
            return column.sort_value(record)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the shown rows in Python; the selection follows its rows."""
        self._sort_column = column if 0 <= column < len(self.columns) else -1
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        rows = self._rows
        # The issue under each persistent index (the selection, the current row).
        held = [rows[idx.row()].id if 0 <= idx.row() < len(rows) else None for idx in persistent]
        self._sort_rows()
        self._reindex()
        if persistent:
            by_id = self._rows_by_id()
            new_indexes = []
            for idx, issue_id in zip(persistent, held, strict=True):
                row = by_id.get(issue_id, -1) if issue_id is not None else -1
                new_indexes.append(self.index(row, idx.column()) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ our API
    def set_issues(self, issues: Sequence[IssueRecord], search_texts: dict[int, str]) -> None:
        """Every issue of the current scope, in ledger order, with their search texts
        (issue, measure and progress text joined)."""
        self.beginResetModel()
        self._source = list(issues)
        self._texts = search_texts
        self._aligned_texts = None
        self._lights.clear()
        self._sort_ranks.clear()
        self._apply()
        self.endResetModel()

    def complete_issues(
        self,
        issues: Sequence[IssueRecord],
        lights: dict[int, str | None] | None = None,
        rules_version: int | None = None,
    ) -> bool:
        """Every issue of the scope, in ledger order, after the first of them were shown
        by ``set_issues`` (a staged load). With no filter or sort that changes which
        rows come first, the rest are appended (selection, current row and scroll
        stay); else the model is reset with the filter and sort applied again. Returns
        True when appended. ``lights`` (by ``light_rules`` of ``rules_version``) are
        taken while those rules still hold. Search texts stay as they are."""
        old = self._rows
        self._source = list(issues)
        self._aligned_texts = None
        self._lights.clear()
        self._sort_ranks.clear()
        if lights is not None and rules_version == self._rules_version:
            self._lights.update(lights)
        new_rows = self._filtered_sorted()
        head = len(old)
        appended = len(new_rows) >= head and all(
            a.id == b.id for a, b in zip(old, new_rows[:head], strict=True)
        )
        if not appended:
            self.beginResetModel()
            self._rows = new_rows
            self._reindex()
            self.endResetModel()
            return False
        self._rows[:head] = new_rows[:head]  # as read now (the same issues)
        if head:
            self.dataChanged.emit(self.index(0, 0), self.index(head - 1, self.columnCount() - 1))
        if len(new_rows) > head:
            self.beginInsertRows(QModelIndex(), head, len(new_rows) - 1)
            self._rows.extend(new_rows[head:])
            self._reindex()
            self.endInsertRows()
        return True

    def set_search_texts(self, search_texts: dict[int, str]) -> None:
        """The search texts of every issue in scope (no reset: the rows stay)."""
        self._texts = search_texts
        self._aligned_texts = None

    def set_filter(self, flt: IssueFilter, category_ids: Iterable[int] | None = None) -> None:
        """Show the issues passing ``flt``; ``category_ids`` is the chosen category with
        its sub-categories (None: any category)."""
        self.beginResetModel()
        self._filter = flt
        self._category_ids = frozenset(category_ids) if category_ids is not None else None
        self._apply()
        self.endResetModel()

    def refilter(self) -> None:
        """Apply the filter again (after the date or due-soon days changed)."""
        self.set_filter(self._filter, self._category_ids)

    @property
    def current_filter(self) -> IssueFilter:
        return self._filter

    def update_issues(self, issues: Iterable[IssueRecord], search_texts: dict[int, str]) -> None:
        """Replace edited issues in place (a row stays shown even if it no longer
        passes the filter, so an edit never makes the row jump away)."""
        by_id = {r.id: r for r in issues}
        self._texts.update(search_texts)
        self._aligned_texts = None
        for issue_id in by_id:
            self._lights.pop(issue_id, None)
        self._sort_ranks.clear()
        self._source = [by_id.get(r.id, r) for r in self._source]
        last = self.columnCount() - 1
        for issue_id, record in by_id.items():
            row = self._rows_by_id().get(issue_id)
            if row is not None:
                self._rows[row] = record
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def record_at(self, row: int) -> IssueRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, issue_id: int) -> int | None:
        return self._rows_by_id().get(issue_id)

    def records(self) -> list[IssueRecord]:
        """The shown issues, in shown order."""
        return list(self._rows)

    def all_records(self) -> list[IssueRecord]:
        """Every issue of the scope, shown or not, in ledger order."""
        return list(self._source)

    @property
    def sort_column(self) -> int:
        return self._sort_column

    def light(self, record: IssueRecord) -> str | None:
        """``overdue``, ``due_soon``, ``done`` or None: the row's traffic light."""
        try:
            return self._lights[record.id]
        except KeyError:
            light = self._compute_light(record)
            self._lights[record.id] = light
            return light

    def _compute_light(self, record: IssueRecord) -> str | None:
        light = issue_light(
            record,
            self.today,
            DueSettings(self._due_soon_days, self._due_working_days),
            self._calendar,
            self._feedback_dates.get(record.inspection_id),
        )
        return _LIGHT_NAMES[light]

    def counts(self) -> dict[str, int]:
        """Counts for the status bar: total in scope, shown, and lights among shown."""
        lights = [self.light(r) for r in self._rows]
        return {
            "total": len(self._source),
            "shown": len(self._rows),
            "overdue": lights.count("overdue"),
            "due_soon": lights.count("due_soon"),
            "done": lights.count("done"),
        }

    # ----------------------------------------------------------------- internals
    def _light_colour(self, record: IssueRecord) -> QColor | None:
        light = self.light(record)
        if light == "overdue":
            return OVERDUE_COLOUR
        if light == "due_soon":
            return DUE_SOON_COLOUR
        if light == "done":
            return DONE_COLOUR
        return None

    def _apply(self) -> None:
        self._rows = self._filtered_sorted()
        self._reindex()

    def _filtered_sorted(self) -> list[IssueRecord]:
        flt = self._filter
        query = flt.text.strip()
        # The scope (inspection) is already applied: the source holds only its issues.
        rest = dataclasses.replace(
            flt, inspection_id=None, category_id=None, text="", overdue=False, due_soon=False
        )
        rows = self._source
        if query:
            texts = self._search_texts()
            rows = [r for r, t in zip(rows, texts, strict=True) if query in t or query in r.number]
        if self._category_ids is not None:
            wanted = self._category_ids
            rows = [r for r in rows if r.category_id in wanted]
        if not rest.is_empty:
            rows = [r for r in rows if matches(r, rest, self.today)]
        if flt.overdue or flt.due_soon:
            lights = {"overdue"} if flt.overdue else set()
            if flt.due_soon:
                lights.add("due_soon")
            rows = [r for r in rows if self.light(r) in lights]
        rows = list(rows)
        self._sort_rows(rows)
        return rows

    def _search_texts(self) -> list[str]:
        if self._aligned_texts is None:
            texts = self._texts
            self._aligned_texts = [texts.get(r.id, r.text) for r in self._source]
        return self._aligned_texts

    def _sort_rows(self, rows: list[IssueRecord] | None = None) -> None:
        if self._sort_column < 0:
            return
        ranks = self._ranks(self._sort_column)
        (self._rows if rows is None else rows).sort(
            key=lambda r: ranks[r.id], reverse=self._sort_order == Qt.SortOrder.DescendingOrder
        )

    def _ranks(self, column: int) -> dict[int, int]:
        """Each issue's place by the column's sort key (equal keys, equal places)."""
        ranks = self._sort_ranks.get(column)
        if ranks is None:
            value = self.columns[column].sort_value
            keys = {r.id: value(r) for r in self._source}
            place = {key: i for i, key in enumerate(sorted(set(keys.values())))}
            ranks = self._sort_ranks[column] = {i: place[key] for i, key in keys.items()}
        return ranks

    def _reindex(self) -> None:
        # Made when a row is first looked up, not on every keystroke of a search.
        self._row_of = None

    def _rows_by_id(self) -> dict[int, int]:
        if self._row_of is None:
            self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        return self._row_of
