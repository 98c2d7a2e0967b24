"""Reading issue dossiers (issue, inspection, measures, notes, evidence, sign-off steps)
for printing, in one read transaction for any number of issues."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select

from desktop.domain.dossier import (
    EvidenceRecord,
    IssueDossier,
    ProgressNoteRecord,
    SignOffRecord,
)
from desktop.domain.records import IssueId
from desktop.domain.texts import Message, Msg
from desktop.services.ledger import LedgerService
from desktop.services.ledger_rows import issue_records
from desktop.services.records import inspection_record
from desktop.services.supervision import evidence_record, note_record, sign_off_record
from desktop.storage.errors import NotFound
from desktop.storage.models import Evidence, Inspection, ProgressNote, SignOff


def load_dossiers(service: LedgerService, issue_ids: Sequence[IssueId]) -> list[IssueDossier]:
    """The dossiers of ``issue_ids``, in that order (notes newest first).

    Raises ``NotFound`` when an issue no longer exists.
    """
    wanted = list(dict.fromkeys(issue_ids))
    if not wanted:
        return []
    measures = service.measures_by_issue(wanted)
    with service.uow.read() as s:
        issues = {r.id: r for r in issue_records(s, ids=wanted)}
        missing = [i for i in wanted if i not in issues]
        if missing:
            raise NotFound(Message(Msg.PRINT_ISSUE_GONE))
        inspection_ids = {r.inspection_id for r in issues.values()}
        inspections = {
            row.id: inspection_record(row)
            for row in s.scalars(select(Inspection).where(Inspection.id.in_(inspection_ids)))
        }
        notes: dict[int, list[ProgressNoteRecord]] = defaultdict(list)
        for note in s.scalars(
            select(ProgressNote)
            .where(ProgressNote.issue_id.in_(wanted))
            .order_by(ProgressNote.issue_id, ProgressNote.date.desc(), ProgressNote.id.desc())
        ):
            notes[note.issue_id].append(note_record(note))
        evidence: dict[int, list[EvidenceRecord]] = defaultdict(list)
        for item in s.scalars(
            select(Evidence)
            .where(Evidence.issue_id.in_(wanted))
            .order_by(Evidence.issue_id, Evidence.date, Evidence.id)
        ):
            evidence[item.issue_id].append(evidence_record(item))
        signoffs: dict[int, list[SignOffRecord]] = defaultdict(list)
        for step in s.scalars(
            select(SignOff)
            .where(SignOff.issue_id.in_(wanted))
            .order_by(SignOff.issue_id, SignOff.date, SignOff.id)
        ):
            signoffs[step.issue_id].append(sign_off_record(step))
    return [
        IssueDossier(
            issue=issues[IssueId(i)],
            inspection=inspections.get(issues[IssueId(i)].inspection_id),
            measures=tuple(measures.get(i, ())),
            notes=tuple(notes.get(i, ())),
            evidence=tuple(evidence.get(i, ())),
            signoffs=tuple(signoffs.get(i, ())),
        )
        for i in wanted
    ]
