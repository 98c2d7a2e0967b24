"""Running supervision computations (statistics, the 督办 list, the ledger check) off
the GUI thread: on a ledger of 10,000 issues each takes two to five seconds, which must
not freeze the window.

The work is a plain function over the Qt-free services (its own database session, no
widgets), run as an :class:`~desktop.ui.operations.Operation` that holds nothing up (the
view shows its own "computing" state, not a dialog). A newer request supersedes an
older one, whose result is dropped when it arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.ui.operations import Operation, failure_text


class BackgroundLoader(QObject):
    """The latest of a view's computations (see the module docstring).

    Signals:
        finished(object): the latest request's result.
        failed(str): the latest request failed; the text says why
            (``operations.failure_text``).
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest: Operation[Any] | None = None

    @property
    def busy(self) -> bool:
        return self._latest is not None and self._latest.running

    def start(self, work: Callable[[], Any]) -> None:
        """Run ``work()`` in a worker thread; ``finished`` or ``failed`` follows."""
        operation: Operation[Any] = Operation(
            None, lambda _control: work(), tell=False, modal=False, show_progress=False
        )
        self._latest = operation
        # Bound to this loader: a view closed meanwhile hears nothing.
        operation.succeeded.connect(self._done)
        operation.failed.connect(self._failed)
        operation.start()

    def _done(self, result: object) -> None:
        if self.sender() is self._latest:
            self.finished.emit(result)

    def _failed(self, exc: object) -> None:
        if self.sender() is self._latest:
            assert isinstance(exc, BaseException)
            self.failed.emit(failure_text(exc))
