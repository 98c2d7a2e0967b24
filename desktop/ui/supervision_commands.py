"""Undo commands for supervision (督办): progress notes, evidence, postponements,
sign-off and outcomes; one class per user-visible action.

They call :class:`~desktop.services.supervision.SupervisionService`, whose actions
return ``Done`` with one history batch each, so the base :class:`LedgerCommand`
undoes and redoes them through its ledger like any other edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import reduce
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.changes import Changes
from desktop.domain.status import Status
from desktop.domain.supervision import EvidenceRecord, OutcomeDraft, ProgressNoteDraft
from desktop.ui.commands import LedgerCommand
from desktop.ui.events import LedgerEvents

if TYPE_CHECKING:
    from desktop.services.ledger import Done
    from desktop.services.supervision import SupervisionService


class SupervisionCommand(LedgerCommand):
    """Base of the supervision actions: keeps the supervision service; undo and redo
    go through the batches of its ledger."""

    def __init__(
        self, text: str, supervision: SupervisionService, events: LedgerEvents | None
    ) -> None:
        super().__init__(text, supervision.ledger, events)
        self.supervision = supervision


# ------------------------------------------------------------------ progress notes
class AddProgressNoteCommand(SupervisionCommand):
    """新增整改进展 (on the issue or one of its measures)."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        issue_id: int,
        number: str,
        draft: ProgressNoteDraft,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "新增问题 {number} 的整改进展").format(
                number=number
            ),
            supervision,
            events,
        )
        self.issue_id = issue_id
        self.draft = draft

    def execute(self) -> Done[Any]:
        return self.supervision.add_note(self.issue_id, self.draft)


class DeleteProgressNoteCommand(SupervisionCommand):
    """删除整改进展; undo puts the note back."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        note_id: int,
        number: str,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "删除问题 {number} 的整改进展").format(
                number=number
            ),
            supervision,
            events,
        )
        self.note_id = note_id

    def execute(self) -> Done[Any]:
        return self.supervision.delete_note(self.note_id)


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
        from desktop.services.ledger import Done

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
        evidence_id: int,
        title: str,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "重命名佐证材料为“{title}”").format(title=title),
            supervision,
            events,
        )
        self.evidence_id = evidence_id
        self.title = title

    def execute(self) -> Done[Any]:
        return self.supervision.rename_evidence(self.evidence_id, self.title)


class RemoveEvidenceCommand(SupervisionCommand):
    """删除佐证材料: the record goes, the stored file stays, so undo restores both."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        evidence_id: int,
        title: str,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "删除佐证材料“{title}”").format(title=title),
            supervision,
            events,
        )
        self.evidence_id = evidence_id

    def execute(self) -> Done[Any]:
        return self.supervision.remove_evidence(self.evidence_id)


# -------------------------------------------------------------------- postponement
class RequestPostponementCommand(SupervisionCommand):
    """申请延期 of an issue or a measure (its status becomes 申请延期)."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        issue_id: int,
        number: str,
        new_deadline: date,
        reason: str,
        *,
        measure_id: int | None = None,
        requested_on: date | None = None,
        requested_by: str = "",
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "问题 {number} 申请延期").format(number=number),
            supervision,
            events,
        )
        self.issue_id = issue_id
        self.new_deadline = new_deadline
        self.reason = reason
        self.measure_id = measure_id
        self.requested_on = requested_on
        self.requested_by = requested_by

    def execute(self) -> Done[Any]:
        return self.supervision.request_postponement(
            self.issue_id,
            self.new_deadline,
            self.reason,
            measure_id=self.measure_id,
            requested_on=self.requested_on,
            requested_by=self.requested_by,
        )


class ApprovePostponementCommand(SupervisionCommand):
    """批准延期: the deadline moves to the requested date."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        postponement_id: int,
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
        )
        self.postponement_id = postponement_id
        self.decided_on = decided_on
        self.decided_by = decided_by
        self.opinion = opinion

    def execute(self) -> Done[Any]:
        return self.supervision.approve_postponement(
            self.postponement_id,
            decided_on=self.decided_on,
            decided_by=self.decided_by,
            opinion=self.opinion,
        )


