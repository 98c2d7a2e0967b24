"""A big scope opens on its first screenful of issues; the rest are read after the first
frame and, once in, the table, its filter, sort, selection and the status bar are as a
full load would leave them."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
    # The measures' texts are read in the background too: the search applies to them
    # when they arrive.
    qtbot.waitUntil(lambda: window.search_texts_loaded)
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
    merge or an undo), read the first screen and then the rest in the background, as
    opening does (in a ledger that had a scope of more than a screenful, the first
    screen in a worker too); the current issue, beyond the first screen, stays
    current through it (the detail pane keeps showing it while the rest is read)."""
    monkeypatch.setattr(quick_open, "FIRST_SCREEN", 4)
    inspection = window.inspections()[0]
    full = window.service.list_issues(IssueFilter(inspection_id=inspection.id))
    assert len(full) > 4
    window.nav.setCurrentIndex(window.nav_model.index(0, 0))  # 全部问题 first
    qtbot.waitUntil(lambda: window.issues_complete)
    shown: list[int] = []  # the rows of each list the table is given
    window.model.modelReset.connect(lambda: shown.append(window.model.rowCount()))
    with qtbot.waitSignal(window.issues_loaded, timeout=10_000):
        assert window.nav.select("inspection", inspection.id)
        assert not window.issues_complete
    assert window.issues_complete
    assert shown
    assert set(shown) == {4}  # the first screen, then the rest appended
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


def test_a_window_settles_after_loading_a_big_scope_only(
    window: MainWindow, fake_messages: FakeMessages, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window settles once every issue of a scope of SETTLE_AT issues or more is
    in (never for the small ledgers of every day)."""
    from desktop import collector

    settled: list[int] = []
    monkeypatch.setattr(collector, "settle", lambda: settled.append(1))
    window.reload_issues()
    assert settled == []  # 14 issues
    monkeypatch.setattr(collector, "SETTLE_AT", 10)
    window.reload_issues()
    assert settled == [1]


def test_a_read_of_the_rest_stops_when_another_list_supersedes_it(
    qtbot: QtBot,
    demo_path: Path,
    settings: AppSettings,
    fake_messages: FakeMessages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After an import the window reloaded, showed the new inspection and was switched
    back: three reads of 10,000 issues ran at once, all but the last thrown away. A
    superseded read stops at its next check, and what it made is freed at once (not
    held by a traceback for the collector)."""
    import threading
    import weakref

    class Witness:
        """Stands for what the read made, held by its frame."""

    gate = threading.Event()
    checks: list[str] = []
    made: list[weakref.ref[Witness]] = []
    real = quick_open.read_issues

    def read_issues(location: str, scope: object, check: Callable[[], None]) -> object:
        gate.wait(10)
        records = real(location, scope, None)  # type: ignore[arg-type]
        witness = Witness()
        made.append(weakref.ref(witness))
        try:
            check()
        except BaseException as exc:
            checks.append(type(exc).__name__)
            raise
        checks.append("went on")
        return records

    monkeypatch.setattr(quick_open, "read_issues", read_issues)
    window = _window(demo_path, settings, qtbot, 5)
    window.show()
    window.load_rest()  # the rest of the inspection's issues, held at the gate
    assert not window.issues_complete
    window.nav.setCurrentIndex(window.nav.model().index(0, 0))  # 全部问题, read whole
    qtbot.waitUntil(lambda: window.issues_complete)  # its first screen is all of it
    gc.disable()  # as in a worker: only reference counting frees
    try:
        gate.set()
        qtbot.waitUntil(lambda: bool(checks))
        assert checks == ["_Superseded"]
        qtbot.waitUntil(lambda: all(r() is None for r in made))
    finally:
        gc.enable()
    assert len(made) == 1
    assert window.model.rowCount() == 14


def _reads_of_first_screens(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, bool]]:
    """Each first screen read from now on: its scope, and whether the GUI thread read it."""
    import threading

    reads: list[tuple[object, bool]] = []
    real = quick_open.read_first_issues

    def read_first_issues(location: str, scope: Any, *args: Any, **kwargs: Any) -> Any:
        reads.append((scope, threading.current_thread() is threading.main_thread()))
        return real(location, scope, *args, **kwargs)

    monkeypatch.setattr(quick_open, "read_first_issues", read_first_issues)
    return reads


