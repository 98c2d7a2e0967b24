"""Running supervision computations (statistics, the 督办 list, the ledger check) off
the GUI thread: on a ledger of 10,000 issues each takes two to five seconds, which must
not freeze the window.

The work is a plain function over the Qt-free services (its own database session, no
widgets); its result comes back to the GUI thread through a queued signal. A newer
request supersedes an older one, whose result is dropped when it arrives.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.storage.errors import LedgerError


class _Relay(QObject):
    """Carries one task's outcome from the worker thread to the GUI thread (it lives
    in the GUI thread, so the connection to the loader is queued)."""

    done = Signal(int, object)
    failed = Signal(int, str)


class BackgroundLoader(QObject):
    """One computation at a time, in a daemon thread (see ``ui.background``).

    Signals:
        finished(object): the latest request's result.
        failed(str): the latest request failed; the text says why (Chinese).
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticket = 0
        # Relays are kept here until their result arrives: a QObject must not be
        # destroyed by the worker thread that merely emitted on it.
        self._relays: dict[int, _Relay] = {}

    @property
    def busy(self) -> bool:
        return self._ticket in self._relays

    def start(self, work: Callable[[], Any]) -> None:
        """Run ``work()`` in a worker thread; ``finished`` or ``failed`` follows."""
        self._ticket += 1
        ticket = self._ticket
        relay = _Relay()
        relay.done.connect(self._done)
        relay.failed.connect(self._failed)
        self._relays[ticket] = relay

        def run() -> None:
            try:
                result = work()
            except LedgerError as exc:
                outcome: tuple[Any, ...] = (relay.failed, ticket, exc.message)
            except Exception as exc:  # shown in the view, never a crash of the thread
                message = QCoreApplication.translate(
                    "BackgroundLoader", "无法读取台账：{reason}"
                ).format(reason=exc)
                outcome = (relay.failed, ticket, message)
            else:
                outcome = (relay.done, ticket, result)
            signal, *args = outcome
            # The window may have closed while this ran: then nobody is waiting for it.
            with contextlib.suppress(RuntimeError):
                signal.emit(*args)

        # A daemon thread, not Qt's pool: the pool's destructor waits for running tasks,
        # so quitting during a five-second computation would wait for it. These tasks
        # only read, and an abandoned read harms nothing.
        threading.Thread(target=run, name="rectify-supervision", daemon=True).start()

    def _done(self, ticket: int, result: object) -> None:
        self._relays.pop(ticket, None)
        if ticket == self._ticket:
            self.finished.emit(result)

    def _failed(self, ticket: int, message: str) -> None:
        self._relays.pop(ticket, None)
        if ticket == self._ticket:
            self.failed.emit(message)
