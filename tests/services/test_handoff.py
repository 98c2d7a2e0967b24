"""The ledger side of hand-offs: an identity made once and kept, the rows each unit
gets, and merge plans (field changes and measures under existing issues, no target
inspection) applied as one batch that undoes as one."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.plan import FieldChange, ImportPlan, NewMeasure
from desktop.domain.records import InspectionDraft, IssueDraft, MeasureDraft, Responsibility
from desktop.domain.status import Status
from desktop.services.handoff import handout_data, identity, ledger_state
from desktop.services.ledger import LedgerService


def test_identity_is_made_on_first_use_and_kept(service: LedgerService) -> None:
    assert identity(service, create=False) is None
    made = identity(service)
    assert made is not None
    assert len(made.ledger_id) == 36
    assert len(made.secret) == 32
    assert identity(service) == made
    assert identity(service, create=False) == made


def test_units_and_their_rows(demo_service: LedgerService) -> None:
    data = handout_data(demo_service)
    units = {u.name: (u.rows, u.issues) for u in data.units}
    assert units["党工委办公室"] == (7, 3)
    assert units["财政局"] == (4, 2)
    assert sum(rows for rows, _ in units.values()) == 30
    assert data.unassigned == 0
    assert [i.title for i in data.inspections] == ["市委第七巡察组专项巡察（2022年）"]


def test_a_merge_plan_applies_as_one_batch_and_undoes_as_one(service: LedgerService) -> None:
    ins = service.create_inspection(InspectionDraft(title="巡察")).value
    issue = service.add_issue(
        ins.id, IssueDraft(number="1", text="问题", responsibility=Responsibility(lead_unit="甲"))
    ).value
    measure = service.add_measure(issue.id, MeasureDraft(text="一是")).value
    state = ledger_state(service)
    assert state.values[("measure", measure.key)]["status"] == "not_started"
    plan = ImportPlan(
        file="甲_整改台账填报.xlsx",
        source_kind="merge",
        changes=(
            FieldChange("measure", measure.key, "status", "done", "not_started"),
            FieldChange("measure", measure.key, "completion_date", "2023-01-20", None),
        ),
        new_measures=(
            NewMeasure(
                issue.key, MeasureDraft(text="二是", responsibility=Responsibility("", "甲"))
            ),
        ),
        description="合并甲交回的台账（甲_整改台账填报.xlsx）",
    )
    done = service.apply_plan(plan)
    assert done.value.fields_changed == 2
    assert done.value.measures_added == 1
    measures = service.list_measures(issue.id)
    assert [(m.text, m.seq, m.status) for m in measures] == [
        ("一是", 1, Status.DONE),
        ("二是", 2, Status.NOT_STARTED),
    ]
    # The issue follows its measures (domain.rollup), in the same batch.
    assert service.get_issue(issue.id).status is Status.IN_PROGRESS
    assert measures[1].responsibility.lead_unit == "甲"
    [entry, *_] = [h for h in service.history(20) if h.batch_id == done.batch_id]
    assert entry.source == "merge"
    assert done.batch_id is not None
    service.undo_batch(done.batch_id)
    assert [(m.text, m.status) for m in service.list_measures(issue.id)] == [
        ("一是", Status.NOT_STARTED)
    ]


def test_ledger_state_knows_evidence_titles(
    demo_service: LedgerService, demo_path: Path, tmp_path: Path
) -> None:
    from desktop.services.supervision import SupervisionService

    issue = demo_service.list_issues()[0]
    measure = demo_service.list_measures(issue.id)[0]
    proof = tmp_path / "会议纪要.pdf"
    proof.write_bytes(b"%PDF-1.4 minutes")
    SupervisionService(demo_service, evidence_dir=tmp_path / "store").attach_evidence(
        issue.id, proof, measure_id=measure.id
    )
    state = ledger_state(demo_service)
    assert state.evidence[("measure", measure.key)] == frozenset({"会议纪要"})
    rows = handout_data(demo_service).rows_by_unit[measure.responsibility.lead_unit]
    assert next(r for r in rows if r.key == measure.key).evidence == ("会议纪要",)
