"""The main window (first version): the ledger's issues in a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QMainWindow, QTableView, QWidget

from desktop.domain.records import IssueRecord
from desktop.domain.status import STATUS_LABELS
from desktop.services.ledger import LedgerService

Index = QModelIndex | QPersistentModelIndex


class IssueTableModel(QAbstractTableModel):
    """Issues as rows: number, issue text, lead unit, deadline, status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._issues: list[IssueRecord] = []
        self._headers = [
            self.tr("序号"),
            self.tr("问题"),
            self.tr("牵头单位"),
            self.tr("整改时限"),
            self.tr("整改状态"),
        ]

    def set_issues(self, issues: list[IssueRecord]) -> None:
        self.beginResetModel()
        self._issues = issues
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self._issues)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        issue = self._issues[index.row()]
        r = issue.responsibility
        values = (
            issue.number,
            issue.text,
            r.lead_unit,
            r.deadline_text or (r.deadline.isoformat() if r.deadline else ""),
            STATUS_LABELS[issue.status] + ("，长期坚持" if issue.long_term else ""),
        )
        return values[index.column()]


class MainWindow(QMainWindow):
    """The ledger window."""

    def __init__(self, service: LedgerService, title: str = "") -> None:
        super().__init__()
        self.service = service
        self.setWindowTitle(self.tr("整改台账") + (f" — {title}" if title else ""))
        self.model = IssueTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setCentralWidget(self.table)
        self.resize(1200, 720)
        self.reload()

    def reload(self) -> None:
        self.model.set_issues(self.service.list_issues())
        self.table.resizeColumnToContents(0)
        self.statusBar().showMessage(self.tr("共 %n 个问题", "", self.model.rowCount()))
