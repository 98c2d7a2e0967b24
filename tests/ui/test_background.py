"""Background work that waits for the window's first frame."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from desktop.ui.background import after_first_frame


class _Paints(QObject):
    """Counts the paint events of the widget it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_work_starts_once_the_window_has_painted(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    paints = _Paints()
    window.installEventFilter(paints)
    calls: list[int] = []
    after_first_frame(window, lambda: calls.append(paints.count))
    window.show()
    assert calls == []  # never during show()
    qtbot.waitUntil(lambda: bool(calls))
    assert calls[0] >= 1  # the frame was painted first
    window.update()
    qtbot.waitUntil(lambda: paints.count > calls[0])
    assert len(calls) == 1  # once


def test_the_work_starts_even_without_a_frame(qtbot: QtBot) -> None:
    window = QWidget()  # never shown, so never painted
    qtbot.addWidget(window)
    calls: list[str] = []
    after_first_frame(window, lambda: calls.append("started"))
    qtbot.waitUntil(lambda: bool(calls), timeout=3000)
    assert calls == ["started"]


def test_what_is_let_go_is_freed_in_a_worker(qtbot: QtBot) -> None:
    import threading

    from desktop.ui.background import let_go_in_a_worker

    freed_on: list[bool] = []  # whether each piece was freed on the GUI thread

    class Piece:
        def __del__(self) -> None:
            freed_on.append(threading.current_thread() is threading.main_thread())

    pieces: list[object] = [Piece() for _ in range(3)]
    let_go_in_a_worker(pieces)
    del pieces
    qtbot.waitUntil(lambda: len(freed_on) == 3)
    assert freed_on == [False, False, False]
