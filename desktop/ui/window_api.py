"""The window's API: what a feature module (an import, an export, printing, the
supervision views…) may use of the ledger window, as a :class:`LedgerWindow` protocol.

Feature modules take a ``LedgerWindow``, never ``MainWindow`` (an import-linter
contract in pyproject.toml keeps it so), and reach the screen only through it:

- the ledger context: ``service``, ``work_calendar``, ``undo_stack``, ``settings``,
  ``read_only``, ``events`` (``ledger_changed``, ``ledger_replaced``,
  ``settings_changed``, and what the window shows: ``view_changed``,
  ``selection_changed``);
- what is shown and selected: :meth:`~LedgerWindow.current_inspection`,
  :meth:`~LedgerWindow.issue_filter`, :meth:`~LedgerWindow.shown_issues`,
  :meth:`~LedgerWindow.selected_issues`, :meth:`~LedgerWindow.current_issue`, and
  :meth:`~LedgerWindow.describe_view` (the view in words, for titles and file names);
- navigation: :meth:`~LedgerWindow.show_inspection`, :meth:`~LedgerWindow.show_issue`;
- undoable work: :meth:`~LedgerWindow.perform`, :meth:`~LedgerWindow.push`,
  :meth:`~LedgerWindow.push_applied`;
- menus: one registry of actions keyed by :class:`ActionKey` (as Picard keys its main
  window's actions by ``MainAction``): a feature adds its action to a :class:`Menu`
  with :meth:`~LedgerWindow.add_action`, placed before or after another registered
  action, and finds the window's own actions by key with :meth:`~LedgerWindow.action`;
- the window as a widget (``widget()``), for parenting dialogs and messages, docks and
  the status bar.

``tests/ui/fake_window.py`` is a small implementation of it for feature tests.

On screen: nothing of its own; it says what features may use of the window.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QMainWindow

    from desktop.domain.calendar import WorkCalendar
    from desktop.domain.filters import IssueFilter
    from desktop.domain.records import InspectionRecord, IssueRecord
    from desktop.services.ledger import Done, LedgerService
    from desktop.ui.commands import BatchCommand, LedgerCommand
    from desktop.ui.events import LedgerEvents
    from desktop.ui.settings import AppSettings


class Menu(enum.Enum):
    """The menus (and context menus) features add actions to."""

    FILE = "file"
    IMPORT = "import"  # 文件 → 导入
    EXPORT = "export"  # 文件 → 导出
    PRINT = "print"  # 文件 → 打印
    EDIT = "edit"
    VIEW = "view"
    REPORT = "report"
    SETTINGS = "settings"
    HELP = "help"
    ISSUE_TABLE = "issue_table"  # the issue table's right-click menu


class ActionKey(enum.Enum):
    """Every action of the window's menus, the window's own and the features'."""

    # 文件
    NEW_LEDGER = enum.auto()
    OPEN_LEDGER = enum.auto()
    OPEN_URL = enum.auto()
    IMPORT_EXCEL = enum.auto()
    IMPORT_NOTICE = enum.auto()
    EXPORT_EXCEL = enum.auto()
    HAND_OUT = enum.auto()
    MERGE_RETURNED = enum.auto()
    PRINT_ISSUE = enum.auto()
    PRINT_SELECTED = enum.auto()
    PRINT_CLOSING = enum.auto()
    PRINT_LEDGER = enum.auto()
    PRINT_NOTICE = enum.auto()
    BACKUPS = enum.auto()
    CHECK_FILE = enum.auto()
    QUIT = enum.auto()
    # 编辑
    UNDO = enum.auto()
    REDO = enum.auto()
    NEW_ISSUE = enum.auto()
    NEW_MEASURE = enum.auto()
    DELETE = enum.auto()
    BULK_EDIT = enum.auto()
    SAVE_ISSUE = enum.auto()
    MOVE_UP = enum.auto()
    MOVE_DOWN = enum.auto()
    NEW_INSPECTION = enum.auto()
    EDIT_INSPECTION = enum.auto()
    DELETE_INSPECTION = enum.auto()
    ADD_CATEGORY = enum.auto()
    ADD_SUBCATEGORY = enum.auto()
    RENAME_CATEGORY = enum.auto()
    DELETE_CATEGORY = enum.auto()
    FIND = enum.auto()
    # 视图
    TOGGLE_NAV = enum.auto()
    TOGGLE_DETAIL = enum.auto()
    SUPERVISION_DOCK = enum.auto()
    CLEAR_FILTER = enum.auto()
    SAVE_VIEW = enum.auto()
    HISTORY = enum.auto()
    REFRESH = enum.auto()
    # 报告
    WRITE_NOTICE = enum.auto()
    DASHBOARD = enum.auto()
    CONTENT_CHECK = enum.auto()
    # 设置, 帮助
    SETTINGS = enum.auto()
    ACCOUNTS = enum.auto()
    MANUAL = enum.auto()
    ABOUT = enum.auto()


