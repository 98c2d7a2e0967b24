"""Run one slow ledger call (a backup, a restore, the integrity check) off the GUI
thread while a busy progress dialog keeps the window responsive.

The call runs in a Python thread that touches no widget; the GUI thread waits in a
local event loop (painting, the progress dialog's cancel button) until the thread says
it is done. SQLite releases the GIL while it works, so the window stays live even
during ``PRAGMA integrity_check`` on a large ledger.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

# Below this the dialog never appears, so quick calls do not flash a window.
SHOW_AFTER_MS = 400


@dataclass(frozen=True, slots=True)
class BusyOutcome(Generic[T]):
    """How a busy call ended: its value, the exception it raised, or cancelled (the
    user stopped waiting; the call itself still runs to its end in the background)."""

    value: T | None = None
    error: BaseException | None = None
    cancelled: bool = False


class _Finished(QObject):
    """Carries "done" from the worker thread to the GUI thread (a queued signal).

    Signals:
        done(): the call returned or raised.
    """

    done = Signal()


def run_busy(
    parent: QWidget | None,
    text: str,
    work: Callable[[], T],
    *,
    cancel_text: str | None = None,
) -> BusyOutcome[T]:
    """Run ``work()`` in a thread with a busy progress dialog showing ``text``; return
    once it has finished (or, with ``cancel_text``, once the user stopped waiting)."""
    finished = _Finished()
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the caller, who shows it
            outcome["error"] = exc
        finished.done.emit()

    dialog = QProgressDialog(text, cancel_text or "", 0, 0, parent)
    if cancel_text is None:
        dialog.setCancelButton(None)  # no button: the call cannot be stopped halfway
    dialog.setWindowTitle(parent.windowTitle() if parent is not None else text)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    cancelled = False

    def stop_waiting() -> None:
        nonlocal cancelled
        cancelled = True
        loop.quit()

    dialog.canceled.connect(stop_waiting)
    dialog.setValue(0)
    thread = threading.Thread(target=target, name="rectify-busy", daemon=True)
    thread.start()
    loop.exec()
    dialog.canceled.disconnect(stop_waiting)
    dialog.close()
    dialog.deleteLater()
    if cancelled and "value" not in outcome and "error" not in outcome:
        return BusyOutcome(cancelled=True)
    thread.join()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        return BusyOutcome(error=error)
    value: T | None = outcome.get("value")  # type: ignore[assignment]
    return BusyOutcome(value=value)
