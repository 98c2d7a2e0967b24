"""导出 → Excel 台账…: the dialog that asks what to export and how.

Scope (the current view exactly as shown, or the whole ledger with one sheet per
inspection), the title and sub-title of the sheet, whether to add the statistics sheet,
and the columns: a checkable list in the order they will be written, reordered by drag
or by the 上移/下移 buttons. The column choice and the statistics box are remembered in
the settings (``export/*`` keys) and restored next time; a remembered column that this
version no longer has is dropped, a column it added since is appended, checked.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import InspectionRecord
from desktop.domain.titles import ledger_title
from desktop.excel.columns import BY_FIELD, COLUMNS
from desktop.ui.settings import AppSettings

COLUMNS_KEY = "export/columns"
STATISTICS_KEY = "export/statistics"
FOLDER_KEY = "export/folder"

ColumnChoice = list[tuple[str, bool]]


class Scope(StrEnum):
    """What an export covers."""

    VIEW = "view"  # the issues shown in the table, in the order shown
    LEDGER = "ledger"  # every inspection of the ledger, one sheet each


# ----------------------------------------------------------------- remembered choice
def default_columns() -> ColumnChoice:
    """Every standard column, in the spec's order, checked."""
    return [(c.field, True) for c in COLUMNS]


def remembered_columns(settings: AppSettings) -> ColumnChoice:
    """The columns as last chosen: remembered ones in their order (those this version
    no longer has dropped), then any column added since, checked; required columns
    always checked. The standard choice when nothing (or nothing readable) is stored."""
    raw = settings.store.value(COLUMNS_KEY, "")
    try:
        stored = json.loads(str(raw)) if raw else []
    except ValueError:
        stored = []
    choice: ColumnChoice = []
    seen: set[str] = set()
    if isinstance(stored, list):
        for entry in stored:
            if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)):
                continue
            field, checked = entry[0], bool(entry[1])
            column = BY_FIELD.get(field)
            if column is None or field in seen:
                continue
            seen.add(field)
            choice.append((field, checked or column.required))
    choice.extend((c.field, True) for c in COLUMNS if c.field not in seen)
    return choice


def remember_columns(settings: AppSettings, choice: Sequence[tuple[str, bool]]) -> None:
    settings.store.setValue(
        COLUMNS_KEY, json.dumps([[field, checked] for field, checked in choice])
    )


TITLES_KEY = "ledger/titles"


def _titles(settings: AppSettings) -> dict[str, str]:
    try:
        raw = json.loads(str(settings.store.value(TITLES_KEY, "") or "{}"))
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}


def _title_key(inspection: InspectionRecord) -> str:
    return inspection.key or f"id:{inspection.id}"


def remembered_title(settings: AppSettings, inspection: InspectionRecord | None) -> str:
    """The clerk's own title of an inspection's ledger ("" when they kept ours): the
    printed ledger and the workbook both use it (``domain.titles.ledger_title``)."""
    if inspection is None:
        return ""
    return _titles(settings).get(_title_key(inspection), "")


def remember_title(settings: AppSettings, inspection: InspectionRecord, title: str) -> None:
    """Keep the clerk's own title for the inspection; a blank one, or ours, forgets."""
    titles = _titles(settings)
    own = title.strip()
    if own and own != ledger_title(inspection):
        titles[_title_key(inspection)] = own
    else:
        titles.pop(_title_key(inspection), None)
    settings.store.setValue(TITLES_KEY, json.dumps(titles, ensure_ascii=False))


def remembered_statistics(settings: AppSettings) -> bool:
    return str(settings.store.value(STATISTICS_KEY, "1")) != "0"


def remember_statistics(settings: AppSettings, value: bool) -> None:
    settings.store.setValue(STATISTICS_KEY, "1" if value else "0")


# ------------------------------------------------------------------------ values
@dataclass(frozen=True, slots=True)
class ViewFacts:
    """What the dialog tells the user about the two scopes: the current view (how many
    issues, which filter and order, in words) and the ledger's inspections."""

    shown_count: int
    description: str
    view_inspections: tuple[InspectionRecord, ...]  # those the shown issues belong to
    ledger_inspections: tuple[InspectionRecord, ...]
    ledger_count: int | None = None  # issues in the whole ledger, when known


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """What the user chose: ``title`` and ``reporting_unit`` are None for "as the
    writer makes them" (per sheet, from each inspection)."""

    scope: Scope
    columns: tuple[str, ...]
    title: str | None
    reporting_unit: str | None
    report_date: date
    statistics: bool


