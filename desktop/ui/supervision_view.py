"""督办: the overdue (red) and due-soon (yellow) issues and measures of the whole ledger,
grouped by lead unit, the units with the most overdue work first; with days overdue or
left and the lead leader, so the office knows whom to chase. A double-click goes to the
record in the main window. The dock shows it at start-up when there is anything to
chase, unless the user unticks 启动时显示.

The list comes from ``services.supervision_list.dock_list`` (``supervision_items``' list,
read for what the dock shows), computed in a worker thread (3 s for 50,000 issues);
the items' texts are read as their rows are shown.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, overload

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
from desktop.domain.lights import DueSettings
from desktop.domain.status import Status
from desktop.ui import labels
from desktop.ui.models.issue_table_model import DUE_SOON_COLOUR, LIGHT_TEXT, OVERDUE_COLOUR
from desktop.ui.models.roles import Roles
from desktop.ui.supervision_tasks import BackgroundLoader

if TYPE_CHECKING:
    from desktop.services.ledger import LedgerService
    from desktop.services.supervision_list import DockItem

# The texts of some items, by (entity, id) (``SupervisionService.item_texts``).
TextReader = Callable[[list["DockItem"]], dict[tuple[str, int], str]]


# Column numbers of the list.
COL_LIGHT, COL_ITEM, COL_TEXT, COL_DEADLINE, COL_DAYS, COL_LEADER, COL_STATUS = range(7)
Index = QModelIndex | QPersistentModelIndex
_TEXT_CHARS = 60
# Item texts read around a row first shown, and how many are kept at most.
_TEXTS_AROUND = 100
_TEXTS_KEPT = 5000


def load_supervision(
    service: LedgerService,
    settings: DueSettings,
    today: date | None = None,
    calendar: WorkCalendar | None = None,
) -> dict[str, Any]:
    """The 督办 list (``SupervisionService.dock_list``: ``supervision_items``' document,
    read for what the dock shows; each item a ``DockItem`` with its lead leader and,
    when due-soon counts working days, the working days left). Runs in a worker thread:
    services only, no widgets."""
    from desktop.services.supervision import SupervisionService

    supervision = SupervisionService(service, calendar=calendar)
    result = supervision.dock_list(settings, today or date.today())
    result["calendar_errors"] = [e.message for e in supervision.calendar_errors]
    return result


def _text_reader(service: LedgerService) -> TextReader:
    """Reads the texts of the items shown, on the GUI thread (a query by ids)."""

    def read(items: list[DockItem]) -> dict[tuple[str, int], str]:
        from desktop.services.supervision import SupervisionService

        return SupervisionService(service, calendar=WorkCalendar()).item_texts(items)

    return read


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
    (headings in bold), ``Roles.RECORD`` (an item, a ``DockItem``, None for a
    heading). The items' texts are read when their rows are shown, a screenful at a
    time, through the document's ``TextReader`` (none: no texts).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A unit group (dict) for a heading, else an item.
        self.rows: _Rows = _Rows([])
        self.several_inspections = False
        self.titles: dict[int, str] = {}
        self.read_texts: TextReader | None = None
        self.texts: dict[tuple[str, int], str] = {}
        self.bold = QFont()
        self.bold.setBold(True)

    def set_document(self, document: dict[str, Any], read_texts: TextReader | None = None) -> None:
        self.beginResetModel()
        self.rows = _Rows(document["units"])
        self.several_inspections = int(document.get("inspections", 1)) > 1
        self.titles = document.get("inspection_titles", {})
        self.read_texts = read_texts
        self.texts = {}
        self.endResetModel()

    def heading_rows(self) -> list[int]:
        return self.rows.headings()

    def text_of(self, row: int) -> str:
        """The full text of the item in ``row``: read with those of the rows around it
        (a screenful or two) when first asked for."""
        item = self.rows[row]
        if isinstance(item, dict):
            return ""
        key = (item.entity, item.id)
        if key not in self.texts and self.read_texts is not None:
            around = [
                r
                for r in self.rows[max(0, row - _TEXTS_AROUND) : row + _TEXTS_AROUND]
                if not isinstance(r, dict) and (r.entity, r.id) not in self.texts
            ]
            if len(self.texts) > _TEXTS_KEPT:
                self.texts = {}
            try:
                self.texts.update(self.read_texts(around))
            except Exception:  # a vanished ledger: the row shows without its text
                self.read_texts = None
        return self.texts.get(key, "")

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
        return _HEAD_FLAGS if isinstance(self.rows[index.row()], dict) else _ITEM_FLAGS

    def item_at(self, index: Index) -> DockItem | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        return None if isinstance(row, dict) else row

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        if isinstance(item, dict):
            return self._heading_data(item, index.column(), role)
        column = index.column()
        overdue = item.light == "red"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TEXT:
                return _elide(self.text_of(index.row()))
            return self._text(item, column)
        if role == Roles.RECORD:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TEXT:
                return self.text_of(index.row())
            if column == COL_ITEM and self.several_inspections:
                return self.titles.get(item.inspection_id) or None
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
            # Imported here: the dock is made before the first frame, its list later.
            from desktop.domain.statistics import group_name

            return self.tr("{unit}（逾期 {overdue} 项，临期 {due} 项）").format(
                unit=group_name(group["unit"]),
                overdue=len(group["overdue"]),
                due=len(group["due_soon"]),
            )
        if role == Qt.ItemDataRole.FontRole:
            return self.bold
        return None

    def _text(self, item: DockItem, column: int) -> str:
        overdue = item.light == "red"
        if column == COL_LIGHT:
            return self.tr("逾期") if overdue else self.tr("临期")
        if column == COL_ITEM:
            if item.entity == "measure":
                return self.tr("问题{number} 第{seq}条措施").format(
                    number=item.number, seq=item.seq
                )
            return self.tr("问题{number}").format(number=item.number)
        if column == COL_DEADLINE:
            return labels.format_date(item.deadline)
        if column == COL_DAYS:
            if overdue:
                return self.tr("逾期 {n} 天").format(n=item.days_overdue)
            if item.days_left == 0:
                return self.tr("今天到期")
            if item.working_days_left is not None:
                return self.tr("剩余 {n} 天（{w} 个工作日）").format(
                    n=item.days_left, w=item.working_days_left
                )
            return self.tr("剩余 {n} 天").format(n=item.days_left)
        if column == COL_LEADER:
            return item.lead_leader
        return labels.status_label(Status(item.status))


class _Rows(Sequence["dict[str, Any] | DockItem"]):
    """The rows of the list: each unit's group (its heading), then its overdue and its
    due-soon items, made when a row is asked for (a big ledger has 150,000)."""

    def __init__(self, groups: Sequence[dict[str, Any]]) -> None:
        self.starts: list[int] = []
        self.parts: list[tuple[dict[str, Any], Sequence[DockItem] | None]] = []
        size = 0
        for group in groups:
            for part in (None, group["overdue"], group["due_soon"]):
                length = 1 if part is None else len(part)
                if length:
                    self.starts.append(size)
                    self.parts.append((group, part))
                    size += length
        self.size = size

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, n: int) -> dict[str, Any] | DockItem: ...

    @overload
    def __getitem__(self, n: slice) -> list[dict[str, Any] | DockItem]: ...

    def __getitem__(
        self, n: int | slice
    ) -> dict[str, Any] | DockItem | list[dict[str, Any] | DockItem]:
        if isinstance(n, slice):
            return [self[i] for i in range(*n.indices(self.size))]
        if not 0 <= n < self.size:
            raise IndexError(n)
        at = bisect_right(self.starts, n) - 1
        group, part = self.parts[at]
        return group if part is None else part[n - self.starts[at]]

    def headings(self) -> list[int]:
        return [
            start for start, (_g, part) in zip(self.starts, self.parts, strict=True) if part is None
        ]


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
        self._read_texts: TextReader | None = None
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
        self._read_texts = _text_reader(service)
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
        self.model.set_document(document, self._read_texts)
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
            if not isinstance(self.model.rows[row], dict)
        ]

    def unit_titles(self) -> list[str]:
        return [self.model.index(row, 0).data() for row in self.model.heading_rows()]

    def index_of(self, what: str) -> QModelIndex:
        """The index of the item whose 事项 reads ``what`` (``问题9 第1条措施``)."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, COL_ITEM)
            if not isinstance(self.model.rows[row], dict) and index.data() == what:
                return index
        return QModelIndex()

    def _choose(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        if item is not None:
            measure_id = item.id if item.entity == "measure" else 0
            self.record_activated.emit(item.issue_id, measure_id, item.inspection_id)


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
