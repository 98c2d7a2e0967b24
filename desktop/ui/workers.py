"""Slow work off the GUI thread: copying evidence files (up to 1 GB each) into the
store, writing a sign-off package. A :class:`StepWorker` runs one function per item in
a thread that touches no widgets; a :class:`StepRunner` shows a progress dialog with
cancel (checked between items) and calls back on the GUI thread when done."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

# Show the progress dialog only for work that takes longer than this (ms).
SHOW_AFTER_MS = 400


@dataclass(frozen=True)
class StepResult(Generic[T]):
    """What one item gave: its value, or the exception it raised."""

    item: T
    value: Any = None
    error: BaseException | None = None


class StepWorker(QThread):
    """Runs ``function(item)`` for each item, in order, in its own thread. Cancelling
    stops before the next item (an item under way finishes: a half-copied file would
    be worse). Exceptions are kept per item, never raised into the thread.

    Signals:
        step_started(int, str): item number (0-based) and its label, before it runs.
    """

    step_started = Signal(int, str)

    def __init__(
        self,
        items: Sequence[Any],
        function: Callable[[Any], Any],
        label: Callable[[Any], str] = str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.items = list(items)
        self.function = function
        self.label = label
        self.results: list[StepResult[Any]] = []
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def run(self) -> None:
        for number, item in enumerate(self.items):
            if self.cancelled:
                break
            self.step_started.emit(number, self.label(item))
            try:
                self.results.append(StepResult(item, self.function(item)))
            # Whatever went wrong is reported to the user item by item; a bug must not
            # kill the thread silently and leave the progress dialog up.
            except Exception as exc:
                self.results.append(StepResult(item, error=exc))


class StepRunner(QObject):
    """A :class:`StepWorker` with a window-modal progress dialog (shown only when the
    work takes a moment; cancel stops before the next item). ``finished(results,
    cancelled)`` is called on the GUI thread once the thread has ended. The runner
    lives in the GUI thread, so the worker's signals reach it queued.

    Signals:
        done(): the thread has ended (emitted just before ``finished`` is called);
            the runner can be dropped.
    """

    done = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        items: Sequence[Any],
        function: Callable[[Any], Any],
        finished: Callable[[list[StepResult[Any]], bool], None],
        *,
        label: Callable[[Any], str] = str,
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.count = len(items)
        self._finished = finished
        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        # One item: a busy indicator; several: how many are done.
        self.dialog.setRange(0, self.count if self.count > 1 else 0)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.worker = StepWorker(items, function, label)
        self.worker.step_started.connect(self._step_started)
        self.worker.finished.connect(self._worker_finished)
        if cancellable:
            self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self.dialog.setValue(0)
        self.worker.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def is_running(self) -> bool:
        return self.worker.isRunning()

    def wait(self) -> None:
        """Block until the thread has ended (closing the window mid-copy)."""
        self.worker.cancel()
        self.worker.wait()

    def _step_started(self, number: int, text: str) -> None:
        self.dialog.setLabelText(text)
        if self.count > 1:
            self.dialog.setValue(number)

    def _worker_finished(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.worker.deleteLater()
        # The owner may start new work from the callback: it learns first that this
        # work is over.
        self.done.emit()
        self._finished(self.worker.results, self.worker.cancelled)


__all__ = ["StepResult", "StepRunner", "StepWorker"]
