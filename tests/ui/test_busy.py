"""Slow calls run in a thread while the window stays live: the value comes back, an
exception comes back as the outcome's error, and cancel stops the waiting."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from desktop.storage.errors import LedgerError
from desktop.ui.busy import run_busy


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_value_comes_back_from_another_thread(parent: QWidget) -> None:
    seen: list[str] = []

    def work() -> int:
        seen.append(threading.current_thread().name)
        return 42

    outcome = run_busy(parent, "正在计算…", work)
    assert outcome.value == 42
    assert outcome.error is None
    assert not outcome.cancelled
    assert seen == ["rectify-busy"]


def test_an_exception_is_handed_back(parent: QWidget) -> None:
    def work() -> None:
        raise LedgerError("磁盘空间不足")

    outcome = run_busy(parent, "正在备份…", work)
    assert isinstance(outcome.error, LedgerError)
    assert outcome.value is None


def test_cancel_stops_waiting(parent: QWidget) -> None:
    release = threading.Event()
    pressed: list[bool] = []

    def press_cancel() -> None:
        dialogs = parent.findChildren(QProgressDialog)
        assert len(dialogs) == 1
        button = dialogs[0].findChild(QPushButton)
        assert button is not None
        assert button.text() == "取消"
        button.click()
        pressed.append(True)

    QTimer.singleShot(0, press_cancel)
    outcome = run_busy(parent, "正在检查…", lambda: release.wait(5), cancel_text="取消")
    release.set()
    assert pressed == [True]
    assert outcome.cancelled
    assert outcome.value is None
