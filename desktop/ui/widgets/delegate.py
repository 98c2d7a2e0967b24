"""The in-place editors of editable tables, chosen by the column spec's editor kind."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.domain.status import Status
from desktop.ui import labels
from desktop.ui.models.columns import Editor
from desktop.ui.widgets.completers import make_completer, set_words

Index = QModelIndex | QPersistentModelIndex


class LedgerDelegate(QStyledItemDelegate):
    """Editors per column kind: a status dropdown with the canonical states, line
    edits with autocomplete for units and leaders, a line edit reading typed dates."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.unit_completer = make_completer([], self)
        self.leader_completer = make_completer([], self)

    def set_completions(self, units: Sequence[str], leaders: Sequence[str]) -> None:
        set_words(self.unit_completer, units)
        set_words(self.leader_completer, leaders)

    @staticmethod
    def _editor_kind(index: Index) -> str | None:
        columns = getattr(index.model(), "columns", None)
        if columns is None or not 0 <= index.column() < len(columns):
            return None
        kind: str | None = columns[index.column()].editor
        return kind

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = self._editor_kind(index)
        if kind == Editor.STATUS:
            combo = QComboBox(parent)
            for status in Status:
                combo.addItem(labels.status_label(status), status.value)
            return combo
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if kind == Editor.UNIT:
            editor.setCompleter(self.unit_completer)
        elif kind == Editor.LEADER:
            editor.setCompleter(self.leader_completer)
        elif kind == Editor.DATE:
            editor.setPlaceholderText(self.tr("如 2023年1月11日、2023.1.11"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data()  # display text as a fallback
        edit = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(edit)))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(edit if edit is not None else value or ""))
        else:  # pragma: no cover - every editor is one of the above
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
        else:  # pragma: no cover
            super().setModelData(editor, model, index)
