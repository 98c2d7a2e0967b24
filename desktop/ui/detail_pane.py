"""The detail pane of the selected issue: tabs 基本信息, 整改措施 and 历史 (supervision
adds 整改进展, 佐证材料, 延期, 销号 and 整改成效 between them). It shows what the window
gives it and emits requests; the window turns requests into undo commands, so nothing
here writes to the ledger."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.records import (
    CategoryRecord,
    HistoryEntry,
    IssueRecord,
    MeasureRecord,
)
from desktop.ui import labels
from desktop.ui.models.measure_table_model import MeasureTableModel
from desktop.ui.widgets.compact_tabs import compact_tabs
from desktop.ui.widgets.delegate import LedgerDelegate
from desktop.ui.widgets.issue_form import IssueForm
from desktop.ui.widgets.tables import EditableTableView, setup_table

if TYPE_CHECKING:
    from desktop.ui.models.history_model import HistoryModel


class MeasuresPanel(QWidget):
    """整改措施: the measures of the issue, edited in place; add, delete, move.

    Signals:
        add_requested(): 新增措施.
        delete_requested(int): delete the measure with this id.
        move_requested(int, int): move a measure to a 0-based place.
    """

    add_requested = Signal()
    delete_requested = Signal(int)
    move_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MeasureTableModel(self)
        self.view = EditableTableView(self)
        self.view.setModel(self.model)
        setup_table(self.view, self.model.columns)
        self.delegate = LedgerDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.add_button = QPushButton(self.tr("新增措施"), self)
        self.delete_button = QPushButton(self.tr("删除措施"), self)
        self.up_button = QPushButton(self.tr("上移"), self)
        self.down_button = QPushButton(self.tr("下移"), self)
        self.up_button.setToolTip(self.tr("把选中的措施上移一位（Alt+↑）"))
        self.down_button.setToolTip(self.tr("把选中的措施下移一位（Alt+↓）"))
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.add_button.clicked.connect(self.add_requested)
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.hint = QLabel(self.tr("双击或按 F2 修改单元格；Tab 到下一格，回车到下一行。"), self)
        self.hint.setStyleSheet("color: palette(mid);")
        self.hint.setWordWrap(True)  # the pane stays narrow on a small screen
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def set_measures(self, measures: Sequence[MeasureRecord]) -> None:
        current = self.current_measure()
        self.model.set_measures(measures)
        if current is not None:
            row = self.model.row_of(current.id)
            if row is not None and self.view.currentIndex().row() != row:
                column = max(self.view.currentIndex().column(), 0)
                self.view.setCurrentIndex(self.model.index(row, column))
        self._update_buttons()

    def current_measure(self) -> MeasureRecord | None:
        return self.model.record_at(self.view.current_row())

    def delete_current(self) -> None:
        measure = self.current_measure()
        if measure is not None:
            self.delete_requested.emit(int(measure.id))

    def move_current(self, step: int) -> None:
        measure = self.current_measure()
        row = self.view.current_row()
        if measure is None or not 0 <= row + step < self.model.rowCount():
            return
        self.move_requested.emit(int(measure.id), row + step)

    def select_measure(self, measure_id: int) -> None:
        row = self.model.row_of(measure_id)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 1))

    def _update_buttons(self, *_args: object) -> None:
        row = self.view.current_row()
        has = 0 <= row < self.model.rowCount()
        self.delete_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row + 1 < self.model.rowCount())


class DetailPane(QWidget):
    """The selected issue's details in tabs. ``show_issue`` fills every tab.

    Signals:
        save_requested(): 保存 (Ctrl+S) on the 基本信息 tab.
        revert_requested(): 还原 — show the stored values again.
        issue_shown(): the tabs were filled (another issue, or the same one reloaded
            after a change); tabs added by other features reload on it.
    """

    save_requested = Signal()
    revert_requested = Signal()
    issue_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issue: IssueRecord | None = None
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabWidget(self)
        # Eight tabs on a pane a third of a 1024-pixel screen wide.
        compact_tabs(self.tabs)

        self.form = IssueForm()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setToolTip(self.tr("保存对问题的修改（Ctrl+S）"))
        self.revert_button = QPushButton(self.tr("还原"), self)
        self.revert_button.setToolTip(self.tr("放弃未保存的修改"))
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert_requested)
        self.form.edited.connect(self._update_buttons)
        basic = QWidget(self)
        basic_layout = QVBoxLayout(basic)
        basic_layout.setContentsMargins(0, 0, 0, 0)
        basic_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        basic_layout.addLayout(buttons)

        self.measures = MeasuresPanel(self)
        # The 历史 tab's model is made when the tab is first shown or filled: the
        # first frame shows no issue yet (see ``history_model``).
        self._history_model: HistoryModel | None = None
        self.history = QTableView(self)

        self.tabs.addTab(basic, self.tr("基本信息"))
        self.tabs.addTab(self.measures, self.tr("整改措施"))
        # Supervision's tabs (进展, 佐证材料, 延期, 销号, 成效) go in before 历史:
        # see ui/supervision_tabs.py.
        self.tabs.addTab(self.history, self.tr("历史"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.show_issue(None)

    @property
    def history_model(self) -> HistoryModel:
        """The 历史 tab's model (made on first use)."""
        if self._history_model is None:
            from desktop.ui.models.history_model import HistoryModel

            self._history_model = HistoryModel(self)
            self.history.setModel(self._history_model)
            setup_table(self.history, self._history_model.columns)
        return self._history_model

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.history:
            self.history_model  # noqa: B018 -- made now, to show its column headers

    def set_choices(self, units: Sequence[str], leaders: Sequence[str]) -> None:
        """Autocomplete words for units and leaders."""
        self.form.set_completions(units, leaders)
        self.measures.delegate.set_completions(units, leaders)

    def show_issue(
        self,
        issue: IssueRecord | None,
        measures: Sequence[MeasureRecord] = (),
        history: Sequence[HistoryEntry] = (),
        *,
        categories: Sequence[CategoryRecord] = (),
        keep_form: bool = False,
    ) -> None:
        """Fill the tabs (empty and disabled for None); ``categories`` are those of
        the issue's inspection. ``keep_form`` leaves the 基本信息 fields as the user
        typed them (another tab changed)."""
        self.issue = issue
        self.tabs.setEnabled(issue is not None)
        if issue is None:
            self.header.setText(self.tr("请选择一个问题"))
            self.form.clear_form()
        else:
            who = issue.updated_by or self.tr("未知")
            when = issue.updated_at.strftime("%Y-%m-%d %H:%M") if issue.updated_at else ""
            self.header.setText(
                self.tr("问题 {number} · {status} · 最后修改：{who} {when}").format(
                    number=issue.number,
                    status=labels.status_text(issue.status, issue.long_term),
                    who=who,
                    when=when,
                )
            )
            if not keep_form:
                self.form.set_categories(categories)
                self.form.set_draft(issue)
        self.measures.set_measures(measures)
        if history or self._history_model is not None:
            self.history_model.set_category_names({int(c.id): c.name for c in categories})
            self.history_model.set_records(history)
        self._update_buttons()
        self.issue_shown.emit()

    def _update_buttons(self) -> None:
        dirty = self.issue is not None and self.form.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
