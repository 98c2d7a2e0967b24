"""Undo commands for supervision (督办): progress notes, evidence, postponements,
sign-off and outcomes; one class per user-visible action.

They call :class:`~desktop.services.supervision.SupervisionService`, whose actions
return ``Done`` with one history batch each, so the base :class:`LedgerCommand`
undoes and redoes them through its ledger like any other edit.

On screen: nothing of its own; their texts name the supervision tabs' steps in
编辑 → 撤销/重做.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial, reduce
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.changes import Changes
from desktop.domain.records import IssueId, MeasureId
from desktop.domain.status import Status
from desktop.domain.supervision import (
    EvidenceId,
    EvidenceRecord,
    OutcomeDraft,
    OutcomeId,
    PostponementId,
    ProgressNoteDraft,
    ProgressNoteId,
)
from desktop.ui.commands import LedgerCommand
from desktop.ui.events import LedgerEvents

if TYPE_CHECKING:
    from desktop.domain.changes import Done
    from desktop.services.supervision import SupervisionService


class SupervisionCommand(LedgerCommand):
    """Base of the supervision actions: keeps the supervision service and the one
    service call the action makes (``call``); undo and redo go through the batches of
    its ledger."""

    def __init__(
        self,
        text: str,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        call: Callable[[], Done[Any]] | None = None,
    ) -> None:
        super().__init__(text, supervision.ledger, events, call)
        self.supervision = supervision


# ------------------------------------------------------------------ progress notes
class AddProgressNoteCommand(SupervisionCommand):
    """新增整改进展 (on the issue or one of its measures)."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        issue_id: IssueId,
        number: str,
        draft: ProgressNoteDraft,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "新增问题 {number} 的整改进展").format(
                number=number
            ),
            supervision,
            events,
            partial(supervision.add_note, issue_id, draft),
        )


class DeleteProgressNoteCommand(SupervisionCommand):
    """删除整改进展; undo puts the note back."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        note_id: ProgressNoteId,
        number: str,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "删除问题 {number} 的整改进展").format(
                number=number
            ),
            supervision,
            events,
            partial(supervision.delete_note, note_id),
        )


# ------------------------------------------------------------------------ evidence
class AttachEvidenceCommand(SupervisionCommand):
    """添加佐证材料: the files of one drop (or one choice of files), already copied
    into the store and recorded by a worker thread, as one undo step. Undo removes
    the records (the stored files stay, so redo finds them)."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        number: str,
        dones: Sequence[Done[EvidenceRecord]],
    ) -> None:
        if len(dones) == 1:
            text = QCoreApplication.translate(
                "commands", "为问题 {number} 添加佐证材料“{title}”"
            ).format(number=number, title=dones[0].value.title)
        else:
            text = QCoreApplication.translate(
                "commands", "为问题 {number} 添加 {count} 份佐证材料"
            ).format(number=number, count=len(dones))
        super().__init__(text, supervision, events)
        self._dones = list(dones)
        self.run()

    def run(self) -> Done[Any]:
        from desktop.domain.changes import Done

        # Several service calls make one user action: keep every batch, in order.
        self.result = [d.value for d in self._dones]
        self.changes = reduce(lambda a, b: a | b, (d.changes for d in self._dones), Changes())
        self._applied = [d.batch_id for d in self._dones if d.batch_id is not None]
        self._ran = True
        self._skip_redo = True
        last = self._applied[-1] if self._applied else None
        return Done(self.result, self.changes, last)


class RenameEvidenceCommand(SupervisionCommand):
    """重命名佐证材料 (the stored file is untouched)."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        evidence_id: EvidenceId,
        title: str,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "重命名佐证材料为“{title}”").format(title=title),
            supervision,
            events,
            partial(supervision.rename_evidence, evidence_id, title),
        )


class RemoveEvidenceCommand(SupervisionCommand):
    """删除佐证材料: the record goes, the stored file stays, so undo restores both."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        evidence_id: EvidenceId,
        title: str,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "删除佐证材料“{title}”").format(title=title),
            supervision,
            events,
            partial(supervision.remove_evidence, evidence_id),
        )


