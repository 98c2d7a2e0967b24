"""The one operation runner (``ui.operations.Operation``): in place or in a worker
thread, its result, a failure told once with the error's text, cancel leaving the ledger
unchanged, the progress dialog only past its threshold, the undo command pushed once and
the change emitted once."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.domain.changes import Changes
from desktop.domain.records import InspectionDraft
from desktop.services.ledger import Done, LedgerService
from desktop.storage.errors import LedgerBusy
from desktop.ui.events import LedgerEvents
from desktop.ui.operations import (
    Cancelled,
    Control,
    Operation,
    each,
    running_operations,
    wait_for_operations,
)

from .helpers import FakeMessages, dump_ledger


class FakeHost:
    """The window as an operation sees it: what was pushed, emitted and reloaded."""

    def __init__(self) -> None:
        self.pushed: list[tuple[str, Done[Any]]] = []
        self.reloads = 0
        self.events = LedgerEvents()
        self.emitted: list[Changes] = []
        self.events.ledger_changed.connect(self.emitted.append)

    def push_applied(self, text: str, done: Done[Any]) -> object:
        self.pushed.append((text, done))
        self.events.ledger_changed.emit(done.changes)
        return None

    def reload_all(self) -> None:
        self.reloads += 1


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    widget.setWindowTitle("台账")
    qtbot.addWidget(widget)
    return widget


@pytest.fixture(autouse=True)
def no_threads_left() -> Any:
    yield
    assert wait_for_operations()


def test_in_place_runs_on_the_gui_thread_and_returns_the_result(parent: QWidget) -> None:
    threads: list[threading.Thread] = []

    def work(_control: Control) -> int:
        threads.append(threading.current_thread())
        return 42

    outcome = Operation(parent, work).run_in_place()
    assert outcome.ok
    assert outcome.value == 42
    assert threads == [threading.main_thread()]


def test_in_the_background_the_work_runs_in_a_worker_thread(qtbot: QtBot, parent: QWidget) -> None:
    threads: list[threading.Thread] = []

    def work(_control: Control) -> str:
        threads.append(threading.current_thread())
        return "read"

    operation = Operation(parent, work)
    with qtbot.waitSignal(operation.succeeded, timeout=5000) as blocker:
        operation.start()
    assert blocker.args == ["read"]
    assert threads
    assert threads[0] is not threading.main_thread()
    assert operation.outcome is not None
    assert operation.outcome.value == "read"
    # Waiting in place for a background run gives the same.
    assert Operation(parent, work).run().value == "read"


def test_a_finished_operation_lets_go_of_what_its_work_refers_to(
    qtbot: QtBot, parent: QWidget
) -> None:
    """An operation lives in a reference cycle and its pause's end settles it alive
    (desktop.collector): what its work refers to (an import's plan and wizard, 210,000
    objects) would wait for collector.tidy. It lets go of its work once run; its
    outcome stays."""
    import gc
    import weakref

    from desktop.collector import thaw

    class Plan:
        pass

    plan = Plan()
    gone = weakref.ref(plan)

    def work(_control: Control, plan: Plan = plan) -> str:
        return "applied"

    operation = Operation(parent, work)
    del plan, work
    gc.disable()  # reference counting alone, as for a settled cycle
    try:
        assert operation.run().value == "applied"
        assert gone() is None
        assert operation.outcome is not None
        assert operation.outcome.value == "applied"
    finally:
        gc.enable()
        thaw()


def test_a_failure_is_told_once_with_the_errors_text_and_the_host_reloads(
    qtbot: QtBot, parent: QWidget, fake_messages: FakeMessages
) -> None:
    fake_messages.allow_errors = True
    host = FakeHost()

    def work(_control: Control) -> None:
        raise LedgerBusy("另一位同事正在保存台账，请稍后再试。")

    operation: Operation[None] = Operation(parent, work, host=host, undo_text="导入")
    with qtbot.waitSignal(operation.failed, timeout=5000):
        operation.start()
    assert fake_messages.kinds("error") == [
        "未能写入，台账没有改变：另一位同事正在保存台账，请稍后再试。"
    ]
    assert host.reloads == 1
    assert host.pushed == []
    assert host.emitted == []
    # A read says the error's own words; a bug's text is shown, not swallowed.
    fake_messages.calls.clear()
    assert Operation(parent, work).run().error is not None
    assert fake_messages.kinds("error") == ["另一位同事正在保存台账，请稍后再试。"]

    def bug(_control: Control) -> None:
        raise ValueError("坏了")

    fake_messages.calls.clear()
    outcome = Operation(parent, bug).run_in_place()
    assert isinstance(outcome.error, ValueError)
    assert fake_messages.kinds("error") == ["操作没有完成：坏了"]
    # tell=False: the caller shows it its own way.
    fake_messages.calls.clear()
    assert Operation(parent, bug, tell=False).run().error is not None
    assert fake_messages.calls == []


def test_success_pushes_the_undo_command_once_and_emits_the_change_once(
    qtbot: QtBot, parent: QWidget, service: LedgerService
) -> None:
    host = FakeHost()
    operation = Operation(
        parent,
        lambda _c: service.create_inspection(InspectionDraft(title="新巡察")),
        host=host,
        undo_text="新建巡察",
    )
    with qtbot.waitSignal(operation.ended, timeout=5000):
        operation.start()
    [(text, done)] = host.pushed
    assert text == "新建巡察"
    assert done.value.title == "新巡察"
    assert host.emitted == [done.changes]
    # Not undoable: the change is emitted, nothing is pushed.
    host2 = FakeHost()
    done2 = Operation(
        parent, lambda _c: service.create_inspection(InspectionDraft(title="另一个")), host=host2
    ).run()
    assert host2.pushed == []
    assert done2.value is not None
    assert host2.emitted == [done2.value.changes]
    # A read changes nothing: nothing emitted.
    host3 = FakeHost()
    Operation(parent, lambda _c: service.list_inspections(), host=host3).run()
    assert host3.pushed == []
    assert host3.emitted == []


def test_cancel_rolls_back_and_leaves_the_ledger_unchanged(
    qtbot: QtBot,
    parent: QWidget,
    service: LedgerService,
    ledger_path: Path,
    fake_messages: FakeMessages,
) -> None:
    before = dump_ledger(ledger_path)
    host = FakeHost()
    inside = threading.Event()
    release = threading.Event()

    def work(control: Control) -> Done[Any]:
        with service.uow.begin() as session:
            from desktop.storage.models import Inspection

            session.add(Inspection(title="写了一半", position=1))
            session.flush()
            inside.set()
            release.wait(5)
            control.check()
        raise AssertionError("not reached")

    operation: Operation[Done[Any]] = Operation(
        parent, work, host=host, undo_text="写入", cancellable=True, show_after_ms=0
    )
    operation.start()
    qtbot.waitUntil(inside.is_set, timeout=5000)
    with qtbot.waitSignal(operation.cancelled, timeout=5000):
        operation.cancel()
        release.set()
    assert operation.outcome is not None
    assert operation.outcome.cancelled
    assert dump_ledger(ledger_path) == before
    assert host.pushed == []
    assert host.emitted == []
    assert host.reloads == 0
    assert fake_messages.calls == []  # cancelling is not an error


def test_the_cancel_button_stops_the_work(qtbot: QtBot, parent: QWidget) -> None:
    def work(control: Control) -> None:
        while True:
            control.check()
            control.progress(1, 10)
            threading.Event().wait(0.01)

    operation: Operation[None] = Operation(parent, work, cancellable=True, show_after_ms=0)
    with qtbot.waitSignal(operation.progress_shown, timeout=5000):
        operation.start()
    assert operation.dialog is not None
    with qtbot.waitSignal(operation.cancelled, timeout=5000):
        operation.dialog.canceled.emit()
    assert running_operations() == 0 or wait_for_operations()


def test_progress_shows_only_past_the_threshold(qtbot: QtBot, parent: QWidget) -> None:
    parent.show()
    # Quick work never shows the dialog.
    quick = Operation(parent, lambda _c: 1, show_after_ms=60_000)
    shown: list[bool] = []
    quick.progress_shown.connect(lambda: shown.append(True))
    assert quick.run().value == 1
    assert shown == []
    assert quick.dialog is None
    # Long work shows it, with its label and progress, once past the threshold.
    release = threading.Event()
    reported = threading.Event()

    def work(control: Control) -> str:
        control.progress(3, 8, "正在读取第 3 页…")
        reported.set()
        release.wait(5)
        return "done"

    slow = Operation(parent, work, label="正在读取…", show_after_ms=50)
    slow.start()
    assert slow.dialog is None  # not at once
    qtbot.waitUntil(reported.is_set, timeout=5000)
    with qtbot.waitSignal(slow.progress_shown, timeout=5000):
        pass
    dialog = slow.dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.maximum() == 8, timeout=5000)
    assert dialog.value() == 3
    assert dialog.labelText() == "正在读取第 3 页…"
    with qtbot.waitSignal(slow.succeeded, timeout=5000):
        release.set()
    assert slow.dialog is None


def test_the_undo_stack_of_a_window_gets_one_step(
    qtbot: QtBot, parent: QWidget, service: LedgerService
) -> None:
    """With the real BatchCommand: one undo step, and undoing it removes the record."""
    from desktop.ui.commands import BatchCommand

    stack = QUndoStack()
    events = LedgerEvents()
    emitted: list[Changes] = []
    events.ledger_changed.connect(emitted.append)

    class Host:
        def __init__(self) -> None:
            self.events = events

        def push_applied(self, text: str, done: Done[Any]) -> object:
            command = BatchCommand(text, service, done, events)
            stack.push(command)
            events.ledger_changed.emit(command.changes)
            return command

        def reload_all(self) -> None:
            raise AssertionError("no reload after a success")

    outcome = Operation(
        parent,
        lambda _c: service.create_inspection(InspectionDraft(title="可撤销")),
        host=Host(),
        undo_text="新建巡察",
    ).run()
    assert outcome.ok
    assert stack.count() == 1
    assert stack.text(0) == "新建巡察"
    assert len(emitted) == 1
    stack.undo()
    assert [i.title for i in service.list_inspections()] == []


def test_cancelled_is_raised_from_check(qtbot: QtBot, parent: QWidget) -> None:
    operation: Operation[None] = Operation(parent, lambda c: None)
    operation.control._request_cancel()
    with pytest.raises(Cancelled):
        operation.control.check()


def test_each_item_gives_its_value_or_its_error_and_cancel_stops_before_the_next(
    parent: QWidget,
) -> None:
    def half(n: int) -> float:
        if n == 0:
            raise ZeroDivisionError("零")
        return 1 / n

    outcome = Operation(parent, each([2, 0, 4], half)).run_in_place()
    assert outcome.value is not None
    assert [(r.item, r.value) for r in outcome.value] == [(2, 0.5), (0, None), (4, 0.25)]
    assert isinstance(outcome.value[1].error, ZeroDivisionError)

    done: list[int] = []
    labels: list[str] = []

    def work(n: int) -> int:
        done.append(n)
        if n == 2:
            operation.cancel()  # as the dialog's 取消 does, mid-item
        return n

    operation = Operation(parent, each([1, 2, 3, 4], work, lambda n: f"第 {n} 个"))
    operation.control.progress = lambda _d, _t=0, text=None: labels.append(text or "")  # type: ignore[method-assign]
    outcome = operation.run_in_place()
    assert done == [1, 2]  # the item under way finished; no further item started
    assert outcome.value is not None
    assert [r.value for r in outcome.value] == [1, 2]
    assert operation.control.cancelled
    assert labels == ["第 1 个", "第 2 个"]


def test_no_ledger_error_handler_words_its_own_message() -> None:
    """Every ``except LedgerError`` in the UI that tells the clerk goes through the one
    path (``operations.tell_failure`` / ``failure_text``, which an undo's message may
    wrap), never ``messages.error`` with a text of its own."""
    import ast

    root = Path(__file__).resolve().parents[2] / "desktop" / "ui"
    offenders: list[str] = []
    handlers = 0
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ExceptHandler) or node.type is None:
                continue
            if "LedgerError" not in ast.unparse(node.type):
                continue
            handlers += 1
            for inner in ast.walk(ast.Module(body=node.body, type_ignores=[])):
                if (
                    isinstance(inner, ast.Call)
                    and ast.unparse(inner.func) == "messages.error"
                    and "failure_text(" not in ast.unparse(inner)
                ):
                    offenders.append(f"{path.name}:{inner.lineno}")
    assert handlers >= 10  # the scan sees them
    assert offenders == []


def test_a_worker_runs_with_the_collector_paused_and_the_gui_thread_first(
    qtbot: QtBot, parent: QWidget
) -> None:
    """While an operation's worker runs, the cyclic collector is paused (a full pass
    over what it holds alive would hold the window too) and a thread waiting for the
    interpreter lock waits at most WORKER_SWITCH_INTERVAL; both are put back after."""
    import gc
    import sys

    from desktop.ui.operations import WORKER_SWITCH_INTERVAL

    usual = sys.getswitchinterval()
    seen: list[tuple[bool, float]] = []

    def work(_control: Control) -> None:
        seen.append((gc.isenabled(), sys.getswitchinterval()))

    assert gc.isenabled()
    assert Operation(parent, work).run().ok
    assert seen == [(False, pytest.approx(min(usual, WORKER_SWITCH_INTERVAL)))]
    assert gc.isenabled()
    assert sys.getswitchinterval() == pytest.approx(usual)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's nice value")
def test_a_worker_thread_is_scheduled_below_the_gui_thread(qtbot: QtBot, parent: QWidget) -> None:
    """A worker's thread runs WORKER_NICENESS nice steps below the GUI thread (so that
    the GUI thread, woken to take the interpreter lock, gets a core at once); the GUI
    thread keeps its priority."""
    import os

    from desktop.ui.operations import WORKER_NICENESS

    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen: list[int] = []

    def work(_control: Control) -> None:
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))

    assert Operation(parent, work).run().ok
    assert seen == [min(gui + WORKER_NICENESS, 19)]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == gui
    # In place (on the GUI thread) nothing is lowered.
    assert Operation(parent, work).run_in_place().ok
    assert seen[-1] == gui
