"""Supervision rules as pure functions: lights, deadlines in working days, sign-off and
postponement conditions, outcome money in exact decimals, and the ledger check."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.calendar import load_calendar
from desktop.domain.ledger_check import (
    FindingCode,
    check_deadlines_after_feedback,
    check_done_issues,
    check_duplicates,
    check_ledger,
    check_measure_assignments,
    check_notice_statistics,
    check_status_agreement,
    finding_counts,
)
from desktop.domain.problems import Code, Severity
from desktop.domain.records import (
    InspectionId,
    InspectionRecord,
    IssueId,
    IssueRecord,
    MeasureId,
    MeasureRecord,
    Responsibility,
)
from desktop.domain.status import Status
from desktop.domain.supervision import (
    AccountabilityKind,
    Decision,
    DueSettings,
    FundsKind,
    LedgerView,
    Light,
    OutcomeDraft,
    OutcomeId,
    OutcomeKind,
    OutcomeRecord,
    PostponementId,
    PostponementRecord,
    ProgressNoteId,
    ProgressNoteRecord,
    SignOffId,
    SignOffRecord,
    SignOffState,
    SignOffStep,
    accountability_kind,
    application_problems,
    deadline_light,
    decision_problems,
    effective_deadline,
    funds_kind,
    measure_responsibility,
    newest_first,
    outcome_totals,
    postponement_problems,
    reopen_problems,
    review_problems,
    sign_off_state,
    to_amount,
    validate_outcome,
)
from desktop.paths import resources_dir

TODAY = date(2026, 2, 13)


def issue(
    iid: int = 1,
    number: str = "1",
    status: Status = Status.IN_PROGRESS,
    text: str = "",
    *,
    unit: str = "办公室",
    deadline: date | None = None,
    inspection: int = 1,
) -> IssueRecord:
    return IssueRecord(
        number=number,
        text=text or f"问题{number}：制度执行不到位，监督检查流于形式",
        status=status,
        responsibility=Responsibility(lead_unit=unit, deadline=deadline),
        id=IssueId(iid),
        key=f"i{iid}",
        inspection_id=InspectionId(inspection),
        position=iid,
    )


def measure(
    mid: int,
    issue_id: int = 1,
    status: Status = Status.IN_PROGRESS,
    *,
    unit: str = "",
    deadline: date | None = None,
    deadline_text: str = "",
) -> MeasureRecord:
    return MeasureRecord(
        text=f"措施{mid}",
        status=status,
        responsibility=Responsibility(
            lead_unit=unit, deadline=deadline, deadline_text=deadline_text
        ),
        id=MeasureId(mid),
        key=f"m{mid}",
        issue_id=IssueId(issue_id),
        seq=mid,
    )


# ----------------------------------------------------------------------- lights
def test_lights() -> None:
    soon = date(2026, 2, 18)
    assert deadline_light(date(2020, 1, 1), Status.DONE, TODAY) is Light.GREEN
    assert deadline_light(date(2020, 1, 1), Status.CLOSED, TODAY) is Light.GREEN
    assert deadline_light(date(2026, 2, 12), Status.IN_PROGRESS, TODAY) is Light.RED
    assert deadline_light(date(2026, 2, 12), Status.POSTPONED, TODAY) is Light.RED
    assert deadline_light(TODAY, Status.NOT_STARTED, TODAY) is Light.YELLOW
    assert deadline_light(soon, Status.PARTIAL, TODAY) is Light.YELLOW
    assert deadline_light(soon, Status.PARTIAL, TODAY, DueSettings(days=3)) is Light.NONE
    assert deadline_light(None, Status.IN_PROGRESS, TODAY) is Light.NONE


def test_yellow_in_working_days_across_the_holiday() -> None:
    calendar, _ = load_calendar([resources_dir() / "calendar"])
    deadline = date(2026, 2, 25)  # 12 calendar days, but 3 working days (2/14, 2/24, 2/25)
    assert deadline_light(deadline, Status.IN_PROGRESS, TODAY) is Light.NONE
    working = DueSettings(days=7, working_days=True)
    assert deadline_light(deadline, Status.IN_PROGRESS, TODAY, working, calendar) is Light.YELLOW


def test_deadline_in_working_days_from_the_feedback_date() -> None:
    calendar, _ = load_calendar([resources_dir() / "calendar"])
    r = Responsibility(deadline_text="自反馈之日起5个工作日内")
    assert effective_deadline(r, TODAY, calendar) == date(2026, 2, 27)
    assert effective_deadline(r, None, calendar) is None
    dated = Responsibility(deadline=date(2026, 3, 1), deadline_text="5个工作日内")
    assert effective_deadline(dated, TODAY, calendar) == date(2026, 3, 1)


def test_measures_take_blanks_from_their_issue() -> None:
    parent = issue(unit="财政局", deadline=date(2026, 3, 31))
    own = measure(1, unit="审计局", deadline=date(2026, 3, 1))
    assert measure_responsibility(own, parent).lead_unit == "审计局"
    assert measure_responsibility(own, parent).deadline == date(2026, 3, 1)
    blank = measure(2)
    assert measure_responsibility(blank, parent).lead_unit == "财政局"
    assert measure_responsibility(blank, parent).deadline == date(2026, 3, 31)
    # A rule word of its own ("长期坚持" as text) is a deadline: not replaced.
    worded = measure(3, deadline_text="长期坚持")
    assert measure_responsibility(worded, parent).deadline is None


def test_notes_newest_first() -> None:
    notes = [
        ProgressNoteRecord(date(2026, 1, 5), "a", id=ProgressNoteId(1)),
        ProgressNoteRecord(date(2026, 2, 5), "b", id=ProgressNoteId(2)),
        ProgressNoteRecord(date(2026, 1, 5), "c", id=ProgressNoteId(3)),
    ]
    assert [n.text for n in newest_first(notes)] == ["b", "c", "a"]


# --------------------------------------------------------------------- sign-off
def codes(problems: list) -> set[tuple[Code, Severity]]:  # type: ignore[type-arg]
    return {(p.code, p.severity) for p in problems}


def test_application_needs_finished_measures_and_evidence() -> None:
    i = issue(status=Status.DONE)
    open_ = [measure(1, status=Status.DONE), measure(2, status=Status.IN_PROGRESS)]
    found = application_problems(i, open_, 0, SignOffState.NONE)
    assert codes(found) == {
        (Code.MEASURES_OPEN, Severity.ERROR),
        (Code.NO_EVIDENCE, Severity.ERROR),
    }
    assert next(p for p in found if p.code is Code.MEASURES_OPEN).value == "2"
    done = [measure(1, status=Status.DONE), measure(2, status=Status.CLOSED)]
    assert application_problems(i, done, 1, SignOffState.NONE) == []
    assert codes(application_problems(i, done, 0, SignOffState.RETURNED)) == {
        (Code.NO_EVIDENCE, Severity.ERROR)
    }


def test_an_issue_without_measures_must_itself_be_done() -> None:
    found = application_problems(issue(status=Status.PARTIAL), [], 2, SignOffState.NONE)
    assert codes(found) == {(Code.NOT_DONE, Severity.ERROR)}
    assert application_problems(issue(status=Status.DONE), [], 2, SignOffState.NONE) == []


def test_override_with_reason_turns_conditions_into_warnings() -> None:
    i = issue(status=Status.IN_PROGRESS)
    found = application_problems(i, [measure(1)], 0, SignOffState.NONE, "材料已报纸质版")
    assert codes(found) == {
        (Code.MEASURES_OPEN, Severity.WARNING),
        (Code.NO_EVIDENCE, Severity.WARNING),
    }
    assert not any(p.blocking for p in found)
    # A reason of blanks is no reason.
    assert any(p.blocking for p in application_problems(i, [measure(1)], 0, SignOffState.NONE, " "))


def test_no_second_application_and_none_for_a_closed_issue() -> None:
    done = [measure(1, status=Status.DONE)]
    pending = application_problems(issue(status=Status.DONE), done, 1, SignOffState.PENDING)
    assert codes(pending) == {(Code.WRONG_STEP, Severity.ERROR)}
    closed = application_problems(issue(status=Status.CLOSED), done, 1, SignOffState.APPROVED)
    assert codes(closed) == {(Code.WRONG_STEP, Severity.ERROR)}


def test_review_and_reopen_rules() -> None:
    assert review_problems(SignOffState.PENDING, SignOffStep.APPROVE, "") == []
    assert codes(review_problems(SignOffState.NONE, SignOffStep.APPROVE, "")) == {
        (Code.WRONG_STEP, Severity.ERROR)
    }
    assert codes(review_problems(SignOffState.PENDING, SignOffStep.RETURN, "")) == {
        (Code.REQUIRED, Severity.ERROR)
    }
    assert review_problems(SignOffState.PENDING, SignOffStep.RETURN, "佐证不足") == []
    assert reopen_problems(Status.CLOSED, "回头看发现反弹") == []
    assert codes(reopen_problems(Status.DONE, "x")) == {(Code.WRONG_STEP, Severity.ERROR)}
    assert codes(reopen_problems(Status.CLOSED, "")) == {(Code.REQUIRED, Severity.ERROR)}


def test_sign_off_state_follows_the_latest_step() -> None:
    def step(sid: int, kind: SignOffStep, day: int) -> SignOffRecord:
        return SignOffRecord(SignOffId(sid), IssueId(1), kind, date(2026, 3, day), "李四")

    assert sign_off_state([]) is SignOffState.NONE
    steps = [step(1, SignOffStep.APPLY, 1), step(2, SignOffStep.RETURN, 2)]
    assert sign_off_state(steps) is SignOffState.RETURNED
    steps += [step(3, SignOffStep.APPLY, 5), step(4, SignOffStep.APPROVE, 5)]
    assert sign_off_state(steps) is SignOffState.APPROVED
    assert sign_off_state([*steps, step(5, SignOffStep.REOPEN, 9)]) is SignOffState.REOPENED


# ----------------------------------------------------------------- postponement
def test_postponement_rules() -> None:
    ok = {
        "status": Status.IN_PROGRESS,
        "old_deadline": date(2026, 3, 1),
        "new_deadline": date(2026, 6, 30),
        "requested_on": date(2026, 2, 20),
        "reason": "需待上级批复",
        "pending": False,
    }
    assert postponement_problems(**ok) == []  # type: ignore[arg-type]
    earlier = postponement_problems(**{**ok, "new_deadline": date(2026, 3, 1)})  # type: ignore[arg-type]
    assert codes(earlier) == {(Code.DATE_ORDER, Severity.ERROR)}
    assert codes(postponement_problems(**{**ok, "reason": ""})) == {  # type: ignore[arg-type]
        (Code.REQUIRED, Severity.ERROR)
    }
    assert codes(postponement_problems(**{**ok, "status": Status.DONE})) == {  # type: ignore[arg-type]
        (Code.WRONG_STEP, Severity.ERROR)
    }
    assert codes(postponement_problems(**{**ok, "pending": True})) == {  # type: ignore[arg-type]
        (Code.WRONG_STEP, Severity.ERROR)
    }
    request = PostponementRecord(
        PostponementId(1),
        "k",
        IssueId(1),
        None,
        "r",
        date(2026, 3, 1),
        date(2026, 6, 30),
        date(2026, 2, 20),
        "张三",
        Status.IN_PROGRESS,
        Decision.APPROVED,
    )
    assert codes(decision_problems(request, date(2026, 2, 10))) == {
        (Code.WRONG_STEP, Severity.ERROR),
        (Code.DATE_ORDER, Severity.ERROR),
    }


# --------------------------------------------------------------------- outcomes
def test_money_is_exact() -> None:
    assert to_amount(0.1) + to_amount(0.2) == Decimal("0.300")
    assert to_amount("12.345万元") == Decimal("12.345")
    assert to_amount("1,234.5") == Decimal("1234.500")
    assert to_amount(86.2) == Decimal("86.200")
    with pytest.raises(ValueError, match="abc"):
        to_amount("abc")
    many = [OutcomeDraft(OutcomeKind.FUNDS, "recovered", amount=to_amount(0.1))] * 10
    totals = outcome_totals(many)
    assert totals.funds[FundsKind.RECOVERED] == Decimal("1.000")
    assert totals.as_json()["funds_total"] == 1.0


def test_outcome_totals_by_kind_with_zeros() -> None:
    outcomes = [
        OutcomeDraft(OutcomeKind.RULE, name="公务接待管理办法", date=date(2026, 1, 5)),
        OutcomeDraft(OutcomeKind.RULE, name="财务报销制度（修订）"),
        OutcomeDraft(OutcomeKind.ACCOUNTABILITY, "party_discipline", count=1),
        OutcomeDraft(OutcomeKind.ACCOUNTABILITY, "criticism", count=5),
        OutcomeDraft(OutcomeKind.ACCOUNTABILITY, "criticism", count=2),
        OutcomeDraft(OutcomeKind.FUNDS, "recovered", amount=Decimal("12.345")),
        OutcomeDraft(OutcomeKind.FUNDS, "loss_recovered", amount=Decimal("86.2")),
    ]
    totals = outcome_totals(outcomes)
    doc = totals.as_json()
    assert doc["rules_made"] == 2
    assert doc["accountability"]["criticism"] == 7
    assert doc["accountability"]["reminder"] == 0
    assert doc["people_total"] == 8
    assert totals.funds_total == Decimal("98.545")
    assert doc["funds"] == {
        "recovered": 12.345,
        "refunded": 0.0,
        "loss_recovered": 86.2,
        "other": 0.0,
    }


def test_outcome_validation() -> None:
    assert validate_outcome(OutcomeDraft(OutcomeKind.RULE, name="制度")) == []
    assert [p.code for p in validate_outcome(OutcomeDraft(OutcomeKind.RULE))] == [Code.REQUIRED]
    bad_people = validate_outcome(OutcomeDraft(OutcomeKind.ACCOUNTABILITY, "免职", count=0))
    assert {p.code for p in bad_people} == {Code.BAD_KIND, Code.BAD_AMOUNT}
    four_places = OutcomeDraft(OutcomeKind.FUNDS, "recovered", amount=Decimal("1.2345"))
    assert [p.field for p in validate_outcome(four_places)] == ["amount"]
    negative = OutcomeDraft(OutcomeKind.FUNDS, "recovered", amount=Decimal("-1"))
    assert [p.field for p in validate_outcome(negative)] == ["amount"]


def test_kinds_from_notice_words() -> None:
    assert accountability_kind("党纪处分") is AccountabilityKind.PARTY_DISCIPLINE
    assert accountability_kind("诫勉谈话") is AccountabilityKind.ADMONITION
    assert accountability_kind("reminder") is AccountabilityKind.REMINDER
    assert accountability_kind("通报批评") is AccountabilityKind.OTHER
    assert funds_kind("挽回经济损失") is FundsKind.LOSS_RECOVERED
    assert funds_kind("清退违规资金") is FundsKind.REFUNDED
    assert funds_kind("追缴资金") is FundsKind.RECOVERED


# ----------------------------------------------------------------- ledger check
def test_measures_without_unit_or_deadline() -> None:
    parent = issue(unit="", deadline=None)
    found = check_measure_assignments(
        [parent],
        [
            measure(1, unit="财政局", deadline=date(2026, 3, 1)),
            measure(2, deadline_text="长期坚持", unit="财政局"),
            measure(3),
        ],
    )
    assert [(f.code, f.record_id) for f in found] == [
        (FindingCode.MEASURE_NO_UNIT, 3),
        (FindingCode.MEASURE_NO_DEADLINE, 3),
    ]
    assert found[0].message == "问题1的第3条整改措施未明确责任单位"
    assert found[0].issue_id == 1
    # The issue's unit and deadline count for its measures.
    covered = issue(unit="财政局", deadline=date(2026, 3, 31))
    assert check_measure_assignments([covered], [measure(3)]) == []


def test_done_issues_with_open_measures_or_without_evidence() -> None:
    issues = [issue(1, "1", Status.DONE), issue(2, "2", Status.CLOSED), issue(3, "3")]
    measures = [measure(1, 1, Status.DONE), measure(2, 1, Status.IN_PROGRESS), measure(3, 2)]
    found = check_done_issues(issues, measures, {1: 2})
    assert [(f.code, f.record_id) for f in found] == [
        (FindingCode.DONE_WITH_OPEN_MEASURES, 1),
        (FindingCode.DONE_WITH_OPEN_MEASURES, 2),
        (FindingCode.DONE_WITHOUT_EVIDENCE, 2),
    ]
    assert found[0].message == "问题1已标为“已完成”，但第2条整改措施尚未完成"


def test_deadlines_before_the_feedback_date() -> None:
    inspection = InspectionRecord(title="x", feedback_date=date(2022, 10, 11), id=InspectionId(1))
    issues = [issue(1, deadline=date(2022, 1, 11)), issue(2, "2", deadline=date(2023, 1, 11))]
    measures = [measure(1, 2, deadline=date(2022, 9, 30)), measure(2, 2, deadline=None)]
    found = check_deadlines_after_feedback([inspection], issues, measures)
    assert [(f.entity, f.record_id) for f in found] == [("issue", 1), ("measure", 1)]
    assert "2022年1月11日" in found[0].message
    assert "2022年10月11日" in found[0].message


def test_duplicate_numbers_and_texts_within_one_inspection() -> None:
    text = "部分村（社区）集体“三资”管理不规范，账目公开不及时"
    issues = [
        issue(1, "1", text=text),
        issue(2, "1", text="另一个问题：会议记录不完整，学习流于形式"),
        issue(3, "3", text=text.replace("，", ", ") + "。"),  # the same once punctuation goes
        issue(4, "4", text="部分村（社区）集体“三资”管理不规范，账目公开不够及时"),
        issue(5, "1", text="别的巡察里的问题一，与本轮无关", inspection=2),
        issue(6, "6", text="同上"),
        issue(7, "7", text="同上"),
    ]
    found = check_duplicates(issues)
    assert [(f.code, f.record_id) for f in found] == [
        (FindingCode.DUPLICATE_NUMBER, 2),
        (FindingCode.DUPLICATE_TEXT, 3),
        (FindingCode.DUPLICATE_TEXT, 4),
    ]
    assert found[1].message == "问题3与问题1的内容相同"
    assert found[2].message == "问题4与问题1的内容几乎相同"


def test_numbers_restarting_in_every_category_are_not_duplicates() -> None:
    from dataclasses import replace

    from desktop.domain.records import CategoryId

    first = replace(issue(1, "1"), category_id=CategoryId(1))
    again = replace(
        issue(2, "1", text="另一方面的第一个问题：台账登记不及时"), category_id=CategoryId(2)
    )
    same = replace(
        issue(3, "1", text="同一方面里又一个一号问题：学习记录缺失"), category_id=CategoryId(2)
    )
    found = check_duplicates([first, again, same])
    assert [(f.code, f.record_id) for f in found] == [(FindingCode.DUPLICATE_NUMBER, 3)]


def test_status_disagreeing_with_measures() -> None:
    issues = [
        issue(1, "1", Status.IN_PROGRESS),
        issue(2, "2", Status.NOT_STARTED),
        issue(3, "3", Status.IN_PROGRESS),
        issue(4, "4", Status.NOT_STARTED),
    ]
    measures = [
        measure(1, 1, Status.DONE),
        measure(2, 1, Status.CLOSED),
        measure(3, 2, Status.IN_PROGRESS),
        measure(4, 3, Status.DONE),
        measure(5, 3, Status.IN_PROGRESS),
        measure(6, 4, Status.NOT_STARTED),
    ]
    found = check_status_agreement(issues, measures)
    assert [f.record_id for f in found] == [1, 2]
    assert found[0].message == "问题1的整改措施均已完成，但问题状态为“正在推进”"


def test_notice_statistics_that_no_longer_recompute() -> None:
    inspection = InspectionRecord(title="x", id=InspectionId(1))
    issues = [issue(n, str(n), Status.DONE) for n in range(1, 32)]
    issues += [issue(n, str(n), Status.IN_PROGRESS) for n in range(32, 39)]
    stated = {"issues_total": 38, "done": 31, "in_progress": 7, "rate": 81.58}
    assert check_notice_statistics(inspection, stated, issues, []) == []
    assert check_notice_statistics(inspection, {**stated, "rate": 82}, issues, []) == []
    wrong = check_notice_statistics(inspection, {**stated, "rate": 81.85}, issues, [])
    assert [f.code for f in wrong] == [FindingCode.NOTICE_RATE]
    assert "31/38 = 81.58%" in wrong[0].message
    # A 基本完成 issue counts as 正在整改 when the notice gives no figure for it.
    partly = [*issues[:37], issue(38, "38", Status.PARTIAL)]
    assert check_notice_statistics(inspection, stated, partly, []) == []
    assert len(check_notice_statistics(inspection, {**stated, "partial": 0}, partly, [])) == 2
    changed = [*issues[:30], issue(31, "31", Status.IN_PROGRESS), *issues[31:]]
    stale = check_notice_statistics(inspection, stated, changed, [])
    assert [f.message for f in stale] == [
        "通报中“已完成整改”为 31 个，台账现为 30 个",
        "通报中“正在整改”为 7 个，台账现为 8 个",
    ]
    outcomes = [
        OutcomeRecord(OutcomeKind.ACCOUNTABILITY, "party_discipline", count=1, id=OutcomeId(1)),
        OutcomeRecord(OutcomeKind.FUNDS, "recovered", amount=Decimal("12.345"), id=OutcomeId(2)),
    ]
    figures = {
        "accountability": {"党纪处分": 1, "政务处分": 2},
        "funds": {"追缴资金": 12.345},
        "rules_made": 15,
    }
    found = check_notice_statistics(inspection, figures, issues, outcomes)
    assert [f.message for f in found] == [
        "通报中“建章立制”为 15 项，台账现为 0 项",
        "通报中“政务处分”为 2 人，台账现为 0 人",
    ]
    assert all(f.entity == "inspection" and f.record_id == 1 for f in found)


def test_check_ledger_runs_every_rule_in_ledger_order() -> None:
    inspection = InspectionRecord(title="x", feedback_date=date(2026, 1, 1), id=InspectionId(1))
    issues = (
        issue(1, "1", Status.DONE, deadline=date(2025, 12, 1)),
        issue(2, "1", Status.IN_PROGRESS, text="另一个问题：台账资料归档不及时，有缺失"),
    )
    view = LedgerView(
        inspections=(inspection,),
        issues=issues,
        measures=(measure(1, 2, Status.DONE, deadline=date(2026, 1, 10)),),
        notice_statistics={1: {"issues_total": 3}},
    )
    found = check_ledger(view)
    assert [(f.code.value, f.record_id) for f in found] == [
        ("done_without_evidence", 1),
        ("deadline_before_feedback", 1),
        ("duplicate_number", 2),
        ("status_disagrees_with_measures", 2),
        ("notice_figure_stale", 1),
    ]
    assert finding_counts(found)["duplicate_number"] == 1
    assert found[0].as_json()["code"] == "done_without_evidence"
