"""Undo commands: one class per user-visible action, on the window's QUndoStack.

Every mutating service method returns ``Done(value, changes, batch_id)`` and
``service.undo_batch(batch_id)`` reverses a batch, returning a new batch whose undo
redoes it. So one base class serves every action: :meth:`LedgerCommand.run` performs
the action once (the window does this before pushing, so that errors such as
:class:`StaleEdit` reach the user as a choice); ``undo()`` reverses the batches it holds
and keeps the returned ids; ``redo()`` reverses those in turn. Commands call services
only; they never reach into widgets, and report failures through ``messages``.

On screen: nothing of its own; their texts name the steps of 编辑 → 撤销/重做.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.domain.changes import Changes
from desktop.domain.problems import ValidationFailed
from desktop.domain.records import (
    BatchId,
    CategoryId,
    InspectionDraft,
    InspectionId,
    IssueDraft,
    IssueId,
    MeasureDraft,
    MeasureId,
)
from desktop.domain.rollup import StatusChoice
from desktop.storage.errors import LedgerError
from desktop.ui import messages
from desktop.ui.events import LedgerEvents
from desktop.ui.operations import failure_text, tell_failure

if TYPE_CHECKING:
    from desktop.domain.changes import Done
    from desktop.services.ledger import LedgerService


# Command ids for merging (QUndoCommand.id); -1 means "never merge".
_MERGE_MEASURE_CELL = 1001


class LedgerCommand(QUndoCommand):
    """Base of every ledger action: runs a service call once, then undoes and redoes it
    through the history batches it produced.

    Subclasses set their translated text and either give the one service call the
    action makes (``call``) or implement :meth:`execute` (actions whose arguments
    change before a retry, such as an edit rebased after a conflict). ``changes`` is
    what the action changed; undo and redo emit it (or everything, for actions that add
    or remove rows) on ``events.ledger_changed``.
    """

    def __init__(
        self,
        text: str,
        service: LedgerService,
        events: LedgerEvents | None = None,
        call: Callable[[], Done[Any]] | None = None,
    ) -> None:
        super().__init__(text)
        self.service = service
        self._call = call
        # The window's hub; MainWindow.push() fills it in for commands built without.
        self.events = events
        self.changes = Changes.none()
        self.result: Any = None
        self._applied: list[BatchId] = []  # batches in effect, in the order applied
        self._reversed: list[BatchId] = []  # batches that undid them, in order applied
        self._ran = False
        self._skip_redo = False
        # How an issue-level state that disagrees with the measures is settled; the
        # window asks the clerk (StatusDisagrees) and runs the command again.
        self.status_choice = StatusChoice.ASK

    def _emit(self, changes: Changes) -> None:
        if self.events is not None:
            self.events.ledger_changed.emit(changes)

    @property
    def ran(self) -> bool:
        """Whether the action has been performed (by run() or a first redo())."""
        return self._ran

    # -------------------------------------------------------------- subclasses
    def execute(self) -> Done[Any]:
        """Perform the action through the service (first time only)."""
        if self._call is None:
            raise NotImplementedError
        return self._call()

    # ------------------------------------------------------------------ running
    def run(self) -> Done[Any]:
        """Perform the action now. Raises what the service raises (ValidationFailed,
        StaleEdit, NotFound…): nothing has changed then, and the caller decides."""
        done = self.execute()
        self.result = done.value
        self.changes = done.changes
        self._applied = [done.batch_id] if done.batch_id is not None else []
        self._ran = True
        self._skip_redo = True
        return done

    @property
    def changed_anything(self) -> bool:
        """False when the action wrote nothing (an edit that changed no field)."""
        return bool(self._applied)

    @property
    def batches(self) -> list[BatchId]:
        """The history batches currently in effect for this command."""
        return list(self._applied)

    def _emitted_changes(self) -> Changes:
        # Undo of an add removes rows and undo of a delete restores them: lists reload.
        return self.changes | Changes(units=True)

    def _undo_all(self, batches: list[BatchId]) -> list[BatchId]:
        """Undo the given batches, last first; the new batches in the order applied."""
        new: list[BatchId] = []
        for batch in reversed(batches):
            reversed_batch = self.service.undo_batch(batch).batch_id
            if reversed_batch is not None:
                new.append(reversed_batch)
        return new

    def _reverse(self, batches: list[BatchId]) -> list[BatchId] | None:
        """Undo the given batches (see :meth:`_undo_all`), reporting a failure."""
        try:
            new = self._undo_all(batches)
        except LedgerError as exc:
            self.setObsolete(True)
            self._emit(Changes.everything())
            messages.error(
                None,
                QCoreApplication.translate("commands", "无法完成撤销或重做：{reason}").format(
                    reason=failure_text(exc)
                ),
            )
            return None
        return new

    def undo(self) -> None:
        reversed_batches = self._reverse(self._applied)
        if reversed_batches is None:
            return
        self._reversed, self._applied = reversed_batches, []
        self._emit(self._emitted_changes())

    def redo(self) -> None:
        if self._skip_redo:
            # Pushed right after run(): the action is already done.
            self._skip_redo = False
            return
        if not self._ran:
            # Pushed without run(): do it now, reporting failures.
            try:
                self.run()
            except (LedgerError, ValidationFailed) as exc:
                self.setObsolete(True)
                tell_failure(None, exc)
                return
            self._skip_redo = False
            self._emit(self.changes)
            return
        applied = self._reverse(self._reversed)
        if applied is None:
            return
        self._applied, self._reversed = applied, []
        self._emit(self._emitted_changes())


class BatchCommand(LedgerCommand):
    """An action already applied elsewhere (an import or merge through ``apply_plan``):
    wraps its ``Done`` so that the whole batch undoes and redoes as one step. Push it
    with ``MainWindow.push`` (or use ``MainWindow.push_applied``)."""

    def __init__(
        self,
        text: str,
        service: LedgerService,
        done: Done[Any],
        events: LedgerEvents | None = None,
    ) -> None:
        super().__init__(text, service, events)
        self._done = done
        self._busy_text = ""
        self.run()

    def execute(self) -> Done[Any]:
        return self._done

    def _emitted_changes(self) -> Changes:
        return Changes.everything()

    def undo(self) -> None:
        self._busy_text = QCoreApplication.translate("commands", "正在撤销“{action}”……")
        super().undo()

    def redo(self) -> None:
        self._busy_text = QCoreApplication.translate("commands", "正在重做“{action}”……")
        super().redo()

    def _undo_all(self, batches: list[BatchId]) -> list[BatchId]:
        """Off the GUI thread: undoing a 10,000-issue import takes seconds, during
        which the window keeps painting behind a busy dialog (shown only when it lasts)
        that cannot be cancelled halfway (the undo is one transaction)."""
        from PySide6.QtWidgets import QApplication

        from desktop.ui.operations import Operation

        outcome = Operation(
            QApplication.activeWindow(),
            lambda _control: LedgerCommand._undo_all(self, batches),
            label=self._busy_text.format(action=self.text()),
            tell=False,  # raised to the undo stack's caller, which tells it
        ).run()
        if outcome.error is not None:
            raise outcome.error
        return outcome.value or []


# ----------------------------------------------------------------- inspections
class AddInspectionCommand(LedgerCommand):
    """新建巡察."""

    def __init__(self, service: LedgerService, events: LedgerEvents | None, draft: InspectionDraft):
        super().__init__(
            QCoreApplication.translate("commands", "新建巡察“{title}”").format(title=draft.title),
            service,
            events,
            partial(service.create_inspection, draft),
        )


class EditInspectionCommand(LedgerCommand):
    """修改巡察 (with optimistic locking)."""

    def __init__(
        self,
        service: LedgerService,
        events: LedgerEvents | None,
        inspection_id: InspectionId,
        draft: InspectionDraft,
        expected_revision: int | None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "修改巡察“{title}”").format(title=draft.title),
            service,
            events,
        )
        self.inspection_id = inspection_id
        self.draft = draft
        self.expected_revision = expected_revision

    def execute(self) -> Done[Any]:
        return self.service.update_inspection(
            self.inspection_id, self.draft, self.expected_revision
        )


class DeleteInspectionCommand(LedgerCommand):
    """删除巡察 with its categories, issues and measures."""

    def __init__(
        self,
        service: LedgerService,
        events: LedgerEvents | None,
        inspection_id: InspectionId,
        title: str,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "删除巡察“{title}”").format(title=title),
            service,
            events,
            partial(service.delete_inspection, inspection_id),
        )


# ------------------------------------------------------------------ categories
class AddCategoryCommand(LedgerCommand):
    """新增类别 (at the top level or under a parent)."""

    def __init__(
        self,
        service: LedgerService,
        events: LedgerEvents | None,
        inspection_id: InspectionId,
        name: str,
        parent_id: CategoryId | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "新增类别“{name}”").format(name=name),
            service,
            events,
            partial(service.add_category, inspection_id, name, parent_id),
        )


class RenameCategoryCommand(LedgerCommand):
    """重命名类别."""

    def __init__(
        self,
        service: LedgerService,
        events: LedgerEvents | None,
        category_id: CategoryId,
        name: str,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "重命名类别为“{name}”").format(name=name),
            service,
            events,
            partial(service.update_category, category_id, name=name),
        )


class MoveCategoryCommand(LedgerCommand):
    """移动类别 (drag and drop: reorder or nest)."""

    def __init__(
        self,
        service: LedgerService,
        events: LedgerEvents | None,
        category_id: CategoryId,
        name: str,
        parent_id: CategoryId | None,
        index: int,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "移动类别“{name}”").format(name=name),
            service,
            events,
            partial(service.move_category, category_id, parent_id, index),
        )


class DeleteCategoryCommand(LedgerCommand):
    """删除类别 (its issues stay, uncategorised)."""

    def __init__(
        self,
        service: LedgerService,
        events: LedgerEvents | None,
        category_id: CategoryId,
        name: str,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "删除类别“{name}”").format(name=name),
            service,
            events,
            partial(service.delete_category, category_id),
        )


# ---------------------------------------------------------------------- issues
class AddIssueCommand(LedgerCommand):
    """新建问题."""

    def __init__(
        self,
        service: LedgerService,
        events: LedgerEvents | None,
        inspection_id: InspectionId,
        draft: IssueDraft,
        measures: Sequence[MeasureDraft] = (),
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "新建问题 {number}").format(number=draft.number),
            service,
            events,
            partial(service.add_issue, inspection_id, draft, tuple(measures)),
        )


class EditIssueCommand(LedgerCommand):
    """修改问题: the detail form's save (with optimistic locking)."""

    def __init__(
        self,
        service: LedgerService,
        events: LedgerEvents | None,
        issue_id: IssueId,
        draft: IssueDraft,
        expected_revision: int | None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "修改问题 {number}").format(number=draft.number),
            service,
            events,
        )
        self.issue_id = issue_id
        self.draft = draft
        self.expected_revision = expected_revision

    def execute(self) -> Done[Any]:
        return self.service.update_issue(
            self.issue_id,
            self.draft,
            self.expected_revision,
            status_choice=self.status_choice,
        )


