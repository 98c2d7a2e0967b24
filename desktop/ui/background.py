"""Work that must neither delay the first frame nor hold up quitting.

:class:`DaemonTask` runs a function in a daemon thread (touching no widgets) and hands
its result to the GUI thread by a queued signal; :meth:`DaemonTask.wait` blocks for it
with a busy cursor when the GUI needs the result now. Unlike Qt's thread pool, whose
destructor waits for every running task, a daemon thread still running when the app
quits is abandoned: use it only for work that may stop anywhere without harm — reads,
opening a ledger, or a backup (written under a temporary name and renamed when
complete, so an abandoned one is never taken for a good backup).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# If a shown window gets no paint request (minimised, say), the work starts anyway
# after this many milliseconds.
_FIRST_FRAME_FALLBACK_MS = 300


class DaemonTask(QObject):
    """``work()`` in a daemon thread, started by :meth:`start`.

    Signals (in the GUI thread, once): ``finished(object)`` with the result, or
    ``failed(object)`` with the exception. :meth:`wait` returns the result at once
    (raising the exception), delivering the signal first if it is still queued.
    """

    finished = Signal(object)
    failed = Signal(object)
    _arrived = Signal()

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._done = threading.Event()
        self._started = False
        self._delivered = False
        self._result: Any = None
        self._error: BaseException | None = None
        self._abandoned = False
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._abandon)

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        threading.Thread(target=self._run, name="rectify-background", daemon=True).start()

    def _run(self) -> None:
        try:
            self._result = self._work()
        except BaseException as exc:  # handed to the GUI thread, never lost in the thread
            self._error = exc
        finally:
            self._done.set()
            if not self._abandoned:
                # The object may be gone (window closed): then nobody waits for it.
                with contextlib.suppress(RuntimeError):
                    self._arrived.emit()

    def _abandon(self) -> None:
        self._abandoned = True

    def _deliver(self) -> None:
        if self._delivered or not self._done.is_set():
            return
        self._delivered = True
        if self._error is not None:
            self.failed.emit(self._error)
        else:
            self.finished.emit(self._result)

    def wait(self) -> Any:
        """The result, waiting for it (with a busy cursor) when it is not there yet."""
        self.start()
        if not self._done.is_set():
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._done.wait()
            finally:
                QGuiApplication.restoreOverrideCursor()
        self._deliver()
        if self._error is not None:
            raise self._error
        return self._result


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


def after_first_frame(window: QWidget, slot: Callable[[], object]) -> None:
    """Call ``slot`` once ``window`` (being shown) has painted its first frame: for
    background work that would otherwise compete with that first paint for the
    interpreter (a daemon thread importing SQLAlchemy holds the GIL in turns)."""
    _AfterFirstFrame(window, slot)
