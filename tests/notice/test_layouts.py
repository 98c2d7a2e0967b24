"""Every body layout of a notice (A to H, ``docs/architecture.md``), read from texts written for the
tests, and the same texts with the hazards of real ones: ASCII punctuation,
traditional characters, page chrome with the title twice, and lines broken at a fixed
width with page numbers (PDF extraction)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import date

import pytest

from desktop.domain.plan import ImportPlan
from desktop.domain.problems import Code
from desktop.domain.records import InspectionKind
from desktop.domain.status import Status
from desktop.notice.clean import simplify
from desktop.notice.reader import read_notice_text
from tests.notice.texts import (
    LAYOUTS,
    ascii_punctuation,
    pdf_lines,
    traditional,
    with_chrome,
)

DONE, IN_PROGRESS, PARTIAL = Status.DONE, Status.IN_PROGRESS, Status.PARTIAL


def _read(text: str) -> ImportPlan:
    return read_notice_text(text, file="t.txt").plan


def _summary(plan: ImportPlan) -> list[tuple[object, ...]]:
    return [
        (
            i.draft.number,
            i.category_path,
            i.draft.status,
            i.draft.long_term,
            i.draft.progress,
            i.draft.text,
            [m.draft.text for m in i.measures],
        )
        for i in plan.issues
    ]


def _codes(plan: ImportPlan) -> list[Code]:
    return [p.code for p in plan.problems]


def test_layout_a_issue_paragraphs_under_categories() -> None:
    plan = _read(LAYOUTS["A"])
    assert _codes(plan) == []
    first, second = "一、在落实党的路线方针政策方面", "二、在全面从严治党方面"
    assert _summary(plan) == [
        (
            "1",
            (first,),
            DONE,
            False,
            "已完成",
            "学习贯彻党的二十大精神不深入，党组理论学习中心组专题学习仅2次。",
            [
                "制定党组理论学习中心组年度学习计划，全年安排专题学习12次。",
                "举办读书班，组织干部集中学习5天。",
            ],
        ),
        (
            "2",
            (first,),
            IN_PROGRESS,
            False,
            "正在推进",
            "农村公路建设项目推进缓慢，3个项目未按期开工。",
            ["完善项目调度机制，每月召开一次项目推进会，已开工2个项目。"],
        ),
        (
            "3",
            (second,),
            DONE,
            True,
            "已整改到位，长期坚持",
            "公务用车管理不规范，出车登记不全。",
            ["修订《公务用车管理办法》，实行派车单制度。", "每月公示用车情况，接受干部职工监督。"],
        ),
        (
            "4",
            (second,),
            PARTIAL,
            False,
            "除城西客运站项目外，其他已完成",
            "工程项目招标程序不严格。",
            ["对2021年以来的工程项目开展自查，规范招标文件审核流程。"],
        ),
        (
            "5",
            (second,),
            IN_PROGRESS,
            False,
            "未完成，正在推进中",
            "干部教育培训针对性不强。",
            ["制定干部培训需求调查表", "开设业务大讲堂，已举办3期。"],
        ),
    ]
    inspection = plan.inspection
    assert inspection is not None
    assert (inspection.inspector, inspection.inspected_unit) == (
        "县委第二巡察组",
        "县交通运输局党组",
    )
    assert inspection.kind is InspectionKind.REGULAR
    # The end of the period and the feedback date omit the year.
    assert (inspection.start, inspection.end) == (date(2023, 3, 6), date(2023, 4, 28))
    assert inspection.feedback_date == date(2023, 6, 9)
    assert (inspection.rectification_start, inspection.rectification_end) == (
        date(2023, 6, 10),
        date(2023, 9, 9),
    )
    assert inspection.notice_date == date(2023, 10, 8)
    assert inspection.issuer == "中共某县交通运输局党组"
    assert inspection.contact == (
        "联系电话：0374-1234567；邮政地址：某县人民路1号；电子邮箱：jtj@example.cn"
    )
    assert plan.statistics == {"issues_total": 5, "done": 3, "in_progress": 2, "rate": 60.0}


def test_layout_b_leaves_are_issues_with_their_category_path() -> None:
    plan = _read(LAYOUTS["B"])
    assert _codes(plan) == []
    area1 = "（一）在“落实全面从严治党主体责任”方面"
    area2 = "（二）在“选人用人”方面"
    assert _summary(plan) == [
        (
            "（1）",
            (area1, "1.关于“主体责任落实不到位”问题的整改"),
            DONE,
            False,
            "已完成整改",
            "关于“党组研究党风廉政建设不经常”的问题。",
            ["党组每季度专题研究党风廉政建设工作，已召开专题会议4次。"],
        ),
        (
            "（2）",
            (area1, "1.关于“主体责任落实不到位”问题的整改"),
            IN_PROGRESS,
            False,
            "正在推进",
            "关于“廉政风险排查不全面”的问题。",
            ["重新梳理廉政风险点56个", "制定防控措施。"],
        ),
        (
            "（1）",
            (area1, "2.关于“监督责任履行不力”问题的整改"),
            DONE,
            False,
            "已完成",
            "关于“对下属单位监督检查少”的问题。",
            ["制定年度监督检查计划，检查下属单位8个。"],
        ),
        (
            "（1）",
            (area2, "1.关于“干部选拔任用程序不规范”问题的整改"),
            DONE,
            False,
            "已整改到位",
            "关于“个别干部档案材料不全”的问题。",
            ["补齐干部档案材料12份。"],
        ),
    ]


def test_layout_c_sections_feedback_and_numbered_issues() -> None:
    plan = _read(LAYOUTS["C"])
    assert _codes(plan) == []
    summary = _summary(plan)
    assert [(s[0], s[1][-1], s[2], s[4]) for s in summary] == [
        ("1", "（一）反馈问题：落实意识形态工作责任制不到位。", DONE, "已完成"),
        ("2", "（一）反馈问题：落实意识形态工作责任制不到位。", IN_PROGRESS, "正在整改"),
        ("1", "（二）反馈问题：基层医疗服务能力不足。", PARTIAL, "基本完成"),
        ("1", "（一）反馈问题：财务管理不规范。", DONE, "已完成整改"),
    ]
    assert summary[0][1][0] == "一、贯彻落实党的路线方针政策和党中央决策部署方面"
    assert summary[3][1][0] == "二、落实全面从严治党战略部署方面"
    assert [s[6] for s in summary] == [
        ["党组已将意识形态工作纳入重要议事日程，每半年专题研究1次。"],
        ["建立网站和新媒体账号台账", "落实信息发布三审制度。"],
        ["已盘活闲置设备23台，剩余5台正在调配中。"],
        ["追缴超标准接待费用1.2万元，对相关责任人进行了批评教育。"],
    ]
    assert plan.inspection is not None
    assert plan.inspection.kind is InspectionKind.SPECIAL


def test_layout_d_four_levels_with_sub_issues() -> None:
    plan = _read(LAYOUTS["D"])
    assert _codes(plan) == []
    summary = _summary(plan)
    assert [(s[0], s[1], s[2], s[4], s[5], s[6]) for s in summary] == [
        (
            "（1）",
            ("一、关于党的领导弱化问题", "（一）理论学习不深入", "1、中心组学习流于形式"),
            DONE,
            "已完成",
            "学习内容与业务结合不紧。",
            ["制定中心组学习与统计业务结合清单。"],
        ),
        (
            "（2）",
            ("一、关于党的领导弱化问题", "（一）理论学习不深入", "1、中心组学习流于形式"),
            IN_PROGRESS,
            "正在整改",
            "研讨交流发言质量不高。",
            [],
        ),
        (
            "2",
            ("一、关于党的领导弱化问题", "（一）理论学习不深入"),
            DONE,
            "已完成整改",
            "党组会议议事规则执行不严",
            ["修订《党组工作规则》，严格落实议事程序。"],
        ),
        (
            "1",
            ("一、关于党的领导弱化问题", "（二）基层党建薄弱"),
            DONE,
            "已完成",
            "支部“三会一课”开展不规范。",
            ["建立“三会一课”记录检查制度", "每季度通报支部组织生活开展情况。"],
        ),
        (
            "1",
            ("二、关于全面从严治党不力问题", "（一）廉政风险防控不到位"),
            Status.POSTPONED,
            "申请延期整改",
            "统计执法检查程序不规范。",
            [],
        ),
    ]
    assert plan.inspection is not None
    assert plan.inspection.kind is InspectionKind.FOLLOW_UP


def test_layout_e_narrative_sections_are_reported_not_read_as_issues() -> None:
    plan = _read(LAYOUTS["E"])
    summary = _summary(plan)
    assert [(s[0], s[1], s[2], s[5], len(s[6])) for s in summary] == [
        ("（一）", ("二、问题整改情况",), DONE, "关于“落实立德树人根本任务有差距”的问题。", 2),
        ("（二）", ("二、问题整改情况",), IN_PROGRESS, "关于“校园安全管理存在漏洞”的问题。", 1),
    ]
    skipped = [p for p in plan.problems if p.code is Code.NARRATIVE_SKIPPED]
    assert [p.value for p in skipped] == ["一、组织领导情况", "三、下一步工作打算"]
    assert all(not p.blocking and p.line for p in skipped)
    assert _codes(plan) == [Code.NARRATIVE_SKIPPED, Code.NARRATIVE_SKIPPED]


def test_layout_f_inline_measures_and_status() -> None:
    plan = _read(LAYOUTS["F"])
    assert _codes(plan) == []
    assert _summary(plan) == [
        (
            "（一）",
            ("一、在贯彻落实党中央决策部署方面",),
            DONE,
            False,
            "目前已完成",
            "关于落实乡村振兴战略不到位的问题。",
            ["制定乡村振兴年度工作要点", "建立重点项目推进台账，目前已完成。"],
        ),
        (
            "（二）",
            ("一、在贯彻落实党中央决策部署方面",),
            IN_PROGRESS,
            False,
            "正在推进",
            "关于耕地保护责任落实不严的问题。",
            ["开展耕地“非农化”排查", "整改违法占地图斑12处。"],
        ),
        (
            "（一）",
            ("二、在全面从严治党方面",),
            DONE,
            True,
            "已完成整改",
            "关于“三重一大”制度执行不严格的问题。",
            ["修订“三重一大”决策制度", "建立决策事项台账，长期坚持。"],
        ),
    ]
    assert plan.inspection is not None
    assert plan.inspection.kind is InspectionKind.MOBILE


def test_layout_g_statistics_only() -> None:
    plan = _read(LAYOUTS["G"])
    assert plan.issues == ()
    assert _codes(plan) == [Code.NO_ISSUES]
    assert not plan.blocked
    assert plan.statistics == {
        "issues_total": 38,
        "done": 31,
        "in_progress": 7,
        "rate": 81.58,
        "accountability": {
            "党纪处分": 1,
            "政务处分": 2,
            "组织处理": 3,
            "诫勉谈话": 0,
            "批评教育": 5,
            "提醒谈话": 4,
        },
        "rules_made": 15,
        "funds": {"追缴资金": 12.345, "挽回经济损失": 86.2, "清退违规资金": 3.5},
        "meetings": {"召开专题民主生活会": 2, "集中学习": 9, "讲授专题党课": 4},
    }


def test_layout_h_audit_report_with_counts_per_section() -> None:
    plan = _read(LAYOUTS["H"])
    summary = _summary(plan)
    section = "一、预算执行方面问题的整改情况"
    assert [(s[0], s[1], s[2], s[5], s[6]) for s in summary] == [
        (
            "（一）",
            (section,),
            DONE,
            "部分项目预算执行率偏低的问题。",
            ["加快项目实施进度，执行率提高到92%。"],
        ),
        ("（二）", (section,), IN_PROGRESS, "非税收入未及时缴库的问题。", ["已缴库资金320万元。"]),
    ]
    stats = plan.statistics
    assert (stats["issues_total"], stats["done"], stats["in_progress"], stats["rate"]) == (
        12,
        10,
        2,
        83.33,
    )
    assert stats["sections"] == [
        {"category": [section], "issues_total": 7, "done": 6, "in_progress": 1},
        {
            "category": ["二、专项资金管理方面问题的整改情况"],
            "issues_total": 5,
            "done": 4,
            "in_progress": 1,
        },
    ]
    assert plan.inspection is not None
    assert plan.inspection.kind is InspectionKind.AUDIT
    # An audit report names no inspection team: said, not guessed.
    assert [p.field for p in plan.problems] == ["inspector"]


HAZARDS: dict[str, Callable[[str], str]] = {
    "ascii punctuation": ascii_punctuation,
    "traditional": traditional,
    "page chrome": with_chrome,
    "pdf lines": pdf_lines,
    "all at once": lambda t: pdf_lines(with_chrome(traditional(ascii_punctuation(t)))),
}


def _flat(plan: ImportPlan, convert: Callable[[str], str] = str) -> tuple[object, ...]:
    """What must not change under a hazard. Lines broken by PDF pages may leave a
    paragraph break where a sentence ended at a line's end: texts compared without
    line breaks. ``convert`` is applied to every text first (the traditional hazard
    keeps the characters as written: compared through the matching copy)."""
    issues = [
        (
            convert(str(s[0])),
            tuple(convert(c) for c in s[1]),  # type: ignore[attr-defined]
            *s[2:4],
            convert(str(s[4])),
            convert(str(s[5]).replace("\n", "")),
            [convert(m.replace("\n", "")) for m in s[6]],  # type: ignore[attr-defined]
        )
        for s in _summary(plan)
    ]
    inspection = plan.inspection
    if inspection is not None:
        inspection = dataclasses.replace(
            inspection,
            **{
                f.name: convert(getattr(inspection, f.name))
                for f in dataclasses.fields(inspection)
                if isinstance(getattr(inspection, f.name), str)
            },
        )
    statistics = json.loads(convert(json.dumps(plan.statistics, ensure_ascii=False)))
    return issues, inspection, statistics, sorted(p.code for p in plan.problems)


@pytest.mark.parametrize("hazard", HAZARDS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_hazards_change_nothing(layout: str, hazard: str) -> None:
    clean = _read(LAYOUTS[layout])
    messy = _read(HAZARDS[hazard](LAYOUTS[layout]))
    if "traditional" in hazard or hazard == "all at once":
        # Stored as written: equal to the clean reading once converted, and written
        # in traditional characters.
        assert _flat(messy, simplify) == _flat(clean)
        assert any(simplify(i.draft.text) != i.draft.text for i in messy.issues) or (
            not messy.issues
        )
    else:
        assert _flat(messy) == _flat(clean)


def test_pdf_lines_really_break_words() -> None:
    # The hazard is real: lines end inside words, with page numbers between pages.
    text = pdf_lines(LAYOUTS["A"])
    assert "— 1 —" in text
    assert "整改措施：一是制定党组理论学习中心组年度学习计划，全年安\n排专题学习 12 次" in text
    assert "电子邮箱：jtj@examp\nle.cn" in text
    assert "中心组专\n题学习仅 2 次" in text


def test_traditional_text_is_traditional() -> None:
    text = traditional(LAYOUTS["A"])
    assert "問題1." in text
    assert "整改進度：" in text
