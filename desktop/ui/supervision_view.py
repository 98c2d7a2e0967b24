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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.calendar import WorkCalendar
from desktop.domain.lights import DueSettings, measure_responsibility
from desktop.domain.status import Status
from desktop.ui import labels
from desktop.ui.models.issue_table_model import DUE_SOON_COLOUR, LIGHT_TEXT, OVERDUE_COLOUR
from desktop.ui.models.roles import Roles
from desktop.ui.supervision_tasks import BackgroundLoader

if TYPE_CHECKING:
    from desktop.services.ledger import LedgerService


# Column numbers of the list.
COL_LIGHT, COL_ITEM, COL_TEXT, COL_DEADLINE, COL_DAYS, COL_LEADER, COL_STATUS = range(7)
Index = QModelIndex | QPersistentModelIndex
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


_COLUMNS = 7
_HEAD_FLAGS = Qt.ItemFlag.ItemIsEnabled
_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class SupervisionModel(QAbstractTableModel):
    """The 督办 list as rows: each unit's heading row (shown across the whole width),
    then its overdue items and its due-soon items. Texts are made when a row is shown,
    so a ledger with 30,000 items to chase appears at once (a tree widget took two
    seconds to fill, a tree model's expandAll most of one).

    Roles: display, tooltip, alignment, background and foreground (the light), font
    (headings in bold), ``Roles.RECORD`` (an item's dict from ``supervision_items``,
    None for a heading).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # (unit group, None) for a heading, (unit group, item) for an item.
        self.rows: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
        self.several_inspections = False
        self.bold = QFont()
        self.bold.setBold(True)

    def set_document(self, document: dict[str, Any]) -> None:
        self.beginResetModel()
        self.rows = []
        for group in document["units"]:
            self.rows.append((group, None))
            self.rows += [(group, item) for item in (*group["overdue"], *group["due_soon"])]
        self.several_inspections = int(document.get("inspections", 1)) > 1
        self.endResetModel()

    def heading_rows(self) -> list[int]:
        return [n for n, (_group, item) in enumerate(self.rows) if item is None]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("提醒"),
            self.tr("事项"),
            self.tr("内容"),
            self.tr("整改时限"),
            self.tr("逾期/剩余"),
            self.tr("责任领导"),
            self.tr("整改状态"),
        )
        return headers[section] if 0 <= section < _COLUMNS else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return Qt.ItemFlag.NoItemFlags
        return _HEAD_FLAGS if self.rows[index.row()][1] is None else _ITEM_FLAGS

    def item_at(self, index: Index) -> dict[str, Any] | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()][1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        group, item = self.rows[index.row()]
        if item is None:
            return self._heading_data(group, index.column(), role)
        column = index.column()
        overdue = item["light"] == "red"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Roles.RECORD:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TEXT:
                return item["text"]
            if column == COL_ITEM and self.several_inspections:
                return item.get("inspection") or None
            return None
        if column == COL_LIGHT:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_COLOUR if overdue else DUE_SOON_COLOUR)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(LIGHT_TEXT)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        if column == COL_DAYS and overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#b3261e"))
        return None

    def _heading_data(self, group: dict[str, Any], column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{unit}（逾期 {overdue} 项，临期 {due} 项）").format(
                unit=group["unit"], overdue=len(group["overdue"]), due=len(group["due_soon"])
            )
        if role == Qt.ItemDataRole.FontRole:
            return self.bold
        return None

    def _text(self, item: dict[str, Any], column: int) -> str:
        overdue = item["light"] == "red"
        if column == COL_LIGHT:
            return self.tr("逾期") if overdue else self.tr("临期")
        if column == COL_ITEM:
            if item["entity"] == "measure":
                return self.tr("问题{number} 第{seq}条措施").format(
                    number=item["number"], seq=item["seq"]
                )
            return self.tr("问题{number}").format(number=item["number"])
        if column == COL_TEXT:
            return _elide(str(item["text"]))
        if column == COL_DEADLINE:
            return labels.format_date(date.fromisoformat(item["deadline"]))
        if column == COL_DAYS:
            if overdue:
                return self.tr("逾期 {n} 天").format(n=item["days_overdue"])
            if item["days_left"] == 0:
                return self.tr("今天到期")
            if "working_days_left" in item:
                return self.tr("剩余 {n} 天（{w} 个工作日）").format(
                    n=item["days_left"], w=item["working_days_left"]
                )
            return self.tr("剩余 {n} 天").format(n=item["days_left"])
        if column == COL_LEADER:
            return str(item.get("lead_leader") or "")
        return labels.status_label(Status(item["status"]))


class _Table(QTableView):
    """The list; Enter on an item opens it like a double-click.

    Signals:
        index_chosen(QModelIndex): Enter pressed on an item.
    """

    index_chosen = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.index_chosen.emit(self.currentIndex())
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

        self.model = SupervisionModel(self)
        self.tree = _Table(self)
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setShowGrid(False)
        self.tree.setWordWrap(False)
        self.tree.verticalHeader().hide()
        self.tree.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # A little air between rows: the list is read from a distance in meetings.
        self.tree.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.tree.doubleClicked.connect(self._choose)
        self.tree.index_chosen.connect(self._choose)
        header = self.tree.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("没有逾期或临期的问题和整改措施。"), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #a5520c;")
        self.warnings.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.warnings)
        self._size_columns()
        self.summary.setText(self.tr("正在读取督办事项…"))

    def _size_columns(self) -> None:
        metrics = self.fontMetrics()
        wide = metrics.horizontalAdvance("中")
        for column, chars in (
            (COL_LIGHT, 4),
            (COL_ITEM, 9),
            (COL_DEADLINE, 8),
            (COL_DAYS, 8),
            (COL_LEADER, 5),
            (COL_STATUS, 5),
        ):
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.tree.setColumnWidth(
                column, max(wide * chars, metrics.horizontalAdvance(header) + wide * 2)
            )

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
            self.tr(
                "截至 {today}：逾期问题 {issues} 个，临期问题 {due_issues} 个"
                "（逾期事项 {overdue} 项，临期事项（{window}）{due} 项，问题和措施分别计）。"
            ).format(
                today=labels.format_date(today),
                issues=document.get("overdue_issues", 0),
                due_issues=document.get("due_soon_issues", 0),
                overdue=document["overdue_total"],
                window=window,
                due=document["due_soon_total"],
            )
        )
        self.tree.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.tree.clearSpans()
        self.model.set_document(document)
        for row in self.model.heading_rows():
            self.tree.setSpan(row, 0, 1, _COLUMNS)
        self.tree.setVisible(bool(document["units"]))
        self.empty.setVisible(not document["units"])
        notes = [*document.get("warnings", ()), *document.get("calendar_errors", ())]
        self.warnings.setText("\n".join(notes))
        self.warnings.setVisible(bool(notes))
        self.loaded.emit(document)

    def rows(self) -> list[list[str]]:
        """The items shown, as the texts of their columns (unit headings left out)."""
        return [
            [self.model.index(row, c).data() for c in range(_COLUMNS)]
            for row in range(self.model.rowCount())
            if self.model.rows[row][1] is not None
        ]

    def unit_titles(self) -> list[str]:
        return [self.model.index(row, 0).data() for row in self.model.heading_rows()]

    def index_of(self, what: str) -> QModelIndex:
        """The index of the item whose 事项 reads ``what`` (``问题9 第1条措施``)."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, COL_ITEM)
            if self.model.rows[row][1] is not None and index.data() == what:
                return index
        return QModelIndex()

    def _choose(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        if item is not None:
            measure_id = int(item["id"]) if item["entity"] == "measure" else 0
            self.record_activated.emit(
                int(item["issue_id"]), measure_id, int(item["inspection_id"])
            )


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
