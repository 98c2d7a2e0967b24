"""Work that must neither delay the first frame nor hold up quitting.

:class:`DaemonTask` runs a function as an operation (``ui.operations``) in a daemon
thread (touching no widgets) and hands its result to the GUI thread by a queued signal;
:meth:`DaemonTask.wait` blocks for it with a busy cursor when the GUI needs the result
now. Unlike Qt's thread pool, whose
destructor waits for every running task, a daemon thread still running when the app
quits is abandoned: use it only for work that may stop anywhere without harm — reads,
opening a ledger, or a backup (written under a temporary name and renamed when
complete, so an abandoned one is never taken for a good backup).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

# If a shown window gets no paint request (minimised, say), the work starts anyway
# after this many milliseconds.
_FIRST_FRAME_FALLBACK_MS = 300


class DaemonTask(QObject):
    """``work()`` as an :class:`~desktop.ui.operations.Operation` in a daemon thread
    (no dialog, nothing held up, nothing told: the caller decides), started by
    :meth:`start`.

    Signals (in the GUI thread, once): ``finished(object)`` with the result, or
    ``failed(object)`` with the exception. :meth:`wait` returns the result at once
    (raising the exception), delivering the signal first if it is still queued.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        from desktop.ui.operations import Operation

        self._operation: Operation[Any] = Operation(
            None,
            lambda _control: work(),
            tell=False,
            modal=False,
            show_progress=False,
        )
        self._operation.succeeded.connect(self.finished)
        self._operation.failed.connect(self.failed)

    @property
    def done(self) -> bool:
        return self._operation.wait(0)

    def start(self) -> None:
        self._operation.start()

    def wait(self) -> Any:
        """The result, waiting for it (with a busy cursor) when it is not there yet."""
        outcome = self._operation.wait_for_outcome()
        if outcome.error is not None:
            raise outcome.error
        return outcome.value


class _AfterFirstFrame(QObject):
    """Calls ``slot`` once, at the turn of the event loop after the window's first
    repaint (or after a fallback delay, should no repaint come)."""

    def __init__(self, window: QWidget, slot: Callable[[], object]) -> None:
        super().__init__(window)
        self._slot = slot
        self._called = False
        window.installEventFilter(self)
        QTimer.singleShot(_FIRST_FRAME_FALLBACK_MS, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint):
            watched.removeEventFilter(self)
            # Posted now, so it runs once this repaint is done.
            QTimer.singleShot(0, self, self._call)
        return False

    def _call(self) -> None:
        if not self._called:
            self._called = True
            self._slot()


def let_go_in_a_worker(pieces: list[Any]) -> None:
    """Free what only ``pieces`` holds in a worker, a piece at a time
    (``collector.let_go``): a plan of 10,000 issues freed on the GUI thread at once
    held it 50-150 ms on two loaded cores; freed in a worker the window turns between
    the pieces. The caller drops its own references to their holders first."""
    from desktop import collector

    DaemonTask(lambda: collector.let_go(pieces)).start()


def after_first_frame(window: QWidget, slot: Callable[[], object]) -> None:
    """Call ``slot`` once ``window`` (being shown) has painted its first frame: for
    background work that would otherwise compete with that first paint for the
    interpreter (a daemon thread importing SQLAlchemy holds the GIL in turns)."""
    _AfterFirstFrame(window, slot)
