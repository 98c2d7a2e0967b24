"""The one way the window runs an operation, as Anki's ``CollectionOp``/``QueryOp`` run
every collection call: :class:`Operation`.

An operation is a plain function over the Qt-free services, ``work(control)``, run in a
worker thread (:meth:`Operation.start`, or :meth:`Operation.run` waiting for it while
the window stays live) or in place on the GUI thread (:meth:`Operation.run_in_place`).
The worker touches no widget and opens its own database session (every service call
does, through its unit of work); a text layout is made and painted in the same thread.
``control`` carries progress (:meth:`Control.progress`) and cancel
(:meth:`Control.check` raises :class:`Cancelled`; inside a transaction that rolls it
back, so a cancelled change leaves the ledger as it was).

Past :data:`SHOW_AFTER_MS` a window-modal progress dialog appears (with 取消 when the
work can stop); quicker work never flashes one. While a modal operation runs, clicks,
keys and window closes anywhere but in its dialog are held back, so that nothing
starts twice and nothing is pulled away; windows still repaint. A modal operation's
worker is a ``QThread`` (Qt's text layout wants its event dispatcher); a read that
may be left running (a view's computation, a cancelled read) runs in a daemon thread,
which quitting does not wait for. When the work ends, one path tells the outcome:

- a failure: :func:`failure_text` is the clerk's message (one wording for every domain
  error; a refused plan lists its problems with file, sheet, row and column), and after
  a ledger error the window reloads (the ledger may have changed under it);
- a success that changed the ledger (a ``Done``): its undo command is pushed once and
  what changed is emitted once (``push_applied``), or only the change is emitted when
  the operation is not undoable;
- cancelled: nothing is said; the ``cancelled`` signal tells the caller.

:class:`PlanApply` is the plan-applying operation of the import wizard, the notice import
and the hand-off merge.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop.collector import collector_paused
from desktop.domain.changes import Changes
from desktop.domain.problems import ValidationFailed
from desktop.storage.errors import LedgerError
from desktop.ui import messages

if TYPE_CHECKING:
    from desktop.domain.changes import Done
    from desktop.domain.plan import ImportPlan
    from desktop.domain.records import InspectionId
    from desktop.services.apply import Applied
    from desktop.ui.events import LedgerEvents
    from desktop.ui.window_api import LedgerWindow

T = TypeVar("T")

# The progress dialog appears only for work running longer than this (ms): quick work
# never flashes a window. Tests pass ``show_after_ms`` instead of waiting a second.
SHOW_AFTER_MS = 1000

# The problems of a refused plan listed in its message; the rest are counted.
LISTED_PROBLEMS = 20

# How long (s) a thread waiting for the interpreter lock lets the thread holding it run
# on, while a worker runs: Python's 5 ms default is paid by the GUI thread at every
# call between Qt and Python (a view's data(), a slot, a paint) while a worker computes
# in Python, hundreds of times in one repaint. Only threads that wait pay for switches.
# make bench's repaint_busy_10k (one repaint of the 10k ledger's table while a worker
# spins in Python, against the same repaint idle, 25 ms): 0.5 ms -> 260 ms (10.5x),
# 0.1 ms -> 85 ms (3.4x); below 0.1 ms no better (the GUI thread's own work then).
WORKER_SWITCH_INTERVAL = 0.0001

# How much lower (in nice steps, Linux) a worker's thread is scheduled than the GUI
# thread. On a busy machine (2 cores shared, or the clerk's other programs) the GUI
# thread, woken for each of its many takes of the interpreter lock in a turn of the
# event loop, waited each time behind the worker it had just taken the lock from; lowered,
# the worker gives way at once (the export's longest gap on the 10k ledger under load
# 2-3: 226-394 ms, lowered 103-123 ms). The GUI thread keeps its priority.
WORKER_NICENESS = 10

_workers_lock = threading.Lock()
_workers = 0
_usual_switch_interval = sys.getswitchinterval()

# Operations whose thread has not ended (a cancelled read finishing its chunk): kept
# referenced so that nothing they report to is destroyed while they run.
_RUNNING: set[Operation[Any]] = set()


class Cancelled(Exception):
    """The clerk cancelled: raised by :meth:`Control.check` inside the work, so that a
    transaction under way rolls back and a file being written is dropped."""


class Host(Protocol):
    """What an operation needs of the window: the undo stack and the change hub
    (``MainWindow`` is one)."""

    def push_applied(self, text: str, done: Done[Any]) -> object: ...

    def reload_all(self) -> None: ...

    @property
    def events(self) -> LedgerEvents: ...


def failure_text(exc: BaseException, *, writing: bool = False) -> str:
    """What the clerk is told when an operation failed, the one wording for every error:
    for a refused plan, that nothing was changed and each blocking problem with its
    file, sheet, row and column; for refused values, each field and what is wrong; for
    a domain error, its own message; for a file that cannot be read or written, the
    system's reason; for anything else, that the operation did not finish and why.
    ``writing``: the operation was a change, which was rolled back (the message says
    so)."""
    # Imported here: the window's first frame needs neither.
    from desktop.excel.safe import ExportError
    from desktop.ui.supervision_labels import problem_line

    if isinstance(exc, ValidationFailed) and not any(p.file for p in exc.problems):
        # A form's or a record's own values: the field, then what is wrong.
        return "\n".join(problem_line(p) for p in exc.problems)
    if isinstance(exc, ValidationFailed):
        listed = "\n".join(p.describe() for p in exc.problems[:LISTED_PROBLEMS])
        more = len(exc.problems) - LISTED_PROBLEMS
        if more > 0:
            listed += "\n" + QCoreApplication.translate("operations", "……另有 {n} 处问题。").format(
                n=more
            )
        return QCoreApplication.translate(
            "operations", "文件中有错误，台账没有改变：\n{problems}"
        ).format(problems=listed)
    # A printing error can only be one if printing was loaded (it needs QtPrintSupport).
    render = sys.modules.get("desktop.printing.render")
    if isinstance(exc, (LedgerError, ExportError)):
        reason = exc.message
    elif render is not None and isinstance(exc, render.PrintError):
        reason = str(exc)
    elif isinstance(exc, OSError):
        reason = QCoreApplication.translate("operations", "无法读写文件（{reason}）").format(
            reason=exc.strerror or exc
        )
    elif not writing:
        return QCoreApplication.translate("operations", "操作没有完成：{reason}").format(
            reason=str(exc) or type(exc).__name__
        )
    else:
        reason = str(exc) or type(exc).__name__
    if writing:
        return QCoreApplication.translate("operations", "未能写入，台账没有改变：{reason}").format(
            reason=reason
        )
    return reason


def tell_failure(
    parent: QWidget | None,
    exc: BaseException,
    title: str | None = None,
    *,
    host: Host | None = None,
    writing: bool = False,
) -> None:
    """The one message path for a failed operation: the clerk reads
    :func:`failure_text`; after a ledger error ``host`` (the window) reloads, since the
    ledger may have changed under it."""
    messages.error(parent, failure_text(exc, writing=writing), title or None)
    if host is not None and isinstance(exc, LedgerError):
        host.reload_all()


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    """How an operation ended: its value, the exception it raised (already told unless
    the operation was made with ``tell=False``), or cancelled."""

    value: T | None = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


class _Relay(QObject):
    """Carries the worker's reports to the GUI thread (it lives there, so the worker's
    emits arrive queued).

    Signals:
        progressed(int, int, object): done, total and a text (or None).
        ended(): the work returned or raised.
    """

    progressed = Signal(int, int, object)
    ended = Signal()


class Control:
    """The work's handle on its operation (thread-safe): report progress, see whether
    the clerk cancelled."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()
        # In place (on the GUI thread): each report turns the event loop once.
        self._turn: Callable[[], None] | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the clerk cancelled."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int = 0, text: str | None = None) -> None:
        """``done`` of ``total`` steps (total 0: unknown), with an optional new label."""
        with contextlib.suppress(RuntimeError):  # the operation is gone (app closing)
            self._relay.progressed.emit(int(done), int(total), text)
        if self._turn is not None:
            self._turn()

    def _request_cancel(self) -> None:
        self._cancel.set()