class DeleteIssuesCommand(LedgerCommand):
    """删除问题 (one or many); undo restores them with the same ids and keys."""

    def __init__(
        self,
        service: LedgerService,
        events: LedgerEvents | None,
        issue_ids: Sequence[IssueId],
        numbers: Sequence[str],
    ) -> None:
        text = (
            QCoreApplication.translate("commands", "删除问题 {number}").format(number=numbers[0])
            if len(numbers) == 1
            else QCoreApplication.translate("commands", "删除 {count} 个问题").format(
                count=len(numbers)
            )
        )
        super().__init__(text, service, events, partial(service.delete_issues, list(issue_ids)))


class MoveIssueCommand(LedgerCommand):
    """调整问题顺序 (move up or down in ledger order)."""

    def __init__(
        self,
        service: LedgerService,
        events: LedgerEvents | None,
        issue_id: IssueId,
        number: str,
        new_position: int,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "移动问题 {number}").format(number=number),
            service,
            events,
            partial(service.move_issue, issue_id, new_position),
        )


class BulkEditCommand(LedgerCommand):
    """批量修改 of the selected issues (one batch, one undo step)."""

    def __init__(
        self,
        service: LedgerService,
        events: LedgerEvents | None,
        issue_ids: Sequence[IssueId],
        values: dict[str, Any],
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "批量修改 {count} 个问题").format(
                count=len(issue_ids)
            ),
            service,
            events,
        )
        self.issue_ids = list(issue_ids)
        self.values = dict(values)

    def execute(self) -> Done[Any]:
        return self.service.bulk_set_issue_fields(
            self.issue_ids, self.values, status_choice=self.status_choice
        )


