"""The main window driven through its widgets: layout, editing with validation, undo
and redo against the database, new issues, deletion, keyboard, stale edits, files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QFocusEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMenu

from desktop.domain.rollup import StatusChoice
from desktop.services.ledger import LedgerService
from desktop.storage.migrate import open_ledger
from desktop.ui.dialogs.issue_dialog import IssueDialog
from desktop.ui.main_window import MainWindow, _EnableWhenFilled
from desktop.ui.settings import AppSettings

from .helpers import FakeMessages, dump_ledger


def select_number(window: MainWindow, number: str) -> None:
    record = next(r for r in window.shown_issues() if r.number == number)
    assert window.select_issue(record.id)


def db_issue(window: MainWindow, number: str):  # type: ignore[no-untyped-def]
    return next(r for r in window.service.list_issues() if r.number == number)


def test_layout_menus_and_title(window: MainWindow) -> None:
    assert window.windowTitle() == "demo.sqlite — 整改台账"
    assert window.model.rowCount() == 14
    assert window.counts_label.text().startswith("显示 14 / 共 14 个问题")
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "视图(&V)", "报告(&R)", "设置(&S)", "帮助(&H)"]
    file_items = [a.text() for a in window.file_menu.actions() if a.text()]
    assert file_items == [
        "新建台账…",
        "打开台账…",
        "最近打开",
        "打开共享台账（URL）…",
        "导入",
        "导出",
        "合并回收的台账…",
        "打印",
        "备份与恢复…",
        "检查台账文件是否完好",
        "退出",
    ]
    tabs = [window.detail.tabs.tabText(i) for i in range(window.detail.tabs.count())]
    assert tabs == [
        "基本信息",
        "整改措施",
        "进展",
        "佐证",
        "延期",
        "销号",
        "成效",
        "历史",
    ]
    # The demo's single inspection is chosen, so new issues go there.
    assert window.current_inspection() is not None


def test_empty_submenus_stay_disabled_until_a_feature_fills_them(window: MainWindow) -> None:
    for menu in (window.import_menu, window.export_menu, window.print_menu, window.report_menu):
        assert menu.menuAction().isEnabled() == bool(menu.actions())
    # Features fill the menus over time: check the guard on a menu of its own.
    menu = QMenu("导入", window)
    guard = _EnableWhenFilled(menu)
    assert not menu.menuAction().isEnabled()
    action = QAction("Excel 台账…", window)
    menu.addAction(action)
    assert menu.menuAction().isEnabled()
    menu.removeAction(action)
    assert not menu.menuAction().isEnabled()
    assert guard.menu is menu


def test_edit_in_form_then_undo_and_redo_match_the_database(
    window: MainWindow, demo_path: Path, fake_messages: FakeMessages
) -> None:
    # 已完成 while measures are under way: the clerk is asked, and the measures follow.
    fake_messages.status_answers.append(StatusChoice.MEASURES_FOLLOW)
    select_number(window, "8")
    before = dump_ledger(demo_path)
    form = window.detail.form
    form.text.setPlainText(form.text.toPlainText() + "（已补充）")
    form.status.setCurrentIndex(form.status.findData("done"))
    form.long_term.setChecked(True)
    form.deadline.setText("2023.6.30")
    form.lead_unit.setText("建设局")
    assert window.detail.save_button.isEnabled()
    window.save_issue_action.trigger()
    after = dump_ledger(demo_path)
    saved = db_issue(window, "8")
    assert [d.number for d in fake_messages.status_questions[0]] == ["8"]
    assert saved.status.value == "done"
    assert {m.status.value for m in window.service.list_measures(saved.id)} == {"done"}
    assert saved.long_term
    assert saved.responsibility.deadline == date(2023, 6, 30)
    assert saved.responsibility.deadline_text == "2023年6月30日"
    assert saved.text.endswith("（已补充）")
    # The Edit menu says what will be undone.
    assert window.undo_action.text() == "撤销 修改问题 8"
    assert not window.detail.save_button.isEnabled()
    window.undo_action.trigger()
    assert dump_ledger(demo_path) == before
    assert window.detail.form.status.currentData() == "in_progress"
    assert window.redo_action.text() == "重做 修改问题 8"
    window.redo_action.trigger()
    assert dump_ledger(demo_path) == after
    assert window.model.record_at(window.model.row_of(saved.id) or 0).status.value == "done"


def test_problems_show_on_their_fields_and_block_the_save(
    window: MainWindow, demo_path: Path
) -> None:
    select_number(window, "3")
    before = dump_ledger(demo_path)
    form = window.detail.form
    form.number.setText("")
    form.number.textEdited.emit("")
    assert form.error_text("number") == "必填项不能为空"
    form.completion_date.setText("2023年2月30日")
    assert form.error_text("completion_date") == "日期不存在（如 2 月 30 日、13 月）"
    assert form.error_text("number") == "必填项不能为空"  # every problem at once
    window.save_issue_action.trigger()
    assert dump_ledger(demo_path) == before
    assert "border" in form.completion_date.line.styleSheet()
    # Fixing the fields clears the marks.
    form.completion_date.setText("2023年1月11日")
    form.number.setText("3")
    form.number.textEdited.emit("3")
    assert form.error_text("number") == ""
    assert form.error_text("completion_date") == ""


def test_typed_chinese_dates_are_read(window: MainWindow) -> None:
    select_number(window, "10")
    form = window.detail.form
    form.deadline.setText("2023年1月11日")
    window.save_issue_action.trigger()
    assert db_issue(window, "10").responsibility.deadline == date(2023, 1, 11)
    form.deadline.setText("立行立改")
    window.save_issue_action.trigger()
    saved = db_issue(window, "10").responsibility
    assert saved.deadline is None
    assert saved.deadline_rule is not None
    assert saved.deadline_text == "立行立改"


def test_moving_to_another_row_saves_valid_edits(window: MainWindow) -> None:
    select_number(window, "5")
    window.detail.form.responsible_person.setText("信访办副主任")
    window.detail.form.responsible_person.textEdited.emit("信访办副主任")
    select_number(window, "6")
    assert db_issue(window, "5").responsibility.responsible_person == "信访办副主任"
    assert window.undo_stack.count() == 1


def test_invalid_edits_ask_before_they_are_dropped(
    window: MainWindow, fake_messages: FakeMessages
) -> None:
    select_number(window, "5")
    window.detail.form.text.setPlainText("")
    fake_messages.confirm_answers.append(False)
    window.table.setCurrentIndex(window.model.index(0, 0))
    assert window.current_issue() is not None
    assert window.current_issue().number == "5"  # type: ignore[union-attr]
    fake_messages.confirm_answers.append(True)
    window.table.setCurrentIndex(window.model.index(0, 0))
    assert window.current_issue().number == "1"  # type: ignore[union-attr]
    assert db_issue(window, "5").text  # nothing was saved


def test_new_issue_gets_defaults_and_undoes(
    qtbot: QtBot, window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    before = dump_ledger(demo_path)
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, IssueDialog)
        draft = dialog.draft()
        seen["number"] = draft.number
        seen["deadline"] = draft.responsibility.deadline
        dialog.form.text.setPlainText("新发现：防汛物资台账不全")
        dialog.form.lead_unit.setText("应急管理局")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_messages.dialogs.append(fill)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # The inspection's deadline (2023-01-11) has passed: not pre-filled (issue #22).
    assert seen == {"number": "15", "deadline": None}
    assert window.model.rowCount() == 15
    assert window.current_issue() is not None
    assert window.current_issue().number == "15"  # type: ignore[union-attr]
    assert "应急管理局" in [u.name for u in window.service.list_units()]
    window.undo_action.trigger()
    assert dump_ledger(demo_path) == before
    assert window.model.rowCount() == 14


def test_new_issue_dialog_refuses_an_empty_text(
    window: MainWindow, fake_messages: FakeMessages
) -> None:
    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, IssueDialog)
        dialog.accept()  # text left empty
        assert dialog.form.error_text("text") == "必填项不能为空"
        return False

    fake_messages.dialogs.append(fill)
    window.new_issue_action.trigger()
    assert window.model.rowCount() == 14


def test_delete_key_deletes_selected_issues_and_undo_restores_keys(
    qtbot: QtBot, window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    before = dump_ledger(demo_path)
    keys = {r.number: r.key for r in window.shown_issues()}
    window.table.selectRow(1)
    window.table.selectionModel().select(
        window.model.index(2, 0),
        window.table.selectionModel().SelectionFlag.Select
        | window.table.selectionModel().SelectionFlag.Rows,
    )
    assert [r.number for r in window.selected_issues()] == ["2", "3"]
    fake_messages.confirm_answers.append(True)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert "删除选中的 2 个问题" in fake_messages.kinds("confirm")[0]
    assert window.model.rowCount() == 12
    assert window.undo_action.text() == "撤销 删除 2 个问题"
    window.undo_action.trigger()
    assert dump_ledger(demo_path) == before
    assert {r.number: r.key for r in window.shown_issues()} == keys


def test_keyboard_find_enter_and_f2(qtbot: QtBot, window: MainWindow) -> None:
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.table.currentIndex().row() == 1
    assert window.current_issue().number == "2"  # type: ignore[union-attr]
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is window.detail.form.text
    qtbot.keyClick(window.detail.form.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.filter_bar.search


def test_enter_moves_through_form_fields(qtbot: QtBot, window: MainWindow) -> None:
    select_number(window, "1")
    form = window.detail.form
    form.lead_leader.setFocus()
    qtbot.keyClick(form.lead_leader, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.lead_unit
    qtbot.keyClick(form.lead_unit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.cooperating_units


def test_autocomplete_offers_units_and_leaders(window: MainWindow) -> None:
    completer = window.detail.form.lead_unit.completer()
    assert completer is not None
    completer.setCompletionPrefix("建设")
    assert completer.currentCompletion() == "建设局"
    leaders = window.detail.form.lead_leader.completer()
    assert leaders is not None
    leaders.setCompletionPrefix("袁")
    offered = leaders.completionModel()
    names = [offered.index(r, 0).data() for r in range(offered.rowCount())]
    assert names == ["杨朝晖、袁树林", "袁树林", "袁树林、毛长申"]


def test_a_new_leader_reaches_the_lists_read_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A leader's name saved in the form is offered by the 责任领导 filter and the
    autocomplete; the names are read in a worker (a DISTINCT over every issue and
    measure, which the GUI thread did after every edit, import and undo)."""
    import threading

    readers: list[bool] = []
    read = window.service.leaders

    def leaders() -> list[str]:
        readers.append(threading.current_thread() is threading.main_thread())
        return read()

    monkeypatch.setattr(window.service, "leaders", leaders)
    select_number(window, "8")
    window.detail.form.lead_leader.setText("欧阳新")
    window.save_issue_action.trigger()
    combo = window.filter_bar.leader
    qtbot.waitUntil(lambda: combo.findData("欧阳新") >= 0)
    assert readers
    assert not any(readers)
    completer = window.detail.form.lead_leader.completer()
    assert completer is not None
    completer.setCompletionPrefix("欧阳")
    assert completer.currentCompletion() == "欧阳新"