class _HoldInput(QObject):
    """Holds back the user's clicks, keys and window closes everywhere but in the
    operation's progress dialog while it runs: nothing starts twice meanwhile (a second
    print on the printer being painted, an edit under an import) and no window is
    pulled away, yet every window still repaints."""

    HELD = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.Wheel,
            QEvent.Type.Shortcut,
            QEvent.Type.ShortcutOverride,
            QEvent.Type.Close,
        }
    )

    def __init__(self, operation: Operation[Any]) -> None:
        super().__init__(operation)
        self.operation = operation

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in self.HELD or not event.spontaneous():
            return False
        dialog = self.operation.dialog
        inside = (
            dialog is not None
            and isinstance(watched, QWidget)
            and (watched is dialog or dialog.isAncestorOf(watched))
        )
        return not inside


class _QtWorker(QThread):
    """A Qt thread running one operation's work."""

    def __init__(self, target: Callable[[], None]) -> None:
        super().__init__()
        self._target = target

    def run(self) -> None:
        self._target()


class Operation(QObject, Generic[T]):
    """One operation (see the module docstring).

    ``work(control)`` does the work. ``label`` is the progress dialog's text,
    ``cancellable`` gives it a 取消 button. ``host`` (the window) receives the outcome:
    an undoable ``Done`` is pushed as ``undo_text``, other changes are emitted, a ledger
    error reloads it. ``tell`` False: a failure is not shown (the caller tells it, in a
    view of its own). ``modal`` False: the window stays usable (a read whose newer
    request supersedes it). ``abandon_on_cancel``: cancel ends the operation at once
    and a late result is dropped; only for work that changes nothing. ``show_progress``
    False: no dialog (a view showing its own "computing" state).

    Signals (once, in the GUI thread): ``succeeded(value)``, ``failed(exception)`` or
    ``cancelled()``, then ``ended()``; ``progress_shown()`` when the dialog appears.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()
    progress_shown = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Control], T],
        *,
        label: str = "",
        title: str = "",
        cancellable: bool = False,
        host: Host | None = None,
        undo_text: str = "",
        tell: bool = True,
        failure_title: str = "",
        modal: bool = True,
        abandon_on_cancel: bool = False,
        show_progress: bool = True,
        show_after_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._work = work
        self.label = label or QCoreApplication.translate("operations", "正在处理，请稍候…")
        self.title = title
        self.cancellable = cancellable
        self.host = host
        self.undo_text = undo_text
        self.tell = tell
        self.failure_title = failure_title
        self.modal = modal
        self.abandon_on_cancel = abandon_on_cancel
        self.show_progress = show_progress
        self.show_after_ms = SHOW_AFTER_MS if show_after_ms is None else show_after_ms
        self.dialog: QProgressDialog | None = None
        self.outcome: Outcome[T] | None = None
        self._relay = _Relay()
        self._relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._relay.ended.connect(self._thread_ended, Qt.ConnectionType.QueuedConnection)
        self.control = Control(self._relay)
        self._value: Any = None
        self._error: BaseException | None = None
        self._thread_done = threading.Event()
        self._started = False
        self._told = False
        self._last_progress: tuple[int, int, str | None] = (0, 0, None)
        self._hold: _HoldInput | None = None
        self._qthread: _QtWorker | None = None
        self._ended = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)

    # ------------------------------------------------------------------ running
    @property
    def running(self) -> bool:
        return self._started and self.outcome is None

    def start(self) -> None:
        """Run the work in a worker thread; the signals follow."""
        if self._started:
            return
        self._started = True
        _RUNNING.add(self)
        self._begin_waiting()
        if self.modal and not self.abandon_on_cancel:
            # A QThread: it has an event dispatcher, which Qt's text layout wants (its
            # layout timer); nothing can quit the app while it runs (input is held).
            self._qthread = _QtWorker(self._run_work)
            self._qthread.start()
        else:
            # A daemon thread: quitting the app does not wait for a read that may be
            # left running (a view's computation, a cancelled read).
            threading.Thread(target=self._run_work, name="rectify-operation", daemon=True).start()

    def run(self) -> Outcome[T]:
        """Run in a worker thread and wait for the outcome, the window staying live."""
        loop = QEventLoop()
        self.ended.connect(loop.quit)
        self.start()
        if self.outcome is None:
            loop.exec()
        assert self.outcome is not None
        return self.outcome

    def run_in_place(self) -> Outcome[T]:
        """Run on the GUI thread now: the same outcome path. Quick work, or work that
        must paint on a device the GUI thread owns (the print preview's printer, whose
        dialog shows the previous pages meanwhile); each progress report then turns the
        event loop once, so the window repaints, the dialog shows past its threshold
        and its 取消 is heard, input elsewhere held back."""
        if self._started:
            raise RuntimeError("an operation runs once")
        self._started = True
        self.control._turn = QCoreApplication.processEvents
        self._begin_waiting()
        try:
            self._value = self._work(self.control)
        except Exception as exc:
            self._error = exc
        finally:
            self.control._turn = None
        self._thread_done.set()
        self._finish()
        assert self.outcome is not None
        return self.outcome

    def wait_for_outcome(self) -> Outcome[T]:
        """The outcome now: started if it was not, blocking (a busy cursor, no event
        loop) until the work is done, its signals delivered first if still queued. For
        a result the GUI needs before it can go on (the ledger being opened)."""
        self.start()
        if not self._thread_done.is_set():
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._thread_done.wait()
            finally:
                QGuiApplication.restoreOverrideCursor()
        if self.outcome is None:
            self._thread_ended()
        assert self.outcome is not None
        return self.outcome

    def cancel(self) -> None:
        """Ask the work to stop at its next check (what 取消 does)."""
        if self.outcome is not None or self.control.cancelled:
            return
        self.control._request_cancel()
        if self.abandon_on_cancel:
            self._finish(cancelled=True)
        elif self.dialog is not None:
            self.dialog.setLabelText(QCoreApplication.translate("operations", "正在取消…"))
            self.dialog.setCancelButtonText("")

    def wait(self, timeout_ms: int = 5000) -> bool:
        """Block until the work's thread has ended (closing the window, a test's end)."""
        return self._thread_done.wait(timeout_ms / 1000)

    def _run_work(self) -> None:
        _behind_gui()
        try:
            # The collector paused (see desktop.collector): a full pass over what the
            # work holds alive would hold every thread, the window's included.
            with _gui_first(), collector_paused():
                self._value = self._work(self.control)
        except BaseException as exc:  # handed to the GUI thread, never lost in the thread
            self._error = exc
        finally:
            # An operation runs once. What its work refers to (an import's plan, its
            # wizard) is not kept by the operation, which lives in a reference cycle
            # (its relay, its control) and was settled alive when its pause ended
            # (desktop.collector): else they would wait for collector.tidy.
            self._work = _ran
            with contextlib.suppress(RuntimeError):  # the app is gone: nobody waits
                self._relay.ended.emit()
            # Set last: the GUI thread deletes the relay once this is set, and an emit
            # on a relay deleted meanwhile crashed the app (seen under load: the worker
            # preempted between setting this and emitting, wait_for_outcome done and
            # the relay's deleteLater run in between).
            self._thread_done.set()

    # ----------------------------------------------------------------- progress
    def _begin_waiting(self) -> None:
        if self.modal:
            self._hold = _HoldInput(self)
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self._hold)
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        if self.show_progress:
            self._timer.start(max(0, self.show_after_ms))

    def _release_input(self) -> None:
        if self._hold is not None:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self._hold)
            self._hold = None
            QGuiApplication.restoreOverrideCursor()

    def _show_progress(self) -> None:
        if self.outcome is not None or self.dialog is not None:
            return
        # None (not ""): no cancel button at all; PySide6's stubs do not admit it.
        no_button: Any = None
        button = QCoreApplication.translate("operations", "取消") if self.cancellable else no_button
        dialog = QProgressDialog(self.label, button, 0, 0, self._parent)
        dialog.setWindowTitle(self.title or (self._parent.windowTitle() if self._parent else ""))
        if self.modal:
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        # Wide enough that a label growing with the progress does not resize it.
        dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 48)
        if self.cancellable:
            dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        done, total, text = self._last_progress
        self._apply_progress(done, total, text)
        dialog.show()
        self.progress_shown.emit()

    def _progressed(self, done: int, total: int, text: object) -> None:
        label = text if isinstance(text, str) else None
        self._last_progress = (done, total, label or self._last_progress[2])
        if self.dialog is not None and self.outcome is None and not self.control.cancelled:
            self._apply_progress(done, total, label)

    def _apply_progress(self, done: int, total: int, text: str | None) -> None:
        assert self.dialog is not None
        if text:
            self.dialog.setLabelText(text)
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _close_progress(self) -> None:
        self._timer.stop()
        self._release_input()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    # ------------------------------------------------------------------ outcome
    def _thread_ended(self) -> None:
        if self._ended:
            return  # handled already (wait_for_outcome); this is the queued signal
        self._ended = True
        if self._qthread is not None:
            self._qthread.wait()  # its run() is returning: a QThread must not go running
        # The worker has emitted ended (or is past its work): it sets this right after,
        # and touches the relay no more.
        self._thread_done.wait()
        self._relay.deleteLater()
        if self.outcome is None:
            self._finish()
        if self.parent() is not None:
            self.deleteLater()  # else the parent would keep every operation it ran
        # Let go of it at the next turn, not inside its own slot.
        QTimer.singleShot(0, lambda: _RUNNING.discard(self))

    def _finish(self, *, cancelled: bool = False) -> None:
        """The one outcome path (see the module docstring)."""
        self._close_progress()
        error = self._error
        # Once the clerk cancelled, whatever the work raised is its stopping (a
        # reader's or writer's own "cancelled" exception).
        if cancelled or isinstance(error, Cancelled) or (error and self.control.cancelled):
            self.outcome = Outcome(cancelled=True)
            self.cancelled.emit()
        elif error is not None:
            if not isinstance(error, Exception):  # SystemExit, KeyboardInterrupt
                raise error
            self.outcome = Outcome(error=error)
            if self.tell:
                tell_failure(
                    self._parent,
                    error,
                    self.failure_title,
                    host=self.host,
                    writing=bool(self.undo_text),
                )
            elif self.host is not None and isinstance(error, LedgerError):
                self.host.reload_all()
            self.failed.emit(error)
        else:
            self.outcome = Outcome(value=self._value)
            self._publish(self._value)
            self.succeeded.emit(self._value)
        self.ended.emit()

    def _publish(self, value: object) -> None:
        """An undoable change goes on the undo stack (which emits what changed); any
        other change is emitted."""
        if self.host is None:
            return
        from desktop.domain.changes import Done

        if isinstance(value, Done):
            if self.undo_text:
                self.host.push_applied(self.undo_text, value)
            elif not value.changes.empty:
                self.host.events.ledger_changed.emit(value.changes)
        elif isinstance(value, Changes) and not value.empty:
            self.host.events.ledger_changed.emit(value)


def _ran(_control: Control) -> Any:
    """An operation's work once it has run (see ``Operation._run_work``)."""
    raise RuntimeError("an operation runs once")


