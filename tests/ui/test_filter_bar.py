"""Finding things: the filter bar drives the issue table (search per keystroke with a
short debounce, statuses, unit, leader, category, lights, long-term, saved views)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop.domain.status import Status
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings

from .helpers import FakeMessages


def numbers(window: MainWindow) -> list[str]:
    return [r.number for r in window.shown_issues()]


def type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Chinese goes in with setText (keyClicks with non-ASCII aborts); the table
    updates when the debounce timer fires, and over the measures' and progress texts
    once they are read (in the background, from the first keystroke)."""
    with qtbot.waitSignal(window.filter_bar.filter_changed, timeout=2000):
        window.filter_bar.search.setText(text)
    qtbot.waitUntil(lambda: window.search_texts_loaded)


def test_search_one_and_two_characters_over_issue_measure_and_progress_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_search(qtbot, window, "井")  # in measures only: 深井 (4), 窨井 (9)
    assert numbers(window) == ["4", "9"]
    type_search(qtbot, window, "积水")
    assert numbers(window) == ["5", "9"]
    assert window.counts_label.text().startswith(f"显示 {len(numbers(window))} / 共 14 个问题")
    type_search(qtbot, window, "")
    assert window.model.rowCount() == 14


def test_search_finds_a_new_progress_note(qtbot: QtBot, window: MainWindow) -> None:
    type_search(qtbot, window, "专题推进会")
    assert numbers(window) == []
    type_search(qtbot, window, "")
    window.select_issue(window.shown_issues()[0].id)
    progress = window.supervision_tabs.progress
    progress.text.setPlainText("召开了专题推进会")
    progress.add_button.click()
    type_search(qtbot, window, "专题推进会")
    assert numbers(window) == ["1"]


def test_search_is_debounced_not_per_character(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.filter_bar
    with qtbot.assertNotEmitted(bar.filter_changed, wait=0):
        bar.search.setText("信")
        bar.search.setText("信访")
    assert bar.search_timer.isActive()
    with qtbot.waitSignal(bar.filter_changed, timeout=2000):
        pass
    assert numbers(window) == ["5"]


def test_status_multi_select(window: MainWindow) -> None:
    bar = window.filter_bar
    bar.status_actions[Status.IN_PROGRESS].setChecked(True)
    assert numbers(window) == ["8", "10", "11"]
    bar.status_actions[Status.PARTIAL].setChecked(True)
    assert numbers(window) == ["8", "9", "10", "11"]
    assert bar.status_button.text() == "状态：正在推进、基本完成"


def test_unit_leader_long_term_and_lights(window: MainWindow) -> None:
    bar = window.filter_bar
    bar.unit.setCurrentIndex(bar.unit.findText("建设局"))  # leading or cooperating
    assert numbers(window) == ["6", "8", "9", "11"]
    bar.unit.setCurrentIndex(0)
    bar.leader.setEditText("袁树林")
    bar.leader.lineEdit().editingFinished.emit()  # type: ignore[union-attr]
    assert numbers(window) == ["3", "4", "6", "10", "11", "12"]
    bar.leader.setEditText("")
    bar.leader.lineEdit().editingFinished.emit()  # type: ignore[union-attr]
    bar.long_term.setCurrentIndex(bar.long_term.findData(False))
    assert numbers(window) == ["8", "9", "10", "11"]
    bar.long_term.setCurrentIndex(0)
    bar.overdue.setChecked(True)  # issue 9: partial, deadline 2023-01-11, long past
    assert numbers(window) == ["9"]
    bar.overdue.setChecked(False)
    bar.due_soon.setChecked(True)
    assert numbers(window) == []
    window.model.today = date(2023, 1, 8)
    window.apply_filter()
    assert numbers(window) == ["9"]


def test_saved_views_are_named_and_recalled(
    qtbot: QtBot, window: MainWindow, fake_messages: FakeMessages, settings: AppSettings
) -> None:
    bar = window.filter_bar
    bar.status_actions[Status.IN_PROGRESS].setChecked(True)
    bar.unit.setCurrentIndex(bar.unit.findText("财政局"))
    fake_messages.texts.append("财政局在办")
    bar.save_view_action.trigger()
    assert settings.saved_views["财政局在办"]["statuses"] == ["in_progress"]
    window.clear_filter_action.trigger()
    assert window.model.rowCount() == 14
    index = bar.views.findText("财政局在办")
    assert index > 0
    with qtbot.waitSignal(bar.filter_changed):
        bar.views.activated.emit(index)
    assert numbers(window) == ["10", "11"]  # 10: 财政局 cooperates
    window._fill_views_menu()
    assert [a.text() for a in window.saved_views_menu.actions()] == ["财政局在办"]
    bar.views.setCurrentIndex(index)
    bar.delete_view_action.trigger()
    assert settings.saved_views == {}