class LedgerWindow(Protocol):
    """What feature modules may use of the ledger window (see the module docstring).
    ``MainWindow`` implements it; ``tests/ui/fake_window.py`` fakes it."""

    @property
    def events(self) -> LedgerEvents:
        """The window's hub of signals (``desktop.ui.events``)."""
        ...

    @property
    def undo_stack(self) -> QUndoStack: ...

    @property
    def settings(self) -> AppSettings: ...

    # ------------------------------------------------------------ the ledger
    @property
    def service(self) -> LedgerService:
        """The ledger's service; replaced when another ledger is opened, so read it
        at the time of use (waits for it while a quick start is still opening it)."""
        ...

    @property
    def service_ready(self) -> bool: ...

    def when_service_ready(self, receiver: QObject, slot: Callable[[], object]) -> None:
        """Call ``slot`` once the service is ready (never during construction)."""
        ...

    def when_issues_loaded(self, receiver: QObject, slot: Callable[[], object]) -> None:
        """Call ``slot`` once every issue of the scope is in the table (a later turn of
        the event loop): a background read of a view's own waits for the table's."""
        ...

    @property
    def work_calendar(self) -> WorkCalendar:
        """The office's working-day calendar."""
        ...

    @property
    def read_only(self) -> bool:
        """The ledger may not be written (a read-only file or a 只读 login)."""
        ...

    @property
    def location(self) -> str:
        """The ledger's file path or database URL."""
        ...

    @property
    def ledger_name(self) -> str:
        """The ledger's name as the title bar shows it."""
        ...

    def operator_name(self) -> str:
        """Who is working (for the history)."""
        ...

    # ----------------------------------------------------- shown and selected
    def inspections(self) -> list[InspectionRecord]:
        """Every inspection of the ledger, in ledger order."""
        ...

    def current_inspection(self) -> InspectionRecord | None:
        """The inspection chosen in the navigation (None for 全部问题)."""
        ...

    def issue_filter(self) -> IssueFilter:
        """The filter on screen, with the inspection."""
        ...

    def shown_issues(self) -> list[IssueRecord]:
        """The issues in the table, in the order shown."""
        ...

    def shown_count(self) -> int:
        """How many issues the table shows now (without waiting for a staged load)."""
        ...

    def scope_issues(self) -> list[IssueRecord]:
        """Every issue of the chosen inspection (of the ledger for 全部问题), shown or
        not, in ledger order."""
        ...

    def selected_issues(self) -> list[IssueRecord]:
        """The selected issues, in the order shown."""
        ...

    def current_issue(self) -> IssueRecord | None:
        """The issue in the detail pane."""
        ...

    def describe_view(self) -> str:
        """The view in words: inspection, filter and sort (for titles and file names)."""
        ...

    # ------------------------------------------------------------ navigation
    def show_inspection(self, inspection_id: int | None) -> None:
        """Choose an inspection in the navigation (None: 全部问题)."""
        ...

    def show_issue(self, issue_id: int, measure_id: int = 0, inspection_id: int = 0) -> bool:
        """Make an issue current (clearing the filter or changing the inspection when
        it is not shown), and its measure on the 整改措施 tab when given; True when
        the issue is shown."""
        ...

    def save_current_issue(self) -> bool:
        """Save the edits of the detail form; False when they are invalid."""
        ...

    def revert_current_issue(self) -> None:
        """Show the current issue as stored, dropping the form's edits."""
        ...

    def reload_all(self) -> None:
        """Read everything shown again from the ledger."""
        ...

    # ---------------------------------------------------------- undoable work
    def perform(self, command: LedgerCommand) -> bool:
        """Run a command, push it on the undo stack, emit ``ledger_changed``."""
        ...

    def push(self, command: LedgerCommand) -> bool:
        """Push a command (performing it first when it has not run yet)."""
        ...

    def push_applied(self, text: str, done: Done[Any]) -> BatchCommand:
        """Put work already applied (a plan) on the undo stack as one step."""
        ...

    # ----------------------------------------------------------------- menus
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
        before another registered action (or a submenu), or after one; ``separator``
        adds a separator after it. An action may be added to several menus. (Its
        shortcut works in the whole window only once added to ``widget()``.)"""
        ...

    def action(self, key: ActionKey) -> QAction:
        """The action registered under ``key``."""
        ...

    def on_menu_shown(self, menu: Menu, slot: Callable[[], object]) -> None:
        """Call ``slot`` just before ``menu`` opens (to bring its actions up to date)."""
        ...

    def guard(self, action: QAction) -> None:
        """Turn an editing action off whenever the ledger is read-only."""
        ...

    # ---------------------------------------------------------------- widget
    def widget(self) -> QMainWindow:
        """The window itself, as the parent of dialogs, messages and docks."""
        ...

    def show_status(self, text: str, msecs: int = 8000) -> None:
        """A passing message in the status bar."""
        ...
