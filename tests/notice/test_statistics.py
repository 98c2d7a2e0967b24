"""The statistics paragraph, read and written: figures, rate checks, zero counts."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.notice_stats import NoticeStatistics, round_rate
from desktop.domain.problems import Code, Severity
from desktop.domain.status import Status
from desktop.notice.reader import read_notice_text
from desktop.notice.statistics import (
    format_statistics,
    merge_statistics,
    read_statistics,
    statistics_from_records,
)


def test_counts_and_rate() -> None:
    reading = read_statistics(
        "截至目前，巡察反馈的38个问题，已完成整改31个，正在整改7个，整改完成率81.58%。"
    )
    assert reading.is_statistics
    assert reading.unplaced == ()
    s = reading.statistics
    assert (s.issues_total, s.done, s.in_progress, s.rate) == (38, 31, 7, 81.58)
    assert s.rate_matches() is True


def test_counts_without_total_and_a_whole_rate() -> None:
    s = read_statistics(
        "完成整改120个，基本完成并持续整改3个，未完成2个，总体完成率96%。"
    ).statistics
    assert (s.done, s.partial, s.not_done, s.issues_total) == (120, 3, 2, None)
    assert s.counted_total() == 125
    assert (s.rate, s.rate_decimals) == (96.0, 0)
    assert s.rate_matches() is True


def test_signed_off_and_postponed() -> None:
    s = read_statistics("已整改销号45个，申请延期整改2个。").statistics
    assert (s.closed, s.postponed) == (45, 2)


def test_accountability_by_kind_with_zeros() -> None:
    s = read_statistics(
        "给予党纪处分1人、政务处分2人，组织处理3人，诫勉谈话0人，批评教育5人，提醒谈话4人。"
    ).statistics
    assert s.accountability == {
        "党纪处分": 1,
        "政务处分": 2,
        "组织处理": 3,
        "诫勉谈话": 0,
        "批评教育": 5,
        "提醒谈话": 4,
    }


def test_rules_and_money_in_wan_yuan() -> None:
    s = read_statistics(
        "制定及修改完善制度15项，追缴资金12.345万元，挽回经济损失86.2万元，"
        "清退违规资金3.5万元，收缴违纪资金8000元，整改问题金额1.2亿元。"
    ).statistics
    assert s.rules_made == 15
    assert s.funds == {
        "追缴资金": 12.345,
        "挽回经济损失": 86.2,
        "清退违规资金": 3.5,
        "收缴违纪资金": 0.8,
        "整改问题金额": 12000.0,
    }


def test_meetings() -> None:
    s = read_statistics("召开专题民主生活会2次，集中学习9次，讲授专题党课4次。").statistics
    assert s.meetings == {"召开专题民主生活会": 2, "集中学习": 9, "讲授专题党课": 4}


def test_a_figure_that_fits_nowhere_is_kept_as_unplaced() -> None:
    reading = read_statistics("已完成整改3个，正在整改1个，另有群众来信12封。")
    assert reading.is_statistics
    assert reading.unplaced == ()  # 封 is no unit we read: the clause holds no figure
    reading = read_statistics("已完成整改3个，正在整改1个，涉及面积12.5个百分点。")
    assert reading.unplaced == ("涉及面积12.5个百分点",)


def test_an_ordinary_sentence_is_no_statistics_paragraph() -> None:
    reading = read_statistics("2022年党工委会议共安排第一议题35项，深入学习贯彻二十大精神。")
    assert not reading.is_statistics


def test_rate_that_does_not_recompute_is_a_warning_with_its_line() -> None:
    text = (
        "关于巡察整改情况的通报\n"
        "根据县委统一部署，2023年3月6日至4月28日，县委第二巡察组对某局进行了常规巡察。\n"
        "截至目前，巡察反馈的38个问题，已完成整改31个，正在整改7个，整改完成率85%。\n"
        "问题1.某问题。\n整改进度：已完成。\n"
    )
    plan = read_notice_text(text).plan
    mismatches = [p for p in plan.problems if p.code is Code.RATE_MISMATCH]
    assert len(mismatches) == 1
    assert mismatches[0].severity is Severity.WARNING
    assert mismatches[0].line == 3
    assert mismatches[0].value == "85.0%"
    assert "31/38" in mismatches[0].message
    assert plan.statistics["rate"] == 85.0  # as written, not corrected


def test_unplaced_figures_in_a_statistics_paragraph_are_warnings() -> None:
    text = (
        "关于巡察整改情况的通报\n"
        "已完成整改3个，正在整改1个，整改完成率75.00%，涉及面积12.5个百分点。\n"
        "问题1.某问题。\n整改进度：已完成。\n"
    )
    plan = read_notice_text(text).plan
    unplaced = [p for p in plan.problems if p.code is Code.UNPLACED_TEXT and p.line == 2]
    assert [p.value for p in unplaced] == ["涉及面积12.5个百分点"]


def test_round_rate_rounds_half_up() -> None:
    assert round_rate(10, 14) == Decimal("71.43")
    assert round_rate(1, 8) == Decimal("12.50")
    assert round_rate(1, 800, 2) == Decimal("0.13")  # 0.125 -> 0.13, not banker's 0.12
    assert round_rate(1, 0) == Decimal(0)


@dataclass(frozen=True)
class _Issue:
    status: Status
    long_term: bool = False


def test_statistics_from_records_count_every_state() -> None:
    issues = [_Issue(Status.DONE, True)] * 9 + [_Issue(Status.CLOSED)]
    issues += [_Issue(Status.IN_PROGRESS)] * 3 + [_Issue(Status.PARTIAL)]
    s = statistics_from_records(issues)
    assert (s.issues_total, s.done, s.closed, s.partial, s.in_progress) == (14, 10, 1, 1, 3)
    assert (s.not_started, s.postponed, s.long_term) == (0, 0, 9)
    assert s.rate == 71.43


def test_format_prints_zero_counts_and_a_rate_that_recomputes() -> None:
    s = NoticeStatistics(issues_total=14, done=10, partial=1, in_progress=3, rate=99.0)
    text = format_statistics(s)
    assert text == (
        "截至目前，巡察反馈的14个问题，已完成整改10个，基本完成1个，正在整改3个，"
        "未启动0个，申请延期0个，整改完成率71.43%。"
    )


def test_format_outcomes() -> None:
    s = NoticeStatistics(
        accountability={"党纪处分": 1, "诫勉谈话": 0},
        rules_made=15,
        funds={"追缴资金": 12.345, "挽回经济损失": 86.0},
        meetings={"召开专题民主生活会": 2},
    )
    assert format_statistics(s) == (
        "给予党纪处分1人、诫勉谈话0人。"
        "制定及修改完善制度15项，追缴资金12.345万元，挽回经济损失86万元，召开专题民主生活会2次。"
    )
    assert format_statistics(NoticeStatistics()) == ""


def test_merge_keeps_the_first_figures() -> None:
    first = NoticeStatistics(done=3, accountability={"问责": 1})
    more = NoticeStatistics(done=5, in_progress=2, accountability={"问责": 9, "党纪处分": 1})
    merged = merge_statistics(first, more)
    assert (merged.done, merged.in_progress) == (3, 2)
    assert merged.accountability == {"问责": 1, "党纪处分": 1}


def test_json_round_trip() -> None:
    s = NoticeStatistics(issues_total=5, done=3, in_progress=2, rate=60.0, funds={"追缴资金": 1.5})
    assert s.as_json() == {
        "issues_total": 5,
        "done": 3,
        "in_progress": 2,
        "rate": 60.0,
        "funds": {"追缴资金": 1.5},
    }
    assert NoticeStatistics.from_json(s.as_json()) == s


counts = st.integers(min_value=0, max_value=400)


@settings(max_examples=60, deadline=None)
@given(done=counts, closed=counts, partial=counts, in_progress=counts, other=counts)
def test_written_statistics_read_back_and_recompute(
    done: int, closed: int, partial: int, in_progress: int, other: int
) -> None:
    total = done + closed + partial + in_progress + other
    s = NoticeStatistics(
        issues_total=total,
        done=done + closed,
        closed=closed,
        partial=partial,
        in_progress=in_progress,
        not_started=other,
        postponed=0,
    )
    text = format_statistics(s)
    if total == 0:
        assert text == ""
        return
    reading = read_statistics(text)
    assert reading.unplaced == ()
    back = reading.statistics
    assert (back.issues_total, back.done, back.partial, back.in_progress) == (
        total,
        done + closed,
        partial,
        in_progress,
    )
    assert back.closed == (closed or None)
    assert back.not_started == other
    assert back.postponed == 0
    assert back.rate_matches() is True


def test_outcomes_recorded_become_the_notices_figures_and_read_back() -> None:
    from desktop.domain.supervision import OutcomeDraft, OutcomeKind

    @dataclass
    class Issue:
        status: Status
        long_term: bool = False

    outcomes = [
        OutcomeDraft(OutcomeKind.RULE, name="应急物资管理规定"),
        OutcomeDraft(OutcomeKind.RULE, name="信访事项办理监督和问责办法"),
        OutcomeDraft(OutcomeKind.ACCOUNTABILITY, subkind="party_discipline", count=1),
        OutcomeDraft(OutcomeKind.ACCOUNTABILITY, subkind="criticism", count=2),
        OutcomeDraft(OutcomeKind.ACCOUNTABILITY, subkind="criticism", count=3),
        OutcomeDraft(OutcomeKind.FUNDS, subkind="refunded", amount=Decimal("3.5")),
        OutcomeDraft(OutcomeKind.FUNDS, subkind="recovered", amount=Decimal("12.345")),
    ]
    stats = statistics_from_records([Issue(Status.DONE), Issue(Status.IN_PROGRESS)], outcomes)
    text = format_statistics(stats)
    # Every usual kind of accountability, zeros included, as notices print them; money
    # in the notices' order, without trailing zeros.
    people = "给予党纪处分1人、政务处分0人、组织处理0人、诫勉谈话0人、批评教育5人、提醒谈话0人。"
    assert people in text
    assert text.endswith("制定及修改完善制度2项，追缴资金12.345万元，清退违规资金3.5万元。")
    read = read_statistics(text).statistics
    assert (read.accountability, read.rules_made, read.funds) == (
        stats.accountability,
        stats.rules_made,
        stats.funds,
    )


def test_without_outcomes_the_notice_claims_none() -> None:
    """Nothing recorded is not "zero": no accountability or money sentence at all."""

    @dataclass
    class Issue:
        status: Status
        long_term: bool = False

    text = format_statistics(statistics_from_records([Issue(Status.DONE)]))
    assert "给予" not in text
    assert "万元" not in text
    assert "制度" not in text
