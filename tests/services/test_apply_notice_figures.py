"""A notice's stated figures travel with the inspection its plan creates."""

from __future__ import annotations

import json

from sqlalchemy import select

from desktop.domain.plan import ImportPlan, PlannedIssue
from desktop.domain.records import InspectionDraft, IssueDraft
from desktop.services.ledger import LedgerService
from desktop.storage.models import Inspection


def test_apply_plan_keeps_the_notice_figures_in_the_same_transaction(
    service: LedgerService,
) -> None:
    figures = {"issues_total": 2, "done": 1, "in_progress": 1, "rate": 50.0}
    plan = ImportPlan(
        source_kind="notice",
        inspection=InspectionDraft(title="县委第三巡察组"),
        issues=(PlannedIssue(IssueDraft("1", "问题一")), PlannedIssue(IssueDraft("2", "问题二"))),
        statistics=figures,
    )
    done = service.apply_plan(plan)
    with service.uow.read() as s:
        stored = s.scalar(select(Inspection.notice_statistics))
    assert stored is not None
    assert json.loads(stored) == figures
    assert done.batch_id is not None
    service.undo_batch(done.batch_id)
    assert service.list_inspections() == []


def test_a_notice_merged_into_an_existing_inspection_updates_its_figures(
    service: LedgerService,
) -> None:
    inspection = service.create_inspection(InspectionDraft(title="已有巡察")).value
    figures = {"issues_total": 1, "done": 1, "rate": 100.0}
    plan = ImportPlan(
        source_kind="notice",
        issues=(PlannedIssue(IssueDraft("1", "问题一")),),
        statistics=figures,
    )
    done = service.apply_plan(plan, inspection.id)
    with service.uow.read() as s:
        assert json.loads(s.scalar(select(Inspection.notice_statistics)) or "{}") == figures
    assert done.batch_id is not None
    service.undo_batch(done.batch_id)
    with service.uow.read() as s:
        assert s.scalar(select(Inspection.notice_statistics)) == ""
