"""The window API (``desktop.ui.window_api``): the main window and the tests' fake both
keep the protocol (mypy checks the main window; this checks both at run time, member
by member and parameter by parameter), and the action registry puts every feature's
action where the menus have always had it."""

from __future__ import annotations

import inspect

from pytestqt.qtbot import QtBot

from PySide6.QtGui import QAction

from desktop.ui.main_window import MainWindow
from desktop.ui.window_api import ActionKey, LedgerWindow

from .fake_window import FakeWindow


def _members() -> list[str]:
    return [name for name in vars(LedgerWindow) if not name.startswith("_")]


def _keeps_the_protocol(window: object) -> None:
    for name in _members():
        assert hasattr(window, name), name
        wanted = getattr(LedgerWindow, name)
        if inspect.isfunction(wanted):
            got = getattr(window, name)
            assert callable(got), name
            params = list(inspect.signature(wanted).parameters)[1:]  # without self
            assert list(inspect.signature(got).parameters)[: len(params)] == params, name


def test_the_main_window_and_the_fake_keep_the_protocol(
    window: MainWindow, fake_window: FakeWindow
) -> None:
    assert {"service", "show_issue", "add_action", "describe_view"} <= set(_members())
    _keeps_the_protocol(window)
    _keeps_the_protocol(fake_window)


def test_every_action_key_names_an_action_in_its_menu(window: MainWindow) -> None:
    for key in ActionKey:
        assert isinstance(window.action(key), QAction), key
    action = window.action
    assert action(ActionKey.IMPORT_EXCEL) in window.import_menu.actions()
    assert action(ActionKey.IMPORT_NOTICE) in window.import_menu.actions()
    assert action(ActionKey.WRITE_NOTICE) in window.report_menu.actions()
    assert window.report_menu.menuAction().isEnabled()
    # 合并回收的台账 between the 导出 and 打印 submenus.
    file_actions = window.file_menu.actions()
    merge = file_actions.index(action(ActionKey.MERGE_RETURNED))
    assert file_actions[merge - 1] is window.export_menu.menuAction()
    assert file_actions[merge + 1] is window.print_menu.menuAction()
    # 备份与恢复…, 检查台账文件是否完好, a separator, then 退出.
    quit_at = file_actions.index(action(ActionKey.QUIT))
    assert file_actions[quit_at - 1].isSeparator()
    assert file_actions[quit_at - 2] is action(ActionKey.CHECK_FILE)
    assert file_actions[quit_at - 3] is action(ActionKey.BACKUPS)
    # 督办提醒 right after 详情栏 in 视图, and in 报告.
    view = window.view_menu.actions()
    assert view[view.index(action(ActionKey.TOGGLE_DETAIL)) + 1] is action(
        ActionKey.SUPERVISION_DOCK
    )
    assert action(ActionKey.SUPERVISION_DOCK) in window.report_menu.actions()
    # 修改历史, a separator, then 刷新.
    refresh_at = view.index(action(ActionKey.REFRESH))
    assert view[refresh_at - 1].isSeparator()
    assert view[refresh_at - 2] is action(ActionKey.HISTORY)
    # The print menu: a separator after 打印销号审批表…; two of them on the table too.
    printing = window.print_menu.actions()
    assert printing[printing.index(action(ActionKey.PRINT_CLOSING)) + 1].isSeparator()
    table = window.table.actions()
    assert action(ActionKey.PRINT_SELECTED) in table
    assert action(ActionKey.PRINT_CLOSING) in table
    assert action(ActionKey.ACCOUNTS) in window.settings_menu.actions()


def test_the_view_is_described_in_words(window: MainWindow) -> None:
    title = window.inspections()[0].title
    assert window.describe_view() == f"巡察：{title}；未筛选；按台账顺序排列"
    window.filter_bar.search.setText("应急")
    assert "筛选：搜索“应急”" in window.describe_view()


def test_show_issue_clears_the_filter_that_hides_it(qtbot: QtBot, window: MainWindow) -> None:
    issue = window.shown_issues()[-1]
    window.filter_bar.search.setText("没有这样的问题")
    qtbot.waitUntil(lambda: window.shown_count() == 0)  # the search box filters as typed
    assert window.show_issue(issue.id)
    assert window.current_issue() == issue
    assert window.shown_count() == 14
