"""A big scope opens on its first screenful of issues; the rest are read after the first
frame and, once in, the table, its filter, sort, selection and the status bar are as a
full load would leave them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from desktop.app import make_opener, quick_window
from desktop.domain.filters import IssueFilter
from desktop.services import quick_open
from desktop.services.quick_open import read_first_view
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings

from .helpers import FakeMessages


def _window(demo_path: Path, settings: AppSettings, qtbot: QtBot, first: int | None) -> MainWindow:
    view = read_first_view(str(demo_path), first=first)
    assert view is not None
    window = quick_window(str(demo_path), make_opener("张三"), view, settings)
    qtbot.addWidget(window)
    return window


def _numbers(window: MainWindow) -> list[str]:
    return [r.number for r in window.model.records()]


def test_the_first_screen_shows_then_every_issue_follows(
    qtbot: QtBot, demo_path: Path, settings: AppSettings, fake_messages: FakeMessages
) -> None:
    full = _window(demo_path, settings, qtbot, None)
    assert full.issues_complete
    window = _window(demo_path, settings, qtbot, 5)
    assert not window.issues_complete
    assert window.model.rowCount() == 5
    assert window.counts_label.text() == "显示前 5 / 共 14 个问题　正在读取其余问题…"
    window.show()
    window.select_issue(window.model.records()[3].id)
    chosen = window.current_issue()
    assert chosen is not None
    with qtbot.waitSignal(window.issues_loaded, timeout=10_000):
        window.load_rest()
    assert window.issues_complete
    assert window.model.all_records() == full.model.all_records()
    assert window.model.records() == full.model.records()
    assert window.counts_label.text() == full.counts_label.text()
    assert window.counts_label.text().startswith("显示 14 / 共 14 个问题")
    # Appended: the chosen issue stays current and selected.
    current = window.table.currentIndex()
    assert window.model.record_at(current.row()) == chosen
    assert [i.row() for i in window.table.selectionModel().selectedRows()] == [current.row()]
    # Equal to what the service reads.
    scope = IssueFilter(inspection_id=window.current_inspection().id)  # type: ignore[union-attr]
    assert window.model.all_records() == window.service.list_issues(scope)
    window.service.uow.engine.dispose()


def test_a_sort_and_a_filter_chosen_while_loading_hold_for_every_issue(
    qtbot: QtBot, demo_path: Path, settings: AppSettings, fake_messages: FakeMessages
) -> None:
    window = _window(demo_path, settings, qtbot, 2)
    window.show()
    deadline = next(i for i, c in enumerate(window.model.columns) if c.key == "deadline")
    window.table.sortByColumn(deadline, Qt.SortOrder.DescendingOrder)
    window.filter_bar.search.setText("泵")  # only in a measure of issue 4, not yet read
    window.apply_filter()
    assert _numbers(window) == []
    with qtbot.waitSignal(window.issues_loaded, timeout=10_000):
        window.load_rest()
    assert _numbers(window) == ["4"]
    window.filter_bar.search.setText("")
    window.apply_filter()
    # Every issue, in the chosen order (the full load's, sorted the same way).
    full = _window(demo_path, settings, qtbot, None)
    full.table.sortByColumn(deadline, Qt.SortOrder.DescendingOrder)
    assert window.model.records() == full.model.records()
    assert len(window.model.records()) == 14
    assert window.counts_label.text() == full.counts_label.text()
    window.service.uow.engine.dispose()


def test_what_needs_every_issue_waits_for_them(
    qtbot: QtBot, demo_path: Path, settings: AppSettings, fake_messages: FakeMessages
) -> None:
    window = _window(demo_path, settings, qtbot, 3)
    window.show()
    with qtbot.waitSignal(window.issues_loaded, timeout=10_000):
        shown = window.shown_issues()  # an export or a print of the list: all of them
    assert len(shown) == 14
    assert window.issues_complete
    assert window.counts_label.text().startswith("显示 14 / 共 14 个问题")


def test_switching_to_a_big_scope_and_reloading_it_are_staged_too(
    qtbot: QtBot,
    window: MainWindow,
    fake_messages: FakeMessages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Choosing an inspection, and its reload after a change (as after an import, a
    merge or an undo), read the
    first screen at once and the rest in the background, as opening does; the current
    issue, beyond the first screen, stays current through it (the detail pane keeps
    showing it while the rest is read)."""
    monkeypatch.setattr(quick_open, "FIRST_SCREEN", 4)
    inspection = window.inspections()[0]
    full = window.service.list_issues(IssueFilter(inspection_id=inspection.id))
    assert len(full) > 4
    window.nav.setCurrentIndex(window.nav_model.index(0, 0))  # 全部问题 first
    qtbot.waitUntil(lambda: window.issues_complete)
    with qtbot.waitSignal(window.issues_loaded, timeout=10_000):
        assert window.nav.select("inspection", inspection.id)
        assert not window.issues_complete  # the first screen, at once
        assert window.model.rowCount() == 4
        assert "显示前 4 / 共" in window.counts_label.text()
    assert window.issues_complete
    assert window.model.all_records() == full

    far = full[-1]
    assert window.select_issue(far.id)
    window.service.set_issue_fields(far.id, {"progress": "已完成第一阶段工作"})
    with qtbot.waitSignal(window.issues_loaded, timeout=10_000):
        window.reload_issues()
        assert not window.issues_complete
        assert window.detail.issue is not None
        assert window.detail.issue.id == far.id  # kept while the rest is read
    assert window.model.all_records() == window.service.list_issues(
        IssueFilter(inspection_id=inspection.id)
    )
    current = window.model.record_at(window.table.currentIndex().row())
    assert current is not None
    assert current.id == far.id
    assert window.current_issue() is not None
    assert window.current_issue().progress == "已完成第一阶段工作"  # type: ignore[union-attr]


def test_going_to_an_issue_not_read_yet_waits_for_it(
    qtbot: QtBot, window: MainWindow, fake_messages: FakeMessages, monkeypatch: pytest.MonkeyPatch
) -> None:
    """督办, history and the other lists go to an issue by its id: one beyond the first
    screen of a staged load is waited for, not reported missing."""
    monkeypatch.setattr(quick_open, "FIRST_SCREEN", 4)
    inspection = window.inspections()[0]
    last = window.service.list_issues(IssueFilter(inspection_id=inspection.id))[-1]
    window.nav.setCurrentIndex(window.nav_model.index(0, 0))
    qtbot.waitUntil(lambda: window.issues_complete)
    assert window.nav.select("inspection", inspection.id)
    assert not window.issues_complete
    assert window.select_issue(last.id)
    assert window.issues_complete
    assert window.current_issue() == last
