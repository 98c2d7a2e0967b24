"""The measures of one issue as an editable table. Edits do not write anything: the
model emits ``edit_requested`` and the window turns it into an undo command; the
refreshed records come back through ``set_measures``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.domain.dates import DateError
from desktop.domain.numbering import ordinal_measure
from desktop.domain.records import MeasureRecord
from desktop.domain.status import Status
from desktop.ui import labels
from desktop.ui.models.columns import CENTER, Column, Editor
from desktop.ui.models.issue_table_model import _elide, _rich_tooltip
from desktop.ui.models.roles import Roles

Index = QModelIndex | QPersistentModelIndex


def measure_columns() -> tuple[Column[MeasureRecord], ...]:
    """The measures table's columns (translated headers)."""
    return (
        Column(
            "seq",
            QCoreApplication.translate("MeasureTableModel", "序"),
            lambda m: str(m.seq),
            sort_key=lambda m: m.seq,
            tooltip=lambda m: ordinal_measure(m.seq) if m.seq > 0 else "",
            align=CENTER,
            width=2,
        ),
        Column(
            "text",
            labels.field_label("measure"),
            lambda m: _elide(m.text, 60),
            tooltip=lambda m: _rich_tooltip(m.text),
            field="text",
            editor=Editor.TEXT,
            edit_value=lambda m: m.text,
            width=16,
        ),
        Column(
            "status",
            labels.field_label("status"),
            lambda m: labels.status_label(m.status),
            field="status",
            editor=Editor.STATUS,
            edit_value=lambda m: m.status.value,
            align=CENTER,
            width=5,
            fits=labels.status_labels(),
        ),
        Column(
            "long_term",
            labels.field_label("long_term"),
            lambda m: "",
            sort_key=lambda m: m.long_term,
            check=lambda m: m.long_term,
            field="long_term",
            align=CENTER,
            width=2,
        ),
        Column(
            "lead_unit",
            labels.field_label("lead_unit"),
            lambda m: m.responsibility.lead_unit,
            field="lead_unit",
            editor=Editor.UNIT,
            width=6,
        ),
        Column(
            "lead_leader",
            labels.field_label("lead_leader"),
            lambda m: m.responsibility.lead_leader,
            field="lead_leader",
            editor=Editor.LEADER,
            width=4,
        ),
        Column(
            "responsible_person",
            labels.field_label("responsible_person"),
            lambda m: m.responsibility.responsible_person,
            field="responsible_person",
            editor=Editor.TEXT,
            width=4,
        ),
        Column(
            "deadline",
            labels.field_label("deadline"),
            lambda m: labels.deadline_text(m.responsibility),
            sort_key=lambda m: m.responsibility.deadline or date.max,
            tooltip=lambda m: m.responsibility.deadline_text,
            field="deadline",
            editor=Editor.DATE,
            align=CENTER,
            width=9,
        ),
        Column(
            "progress",
            labels.field_label("progress"),
            lambda m: _elide(m.progress, 40),
            tooltip=lambda m: _rich_tooltip(m.progress),
            field="progress",
            editor=Editor.TEXT,
            edit_value=lambda m: m.progress,
            width=10,
        ),
    )


def deadline_values(text: str) -> dict[str, Any]:
    """The deadline fields for typed text (raises DateError when unreadable)."""
    from desktop.domain.dates import parse_date

    text = text.strip()
    if not text:
        return {"deadline": None, "deadline_rule": None, "deadline_text": ""}
    reading = parse_date(text, default_year=date.today().year)
    if reading.date is not None:
        shown = labels.format_date(reading.date)
    elif reading.rule is not None:
        shown = labels.rule_label(reading.rule)
    else:
        shown = reading.text
    return {
        "deadline": reading.date.isoformat() if reading.date else None,
        "deadline_rule": reading.rule.value if reading.rule else None,
        "deadline_text": shown,
    }


