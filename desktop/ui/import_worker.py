"""Long work off the event loop: reading a large workbook or applying a large plan runs
in a worker thread while a progress dialog (cancellable where the work can stop) keeps
the window responsive.

The worker runs a Qt-free function (the Excel reader, ``apply_plan``) and touches no
widget; its progress and its outcome reach the widgets by queued signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Work = Callable[[ProgressCallback, CancelCheck], Any]

# Jobs still running after their dialog went away (a cancelled read finishing its
# chunk): kept referenced so that no QThread is destroyed while it runs.
_RUNNING: set[Job] = set()


class Job(QThread):
    """One piece of work in a worker thread. ``work(progress, cancelled)`` is called in
    the thread; it must not touch widgets.

    Signals: ``progressed(done, total)`` from the work's progress callback,
    ``succeeded(result)`` or ``failed(exception)`` once, then QThread's ``finished``.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.finished.connect(self._forget)

    def cancel(self) -> None:
        """Ask the work to stop at its next check (thread-safe)."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._report, self._cancel.is_set)
        except Exception as exc:  # handed to the UI thread, which decides what to show
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)

    def _report(self, done: int, total: int) -> None:
        self.progressed.emit(int(done), int(total))

    def _forget(self) -> None:
        _RUNNING.discard(self)
        self.deleteLater()


class ProgressRun(QObject):
    """A :class:`Job` with its :class:`QProgressDialog` (window-modal over ``parent``,
    shown only when the work takes longer than a moment). ``cancel_text`` empty: the
    work cannot be cancelled (a busy dialog without a button).

    Signals: ``done(result)`` when the work succeeded and was not cancelled,
    ``error(exception)`` when it raised (cancellation included, as the work's own
    exception), ``cancelled()`` when the user cancelled (whatever the work then did).
    """

    done = Signal(object)
    error = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Work,
        *,
        cancel_text: str = "",
        minimum_duration_ms: int = 400,
    ) -> None:
        super().__init__(parent)
        self.job = Job(work)
        # None (not ""): no cancel button at all; PySide6's stubs do not admit it.
        no_button: Any = None
        self.dialog = QProgressDialog(label, cancel_text or no_button, 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(minimum_duration_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)
        self._user_cancelled = False
        self._dialog_closed = False
        if cancel_text:
            self.dialog.canceled.connect(self.cancel)
        self.job.progressed.connect(self._progress)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self.deleteLater)

    @property
    def running(self) -> bool:
        return self.job.isRunning()

    def start(self) -> None:
        _RUNNING.add(self.job)
        self.job.start()

    def cancel(self) -> None:
        """What the dialog's cancel button does: stop the work, close the dialog and
        say so at once; the work's late result, if any, is dropped."""
        if self._user_cancelled:
            return
        self._user_cancelled = True
        self.job.cancel()
        self._close_dialog()
        self.cancelled.emit()

    def _progress(self, done: int, total: int) -> None:
        if self._user_cancelled:
            return
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _succeeded(self, result: object) -> None:
        if self._user_cancelled:
            return
        self._close_dialog()
        self.done.emit(result)

    def _failed(self, exc: object) -> None:
        if self._user_cancelled:
            return
        self._close_dialog()
        self.error.emit(exc)

    def _close_dialog(self) -> None:
        if self._dialog_closed:
            return
        self._dialog_closed = True
        self.dialog.reset()  # stops the timer that would show it after the delay
        self.dialog.hide()
        self.dialog.deleteLater()


def running_jobs() -> int:
    """How many jobs have not finished yet (a cancelled read may still be ending)."""
    return len(_RUNNING)


def wait_for_jobs(timeout_ms: int = 5000) -> bool:
    """Wait for every running job (at exit or at the end of a test)."""
    return all(job.wait(timeout_ms) for job in list(_RUNNING))
