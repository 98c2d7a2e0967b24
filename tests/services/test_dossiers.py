"""Loading dossiers: notes newest first, evidence and sign-off steps in order."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.dossier import SignOffStep
from desktop.services.dossiers import load_dossiers
from desktop.services.ledger import LedgerService
from desktop.storage.errors import NotFound
from desktop.storage.models import Evidence, ProgressNote, SignOff


def test_dossiers_gather_notes_evidence_and_signoffs(demo_service: LedgerService) -> None:
    issues = demo_service.list_issues()
    first, second = issues[0], issues[1]
    with demo_service.uow.begin() as s:
        s.add(ProgressNote(issue_id=first.id, date=date(2022, 12, 1), text="旧进展"))
        s.add(
            ProgressNote(issue_id=first.id, date=date(2023, 1, 5), text="新进展", reporter="张三")
        )
        s.add(Evidence(issue_id=first.id, title="会议纪要", date=date(2022, 12, 2)))
        s.add(SignOff(issue_id=first.id, step="apply", date=date(2023, 1, 12), opinion="申请销号"))
    found = load_dossiers(demo_service, [second.id, first.id])
    assert [d.issue.id for d in found] == [second.id, first.id]
    d = found[1]
    assert [n.text for n in d.notes] == ["新进展", "旧进展"]
    assert d.notes[0].reporter == "张三"
    assert [e.title for e in d.evidence] == ["会议纪要"]
    applied = d.latest_signoff(SignOffStep.APPLY)
    assert applied is not None
    assert applied.opinion == "申请销号"
    assert d.latest_signoff(SignOffStep.APPROVE) is None
    assert len(d.measures) == 3
    assert d.inspection is not None
    assert found[0].notes == ()
    assert found[0].evidence == ()


def test_missing_issue_is_not_found(demo_service: LedgerService) -> None:
    with pytest.raises(NotFound):
        load_dossiers(demo_service, [999_999])
    assert load_dossiers(demo_service, []) == []
