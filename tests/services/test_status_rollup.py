"""The roll-up rule on issue-level edits of the state (the issue form, bulk edit) and on
new issues from any plan: the issue's state and its measures' never disagree after a
save, and when an edit would make them, nothing is written until the clerk chooses."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from desktop.domain.plan import ImportPlan, PlannedIssue, PlannedMeasure
from desktop.domain.records import InspectionDraft, IssueDraft, MeasureDraft
from desktop.domain.rollup import (
    StatusChoice,
    StatusDisagrees,
    disagrees,
    measures_following,
    rolled_up_status,
)
from desktop.domain.status import Status
from desktop.services.ledger import LedgerService
from tests.services.test_ledger import dump as dump_ledger


@pytest.mark.parametrize("target", list(Status))
def test_following_measures_always_roll_up_to_the_state_set(target: Status) -> None:
    for n in (1, 2, 3):
        for states in itertools.product(list(Status), repeat=n):
            following = measures_following(target, states)
            assert rolled_up_status(target, following) is target, (target, states)
            if not disagrees(target, states):
                # Nothing to follow: the measures stay exactly as they are.
                assert following == list(states)


def test_the_measures_that_follow_are_as_few_as_the_rule_allows() -> None:
    s = Status
    assert measures_following(s.DONE, [s.IN_PROGRESS, s.DONE]) == [s.DONE, s.DONE]
    # A postponement of one measure does not reopen the finished one beside it.
    assert measures_following(s.POSTPONED, [s.DONE, s.IN_PROGRESS]) == [s.DONE, s.POSTPONED]
    # Reopening a finished issue reopens its measures.
    assert measures_following(s.IN_PROGRESS, [s.DONE, s.DONE]) == [s.IN_PROGRESS] * 2
    # Taking back a sign-off over signed-off measures takes theirs back.
    assert measures_following(s.DONE, [s.CLOSED]) == [s.DONE]
    assert not disagrees(s.CLOSED, [s.DONE, s.CLOSED])
    assert not disagrees(s.DONE, [])


def _unfinished_issue(service: LedgerService) -> int:
    return next(
        i.id
        for i in service.list_issues()
        if not i.status.is_finished
        and any(not m.status.is_finished for m in service.list_measures(i.id))
    )


@pytest.mark.sqlite_only
def test_a_disagreeing_state_is_not_saved_until_the_clerk_chooses(
    demo_service: LedgerService, demo_path: Path
) -> None:
    issue_id = _unfinished_issue(demo_service)
    before = dump_ledger(demo_path)
    with pytest.raises(StatusDisagrees) as raised:
        demo_service.set_issue_fields(issue_id, {"status": "done", "remarks": "已整改"})
    (asked,) = raised.value.issues
    issue = demo_service.get_issue(issue_id)
    measures = demo_service.list_measures(issue_id)
    assert asked.number == issue.number
    assert asked.wanted is Status.DONE
    assert asked.rolled is rolled_up_status(Status.DONE, [m.status for m in measures])
    assert asked.following == sum(not m.status.is_finished for m in measures)
    # Nothing at all was written, not even the other field of the same edit.
    assert dump_ledger(demo_path) == before


def test_measures_follow_the_issue_in_one_undoable_change(demo_service: LedgerService) -> None:
    issue_id = _unfinished_issue(demo_service)
    states_before = [m.status for m in demo_service.list_measures(issue_id)]
    done = demo_service.set_issue_fields(
        issue_id, {"status": "done"}, status_choice=StatusChoice.MEASURES_FOLLOW
    )
    measures = demo_service.list_measures(issue_id)
    assert done.value.status is Status.DONE
    assert {m.status for m in measures} == {Status.DONE}
    assert done.changes.measures == {
        m.id for m, old in zip(measures, states_before, strict=True) if old is not Status.DONE
    }
    assert done.batch_id is not None
    demo_service.undo_batch(done.batch_id)
    assert [m.status for m in demo_service.list_measures(issue_id)] == states_before


def test_keeping_the_measures_gives_the_issue_their_state(demo_service: LedgerService) -> None:
    issue_id = _unfinished_issue(demo_service)
    measures = demo_service.list_measures(issue_id)
    done = demo_service.set_issue_fields(
        issue_id,
        {"status": "done", "remarks": "待核实"},
        status_choice=StatusChoice.KEEP_MEASURES,
    )
    assert done.value.status is rolled_up_status(Status.DONE, [m.status for m in measures])
    assert done.value.remarks == "待核实"  # the rest of the edit is saved
    assert demo_service.list_measures(issue_id) == measures


def test_bulk_edit_asks_once_for_every_disagreeing_issue(demo_service: LedgerService) -> None:
    issues = demo_service.list_issues()
    unfinished = [
        i
        for i in issues
        if any(not m.status.is_finished for m in demo_service.list_measures(i.id))
        and not i.status.is_finished
    ]
    assert len(unfinished) >= 2
    ids = [i.id for i in unfinished]
    with pytest.raises(StatusDisagrees) as raised:
        demo_service.bulk_set_issue_fields(ids, {"status": "done"})
    assert [d.number for d in raised.value.issues] == [i.number for i in unfinished]
    demo_service.bulk_set_issue_fields(
        ids, {"status": "done"}, status_choice=StatusChoice.MEASURES_FOLLOW
    )
    for iid in ids:
        assert demo_service.get_issue(iid).status is Status.DONE
        assert {m.status for m in demo_service.list_measures(iid)} == {Status.DONE}


def test_an_issue_without_measures_or_an_unchanged_state_is_never_asked(
    service: LedgerService,
) -> None:
    inspection = service.create_inspection(InspectionDraft(title="测试巡察")).value
    bare = service.add_issue(inspection.id, IssueDraft(number="1", text="无措施的问题")).value
    assert service.set_issue_fields(bare.id, {"status": "done"}).value.status is Status.DONE
    mixed = service.add_issue(
        inspection.id,
        IssueDraft(number="2", text="有措施的问题"),
        [MeasureDraft("一是", status=Status.DONE), MeasureDraft("二是")],
    ).value
    assert mixed.status is Status.IN_PROGRESS  # the roll-up on adding
    # Another field of an issue whose state is not touched: no question.
    edited = service.set_issue_fields(mixed.id, {"status": "in_progress", "remarks": "备注"})
    assert edited.value.remarks == "备注"


def test_a_new_issue_from_any_plan_is_stored_as_its_measures_say(
    service: LedgerService,
) -> None:
    # A plan whose issue claims 已完成 over an unfinished measure (as a hand-made or
    # older reader's plan may): stored by the rule, not as claimed.
    plan = ImportPlan(
        file="通报.txt",
        source_kind="notice",
        inspection=InspectionDraft(title="通报导入"),
        issues=(
            PlannedIssue(
                IssueDraft(number="1", text="问题", status=Status.DONE),
                measures=(
                    PlannedMeasure(MeasureDraft("一是", status=Status.DONE)),
                    PlannedMeasure(MeasureDraft("二是", status=Status.IN_PROGRESS)),
                ),
            ),
        ),
    )
    applied = service.apply_plan(plan).value
    (issue,) = service.issues_by_ids(list(applied.issue_ids))
    assert issue.status is Status.IN_PROGRESS


def test_a_reimported_issue_follows_all_its_measures(service: LedgerService) -> None:
    # The file says 已完成 for the issue and its one measure; the ledger has a second
    # measure since, still under way: the issue stays under way.
    inspection = service.create_inspection(InspectionDraft(title="巡察")).value
    issue = service.add_issue(
        inspection.id,
        IssueDraft(number="1", text="问题"),
        [MeasureDraft("一是"), MeasureDraft("二是", status=Status.IN_PROGRESS)],
    ).value
    plan = ImportPlan(
        file="台账.xlsx",
        issues=(
            PlannedIssue(
                IssueDraft(number="1", text="问题", status=Status.DONE),
                measures=(PlannedMeasure(MeasureDraft("一是", status=Status.DONE)),),
                key=issue.key,
            ),
        ),
    )
    service.apply_plan(plan, inspection.id)
    assert service.get_issue(issue.id).status is Status.IN_PROGRESS


def test_supervision_steps_follow_the_roll_up_rule(service: LedgerService, tmp_path: Path) -> None:
    """A postponement asked for the whole issue brings its open measures along (and a
    refusal brings them back); reopening a signed-off issue reopens its measures: the
    ledger check finds nothing to flag after any step."""
    from datetime import date

    from desktop.domain.calendar import WorkCalendar
    from desktop.domain.ledger_check import FindingCode
    from desktop.services.supervision import SupervisionService

    sup = SupervisionService(service, calendar=WorkCalendar(), evidence_dir=tmp_path / "ev")
    inspection = service.create_inspection(
        InspectionDraft(title="巡察", feedback_date=date(2026, 1, 4))
    ).value
    issue = service.add_issue(
        inspection.id,
        IssueDraft(number="1", text="问题"),
        [MeasureDraft("一是", status=Status.IN_PROGRESS), MeasureDraft("二是", status=Status.DONE)],
    ).value

    def disagreements() -> list[object]:
        return [f for f in sup.lint() if f.code is FindingCode.STATUS_DISAGREES]

    request = sup.request_postponement(
        issue.id, date(2026, 6, 30), "待批复", requested_on=date(2026, 3, 1)
    ).value
    assert service.get_issue(issue.id).status is Status.POSTPONED
    assert [m.status for m in service.list_measures(issue.id)] == [Status.POSTPONED, Status.DONE]
    assert disagreements() == []
    sup.refuse_postponement(request.id, "理由不足", decided_on=date(2026, 3, 2))
    assert service.get_issue(issue.id).status is Status.IN_PROGRESS
    assert [m.status for m in service.list_measures(issue.id)] == [
        Status.IN_PROGRESS,
        Status.DONE,
    ]
    assert disagreements() == []