def test_stale_edit_offers_overwrite_and_reload(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    from desktop.ui.dialogs.conflict_dialog import ConflictDialog

    select_number(window, "11")
    other = LedgerService(open_ledger(demo_path), "另一位同事")
    issue = db_issue(window, "11")
    other.set_issue_fields(issue.id, {"remarks": "同事的备注"})
    form = window.detail.form
    form.remarks.setText("我的备注")
    headings: list[str] = []

    def press(button: str):  # type: ignore[no-untyped-def]
        def answer(dialog: QDialog) -> bool:
            assert isinstance(dialog, ConflictDialog)
            headings.append(dialog.heading.text())
            getattr(dialog, button).click()
            return dialog.result() == QDialog.DialogCode.Accepted

        return answer

    fake_messages.dialogs.append(press("overwrite_button"))
    window.save_issue_action.trigger()
    assert "另一位同事" in headings[0]
    assert db_issue(window, "11").remarks == "我的备注"

    other.set_issue_fields(issue.id, {"remarks": "同事又改了"})
    form.remarks.setText("我再改")
    fake_messages.dialogs.append(press("reload_button"))
    window.save_issue_action.trigger()
    assert db_issue(window, "11").remarks == "同事又改了"
    assert form.remarks.text() == "同事又改了"
    other.uow.engine.dispose()


def test_bulk_edit_previews_and_undoes_as_one_step(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    from desktop.ui.dialogs.bulk_edit_dialog import BulkEditDialog

    before = dump_ledger(demo_path)
    window.table.selectRow(7)
    window.table.selectionModel().select(
        window.model.index(9, 0),
        window.table.selectionModel().SelectionFlag.Select
        | window.table.selectionModel().SelectionFlag.Rows,
    )
    previews: list[list[tuple[str, str, str, str]]] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, BulkEditDialog)
        dialog.use_status.setChecked(True)
        dialog.status.setCurrentIndex(dialog.status.findData("done"))
        dialog.use_deadline.setChecked(True)
        dialog.deadline.setText("2023.3.31")
        dialog.use_leader.setChecked(True)
        dialog.leader.setText("毛长申")
        rows = dialog.preview_model.records()
        previews.append([(r.number, r.field, r.old, r.new) for r in rows])
        dialog.accept()
        return True

    fake_messages.dialogs.append(fill)
    fake_messages.status_answers.append(StatusChoice.MEASURES_FOLLOW)
    window.bulk_edit_action.trigger()
    # One question for both issues whose measures are not done.
    assert [[d.number for d in q] for q in fake_messages.status_questions] == [["8", "10"]]
    assert previews[0] == [
        ("8", "整改状态", "正在推进", "已完成"),
        ("8", "整改时限", "长期坚持", "2023年3月31日"),
        ("10", "整改状态", "正在推进", "已完成"),
        ("10", "责任领导", "袁树林", "毛长申"),
        ("10", "整改时限", "长期坚持", "2023年3月31日"),
    ]
    assert db_issue(window, "10").status.value == "done"
    assert db_issue(window, "10").responsibility.lead_leader == "毛长申"
    assert window.undo_action.text() == "撤销 批量修改 2 个问题"
    window.undo_action.trigger()
    assert dump_ledger(demo_path) == before


def test_sort_by_clicking_headers(qtbot: QtBot, window: MainWindow) -> None:
    header = window.table.horizontalHeader()
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [r.number for r in window.shown_issues()][:3] == ["14", "13", "12"]
    window.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
    statuses = [r.status.value for r in window.shown_issues()]
    assert statuses[:3] == ["in_progress"] * 3
    assert header.sortIndicatorSection() == 6


def test_push_applied_wraps_an_import_as_one_undo_step(window: MainWindow) -> None:
    from desktop.services.demo import load_demo

    done = load_demo(window.service)
    window.push_applied("导入示例台账", done)
    assert window.undo_action.text() == "撤销 导入示例台账"
    window.nav.setCurrentIndex(window.nav_model.index(0, 0))  # 全部问题
    assert window.model.rowCount() == 28
    window.undo_action.trigger()
    assert window.model.rowCount() == 14
    assert len(window.service.list_inspections()) == 1


def test_geometry_and_splitter_are_remembered(
    qtbot: QtBot, window: MainWindow, settings: AppSettings, demo_service: LedgerService
) -> None:
    # The offscreen screen is 800×600: stay inside it so the geometry is kept as is.
    window.resize(760, 540)
    window.splitter.setSizes([150, 350, 250])
    sizes = window.splitter.sizes()
    window.close()
    again = MainWindow(demo_service, "demo.sqlite", settings=settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == window.size()
    assert again.splitter.sizes() == sizes
    assert settings.store.fileName().endswith("settings.ini")


def test_settings_change_operator_font_and_due_soon(
    qtbot: QtBot, window: MainWindow, fake_messages: FakeMessages, settings: AppSettings
) -> None:
    from desktop.ui.dialogs.settings_dialog import SettingsDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    size_before = app.font().pointSizeF()
    row_before = window.table.verticalHeader().defaultSectionSize()

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, SettingsDialog)
        dialog.operator.setText("王科长")
        dialog.font_scale.setCurrentIndex(dialog.font_scale.findData(150))
        dialog.due_soon_days.setValue(30)
        return True

    fake_messages.dialogs.append(fill)
    try:
        window.settings_action.trigger()
        assert settings.operator == "王科长"
        assert settings.font_scale == 150
        assert window.service.operator == "王科长"
        assert app.font().pointSizeF() == size_before * 1.5
        qtbot.waitUntil(lambda: window.table.verticalHeader().defaultSectionSize() > row_before)
        assert window.model.due_soon_days == 30
        assert "王科长" in window.operator_label.text()
        select_number(window, "2")
        window.detail.form.remarks.setText("改一下")
        window.save_issue_action.trigger()
        assert window.service.issue_history(window.current_issue().id)[0].operator == "王科长"  # type: ignore[union-attr]
    finally:
        from desktop.ui.appearance import apply_font_scale

        apply_font_scale(app, 100)


def test_open_new_and_recent_ledgers(
    window: MainWindow, fake_messages: FakeMessages, tmp_path: Path, settings: AppSettings
) -> None:
    new_path = tmp_path / "新台账.sqlite"
    fake_messages.files.append(str(new_path))
    window.new_ledger_action.trigger()
    assert new_path.exists()
    assert window.windowTitle() == "新台账.sqlite — 整改台账"
    assert window.model.rowCount() == 0
    assert window.undo_stack.count() == 0
    assert settings.recent_ledgers[0] == str(new_path)
    window._fill_recent_menu()
    assert window.recent_menu.actions()[0].text() == str(new_path)

    fake_messages.allow_errors = True
    fake_messages.texts.append("nosuchdb://x")
    window.open_url_action.trigger()
    assert fake_messages.kinds("error")
    assert window.windowTitle() == "新台账.sqlite — 整改台账"  # still the same ledger


def test_saved_views_survive_in_the_settings_file(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "x.ini"), QSettings.Format.IniFormat)
    settings = AppSettings(store)
    settings.save_view("逾期未完成", {"overdue": True})
    assert AppSettings(
        QSettings(str(tmp_path / "x.ini"), QSettings.Format.IniFormat)
    ).saved_views == {"逾期未完成": {"overdue": True}}


