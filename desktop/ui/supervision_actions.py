"""Wires the ledger-wide supervision views into the window (``window_api``) with one call,
``install_supervision_views(window)``: the 督办 dock (shown at start-up when anything is
overdue or due soon, unless the user said not to), 统计分析 (the dashboard) and 台账体检
(the ledger check), in the 报告 menu (the dock's toggle also under 视图). Each keeps
itself current: the dock and the dashboard reload after a change to the ledger, a new
ledger, or new settings (due-soon window, holidays). Double-clicking an item in any of
them goes to the record in the window (``show_issue``).

The due-soon window is the user's setting (``AppSettings.due_soon_days`` and
``due_soon_working_days``), which the issue table's lights use too; when it changes,
it is copied into the ledger's own settings, so that ``rectify stats`` and other users
of a shared ledger see the same yellow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction

from desktop.domain.changes import Changes
from desktop.domain.lights import DueSettings
from desktop.storage.errors import LedgerError
from desktop.ui import operations
from desktop.ui.supervision_view import SupervisionDock
from desktop.ui.window_api import ActionKey, Menu

if TYPE_CHECKING:
    # Imported when first used: the services (SQLAlchemy) and the views are not needed
    # to show the window.
    from desktop.services.supervision import SupervisionService
    from desktop.ui.dashboard import Dashboard
    from desktop.ui.ledger_check_view import LedgerCheckDialog
    from desktop.ui.window_api import LedgerWindow

# Edits come in bursts (typing in the detail pane saves field by field): reload the
# views once the burst is over.
_RELOAD_DELAY_MS = 400


class SupervisionViews(QObject):
    """The supervision views of one window (``MainWindow.supervision_views``):
    ``dock`` (督办), ``dashboard`` and ``check_dialog`` (made when first opened), and
    the actions ``dock_action``, ``dashboard_action`` and ``check_action``."""

    def __init__(self, window: LedgerWindow) -> None:
        super().__init__(window.widget())
        self.window = window
        self.dashboard: Dashboard | None = None
        self.check_dialog: LedgerCheckDialog | None = None
        # The next 督办 load decides whether the dock opens (start-up, another ledger).
        self._starting = True
        self._stale = True

        main = window.widget()
        self.dock = SupervisionDock(main)
        main.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        # Where the user left it last time (the window's saved state), else a modest
        # height under the table, set when it first shows.
        self._placed = main.restoreDockWidget(self.dock)
        self.dock.hide()
        view = self.dock.view
        view.show_at_start.setChecked(window.settings.show_supervision_at_start)
        view.show_at_start_changed.connect(self._show_at_start_changed)
        view.refresh_button.clicked.connect(lambda _c=False: self.refresh_dock())
        view.record_activated.connect(self.reveal)
        view.loaded.connect(self._dock_loaded)
        self.dock.visibilityChanged.connect(self._dock_visibility)

        self.dock_action = self.dock.toggleViewAction()
        self.dock_action.setText(self.tr("督办提醒"))
        self.dock_action.setStatusTip(self.tr("逾期和临期的问题、整改措施，按责任单位列出"))
        self.dashboard_action = QAction(self.tr("统计分析…"), main)
        self.dashboard_action.setStatusTip(
            self.tr("整改进度、完成率、按单位和类别的统计，可导出 Excel")
        )
        self.dashboard_action.triggered.connect(lambda _c=False: self.open_dashboard())
        self.check_action = QAction(self.tr("检查台账内容（体检）…"), main)
        self.check_action.setStatusTip(
            self.tr("上报前查找台账内容中的缺项、前后矛盾、误录的单位名称和过时的数字")
        )
        self.check_action.triggered.connect(lambda _c=False: self.open_check())
        window.add_action(ActionKey.SUPERVISION_DOCK, self.dock_action, Menu.REPORT)
        window.add_action(ActionKey.DASHBOARD, self.dashboard_action, Menu.REPORT)
        window.add_action(ActionKey.CONTENT_CHECK, self.check_action, Menu.REPORT)
        # 视图 too, after 详情栏.
        window.add_action(
            ActionKey.SUPERVISION_DOCK, self.dock_action, Menu.VIEW, after=ActionKey.TOGGLE_DETAIL
        )

        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(_RELOAD_DELAY_MS)
        self.reload_timer.timeout.connect(
            lambda: window.when_issues_loaded(self, self._reload_open_views)
        )
        window.events.ledger_changed.connect(self._ledger_changed)
        window.events.ledger_replaced.connect(self._ledger_replaced)
        window.events.settings_changed.connect(self._settings_changed)
        # After the window is up, its ledger service ready and the table's issues in:
        # the start-up check never delays the first frame, nor runs beside the
        # table's read (on two cores each slowed the window's own work).
        window.when_service_ready(self, lambda: window.when_issues_loaded(self, self.refresh_dock))

    # --------------------------------------------------------------- settings
    def due_settings(self) -> DueSettings:
        settings = self.window.settings
        return DueSettings(settings.due_soon_days, settings.due_soon_working_days)

    def supervision(self) -> SupervisionService:
        """A supervision service on the window's current ledger, with the calendar as
        saved now (read afresh, so edits in the settings count at once)."""
        from desktop.services.supervision import SupervisionService

        return SupervisionService(self.window.service)

    def _show_at_start_changed(self, on: bool) -> None:
        self.window.settings.show_supervision_at_start = on

    def _settings_changed(self) -> None:
        view = self.dock.view
        view.show_at_start.blockSignals(True)
        view.show_at_start.setChecked(self.window.settings.show_supervision_at_start)
        view.show_at_start.blockSignals(False)
        self._copy_due_settings()
        self._stale = True
        self._reload_open_views()

    def _copy_due_settings(self) -> None:
        wanted = self.due_settings()
        from desktop.domain.calendar import WorkCalendar
        from desktop.services.supervision import SupervisionService

        supervision = SupervisionService(self.window.service, calendar=WorkCalendar())
        try:
            if supervision.due_settings() != wanted:
                supervision.set_due_settings(wanted)
        except LedgerError as exc:
            self.window.show_status(operations.failure_text(exc), 10000)
        except Exception as exc:  # a read-only or vanished ledger: the setting stays local
            self.window.show_status(
                self.tr("临期提醒设置未能写入台账：{reason}").format(reason=exc), 10000
            )

    # ------------------------------------------------------------------- dock
    def refresh_dock(self) -> None:
        """Reload the 督办 list (in the background)."""
        self._stale = False
        self.dock.view.refresh(self.window.service, self.due_settings())

    def _dock_loaded(self, _document: object) -> None:
        if self._starting:
            self._starting = False
            wanted = self.window.settings.show_supervision_at_start and self.dock.view.total > 0
            self.dock.setVisible(wanted)

    def _dock_visibility(self, visible: bool) -> None:
        if visible and not self._placed:
            self._placed = True
            # A fifth of the window (at least six lines): a small screen keeps its
            # table. The user's own height is remembered with the window's state.
            lines = self.dock.fontMetrics().lineSpacing()
            height = max(lines * 6, min(lines * 12, self.window.widget().height() // 5))
            self.window.widget().resizeDocks([self.dock], [height], Qt.Orientation.Vertical)
        if visible and self._stale and not self._starting:
            self.refresh_dock()

    # --------------------------------------------------------- the other views
    def open_dashboard(self) -> Dashboard:
        """Show the dashboard for the inspection chosen in the window (or all)."""
        current = self.window.current_inspection()
        if self.dashboard is None:
            from desktop.ui.dashboard import Dashboard

            self.dashboard = Dashboard(
                self.supervision,
                self.window.inspections(),
                self.window.widget(),
                operator=self.window.service.operator,
            )
            self.dashboard.record_activated.connect(self.reveal)
        self.dashboard.operator = self.window.service.operator
        self.dashboard.set_inspections(
            self.window.inspections(), int(current.id) if current is not None else None
        )
        self.dashboard.setWindowTitle(self._titled(self.tr("统计分析")))
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()
        self.dashboard.refresh()
        return self.dashboard

    def open_check(self) -> LedgerCheckDialog:
        """Show the ledger check and run it on the inspection chosen (or all)."""
        current = self.window.current_inspection()
        if self.check_dialog is None:
            from desktop.ui.ledger_check_view import LedgerCheckDialog

            self.check_dialog = LedgerCheckDialog(
                self.supervision, self.window.inspections(), self.window.widget()
            )
            self.check_dialog.view.record_activated.connect(self.reveal)
        self.check_dialog.view.set_inspections(
            self.window.inspections(), int(current.id) if current is not None else None
        )
        self.check_dialog.setWindowTitle(self._titled(self.tr("台账体检")))
        self.check_dialog.show()
        self.check_dialog.raise_()
        self.check_dialog.view.run()
        return self.check_dialog

    def _titled(self, what: str) -> str:
        name = self.window.ledger_name or self.window.location
        return self.tr("{what} — {ledger}").format(what=what, ledger=name) if name else what

    def reveal(self, issue_id: int, measure_id: int, inspection_id: int) -> None:
        self.window.show_issue(issue_id, measure_id, inspection_id)

    # --------------------------------------------------------------- reacting
    def _ledger_changed(self, changes: Changes) -> None:
        self._stale = True
        if self.check_dialog is not None and self.check_dialog.isVisible():
            self.check_dialog.view.mark_stale()
        if changes.inspections:
            self._update_scopes()
        self.reload_timer.start()

    def _ledger_replaced(self) -> None:
        # The window reloads its inspections after telling us: look once it has.
        QTimer.singleShot(0, self, self._after_ledger_replaced)

    def _after_ledger_replaced(self) -> None:
        self._starting = True
        self._update_scopes()
        if self.check_dialog is not None:
            self.check_dialog.view.show_findings([])
        self.refresh_dock()
        if self.dashboard is not None and self.dashboard.isVisible():
            self.dashboard.refresh()

    def _update_scopes(self) -> None:
        inspections = self.window.inspections()
        if self.dashboard is not None:
            self.dashboard.set_inspections(inspections)
        if self.check_dialog is not None:
            self.check_dialog.view.set_inspections(inspections)

    def _reload_open_views(self) -> None:
        if self.dock.isVisible():
            self.refresh_dock()
        if self.dashboard is not None and self.dashboard.isVisible():
            self.dashboard.refresh()


def install_supervision_views(window: LedgerWindow) -> SupervisionViews:
    """Add the supervision views to a window (``MainWindow`` keeps them as
    ``supervision_views``)."""
    return SupervisionViews(window)
