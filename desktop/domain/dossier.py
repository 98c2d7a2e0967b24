"""Everything known about one issue, gathered for a printed sheet or a sign-off form:
the issue, its inspection, its measures, progress notes, evidence and sign-off steps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.records import InspectionRecord, IssueRecord, MeasureId, MeasureRecord


@dataclass(frozen=True, slots=True)
class ProgressNoteRecord:
    """A dated progress report (整改进展) on an issue, or on one of its measures."""

    date: date
    text: str
    measure_id: MeasureId | None = None
    reporter: str = ""
    next_step: str = ""
    difficulties: str = ""


@dataclass(frozen=True, slots=True)
class EvidenceRecord:
    """A piece of evidence (佐证材料) filed for an issue or a measure."""

    title: str
    date: date | None = None
    measure_id: MeasureId | None = None
    original_name: str = ""


class SignOffStep(StrEnum):
    """Steps of the sign-off (销号) procedure."""

    APPLY = "apply"  # the unit applies
    APPROVE = "approve"  # the supervising body approves
    RETURN = "return"  # sent back for more work
    REOPEN = "reopen"  # a signed-off issue opened again


@dataclass(frozen=True, slots=True)
class SignOffRecord:
    """One step of an issue's sign-off, with who and when."""

    step: SignOffStep
    date: date
    person: str = ""
    opinion: str = ""


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