class RefusePostponementCommand(SupervisionCommand):
    """不批准延期: the deadline stays and the status before the request comes back."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        postponement_id: int,
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
        )
        self.postponement_id = postponement_id
        self.opinion = opinion
        self.decided_on = decided_on
        self.decided_by = decided_by

    def execute(self) -> Done[Any]:
        return self.supervision.refuse_postponement(
            self.postponement_id,
            self.opinion,
            decided_on=self.decided_on,
            decided_by=self.decided_by,
        )


# ------------------------------------------------------------------------ sign-off
class ApplySignOffCommand(SupervisionCommand):
    """申请销号 (with the reason on record when the conditions are not met)."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        issue_id: int,
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
        )
        self.issue_id = issue_id
        self.person = person
        self.on = on
        self.opinion = opinion
        self.override_reason = override_reason

    def execute(self) -> Done[Any]:
        return self.supervision.apply_sign_off(
            self.issue_id,
            person=self.person,
            on=self.on,
            opinion=self.opinion,
            override_reason=self.override_reason,
        )


class ApproveSignOffCommand(SupervisionCommand):
    """审核同意销号: the issue becomes 已销号."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        issue_id: int,
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
        )
        self.issue_id = issue_id
        self.person = person
        self.on = on
        self.opinion = opinion

    def execute(self) -> Done[Any]:
        return self.supervision.approve_sign_off(
            self.issue_id, person=self.person, on=self.on, opinion=self.opinion
        )


class ReturnSignOffCommand(SupervisionCommand):
    """退回销号申请, with the reason."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        issue_id: int,
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
        )
        self.issue_id = issue_id
        self.reason = reason
        self.person = person
        self.on = on

    def execute(self) -> Done[Any]:
        return self.supervision.return_sign_off(
            self.issue_id, self.reason, person=self.person, on=self.on
        )


class ReopenIssueCommand(SupervisionCommand):
    """重新打开已销号的问题（回头看）, with the reason and the status it resumes."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        issue_id: int,
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
        )
        self.issue_id = issue_id
        self.reason = reason
        self.person = person
        self.on = on
        self.status = status

    def execute(self) -> Done[Any]:
        return self.supervision.reopen_issue(
            self.issue_id, self.reason, person=self.person, on=self.on, status=self.status
        )


# ------------------------------------------------------------------------ outcomes
class AddOutcomeCommand(SupervisionCommand):
    """登记整改成效 (a rule, people held accountable, or money)."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        issue_id: int,
        number: str,
        draft: OutcomeDraft,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "登记问题 {number} 的整改成效").format(
                number=number
            ),
            supervision,
            events,
        )
        self.issue_id = issue_id
        self.draft = draft

    def execute(self) -> Done[Any]:
        return self.supervision.add_outcome(self.issue_id, self.draft)


class EditOutcomeCommand(SupervisionCommand):
    """修改整改成效."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        outcome_id: int,
        number: str,
        draft: OutcomeDraft,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "修改问题 {number} 的整改成效").format(
                number=number
            ),
            supervision,
            events,
        )
        self.outcome_id = outcome_id
        self.draft = draft

    def execute(self) -> Done[Any]:
        return self.supervision.update_outcome(self.outcome_id, self.draft)


class DeleteOutcomeCommand(SupervisionCommand):
    """删除整改成效; undo puts it back."""

    def __init__(
        self,
        supervision: SupervisionService,
        events: LedgerEvents | None,
        outcome_id: int,
        number: str,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "删除问题 {number} 的整改成效").format(
                number=number
            ),
            supervision,
            events,
        )
        self.outcome_id = outcome_id

    def execute(self) -> Done[Any]:
        return self.supervision.delete_outcome(self.outcome_id)


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
