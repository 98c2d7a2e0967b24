"""The navigation tree: 全部问题, then each inspection with its categories nested."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.domain.records import CategoryRecord, InspectionRecord
from desktop.ui import labels
from desktop.ui.models.roles import Roles

Index = QModelIndex | QPersistentModelIndex

ALL = "all"
INSPECTION = "inspection"
CATEGORY = "category"
MIME_TYPE = "application/x-rectify-category"


class NavigationModel(QStandardItemModel):
    """A tree of nodes; each node carries ``Roles.NODE_KIND`` (``all``, ``inspection``,
    ``category``), ``Roles.RECORD_ID`` and ``Roles.INSPECTION_ID``, and ``Roles.RECORD``
    (the inspection or category record). Categories can be dragged (their id travels
    as ``application/x-rectify-category``); the view decides what a drop means."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._signature: tuple[Any, ...] = ()

    def set_ledger(
        self,
        inspections: Sequence[InspectionRecord],
        categories: dict[int, list[CategoryRecord]],
        counts: dict[int, int] | None = None,
    ) -> None:
        """Rebuild the tree (or only rename nodes when its shape is unchanged)."""
        signature = tuple(
            (i.id, tuple((c.id, c.parent_id, c.position) for c in categories.get(i.id, [])))
            for i in inspections
        )
        counts = counts or {}
        if signature == self._signature and self.rowCount() == len(inspections) + 1:
            self._rename(inspections, categories, counts)
            return
        self._signature = signature
        self.clear()
        root = self.invisibleRootItem()
        everything = self._item(
            QCoreApplication.translate("NavigationModel", "全部问题"), ALL, 0, 0, None
        )
        everything.setToolTip(QCoreApplication.translate("NavigationModel", "所有巡察的全部问题"))
        root.appendRow(everything)
        for inspection in inspections:
            node = self._item(
                self._inspection_text(inspection, counts),
                INSPECTION,
                inspection.id,
                inspection.id,
                inspection,
            )
            node.setToolTip(self._inspection_tip(inspection))
            node.setDropEnabled(True)
            root.appendRow(node)
            children: dict[int | None, list[CategoryRecord]] = defaultdict(list)
            for category in sorted(
                categories.get(inspection.id, []), key=lambda c: (c.position, c.id)
            ):
                children[category.parent_id].append(category)
            self._add_categories(node, children, None, inspection.id, 0)

    def _add_categories(
        self,
        parent: QStandardItem,
        children: dict[int | None, list[CategoryRecord]],
        parent_id: int | None,
        inspection_id: int,
        depth: int,
    ) -> None:
        if depth > 50:  # a corrupt cycle must not hang the window
            return
        for category in children.get(parent_id, []):
            item = self._item(category.name, CATEGORY, category.id, inspection_id, category)
            item.setDragEnabled(True)
            item.setDropEnabled(True)
            item.setToolTip(category.name)
            parent.appendRow(item)
            self._add_categories(item, children, category.id, inspection_id, depth + 1)

    @staticmethod
    def _item(
        text: str, kind: str, record_id: int, inspection_id: int, record: object
    ) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setDragEnabled(False)
        item.setDropEnabled(False)
        item.setData(kind, Roles.NODE_KIND)
        item.setData(record_id, Roles.RECORD_ID)
        item.setData(inspection_id, Roles.INSPECTION_ID)
        item.setData(record, Roles.RECORD)
        return item

    @staticmethod
    def _inspection_text(inspection: InspectionRecord, counts: dict[int, int]) -> str:
        count = counts.get(inspection.id)
        if count is None:
            return inspection.title
        return QCoreApplication.translate("NavigationModel", "{title}（{count}）").format(
            title=inspection.title, count=count
        )

    @staticmethod
    def _inspection_tip(i: InspectionRecord) -> str:
        parts = [i.title, labels.kind_label(i.kind)]
        if i.inspector:
            parts.append(
                QCoreApplication.translate("NavigationModel", "巡察组：{name}").format(
                    name=i.inspector
                )
            )
        if i.inspected_unit:
            parts.append(
                QCoreApplication.translate("NavigationModel", "被巡察单位：{name}").format(
                    name=i.inspected_unit
                )
            )
        if i.rectification_end:
            parts.append(
                QCoreApplication.translate("NavigationModel", "集中整改截止：{date}").format(
                    date=labels.format_date(i.rectification_end)
                )
            )
        return "\n".join(parts)

    def _rename(
        self,
        inspections: Sequence[InspectionRecord],
        categories: dict[int, list[CategoryRecord]],
        counts: dict[int, int],
    ) -> None:
        by_id: dict[tuple[str, int], InspectionRecord | CategoryRecord] = {
            ("inspection", int(i.id)): i for i in inspections
        }
        for cats in categories.values():
            for c in cats:
                by_id[("category", int(c.id))] = c

        def walk(item: QStandardItem) -> None:
            kind = item.data(Roles.NODE_KIND)
            record = by_id.get((kind, item.data(Roles.RECORD_ID)))
            if isinstance(record, InspectionRecord):
                item.setText(self._inspection_text(record, counts))
                item.setToolTip(self._inspection_tip(record))
                item.setData(record, Roles.RECORD)
            elif isinstance(record, CategoryRecord):
                item.setText(record.name)
                item.setToolTip(record.name)
                item.setData(record, Roles.RECORD)
            for row in range(item.rowCount()):
                child = item.child(row)
                if child is not None:
                    walk(child)

        root = self.invisibleRootItem()
        for row in range(root.rowCount()):
            child = root.child(row)
            if child is not None:
                walk(child)

    def find(self, kind: str, record_id: int) -> QModelIndex:
        """The index of a node, or an invalid index."""
        matches = self.match(
            self.index(0, 0),
            Roles.RECORD_ID,
            record_id,
            -1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        for index in matches:
            if index.data(Roles.NODE_KIND) == kind:
                return index
        return QModelIndex()

    # ----------------------------------------------------------------- dragging
    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [str(i.data(Roles.RECORD_ID)) for i in indexes if i.data(Roles.NODE_KIND) == CATEGORY]
        data.setData(MIME_TYPE, ",".join(ids).encode())
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        # The view turns drops into undo commands; the model never moves items itself.
        return False