def _big(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo ledger as a big one: a screen of 4 issues, and a scope seen staged."""
    monkeypatch.setattr(quick_open, "FIRST_SCREEN", 4)
    window.nav.setCurrentIndex(window.nav_model.index(0, 0))  # 全部问题, staged
    with qtbot.waitSignal(window.issues_loaded, timeout=10_000):
        window.load_rest()
    assert window.issues_complete


def test_the_reloads_of_one_change_read_one_first_screen_in_a_worker(
    qtbot: QtBot, window: MainWindow, fake_messages: FakeMessages, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After an import the window reloaded (its scope) and the wizard showed the new
    inspection, each reading a first screen on the GUI thread beside the other reads
    (40-120 ms each at 10,000 issues). In a ledger that had a scope bigger than a
    screen, one change's reloads read once, in a worker, the last scope asked; the
    table shows what it had until then."""
    _big(qtbot, window, monkeypatch)
    reads = _reads_of_first_screens(monkeypatch)
    inspection = window.inspections()[0]
    before = window.model.all_records()
    with qtbot.waitSignal(window.issues_loaded, timeout=10_000):
        window.reload_all()  # as after an import: the scope shown (全部问题) ...
        window.show_inspection(inspection.id)  # ... then the imported inspection
        assert not window.issues_complete
        assert window.model.all_records() == before  # nothing read on the GUI thread
    assert reads == [(inspection.id, False)]
    assert window.model.all_records() == window.service.list_issues(
        IssueFilter(inspection_id=inspection.id)
    )


def test_one_undo_reads_one_first_screen(
    qtbot: QtBot, window: MainWindow, fake_messages: FakeMessages, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.commands import DeleteIssuesCommand

    _big(qtbot, window, monkeypatch)
    gone = window.model.all_records()[-1]
    with qtbot.waitSignal(window.issues_loaded, timeout=10_000):
        assert window.perform(
            DeleteIssuesCommand(window.service, window.events, [gone.id], [gone.number])
        )
    assert gone not in window.model.all_records()
    reads = _reads_of_first_screens(monkeypatch)
    with qtbot.waitSignal(window.issues_loaded, timeout=10_000):
        window.undo_stack.undo()
    assert reads == [(None, False)]
    assert gone.id in {r.id for r in window.model.all_records()}


def test_the_supervision_list_is_read_after_the_tables_issues(
    qtbot: QtBot, window: MainWindow, fake_messages: FakeMessages, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 督办 list's reload after a change waits until every issue of the scope is in
    the table: on two cores its read beside the table's stretched the window's own work
    3-8 times."""
    from desktop.ui.commands import DeleteIssuesCommand
    from desktop.ui.supervision_actions import SupervisionViews

    views = window.supervision_views
    assert isinstance(views, SupervisionViews)
    dock = views.dock.view
    qtbot.waitUntil(lambda: dock.document is not None and not dock.loader.busy)
    views.dock.show()
    _big(qtbot, window, monkeypatch)
    order: list[str] = []
    window.issues_loaded.connect(lambda: order.append("issues"))
    refresh = views.refresh_dock
    monkeypatch.setattr(views, "refresh_dock", lambda: (order.append("督办"), refresh()))
    import threading

    gate = threading.Event()  # holds the read of the rest of the table's issues
    real = quick_open.read_issues
    monkeypatch.setattr(
        quick_open, "read_issues", lambda *a, **k: (gate.wait(10), real(*a, **k))[1]
    )
    gone = window.model.all_records()[-1]
    with qtbot.waitSignal(views.reload_timer.timeout, timeout=10_000):
        assert window.perform(
            DeleteIssuesCommand(window.service, window.events, [gone.id], [gone.number])
        )
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)  # the first screen is in
    assert not window.issues_complete
    assert order == []  # the reload's time has come: it waits for the table
    gate.set()
    qtbot.waitUntil(lambda: order == ["issues", "督办"], timeout=10_000)
    qtbot.waitUntil(lambda: not views.dock.view.loader.busy)