# -------------------------------------------------------------------- measures
class AddMeasureCommand(LedgerCommand):
    """新增整改措施."""

    def __init__(
        self,
        service: LedgerService,
        events: LedgerEvents | None,
        issue_id: IssueId,
        number: str,
        draft: MeasureDraft,
        index: int | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "新增问题 {number} 的整改措施").format(
                number=number
            ),
            service,
            events,
            partial(service.add_measure, issue_id, draft, index),
        )


class EditMeasureCommand(LedgerCommand):
    """修改整改措施: one cell edited in place. Consecutive edits of the same cell
    merge into one undo step."""

    def __init__(
        self,
        service: LedgerService,
        events: LedgerEvents | None,
        measure_id: MeasureId,
        values: dict[str, Any],
        expected_revision: int | None,
        what: str,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "修改整改措施的{what}").format(what=what),
            service,
            events,
        )
        self.measure_id = measure_id
        self.values = dict(values)
        self.expected_revision = expected_revision

    def execute(self) -> Done[Any]:
        return self.service.set_measure_fields(
            self.measure_id, self.values, expected_revision=self.expected_revision
        )

    def id(self) -> int:
        return _MERGE_MEASURE_CELL

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, EditMeasureCommand)
            or other.measure_id != self.measure_id
            or set(other.values) != set(self.values)
            or not self._applied
            or not other._applied
        ):
            return False
        self._applied.extend(other._applied)
        self.changes = self.changes | other.changes
        return True


class DeleteMeasureCommand(LedgerCommand):
    """删除整改措施; undo puts it back in its place with the same key."""

    def __init__(
        self,
        service: LedgerService,
        events: LedgerEvents | None,
        measure_id: MeasureId,
        number: str,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "删除问题 {number} 的整改措施").format(
                number=number
            ),
            service,
            events,
            partial(service.delete_measure, measure_id),
        )


class MoveMeasureCommand(LedgerCommand):
    """调整整改措施顺序."""

    def __init__(
        self,
        service: LedgerService,
        events: LedgerEvents | None,
        measure_id: MeasureId,
        number: str,
        new_index: int,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "调整问题 {number} 的整改措施顺序").format(
                number=number
            ),
            service,
            events,
            partial(service.move_measure, measure_id, new_index),
        )