@contextlib.contextmanager
def _gui_first() -> Iterator[None]:
    """While any worker runs, the GUI thread waits for the interpreter lock at most
    :data:`WORKER_SWITCH_INTERVAL` at a time (the first worker sets it, the last puts
    the usual interval back)."""
    global _workers, _usual_switch_interval
    with _workers_lock:
        if _workers == 0:
            _usual_switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(WORKER_SWITCH_INTERVAL, _usual_switch_interval))
        _workers += 1
    try:
        yield
    finally:
        with _workers_lock:
            _workers -= 1
            if _workers == 0:
                sys.setswitchinterval(_usual_switch_interval)


def _behind_gui() -> None:
    """The calling worker thread scheduled below the GUI thread (see
    :data:`WORKER_NICENESS`), where a system lowers one thread alone: Linux (a thread's
    nice value) and Windows (below normal); elsewhere it stays as it is. The thread is
    the operation's own and ends with it."""
    if threading.current_thread() is threading.main_thread():
        return
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)
    elif sys.platform == "win32":
        import ctypes

        kernel32: Any = ctypes.WinDLL("kernel32")
        kernel32.SetThreadPriority(kernel32.GetCurrentThread(), -1)  # BELOW_NORMAL


@dataclass(frozen=True, slots=True)
class StepResult:
    """What one item of :func:`each` gave: its value, or the exception it raised."""

    item: Any
    value: Any = None
    error: BaseException | None = None