def test_new_issue_needs_an_inspection(
    empty_window: MainWindow, fake_messages: FakeMessages
) -> None:
    assert not empty_window.new_issue_action.isEnabled()
    empty_window.new_issue()
    assert fake_messages.kinds("info") == ["请先新建一次巡察，再录入问题。"]
    assert isinstance(empty_window.filter_bar.search, QLineEdit)


def test_a_recent_ledger_reopens_through_the_menu(
    window: MainWindow, demo_path: Path, settings: AppSettings
) -> None:
    settings.add_recent_ledger(str(demo_path))
    window._fill_recent_menu()
    first = window.recent_menu.actions()[0]
    assert first.text() == str(demo_path)
    window.select_issue(window.shown_issues()[2].id)
    window.undo_stack.clear()
    first.trigger()
    assert window.model.rowCount() == 14
    assert window.current_issue() is None  # a fresh start on the reopened ledger


def test_move_an_issue_down_and_undo(window: MainWindow, demo_path: Path) -> None:
    before = dump_ledger(demo_path)
    select_number(window, "2")
    window.move_down_action.trigger()
    assert [r.number for r in window.shown_issues()][:4] == ["1", "3", "2", "4"]
    assert window.current_issue().number == "2"  # type: ignore[union-attr]
    window.undo_action.trigger()
    assert [r.number for r in window.shown_issues()][:4] == ["1", "2", "3", "4"]
    assert dump_ledger(demo_path) == before
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert not window.move_down_action.isEnabled()  # only in ledger order


