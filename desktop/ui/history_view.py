"""视图 → 修改历史: every change of the whole ledger, newest first, filterable by
operator, source, kind of record, field, date range and text, with 打开所在问题 to
jump to the record in the main window. A window of its own (not modal), refreshed
when the ledger changes while it is open."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import DateError
from desktop.services.history_query import (
    ENTITY_LABELS,
    HistoryFilter,
    HistoryRow,
    find_history,
    history_choices,
    history_fields,
)
from desktop.services.ledger import LedgerService
from desktop.ui import labels
from desktop.ui.models.history_model import LedgerHistoryModel
from desktop.ui.models.roles import Roles
from desktop.ui.widgets.date_edit import DateEdit
from desktop.ui.widgets.issue_form import INVALID_STYLE
from desktop.ui.widgets.tables import setup_table

# The newest this many changes are shown; filters narrow down the rest.
ROW_LIMIT = 2000
SEARCH_DELAY_MS = 300


class HistoryView(QWidget):
    """The ledger's history with its filter controls. :meth:`history_filter` reads
    the controls; :meth:`refresh` queries again.

    Signals:
        open_requested(HistoryRow): 打开所在问题 (or a double-click) on a row.
    """

    open_requested = Signal(object)

    def __init__(self, service: LedgerService, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.service = service
        self.setWindowTitle(self.tr("修改历史"))
        self.operator = QComboBox(self)
        self.source = QComboBox(self)
        self.entity = QComboBox(self)
        self.field = QComboBox(self)
        self.since = DateEdit(self)
        self.until = DateEdit(self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("原值、新值、操作说明或文件名中的文字"))
        self.text.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self.tr("清除筛选"), self)
        self.clear_button.clicked.connect(self.clear_filter)
        self.text_timer = QTimer(self)
        self.text_timer.setSingleShot(True)
        self.text_timer.setInterval(SEARCH_DELAY_MS)
        self.text_timer.timeout.connect(self.refresh)
        self.text.textChanged.connect(lambda _text: self.text_timer.start())
        self.text.returnPressed.connect(self.refresh)
        for combo in (self.operator, self.source, self.entity, self.field):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        # Dates are typed too: wait for a pause, as for the text.
        self.since.value_changed.connect(self.text_timer.start)
        self.until.value_changed.connect(self.text_timer.start)

        # Short hints: the date fields are narrow.
        self.since.line.setPlaceholderText(self.tr("开始日期"))
        self.until.line.setPlaceholderText(self.tr("结束日期"))
        chars = self.fontMetrics().horizontalAdvance("中")
        for edit in (self.since, self.until):
            edit.setMinimumWidth(chars * 9)
        self.text.setMinimumWidth(chars * 18)
        lists = QHBoxLayout()
        for label, combo in (
            (self.tr("操作人"), self.operator),
            (self.tr("来源"), self.source),
            (self.tr("对象"), self.entity),
            (self.tr("字段"), self.field),
        ):
            lists.addWidget(QLabel(label, self))
            lists.addWidget(combo)
            lists.addSpacing(chars)
        lists.addStretch(1)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("日期从"), self))
        dates.addWidget(self.since)
        dates.addWidget(QLabel(self.tr("至"), self))
        dates.addWidget(self.until)
        dates.addSpacing(chars)
        dates.addWidget(QLabel(self.tr("查找"), self))
        dates.addWidget(self.text, 1)
        dates.addWidget(self.clear_button)

        self.model = LedgerHistoryModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        setup_table(self.view, self.model.columns)
        self.view.doubleClicked.connect(lambda _index: self.open_current())
        self.count_label = QLabel(self)
        self.open_button = QPushButton(self.tr("打开所在问题"), self)
        self.open_button.setToolTip(self.tr("在主窗口中显示这条修改所属的问题（或巡察）"))
        self.open_button.clicked.connect(self.open_current)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(lists)
        layout.addLayout(dates)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("中") * 86, metrics.lineSpacing() * 34)
        self.reload_choices()
        self.refresh()

    # --------------------------------------------------------------- filters
    def reload_choices(self) -> None:
        """Fill the operator, source, kind and field lists from the history (keeping
        what was chosen when it is still offered)."""
        operators, sources = history_choices(self.service)
        fields = history_fields(self.service)
        everyone = self.tr("全部")
        self._fill(self.operator, [(everyone, "")] + [(name, name) for name in operators])
        self._fill(self.source, [(everyone, "")] + [(labels.source_label(s), s) for s in sources])
        self._fill(
            self.entity,
            [(everyone, "")] + [(labels.entity_label(e), e) for e in ENTITY_LABELS],
        )
        self._fill(self.field, [(everyone, "")] + [(labels.field_label(f), f) for f in fields])

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        finally:
            combo.blockSignals(False)

    def _date(self, edit: DateEdit) -> date | None:
        """The date typed, None when empty; an unreadable date is marked in red and
        does not filter."""
        try:
            value = edit.date_value()
        except DateError:
            edit.line.setStyleSheet(INVALID_STYLE)
            return None
        edit.line.setStyleSheet("")
        return value

    def history_filter(self) -> HistoryFilter:
        return HistoryFilter(
            operator=str(self.operator.currentData() or ""),
            source=str(self.source.currentData() or ""),
            entity=str(self.entity.currentData() or ""),
            field=str(self.field.currentData() or ""),
            since=self._date(self.since),
            until=self._date(self.until),
            text=self.text.text().strip(),
        )

    def clear_filter(self) -> None:
        widgets = (self.operator, self.source, self.entity, self.field, self.since, self.until)
        for widget in (*widgets, self.text):
            widget.blockSignals(True)
        try:
            for combo in (self.operator, self.source, self.entity, self.field):
                combo.setCurrentIndex(0)
            self.since.setText("")
            self.until.setText("")
            self.text.clear()
        finally:
            for widget in (*widgets, self.text):
                widget.blockSignals(False)
        self.refresh()

    # --------------------------------------------------------------- showing
    def refresh(self) -> None:
        """Query the history with the filter on screen."""
        self.text_timer.stop()
        current = self.current_row()
        rows = find_history(self.service, self.history_filter(), limit=ROW_LIMIT)
        names: dict[int, str] = {}
        for inspection in self.service.list_inspections():
            for category in self.service.list_categories(inspection.id):
                names[int(category.id)] = category.name
        self.model.set_category_names(names)
        self.model.set_records(rows)
        if len(rows) >= ROW_LIMIT:
            self.count_label.setText(
                self.tr("显示最新的 {count} 条修改；更早的请用筛选条件查找。").format(
                    count=len(rows)
                )
            )
        else:
            self.count_label.setText(self.tr("共 {count} 条修改").format(count=len(rows)))
        if current is not None:
            for number, row in enumerate(rows):
                if row.entry_id == current.entry_id:
                    self.view.selectRow(number)
                    break
        self._update_buttons()

    def set_service(self, service: LedgerService) -> None:
        """Another ledger was opened in the window."""
        self.service = service
        self.reload_choices()
        self.refresh()

    def rows(self) -> list[HistoryRow]:
        return [r for r in self.model.records() if isinstance(r, HistoryRow)]

    def current_row(self) -> HistoryRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        record = index.data(Roles.RECORD)
        return record if isinstance(record, HistoryRow) else None

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.open_button.setEnabled(
            row is not None and (bool(row.issue_key) or row.entity == "inspection")
        )

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None and self.open_button.isEnabled():
            self.open_requested.emit(row)
