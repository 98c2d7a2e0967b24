"""Slow work off the GUI thread: results and errors per item, cancel between items, the
callback on the GUI thread after the thread has ended."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget

from desktop.ui.workers import StepResult, StepRunner, StepWorker


def test_each_item_gives_its_value_or_its_error() -> None:
    def half(n: int) -> float:
        if n == 0:
            raise ZeroDivisionError("零")
        return 1 / n

    worker = StepWorker([2, 0, 4], half)
    started: list[tuple[int, str]] = []
    worker.step_started.connect(lambda number, text: started.append((number, text)))
    worker.run()  # in this thread: the logic, without the thread
    assert [(r.item, r.value) for r in worker.results] == [(2, 0.5), (0, None), (4, 0.25)]
    assert isinstance(worker.results[1].error, ZeroDivisionError)
    assert started == [(0, "2"), (1, "0"), (2, "4")]


def test_cancel_stops_before_the_next_item() -> None:
    done: list[int] = []

    def work(n: int) -> int:
        done.append(n)
        if n == 2:
            worker.cancel()  # as the dialog's cancel button does, mid-item
        return n

    worker = StepWorker([1, 2, 3, 4], work)
    worker.run()
    assert done == [1, 2]  # the item under way finished; no further item started
    assert worker.cancelled


def test_the_runner_calls_back_on_the_gui_thread(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    threads: list[QThread] = []
    got: list[tuple[list[StepResult[Any]], bool]] = []

    def work(n: int) -> int:
        threads.append(QThread.currentThread())
        return n * n

    def finished(results: list[StepResult[Any]], cancelled: bool) -> None:
        threads.append(QThread.currentThread())
        got.append((results, cancelled))

    runner = StepRunner(parent, "测试", [1, 2, 3], work, finished)
    with qtbot.waitSignal(runner.done, timeout=10000):
        runner.start()
    qtbot.waitUntil(lambda: bool(got))
    [(results, cancelled)] = got
    assert [r.value for r in results] == [1, 4, 9]
    assert not cancelled
    gui = parent.thread()
    assert all(t is not gui for t in threads[:3])  # the work ran in the worker
    assert threads[3] is gui  # the callback on the GUI thread
    assert not runner.is_running()