def each(
    items: Sequence[Any], function: Callable[[Any], Any], label: Callable[[Any], str] = str
) -> Callable[[Control], list[StepResult]]:
    """Work that runs ``function(item)`` for each item in turn (copying files, say),
    labelling the progress with ``label(item)``. Each item's exception is kept with it;
    cancelling stops before the next item (an item under way finishes: a half-copied
    file would be worse), and the results so far are the operation's value
    (``control.cancelled`` tells that it stopped early)."""
    items = list(items)

    def work(control: Control) -> list[StepResult]:
        results: list[StepResult] = []
        for number, item in enumerate(items):
            if control.cancelled:
                break
            control.progress(number, len(items) if len(items) > 1 else 0, label(item))
            try:
                results.append(StepResult(item, function(item)))
            # Reported item by item; a bug must not end the others unseen.
            except Exception as exc:
                results.append(StepResult(item, error=exc))
        return results

    return work


def running_operations() -> int:
    """How many operations' threads have not ended (a cancelled read may still be
    ending its chunk)."""
    return len(_RUNNING)


def wait_for_operations(timeout_ms: int = 5000) -> bool:
    """Wait for every running operation's thread (at exit or at the end of a test)."""
    return all(op.wait(timeout_ms) for op in list(_RUNNING))


class PlanApply(QObject):
    """A plan applied from the window (an import, a notice, a hand-off merge) as one
    :class:`Operation`: in a worker thread behind a busy dialog, told the one way,
    pushed as one undo step (``undo_text``).

    Signals:
        applied(object): the plan was applied (a ``Done[Applied]``), put on the undo
            stack and shown.
        failed(object): applying raised (the exception); the clerk was told, and the
            ledger is as it was.
    """

    applied = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        window: LedgerWindow,
        plan: ImportPlan,
        target: InspectionId | None,
        undo_text: str,
        *,
        parent: QWidget | None = None,
        failure_title: str = "",
    ) -> None:
        super().__init__(parent or window.widget())
        self.window = window
        self.plan: ImportPlan | None = plan  # dropped once applied or failed
        self.target = target
        self.undo_text = undo_text
        self.failure_title = failure_title
        self._parent: QWidget = parent or window.widget()
        self.done: Done[Applied] | None = None
        self.error: BaseException | None = None
        self.operation: Operation[Done[Applied]] | None = None

    @property
    def running(self) -> bool:
        return self.operation is not None and self.operation.running

    def _operation(self) -> Operation[Done[Applied]]:
        service, plan, target = self.window.service, self.plan, self.target
        assert plan is not None, "a plan is applied once"
        operation: Operation[Done[Applied]] = Operation(
            self._parent,
            lambda _control: service.apply_plan(plan, target),
            label=QCoreApplication.translate("operations", "正在写入台账，请稍候…"),
            host=self.window,
            undo_text=self.undo_text,
            failure_title=self.failure_title,
        )
        operation.succeeded.connect(self._applied)
        operation.failed.connect(self._failed)
        self.operation = operation
        return operation

    def start(self) -> None:
        """Apply in the worker thread; ``applied`` or ``failed`` follows."""
        self._operation().start()

    def run(self) -> Done[Applied] | None:
        """Apply and wait (the window stays live); the applied plan, or None after a
        failure (already told)."""
        loop = QEventLoop()
        self.applied.connect(loop.quit)
        self.failed.connect(loop.quit)
        self.start()
        if self.running:
            loop.exec()
        return self.done

    def _applied(self, done: object) -> None:
        self.done = done  # type: ignore[assignment]
        self.plan = None  # run once: the caller decides what becomes of it
        self.applied.emit(done)

    def _failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.error = exc
        self.plan = None
        self.failed.emit(exc)
