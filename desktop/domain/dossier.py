"""Everything known about one issue, gathered for a printed sheet or a sign-off form:
the issue, its inspection, its measures, progress notes, evidence and sign-off steps."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.records import InspectionRecord, IssueRecord, MeasureRecord

# The supervision records themselves: printing shows what the supervision work stored.
from desktop.domain.supervision import (
    EvidenceRecord,
    ProgressNoteRecord,
    SignOffRecord,
    SignOffStep,
)

__all__ = [
    "EvidenceRecord",
    "IssueDossier",
    "ProgressNoteRecord",
    "SignOffRecord",
    "SignOffStep",
]


@dataclass(frozen=True, slots=True)
class IssueDossier:
    """One issue with all that a printed sheet or sign-off form shows about it.
    Notes are newest first; measures, evidence and sign-off steps in their order."""

    issue: IssueRecord
    inspection: InspectionRecord | None = None
    measures: tuple[MeasureRecord, ...] = ()
    notes: tuple[ProgressNoteRecord, ...] = ()
    evidence: tuple[EvidenceRecord, ...] = ()
    signoffs: tuple[SignOffRecord, ...] = ()

    def latest_signoff(self, step: SignOffStep) -> SignOffRecord | None:
        found = [s for s in self.signoffs if s.step == step]
        return found[-1] if found else None
