"""Table views with the keyboard habits of spreadsheet users."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QTableView,
    QWidget,
)

from desktop.ui.models.columns import Column


def size_columns(view: QTableView, columns: Sequence[Column[Any]]) -> None:
    """Column widths from the spec, in average characters of the current font, so that
    a larger font widens the columns instead of clipping them; wide enough for the
    words a column must show whole (``Column.fits``)."""
    metrics = view.fontMetrics()
    chars = metrics.averageCharWidth()
    # Chinese characters are about twice the average (Latin) width.
    wide = metrics.horizontalAdvance("中")
    for number, column in enumerate(columns):
        words = max((metrics.horizontalAdvance(t) for t in column.fits), default=0)
        width = max(column.width * wide, len(column.header) * wide + 3 * chars)
        # The cell's margins and the grid line.
        view.setColumnWidth(number, max(width, words + 2 * chars) if words else width)


class _FollowFont(QObject):
    """Re-sizes a table's rows and columns when its font changes (the font-size
    setting); fonts reach widgets through posted events, so this waits for its own."""

    def __init__(self, view: QTableView, columns: Sequence[Column[Any]] | None) -> None:
        super().__init__(view)
        self.view = view
        self.columns = columns
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.FontChange:
            self.view.verticalHeader().setDefaultSectionSize(
                self.view.fontMetrics().lineSpacing() + 10
            )
            if self.columns is not None:
                size_columns(self.view, self.columns)
        return False


def setup_table(view: QTableView, columns: Sequence[Column[Any]] | None = None) -> None:
    """Common settings: rows of one line high (scaled with the font), whole-row
    selection, no word wrap (long text is elided, the tooltip holds it all); with
    ``columns``, widths from the spec, kept in step with the font."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setAlternatingRowColors(False)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().lineSpacing() + 10)
    vertical.hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    if columns is not None:
        size_columns(view, columns)
    _FollowFont(view, columns)


_ACTIVATION = (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate)


class IssueTableView(QTableView):
    """The issue table: Enter moves to the next row (as in Excel), F2 asks to edit the
    current issue in the detail pane.

    Signals:
        edit_requested(): F2 on a row.
    """

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selection_as_when_active()

    # A dialog opening over the window deactivates it and takes the focus from the
    # table, and closing gives both back: Qt's item views repaint their whole viewport
    # at each, for the selection's inactive colours and the focus frame. Every cell is a
    # call into Python, each waiting for the interpreter lock while a worker computes
    # (an import's progress dialog, 统计 opening over its worker): 85-260 ms a repaint
    # on the 10k ledger. The selection keeps its colours (the clerk still sees the
    # issue the dialog is about), and only the current row is repainted.
    # Only where the selection is drawn from the palette alone (Fusion, the Linux
    # bundles' and the tests' style): Windows' styles draw a selection without the focus
    # or the active window in a state of its own, and keep Qt's repaint.
    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVATION and self._drawn_by_palette():
            self._repaint_current_row()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if not self.currentIndex().isValid() or not self._drawn_by_palette():
            super().focusInEvent(event)  # it also picks a current row
            return
        QAbstractScrollArea.focusInEvent(self, event)
        self._repaint_current_row()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if not self._drawn_by_palette():
            super().focusOutEvent(event)
            return
        QAbstractScrollArea.focusOutEvent(self, event)
        self._repaint_current_row()

    def _drawn_by_palette(self) -> bool:
        """Fusion, and a palette the same active or not (else a repaint for another
        reason would draw part of the table in the other colours)."""
        palette = self.palette()
        return self.style().name().lower() == "fusion" and palette.isEqual(
            QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._selection_as_when_active()

    def _selection_as_when_active(self) -> None:
        palette = self.palette()
        if self._same_when_inactive(palette):
            return
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
            palette.setBrush(
                QPalette.ColorGroup.Inactive, role, palette.brush(QPalette.ColorGroup.Active, role)
            )
        self.setPalette(palette)

    def _same_when_inactive(self, palette: QPalette | None = None) -> bool:
        palette = palette or self.palette()
        active, inactive = QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive
        return all(
            palette.brush(active, role) == palette.brush(inactive, role)
            for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText)
        )

    def _repaint_current_row(self) -> None:
        current = self.currentIndex()
        if current.isValid():
            rect = self.visualRect(current)
            self.viewport().update(0, rect.top(), self.viewport().width(), rect.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            step = -1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            self._move_rows(step)
            return
        if key == Qt.Key.Key_F2:
            self.edit_requested.emit()
            return
        super().keyPressEvent(event)

    def _move_rows(self, step: int) -> None:
        current = self.currentIndex()
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        row = min(max((current.row() if current.isValid() else -1) + step, 0), model.rowCount() - 1)
        column = current.column() if current.isValid() else 0
        self.setCurrentIndex(model.index(row, column))


class EditableTableView(QTableView):
    """An editable table: F2 or typing edits the cell, Tab moves to the next cell and
    edits it, Enter commits and moves down a row (then Enter again edits)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            current = self.currentIndex()
            if current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(current)
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        current = self.currentIndex()
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            # Enter in an editor: commit, then go down a row like a spreadsheet.
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            model = self.model()
            if model is not None and current.isValid() and current.row() + 1 < model.rowCount():
                self.setCurrentIndex(model.index(current.row() + 1, current.column()))
            return
        super().closeEditor(editor, hint)

    def current_row(self) -> int:
        index: QModelIndex = self.currentIndex()
        return index.row() if index.isValid() else -1