class MeasureTableModel(QAbstractTableModel):
    """Measures of one issue, in order, editable in place.

    Signals:
        edit_requested(int, dict, int, str): measure id, field values to set (record
            vocabulary), the revision edited, and the field's label for the undo text.
        edit_rejected(str): an edit that cannot be saved (empty text, unreadable date).

    Roles: display, edit, tooltip, alignment, check state (long-term),
    ``Roles.RECORD_ID``, ``Roles.RECORD``, ``Roles.SORT_KEY``.
    """

    edit_requested = Signal(int, dict, int, str)
    edit_rejected = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = measure_columns()
        self._rows: list[MeasureRecord] = []
        # A ledger opened read-only: no cell is editable or checkable.
        self.read_only = False
        # A shared ledger's role (ui.access_follow): which cells of a measure may be
        # changed, and why not (on hover); None: every cell (or none, read-only).
        self.may_edit: Callable[[MeasureRecord, str], bool] | None = None
        self.refusal: Callable[[MeasureRecord], str] | None = None

    def _may_edit(self, record: MeasureRecord, field: str) -> bool:
        if self.read_only:
            return False
        return self.may_edit is None or self.may_edit(record, field)

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
            return column.display(record) if column.check is None else None
        if role == Qt.ItemDataRole.EditRole:
            if column.check is not None:
                return None
            return column.edit_value(record) if column.edit_value else column.display(record)
        if role == Qt.ItemDataRole.CheckStateRole and column.check is not None:
            return (
                Qt.CheckState.Checked.value
                if column.check(record)
                else Qt.CheckState.Unchecked.value
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.refusal is not None and not self._may_edit(record, column.field or ""):
                return self.refusal(record) or None
            return column.tooltip(record) if column.tooltip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
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
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if self.read_only or not self._may_edit(self._rows[index.row()], column.field or ""):
            return flags
        if column.check is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if column.field is None:
            return False
        values = self._values_for(record, column, value, role)
        if values is None:
            return False
        self.edit_requested.emit(int(record.id), values, record.revision, column.header)
        return True

    # ------------------------------------------------------------------ our API
    def set_measures(self, measures: Sequence[MeasureRecord]) -> None:
        """Show these measures: in place when the same rows came back (an edit),
        otherwise with a reset (added, removed, reordered, another issue)."""
        new = list(measures)
        if [m.id for m in new] == [m.id for m in self._rows]:
            last = self.columnCount() - 1
            for row, record in enumerate(new):
                if record != self._rows[row]:
                    self._rows[row] = record
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def record_at(self, row: int) -> MeasureRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, measure_id: int) -> int | None:
        for row, record in enumerate(self._rows):
            if record.id == measure_id:
                return row
        return None

    def records(self) -> list[MeasureRecord]:
        return list(self._rows)

    # ----------------------------------------------------------------- internals
    def _values_for(
        self, record: MeasureRecord, column: Column[MeasureRecord], value: Any, role: int
    ) -> dict[str, Any] | None:
        field = column.field
        assert field is not None
        r = record.responsibility
        if column.check is not None:
            if role != Qt.ItemDataRole.CheckStateRole:
                return None
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            return {field: checked} if checked != column.check(record) else None
        if role != Qt.ItemDataRole.EditRole:
            return None
        if field == "status":
            try:
                status = Status(str(value))
            except ValueError:
                return None
            return {"status": status.value} if status != record.status else None
        if field == "deadline":
            try:
                values = deadline_values(str(value or ""))
            except DateError:
                self.edit_rejected.emit(
                    QCoreApplication.translate(
                        "MeasureTableModel",
                        "无法识别的日期“{value}”，请写成 2023年1月11日 或 2023.1.11",
                    ).format(value=value)
                )
                return None
            current = {
                "deadline": r.deadline.isoformat() if r.deadline else None,
                "deadline_rule": r.deadline_rule.value if r.deadline_rule else None,
            }
            if {k: values[k] for k in current} == current:
                return None
            return values
        text = str(value or "").strip()
        if field == "text" and not text:
            self.edit_rejected.emit(
                QCoreApplication.translate("MeasureTableModel", "整改措施的内容不能为空。")
            )
            return None
        current_text = {
            "text": record.text,
            "progress": record.progress,
            "lead_unit": r.lead_unit,
            "lead_leader": r.lead_leader,
            "responsible_person": r.responsible_person,
        }.get(field)
        return {field: text} if text != current_text else None
