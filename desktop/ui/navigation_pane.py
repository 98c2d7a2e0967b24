"""The navigation pane: 全部问题, inspections and their categories. Selecting a node
scopes the issue table; categories are reordered and nested by drag and drop."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from desktop.domain.records import CategoryRecord
from desktop.ui.models.navigation_model import (
    CATEGORY,
    INSPECTION,
    MIME_TYPE,
    NavigationModel,
)
from desktop.ui.models.roles import Roles


class NavigationView(QTreeView):
    """The tree of the navigation pane. A drop never moves items itself: it works out
    where the category should go and emits ``category_drop_requested``; the window
    pushes an undo command and the tree reloads.

    Signals:
        category_drop_requested(int, object, int): category id, new parent category id
            (None: top level of its inspection), 0-based place among the new siblings.
    """

    category_drop_requested = Signal(int, object, int)

    def __init__(self, model: NavigationModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.nav_model = model
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setExpandsOnDoubleClick(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Only our categories can be dropped here (Qt's own check for an internal move
        # looks at the drag's source widget; the MIME type says the same more simply).
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not event.mimeData().hasFormat(MIME_TYPE):
            event.ignore()
            return
        super().dragMoveEvent(event)
        target = self.indexAt(event.position().toPoint())
        if target.isValid() and target.data(Roles.NODE_KIND) in (CATEGORY, INSPECTION):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        if not data.hasFormat(MIME_TYPE):
            event.ignore()
            return
        text = bytes(data.data(MIME_TYPE).data()).decode()
        ids = [int(part) for part in text.split(",") if part.strip().isdigit()]
        # Never let Qt move the items: the ledger is changed by a command instead.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if len(ids) != 1:
            return
        target = self.drop_target(ids[0], event.position().toPoint())
        if target is not None:
            self.category_drop_requested.emit(ids[0], target[0], target[1])

    def drop_target(self, category_id: int, pos: QPoint) -> tuple[int | None, int] | None:
        """Where a category dropped at ``pos`` goes: (parent id, place), or None when
        the drop is not allowed (another inspection, onto itself or its own subtree).

        Upper quarter of a category: before it; lower quarter: after it; middle: into
        it, as its last child. Onto the inspection: last at the top level."""
        source = self.nav_model.find(CATEGORY, category_id)
        target = self.indexAt(pos)
        if not source.isValid() or not target.isValid():
            return None
        if target.data(Roles.INSPECTION_ID) != source.data(Roles.INSPECTION_ID):
            return None
        kind = target.data(Roles.NODE_KIND)
        if kind == INSPECTION:
            return None, self.nav_model.rowCount(target)
        if kind != CATEGORY or _is_within(target, source):
            return None
        rect = self.visualRect(target)
        band = max(rect.height() // 4, 1)
        parent_index = target.parent()
        parent_id = (
            int(parent_index.data(Roles.RECORD_ID))
            if parent_index.data(Roles.NODE_KIND) == CATEGORY
            else None
        )
        siblings = [
            int(self.nav_model.index(r, 0, parent_index).data(Roles.RECORD_ID))
            for r in range(self.nav_model.rowCount(parent_index))
        ]
        without = [s for s in siblings if s != category_id]
        target_id = int(target.data(Roles.RECORD_ID))
        if pos.y() < rect.top() + band:
            return parent_id, without.index(target_id)
        if pos.y() > rect.bottom() - band:
            return parent_id, without.index(target_id) + 1
        if target_id == category_id:
            return None
        return target_id, self.nav_model.rowCount(target)

    # ---------------------------------------------------------------- selection
    def current_node(self) -> tuple[str | None, int | None, int | None]:
        """(kind, record id, inspection id) of the selected node."""
        index = self.currentIndex()
        if not index.isValid():
            return None, None, None
        return (
            index.data(Roles.NODE_KIND),
            index.data(Roles.RECORD_ID),
            index.data(Roles.INSPECTION_ID) or None,
        )

    def current_category(self) -> CategoryRecord | None:
        record = self.currentIndex().data(Roles.RECORD)
        return record if isinstance(record, CategoryRecord) else None

    def select(self, kind: str, record_id: int) -> bool:
        index = self.nav_model.find(kind, record_id)
        if index.isValid():
            self.setCurrentIndex(index)
            return True
        return False


def _is_within(index: QModelIndex, ancestor: QModelIndex) -> bool:
    """Whether ``index`` is ``ancestor`` or below it."""
    while index.isValid():
        if index == ancestor:
            return True
        index = index.parent()
    return False
