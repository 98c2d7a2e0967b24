"""The filter bar above the issue table: status (multi), unit, leader, category,
overdue / due soon, long-term, a search box (debounced), and saved views."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.filters import IssueFilter
from desktop.domain.records import CategoryId, CategoryRecord
from desktop.domain.status import Status
from desktop.domain.texts import listed
from desktop.ui import labels

SEARCH_DELAY_MS = 150


class FilterBar(QWidget):
    """Controls that build an :class:`IssueFilter` (the inspection comes from the
    navigation pane). Changes apply at once; typing in the search box applies after a
    short pause (a QTimer, restarted per keystroke).

    Signals:
        filter_changed(): the filter changed; read it with :meth:`issue_filter`.
        save_view_requested(): the user wants to name the current filter.
        view_chosen(str): a saved view was picked by name.
        delete_view_requested(str): a saved view should be forgotten.
        search_wanted(): the search box got the focus or text: the window loads the
            search texts then, not before (50,000 issues' are 100 MB).
    """

    filter_changed = Signal()
    save_view_requested = Signal()
    view_chosen = Signal(str)
    delete_view_requested = Signal(str)
    search_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索问题、措施、进展（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._changed)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.textChanged.connect(lambda _text: self.search_wanted.emit())
        self.search.installEventFilter(self)
        self.search.returnPressed.connect(self.apply_search_now)

        self.status_button = QPushButton(self)
        self.status_menu = QMenu(self.status_button)
        self.status_actions: dict[Status, QAction] = {}
        for status in Status:
            action = self.status_menu.addAction(labels.status_label(status))
            action.setCheckable(True)
            action.toggled.connect(self._status_toggled)
            self.status_actions[status] = action
        self.status_menu.addSeparator()
        clear = self.status_menu.addAction(self.tr("全部状态"))
        clear.triggered.connect(self._clear_statuses)
        self.status_button.setMenu(self.status_menu)

        self.unit = self._combo(self.tr("全部单位"), editable=True)
        self.leader = self._combo(self.tr("全部领导"), editable=True)
        self.category = self._combo(self.tr("全部类别"))
        self.long_term = QComboBox(self)
        self.long_term.addItem(self.tr("长期坚持：不限"), None)
        self.long_term.addItem(self.tr("仅长期坚持"), True)
        self.long_term.addItem(self.tr("非长期坚持"), False)
        self.long_term.currentIndexChanged.connect(self._changed)
        self.overdue = self._toggle(self.tr("逾期"), self.tr("只看已过整改时限、尚未完成的问题"))
        self.due_soon = self._toggle(
            self.tr("即将到期"), self.tr("只看临近整改时限、尚未完成的问题")
        )

        self.views = QComboBox(self)
        self.views.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.views.activated.connect(self._view_activated)
        self.views_button = QPushButton(self.tr("视图"), self)
        self.views_menu = QMenu(self.views_button)
        self.save_view_action = self.views_menu.addAction(self.tr("保存当前筛选为视图…"))
        self.save_view_action.triggered.connect(self.save_view_requested)
        self.delete_view_action = self.views_menu.addAction(self.tr("删除所选视图"))
        self.delete_view_action.triggered.connect(self._delete_view)
        self.views_button.setMenu(self.views_menu)
        self.clear_button = QPushButton(self.tr("清除筛选"), self)
        self.clear_button.clicked.connect(self.clear)

        # Three short rows rather than two long ones: the bar (and with it the
        # window) fits a 1024-pixel screen in English too, nothing cut.
        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(self.search, 3)
        first.addWidget(self.status_button)
        first.addWidget(self.long_term)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.category, 2)
        second.addWidget(self.unit, 2)
        second.addWidget(self.leader, 1)
        third = QHBoxLayout()
        third.setContentsMargins(0, 0, 0, 0)
        third.addWidget(self.overdue)
        third.addWidget(self.due_soon)
        third.addWidget(self.views, 1)
        third.addWidget(self.views_button)
        third.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addLayout(third)
        self._update_status_text()
        self.set_views([])

    # ---------------------------------------------------------------- building
    def _combo(self, any_text: str, *, editable: bool = False) -> QComboBox:
        combo = QComboBox(self)
        combo.setEditable(editable)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Wide enough to show "全部类别" / "All categories" whole.
        metrics = self.fontMetrics()
        chars = -(-metrics.horizontalAdvance(any_text) // max(metrics.averageCharWidth(), 1))
        combo.setMinimumContentsLength(max(6, chars + 1))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.addItem(any_text, None)
        if editable:
            line = combo.lineEdit()
            assert line is not None
            line.setPlaceholderText(any_text)
            line.editingFinished.connect(self._changed)
            completer = combo.completer()
            if completer is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _toggle(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.toggled.connect(self._changed)
        return button

    # ----------------------------------------------------------------- choices
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.FocusIn:
            self.search_wanted.emit()
        return super().eventFilter(watched, event)

    def set_choices(
        self, units: Sequence[str], leaders: Sequence[str], categories: Sequence[CategoryRecord]
    ) -> None:
        """Fill the unit, leader and category lists, keeping what is chosen."""
        self._quiet = True
        try:
            self._fill(self.unit, [(u, u) for u in units])
            self._fill(self.leader, [(name, name) for name in leaders])
            self._fill(self.category, _category_items(categories))
        finally:
            self._quiet = False

    @staticmethod
    def _fill(combo: QComboBox, items: Sequence[tuple[str, Any]]) -> None:
        current = combo.currentData()
        typed = combo.currentText() if combo.isEditable() else ""
        any_text = combo.itemText(0)
        combo.clear()
        combo.addItem(any_text, None)
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        if combo.isEditable() and current is None and typed and typed != any_text:
            combo.setEditText(typed)
        elif combo.isEditable() and current is None:
            combo.setEditText("")

    def set_category(self, category_id: int | None) -> None:
        """Choose a category (the navigation pane's selection)."""
        index = self.category.findData(category_id) if category_id is not None else 0
        self.category.setCurrentIndex(max(index, 0))

    def set_views(self, names: Sequence[str]) -> None:
        self.views.blockSignals(True)
        self.views.clear()
        self.views.addItem(self.tr("已保存的视图"), None)
        for name in names:
            self.views.addItem(name, name)
        self.views.blockSignals(False)
        self.delete_view_action.setEnabled(bool(names))

    # ------------------------------------------------------------------ reading
    def statuses(self) -> frozenset[Status]:
        return frozenset(s for s, a in self.status_actions.items() if a.isChecked())

    def _text_of(self, combo: QComboBox) -> str:
        if combo.isEditable():
            text = combo.currentText().strip()
            return "" if text == combo.itemText(0) else text
        value = combo.currentData()
        return str(value) if value is not None else ""

    def issue_filter(self) -> IssueFilter:
        """The filter the controls describe (without the inspection)."""
        category = self.category.currentData()
        return IssueFilter(
            category_id=CategoryId(int(category)) if category is not None else None,
            statuses=self.statuses(),
            unit=self._text_of(self.unit),
            leader=self._text_of(self.leader),
            overdue=self.overdue.isChecked(),
            due_soon=self.due_soon.isChecked(),
            long_term=self.long_term.currentData(),
            text=self.search.text().strip(),
        )

    def state(self) -> dict[str, Any]:
        """The filter as plain data, for a saved view."""
        flt = self.issue_filter()
        return {
            "statuses": sorted(s.value for s in flt.statuses),
            "unit": flt.unit,
            "leader": flt.leader,
            "category_id": flt.category_id,
            "overdue": flt.overdue,
            "due_soon": flt.due_soon,
            "long_term": flt.long_term,
            "text": flt.text,
        }

    def set_state(self, state: dict[str, Any]) -> None:
        """Restore a saved view (one filter_changed at the end)."""
        self._quiet = True
        try:
            wanted = {str(s) for s in state.get("statuses", [])}
            for status, action in self.status_actions.items():
                action.setChecked(status.value in wanted)
            self.unit.setEditText(str(state.get("unit", "")))
            self.leader.setEditText(str(state.get("leader", "")))
            self.set_category(state.get("category_id"))
            self.overdue.setChecked(bool(state.get("overdue")))
            self.due_soon.setChecked(bool(state.get("due_soon")))
            self.long_term.setCurrentIndex(
                max(0, self.long_term.findData(state.get("long_term")))
                if state.get("long_term") is not None
                else 0
            )
            self.search.setText(str(state.get("text", "")))
            self.search_timer.stop()
        finally:
            self._quiet = False
        self._update_status_text()
        self.filter_changed.emit()

    def clear(self) -> None:
        """Show everything again."""
        self.set_state({})

    def apply_search_now(self) -> None:
        if self.search_timer.isActive():
            self.search_timer.stop()
            self._changed()

    # ---------------------------------------------------------------- reacting
    def _changed(self, *_args: object) -> None:
        if not self._quiet:
            self.filter_changed.emit()

    def _status_toggled(self, _checked: bool) -> None:
        self._update_status_text()
        self._changed()

    def _clear_statuses(self) -> None:
        self._quiet = True
        for action in self.status_actions.values():
            action.setChecked(False)
        self._quiet = False
        self._update_status_text()
        self._changed()

    def _update_status_text(self) -> None:
        chosen = [labels.status_label(s) for s in Status if self.status_actions[s].isChecked()]
        if not chosen:
            self.status_button.setText(self.tr("状态：全部"))
        else:
            self.status_button.setText(self.tr("状态：{list}").format(list=listed(chosen)))

    def _view_activated(self, index: int) -> None:
        name = self.views.itemData(index)
        if name:
            self.view_chosen.emit(str(name))

    def _delete_view(self) -> None:
        name = self.views.currentData()
        if name:
            self.delete_view_requested.emit(str(name))


def _category_items(categories: Sequence[CategoryRecord]) -> list[tuple[str, int]]:
    """Categories in tree order, indented by depth."""
    children: dict[int | None, list[CategoryRecord]] = {}
    for c in sorted(categories, key=lambda c: (c.position, c.id)):
        children.setdefault(c.parent_id, []).append(c)
    items: list[tuple[str, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        if depth > 50:
            return
        for c in children.get(parent, []):
            items.append(("\u3000" * depth + c.name, int(c.id)))
            walk(c.id, depth + 1)

    walk(None, 0)
    return items