def test_delete_in_a_form_field_never_deletes_issues(
    qtbot: QtBot, window: MainWindow, fake_messages: FakeMessages
) -> None:
    select_number(window, "4")
    window.filter_bar.search.setFocus()
    window.delete_action.trigger()
    assert fake_messages.kinds("confirm") == []
    assert window.model.rowCount() == 14


def test_other_features_push_their_own_commands(window: MainWindow, demo_path: Path) -> None:
    from desktop.services.demo import load_demo
    from desktop.ui.commands import BatchCommand, BulkEditCommand

    before = dump_ledger(demo_path)
    first = window.shown_issues()[0]
    # A command built without the window's events, not yet run: push performs it.
    assert window.push(BulkEditCommand(window.service, None, [first.id], {"remarks": "批"}))
    assert window.model.record_at(0).remarks == "批"  # type: ignore[union-attr]
    # An import applied elsewhere, wrapped as the brief's BatchCommand(text, service, done).
    assert window.push(BatchCommand("导入 A.xlsx", window.service, load_demo(window.service)))
    assert window.undo_action.text() == "撤销 导入 A.xlsx"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert dump_ledger(demo_path) == before


def test_search_texts_load_in_the_background_once_the_search_box_is_used(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Not on the way to showing the window, nor after: once the search box has the
    # focus, by a worker thread.
    window.show()
    qtbot.waitExposed(window)
    assert not window.search_texts_loaded
    QApplication.sendEvent(window.filter_bar.search, QFocusEvent(QEvent.Type.FocusIn))
    qtbot.waitUntil(lambda: window.search_texts_loaded)
    window.filter_bar.search.setText("泵")  # only in a measure of issue 4
    window.apply_filter()
    assert [window.model.record_at(r).number for r in range(window.model.rowCount())] == ["4"]


def test_a_search_typed_before_the_texts_are_read_applies_when_they_arrive(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The GUI thread never waits for the search texts (2-3 s for 50,000 issues): the
    search filters by each issue's own text meanwhile, the status line says the rest
    is being read, and the whole search applies when the texts arrive."""
    import threading

    gate = threading.Event()
    read = window.service.search_texts
    waited: list[bool] = []

    def slow_search_texts(*args: object, **kwargs: object) -> dict[int, str]:
        waited.append(gate.wait(10))  # held until the test lets it go
        return read(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(window.service, "search_texts", slow_search_texts)
    assert not window.search_texts_loaded
    window.filter_bar.search.setText("泵")  # only in a measure of issue 4
    window.filter_bar.apply_search_now()  # returns while the texts are held back
    assert not gate.is_set()
    assert window.search_pending
    assert window.model.rowCount() == 0  # no issue's own text has it
    assert "正在读取措施和进展内容" in window.counts_label.text()
    gate.set()
    qtbot.waitUntil(lambda: window.search_texts_loaded)
    assert waited == [True]
    assert [r.number for r in window.model.records()] == ["4"]
    assert not window.search_pending
    assert window.counts_label.text().startswith("显示 1 / 共 14 个问题")
    assert "正在读取" not in window.counts_label.text()


def test_what_needs_the_whole_search_result_waits_for_the_texts(
    qtbot: QtBot, window: MainWindow
) -> None:
    """An export or print of what is shown (shown_issues) gets the search's whole
    result, not the part known before the texts are in."""
    window.filter_bar.search.setText("泵")
    window.filter_bar.apply_search_now()
    assert [r.number for r in window.shown_issues()] == ["4"]
    assert window.search_texts_loaded


def test_texts_read_for_a_scope_no_longer_shown_are_read_again_for_the_new_one(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    gate = threading.Event()
    read = window.service.search_texts
    scopes: list[object] = []

    def held(scope: object = None, **kwargs: object) -> dict[int, str]:
        scopes.append(scope)
        gate.wait(10)
        return read(scope, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(window.service, "search_texts", held)
    inspection = window.current_inspection()
    assert inspection is not None
    window.filter_bar.search.setText("泵")
    window.filter_bar.apply_search_now()
    qtbot.waitUntil(lambda: scopes == [inspection.id])
    window.nav.setCurrentIndex(window.nav.model().index(0, 0))  # 全部问题
    gate.set()
    qtbot.waitUntil(lambda: window.search_texts_loaded)
    assert scopes == [inspection.id, None]
    assert [r.number for r in window.model.records()] == ["4"]