# ----------------------------------------------------------------------- widgets
class ColumnList(QWidget):
    """The columns to export: a checkable list in export order (drag to reorder, or the
    上移/下移 buttons), with 全选 and 恢复默认. Required columns (序号, 问题描述: the
    importer needs them to read the file back) stay checked."""

    def __init__(self, choice: Sequence[tuple[str, bool]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Wide enough for the longest header beside its check box, at any font size.
        metrics = self.list.fontMetrics()
        widest = max(metrics.horizontalAdvance(c.header) for c in COLUMNS)
        self.list.setMinimumWidth(widest + metrics.height() * 4)
        self.up_button = QPushButton(self.tr("上移"), self)
        self.down_button = QPushButton(self.tr("下移"), self)
        self.all_button = QPushButton(self.tr("全选"), self)
        self.reset_button = QPushButton(self.tr("恢复默认"), self)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.all_button.clicked.connect(self.check_all)
        self.reset_button.clicked.connect(lambda: self.set_choice(default_columns()))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.model().rowsMoved.connect(lambda *_args: self._update_buttons())

        buttons = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.all_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_choice(choice)

    def set_choice(self, choice: Sequence[tuple[str, bool]]) -> None:
        self.list.clear()
        for field, checked in choice:
            column = BY_FIELD[field]
            item = QListWidgetItem(column.header)
            item.setData(Qt.ItemDataRole.UserRole, field)
            flags = (
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            if column.required:
                item.setCheckState(Qt.CheckState.Checked)
                item.setToolTip(self.tr("必须导出：导入时靠这一列识别问题"))
            else:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setFlags(flags)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self._update_buttons()

    def choice(self) -> ColumnChoice:
        """Every column in the order shown, with whether it is checked."""
        out: ColumnChoice = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            out.append(
                (
                    str(item.data(Qt.ItemDataRole.UserRole)),
                    item.checkState() == Qt.CheckState.Checked,
                )
            )
        return out

    def chosen_fields(self) -> tuple[str, ...]:
        """The checked columns, in export order."""
        return tuple(field for field, checked in self.choice() if checked)

    def set_checked(self, field: str, checked: bool) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == field and (
                item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            ):
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def select_field(self, field: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == field:
                self.list.setCurrentRow(row)

    def move_current(self, step: int) -> None:
        """Move the current column up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def check_all(self) -> None:
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(Qt.CheckState.Checked)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)


class ExportDialog(QDialog):
    """Asks what to export: scope, title, reporting unit, report date, statistics sheet
    and columns. Accepting remembers the columns and the statistics box in the settings;
    :meth:`choice` hands back what was chosen. Exports nothing itself."""

    def __init__(
        self,
        facts: ViewFacts,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出 Excel 台账"))
        self.facts = facts
        self.settings = settings

        # Scope.
        self.view_button = QRadioButton(
            self.tr("当前视图：{count} 个问题，按屏幕上的顺序").format(count=facts.shown_count),
            self,
        )
        self.view_note = QLabel(facts.description, self)
        self.view_note.setWordWrap(True)
        self.view_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view_note.setIndent(self.fontMetrics().averageCharWidth() * 3)
        self.view_note.setEnabled(False)  # the greyed look of a note, selectable still
        inspections = len(facts.ledger_inspections)
        if facts.ledger_count is not None:
            ledger_text = self.tr(
                "整个台账：{inspections} 次巡察，{count} 个问题，每次巡察一张工作表"
            ).format(inspections=inspections, count=facts.ledger_count)
        else:
            ledger_text = self.tr("整个台账：{inspections} 次巡察，每次巡察一张工作表").format(
                inspections=inspections
            )
        self.ledger_button = QRadioButton(ledger_text, self)
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.view_button)
        self.scope_group.addButton(self.ledger_button)
        self.view_button.setChecked(True)
        scope_box = QGroupBox(self.tr("导出范围"), self)
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addWidget(self.view_button)
        scope_layout.addWidget(self.view_note)
        scope_layout.addWidget(self.ledger_button)

        # Title block.
        self.title = QLineEdit(self)
        self.reporting_unit = QLineEdit(self)
        self.report_date = QDateEdit(self)
        self.report_date.setCalendarPopup(True)
        self.report_date.setDisplayFormat(self.tr("yyyy年M月d日"))
        when = today or date.today()
        self.report_date.setDate(QDate(when.year, when.month, when.day))
        self.statistics = QCheckBox(
            self.tr("附“统计”工作表（按状态、牵头单位、类别统计，逾期和即将到期清单）"), self
        )
        self.statistics.setChecked(remembered_statistics(settings))
        form = QFormLayout()
        form.addRow(self.tr("标题"), self.title)
        form.addRow(self.tr("填报单位"), self.reporting_unit)
        form.addRow(self.tr("填报日期"), self.report_date)
        form.addRow("", self.statistics)
        sheet_box = QGroupBox(self.tr("表头"), self)
        sheet_box.setLayout(form)

        # Columns.
        self.columns = ColumnList(remembered_columns(settings), self)
        hint = QLabel(
            self.tr("勾选要导出的列，拖动或用“上移”“下移”调整顺序。下次导出沿用这次的选择。"),
            self,
        )
        hint.setWordWrap(True)
        columns_box = QGroupBox(self.tr("导出的列"), self)
        columns_layout = QVBoxLayout(columns_box)
        columns_layout.addWidget(hint)
        columns_layout.addWidget(self.columns, 1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("导出…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(scope_box)
        left.addWidget(sheet_box)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(columns_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

        self._auto_title = ""
        self._auto_unit = ""
        self.scope_group.buttonToggled.connect(lambda *_args: self._scope_changed())
        self._scope_changed()
        chars = self.fontMetrics().averageCharWidth()
        self.resize(chars * 110, self.fontMetrics().height() * 30)

    # ------------------------------------------------------------------- reading
    @property
    def scope(self) -> Scope:
        return Scope.LEDGER if self.ledger_button.isChecked() else Scope.VIEW

    def set_scope(self, scope: Scope) -> None:
        (self.ledger_button if scope is Scope.LEDGER else self.view_button).setChecked(True)

    def choice(self) -> ExportChoice:
        qdate = self.report_date.date()
        title = self.title.text().strip()
        unit = self.reporting_unit.text().strip()
        return ExportChoice(
            scope=self.scope,
            columns=self.columns.chosen_fields(),
            title=title or None,
            reporting_unit=unit or None,
            report_date=date(qdate.year(), qdate.month(), qdate.day()),
            statistics=self.statistics.isChecked(),
        )

    def accept(self) -> None:
        remember_columns(self.settings, self.columns.choice())
        remember_statistics(self.settings, self.statistics.isChecked())
        inspections = self._scope_inspections()
        if len(inspections) == 1:
            remember_title(self.settings, inspections[0], self.title.text())
        super().accept()

    # ------------------------------------------------------------------ reacting
    def _scope_inspections(self) -> tuple[InspectionRecord, ...]:
        if self.scope is Scope.LEDGER:
            return self.facts.ledger_inspections
        return self.facts.view_inspections

    def _scope_changed(self) -> None:
        """Prefill title and reporting unit for the scope, unless the user typed their
        own: one inspection gives ``<被巡察单位><巡察>反馈问题整改台账``; several leave
        both empty, so each sheet gets its own inspection's."""
        inspections = self._scope_inspections()
        single = inspections[0] if len(inspections) == 1 else None
        auto_title = (
            ledger_title(single, remembered_title(self.settings, single))
            if single is not None
            else ""
        )
        auto_unit = single.inspected_unit.strip() if single is not None else ""
        if self.title.text() == self._auto_title:
            self.title.setText(auto_title)
        if self.reporting_unit.text() == self._auto_unit:
            self.reporting_unit.setText(auto_unit)
        self._auto_title, self._auto_unit = auto_title, auto_unit
        if single is None:
            self.title.setPlaceholderText(self.tr("每张工作表用其巡察的标题"))
            self.reporting_unit.setPlaceholderText(self.tr("每张工作表填其被巡察单位"))
        else:
            self.title.setPlaceholderText(self.tr("如：{title}").format(title=auto_title))
            self.reporting_unit.setPlaceholderText(self.tr("默认为被巡察单位"))
