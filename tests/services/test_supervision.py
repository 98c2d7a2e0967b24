"""Supervision actions against the database: progress notes, postponements, sign-off,
outcomes; each one history batch that undo reverses exactly, and redo puts back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.calendar import load_calendar
from desktop.domain.changes import Done
from desktop.domain.problems import Code, ValidationFailed
from desktop.domain.records import InspectionDraft, IssueDraft, MeasureDraft, Responsibility
from desktop.domain.status import Status
from desktop.domain.supervision import (
    Decision,
    DueSettings,
    OutcomeDraft,
    OutcomeKind,
    ProgressNoteDraft,
    SignOffState,
    SignOffStep,
)
from desktop.paths import resources_dir
from desktop.services.ledger import LedgerService
from desktop.services.supervision import SupervisionService
from tests.tools.ledger_dump import dump

# These compare table dumps of the ledger file (and keep evidence beside it).
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def sup(service: LedgerService) -> SupervisionService:
    calendar, _ = load_calendar([resources_dir() / "calendar"])
    return SupervisionService(service, calendar=calendar)


@pytest.fixture
def issue_id(service: LedgerService) -> int:
    inspection = service.create_inspection(
        InspectionDraft(title="县委第二巡察组常规巡察", feedback_date=date(2026, 1, 10))
    ).value
    r = Responsibility(
        lead_unit="办公室", deadline=date(2026, 3, 31), deadline_text="2026年3月31日"
    )
    return service.add_issue(
        inspection.id,
        IssueDraft(number="1", text="制度执行不到位", status=Status.IN_PROGRESS, responsibility=r),
        # The measures are under way too: the issue's state rolls up from them.
        [
            MeasureDraft("一是修订制度", Status.IN_PROGRESS, responsibility=r),
            MeasureDraft("二是开展检查", Status.IN_PROGRESS),
        ],
    ).value.id


def undoable(
    service: LedgerService, path: Path, action: Callable[[], Done[Any]]
) -> tuple[Done[Any], dict[str, Any]]:
    """Run an action, undo it (the ledger is exactly as before), redo it (as after)."""
    before = dump(path)
    done = action()
    after = dump(path)
    assert after != before
    assert done.batch_id is not None
    undone = service.undo_batch(done.batch_id)
    assert dump(path) == before
    service.undo_batch(undone.batch_id)
    assert dump(path) == after
    return done, after


def finish_measures(service: LedgerService, issue_id: int) -> None:
    for m in service.list_measures(issue_id):
        service.set_measure_fields(m.id, {"status": "done"})


# ---------------------------------------------------------------- progress notes
def test_progress_notes_newest_first_and_the_latest_in_the_issue_table(
    service: LedgerService, sup: SupervisionService, issue_id: int, ledger_path: Path
) -> None:
    measure = service.list_measures(issue_id)[1]
    first, _ = undoable(
        service,
        ledger_path,
        lambda: sup.add_note(issue_id, ProgressNoteDraft(date(2026, 2, 1), "已起草制度", "张三")),
    )
    sup.add_note(
        issue_id,
        ProgressNoteDraft(
            date(2026, 2, 20),
            "完成第一轮检查",
            "李四",
            next_step="复查",
            difficulties="人手不足",
            measure_id=measure.id,
        ),
    )
    sup.add_note(issue_id, ProgressNoteDraft(date(2026, 1, 15), "召开部署会"))
    notes = sup.list_notes(issue_id)
    assert [n.text for n in notes] == ["完成第一轮检查", "已起草制度", "召开部署会"]
    assert notes[0].measure_id == measure.id
    assert notes[0].difficulties == "人手不足"
    assert [n.text for n in sup.list_notes(issue_id, measure.id)] == ["完成第一轮检查"]
    assert service.get_issue(issue_id).last_progress_date == date(2026, 2, 20)
    edited = ProgressNoteDraft(date(2026, 2, 2), "制度已起草完毕", "张三")
    undoable(service, ledger_path, lambda: sup.update_note(first.value.id, edited))
    assert sup.list_notes(issue_id)[1].text == "制度已起草完毕"
    undoable(service, ledger_path, lambda: sup.delete_note(first.value.id))


def test_a_note_needs_text_and_its_own_issues_measure(
    service: LedgerService, sup: SupervisionService, issue_id: int
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        sup.add_note(issue_id, ProgressNoteDraft(date(2026, 2, 1), " "))
    assert caught.value.problems[0].code is Code.REQUIRED
    other = service.add_issue(
        service.get_issue(issue_id).inspection_id,
        IssueDraft(number="2", text="另一个"),
        [MeasureDraft("它的措施")],
    ).value
    foreign = service.list_measures(other.id)[0].id
    from desktop.storage.errors import NotFound

    with pytest.raises(NotFound):
        sup.add_note(issue_id, ProgressNoteDraft(date(2026, 2, 1), "x", measure_id=foreign))
    assert sup.list_notes(issue_id) == []


# ------------------------------------------------------------------ postponement
def test_postponement_approved_moves_the_deadline_and_keeps_both_dates(
    service: LedgerService, sup: SupervisionService, issue_id: int, ledger_path: Path
) -> None:
    requested, _ = undoable(
        service,
        ledger_path,
        lambda: sup.request_postponement(
            issue_id, date(2026, 6, 30), "需待上级批复", requested_on=date(2026, 3, 20)
        ),
    )
    request = requested.value
    assert (request.old_deadline, request.new_deadline) == (date(2026, 3, 31), date(2026, 6, 30))
    assert request.previous_status is Status.IN_PROGRESS
    assert service.get_issue(issue_id).status is Status.POSTPONED
    with pytest.raises(ValidationFailed) as caught:  # one pending request at a time
        sup.request_postponement(
            issue_id, date(2026, 7, 30), "再延", requested_on=date(2026, 3, 21)
        )
    assert caught.value.problems[0].code is Code.WRONG_STEP
    approved, _ = undoable(
        service,
        ledger_path,
        lambda: sup.approve_postponement(
            request.id, decided_on=date(2026, 3, 25), decided_by="王书记"
        ),
    )
    assert approved.value.decision is Decision.APPROVED
    issue = service.get_issue(issue_id)
    assert issue.responsibility.deadline == date(2026, 6, 30)
    assert issue.responsibility.deadline_text == "2026年6月30日"
    assert issue.status is Status.POSTPONED
    (kept,) = sup.list_postponements(issue_id)
    assert (kept.old_deadline, kept.new_deadline, kept.decided_by) == (
        date(2026, 3, 31),
        date(2026, 6, 30),
        "王书记",
    )
    history = service.issue_history(issue_id)
    deadline_change = next(h for h in history if h.field == "deadline")
    assert (deadline_change.old, deadline_change.new) == ('"2026-03-31"', '"2026-06-30"')
    with pytest.raises(ValidationFailed):  # decided already
        sup.refuse_postponement(request.id, "不同意", decided_on=date(2026, 3, 26))


def test_postponement_refused_puts_the_status_back(
    service: LedgerService, sup: SupervisionService, issue_id: int, ledger_path: Path
) -> None:
    measure = service.list_measures(issue_id)[0]
    request = sup.request_postponement(
        issue_id,
        date(2026, 5, 31),
        "资金未到位",
        measure_id=measure.id,
        requested_on=date(2026, 3, 1),
    ).value
    assert service.list_measures(issue_id)[0].status is Status.POSTPONED
    # The one roll-up rule, as when the measure's state is edited in the grid: the
    # issue is as far as its least advanced measure.
    assert service.get_issue(issue_id).status is Status.POSTPONED
    with pytest.raises(ValidationFailed) as caught:  # a refusal needs a reason
        sup.refuse_postponement(request.id, "", decided_on=date(2026, 3, 2))
    assert caught.value.problems[0].code is Code.REQUIRED
    refused, _ = undoable(
        service,
        ledger_path,
        lambda: sup.refuse_postponement(request.id, "理由不充分", decided_on=date(2026, 3, 2)),
    )
    assert refused.value.decision is Decision.REFUSED
    after = service.list_measures(issue_id)[0]
    assert after.status is Status.IN_PROGRESS
    assert after.responsibility.deadline == date(2026, 3, 31)
    assert service.get_issue(issue_id).status is Status.IN_PROGRESS


def test_postponement_must_move_the_deadline_later(sup: SupervisionService, issue_id: int) -> None:
    with pytest.raises(ValidationFailed) as caught:
        sup.request_postponement(issue_id, date(2026, 3, 1), "x", requested_on=date(2026, 2, 1))
    assert caught.value.problems[0].code is Code.DATE_ORDER
    assert sup.list_postponements(issue_id) == []


# ---------------------------------------------------------------------- sign-off
def attach(sup: SupervisionService, issue_id: int, tmp_path: Path, name: str = "纪要.pdf") -> None:
    file = tmp_path / name
    file.write_bytes(f"%PDF-1.4 {name}".encode())
    sup.attach_evidence(issue_id, file, on=date(2026, 3, 1))


def test_apply_needs_done_measures_and_evidence(
    service: LedgerService, sup: SupervisionService, issue_id: int, tmp_path: Path
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        sup.apply_sign_off(issue_id, person="张三", on=date(2026, 3, 10))
    assert {p.code for p in caught.value.problems} == {Code.MEASURES_OPEN, Code.NO_EVIDENCE}
    finish_measures(service, issue_id)
    with pytest.raises(ValidationFailed) as caught:
        sup.apply_sign_off(issue_id, person="张三", on=date(2026, 3, 10))
    assert {p.code for p in caught.value.problems} == {Code.NO_EVIDENCE}
    attach(sup, issue_id, tmp_path)
    done = sup.apply_sign_off(issue_id, person="张三", on=date(2026, 3, 10), opinion="请审核")
    assert done.value.step is SignOffStep.APPLY
    assert sup.sign_off_state(issue_id) is SignOffState.PENDING
    with pytest.raises(ValidationFailed) as caught:  # not twice
        sup.apply_sign_off(issue_id, person="张三", on=date(2026, 3, 11))
    assert caught.value.problems[0].code is Code.WRONG_STEP


def test_apply_by_override_keeps_the_reason(
    service: LedgerService, sup: SupervisionService, issue_id: int, ledger_path: Path
) -> None:
    done, _ = undoable(
        service,
        ledger_path,
        lambda: sup.apply_sign_off(
            issue_id,
            person="张三",
            on=date(2026, 3, 10),
            override_reason="长期坚持事项，佐证材料已报纸质版",
        ),
    )
    assert done.value.override_reason == "长期坚持事项，佐证材料已报纸质版"


def test_approve_closes_and_reopen_follows_up_every_step_recorded(
    service: LedgerService,
    sup: SupervisionService,
    issue_id: int,
    ledger_path: Path,
    tmp_path: Path,
) -> None:
    finish_measures(service, issue_id)
    service.set_issue_fields(issue_id, {"status": "done"})
    attach(sup, issue_id, tmp_path)
    with pytest.raises(ValidationFailed):  # nothing to review yet
        sup.approve_sign_off(issue_id, person="审核人", on=date(2026, 3, 9))
    sup.apply_sign_off(issue_id, person="张三", on=date(2026, 3, 10))
    with pytest.raises(ValidationFailed) as caught:  # 退回 needs a reason
        sup.return_sign_off(issue_id, "", person="王五", on=date(2026, 3, 12))
    assert caught.value.problems[0].code is Code.REQUIRED
    with pytest.raises(ValidationFailed) as caught:  # not before the application
        sup.return_sign_off(issue_id, "佐证不足", person="王五", on=date(2026, 3, 9))
    assert caught.value.problems[0].code is Code.DATE_ORDER
    undoable(
        service,
        ledger_path,
        lambda: sup.return_sign_off(issue_id, "佐证不足", person="王五", on=date(2026, 3, 12)),
    )
    assert sup.sign_off_state(issue_id) is SignOffState.RETURNED
    assert service.get_issue(issue_id).status is Status.DONE
    sup.apply_sign_off(issue_id, person="张三", on=date(2026, 3, 15), opinion="已补充材料")
    undoable(
        service,
        ledger_path,
        lambda: sup.approve_sign_off(issue_id, person="王五", on=date(2026, 3, 16)),
    )
    assert service.get_issue(issue_id).status is Status.CLOSED
    assert sup.sign_off_state(issue_id) is SignOffState.APPROVED
    with pytest.raises(ValidationFailed):  # reopening needs a reason
        sup.reopen_issue(issue_id, "", person="王五", on=date(2026, 9, 1))
    undoable(
        service,
        ledger_path,
        lambda: sup.reopen_issue(
            issue_id, "回头看发现问题反弹", person="王五", on=date(2026, 9, 1)
        ),
    )
    assert service.get_issue(issue_id).status is Status.IN_PROGRESS
    steps = sup.sign_off_steps(issue_id)
    assert [(s.step.value, s.person, s.date.day) for s in steps] == [
        ("apply", "张三", 10),
        ("return", "王五", 12),
        ("apply", "张三", 15),
        ("approve", "王五", 16),
        ("reopen", "王五", 1),
    ]
    assert steps[1].opinion == "佐证不足"
    with pytest.raises(ValidationFailed):  # only a closed issue reopens
        sup.reopen_issue(issue_id, "again", person="王五", on=date(2026, 9, 2))
    # Every step is in the issue's history with who recorded it.
    created = [h for h in service.issue_history(issue_id) if h.entity == "sign_off"]
    assert len([h for h in created if h.action == "create"]) >= 5
    assert {h.operator for h in created} == {"测试员"}


# ---------------------------------------------------------------------- outcomes
def test_outcomes_add_up_exactly_and_undo(
    service: LedgerService, sup: SupervisionService, issue_id: int, ledger_path: Path
) -> None:
    rule, _ = undoable(
        service,
        ledger_path,
        lambda: sup.add_outcome(
            issue_id, OutcomeDraft(OutcomeKind.RULE, name="公务接待管理办法", date=date(2026, 3, 1))
        ),
    )
    sup.add_outcome(issue_id, OutcomeDraft(OutcomeKind.ACCOUNTABILITY, "criticism", count=3))
    for _ in range(3):
        sup.add_outcome(
            issue_id, OutcomeDraft(OutcomeKind.FUNDS, "recovered", amount=Decimal("0.1"))
        )
    money = sup.add_outcome(
        issue_id, OutcomeDraft(OutcomeKind.FUNDS, "loss_recovered", amount=Decimal("12.345"))
    ).value
    assert money.amount == Decimal("12.345")
    totals = sup.outcome_totals()
    assert totals.rules_made == 1
    assert totals.people == 3
    assert totals.funds_total == Decimal("12.645")
    edited = OutcomeDraft(OutcomeKind.FUNDS, "loss_recovered", amount=Decimal("99999.999"))
    undoable(service, ledger_path, lambda: sup.update_outcome(money.id, edited))
    undoable(service, ledger_path, lambda: sup.delete_outcome(rule.value.id))
    with pytest.raises(ValidationFailed):
        sup.add_outcome(issue_id, OutcomeDraft(OutcomeKind.FUNDS, "recovered", amount=None))


def test_deleting_an_issue_or_measure_undoes_with_everything_hanging_on_it(
    service: LedgerService,
    sup: SupervisionService,
    issue_id: int,
    ledger_path: Path,
    tmp_path: Path,
) -> None:
    measure = service.list_measures(issue_id)[0]
    sup.add_note(issue_id, ProgressNoteDraft(date(2026, 2, 1), "进展", measure_id=measure.id))
    sup.add_note(issue_id, ProgressNoteDraft(date(2026, 2, 2), "问题进展"))
    attach(sup, issue_id, tmp_path)
    sup.request_postponement(
        issue_id, date(2026, 6, 1), "x", measure_id=measure.id, requested_on=date(2026, 3, 1)
    )
    sup.apply_sign_off(issue_id, person="张三", on=date(2026, 3, 2), override_reason="特殊情况")
    sup.add_outcome(issue_id, OutcomeDraft(OutcomeKind.RULE, name="制度"))
    before = dump(ledger_path)
    deleted = service.delete_measure(measure.id)
    assert len(dump(ledger_path)["progress_note"]) == 1
    assert deleted.batch_id is not None
    service.undo_batch(deleted.batch_id)
    assert dump(ledger_path) == before
    deleted = service.delete_issue(issue_id)
    assert dump(ledger_path)["sign_off"] == []
    assert deleted.batch_id is not None
    service.undo_batch(deleted.batch_id)
    assert dump(ledger_path) == before


# --------------------------------------------------------------- settings, notice
def test_due_settings_travel_with_the_ledger(sup: SupervisionService) -> None:
    assert sup.due_settings() == DueSettings(7, False)
    sup.set_due_settings(DueSettings(5, True))
    assert sup.due_settings() == DueSettings(5, True)
    with pytest.raises(ValidationFailed):
        sup.set_due_settings(DueSettings(-1))


def test_notice_figures_are_kept_and_checked(
    service: LedgerService, sup: SupervisionService, issue_id: int, ledger_path: Path
) -> None:
    inspection_id = service.get_issue(issue_id).inspection_id
    figures = {"issues_total": 1, "done": 1, "in_progress": 0, "rate": 100}
    undoable(service, ledger_path, lambda: sup.set_notice_statistics(inspection_id, figures))
    assert sup.view().notice_statistics == {inspection_id: figures}
    codes = [f.code.value for f in sup.lint()]
    assert codes.count("notice_figure_stale") == 2  # done 1 vs 0, in progress 0 vs 1
    unchanged = sup.set_notice_statistics(inspection_id, figures)
    assert unchanged.batch_id is None


# ------------------------------------------------------------- 督办 list, lights
def test_supervision_list_on_the_demo(demo_service: LedgerService) -> None:
    from desktop.domain.calendar import WorkCalendar
    from desktop.domain.supervision import Light

    sup = SupervisionService(demo_service, calendar=WorkCalendar())
    soon = sup.supervision_list(today=date(2023, 1, 8))
    assert (soon["overdue_total"], soon["due_soon_total"]) == (0, 2)
    (unit,) = soon["units"]
    assert unit["unit"] == "建设局"
    assert [(i["number"], i["seq"], i["days_left"]) for i in unit["due_soon"]] == [
        ("9", None, 3),
        ("9", 1, 3),
    ]
    late = sup.supervision_list(today=date(2023, 2, 1))
    assert late["overdue_total"] == 2
    assert late["units"][0]["overdue"][0]["days_overdue"] == 21
    sup.set_due_settings(DueSettings(2))
    assert sup.supervision_list(today=date(2023, 1, 8))["due_soon_total"] == 0
    issues, measures = sup.lights(today=date(2023, 2, 1))
    by_number = {i.number: issues[i.id] for i in demo_service.list_issues()}
    assert by_number["1"] is Light.GREEN
    assert by_number["9"] is Light.RED
    assert by_number["8"] is Light.NONE  # 长期坚持: no dated deadline
    assert len(measures) == 30
    assert sum(light is Light.RED for light in measures.values()) == 1


def test_statistics_give_each_states_share(demo_service: LedgerService) -> None:
    from desktop.domain.calendar import WorkCalendar

    stats = SupervisionService(demo_service, calendar=WorkCalendar()).statistics(
        today=date(2023, 2, 1)
    )
    assert stats["issues"]["by_status_rate"] == {
        "in_progress": 21.43,
        "partial": 7.14,
        "done": 71.43,
    }
    assert stats["issues"]["done_rate"] == 71.43
