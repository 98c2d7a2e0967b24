"""督办: the overdue (red) and due-soon (yellow) issues and measures of the whole ledger,
grouped by lead unit, the units with the most overdue work first; with days overdue or
left and the lead leader, so the office knows whom to chase. A double-click goes to the
record in the main window. The dock shows it at start-up when there is anything to
chase, unless the user unticks 启动时显示.

The list comes from ``services.supervision_stats.supervision_items`` over the ledger's
records, computed in a worker thread (seconds on a large ledger).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.calendar import WorkCalendar
from desktop.domain.status import Status
from desktop.domain.supervision import DueSettings, measure_responsibility
from desktop.services.ledger import LedgerService
from desktop.ui import labels
from desktop.ui.models.issue_table_model import DUE_SOON_COLOUR, LIGHT_TEXT, OVERDUE_COLOUR
from desktop.ui.supervision_tasks import BackgroundLoader

# Column numbers of the list.
COL_LIGHT, COL_ITEM, COL_TEXT, COL_DEADLINE, COL_DAYS, COL_LEADER, COL_STATUS = range(7)
_TARGET_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_TEXT_CHARS = 60


def load_supervision(
    service: LedgerService,
    settings: DueSettings,
    today: date | None = None,
    calendar: WorkCalendar | None = None,
) -> dict[str, Any]:
    """The 督办 list (``supervision_items``) with each item's lead leader, its
    inspection's title and, when due-soon counts working days, the working days left.
    Runs in a worker thread: services only, no widgets."""
    from desktop.services.supervision import SupervisionService
    from desktop.services.supervision_stats import supervision_items

    today = today or date.today()
    supervision = SupervisionService(service, calendar=calendar)
    view = supervision.view()
    result = supervision_items(view, today, settings, supervision.calendar)
    issues = {i.id: i for i in view.issues}
    measures = {m.id: m for m in view.measures}
    titles = {i.id: i.title for i in view.inspections}
    for group in result["units"]:
        for item in (*group["overdue"], *group["due_soon"]):
            issue = issues[item["issue_id"]]
            if item["entity"] == "measure":
                responsibility = measure_responsibility(measures[item["id"]], issue)
            else:
                responsibility = issue.responsibility
            item["lead_leader"] = responsibility.lead_leader
            item["inspection"] = titles.get(issue.inspection_id, "")
            if settings.working_days and item["days_left"] >= 0:
                item["working_days_left"] = supervision.calendar.working_days_between(
                    today, date.fromisoformat(item["deadline"])
                )
    result["inspections"] = len(view.inspections)
    result["calendar_errors"] = [e.message for e in supervision.calendar_errors]
    return result


def _elide(text: str, limit: int = _TEXT_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class _Tree(QTreeWidget):
    """The list; Enter on an item opens it like a double-click."""

    item_chosen = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.item_chosen.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class SupervisionView(QWidget):
    """The 督办 list: a summary line, then each unit with its overdue items (red) and
    due-soon items (yellow).

    Signals:
        record_activated(int, int, int): issue id, measure id (0 for the issue itself)
            and inspection id of an item double-clicked (or Enter).
        loaded(object): the list was (re)loaded; the value is the list's document.
        show_at_start_changed(bool): the user ticked or unticked 启动时显示.
    """

    record_activated = Signal(int, int, int)
    loaded = Signal(object)
    show_at_start_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: dict[str, Any] | None = None
        self.loader = BackgroundLoader(self)
        self.loader.finished.connect(self.show_document)
        self.loader.failed.connect(self._failed)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.refresh_button = QPushButton(self.tr("刷新"), self)
        self.show_at_start = QCheckBox(self.tr("启动时显示"), self)
        self.show_at_start.setToolTip(self.tr("打开台账时，如有逾期或临期事项，自动显示督办提醒"))
        self.show_at_start.toggled.connect(self.show_at_start_changed)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_at_start)
        top.addWidget(self.refresh_button)

        self.tree = _Tree(self)
        self.tree.setColumnCount(7)
        self.tree.setHeaderLabels(
            [
                self.tr("提醒"),
                self.tr("事项"),
                self.tr("内容"),
                self.tr("整改时限"),
                self.tr("逾期/剩余"),
                self.tr("责任领导"),
                self.tr("整改状态"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.itemDoubleClicked.connect(lambda item, _column: self._choose(item))
        self.tree.item_chosen.connect(self._choose)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #a5520c;")
        self.warnings.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.warnings)
        self._size_columns()
        self.summary.setText(self.tr("正在读取督办事项…"))

    def _size_columns(self) -> None:
        wide = self.fontMetrics().horizontalAdvance("中")
        for column, chars in (
            (COL_LIGHT, 6),
            (COL_ITEM, 9),
            (COL_DEADLINE, 8),
            (COL_DAYS, 8),
            (COL_LEADER, 5),
            (COL_STATUS, 5),
        ):
            self.tree.setColumnWidth(column, wide * chars)

    # ------------------------------------------------------------------ loading
    def refresh(
        self,
        service: LedgerService,
        settings: DueSettings,
        today: date | None = None,
        calendar: WorkCalendar | None = None,
    ) -> None:
        """Reload the list in the background; ``loaded`` follows."""
        self.refresh_button.setEnabled(False)
        if self.document is None:
            self.summary.setText(self.tr("正在读取督办事项…"))
        self.loader.start(lambda: load_supervision(service, settings, today, calendar))

    def _failed(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        self.summary.setText(self.tr("无法读取督办事项：{reason}").format(reason=message))

    @property
    def total(self) -> int:
        """Overdue plus due-soon items in the list shown (0 before the first load)."""
        if self.document is None:
            return 0
        return int(self.document["overdue_total"]) + int(self.document["due_soon_total"])

    def show_document(self, document: dict[str, Any]) -> None:
        """Show a 督办 list (``load_supervision``'s document)."""
        self.document = document
        self.refresh_button.setEnabled(True)
        today = date.fromisoformat(document["today"])
        if document["working_days"]:
            window = self.tr("{days} 个工作日内到期").format(days=document["due_soon_days"])
        else:
            window = self.tr("{days} 天内到期").format(days=document["due_soon_days"])
        self.summary.setText(
            self.tr("截至 {today}：逾期 {overdue} 项，临期（{window}）{due} 项。").format(
                today=labels.format_date(today),
                overdue=document["overdue_total"],
                window=window,
                due=document["due_soon_total"],
            )
        )
        several = int(document.get("inspections", 1)) > 1
        self.tree.clear()
        # A little air between rows: the list is read from a distance in meetings.
        row_height = self.tree.fontMetrics().lineSpacing() + 8
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group in document["units"]:
            head = QTreeWidgetItem(
                [
                    self.tr("{unit}（逾期 {overdue} 项，临期 {due} 项）").format(
                        unit=group["unit"],
                        overdue=len(group["overdue"]),
                        due=len(group["due_soon"]),
                    )
                ]
            )
            head.setFont(0, bold)
            head.setSizeHint(0, QSize(0, row_height))
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            for item in (*group["overdue"], *group["due_soon"]):
                row = self._row(item, several)
                row.setSizeHint(0, QSize(0, row_height))
                head.addChild(row)
            head.setExpanded(True)
        if not document["units"]:
            empty = QTreeWidgetItem([self.tr("没有逾期或临期的问题和整改措施。")])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
        notes = [*document.get("warnings", ()), *document.get("calendar_errors", ())]
        self.warnings.setText("\n".join(notes))
        self.warnings.setVisible(bool(notes))
        self.loaded.emit(document)

    def _row(self, item: dict[str, Any], several_inspections: bool) -> QTreeWidgetItem:
        overdue = item["light"] == "red"
        what = (
            self.tr("问题{number} 第{seq}条措施").format(number=item["number"], seq=item["seq"])
            if item["entity"] == "measure"
            else self.tr("问题{number}").format(number=item["number"])
        )
        if overdue:
            days = self.tr("逾期 {n} 天").format(n=item["days_overdue"])
        elif item["days_left"] == 0:
            days = self.tr("今天到期")
        elif "working_days_left" in item:
            days = self.tr("剩余 {n} 天（{w} 个工作日）").format(
                n=item["days_left"], w=item["working_days_left"]
            )
        else:
            days = self.tr("剩余 {n} 天").format(n=item["days_left"])
        row = QTreeWidgetItem(
            [
                self.tr("逾期") if overdue else self.tr("临期"),
                what,
                _elide(item["text"]),
                labels.format_date(date.fromisoformat(item["deadline"])),
                days,
                item.get("lead_leader", ""),
                labels.status_label(Status(item["status"])),
            ]
        )
        colour = OVERDUE_COLOUR if overdue else DUE_SOON_COLOUR
        row.setBackground(COL_LIGHT, QBrush(colour))
        row.setForeground(COL_LIGHT, QBrush(LIGHT_TEXT))
        row.setTextAlignment(COL_LIGHT, Qt.AlignmentFlag.AlignCenter)
        if overdue:
            row.setForeground(COL_DAYS, QBrush(QColor("#b3261e")))
        row.setToolTip(COL_TEXT, item["text"])
        if several_inspections and item.get("inspection"):
            row.setToolTip(COL_ITEM, item["inspection"])
        row.setData(
            0,
            _TARGET_ROLE,
            (
                int(item["issue_id"]),
                int(item["id"]) if item["entity"] == "measure" else 0,
                int(item["inspection_id"]),
            ),
        )
        return row

    def rows(self) -> list[list[str]]:
        """The items shown, as the texts of their columns (unit headings left out)."""
        out: list[list[str]] = []
        for n in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(n)
            children = [head.child(m) for m in range(head.childCount())] if head else []
            out += [
                [child.text(c) for c in range(self.tree.columnCount())]
                for child in children
                if child is not None
            ]
        return out

    def _choose(self, item: QTreeWidgetItem | None) -> None:
        target = item.data(0, _TARGET_ROLE) if item is not None else None
        if target:
            issue_id, measure_id, inspection_id = target
            self.record_activated.emit(issue_id, measure_id, inspection_id)


class SupervisionDock(QDockWidget):
    """The 督办 list as a dock of the main window (bottom by default), closable; its
    toggle action is in the 视图 and 报告 menus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("督办提醒"))
        self.setObjectName("supervision_dock")
        self.view = SupervisionView(self)
        self.setWidget(self.view)
        self.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea
            | Qt.DockWidgetArea.TopDockWidgetArea
            | Qt.DockWidgetArea.RightDockWidgetArea
        )
