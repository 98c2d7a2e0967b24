"""Export, import, compare: what we write is what we read back."""

from __future__ import annotations

from pathlib import Path

from desktop.excel.reader import read_ledger
from desktop.excel.writer import write_ledger
from desktop.services.ledger import LedgerService


def _issue_facts(issue: object) -> tuple[object, ...]:
    r = issue.responsibility  # type: ignore[attr-defined]
    return (
        issue.number,  # type: ignore[attr-defined]
        issue.text,  # type: ignore[attr-defined]
        issue.status,  # type: ignore[attr-defined]
        issue.long_term,  # type: ignore[attr-defined]
        r.lead_leader,
        r.lead_unit,
        tuple(r.cooperating_units),
        r.responsible_person,
        r.deadline,
    )


def test_the_demo_ledger_round_trips(demo_service: LedgerService, tmp_path: Path) -> None:
    (inspection,) = demo_service.list_inspections()
    issues = demo_service.list_issues()
    measures = demo_service.measures_by_issue([i.id for i in issues])
    out = tmp_path / "demo.xlsx"
    write_ledger(out, inspection, issues, measures)

    plan = read_ledger(out)
    assert not [p for p in plan.problems if p.blocking]
    assert [p.draft.number for p in plan.issues] == [i.number for i in issues]
    for planned, issue in zip(plan.issues, issues, strict=True):
        assert _issue_facts(planned.draft) == _issue_facts(issue)
        assert planned.draft.progress == issue.progress
        got = [(m.draft.text, m.draft.status) for m in planned.measures]
        assert got == [(m.text, m.status) for m in measures[issue.id]]


def test_a_round_trip_into_a_fresh_ledger_gives_the_same_records(
    demo_service: LedgerService, service: LedgerService, tmp_path: Path
) -> None:
    (inspection,) = demo_service.list_inspections()
    issues = demo_service.list_issues()
    measures = demo_service.measures_by_issue([i.id for i in issues])
    out = tmp_path / "demo.xlsx"
    write_ledger(out, inspection, issues, measures)
    service.apply_plan(read_ledger(out))
    again = service.list_issues()
    assert [_issue_facts(i) for i in again] == [_issue_facts(i) for i in issues]
    again_measures = service.measures_by_issue([i.id for i in again])
    for old, new in zip(issues, again, strict=True):
        assert [m.text for m in again_measures[new.id]] == [m.text for m in measures[old.id]]
