"""Applying a plan (an import, a notice, a hand-off merge) from the window: one way for
all three, as Anki's ``CollectionOp`` runs every collection change one way.

:class:`PlanApply` runs ``LedgerService.apply_plan`` in a worker thread behind a busy
dialog (shown past a moment), tells a failure the one way (:func:`failure_text`,
naming the problems of a refused plan; the window reloads after a ledger error, since
the ledger may have changed under it), and puts the applied plan on the undo stack as
one step, refreshing the window (``LedgerWindow.push_applied``). Callers start it and
listen (``applied``, ``failed``), or wait for it in place (:meth:`PlanApply.run`), the
window staying live meanwhile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal

from desktop.domain.problems import ValidationFailed
from desktop.storage.errors import LedgerError
from desktop.ui import messages
from desktop.ui.import_worker import ProgressRun

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from desktop.domain.changes import Done
    from desktop.domain.plan import ImportPlan
    from desktop.domain.records import InspectionId
    from desktop.services.apply import Applied
    from desktop.ui.window_api import LedgerWindow

# The problems of a refused plan listed in its message; the rest are counted.
LISTED_PROBLEMS = 20


def failure_text(exc: BaseException) -> str:
    """What the clerk is told when applying a plan failed: nothing was changed, and why
    (each blocking problem of a refused plan, with its file, sheet, row and column)."""
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
    reason = exc.message if isinstance(exc, LedgerError) else str(exc)
    return QCoreApplication.translate("operations", "未能写入，台账没有改变：{reason}").format(
        reason=reason
    )


class PlanApply(QObject):
    """One plan applied from the window (see the module docstring).

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
        self.plan = plan
        self.target = target
        self.undo_text = undo_text
        self.failure_title = failure_title
        self._parent = parent or window.widget()
        self.done: Done[Applied] | None = None
        self.error: BaseException | None = None
        self.running = False

    def start(self) -> None:
        """Apply in the worker thread; ``applied`` or ``failed`` follows."""
        service, plan, target = self.window.service, self.plan, self.target

        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> Any:
            return service.apply_plan(plan, target)

        self.running = True
        run = ProgressRun(
            self._parent,
            QCoreApplication.translate("operations", "正在写入台账，请稍候…"),
            work,
            minimum_duration_ms=200,
        )
        run.done.connect(self._applied)
        run.error.connect(self._failed)
        run.start()

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
        self.running = False
        self.done = done  # type: ignore[assignment]
        assert self.done is not None
        self.window.push_applied(self.undo_text, self.done)
        self.applied.emit(done)

    def _failed(self, exc: object) -> None:
        self.running = False
        assert isinstance(exc, BaseException)
        self.error = exc
        messages.error(self._parent, failure_text(exc), self.failure_title or None)
        if isinstance(exc, LedgerError):
            self.window.reload_all()
        self.failed.emit(exc)
