"""Issue #23, the notice classes: headings with 问题 inside them (5), totals phrased
around aspects (7) and the opening facts of real notices (9). Each written from new
examples of its class (words, layout and position varied), not from one replayed text."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.problems import Code, Severity
from desktop.domain.records import InspectionKind
from desktop.domain.status import Status
from desktop.notice.reader import about_heading_end, read_notice_text
from desktop.notice.statistics import read_statistics

OPENING = (
    "根据县委统一部署，2023年3月6日至4月28日，县委第二巡察组对县卫健委党组进行了常规巡察。"
    "2023年6月9日，县委巡察组向县卫健委党组反馈了巡察意见。"
)


# ------------------------------------------------------------------ class 5: headings


@pytest.mark.parametrize(
    ("paragraph", "heading"),
    [
        (
            "关于“对问题通报曝光不及时，警示作用发挥不够”的问题。整改情况：已完成。",
            "关于“对问题通报曝光不及时，警示作用发挥不够”的问题。",
        ),
        (
            "关于「分管领域『问题线索』处置迟缓」的问题；已完成整改。",
            "关于「分管领域『问题线索』处置迟缓」的问题；",
        ),
        (
            "关于生态环境保护领域突出问题整改不彻底的问题。一是排查；二是复核。",
            "关于生态环境保护领域突出问题整改不彻底的问题。",
        ),
        (
            "关于“三重一大”问题决策不规范问题的整改情况：正在推进。",
            "关于“三重一大”问题决策不规范问题的整改情况：",
        ),
    ],
)
def test_about_heading_runs_to_its_closing_problem(paragraph: str, heading: str) -> None:
    assert paragraph[: about_heading_end(paragraph)] == heading


def test_about_heading_needs_its_problem_word() -> None:
    # A first sentence that does not close on 问题 is not an issue heading.
    assert about_heading_end("关于落实会议精神。正在推进。") is None
    assert about_heading_end("一是加强学习。") is None


@pytest.mark.parametrize(
    "heading",
    [
        "（1）关于“对发现的问题通报曝光不及时，警示作用发挥不够”的问题",
        "（2）关于「班子成员对『分管领域问题』督促不力」的问题。",
        "（3）关于问题台账管理混乱、问题销号把关不严的问题",
    ],
)
@pytest.mark.parametrize("inline", [False, True])
def test_headings_with_problem_inside_are_not_cut(heading: str, inline: bool) -> None:
    rest = "整改进展：已完成。一是建立通报制度；二是每季度通报一次。"
    body = (
        f"{heading}{'' if heading.endswith('。') else '。'}{rest}"
        if inline
        else f"{heading}\n{rest}"
    )
    text = f"某局党组关于巡察整改情况的通报\n{OPENING}\n一、在落实管党治党责任方面\n{body}\n"
    plan = read_notice_text(text).plan
    (issue,) = plan.issues
    assert issue.draft.text.rstrip("。") == heading[3:].rstrip("。")
    assert issue.draft.status is Status.DONE
    assert [m.draft.text for m in issue.measures] == ["建立通报制度", "每季度通报一次。"]
    assert issue.category_path == ("一、在落实管党治党责任方面",)


# --------------------------------------------------------------------- class 7: totals


@pytest.mark.parametrize(
    ("text", "total", "done"),
    [
        (
            "县委巡察组指出了我局党组在3个方面存在的9个具体问题。截至目前，9个问题中已完成整改6个。",
            9,
            6,
        ),
        ("巡察反馈的4个方面12个问题，整改完成10个，整改率达83.33%。", 12, 10),
        ("反馈问题涉及5大类17个问题，已整改到位15个。", 17, 15),
        ("针对巡察组反馈的3大方面8个突出问题，已完成整改8个。", 8, 8),
        ("巡察指出2个领域共11个问题，其中整改完成9个。", 11, 9),
    ],
)
def test_total_counts_problems_never_aspects(text: str, total: int, done: int) -> None:
    stats = read_statistics(text).statistics
    assert stats.issues_total == total
    assert stats.done == done


def test_measures_counted_are_not_issues() -> None:
    stats = read_statistics(
        "针对反馈的12个问题，制定整改措施46条，已完成整改11个，1个正在整改中。"
    ).statistics
    assert (stats.issues_total, stats.done, stats.in_progress) == (12, 11, 1)


# ---------------------------------------------------------------- class 9: the opening


def _facts(opening: str) -> tuple[object, ...]:
    plan = read_notice_text(f"某局党组关于巡察整改情况的通报\n{opening}\n").plan
    assert plan.inspection is not None
    i = plan.inspection
    return (i.inspector, i.inspected_unit, i.kind, i.start, i.end, i.feedback_date)


def test_team_between_dates_and_unit_and_bare_feedback() -> None:
    assert _facts(
        "按照县委巡察工作领导小组统一部署，县委第一巡察组于2023年4月10日至5月26日对县农业农村局党组"
        "进行了常规巡察，2023年7月12日反馈了巡察意见。"
    ) == (
        "县委第一巡察组",
        "县农业农村局党组",
        InspectionKind.REGULAR,
        date(2023, 4, 10),
        date(2023, 5, 26),
        date(2023, 7, 12),
    )


def test_tour_follow_up_is_a_tour() -> None:
    text = (
        "根据省委统一部署，2022年9月5日至10月20日，省委第三巡视组对某市生态环境局党组开展了巡视“回头看”。"
        "12月2日，省委巡视组向某市生态环境局党组反馈了巡视意见。党组自12月3日至次年3月2日进行集中整改。"
    )
    plan = read_notice_text(f"某局党组关于巡视整改情况的通报\n{text}\n").plan
    assert plan.inspection is not None
    assert plan.inspection.kind is InspectionKind.TOUR
    assert "巡视“回头看”" in plan.inspection.title
    assert plan.inspection.feedback_date == date(2022, 12, 2)
    assert (plan.inspection.rectification_start, plan.inspection.rectification_end) == (
        date(2022, 12, 3),
        date(2023, 3, 2),
    )
    # A 巡察“回头看” stays one.
    facts = _facts("2023年5月8日至6月9日，市委第一巡察组对某局党组开展了巡察“回头看”。")
    assert facts[2] is InspectionKind.FOLLOW_UP


def test_facts_without_issues_are_read_with_a_warning() -> None:
    text = (
        "中共某镇委员会关于巡察整改情况的通报\n"
        "根据区委统一部署，2021年3月1日至4月15日，区委第四巡察组对某镇党委进行了常规巡察。"
        "5月20日，区委巡察组向某镇党委反馈了巡察意见。\n"
    )
    plan = read_notice_text(text).plan
    assert not plan.blocked
    assert all(p.severity is not Severity.ERROR for p in plan.problems)
    assert [p.code for p in plan.problems] == [Code.NO_ISSUES]
    assert plan.inspection is not None
    assert plan.inspection.feedback_date == date(2021, 5, 20)


def test_opening_with_figures_gives_both() -> None:
    text = (
        "某局党组关于巡察整改情况的通报\n"
        "2021年5月8日至6月30日，区委第二巡察组对区审计局党组进行了巡察。8月16日，区委巡察组向区审计局党组"
        "反馈了巡察意见。截至目前，反馈的12个问题已整改完成11个，整改率达91.67%，建立完善制度6项，"
        "给予记大过处分1人、提醒谈话3人，追缴资金23.5万元，召开专题民主生活会1次。\n"
    )
    plan = read_notice_text(text).plan
    assert plan.inspection is not None
    assert plan.inspection.feedback_date == date(2021, 8, 16)
    s = plan.statistics
    assert (s["issues_total"], s["done"], s["rate"], s["rules_made"]) == (12, 11, 91.67, 6)
    assert s["accountability"] == {"记大过处分": 1, "提醒谈话": 3}
    assert s["funds"] == {"追缴资金": 23.5}
    assert s["meetings"] == {"召开专题民主生活会": 1}


def test_all_done_without_a_count() -> None:
    stats = read_statistics("巡察反馈的3个方面15个问题已全部完成整改，完成率100%。").statistics
    assert (stats.issues_total, stats.done, stats.rate) == (15, 15, 100.0)


# ------------------------------------------------------------- the outline's evidence


def test_one_numbered_measure_per_issue_is_a_measure_not_a_category() -> None:
    """Every ``1.`` is followed by the next issue, but its numbering restarts with
    every issue (categories restart only under an outer heading): measures."""
    body = "".join(
        f"问题{n}.{problem}。\n整改进度：已完成。\n1.{action}。\n"
        for n, problem, action in (
            (1, "学习流于形式", "修订学习制度"),
            (2, "培训覆盖面不足", "制定培训计划"),
            (3, "公务用车管理不规范", "建立用车登记制度"),
        )
    )
    plan = read_notice_text(f"某局党组关于巡察整改情况的通报\n{OPENING}\n{body}").plan
    assert [(i.category_path, [m.draft.text for m in i.measures]) for i in plan.issues] == [
        ((), ["修订学习制度。"]),
        ((), ["制定培训计划。"]),
        ((), ["建立用车登记制度。"]),
    ]


def test_categories_between_issues_stay_categories() -> None:
    body = (
        "一、党的建设方面\n问题1.学习流于形式。\n整改进度：已完成。\n一是修订学习制度。\n"
        "二、作风建设方面\n问题2.公务用车管理不规范。\n整改进度：正在整改。\n一是建立登记制度。\n"
    )
    plan = read_notice_text(f"某局党组关于巡察整改情况的通报\n{OPENING}\n{body}").plan
    assert [i.category_path for i in plan.issues] == [("一、党的建设方面",), ("二、作风建设方面",)]


@pytest.mark.parametrize(
    ("opening", "feedback"),
    [
        (
            "根据市委巡察工作统一部署，市委第一巡察组于2022年4月6日至6月10日对我局进行了巡察，"
            "并于2022年8月3日进行了反馈。",
            date(2022, 8, 3),
        ),
        (
            "2023年4月12日至5月31日，市委第三巡察组对市发展和改革委员会党组开展了常规巡察，"
            "并于2023年7月14日反馈了巡察意见。",
            date(2023, 7, 14),
        ),
    ],
)
def test_feedback_in_the_sentence_of_the_inspection(opening: str, feedback: date) -> None:
    assert _facts(opening)[5] == feedback


def test_figures_in_a_dated_sentence_of_the_opening() -> None:
    text = (
        "某局党委关于巡察整改情况的通报\n"
        "按照区委统一部署，2022年9月13日至11月10日，区委第五巡察组对区教育局党委开展了提级巡察。"
        "2023年1月5日，区委巡察组向区教育局党委反馈了巡察意见。截至2023年4月5日，反馈的32个问题"
        "已整改完成30个，基本完成2个，完成率93.75%；建立完善制度17项；对12名党员干部进行批评教育，"
        "给予党纪处分2人。\n"
    )
    plan = read_notice_text(text).plan
    assert plan.inspection is not None
    assert plan.inspection.kind is InspectionKind.ELEVATED
    s = plan.statistics
    assert (s["issues_total"], s["done"], s["partial"], s["rate"]) == (32, 30, 2, 93.75)
    assert s["accountability"] == {"批评教育": 12, "党纪处分": 2}
    assert [p.code for p in plan.problems] == [Code.NO_ISSUES]


def test_clues_and_aspects_are_not_issues() -> None:
    stats = read_statistics("反馈问题4个方面23个，移交问题线索2件。").statistics
    assert stats.issues_total == 23


def test_a_status_alone_before_the_next_issue_is_no_category() -> None:
    body = (
        "问题1：学习流于形式。\n一是修订学习制度。\n已完成\n"
        "问题2：培训不足。\n一是制定计划。\n正在整改\n"
    )
    plan = read_notice_text(f"某局党组关于巡察整改情况的通报\n{OPENING}\n{body}").plan
    assert [(i.category_path, i.draft.status) for i in plan.issues] == [
        ((), Status.DONE),
        ((), Status.IN_PROGRESS),
    ]
