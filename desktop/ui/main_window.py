"""The main window: it owns the navigation pane (inspections and categories), the
issue table with its filter bar, the detail pane of the selected issue, the menu bar,
the status bar, the undo stack, and opening another ledger.

It implements the window API, :class:`~desktop.ui.window_api.LedgerWindow` (mypy checks
it at the end of this module), and that API is all a feature sees of it: the features
are installed in ``__init__`` (imports, the Excel export, file drops, hand-outs,
notices, printing, the supervision tabs and views), each taking the window as a
``LedgerWindow``. They register their actions in its menus by ``ActionKey``
(:meth:`MainWindow.add_action`), run undoable work through :meth:`MainWindow.perform`
or :meth:`MainWindow.push_applied`, read what is on screen through
``current_inspection``, ``issue_filter``, ``shown_issues``, ``selected_issues``,
``current_issue`` and ``describe_view``, move it with ``show_inspection`` and
``show_issue``, and hear of changes through ``events`` (``ledger_changed``,
``view_changed``, ``selection_changed``…). No feature module imports this one (an
import-linter contract); ``desktop.app`` builds the window. The window's own parts,
read-only mode (``ui.safety``) and the login's role (``ui.access_follow``), also get
the widgets they restyle (:class:`~desktop.ui.window_parts.WindowParts`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import collector
from desktop.domain.calendar import WorkCalendar
from desktop.domain.changes import Changes
from desktop.domain.filters import IssueFilter
from desktop.domain.numbering import next_number
from desktop.domain.problems import ValidationFailed
from desktop.domain.records import (
    CategoryId,
    CategoryRecord,
    InspectionId,
    InspectionRecord,
    IssueDraft,
    IssueId,
    IssueRecord,
    MeasureDraft,
    MeasureId,
    Responsibility,
)
from desktop.domain.rollup import StatusDisagrees
from desktop.storage.errors import LedgerError, StaleEdit
from desktop.ui import labels, messages, operations
from desktop.ui.access_follow import install_access_follow
from desktop.ui.appearance import apply_font_scale
from desktop.ui.background import DaemonTask, after_first_frame
from desktop.ui.commands import (
    AddCategoryCommand,
    AddInspectionCommand,
    AddIssueCommand,
    AddMeasureCommand,
    BatchCommand,
    BulkEditCommand,
    DeleteCategoryCommand,
    DeleteInspectionCommand,
    DeleteIssuesCommand,
    DeleteMeasureCommand,
    EditInspectionCommand,
    EditIssueCommand,
    EditMeasureCommand,
    LedgerCommand,
    MoveCategoryCommand,
    MoveIssueCommand,
    MoveMeasureCommand,
    RenameCategoryCommand,
)
from desktop.ui.detail_pane import DetailPane
from desktop.ui.drop import install_file_drops
from desktop.ui.events import LedgerEvents
from desktop.ui.export_actions import install_export_actions
from desktop.ui.filter_bar import FilterBar
from desktop.ui.handoff_actions import install_handoff_actions
from desktop.ui.import_actions import install_import_actions
from desktop.ui.models.issue_table_model import IssueTableModel
from desktop.ui.models.navigation_model import ALL, CATEGORY, INSPECTION, NavigationModel
from desktop.ui.models.roles import Roles
from desktop.ui.navigation_pane import NavigationView
from desktop.ui.notice_actions import install_notice_actions
from desktop.ui.print_actions import install_print_actions
from desktop.ui.safety import install_safety
from desktop.ui.settings import AppSettings
from desktop.ui.supervision_actions import install_supervision_views
from desktop.ui.supervision_tab_slots import install_supervision_tabs
from desktop.ui.view_description import describe_view
from desktop.ui.widgets.tables import IssueTableView, setup_table
from desktop.ui.window_api import ActionKey, LedgerWindow, Menu
from desktop.ui.window_parts import WindowParts

if TYPE_CHECKING:
    from desktop.domain.changes import Done
    from desktop.services.ledger import LedgerService
    from desktop.services.quick_open import FirstView
    from desktop.ui.export_runner import ExcelExporter
    from desktop.ui.supervision_tabs import SupervisionTabs

LedgerOpener = Callable[[str], "LedgerService"]

# Above this many changed issues a full reload is cheaper than refreshing rows in place.
_IN_PLACE_LIMIT = 500


class _Superseded(Exception):
    """Stops a staged read of issues that another list of issues has superseded."""


class _EnableWhenFilled(QObject):
    """Keeps a submenu disabled until some feature adds an action to it, so an empty
    导入/导出/打印/报告 menu never pretends to offer something."""

    def __init__(self, menu: QMenu) -> None:
        super().__init__(menu)
        self.menu = menu
        menu.installEventFilter(self)
        self._update()

    def _update(self) -> None:
        self.menu.menuAction().setEnabled(bool(self.menu.actions()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ActionAdded, QEvent.Type.ActionRemoved):
            self._update()
        return False


class MainWindow(QMainWindow):
    """The ledger window.

    What features use is the window API (``ui.window_api``; see the module docstring):
    ``service`` (replaced when another ledger is opened: read it at the time of use),
    ``events``, ``undo_stack``, ``settings``, the action registry (``add_action``,
    ``action``, ``guard`` for editing actions a read-only ledger turns off) and the
    rest. The widgets (``nav``, ``table``, ``model``, ``filter_bar``, ``detail``), the
    menus and the installed features (``safety``, ``access_follow``, ``handoff``,
    ``print_actions``, ``supervision_views``…) are attributes for the window's own code
    and its tests.

    Quick start (``desktop.app``): instead of a service the window may get a
    :class:`~desktop.ui.background.DaemonTask` opening it and the ``first_view`` read
    without SQLAlchemy, which it shows at once. ``service`` then waits for the task
    (with a busy cursor) when something needs it before it is ready; features that
    want it as soon as it is there use :meth:`when_service_ready`. Of a big scope the
    first view holds only the first screenful of issues: :meth:`load_rest` (after the
    first frame) reads the rest in the background and ``issues_loaded`` is emitted once
    they are in the table; what needs every issue waits for them
    (:meth:`wait_for_issues`).
    """

    # Every issue of the scope is in the table (after a staged load, see load_rest).
    issues_loaded = Signal()

    def __init__(
        self,
        service: LedgerService | DaemonTask,
        title: str = "",
        *,
        settings: AppSettings | None = None,
        opener: LedgerOpener | None = None,
        location: str = "",
        first_view: FirstView | None = None,
    ) -> None:
        super().__init__()
        self._service: LedgerService | None = None
        self._pending: DaemonTask | None = None
        self._when_ready: list[tuple[QObject, Callable[[], object]]] = []
        if isinstance(service, DaemonTask):
            self._pending = service
            service.finished.connect(self._adopt_service)
        else:
            self._service = service
        self.settings = settings or AppSettings(QSettings())
        self.opener = opener
        self.location = location
        self.ledger_name = title
        self.events = LedgerEvents(self)
        self.undo_stack = QUndoStack(self)
        self._inspections: list[InspectionRecord] = []
        self._categories: dict[int, list[CategoryRecord]] = {}
        self._units: list[str] = []
        self._leaders: list[str] = []
        self._leaders_asked = 0  # the last read of the leaders asked for (_refresh_leaders)
        self._scope: InspectionId | None = None
        self._current_issue_id: IssueId | None = None
        self._restoring_selection = False
        self._saving = False
        self._shown_once = False
        self._texts_loaded = False
        self._texts_task: DaemonTask | None = None
        self._texts_for = 0  # the list of issues (_issues_generation) they are read for
        self._work_calendar: WorkCalendar | None = None
        # A staged load (quick start on a big scope): how many issues the scope has,
        # the reading of the rest, and which list of issues it belongs to.
        self._issue_total = 0
        self._rest_pending = False
        self._rest_task: DaemonTask | None = None
        self._rest_superseded = threading.Event()  # set: the rest read so far is not wanted
        self._issues_generation = 0
        # A ledger with a scope of more than a screenful reads each first screen in a
        # worker too (reload_issues); how many first screens were asked for (the last
        # wins), whether one is asked for and not yet shown, its read, and what waits
        # for every issue of the scope (when_issues_loaded).
        self._big_ledger = False
        self._first_asked = 0
        self._first_pending = False
        self._first_task: DaemonTask | None = None
        self._first_reading = 0  # which first screen asked for _first_task reads
        self._first_superseded = threading.Event()
        self._when_loaded: list[tuple[QObject, Callable[[], object]]] = []

        # The action registry (window_api.ActionKey): the window's actions and the
        # features'.
        self._actions: dict[ActionKey, QAction] = {}
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._register_own_actions()
        # Features, each in its own module; their menu entries appear in this order.
        self.import_excel_action = install_import_actions(self)
        self.excel_export = install_export_actions(self)
        self.file_drops = install_file_drops(self)
        parts = self._parts()
        self.access_follow = install_access_follow(self, parts)
        self.safety = install_safety(self, parts)
        self.handoff = install_handoff_actions(self)
        self._connect()
        self.notice_actions = install_notice_actions(self)
        self.supervision_slots = install_supervision_tabs(
            self, self.detail, on_built=lambda: self.access_follow.enforce()
        )
        self.print_actions = install_print_actions(self)
        self._update_title()
        self._fit_to_screen(1400, 860)
        self._restore_geometry()
        if first_view is not None:
            self._show_first_view(first_view)
        else:
            self.reload_all(initial=True)
        self.supervision_views = install_supervision_views(self)

    # ================================================================= service
    @property
    def service(self) -> LedgerService:
        """The ledger's service; while it is still being opened (quick start), wait
        for it here."""
        if self._service is None:
            assert self._pending is not None
            self._pending.start()  # not yet started while the rest of the issues load
            self._adopt_service(self._pending.wait())
        assert self._service is not None
        return self._service

    @service.setter
    def service(self, service: LedgerService) -> None:
        self._service = service

    def start_opening(self) -> None:
        """Quick start: begin opening the service (after the first frame and the rest
        of a big scope's issues; at once when something needs it)."""
        if self._pending is not None:
            self._pending.start()

    @property
    def excel_exporter(self) -> ExcelExporter:
        """导出 → Excel 台账…'s exporter (made on first use)."""
        return self.excel_export.exporter()

    @property
    def supervision_tabs(self) -> SupervisionTabs:
        """The supervision tabs of the detail pane (built on first use)."""
        return self.supervision_slots.tabs()

    @property
    def service_ready(self) -> bool:
        return self._service is not None

    def when_service_ready(self, receiver: QObject, slot: Callable[[], object]) -> None:
        """Call ``slot`` at the next turn of the event loop once the service is ready
        (never during the window's construction or before its first frame)."""
        if self._service is not None:
            QTimer.singleShot(0, receiver, slot)
        else:
            self._when_ready.append((receiver, slot))

    def _adopt_service(self, service: object) -> None:
        if self._service is not None:
            return  # taken already by a caller that could not wait for the signal
        self._service = cast("LedgerService", service)
        waiting, self._when_ready = self._when_ready, []
        for receiver, slot in waiting:
            QTimer.singleShot(0, receiver, slot)
        self._update_actions()

    def _show_first_view(self, view: FirstView) -> None:
        """Show what was read before the service was ready (``quick_open``): the same
        records ``reload_all(initial=True)`` would read through the service."""
        self._inspections = view.inspections
        self._scope = view.scope
        self._categories = {int(k): v for k, v in view.categories.items()}
        self._units = [u.name for u in view.units]
        self._leaders = view.leaders
        self._reload_nav()
        self._reload_choices()
        self._apply_deadline_rules()
        self._show_issues(view.issues, view.issue_total)

    @property
    def issues_complete(self) -> bool:
        """Every issue of the scope is in the table (no staged load under way, no first
        screen being read)."""
        return not self._rest_pending and not self._first_pending

    def when_issues_loaded(self, receiver: QObject, slot: Callable[[], object]) -> None:
        """Call ``slot`` at a later turn of the event loop once every issue of the scope
        is in the table (at the next turn when they are): for background reads of
        their own (the 督办 list) that would otherwise run beside the table's read."""
        if self.issues_complete:
            QTimer.singleShot(0, receiver, slot)
        else:
            self._when_loaded.append((receiver, slot))

    def _issues_in(self) -> None:
        """Every issue of the scope is in: ``issues_loaded``, and what waited for it."""
        waiting, self._when_loaded = self._when_loaded, []
        for receiver, slot in waiting:
            QTimer.singleShot(0, receiver, slot)
        self.issues_loaded.emit()

    def load_rest(self) -> None:
        """Staged load: read the rest of the scope's issues in a worker thread (with
        their lights), then put them in the table; ``issues_loaded`` follows. A read
        that another list of issues supersedes (a switch, a reload) stops at its next
        check instead of running on beside the new one (after an import the window
        reloaded, showed the new inspection and was switched back: three reads of
        10,000 issues at once, each three times slower, all but one thrown away)."""
        if not self._rest_pending or self._rest_task is not None:
            return
        from desktop.services.quick_open import read_issues

        location, scope, generation = self.location, self._scope, self._issues_generation
        version, light = self.model.light_rules()
        superseded = threading.Event()

        def check() -> None:
            if superseded.is_set():
                raise _Superseded

        # The collector paused while the records are made (they all live on): a full
        # pass over them and the rest of the heap would hold the window meanwhile.
        @collector.collector_paused()
        def work() -> tuple[list[IssueRecord], dict[int, str | None]] | None:
            try:
                records = read_issues(location, scope, check)
                if records is None:
                    return None
                check()
            except _Superseded:
                # Caught here, not handed on: its traceback holds the read's frames
                # and what they made, a cycle the paused collector would not free
                # (and the freeze at the pause's end would keep until a tidy).
                return None  # dropped by _rest_loaded: another list is shown
            return records, {r.id: light(r) for r in records}

        task = DaemonTask(work, self)
        task.finished.connect(lambda result: self._rest_loaded(result, generation, version))
        task.failed.connect(lambda _error: self._rest_loaded(None, generation, version))
        self._rest_task = task
        self._rest_superseded = superseded
        task.start()

    def _wait_for_first_screen(self) -> None:
        """Wait (busy cursor) for a first screen asked for (the table shows the list
        before it meanwhile)."""
        if not self._first_pending:
            return
        self._read_first_screen()  # started now if it waits for its turn
        first = self._first_task
        if first is not None:
            # Delivers the result (to _first_screen_read) before returning.
            with contextlib.suppress(Exception):
                first.wait()
        if self._first_pending:  # not delivered: read through the service
            self._first_screen_read(None, self._first_asked)

    def wait_for_issues(self) -> None:
        """Wait (busy cursor) until every issue of the scope is in the table."""
        self._wait_for_first_screen()
        if not self._rest_pending:
            return
        self.load_rest()
        task = self._rest_task
        if task is not None:
            # Delivers the result (to _rest_loaded) before returning; a failure is
            # handled there by reading through the service.
            with contextlib.suppress(Exception):
                task.wait()

    def _rest_loaded(self, result: object, generation: int, version: int) -> None:
        if generation != self._issues_generation:
            return  # another list of issues was shown meanwhile
        self._rest_task = None
        self._rest_pending = False
        if result is None:
            # The file no longer takes the quick path: read through the service.
            self._read_all_issues()
            self._issues_in()
            return
        records, lights = cast("tuple[list[IssueRecord], dict[int, str | None]]", result)
        self._restoring_selection = True
        try:
            appended = self.model.complete_issues(records, lights, version)
        finally:
            self._restoring_selection = False
        current = self._current_issue_id
        shown = self.model.record_at(self.table.currentIndex().row())
        if not appended or (current is not None and (shown is None or shown.id != current)):
            # Reset, or the current issue (kept while the rest was read) is among it.
            self._restore_current_issue()
        self._update_counts()
        if len(records) >= collector.SETTLE_AT:
            collector.settle()  # full collections no longer walk the ledger's records
        self._issues_in()

    # ================================================================= building
    def _build_widgets(self) -> None:
        self.nav_model = NavigationModel(self)
        self.nav = NavigationView(self.nav_model, self)
        self.nav.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.filter_bar = FilterBar(self)
        self.model = IssueTableModel(self)
        self.model.due_soon_days = self.settings.due_soon_days
        self.table = IssueTableView(self)
        self.table.setModel(self.model)
        setup_table(self.table, self.model.columns)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorClearable(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # 巡察 (the model's last column) is shown only for 全部问题 (placed below).
        inspection_column = len(self.model.columns) - 1
        self.table.setColumnHidden(inspection_column, True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        center = QWidget(self)
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.filter_bar)
        center_layout.addWidget(self.table, 1)

        self.detail = DetailPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setChildrenCollapsible(False)
        chars = self.fontMetrics().averageCharWidth()
        # The navigation keeps an inspection's name readable; the detail pane is wide
        # enough for its eight tabs (supervision's included) on a large screen, and
        # gives way on a small one (see _fit_panes).
        self.nav.setMinimumWidth(chars * 18)
        self.splitter.setSizes([chars * 28, chars * 112, chars * 70])
        # The columns that matter first: 巡察 beside the number (shown for 全部问题 only),
        # then 状态 and 整改时限, then the issue, so a narrow table still shows them (the
        # user's own order is remembered).
        header = self.table.horizontalHeader()
        header.moveSection(header.visualIndex(inspection_column), 1)
        for visual, key in enumerate(("status", "deadline", "text"), start=2):
            logical = next(i for i, c in enumerate(self.model.columns) if c.key == key)
            header.moveSection(header.visualIndex(logical), visual)
        self.setCentralWidget(self.splitter)

        self.counts_label = QLabel(self)
        self.operator_label = QLabel(self)
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.operator_label)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_ledger_action = self._action(self.tr("新建台账…"), self.new_ledger)
        self.open_ledger_action = self._action(
            self.tr("打开台账…"), self.open_ledger, QKeySequence.StandardKey.Open
        )
        self.open_url_action = self._action(
            self.tr("打开共享台账（URL）…"), self.open_shared_ledger
        )
        self.quit_action = self._action(self.tr("退出"), self.close, QKeySequence.StandardKey.Quit)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("重做"))
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Y"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.new_issue_action = self._action(self.tr("新建问题…"), self.new_issue, "Ctrl+N")
        self.new_measure_action = self._action(self.tr("新建措施…"), self.new_measure, "Ctrl+M")
        self.delete_action = self._action(
            self.tr("删除"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.bulk_edit_action = self._action(self.tr("批量修改…"), self.bulk_edit, "Ctrl+B")
        self.save_issue_action = self._action(
            self.tr("保存问题"), self.save_current_issue, QKeySequence.StandardKey.Save
        )
        self.find_action = self._action(
            self.tr("查找"), self.focus_search, QKeySequence.StandardKey.Find
        )
        self.move_up_action = self._action(
            self.tr("问题上移"), lambda: self.move_issue(-1), "Ctrl+Alt+Up"
        )
        self.move_down_action = self._action(
            self.tr("问题下移"), lambda: self.move_issue(1), "Ctrl+Alt+Down"
        )
        self.new_inspection_action = self._action(self.tr("新建巡察…"), self.new_inspection)
        self.edit_inspection_action = self._action(self.tr("编辑巡察…"), self.edit_inspection)
        self.delete_inspection_action = self._action(self.tr("删除巡察"), self.delete_inspection)
        self.add_category_action = self._action(
            self.tr("新增类别…"), lambda: self.add_category(False)
        )
        self.add_subcategory_action = self._action(
            self.tr("新增下级类别…"), lambda: self.add_category(True)
        )
        self.rename_category_action = self._action(self.tr("重命名类别…"), self.rename_category)
        self.delete_category_action = self._action(self.tr("删除类别"), self.delete_category)

        self.toggle_nav_action = QAction(self.tr("导航栏"), self)
        self.toggle_nav_action.setCheckable(True)
        self.toggle_nav_action.setChecked(True)
        self.toggle_nav_action.toggled.connect(self.nav.setVisible)
        self.toggle_detail_action = QAction(self.tr("详情栏"), self)
        self.toggle_detail_action.setCheckable(True)
        self.toggle_detail_action.setChecked(True)
        self.toggle_detail_action.toggled.connect(self.detail.setVisible)
        self.clear_filter_action = self._action(self.tr("清除筛选"), self.filter_bar.clear)
        self.refresh_action = self._action(
            self.tr("刷新"), self.reload_all, QKeySequence.StandardKey.Refresh
        )
        self.save_view_action = self._action(self.tr("保存当前筛选为视图…"), self.save_view)
        self.settings_action = self._action(self.tr("设置…"), self.open_settings)
        self.about_action = self._action(self.tr("关于"), self.show_about)
        self.manual_action = self._action(
            self.tr("使用手册"),
            self.show_manual,
            QKeySequence.StandardKey.HelpContents,
            self.tr("打开用户手册（随程序安装，无需联网）"),
        )

        # Actions offered on the navigation tree and the issue table by right-click.
        for action in (
            self.new_inspection_action,
            self.edit_inspection_action,
            self.delete_inspection_action,
            self.add_category_action,
            self.add_subcategory_action,
            self.rename_category_action,
            self.delete_category_action,
        ):
            self.nav.addAction(action)
        for action in (
            self.new_issue_action,
            self.new_measure_action,
            self.bulk_edit_action,
            self.move_up_action,
            self.move_down_action,
            self.delete_action,
        ):
            self.table.addAction(action)
        # F2 on the tree renames a category or edits an inspection.
        self.nav_f2 = QShortcut(QKeySequence("F2"), self.nav)
        self.nav_f2.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.nav_f2.activated.connect(self.edit_current_node)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("文件(&F)"))
        self.file_menu.addAction(self.new_ledger_action)
        self.file_menu.addAction(self.open_ledger_action)
        self.recent_menu = self.file_menu.addMenu(self.tr("最近打开"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addAction(self.open_url_action)
        self.file_menu.addSeparator()
        self.import_menu = self.file_menu.addMenu(self.tr("导入"))
        self.export_menu = self.file_menu.addMenu(self.tr("导出"))
        self.print_menu = self.file_menu.addMenu(self.tr("打印"))
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.new_issue_action)
        self.edit_menu.addAction(self.new_measure_action)
        self.edit_menu.addAction(self.delete_action)
        self.edit_menu.addAction(self.bulk_edit_action)
        self.edit_menu.addAction(self.save_issue_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.move_up_action)
        self.edit_menu.addAction(self.move_down_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.new_inspection_action)
        self.edit_menu.addAction(self.edit_inspection_action)
        self.edit_menu.addAction(self.delete_inspection_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.add_category_action)
        self.edit_menu.addAction(self.add_subcategory_action)
        self.edit_menu.addAction(self.rename_category_action)
        self.edit_menu.addAction(self.delete_category_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)

        self.view_menu = bar.addMenu(self.tr("视图(&V)"))
        self.view_menu.addAction(self.toggle_nav_action)
        self.view_menu.addAction(self.toggle_detail_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.clear_filter_action)
        self.saved_views_menu = self.view_menu.addMenu(self.tr("已保存的视图"))
        self.saved_views_menu.aboutToShow.connect(self._fill_views_menu)
        self.view_menu.addAction(self.save_view_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)

        self.report_menu = bar.addMenu(self.tr("报告(&R)"))
        self.settings_menu = bar.addMenu(self.tr("设置(&S)"))
        self.settings_menu.addAction(self.settings_action)
        self.help_menu = bar.addMenu(self.tr("帮助(&H)"))
        self.help_menu.addAction(self.manual_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self._menu_guards = [
            _EnableWhenFilled(menu)
            for menu in (self.import_menu, self.export_menu, self.print_menu, self.report_menu)
        ]
        self._refresh_views()

    def _connect(self) -> None:
        self.events.ledger_changed.connect(self._on_ledger_changed)
        self.nav.selectionModel().currentChanged.connect(self._on_nav_changed)
        self.nav.category_drop_requested.connect(self.move_category)
        self.filter_bar.filter_changed.connect(self.apply_filter)
        self.filter_bar.search_wanted.connect(self._load_search_texts_in_background)
        self.filter_bar.save_view_requested.connect(self.save_view)
        self.filter_bar.view_chosen.connect(self.load_view)
        self.filter_bar.delete_view_requested.connect(self.delete_view)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.edit_requested.connect(self.focus_form)
        self.table.doubleClicked.connect(lambda _index: self.focus_form())
        self.model.layoutChanged.connect(self._update_actions)
        self.detail.save_requested.connect(self.save_current_issue)
        self.detail.revert_requested.connect(self.revert_current_issue)
        self.detail.measures.add_requested.connect(self.new_measure)
        self.detail.measures.delete_requested.connect(self.delete_measure)
        self.detail.measures.move_requested.connect(self.move_measure)
        self.detail.measures.model.edit_requested.connect(self.edit_measure)
        self.detail.measures.model.edit_rejected.connect(self._show_rejected_edit)
        self.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        # What features hear of the screen (window_api): after the window's own slots.
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self.events.selection_changed)
        selection.currentRowChanged.connect(self.events.selection_changed)
        for signal in (
            self.model.modelReset,
            self.model.layoutChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.nav.selectionModel().currentChanged,
        ):
            signal.connect(self.events.view_changed)

    def _parts(self) -> WindowParts:
        """The widgets read-only mode and a login's role restyle (``ui.window_parts``)."""
        return WindowParts(
            nav=self.nav,
            nav_f2=self.nav_f2,
            detail=self.detail,
            editing_actions=(
                self.new_issue_action,
                self.new_measure_action,
                self.delete_action,
                self.bulk_edit_action,
                self.save_issue_action,
                self.move_up_action,
                self.move_down_action,
                *self.nav.actions(),  # inspections and categories (the tree's right-click)
                self.undo_action,
                self.redo_action,
                self.import_menu.menuAction(),
            ),
            import_menu_action=self.import_menu.menuAction(),
            supervision_tabs=lambda: self.supervision_slots.built,
            safety=lambda: self.safety,
            access=lambda: self.access_follow,
        )

    def _register_own_actions(self) -> None:
        for key, action in (
            (ActionKey.NEW_LEDGER, self.new_ledger_action),
            (ActionKey.OPEN_LEDGER, self.open_ledger_action),
            (ActionKey.OPEN_URL, self.open_url_action),
            (ActionKey.QUIT, self.quit_action),
            (ActionKey.UNDO, self.undo_action),
            (ActionKey.REDO, self.redo_action),
            (ActionKey.NEW_ISSUE, self.new_issue_action),
            (ActionKey.NEW_MEASURE, self.new_measure_action),
            (ActionKey.DELETE, self.delete_action),
            (ActionKey.BULK_EDIT, self.bulk_edit_action),
            (ActionKey.SAVE_ISSUE, self.save_issue_action),
            (ActionKey.MOVE_UP, self.move_up_action),
            (ActionKey.MOVE_DOWN, self.move_down_action),
            (ActionKey.NEW_INSPECTION, self.new_inspection_action),
            (ActionKey.EDIT_INSPECTION, self.edit_inspection_action),
            (ActionKey.DELETE_INSPECTION, self.delete_inspection_action),
            (ActionKey.ADD_CATEGORY, self.add_category_action),
            (ActionKey.ADD_SUBCATEGORY, self.add_subcategory_action),
            (ActionKey.RENAME_CATEGORY, self.rename_category_action),
            (ActionKey.DELETE_CATEGORY, self.delete_category_action),
            (ActionKey.FIND, self.find_action),
            (ActionKey.TOGGLE_NAV, self.toggle_nav_action),
            (ActionKey.TOGGLE_DETAIL, self.toggle_detail_action),
            (ActionKey.CLEAR_FILTER, self.clear_filter_action),
            (ActionKey.SAVE_VIEW, self.save_view_action),
            (ActionKey.REFRESH, self.refresh_action),
            (ActionKey.SETTINGS, self.settings_action),
            (ActionKey.MANUAL, self.manual_action),
            (ActionKey.ABOUT, self.about_action),
        ):
            self._actions[key] = action

    # ======================================================= the window API
    # (desktop.ui.window_api.LedgerWindow: what feature modules use of the window)
    def _menu_widget(self, menu: Menu) -> QWidget:
        return {
            Menu.FILE: self.file_menu,
            Menu.IMPORT: self.import_menu,
            Menu.EXPORT: self.export_menu,
            Menu.PRINT: self.print_menu,
            Menu.EDIT: self.edit_menu,
            Menu.VIEW: self.view_menu,
            Menu.REPORT: self.report_menu,
            Menu.SETTINGS: self.settings_menu,
            Menu.HELP: self.help_menu,
            Menu.ISSUE_TABLE: self.table,
        }[menu]

    def add_action(
        self,
        key: ActionKey,
        action: QAction,
        menu: Menu | None = None,
        *,
        before: ActionKey | Menu | None = None,
        after: ActionKey | None = None,
        separator: bool = False,
    ) -> QAction:
        """Register ``action`` under ``key`` and add it to ``menu``: at the end, or
        before an action (or a submenu), or after one; ``separator``: a separator
        follows it. An action may be added to several menus."""
        self._actions[key] = action
        if menu is None:
            return action
        target = self._menu_widget(menu)
        anchor: QAction | None = None
        if isinstance(before, Menu):
            submenu = self._menu_widget(before)
            assert isinstance(submenu, QMenu)
            anchor = submenu.menuAction()
        elif before is not None:
            anchor = self._actions[before]
        elif after is not None:
            actions = target.actions()
            place = actions.index(self._actions[after]) + 1
            anchor = actions[place] if place < len(actions) else None
        if anchor is None:
            target.addAction(action)
        else:
            target.insertAction(anchor, action)
        if separator:
            line = QAction(target)
            line.setSeparator(True)
            actions = target.actions()
            place = actions.index(action) + 1
            if place < len(actions):
                target.insertAction(actions[place], line)
            else:
                target.addAction(line)
        return action

    def action(self, key: ActionKey) -> QAction:
        """The action registered under ``key``."""
        return self._actions[key]

    def on_menu_shown(self, menu: Menu, slot: Callable[[], object]) -> None:
        """Call ``slot`` just before ``menu`` opens."""
        target = self._menu_widget(menu)
        assert isinstance(target, QMenu)
        target.aboutToShow.connect(slot)

    def guard(self, action: QAction) -> None:
        """Turn an editing action off whenever the ledger is read-only."""
        self.safety.guard(action)

    @property
    def read_only(self) -> bool:
        """The ledger may not be written (a read-only file or a 只读 login)."""
        return self.safety.read_only

    def widget(self) -> QMainWindow:
        """The window as a widget (the window API's parent for dialogs)."""
        return self

    def show_status(self, text: str, msecs: int = 8000) -> None:
        self.statusBar().showMessage(text, msecs)

    def shown_count(self) -> int:
        """How many issues the table shows now (a staged load not waited for)."""
        return self.model.rowCount()

    def scope_issues(self) -> list[IssueRecord]:
        """Every issue of the chosen inspection (of the ledger for 全部问题), shown or
        not, in ledger order."""
        return self._all_issues()

    def describe_view(self) -> str:
        """The view in words: inspection, filter, order (``ui.view_description``)."""
        column = self.model.sort_column
        sort = None
        if column >= 0:
            header = self.model.headerData(column, Qt.Orientation.Horizontal)
            descending = (
                self.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            )
            sort = (str(header), descending)
        return describe_view(
            self.current_inspection(),
            self.issue_filter(),
            self.filter_bar.category.currentText(),
            sort,
        )

    def show_inspection(self, inspection_id: int | None) -> None:
        """Choose an inspection in the navigation (None: 全部问题)."""
        if inspection_id is None:
            self.nav.select(ALL, 0)
        else:
            self.nav.select(INSPECTION, inspection_id)

    def show_issue(self, issue_id: int, measure_id: int = 0, inspection_id: int = 0) -> bool:
        """Make an issue current (and its measure on the 整改措施 tab), clearing the
        filter and widening the scope when they hide it; an inspection's finding (no
        issue) selects the inspection. True when the issue is now current."""
        if issue_id <= 0:
            if inspection_id:
                self.show_inspection(inspection_id)
            return False
        found = self.select_issue(issue_id)
        if not found and self.filter_bar.issue_filter() != IssueFilter():
            self.filter_bar.clear()
            found = self.select_issue(issue_id)
        if not found and inspection_id:
            self.show_inspection(inspection_id)
            found = self.select_issue(issue_id)
        if not found:
            self.show_inspection(None)
            found = self.select_issue(issue_id)
        if found and measure_id:
            self.detail.tabs.setCurrentWidget(self.detail.measures)
            self.detail.measures.select_measure(measure_id)
        self.raise_()
        self.activateWindow()
        self.table.setFocus()
        return found

    # ============================================================ public API
    def perform(self, command: LedgerCommand) -> bool:
        """Run an undoable action: perform it, push it on the undo stack and emit
        ``ledger_changed``. Problems reach the user here: invalid input, a record
        someone else saved meanwhile (reload or overwrite), a vanished record.
        Returns True when the action was done (or changed nothing)."""
        if command.events is None:
            command.events = self.events
        while True:
            try:
                command.run()
            except StaleEdit as exc:
                # The conflict dialog: reload, overwrite, merge or cancel.
                from desktop.ui.conflict import resolve_stale

                if resolve_stale(self, command, exc, self.detail.measures.model.records()):
                    continue
                return False
            except StatusDisagrees as exc:
                # The issue's new state disagrees with its measures: the clerk decides
                # (domain.rollup), the same question on every path.
                choice = messages.ask_status_choice(self, exc.issues)
                if choice is None:
                    return False
                command.status_choice = choice
                continue
            except ValidationFailed as exc:
                messages.error(
                    self,
                    "\n".join(
                        f"{labels.field_label(p.field)}：{labels.problem_text(p)}"
                        for p in exc.problems
                    ),
                    self.tr("无法保存"),
                )
                return False
            except LedgerError as exc:
                operations.tell_failure(self, exc, host=self)
                return False
            break
        if command.changed_anything:
            self.undo_stack.push(command)
            self.events.ledger_changed.emit(command.changes)
        return True

    def push(self, command: LedgerCommand) -> bool:
        """Put a command on the undo stack and refresh the window: one not yet run is
        performed first (see :meth:`perform`); one already run (a BatchCommand around
        an applied import) is pushed as it is."""
        if command.events is None:
            command.events = self.events
        if not command.ran:
            return self.perform(command)
        if command.changed_anything:
            self.undo_stack.push(command)
        self.events.ledger_changed.emit(command.changes)
        return True

    def push_applied(self, text: str, done: Done[Any]) -> BatchCommand:
        """Put an action already applied elsewhere (an import or merge through
        ``apply_plan``) on the undo stack as one step, and refresh the window."""
        command = BatchCommand(text, self.service, done, self.events)
        self.push(command)
        return command

    def current_inspection(self) -> InspectionRecord | None:
        """The inspection chosen in the navigation pane (None for 全部问题)."""
        if self._scope is None:
            return None
        return next((i for i in self._inspections if i.id == self._scope), None)

    def inspections(self) -> list[InspectionRecord]:
        return list(self._inspections)

    def issue_filter(self) -> IssueFilter:
        """The filter on screen, with the inspection (for exports that match it)."""
        return dataclasses.replace(self.filter_bar.issue_filter(), inspection_id=self._scope)

    def shown_issues(self) -> list[IssueRecord]:
        """The issues in the table, in the order shown (all of them: a staged load, and
        the search texts a search typed before they were in needs, are waited for)."""
        self.wait_for_issues()
        self._wait_for_search_texts()
        return self.model.records()

    def _all_issues(self) -> list[IssueRecord]:
        """Every issue of the scope, shown or not, in ledger order."""
        self.wait_for_issues()
        return self.model.all_records()

    def selected_issues(self) -> list[IssueRecord]:
        """The selected issues, in the order shown. Read from the selection's ranges
        (the table selects whole rows): Qt's ``selectedRows()`` checks every cell of
        every selected row, 0.1 s for 200 rows of a 10,000-row table and 3.3 s for
        all of them."""
        selection = self.table.selectionModel().selection()
        last = self.model.columnCount() - 1
        ranges = [
            (r.top(), r.bottom(), r.left(), r.right())
            for r in (selection.at(k) for k in range(selection.count()))
        ]
        if all(left == 0 and right >= last for _top, _bottom, left, right in ranges):
            rows = sorted({row for top, bottom, *_ in ranges for row in range(top, bottom + 1)})
        else:
            rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for row in rows if (r := self.model.record_at(row)) is not None]

    def current_issue(self) -> IssueRecord | None:
        return self.detail.issue

    # ================================================================= loading
    @property
    def work_calendar(self) -> WorkCalendar:
        """The office's working-day calendar (``services.work_calendar.office_calendar``),
        read once, when first asked a question (not before the first frame unless a
        light needs it): the table's lights, exports' statistics and 督办 count by it."""
        if self._work_calendar is None:
            from desktop.services.work_calendar import deferred_office_calendar

            self._work_calendar = deferred_office_calendar()
        return self._work_calendar

    def _apply_deadline_rules(self) -> None:
        """The table's lights follow the same rules as the 督办 view: due-soon in
        working days when the settings say so, on the holiday calendar."""
        self.model.set_deadline_rules(
            working_days=self.settings.due_soon_working_days,
            calendar=self.work_calendar,
            feedback_dates={i.id: i.feedback_date for i in self._inspections if i.feedback_date},
        )

    def reload_all(self, *, initial: bool = False) -> None:
        """Reload inspections, categories, units and leaders, then the issues.
        ``initial``: a ledger just opened; show its inspection when it has only one,
        else all issues (choosing the scope first, so the issues load once)."""
        self._inspections = self.service.list_inspections()
        if initial:
            self._scope = self._inspections[0].id if len(self._inspections) == 1 else None
        self._categories = {i.id: self.service.list_categories(i.id) for i in self._inspections}
        self._units = [u.name for u in self.service.list_units()]
        self._refresh_leaders()
        if self._scope is not None and all(i.id != self._scope for i in self._inspections):
            self._scope = None
        self._reload_nav()
        self._reload_choices()
        self._apply_deadline_rules()
        self.reload_issues()

    def _reload_nav(self) -> None:
        kind, record_id, _ = self.nav.current_node()
        self.nav.selectionModel().blockSignals(True)
        try:
            self.nav_model.set_ledger(self._inspections, self._categories)
            self.nav.expandAll()
            if not (kind and record_id is not None and self.nav.select(kind, record_id)):
                if self._scope is not None:
                    self.nav.select(INSPECTION, self._scope)
                else:
                    self.nav.setCurrentIndex(self.nav_model.index(0, 0))
        finally:
            self.nav.selectionModel().blockSignals(False)

    def _refresh_leaders(self) -> None:
        """Read the leaders' names (the 责任领导 filter and the forms' autocomplete) in
        a worker: a ``SELECT DISTINCT`` over every issue and measure (40–70 ms idle at
        10,000 issues) that the GUI thread did after every edit, import and undo. The
        lists keep the names they had until the new ones arrive; the last asked wins."""
        self._leaders_asked += 1
        asked, service = self._leaders_asked, self.service
        task = DaemonTask(lambda: (asked, service.leaders()), self)
        task.finished.connect(self._leaders_read)
        task.finished.connect(task.deleteLater)
        task.failed.connect(task.deleteLater)  # autocomplete only: the old names stay
        task.start()

    def _leaders_read(self, result: object) -> None:
        asked, leaders = cast("tuple[int, list[str]]", result)
        if asked != self._leaders_asked or leaders == self._leaders:
            return
        self._leaders = leaders
        self._reload_choices()

    def _reload_choices(self) -> None:
        categories = self._categories.get(self._scope, []) if self._scope is not None else []
        self.filter_bar.set_choices(self._units, self._leaders, categories)
        self.detail.set_choices(self._units, self._leaders)

    def reload_issues(self) -> None:
        """Reload the issues of the current scope. A scope of more than a screenful in
        a local ledger is read as at opening (``quick_open``): the first screen now,
        the rest in the background (``issues_loaded`` follows), so that switching to a
        large inspection, or its reload after an import, a merge or an undo, never
        holds the window. Search texts (issue, measure and progress text) load when
        first searched, or just after the window shows."""
        if self.location and self._big_ledger:
            self._ask_first_screen()
            return
        from desktop.services.quick_open import read_first_issues

        staged = read_first_issues(self.location, self._scope) if self.location else None
        if staged is None:
            self._read_all_issues()
            return
        issues, total = staged
        self._show_issues(issues, total)
        if self._rest_pending:
            self.load_rest()

    def _ask_first_screen(self) -> None:
        """A ledger with a big scope (one seen staged): the first screen is read in a
        worker as well, the table keeping the rows it has until it comes (the GUI
        thread's own read of it, 20 ms idle, took 40-120 ms beside the other reads
        after an import, an undo or a switch). Asked at the next turn of the event
        loop, so that the reloads one change sets off (the window's reload and the
        import's showing of its inspection, say) read once, the last scope asked."""
        self._first_asked += 1
        self._first_superseded.set()  # a first screen read so far is not wanted
        self._rest_superseded.set()  # nor the rest of the list shown
        self._rest_task = None
        self._issues_generation += 1  # a late rest of the list shown is dropped
        self._first_pending = True
        QTimer.singleShot(0, self, self._read_first_screen)

    def _read_first_screen(self) -> None:
        if not self._first_pending:
            return  # shown already
        if self._first_task is not None and self._first_reading == self._first_asked:
            return  # under way for the last scope asked
        from desktop.services.quick_open import read_first_issues

        location, scope, asked = self.location, self._scope, self._first_asked
        superseded = threading.Event()

        def check() -> None:
            if superseded.is_set():
                raise _Superseded

        def work() -> tuple[list[IssueRecord], int] | None:
            try:
                return read_first_issues(location, scope, check=check)
            except _Superseded:
                return None  # dropped by _first_screen_read: another was asked

        task = DaemonTask(work, self)
        task.finished.connect(lambda result: self._first_screen_read(result, asked))
        task.failed.connect(lambda _error: self._first_screen_read(None, asked))
        self._first_task = task
        self._first_reading = asked
        self._first_superseded = superseded
        task.start()

    def _first_screen_read(self, result: object, asked: int) -> None:
        if asked != self._first_asked:
            return  # another first screen was asked for since (its read is under way)
        self._first_pending = False
        self._first_task = None
        told = self._rest_pending  # _show_issues tells a complete list replacing it
        if result is None:
            # The file no longer takes the quick path: read through the service.
            self._read_all_issues()
        else:
            issues, total = cast("tuple[list[IssueRecord], int]", result)
            self._show_issues(issues, total)
        if self._rest_pending:
            # Once the first screen is painted: the rest's read would slow that paint.
            after_first_frame(self, self.load_rest)
        elif not told:
            self._issues_in()

    def _read_all_issues(self) -> None:
        self._show_issues(self.service.list_issues(IssueFilter(inspection_id=self._scope)))

    def _show_issues(self, issues: list[IssueRecord], total: int | None = None) -> None:
        """Show ``issues``: all of the scope's, or the first of its ``total`` (a staged
        load: the rest follow through :meth:`load_rest`)."""
        self._texts_loaded = False
        self._issues_generation += 1
        self._rest_task = None
        self._rest_superseded.set()  # a read of the rest of the list shown before
        staged = total is not None and len(issues) < total
        self._big_ledger = self._big_ledger or staged
        if self._rest_pending and not staged:
            self._rest_pending = False  # superseded by this complete list
            QTimer.singleShot(0, self, self._issues_in)
        if staged:
            assert total is not None
            self._issue_total = total
            self._rest_pending = True
        # 全部问题 mixes inspections whose issues share their numbers: name each one's.
        self.model.inspection_titles.clear()
        self.model.inspection_titles.update({i.id: i.title for i in self._inspections})
        self.table.setColumnHidden(len(self.model.columns) - 1, self._scope is not None)
        self.model.today = date.today()
        self._restoring_selection = True
        try:
            self.model.set_issues(issues, {})
            if self.filter_bar.issue_filter().text:
                self._load_search_texts_in_background()
            self.model.set_filter(self._model_filter(), self._category_ids())
        finally:
            self._restoring_selection = False
        self._restore_current_issue()
        self._update_counts()
        if not self._rest_pending and len(issues) >= collector.SETTLE_AT:
            collector.settle()  # full collections no longer walk the ledger's records

    def _load_search_texts_in_background(self) -> None:
        """Start loading the scope's search texts in a worker thread (about 0.6 s for
        10,000 issues with 50,000 measures) once the search box is first used
        (``FilterBar.search_wanted``): 50,000 issues' texts are 100 MB, which a window
        nobody searches in need not hold. A search typed before they arrive filters
        by what the table has (an issue's own text and number) and applies again,
        whole, when they arrive (``_search_texts_loaded``); the status line says so
        meanwhile. Nothing waits for them on the GUI thread but what needs the
        whole list shown (``shown_issues``)."""
        if self._texts_loaded:
            return
        if not self.service_ready:
            # Quick start: the texts are read through the service, opened now.
            self.when_service_ready(self, self._load_search_texts_in_background)
            self.start_opening()
            return
        scope, service = self._scope, self.service
        generation = self._issues_generation
        if self._texts_task is not None and self._texts_for == generation:
            return  # on the way for the list shown
        # A daemon thread: quitting never waits for it (see ui.background).
        task = DaemonTask(lambda: (generation, service.search_texts(scope)), self)
        task.finished.connect(self._search_texts_loaded)
        task.failed.connect(self._search_texts_failed)
        self._texts_task = task
        self._texts_for = generation
        task.start()

    def _search_texts_loaded(self, result: object) -> None:
        generation, texts = cast("tuple[int, dict[int, str]]", result)
        if self._texts_loaded:
            return  # loaded meanwhile (waited for by shown_issues)
        if generation != self._issues_generation:
            # Another list is shown now (a switch, a reload): its own texts, if searched.
            if self.filter_bar.issue_filter().text:
                self._load_search_texts_in_background()
            return
        self.model.set_search_texts(texts)
        self._texts_loaded = True
        if self.filter_bar.issue_filter().text:
            self.apply_filter()  # the search typed meanwhile, now over every text

    def _search_texts_failed(self, error: object) -> None:
        if self.sender() is not self._texts_task:
            return  # a read for a list no longer shown
        self._texts_task = None
        if self.search_pending:
            # Searched by each issue's own text (the next list shown tries again).
            self._texts_loaded = True
            self._update_counts()
            self.show_status(
                self.tr("无法读取措施和进展内容，搜索只查问题本身：{reason}").format(
                    reason=operations.failure_text(cast("BaseException", error))
                )
            )

    @property
    def search_texts_loaded(self) -> bool:
        """The scope's search texts are in the table's model."""
        return self._texts_loaded

    @property
    def search_pending(self) -> bool:
        """A search is typed and the texts it needs are still being read."""
        return bool(self.filter_bar.issue_filter().text) and not self._texts_loaded

    def _wait_for_search_texts(self) -> None:
        """For what needs the whole list a search shows (``shown_issues``): wait (busy
        cursor) for the search texts still being read, and filter by them."""
        if not self.search_pending:
            return
        _ = self.service  # waits for the ledger being opened (quick start)
        self._load_search_texts_in_background()
        task = self._texts_task
        if task is not None:
            # Delivers the texts (to _search_texts_loaded, which filters) first.
            with contextlib.suppress(Exception):
                task.wait()
        if not self._texts_loaded:
            self.model.set_search_texts(self.service.search_texts(self._scope))
            self._texts_loaded = True
            self.apply_filter()

    def _model_filter(self) -> IssueFilter:
        # The category goes to the model as a subtree of ids, not as a single id.
        return dataclasses.replace(
            self.filter_bar.issue_filter(), inspection_id=self._scope, category_id=None
        )

    def _category_ids(self) -> set[int] | None:
        chosen = self.filter_bar.issue_filter().category_id
        if chosen is None or self._scope is None:
            return None
        categories = self._categories.get(self._scope, [])
        ids = {int(chosen)}
        frontier = {int(chosen)}
        while frontier:
            frontier = {int(c.id) for c in categories if c.parent_id in frontier} - ids
            ids |= frontier
        return ids

    def apply_filter(self) -> None:
        """Filter the table from the filter bar (per keystroke of the search box). A
        search before the search texts are in filters by what the table has and again
        when they arrive (see ``_load_search_texts_in_background``)."""
        if self.filter_bar.issue_filter().text:
            self._load_search_texts_in_background()
        self._restoring_selection = True
        try:
            self.model.set_filter(self._model_filter(), self._category_ids())
        finally:
            self._restoring_selection = False
        self._restore_current_issue()
        self._sync_nav_category()
        self._update_counts()

    def _sync_nav_category(self) -> None:
        chosen = self.filter_bar.issue_filter().category_id
        kind, record_id, _ = self.nav.current_node()
        self.nav.selectionModel().blockSignals(True)
        try:
            if chosen is not None and (kind != CATEGORY or record_id != chosen):
                self.nav.select(CATEGORY, int(chosen))
            elif chosen is None and kind == CATEGORY and self._scope is not None:
                self.nav.select(INSPECTION, self._scope)
        finally:
            self.nav.selectionModel().blockSignals(False)

    def _restore_current_issue(self) -> None:
        """Keep the current issue selected after a reload, if it is still shown."""
        issue_id = self._current_issue_id
        row = self.model.row_of(issue_id) if issue_id is not None else None
        self._restoring_selection = True
        try:
            if row is not None:
                index = self.model.index(row, max(self.table.currentIndex().column(), 0))
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
            else:
                self.table.selectionModel().clearSelection()
                self.table.selectionModel().setCurrentIndex(
                    QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        finally:
            self._restoring_selection = False
        # While the rest of a staged load is read, the current issue may be among it:
        # kept (the detail pane goes on showing it) until the rest is in.
        if (
            row is None
            and self._current_issue_id is not None
            and not self.detail.form.is_dirty()
            and not self._rest_pending
        ):
            self._current_issue_id = None
        self._reload_detail(keep_form=self.detail.form.is_dirty() and not self._saving)
        self._update_actions()

    def select_issue(self, issue_id: int) -> bool:
        """Make an issue current (when shown); True when it is. An issue not among the
        rows of a staged load yet is waited for."""
        self._wait_for_first_screen()  # the rows shown meanwhile are the list before
        row = self.model.row_of(issue_id)
        if row is None and self._rest_pending:
            self.wait_for_issues()
            row = self.model.row_of(issue_id)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        return self._current_issue_id == issue_id

    def _reload_detail(self, *, keep_form: bool = False) -> None:
        issue_id = self._current_issue_id
        if issue_id is None:
            self.detail.show_issue(None)
            return
        found = self.service.issues_by_ids([issue_id])
        if not found:
            self._current_issue_id = None
            self.detail.show_issue(None)
            return
        issue = found[0]
        self.detail.show_issue(
            issue,
            self.service.list_measures(issue_id),
            self.service.issue_history(issue_id),
            categories=self._categories.get(issue.inspection_id, []),
            keep_form=keep_form,
        )

    def _update_counts(self) -> None:
        if self._rest_pending:
            text = self.tr("显示前 {shown} / 共 {total} 个问题　正在读取其余问题…").format(
                shown=self.model.rowCount(), total=self._issue_total
            )
        else:
            counts = self.model.counts()
            text = self.tr(
                "显示 {shown} / 共 {total} 个问题　"
                "逾期 {overdue}　即将到期 {due_soon}　已完成 {done}"
            ).format(**counts)
        if self.search_pending:
            # Filtered by each issue's own text so far; measures' and progress texts
            # follow (see _load_search_texts_in_background).
            text += self.tr("　正在读取措施和进展内容，搜索结果随后补全…")
        self.counts_label.setText(text)
        self.operator_label.setText(
            self.tr("操作人：{name}").format(name=self.operator_name() or self.tr("未设置"))
        )

    def _update_title(self) -> None:
        name = self.ledger_name or self.location
        self.setWindowTitle(
            self.tr("{ledger} — 整改台账").format(ledger=name) if name else self.tr("整改台账")
        )

    def _update_actions(self, *_args: object) -> None:
        issue = self.detail.issue
        selected = self.table.selectionModel().hasSelection()
        kind, _, _ = self.nav.current_node()
        has_inspection = bool(self._inspections)
        self.new_issue_action.setEnabled(has_inspection)
        self.new_measure_action.setEnabled(issue is not None)
        self.bulk_edit_action.setEnabled(bool(selected))
        self.save_issue_action.setEnabled(issue is not None)
        ledger_order = self.model.sort_column < 0
        self.move_up_action.setEnabled(issue is not None and ledger_order)
        self.move_down_action.setEnabled(issue is not None and ledger_order)
        self.edit_inspection_action.setEnabled(self._scope is not None)
        self.delete_inspection_action.setEnabled(self._scope is not None)
        self.add_category_action.setEnabled(self._scope is not None)
        self.add_subcategory_action.setEnabled(kind == CATEGORY)
        self.rename_category_action.setEnabled(kind == CATEGORY)
        self.delete_category_action.setEnabled(kind == CATEGORY)
        self.safety.enforce_read_only()
        self.access_follow.enforce()

    # ============================================================== reacting
    def _on_ledger_changed(self, changes: Changes) -> None:
        if changes.inspections or changes.categories or (changes.structure and not changes.issues):
            self.reload_all()
            return
        if changes.units:
            self._units = [u.name for u in self.service.list_units()]
            self._reload_choices()
            self._refresh_leaders()
        if changes.structure:
            if not self._refresh_in_place(changes.issues):
                self.reload_issues()
            return
        if changes.issues:
            self._refresh_leaders()
            self._refresh_in_place(changes.issues)

    def _refresh_in_place(self, issue_ids: Iterable[int]) -> bool:
        """Refresh changed issues in place; False when rows were added or removed (or
        are not in this view), so the caller reloads instead."""
        ids = [IssueId(i) for i in issue_ids]
        if len(ids) > _IN_PLACE_LIMIT:
            return False
        records = self.service.issues_by_ids(ids)
        known = {r.id: r for r in self._all_issues()}
        if len(records) != len(ids) or any(
            r.id not in known or known[r.id].position != r.position for r in records
        ):
            # Rows were added, removed or moved: the list must be rebuilt.
            return False
        self.model.update_issues(records, self.service.search_texts(issue_ids=ids))
        if self._current_issue_id in ids:
            self._reload_detail(keep_form=self.detail.form.is_dirty() and not self._saving)
        self._update_counts()
        return True

    def _on_nav_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        kind = current.data(Roles.NODE_KIND) if current.isValid() else None
        inspection_id = current.data(Roles.INSPECTION_ID) if current.isValid() else None
        scope = (
            InspectionId(int(inspection_id))
            if kind in (INSPECTION, CATEGORY) and inspection_id is not None
            else None
        )
        if kind == ALL:
            scope = None
        if not self._leave_current_issue():
            # Stay where the unsaved edits are.
            self.nav.selectionModel().blockSignals(True)
            self.nav.setCurrentIndex(previous)
            self.nav.selectionModel().blockSignals(False)
            return
        if scope != self._scope:
            self._scope = scope
            self.filter_bar.blockSignals(True)
            try:
                self._reload_choices()
                self.filter_bar.set_category(
                    int(current.data(Roles.RECORD_ID)) if kind == CATEGORY else None
                )
            finally:
                self.filter_bar.blockSignals(False)
            self.reload_issues()
        else:
            self.filter_bar.blockSignals(True)
            try:
                self.filter_bar.set_category(
                    int(current.data(Roles.RECORD_ID)) if kind == CATEGORY else None
                )
            finally:
                self.filter_bar.blockSignals(False)
            self.apply_filter()
        self._update_actions()

    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._restoring_selection:
            return
        record = self.model.record_at(current.row()) if current.isValid() else None
        new_id = record.id if record is not None else None
        if new_id == self._current_issue_id:
            return
        if not self._leave_current_issue():
            # Stay on the issue whose edits could not be saved.
            self._restore_current_issue()
            return
        self._current_issue_id = new_id
        self._reload_detail()
        self._update_actions()

    def _leave_current_issue(self) -> bool:
        """Before another issue is shown: save the form's edits when they are valid;
        when they are not, ask whether to drop them. False: stay."""
        if self.detail.issue is None or not self.detail.form.is_dirty():
            return True
        if self.detail.form.validate():
            # A refused save that ended in 重新载入 leaves nothing to save: go on.
            return self.save_current_issue() or not self.detail.form.is_dirty()
        if messages.confirm(
            self,
            self.tr("问题 {number} 的修改有错误，无法保存。放弃这些修改吗？").format(
                number=self.detail.issue.number
            ),
        ):
            self.detail.form.set_draft(self.detail.issue)
            return True
        return False

    def _show_rejected_edit(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)
        messages.warning(self, text)

    # =============================================================== issues
    def save_current_issue(self) -> bool:
        """Save the 基本信息 form as one undoable edit (Ctrl+S)."""
        issue = self.detail.issue
        if issue is None or not self.detail.form.is_dirty():
            return True
        if not self.detail.form.validate():
            self.detail.tabs.setCurrentIndex(0)
            return False
        command = EditIssueCommand(
            self.service, self.events, issue.id, self.detail.form.draft(), issue.revision
        )
        self._saving = True
        try:
            done = self.perform(command)
            if done:
                self._reload_detail(keep_form=False)
        finally:
            self._saving = False
        return done

    def _discard_form_edits(self) -> None:
        # The form of an issue about to be deleted has nothing left to save.
        if self.detail.issue is not None:
            self.detail.form.set_draft(self.detail.issue)

    def revert_current_issue(self) -> None:
        self._reload_detail(keep_form=False)

    def focus_form(self) -> None:
        """F2 / double-click on a row: edit the issue in the detail pane."""
        if self.detail.issue is None:
            return
        self.toggle_detail_action.setChecked(True)
        self.detail.tabs.setCurrentIndex(0)
        self.detail.form.text.setFocus()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def _target_inspection(self) -> InspectionRecord | None:
        inspection = self.current_inspection()
        if inspection is None and self.detail.issue is not None:
            inspection = next(
                (i for i in self._inspections if i.id == self.detail.issue.inspection_id), None
            )
        if inspection is None and len(self._inspections) == 1:
            inspection = self._inspections[0]
        return inspection

    def new_issue_draft(self, inspection: InspectionRecord) -> IssueDraft:
        """Defaults for a new issue: the next number, the chosen category, the
        inspection's concentrated-rectification deadline unless it has passed (a new
        issue must not start overdue)."""
        if self._scope == inspection.id:
            numbers = [r.number for r in self._all_issues()]
        else:
            numbers = [
                r.number for r in self.service.list_issues(IssueFilter(inspection_id=inspection.id))
            ]
        category = (
            self.filter_bar.issue_filter().category_id if self._scope == inspection.id else None
        )
        deadline = inspection.rectification_end
        if deadline is not None and deadline < date.today():
            deadline = None
        return IssueDraft(
            number=next_number(numbers),
            text="",
            category_id=category,
            responsibility=Responsibility(
                deadline=deadline, deadline_text=labels.format_date(deadline) if deadline else ""
            ),
        )

    def new_issue(self) -> None:
        """新建问题 (Ctrl+N) in the chosen inspection."""
        inspection = self._target_inspection()
        if inspection is None:
            if not self._inspections:
                messages.info(self, self.tr("请先新建一次巡察，再录入问题。"))
            else:
                messages.info(self, self.tr("请先在左侧选择问题所属的巡察。"))
            return
        if not self._leave_current_issue():
            return
        from desktop.ui.dialogs.issue_dialog import IssueDialog

        dialog = IssueDialog(
            self.new_issue_draft(inspection),
            self._categories.get(inspection.id, []),
            self._units,
            self._leaders,
            self,
        )
        if not messages.run_dialog(dialog):
            return
        command = AddIssueCommand(self.service, self.events, inspection.id, dialog.draft())
        if self.perform(command):
            issue_id = int(command.result.id)
            if not self.select_issue(issue_id):
                self.statusBar().showMessage(
                    self.tr("已新建问题 {number}，但它不符合当前的筛选条件。").format(
                        number=command.result.number
                    ),
                    8000,
                )
            else:
                self.focus_form()

    def delete_selected(self) -> None:
        """Delete key: delete what has the focus (issues, a measure, a category)."""
        focus = QApplication.focusWidget()
        if focus is not None and (focus is self.nav or self.nav.isAncestorOf(focus)):
            kind, _, _ = self.nav.current_node()
            if kind == CATEGORY:
                self.delete_category()
            elif kind == INSPECTION:
                self.delete_inspection()
            return
        measures_view = self.detail.measures.view
        if focus is not None and (focus is measures_view or measures_view.isAncestorOf(focus)):
            self.detail.measures.delete_current()
            return
        if focus is None or focus is self.table or focus is self:
            self.delete_issues()
            return
        # Elsewhere (a form field, the search box) Delete must never remove records.
        self.statusBar().showMessage(self.tr("请先在问题列表中选中要删除的问题。"), 5000)

    def delete_issues(self) -> None:
        issues = self.selected_issues()
        if not issues:
            return
        text = (
            self.tr("删除问题 {number} 及其整改措施？可以用“撤销”恢复。").format(
                number=issues[0].number
            )
            if len(issues) == 1
            else self.tr("删除选中的 {count} 个问题及其整改措施？可以用“撤销”恢复。").format(
                count=len(issues)
            )
        )
        if not messages.confirm(self, text):
            return
        row = self.table.currentIndex().row()
        command = DeleteIssuesCommand(
            self.service, self.events, [i.id for i in issues], [i.number for i in issues]
        )
        self._discard_form_edits()
        if self.perform(command):
            next_row = min(row, self.model.rowCount() - 1)
            if next_row >= 0:
                self.table.setCurrentIndex(self.model.index(next_row, 0))

    def bulk_edit(self) -> None:
        """批量修改 of the selected rows, with a preview."""
        issues = self.selected_issues()
        if not issues or not self._leave_current_issue():
            return
        from desktop.ui.dialogs.bulk_edit_dialog import BulkEditDialog

        dialog = BulkEditDialog(issues, self._units, self._leaders, self)
        if not messages.run_dialog(dialog):
            return
        values = dialog.values()
        if values:
            self.perform(BulkEditCommand(self.service, self.events, [i.id for i in issues], values))

    def move_issue(self, step: int) -> None:
        """Move the current issue up or down in its inspection's order."""
        issue = self.detail.issue
        if issue is None or self.model.sort_column >= 0:
            return
        siblings = [r.id for r in self._all_issues() if r.inspection_id == issue.inspection_id]
        if issue.id not in siblings:
            return
        place = siblings.index(issue.id) + step
        if not 0 <= place < len(siblings):
            return
        self.perform(MoveIssueCommand(self.service, self.events, issue.id, issue.number, place))

    # ============================================================= measures
    def new_measure(self) -> None:
        """新建措施 (Ctrl+M) under the current issue, with its unit, leader and
        deadline as defaults."""
        issue = self.detail.issue
        if issue is None:
            return
        r = issue.responsibility
        draft = MeasureDraft(
            text="",
            responsibility=Responsibility(
                lead_leader=r.lead_leader,
                lead_unit=r.lead_unit,
                responsible_person=r.responsible_person,
                deadline=r.deadline,
                deadline_rule=r.deadline_rule,
                deadline_text=r.deadline_text,
            ),
        )
        from desktop.ui.dialogs.measure_dialog import MeasureDialog

        dialog = MeasureDialog(draft, self._units, self._leaders, self)
        if not messages.run_dialog(dialog):
            return
        command = AddMeasureCommand(
            self.service, self.events, issue.id, issue.number, dialog.draft()
        )
        if self.perform(command):
            self.detail.tabs.setCurrentWidget(self.detail.measures)
            self.detail.measures.select_measure(int(command.result.id))

    def edit_measure(
        self, measure_id: MeasureId, values: dict[str, Any], revision: int, what: str
    ) -> None:
        self.perform(
            EditMeasureCommand(self.service, self.events, measure_id, values, revision, what)
        )

    def delete_measure(self, measure_id: MeasureId) -> None:
        issue = self.detail.issue
        if issue is None:
            return
        row = self.detail.measures.view.current_row()
        if self.perform(DeleteMeasureCommand(self.service, self.events, measure_id, issue.number)):
            model = self.detail.measures.model
            if model.rowCount():
                self.detail.measures.view.setCurrentIndex(
                    model.index(min(row, model.rowCount() - 1), 1)
                )

    def move_measure(self, measure_id: MeasureId, new_index: int) -> None:
        issue = self.detail.issue
        if issue is None:
            return
        if self.perform(
            MoveMeasureCommand(self.service, self.events, measure_id, issue.number, new_index)
        ):
            self.detail.measures.select_measure(measure_id)

    # ========================================================== inspections
    def new_inspection(self) -> None:
        from desktop.ui.dialogs.inspection_dialog import InspectionDialog

        dialog = InspectionDialog(None, self)
        if not messages.run_dialog(dialog):
            return
        command = AddInspectionCommand(self.service, self.events, dialog.draft())
        if self.perform(command):
            self.nav.select(INSPECTION, int(command.result.id))

    def edit_inspection(self) -> None:
        inspection = self.current_inspection()
        if inspection is None:
            return
        from desktop.ui.dialogs.inspection_dialog import InspectionDialog

        dialog = InspectionDialog(inspection, self)
        if not messages.run_dialog(dialog):
            return
        self.perform(
            EditInspectionCommand(
                self.service, self.events, inspection.id, dialog.draft(), inspection.revision
            )
        )

    def delete_inspection(self) -> None:
        inspection = self.current_inspection()
        if inspection is None:
            return
        count = sum(1 for r in self._all_issues() if r.inspection_id == inspection.id)
        if not messages.confirm(
            self,
            self.tr(
                "删除巡察“{title}”及其全部 {count} 个问题和整改措施？可以用“撤销”恢复。"
            ).format(title=inspection.title, count=count),
        ):
            return
        self._discard_form_edits()
        self.perform(
            DeleteInspectionCommand(self.service, self.events, inspection.id, inspection.title)
        )

    def edit_current_node(self) -> None:
        """F2 on the navigation tree."""
        kind, _, _ = self.nav.current_node()
        if kind == CATEGORY:
            self.rename_category()
        elif kind == INSPECTION:
            self.edit_inspection()

    # =========================================================== categories
    def add_category(self, under_current: bool) -> None:
        inspection = self.current_inspection()
        if inspection is None:
            return
        parent = self.nav.current_category() if under_current else None
        name = messages.ask_text(
            self,
            self.tr("新增类别"),
            self.tr("“{parent}”下的类别名称：").format(parent=parent.name)
            if parent
            else self.tr("类别名称（如：（一）履行政治责任方面）："),
        )
        if name is None or not name.strip():
            return
        command = AddCategoryCommand(
            self.service,
            self.events,
            inspection.id,
            name.strip(),
            parent.id if parent else None,
        )
        if self.perform(command):
            self.nav.select(CATEGORY, int(command.result.id))

    def rename_category(self) -> None:
        category = self.nav.current_category()
        if category is None:
            return
        name = messages.ask_text(self, self.tr("重命名类别"), self.tr("类别名称："), category.name)
        if name is None or not name.strip() or name.strip() == category.name:
            return
        self.perform(RenameCategoryCommand(self.service, self.events, category.id, name.strip()))

    def delete_category(self) -> None:
        category = self.nav.current_category()
        if category is None:
            return
        if not messages.confirm(
            self,
            self.tr("删除类别“{name}”及其下级类别？其中的问题会保留，但不再属于任何类别。").format(
                name=category.name
            ),
        ):
            return
        self.perform(DeleteCategoryCommand(self.service, self.events, category.id, category.name))

    def move_category(self, category_id: CategoryId, parent_id: object, index: int) -> None:
        """A category dropped in the tree: reorder or nest it."""
        name = next(
            (c.name for cats in self._categories.values() for c in cats if c.id == category_id), ""
        )
        parent = CategoryId(parent_id) if isinstance(parent_id, int) else None
        if self.perform(
            MoveCategoryCommand(self.service, self.events, category_id, name, parent, index)
        ):
            self.nav.select(CATEGORY, category_id)

    # ========================================================== saved views
    def save_view(self) -> None:
        name = messages.ask_text(self, self.tr("保存视图"), self.tr("视图名称："))
        if name is None or not name.strip():
            return
        self.settings.save_view(name.strip(), self.filter_bar.state())
        self._refresh_views()

    def load_view(self, name: str) -> None:
        state = self.settings.saved_views.get(name)
        if state is not None:
            self.filter_bar.set_state(state)

    def delete_view(self, name: str) -> None:
        self.settings.delete_view(name)
        self._refresh_views()

    def _refresh_views(self) -> None:
        self.filter_bar.set_views(sorted(self.settings.saved_views))

    def _fill_views_menu(self) -> None:
        self.saved_views_menu.clear()
        names = sorted(self.settings.saved_views)
        for name in names:
            action = self.saved_views_menu.addAction(name)
            action.triggered.connect(lambda _c=False, n=name: self.load_view(n))
        if not names:
            empty = self.saved_views_menu.addAction(self.tr("（尚无保存的视图）"))
            empty.setEnabled(False)

    # ============================================================== ledgers
    def open_location(self, location: str) -> bool:
        """Open another ledger (file path or URL) in this window."""
        if self.opener is None:
            messages.error(self, self.tr("此窗口不能打开其他台账。"))
            return False
        if not self._leave_current_issue():
            return False
        try:
            service = self.opener(location)
        except LedgerError as exc:
            operations.tell_failure(self, exc)
            return False
        except Exception as exc:  # a database driver or URL we cannot use: say so
            messages.error(
                self,
                self.tr("无法打开台账“{location}”：{reason}").format(location=location, reason=exc),
            )
            return False
        service.operator = self.service.operator
        old = self.service
        self.service = service
        self.undo_stack.clear()
        self.location = location
        self.ledger_name = location if "://" in location else _file_name(location)
        self.settings.add_recent_ledger(location)
        self._scope = None
        self._current_issue_id = None
        self._update_title()
        self.events.ledger_replaced.emit()
        self.reload_all(initial=True)
        if old is not service:
            old.uow.engine.dispose()
        return True

    def new_ledger(self) -> None:
        path = messages.ask_save_file(
            self,
            self.tr("新建台账"),
            self.tr("台账文件 (*.sqlite);;所有文件 (*)"),
            messages.suggested_file(self.tr("新台账") + ".sqlite"),
        )
        if not path:
            return
        if not path.lower().endswith((".sqlite", ".db", ".sqlite3")):
            path += ".sqlite"
        from pathlib import Path

        if Path(path).exists() and Path(path).stat().st_size > 0:
            messages.warning(
                self, self.tr("文件“{name}”已存在。要使用它，请选择“打开台账”。").format(name=path)
            )
            return
        self.open_location(path)

    def open_ledger(self) -> None:
        path = messages.ask_open_file(
            self, self.tr("打开台账"), self.tr("台账文件 (*.sqlite *.db *.sqlite3);;所有文件 (*)")
        )
        if path:
            self.open_location(path)

    def open_shared_ledger(self) -> None:
        url = messages.ask_text(
            self,
            self.tr("打开共享台账"),
            self.tr("数据库地址（如 postgresql://用户名@服务器/数据库）："),
        )
        if url and url.strip():
            self.open_location(url.strip())

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.existing_recent_ledgers()
        for location in recent:
            action = self.recent_menu.addAction(location)
            action.triggered.connect(lambda _c=False, loc=location: self.open_location(loc))
        if recent:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("清除列表"))
            clear.triggered.connect(self.settings.clear_recent_ledgers)
        else:
            empty = self.recent_menu.addAction(self.tr("（无）"))
            empty.setEnabled(False)

    # ============================================================= settings
    def open_settings(self) -> None:
        from desktop.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self, operator=self.operator_name())
        if not messages.run_dialog(dialog):
            return
        language = self.settings.language
        dialog.apply_to(self.settings)
        self.apply_settings()
        if self.settings.language != language:
            messages.info(self, self.tr("界面语言将在重新启动后切换。"))

    def apply_settings(self) -> None:
        """Apply operator, font size and due-soon days at once."""
        if self.settings.operator:
            self.service.operator = self.settings.operator
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_font_scale(app, self.settings.font_scale)
        self.model.due_soon_days = self.settings.due_soon_days
        self._work_calendar = None  # the holiday calendar may have been edited
        self._apply_deadline_rules()
        self.apply_filter()
        self._update_counts()
        self.events.settings_changed.emit()

    def show_about(self) -> None:
        """帮助 → 关于: what the app is for, its version, and the licences of the bundled
        libraries and fonts (``desktop.about``)."""
        from desktop.about import about_text

        messages.info(
            self,
            self.tr(
                "跟踪巡察、巡视、审计反馈问题的整改：问题和整改措施、"
                "责任和时限、进展和佐证材料，直至销号。"
            )
            + "\n\n"
            + about_text(),
            self.tr("关于整改台账"),
        )

    # ============================================================ geometry
    def _fit_to_screen(self, width: int, height: int) -> None:
        """The first-run size, kept inside the screen (1366×768 laptops are common)."""
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    def _restore_geometry(self) -> None:
        geometry = self.settings.bytes_value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.bytes_value("window/state")
        if state is not None:
            self.restoreState(state)
        header = self.settings.bytes_value("window/issue_header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            # Splitter sizes only hold once the window has its final size.
            self._shown_once = True
            splitter = self.settings.bytes_value("window/splitter")
            if splitter is not None:
                self.splitter.restoreState(splitter)
            else:
                self._fit_panes()

    def show_manual(self) -> None:
        """帮助 → 使用手册: the manual bundled with the app, in a window of its own."""
        from desktop.ui.manual_window import ManualWindow

        window = self.findChild(ManualWindow)
        if window is None:
            window = ManualWindow(self)
        window.show()
        window.raise_()
        window.activateWindow()

    def _fit_panes(self) -> None:
        """The panes' first widths for the window's size: the navigation a sixth (at
        least its minimum), the detail pane a third, the table the rest."""
        width = self.splitter.width()
        nav = max(self.nav.minimumWidth(), width // 7)
        detail = max(width // 3, self.detail.minimumSizeHint().width())
        self.splitter.setSizes([nav, max(width - nav - detail, 0), detail])

    def operator_name(self) -> str:
        """Who is working (for the history): the service's operator, or while the
        service is still opening, the one it is being opened for."""
        if self._service is not None:
            return self._service.operator
        return str(getattr(self.opener, "operator", "") or self.settings.operator)

    def save_geometry(self) -> None:
        self.settings.set_bytes("window/geometry", self.saveGeometry())
        self.settings.set_bytes("window/state", self.saveState())
        self.settings.set_bytes("window/splitter", self.splitter.saveState())
        self.settings.set_bytes("window/issue_header", self.table.horizontalHeader().saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leave_current_issue():
            event.ignore()
            return
        self.save_geometry()
        super().closeEvent(event)


def _file_name(location: str) -> str:
    from pathlib import Path

    return Path(location).name


def _implements_window_api(window: MainWindow) -> LedgerWindow:
    """mypy --strict checks here that MainWindow implements the window API."""
    return window