# -------------------------------------------------------------------- postponement
class RequestPostponementCommand(SupervisionCommand):
    """申请延期 of an issue or a measure (its status becomes 申请延期)."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        issue_id: IssueId,
        number: str,
        new_deadline: date,
        reason: str,
        *,
        measure_id: MeasureId | None = None,
        requested_on: date | None = None,
        requested_by: str = "",
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "问题 {number} 申请延期").format(number=number),
            supervision,
            events,
            partial(
                supervision.request_postponement,
                issue_id,
                new_deadline,
                reason,
                measure_id=measure_id,
                requested_on=requested_on,
                requested_by=requested_by,
            ),
        )


class ApprovePostponementCommand(SupervisionCommand):
    """批准延期: the deadline moves to the requested date."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        postponement_id: PostponementId,
        number: str,
        *,
        decided_on: date | None = None,
        decided_by: str = "",
        opinion: str = "",
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "批准问题 {number} 的延期申请").format(
                number=number
            ),
            supervision,
            events,
            partial(
                supervision.approve_postponement,
                postponement_id,
                decided_on=decided_on,
                decided_by=decided_by,
                opinion=opinion,
            ),
        )


class RefusePostponementCommand(SupervisionCommand):
    """不批准延期: the deadline stays and the status before the request comes back."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        postponement_id: PostponementId,
        number: str,
        opinion: str,
        *,
        decided_on: date | None = None,
        decided_by: str = "",
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "不批准问题 {number} 的延期申请").format(
                number=number
            ),
            supervision,
            events,
            partial(
                supervision.refuse_postponement,
                postponement_id,
                opinion,
                decided_on=decided_on,
                decided_by=decided_by,
            ),
        )


# ------------------------------------------------------------------------ sign-off
class ApplySignOffCommand(SupervisionCommand):
    """申请销号 (with the reason on record when the conditions are not met)."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        issue_id: IssueId,
        number: str,
        *,
        person: str = "",
        on: date | None = None,
        opinion: str = "",
        override_reason: str = "",
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "问题 {number} 申请销号").format(number=number),
            supervision,
            events,
            partial(
                supervision.apply_sign_off,
                issue_id,
                person=person,
                on=on,
                opinion=opinion,
                override_reason=override_reason,
            ),
        )


class ApproveSignOffCommand(SupervisionCommand):
    """审核同意销号: the issue becomes 已销号."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        issue_id: IssueId,
        number: str,
        *,
        person: str = "",
        on: date | None = None,
        opinion: str = "",
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "问题 {number} 同意销号").format(number=number),
            supervision,
            events,
            partial(supervision.approve_sign_off, issue_id, person=person, on=on, opinion=opinion),
        )


class ReturnSignOffCommand(SupervisionCommand):
    """退回销号申请, with the reason."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        issue_id: IssueId,
        number: str,
        reason: str,
        *,
        person: str = "",
        on: date | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "退回问题 {number} 的销号申请").format(
                number=number
            ),
            supervision,
            events,
            partial(supervision.return_sign_off, issue_id, reason, person=person, on=on),
        )


class ReopenIssueCommand(SupervisionCommand):
    """重新打开已销号的问题（回头看）, with the reason and the status it resumes."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        issue_id: IssueId,
        number: str,
        reason: str,
        *,
        person: str = "",
        on: date | None = None,
        status: Status = Status.IN_PROGRESS,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "重新打开问题 {number}（回头看）").format(
                number=number
            ),
            supervision,
            events,
            partial(
                supervision.reopen_issue, issue_id, reason, person=person, on=on, status=status
            ),
        )


# ------------------------------------------------------------------------ outcomes
class AddOutcomeCommand(SupervisionCommand):
    """登记整改成效 (a rule, people held accountable, or money)."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        issue_id: IssueId,
        number: str,
        draft: OutcomeDraft,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "登记问题 {number} 的整改成效").format(
                number=number
            ),
            supervision,
            events,
            partial(supervision.add_outcome, issue_id, draft),
        )


class EditOutcomeCommand(SupervisionCommand):
    """修改整改成效."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        outcome_id: OutcomeId,
        number: str,
        draft: OutcomeDraft,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "修改问题 {number} 的整改成效").format(
                number=number
            ),
            supervision,
            events,
            partial(supervision.update_outcome, outcome_id, draft),
        )


class DeleteOutcomeCommand(SupervisionCommand):
    """删除整改成效; undo puts it back."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        outcome_id: OutcomeId,
        number: str,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "删除问题 {number} 的整改成效").format(
                number=number
            ),
            supervision,
            events,
            partial(supervision.delete_outcome, outcome_id),
        )


__all__ = [
    "AddOutcomeCommand",
    "AddProgressNoteCommand",
    "ApplySignOffCommand",
    "ApprovePostponementCommand",
    "ApproveSignOffCommand",
    "AttachEvidenceCommand",
    "DeleteOutcomeCommand",
    "DeleteProgressNoteCommand",
    "EditOutcomeCommand",
    "RefusePostponementCommand",
    "RemoveEvidenceCommand",
    "RenameEvidenceCommand",
    "ReopenIssueCommand",
    "RequestPostponementCommand",
    "ReturnSignOffCommand",
    "SupervisionCommand",
]
