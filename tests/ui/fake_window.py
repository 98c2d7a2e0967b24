"""A small fake of the window API (``desktop.ui.window_api.LedgerWindow``) for feature
tests: a bare ``QMainWindow`` with the ledger context (a real service, settings, undo
stack and events), what a test says is shown and selected, menus the features fill,
and a record of navigation and status messages. No navigation tree, table, filter bar
or detail pane: a feature that works against this works against any window that
keeps the protocol."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from desktop.domain.calendar import WorkCalendar
from desktop.domain.filters import IssueFilter
from desktop.domain.records import InspectionRecord, IssueId, IssueRecord
from desktop.services.ledger import Done, LedgerService
from desktop.ui.commands import BatchCommand, LedgerCommand
from desktop.ui.events import LedgerEvents
from desktop.ui.settings import AppSettings
from desktop.ui.window_api import ActionKey, LedgerWindow, Menu


class FakeWindow(QMainWindow):
    """The window API over a service. What is shown: the issues of the inspection
    chosen (``show_inspection``; all of them for None; at first the ledger's only
    inspection when it has one, as the window does) in ledger order; ``selected``
    and ``current`` are set by the test. ``navigation`` records every ``show_*``
    call, ``statuses`` every status message, ``reloads`` counts ``reload_all``."""

    def __init__(
        self,
        service: LedgerService,
        settings: AppSettings,
        *,
        location: str = "",
        ledger_name: str = "",
    ) -> None:
        super().__init__()
        self._service = service
        self.settings = settings
        self.location = location
        self.ledger_name = ledger_name
        self.events = LedgerEvents(self)
        self.undo_stack = QUndoStack(self)
        self.read_only = False
        inspections = service.list_inspections()
        self.inspection_id: int | None = inspections[0].id if len(inspections) == 1 else None
        self.selected: list[IssueRecord] = []
        self.current: IssueRecord | None = None
        self.view_words = "全部巡察；未筛选；按台账顺序排列"
        self.navigation: list[tuple[str, int | None]] = []
        self.statuses: list[str] = []
        self.reloads = 0
        self.guarded: list[QAction] = []
        self._actions: dict[ActionKey, QAction] = {}
        self.menus: dict[Menu, QWidget] = {}
        bar = self.menuBar()
        for menu in Menu:
            self.menus[menu] = (
                QWidget(self) if menu is Menu.ISSUE_TABLE else bar.addMenu(menu.value)
            )
        self.events.ledger_changed.connect(lambda _changes: self.events.view_changed.emit())

    # ------------------------------------------------------------- the ledger
    @property
    def service(self) -> LedgerService:
        return self._service

    @property
    def service_ready(self) -> bool:
        return True

    def when_service_ready(self, receiver: QObject, slot: Callable[[], object]) -> None:
        QTimer.singleShot(0, receiver, slot)

    def when_issues_loaded(self, receiver: QObject, slot: Callable[[], object]) -> None:
        QTimer.singleShot(0, receiver, slot)

    @property
    def work_calendar(self) -> WorkCalendar:
        return WorkCalendar()

    def operator_name(self) -> str:
        return self._service.operator

    # ---------------------------------------------------- shown and selected
    def inspections(self) -> list[InspectionRecord]:
        return self._service.list_inspections()

    def current_inspection(self) -> InspectionRecord | None:
        return next((i for i in self.inspections() if i.id == self.inspection_id), None)

    def issue_filter(self) -> IssueFilter:
        inspection = self.current_inspection()
        return IssueFilter(inspection_id=inspection.id if inspection is not None else None)

    def shown_issues(self) -> list[IssueRecord]:
        return self._service.list_issues(self.issue_filter())

    def shown_count(self) -> int:
        return len(self.shown_issues())

    def scope_issues(self) -> list[IssueRecord]:
        return self.shown_issues()

    def selected_issues(self) -> list[IssueRecord]:
        return list(self.selected)

    def current_issue(self) -> IssueRecord | None:
        return self.current

    def describe_view(self) -> str:
        return self.view_words

    def select(self, issues: list[IssueRecord], current: IssueRecord | None = None) -> None:
        """The test selects issues (and makes one current)."""
        self.selected = list(issues)
        self.current = current
        self.events.selection_changed.emit()

    # ------------------------------------------------------------ navigation
    def show_inspection(self, inspection_id: int | None) -> None:
        self.navigation.append(("inspection", inspection_id))
        self.inspection_id = inspection_id
        self.events.view_changed.emit()

    def show_issue(self, issue_id: int, measure_id: int = 0, inspection_id: int = 0) -> bool:
        self.navigation.append(("issue", issue_id))
        found = self._service.issues_by_ids([IssueId(issue_id)])
        if found:
            self.current = found[0]
            self.events.selection_changed.emit()
        return bool(found)

    def save_current_issue(self) -> bool:
        return True

    def revert_current_issue(self) -> None:
        pass

    def reload_all(self) -> None:
        self.reloads += 1

    # ---------------------------------------------------------- undoable work
    def perform(self, command: LedgerCommand) -> bool:
        if command.events is None:
            command.events = self.events
        command.run()
        if command.changed_anything:
            self.undo_stack.push(command)
            self.events.ledger_changed.emit(command.changes)
        return True

    def push(self, command: LedgerCommand) -> bool:
        if command.events is None:
            command.events = self.events
        if not command.ran:
            return self.perform(command)
        if command.changed_anything:
            self.undo_stack.push(command)
        self.events.ledger_changed.emit(command.changes)
        return True

    def push_applied(self, text: str, done: Done[Any]) -> BatchCommand:
        command = BatchCommand(text, self._service, done, self.events)
        self.push(command)
        return command

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
        self._actions[key] = action
        if menu is not None:
            self.menus[menu].addAction(action)
        return action

    def action(self, key: ActionKey) -> QAction:
        return self._actions[key]

    def on_menu_shown(self, menu: Menu, slot: Callable[[], object]) -> None:
        target = self.menus[menu]
        assert isinstance(target, QMenu)
        target.aboutToShow.connect(slot)

    def guard(self, action: QAction) -> None:
        self.guarded.append(action)

    def menu_texts(self, menu: Menu) -> list[str]:
        return [a.text() for a in self.menus[menu].actions() if not a.isSeparator()]

    # ---------------------------------------------------------------- widget
    def widget(self) -> QMainWindow:
        return self

    def show_status(self, text: str, msecs: int = 8000) -> None:
        self.statuses.append(text)
        self.statusBar().showMessage(text, msecs)


def _implements_window_api(window: FakeWindow) -> LedgerWindow:
    """mypy checks here that the fake keeps the protocol."""
    return window
