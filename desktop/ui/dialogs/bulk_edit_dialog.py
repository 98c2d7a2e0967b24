"""批量修改: set status, lead unit, deadline or leader on the selected issues, with a
preview of every value that will change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import DateError
from desktop.domain.records import IssueRecord
from desktop.domain.status import Status
from desktop.ui import labels
from desktop.ui.models.columns import Column
from desktop.ui.models.measure_table_model import deadline_values
from desktop.ui.models.record_table_model import RecordTableModel
from desktop.ui.widgets.completers import make_completer
from desktop.ui.widgets.date_edit import DateEdit
from desktop.ui.widgets.issue_form import INVALID_STYLE


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One value that will change: issue number, field, old and new as shown."""

    number: str
    field: str
    old: str
    new: str


def preview_columns() -> tuple[Column[PreviewRow], ...]:
    return (
        Column(
            "number",
            QCoreApplication.translate("BulkEditDialog", "问题"),
            lambda p: p.number,
            width=6,
        ),
        Column(
            "field",
            QCoreApplication.translate("BulkEditDialog", "字段"),
            lambda p: p.field,
            width=8,
        ),
        Column(
            "old", QCoreApplication.translate("BulkEditDialog", "原值"), lambda p: p.old, width=14
        ),
        Column(
            "new", QCoreApplication.translate("BulkEditDialog", "新值"), lambda p: p.new, width=14
        ),
    )


def preview_rows(issues: Sequence[IssueRecord], values: dict[str, Any]) -> list[PreviewRow]:
    """What ``values`` (record vocabulary) would change on each issue."""
    rows: list[PreviewRow] = []
    for issue in issues:
        r = issue.responsibility
        if "status" in values and values["status"] != issue.status.value:
            rows.append(
                PreviewRow(
                    issue.number,
                    labels.field_label("status"),
                    labels.status_label(issue.status),
                    labels.status_label(Status(values["status"])),
                )
            )
        if "long_term" in values and values["long_term"] != issue.long_term:
            rows.append(
                PreviewRow(
                    issue.number,
                    labels.field_label("long_term"),
                    QCoreApplication.translate("BulkEditDialog", "是")
                    if issue.long_term
                    else QCoreApplication.translate("BulkEditDialog", "否"),
                    QCoreApplication.translate("BulkEditDialog", "是")
                    if values["long_term"]
                    else QCoreApplication.translate("BulkEditDialog", "否"),
                )
            )
        for field, current in (("lead_unit", r.lead_unit), ("lead_leader", r.lead_leader)):
            if field in values and values[field] != current:
                rows.append(
                    PreviewRow(issue.number, labels.field_label(field), current, values[field])
                )
        if "deadline" in values:
            now = (
                r.deadline.isoformat() if r.deadline else None,
                r.deadline_rule.value if r.deadline_rule else None,
            )
            if now != (values["deadline"], values["deadline_rule"]):
                rows.append(
                    PreviewRow(
                        issue.number,
                        labels.field_label("deadline"),
                        labels.deadline_text(r),
                        values["deadline_text"],
                    )
                )
    return rows


class BulkEditDialog(QDialog):
    """Tick the fields to set, give their values; the preview lists every change.
    ``values()`` hands back the fields to set (record vocabulary)."""

    def __init__(
        self,
        issues: Sequence[IssueRecord],
        units: Sequence[str],
        leaders: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.issues = list(issues)
        self.setWindowTitle(self.tr("批量修改 {count} 个问题").format(count=len(self.issues)))
        self.use_status = QCheckBox(labels.field_label("status"), self)
        self.status = QComboBox(self)
        for status in Status:
            self.status.addItem(labels.status_label(status), status.value)
        self.use_long_term = QCheckBox(labels.field_label("long_term"), self)
        self.long_term = QComboBox(self)
        self.long_term.addItem(self.tr("是"), True)
        self.long_term.addItem(self.tr("否"), False)
        self.use_unit = QCheckBox(labels.field_label("lead_unit"), self)
        self.unit = QLineEdit(self)
        self.unit.setCompleter(make_completer(units, self))
        self.use_deadline = QCheckBox(labels.field_label("deadline"), self)
        self.deadline = DateEdit(self, allow_rules=True)
        self.use_leader = QCheckBox(labels.field_label("lead_leader"), self)
        self.leader = QLineEdit(self)
        self.leader.setCompleter(make_completer(leaders, self))
        grid = QGridLayout()
        pairs: list[tuple[QCheckBox, QWidget]] = [
            (self.use_status, self.status),
            (self.use_long_term, self.long_term),
            (self.use_unit, self.unit),
            (self.use_deadline, self.deadline),
            (self.use_leader, self.leader),
        ]
        for row, (check, widget) in enumerate(pairs):
            grid.addWidget(check, row, 0)
            grid.addWidget(widget, row, 1)
            widget.setEnabled(False)
            check.toggled.connect(widget.setEnabled)
            check.toggled.connect(self.update_preview)
        grid.setColumnStretch(1, 1)
        self.status.currentIndexChanged.connect(self.update_preview)
        self.long_term.currentIndexChanged.connect(self.update_preview)
        self.unit.textChanged.connect(self.update_preview)
        self.leader.textChanged.connect(self.update_preview)
        self.deadline.value_changed.connect(self.update_preview)

        self.preview_model: RecordTableModel[PreviewRow] = RecordTableModel(preview_columns(), self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("将要修改："), self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        chars = self.fontMetrics().averageCharWidth()
        self.resize(chars * 80, self.fontMetrics().lineSpacing() * 30)
        self.update_preview()

    def values(self) -> dict[str, Any]:
        """The fields to set; raises DateError for an unreadable deadline."""
        values: dict[str, Any] = {}
        if self.use_status.isChecked():
            values["status"] = self.status.currentData()
        if self.use_long_term.isChecked():
            values["long_term"] = bool(self.long_term.currentData())
        if self.use_unit.isChecked():
            values["lead_unit"] = self.unit.text().strip()
        if self.use_deadline.isChecked():
            values.update(deadline_values(self.deadline.text()))
        if self.use_leader.isChecked():
            values["lead_leader"] = self.leader.text().strip()
        return values

    def update_preview(self, *_args: object) -> None:
        self.deadline.line.setStyleSheet("")
        try:
            values = self.values()
        except DateError:
            self.deadline.line.setStyleSheet(INVALID_STYLE)
            self.preview_model.set_records([])
            self.summary.setText(self.tr("无法识别的整改时限。"))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        rows = preview_rows(self.issues, values)
        self.preview_model.set_records(rows)
        changed = len({r.number for r in rows})
        self.summary.setText(
            self.tr("共 {rows} 处修改，涉及 {issues} 个问题。").format(
                rows=len(rows), issues=changed
            )
            if rows
            else self.tr("没有要修改的内容。")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(rows))
