"""Writes the notice corpus of issue #23: notices in distinct real-world shapes, each
beside its expected reading (``NAME.expected.json``). Run from the repository root:

    .venv/bin/python -m tests.notice.corpus.generate

The texts are written for this corpus (facts in the style of published notices, no
sentence copied from one). The expectations are written by hand, here, next to each
text: they are what a clerk reading the notice would enter, not what the reader
happens to produce. Generated files are committed; the test reads the files.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.notice.texts import pdf_lines

HERE = Path(__file__).resolve().parent

OPEN = (
    "根据{organ}统一部署，{start}至{end}，{team}对{unit}进行了{kind}。"
    "{feedback}，{organ}巡察组向{unit}反馈了巡察意见。"
    "按照有关规定，现将巡察整改情况予以公布。"
)
CLOSE = (
    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见和建议，请及时向我们反映。"
    "联系电话：0374-1234567；电子邮箱：xczg@example.cn。"
)


def opening(
    organ: str = "县委",
    team: str = "县委第二巡察组",
    unit: str = "县交通运输局党组",
    kind: str = "常规巡察",
    start: str = "2023年3月6日",
    end: str = "4月28日",
    feedback: str = "2023年6月9日",
) -> str:
    return OPEN.format(
        organ=organ, team=team, unit=unit, kind=kind, start=start, end=end, feedback=feedback
    )


def issue(
    number: str,
    status: str,
    text: str,
    measures: list[str] | int,
    path: list[str] | None = None,
    long_term: bool = False,
) -> dict[str, Any]:
    """One expected issue: its number as written, status, the start of its text,
    its measures (their starts, or how many) and its category path."""
    out: dict[str, Any] = {"number": number, "status": status, "text": text}
    out["measures"] = measures
    if path is not None:
        out["path"] = path
    if long_term:
        out["long_term"] = True
    return out


CORPUS: list[dict[str, Any]] = []


def notice(name: str, kind: str, text: str | list[Any], **expected: Any) -> None:
    CORPUS.append({"name": name, "kind": kind, "text": text, "expected": expected})


INSPECTION = {
    "inspector": "县委第二巡察组",
    "inspected_unit": "县交通运输局党组",
    "start": "2023-03-06",
    "end": "2023-04-28",
    "feedback_date": "2023-06-09",
}

# 01 — layout A, the plain shape
notice(
    "01_layout_a_plain",
    "txt",
    f"""中共某县交通运输局党组关于县委第二巡察组巡察整改情况的通报

{opening()}

问题1.理论学习中心组学习流于形式，专题研讨仅开展2次。

整改进度：已完成，长期坚持。

一是修订中心组学习制度，明确每季度专题研讨不少于1次。二是建立学习台账，逐次记录。

问题2：干部职工教育培训覆盖面不足。

整改进度：正在推进。

一是制定年度培训计划；二是分批组织轮训，已培训86人次。

{CLOSE}

中共某县交通运输局党组

2023年9月15日
""",
    inspection={**INSPECTION, "kind": "regular", "notice_date": "2023-09-15"},
    issues=[
        issue("1", "done", "理论学习中心组学习流于形式", 2, long_term=True),
        issue(
            "2", "in_progress", "干部职工教育培训覆盖面不足", ["制定年度培训计划", "分批组织轮训"]
        ),
    ],
)

# 02 — web page copy with its furniture before and after
notice(
    "02_web_furniture",
    "txt",
    f"""索引号：11411000MB0000001X/2023-00041
发布机构：某县交通运输局
成文日期：2023-09-15
您当前所在位置：首页 > 政务公开 > 巡察整改
中共某县交通运输局党组关于县委巡察整改进展情况的通报
【字号：大 中 小】 浏览量：1024
中共某县交通运输局党组关于县委巡察整改进展情况的通报
{opening()}
问题1：执行民主集中制不严格，“三重一大”事项未经集体研究2项。
整改进度：已完成。
一是修订党组议事规则；二是对2项事项补充履行程序。
问题2：公务用车管理不规范。
整改进度：已完成。
一是建立用车登记制度。
中共某县交通运输局党组
2023年9月15日
来源：某县交通运输局
发布时间：2023-09-15 16:20
【打印本页】 【关闭窗口】
分享到：
""",
    title="中共某县交通运输局党组关于县委巡察整改进展情况的通报",
    inspection={**INSPECTION, "notice_date": "2023-09-15"},
    issues=[
        issue("1", "done", "执行民主集中制不严格", ["修订党组议事规则", "对2项事项补充履行程序"]),
        issue("2", "done", "公务用车管理不规范", ["建立用车登记制度"]),
    ],
    problems=[],
)

# 03 — PDF copy: lines broken at the page width, page numbers, spaces in numbers
notice(
    "03_pdf_lines",
    "txt",
    pdf_lines(
        """中共某县水利局党组关于县委巡察整改情况的通报
根据县委统一部署，2022年8月1日至9月16日，县委第三巡察组对县水利局党组进行了常规巡察。2022年10月20日，县委巡察组向县水利局党组反馈了巡察意见。现将巡察整改情况予以公布。
问题1：防汛物资储备不足，抽查3个仓库中有2个储备量低于标准，部分物资已过有效期仍未更换。
整改进度：已完成。
一是补充采购防汛物资，3个仓库储备量全部达标，过期物资全部更换。二是建立物资动态管理台账，每月核查一次，每季度向局党组报告。
问题2：河道巡查记录不完整，部分巡查日志缺少巡查人签字和发现问题的处理情况。
整改进度：正在整改。
一是规范巡查日志格式，增加签字和处理情况栏目；二是开展巡查记录专项检查，发现问题12处，已整改9处。
中共某县水利局党组
2022年12月30日
""",
        width=26,
        page_lines=9,
    ),
    inspection={
        "inspector": "县委第三巡察组",
        "inspected_unit": "县水利局党组",
        "start": "2022-08-01",
        "end": "2022-09-16",
        "feedback_date": "2022-10-20",
        "notice_date": "2022-12-30",
    },
    issues=[
        issue(
            "1",
            "done",
            "防汛物资储备不足，抽查3个仓库中有2个储备量低于标准，部分物资已过有效期仍未更换。",
            2,
        ),
        issue("2", "in_progress", "河道巡查记录不完整", 2),
    ],
)

# 04 — traditional characters: stored as written
notice(
    "04_traditional",
    "txt",
    """中共某區財政局黨組關於區委巡察整改進展情況的通報
根據區委統一部署，2023年4月3日至5月19日，區委第一巡察組對區財政局黨組進行了常規巡察。2023年7月5日，區委巡察組向區財政局黨組反饋了巡察意見。
問題1：黨組理論學習針對性不強，聯繫實際不夠。
整改進度：已完成，長期堅持。
一是製定學習計劃，突出針對性；二是開展專題研討4次。
問題2：預算績效管理不到位。
整改進度：正在整改。
一是修訂績效評價辦法。
""",
    inspection={
        "inspector": "區委第一巡察組",
        "inspected_unit": "區財政局黨組",
        "start": "2023-04-03",
        "end": "2023-05-19",
        "feedback_date": "2023-07-05",
    },
    issues=[
        issue(
            "1",
            "done",
            "黨組理論學習針對性不強，聯繫實際不夠。",
            ["製定學習計劃", "開展專題研討4次"],
            long_term=True,
        ),
        issue("2", "in_progress", "預算績效管理不到位。", ["修訂績效評價辦法"]),
    ],
)

# 05 — layout B: （一）在“…”方面 → 1.关于“…”问题的整改 → （1）关于“…”
notice(
    "05_layout_b",
    "txt",
    f"""中共某镇委员会关于巡察整改情况的通报
{opening(unit="某镇党委", team="县委第四巡察组")}
（一）在“落实党的路线方针政策”方面
1.关于“乡村振兴推进不力”问题的整改
（1）关于“产业项目带动作用不明显”
整改情况：已完成。重新论证2个产业项目，引入合作社运营。
（2）关于“人居环境整治不彻底”
整改情况：正在整改。开展村庄清洁行动，已清理垃圾堆放点31处。
（二）在“全面从严治党”方面
1.关于“监督执纪问题处置迟缓”问题的整改
（1）关于“问题线索台账不规范”
整改情况：已完成。重新建立线索台账。
""",
    inspection={"inspector": "县委第四巡察组", "inspected_unit": "某镇党委"},
    issues=[
        issue(
            "（1）",
            "done",
            "关于“产业项目带动作用不明显”",
            1,
            path=["（一）在“落实党的路线方针政策”方面", "1.关于“乡村振兴推进不力”问题的整改"],
        ),
        issue(
            "（2）",
            "in_progress",
            "关于“人居环境整治不彻底”",
            1,
            path=["（一）在“落实党的路线方针政策”方面", "1.关于“乡村振兴推进不力”问题的整改"],
        ),
        issue(
            "（1）",
            "done",
            "关于“问题线索台账不规范”",
            1,
            path=["（二）在“全面从严治党”方面", "1.关于“监督执纪问题处置迟缓”问题的整改"],
        ),
    ],
)

# 06 — layout C: 一、 → （一）反馈问题 → 1. issue with 整改进展
notice(
    "06_layout_c",
    "txt",
    f"""中共某县卫生健康委员会党组关于巡察整改进展情况的通报
{opening(unit="县卫健委党组")}
一、党的建设方面
（一）反馈问题：基层党组织建设薄弱。
1.部分支部“三会一课”记录不全。
整改进展：已完成。对12个支部记录进行了逐项核查，补齐缺漏。
2.发展党员程序不规范。
整改进展：已完成。开展发展党员工作专项检查。
二、业务工作方面
（一）反馈问题：医疗质量管理存在短板。
1.处方点评制度落实不到位。
整改进展：正在整改。每月开展处方点评，已点评处方3200张。
""",
    issues=[
        issue(
            "1",
            "done",
            "部分支部“三会一课”记录不全。",
            1,
            path=["一、党的建设方面", "（一）反馈问题：基层党组织建设薄弱。"],
        ),
        issue(
            "2",
            "done",
            "发展党员程序不规范。",
            1,
            path=["一、党的建设方面", "（一）反馈问题：基层党组织建设薄弱。"],
        ),
        issue(
            "1",
            "in_progress",
            "处方点评制度落实不到位。",
            1,
            path=["二、业务工作方面", "（一）反馈问题：医疗质量管理存在短板。"],
        ),
    ],
)

# 07 — layout F: issue and measures inline in one paragraph, heading with 问题 inside
notice(
    "07_layout_f_inline",
    "txt",
    f"""中共某区生态环境分局党组关于区委巡察整改情况的通报
{opening(organ="区委", team="区委第一巡察组", unit="区生态环境分局党组")}
一、在履行生态环境保护职责方面
（一）关于生态环境保护领域突出问题整改不彻底的问题。整改进展：已完成。一是建立问题清单，逐项销号；二是开展“回头看”，复查点位46个。
（二）关于“对群众反映的问题回应不及时，处理结果不公开”的问题。整改进展：正在推进。一是建立信访件办理时限制度；二是每月公开办理结果。
""",
    issues=[
        issue(
            "（一）",
            "done",
            "关于生态环境保护领域突出问题整改不彻底的问题。",
            ["建立问题清单", "开展“回头看”"],
            path=["一、在履行生态环境保护职责方面"],
        ),
        issue(
            "（二）",
            "in_progress",
            "关于“对群众反映的问题回应不及时，处理结果不公开”的问题。",
            2,
            path=["一、在履行生态环境保护职责方面"],
        ),
    ],
)

# 08 — statistics only (layout G)
notice(
    "08_statistics_only",
    "txt",
    f"""中共某县商务局党组关于巡察整改情况的通报
{opening(unit="县商务局党组")}
截至目前，巡察反馈的21个问题，已完成整改18个，正在整改3个，整改完成率85.71%。给予党纪处分1人、诫勉谈话2人，制定完善制度9项，追缴资金4.6万元。
""",
    issues=[],
    statistics={"issues_total": 21, "done": 18, "in_progress": 3, "rate": 85.71, "rules_made": 9},
    problems=["no_issues"],
)

# 09 — facts only: the inspection's record, read with a warning
notice(
    "09_facts_only",
    "txt",
    """中共某街道工作委员会关于区委巡察整改情况的通报
根据区委统一部署，2021年3月1日至4月15日，区委第四巡察组对某街道党工委进行了常规巡察。5月20日，区委巡察组向某街道党工委反馈了巡察意见。街道党工委高度重视，自5月21日至8月20日开展集中整改。
""",
    inspection={
        "inspector": "区委第四巡察组",
        "inspected_unit": "某街道党工委",
        "start": "2021-03-01",
        "end": "2021-04-15",
        "feedback_date": "2021-05-20",
        "rectification_start": "2021-05-21",
        "rectification_end": "2021-08-20",
    },
    issues=[],
    problems=["no_issues"],
    blocked=False,
)

# 10 — 反馈问题N, status before numbered measures 1. 2.
notice(
    "10_feedback_issue_numbered_measures",
    "txt",
    f"""中共某县教育局党组关于巡察整改情况的通报
{opening(unit="县教育局党组")}
反馈问题1：校园安全隐患排查不彻底。
整改情况：已完成。
1.组织全县学校开展安全隐患大排查，排查隐患57处。
2.建立隐患整改台账，实行销号管理。
反馈问题2：教师培训经费使用不规范。
整改情况：正在整改。
1.清理近三年培训经费支出。
2.修订培训经费管理办法。
3.对违规支出予以追回。
""",
    issues=[
        issue(
            "1",
            "done",
            "校园安全隐患排查不彻底。",
            ["组织全县学校开展安全隐患大排查", "建立隐患整改台账"],
        ),
        issue("2", "in_progress", "教师培训经费使用不规范。", 3),
    ],
)

# 11 — 问题清单第N项, measures ①②, status after the measures
notice(
    "11_list_item_circled_measures",
    "txt",
    f"""中共某县文化广电和旅游局党组关于巡察整改情况的通报
{opening(unit="县文广旅局党组")}
问题清单第1项：落实意识形态工作责任制不到位。
①召开党组会议专题研究意识形态工作；②建立宣传阵地管理台账。
整改进度：已完成。
问题清单第2项：文物安全巡查不到位。
①聘请文物巡查员6名；②每月开展一次巡查。
整改进度：基本完成，长期坚持。
""",
    issues=[
        issue(
            "1",
            "done",
            "落实意识形态工作责任制不到位。",
            ["召开党组会议专题研究意识形态工作", "建立宣传阵地管理台账"],
        ),
        issue("2", "partial", "文物安全巡查不到位。", 2, long_term=True),
    ],
)

# 12 — 问题一：, 整改措施： then numbered lines without full stops, 完成情况 after
notice(
    "12_issue_cn_number_measures_then_status",
    "txt",
    f"""中共某县民政局党组关于巡察整改情况的通报
{opening(unit="县民政局党组")}
问题一：政治理论学习不深入。
整改措施：
1.修订中心组学习制度
2.开展读书班
完成情况：已完成
问题二：低保动态管理不及时。
整改措施：
1.开展低保对象全面复核
2.建立月度比对机制
完成情况：正在整改
""",
    issues=[
        issue("一", "done", "政治理论学习不深入。", ["修订中心组学习制度", "开展读书班"]),
        issue(
            "二",
            "in_progress",
            "低保动态管理不及时。",
            ["开展低保对象全面复核", "建立月度比对机制"],
        ),
    ],
)

# 13 — dotted numbers 1.1 under 一、 categories
notice(
    "13_dotted_issues",
    "txt",
    f"""中共某县审计局党组关于巡察整改情况的通报
{opening(unit="县审计局党组")}
一、党的建设方面
1.1 党组会议议事规则不健全。
整改情况：已完成。修订党组会议议事规则。
1.2 “三会一课”落实不到位。
整改情况：已完成。建立提醒制度。
二、业务管理方面
2.1 项目审计质量控制不严。
整改情况：正在整改。修订审计质量控制办法。
""",
    issues=[
        issue("1.1", "done", "党组会议议事规则不健全。", 1, path=["一、党的建设方面"]),
        issue("1.2", "done", "“三会一课”落实不到位。", 1, path=["一、党的建设方面"]),
        issue("2.1", "in_progress", "项目审计质量控制不严。", 1, path=["二、业务管理方面"]),
    ],
)

# 14 — tree: numbered measures before the issue's status line
notice(
    "14_tree_measures_before_status",
    "txt",
    f"""中共某县自然资源局党组关于巡察整改情况的通报
{opening(unit="县自然资源局党组")}
一、政治建设方面
（一）关于学习贯彻上级精神不及时的问题
1.建立第一议题制度，及时传达学习。
2.开展专题研讨3次。
整改情况：已完成。
（二）关于意识形态责任制落实不到位的问题
1.制定意识形态工作责任清单。
2.每半年分析研判一次。
整改情况：正在推进。
""",
    issues=[
        issue(
            "（一）",
            "done",
            "关于学习贯彻上级精神不及时的问题",
            ["建立第一议题制度", "开展专题研讨3次"],
            path=["一、政治建设方面"],
        ),
        issue(
            "（二）",
            "in_progress",
            "关于意识形态责任制落实不到位的问题",
            2,
            path=["一、政治建设方面"],
        ),
    ],
)

# 15 — headings with 问题 inside quotes, 「」 and nested
notice(
    "15_headings_problem_inside",
    "txt",
    f"""中共某县市场监督管理局党组关于巡察整改情况的通报
{opening(unit="县市场监管局党组")}
一、在落实全面从严治党责任方面
（1）关于“对发现的问题通报曝光不及时，警示作用发挥不够”的问题
整改情况：已完成。制定问题通报曝光办法，每季度通报一次。
（2）关于「班子成员对『分管领域问题』督促不力」的问题。整改情况：正在整改。一是约谈分管领导；二是建立督办清单。
""",
    issues=[
        issue(
            "（1）",
            "done",
            "关于“对发现的问题通报曝光不及时，警示作用发挥不够”的问题",
            1,
            path=["一、在落实全面从严治党责任方面"],
        ),
        issue(
            "（2）",
            "in_progress",
            "关于「班子成员对『分管领域问题』督促不力」的问题。",
            ["约谈分管领导", "建立督办清单"],
            path=["一、在落实全面从严治党责任方面"],
        ),
    ],
)

# 16 — totals phrased around aspects
notice(
    "16_aspects_total",
    "txt",
    """中共某市统计局党组关于市委巡察整改进展情况的通报
根据市委统一部署，2022年5月9日至6月24日，市委第五巡察组对市统计局党组进行了常规巡察。2022年8月2日，市委巡察组向市统计局党组反馈了巡察意见，指出了我局党组在3个方面存在的9个具体问题。
截至目前，9个问题中已完成整改6个，正在整改3个，整改完成率66.67%。
""",
    inspection={
        "inspector": "市委第五巡察组",
        "inspected_unit": "市统计局党组",
        "feedback_date": "2022-08-02",
    },
    issues=[],
    statistics={"issues_total": 9, "done": 6, "in_progress": 3, "rate": 66.67},
    problems=["no_issues"],
)

# 17 — 巡视“回头看”, dates without the year, 次年
notice(
    "17_tour_follow_up",
    "txt",
    """中共某市生态环境局党组关于省委巡视“回头看”整改进展情况的通报
根据省委统一部署，2022年9月5日至10月20日，省委第三巡视组对某市生态环境局党组开展了巡视“回头看”。12月2日，省委巡视组向某市生态环境局党组反馈了巡视意见。党组自12月3日至次年3月2日进行集中整改。
截至目前，省委巡视组指出的4个方面26个问题中，整改完成24个，整改率达92.31%。建立完善制度11项，给予记大过处分1人、提醒谈话6人，召开专题民主生活会1次。
""",
    inspection={
        "inspector": "省委第三巡视组",
        "kind": "tour",
        "start": "2022-09-05",
        "end": "2022-10-20",
        "feedback_date": "2022-12-02",
        "rectification_start": "2022-12-03",
        "rectification_end": "2023-03-02",
    },
    issues=[],
    statistics={
        "issues_total": 26,
        "done": 24,
        "rate": 92.31,
        "rules_made": 11,
        "accountability": {"记大过处分": 1, "提醒谈话": 6},
        "meetings": {"召开专题民主生活会": 1},
    },
    problems=["no_issues"],
)

# 18 — the team between the dates and the unit, feedback without 向…
notice(
    "18_team_then_dates",
    "txt",
    """关于县委第四轮巡察整改情况的通报
按照县委巡察工作领导小组统一部署，县委第一巡察组于2023年4月10日至5月26日对县农业农村局党组进行了常规巡察，2023年7月12日反馈了巡察意见。县农业农村局党组自7月13日至10月12日开展集中整改。
巡察反馈的3个方面15个问题已全部完成整改，完成率100%。
""",
    inspection={
        "inspector": "县委第一巡察组",
        "inspected_unit": "县农业农村局党组",
        "start": "2023-04-10",
        "end": "2023-05-26",
        "feedback_date": "2023-07-12",
        "rectification_start": "2023-07-13",
        "rectification_end": "2023-10-12",
    },
    issues=[],
    statistics={"issues_total": 15, "done": 15, "rate": 100.0},
    problems=["no_issues"],
)

# 19 — opening paragraph holding the figures too, with issues after
notice(
    "19_opening_with_figures",
    "txt",
    """中共某区审计局党组关于区委巡察整改进展情况的通报
2021年5月8日至6月30日，区委第二巡察组对区审计局党组进行了巡察。8月16日，区委巡察组向区审计局党组反馈了巡察意见。截至目前，反馈的2个问题已整改完成1个，整改率达50%，建立完善制度3项，追缴资金23.5万元。
问题1：审计整改跟踪不到位。
整改进度：已完成。
建立审计整改跟踪台账。
问题2：内部控制制度不健全。
整改进度：正在整改。
修订内部控制手册。
""",
    inspection={
        "inspector": "区委第二巡察组",
        "inspected_unit": "区审计局党组",
        "feedback_date": "2021-08-16",
    },
    issues=[
        issue("1", "done", "审计整改跟踪不到位。", ["建立审计整改跟踪台账"]),
        issue("2", "in_progress", "内部控制制度不健全。", ["修订内部控制手册"]),
    ],
    statistics={
        "issues_total": 2,
        "done": 1,
        "rate": 50.0,
        "rules_made": 3,
        "funds": {"追缴资金": 23.5},
    },
)

# 20 — ASCII punctuation, full-width digits, half-width brackets
notice(
    "20_mixed_punctuation",
    "txt",
    """中共某县住房和城乡建设局党组关于巡察整改情况的通报
根据县委统一部署,２０２３年３月６日至４月２８日,县委第二巡察组对县住建局党组进行了常规巡察.２０２３年６月９日,县委巡察组向县住建局党组反馈了巡察意见。
问题 1:工程招投标监管不严.
整改进度:已完成.
一是修订招投标监管办法;二是开展专项检查.
问题 2:物业服务投诉处理不及时.
整改进度:正在整改.
一是建立投诉处理时限制度.
""",
    inspection={
        "inspector": "县委第二巡察组",
        "inspected_unit": "县住建局党组",
        "feedback_date": "2023-06-09",
    },
    issues=[
        issue("1", "done", "工程招投标监管不严", 2),
        issue("2", "in_progress", "物业服务投诉处理不及时", 1),
    ],
)

# 21 — GB18030 file (what Chinese Windows saves as "ANSI")
notice(
    "21_gb18030",
    "txt-gb18030",
    f"""中共某县林业局党组关于巡察整改情况的通报
{opening(unit="县林业局党组")}
问题1：森林防火责任落实不到位。
整改进度：已完成。
一是签订防火责任书；二是增设瞭望哨2处。
""",
    issues=[issue("1", "done", "森林防火责任落实不到位。", 2)],
)

# 22 — audit report with counts per section (layout H)
notice(
    "22_audit_sections",
    "txt",
    """某县人民政府关于2022年度审计查出问题整改情况的报告
根据审计法和县人大常委会有关决议，现将2022年度审计查出问题整改情况报告如下。
截至2023年10月底，审计查出的问题12个，已整改10个，正在整改2个，整改完成率83.33%。
一、预算执行方面问题的整改情况
审计查出问题7个，已整改6个，正在整改1个。
（一）部分项目预算执行率偏低的问题。整改情况：已完成。加快项目实施进度。
（二）非税收入未及时缴库的问题。整改情况：正在整改。已缴库资金320万元。
某县人民政府
2023年11月30日
""",
    inspection={"kind": "audit", "notice_date": "2023-11-30"},
    issues=[
        issue(
            "（一）",
            "done",
            "部分项目预算执行率偏低的问题。",
            1,
            path=["一、预算执行方面问题的整改情况"],
        ),
        issue(
            "（二）",
            "in_progress",
            "非税收入未及时缴库的问题。",
            1,
            path=["一、预算执行方面问题的整改情况"],
        ),
    ],
    statistics={"issues_total": 12, "done": 10, "in_progress": 2, "rate": 83.33},
)

# 23 — narrative section before the issues (layout E then C)
notice(
    "23_narrative_then_issues",
    "txt",
    f"""中共某县人力资源和社会保障局党组关于巡察整改情况的通报
{opening(unit="县人社局党组")}
一、加强组织领导，压实整改责任
（一）成立整改工作领导小组。党组书记任组长，班子成员任副组长。
（二）制定整改方案。逐条明确责任领导、责任单位和完成时限。
二、反馈问题的整改情况
（一）关于社保基金监管不到位的问题
整改情况：已完成。开展社保基金专项检查。
（二）关于就业补贴审核不严的问题
整改情况：正在整改。对2022年以来补贴逐笔复核。
""",
    issues=[
        issue("（一）", "done", "关于社保基金监管不到位的问题", 1, path=["二、反馈问题的整改情况"]),
        issue(
            "（二）",
            "in_progress",
            "关于就业补贴审核不严的问题",
            1,
            path=["二、反馈问题的整改情况"],
        ),
    ],
    problems=["narrative_skipped"],
)

# 24 — .docx with typed numbering (the writer's shape)
notice(
    "24_docx_plain",
    "docx",
    [
        ("p", "中共某县应急管理局党组关于巡察整改情况的通报"),
        ("p", opening(unit="县应急管理局党组")),
        ("p", "问题1.安全生产执法检查频次不足。"),
        ("p", "整改进度：已完成。"),
        ("p", "一是制定年度执法检查计划；二是开展“四不两直”检查36次。"),
        ("p", "问题2.应急预案演练流于形式。"),
        ("p", "整改进度：正在整改。"),
        ("p", "一是修订应急预案；二是每半年实战演练一次。"),
    ],
    issues=[
        issue("1", "done", "安全生产执法检查频次不足。", 2),
        issue("2", "in_progress", "应急预案演练流于形式。", 2),
    ],
)

# 25 — .docx whose numbering is automatic: issues “问题%1：”, measures “%1.”
notice(
    "25_docx_auto_numbering",
    "docx",
    [
        ("p", "中共某县医疗保障局党组关于巡察整改情况的通报"),
        ("p", opening(unit="县医保局党组")),
        ("num", "issue", 0, "定点医药机构监管不到位。"),
        ("p", "整改情况：已完成。"),
        ("num", "step", 0, "开展定点医药机构全覆盖检查。"),
        ("num", "step", 0, "追回违规医保基金。"),
        ("num", "issue", 0, "医保待遇审核把关不严。"),
        ("p", "整改情况：正在整改。"),
        ("num", "step", 0, "修订待遇审核规程。"),
    ],
    issues=[
        issue(
            "1",
            "done",
            "定点医药机构监管不到位。",
            ["开展定点医药机构全覆盖检查", "追回违规医保基金"],
        ),
        issue("2", "in_progress", "医保待遇审核把关不严。", ["修订待遇审核规程"]),
    ],
)

# 26 — .docx with Chinese automatic numbering: 一、 categories, （一） issues
notice(
    "26_docx_auto_numbering_chinese",
    "docx",
    [
        ("p", "中共某县退役军人事务局党组关于巡察整改情况的通报"),
        ("p", opening(unit="县退役军人事务局党组")),
        ("num", "outline", 0, "党的建设方面"),
        ("num", "outline", 1, "关于支部组织生活不规范的问题"),
        ("p", "整改情况：已完成。制定组织生活清单。"),
        ("num", "outline", 0, "业务工作方面"),
        ("num", "outline", 1, "关于优抚资金发放不及时的问题"),
        ("p", "整改情况：正在整改。建立按月发放机制。"),
    ],
    issues=[
        issue("（一）", "done", "关于支部组织生活不规范的问题", 1, path=["一、党的建设方面"]),
        issue(
            "（一）", "in_progress", "关于优抚资金发放不及时的问题", 1, path=["二、业务工作方面"]
        ),
    ],
)

# 27 — .docx whose issue list is a table
notice(
    "27_docx_table",
    "docx",
    [
        ("p", "中共某县城市管理局党组关于巡察整改情况的通报"),
        ("p", opening(unit="县城管局党组")),
        (
            "table",
            [
                ["序号", "存在问题", "整改措施", "整改情况"],
                ["1", "占道经营整治不彻底。", "1.划定临时疏导点。\n2.开展集中整治行动。", "已完成"],
                ["2", "执法文书不规范。", "组织执法文书评查。", "正在整改"],
            ],
        ),
    ],
    issues=[
        issue("1", "done", "占道经营整治不彻底。", ["划定临时疏导点", "开展集中整治行动"]),
        issue("2", "in_progress", "执法文书不规范。", ["组织执法文书评查"]),
    ],
)

# 28 — .docx table with section rows merged across
notice(
    "28_docx_table_sections",
    "docx",
    [
        ("p", "中共某县供销合作社党组关于巡察整改情况的通报"),
        ("p", opening(unit="县供销社党组")),
        (
            "table",
            [
                ["序号", "反馈问题", "整改措施", "完成情况"],
                ["一、党的建设方面"],
                ["1", "党支部换届不及时。", "按期完成2个支部换届。", "已完成"],
                ["二、资产管理方面"],
                ["1", "闲置资产未有效盘活。", "公开招租闲置门面5间。", "正在整改"],
            ],
        ),
    ],
    issues=[
        issue("1", "done", "党支部换届不及时。", 1, path=["一、党的建设方面"]),
        issue("1", "in_progress", "闲置资产未有效盘活。", 1, path=["二、资产管理方面"]),
    ],
)

# 29 — layout D: 一、 → （一）→ 1、→（1）sub-issues with their own status
notice(
    "29_layout_d",
    "txt",
    f"""中共某县司法局党组关于巡察整改情况的通报
{opening(unit="县司法局党组")}
一、落实全面从严治党方面
（一）主体责任落实有差距
1、党风廉政建设责任制落实不到位
（1）责任清单未及时更新。已完成整改。重新制定责任清单。
（2）廉政谈话开展不经常。正在整改。建立季度谈话制度。
""",
    issues=[
        issue(
            "（1）",
            "done",
            "责任清单未及时更新。",
            1,
            path=[
                "一、落实全面从严治党方面",
                "（一）主体责任落实有差距",
                "1、党风廉政建设责任制落实不到位",
            ],
        ),
        issue(
            "（2）",
            "in_progress",
            "廉政谈话开展不经常。",
            1,
            path=[
                "一、落实全面从严治党方面",
                "（一）主体责任落实有差距",
                "1、党风廉政建设责任制落实不到位",
            ],
        ),
    ],
)

# 30 — traditional web copy with 問題一 and measures （1）
notice(
    "30_traditional_web_copy",
    "txt",
    """首頁 > 資訊公開 > 巡察整改
中共某縣港務局黨組關於巡察整改情況的通報
發布時間：2023-10-08
根據縣委統一部署，2023年3月6日至4月28日，縣委第二巡察組對縣港務局黨組進行了常規巡察。2023年6月9日，縣委巡察組向縣港務局黨組反饋了巡察意見。
問題一：碼頭安全監管存在漏洞。
整改進度：已完成。
（1）開展碼頭安全大檢查。
（2）建立隱患臺賬。
問題二：專項資金撥付滯後。
整改進度：正在整改。
（1）優化撥付流程。
【關閉窗口】
""",
    inspection={
        "inspector": "縣委第二巡察組",
        "inspected_unit": "縣港務局黨組",
        "feedback_date": "2023-06-09",
    },
    issues=[
        issue("一", "done", "碼頭安全監管存在漏洞。", ["開展碼頭安全大檢查", "建立隱患臺賬"]),
        issue("二", "in_progress", "專項資金撥付滯後。", ["優化撥付流程"]),
    ],
)


# 31 — a whole web page: site header, meta line, footer with links and the site's
# own address after the notice's date
notice(
    "31_web_page_footer",
    "txt",
    """某县人民政府门户网站
首页 | 政务公开 | 互动交流
中共某县林业局党组关于巡察整改情况的通报
发布时间：2023-10-08 10:00:00 来源：县纪委监委 作者：巡察办 浏览次数：352
【大】【中】【小】
根据县委统一部署，2023年3月6日至4月28日，县委第二巡察组对县林业局党组进行了常规巡察。2023年6月9日，县委巡察组向县林业局党组反馈了巡察意见。
问题1：森林防火责任落实不到位。
整改进度：已完成。
一是签订防火责任书；二是增设瞭望哨2处。
问题2：林木采伐审批把关不严。
整改进度：正在推进。
一是修订采伐审批流程；二是对2022年以来的审批件逐件复查。
欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0374-1234567。
中共某县林业局党组
2023年9月20日
【打印本页】【关闭窗口】
上一篇：关于县委巡察反馈意见整改情况的通报
下一篇：某县2023年森林防火工作会议召开
分享到：
相关链接
版权所有：某县人民政府  主办：某县人民政府办公室
网站标识码：4110000001  豫ICP备12345678号
地址：某县人民路1号  电话：0374-7654321
""",
    title="中共某县林业局党组关于巡察整改情况的通报",
    inspection={
        "inspector": "县委第二巡察组",
        "inspected_unit": "县林业局党组",
        "feedback_date": "2023-06-09",
        "notice_date": "2023-09-20",
        "issuer": "中共某县林业局党组",
        "contact": "联系电话：0374-1234567",
    },
    issues=[
        issue("1", "done", "森林防火责任落实不到位。", ["签订防火责任书", "增设瞭望哨2处。"]),
        issue("2", "in_progress", "林木采伐审批把关不严。", 2),
    ],
    problems=[],
)

# 32 — a PDF copy of a tree notice: 第N页 共M页 between pages, 一是 inline
notice(
    "32_pdf_tree_page_numbers",
    "txt",
    pdf_lines(
        """中共某县发展和改革委员会党组关于县委巡察整改进展情况的通报
根据县委统一部署，2023年3月6日至4月28日，县委第二巡察组对县发改委党组进行了常规巡察。2023年6月9日，县委巡察组向县发改委党组反馈了巡察意见。
一、在贯彻落实新发展理念方面
（一）关于重点项目谋划储备不足的问题。整改进展：已完成。一是建立重点项目储备库，入库项目68个；二是每季度召开项目谋划推进会。
（二）关于“放管服”改革推进中“问题清单”更新不及时的问题。整改进展：正在推进。一是每月更新问题清单；二是开展营商环境专项督查。
""",
        width=24,
        page_lines=5,
    )
    .replace("— 1 —", "第 1 页 共 3 页")
    .replace("— 2 —", "第 2 页 共 3 页"),
    issues=[
        issue(
            "（一）",
            "done",
            "关于重点项目谋划储备不足的问题。",
            ["建立重点项目储备库", "每季度召开项目谋划推进会"],
            path=["一、在贯彻落实新发展理念方面"],
        ),
        issue(
            "（二）",
            "in_progress",
            "关于“放管服”改革推进中“问题清单”更新不及时的问题。",
            2,
            path=["一、在贯彻落实新发展理念方面"],
        ),
    ],
)


# 33 — the status in brackets closing each issue heading
notice(
    "33_bracket_status",
    "txt",
    f"""中共某县财政局党组关于巡察整改情况的通报
{opening(unit="县财政局党组")}
一、在落实财经纪律方面
1.关于预算支出进度偏慢的问题（已完成）
一是建立支出进度月通报制度；二是对进度滞后项目逐一约谈。
2.关于国有资产底数不清的问题（正在整改）
一是开展资产清查；二是建立资产动态台账。
二、在作风建设方面
1.关于文山会海问题反弹的问题（基本完成）
一是压减会议文件数量；二是推行视频会议。
""",
    issues=[
        issue("1", "done", "关于预算支出进度偏慢的问题", 2, path=["一、在落实财经纪律方面"]),
        issue("2", "in_progress", "关于国有资产底数不清的问题", 2, path=["一、在落实财经纪律方面"]),
        issue(
            "1",
            "partial",
            "关于文山会海问题反弹的问题",
            ["压减会议文件数量", "推行视频会议"],
            path=["二、在作风建设方面"],
        ),
    ],
)

# 34 — Hong Kong style traditional text: 「」 quotes, 裡, 紀錄
notice(
    "34_hk_traditional",
    "txt",
    """中共某區房屋局黨組關於區委巡察整改情況的通報
根據區委統一部署，2023年3月6日至4月28日，區委第二巡察組對區房屋局黨組進行了常規巡察。2023年6月9日，區委巡察組向區房屋局黨組反饋了巡察意見。
問題1：黨組會議紀錄不齊全，「三重一大」決策程序欠規範。
整改進度：已完成。
一是補齊會議紀錄；二是修訂議事規則，明確「三重一大」事項清單。
問題2：公租房分配過程裡資格審核不嚴。
整改進度：正在整改。
一是對已分配住房逐戶覆核。
""",
    inspection={"inspector": "區委第二巡察組", "inspected_unit": "區房屋局黨組"},
    issues=[
        issue(
            "1",
            "done",
            "黨組會議紀錄不齊全，「三重一大」決策程序欠規範。",
            ["補齊會議紀錄", "修訂議事規則"],
        ),
        issue("2", "in_progress", "公租房分配過程裡資格審核不嚴。", ["對已分配住房逐戶覆核"]),
    ],
)

# 35 — the issue marker alone on its line, the issue on the next
notice(
    "35_marker_alone",
    "txt",
    f"""中共某县统计局党组关于巡察整改情况的通报
{opening(unit="县统计局党组")}
问题1
统计数据审核把关不严。
整改进度：已完成。
一是建立数据三级审核制度。
问题2
统计执法检查覆盖面窄。
整改进度：正在整改。
一是制定年度执法检查计划；二是扩大检查范围至全部规上企业。
""",
    issues=[
        issue("1", "done", "统计数据审核把关不严。", 1),
        issue("2", "in_progress", "统计执法检查覆盖面窄。", 2),
    ],
)

# 36 — .docx numbered by its heading styles (a template's 标题 1 一、, 标题 2 （一）): the
# paragraphs name only their style; the style holds the numbering
notice(
    "36_docx_style_numbering",
    "docx",
    [
        ("p", "中共某县林业局党组关于巡察整改情况的通报"),
        ("p", opening(unit="县林业局党组")),
        ("styled", "outline", 0, "贯彻落实党的路线方针政策方面"),
        ("styled", "outline", 1, "关于林长制落实不到位的问题"),
        ("p", "整改情况：已完成。建立县乡村三级林长巡林台账。"),
        ("styled", "outline", 1, "关于古树名木保护不力的问题"),
        ("p", "整改情况：正在整改。完成古树名木普查建档。"),
        ("styled", "outline", 0, "全面从严治党方面"),
        ("styled", "outline", 1, "关于公务用车管理不规范的问题"),
        ("p", "整改情况：已完成。修订公务用车管理办法。"),
    ],
    issues=[
        issue(
            "（一）",
            "done",
            "关于林长制落实不到位的问题",
            1,
            path=["一、贯彻落实党的路线方针政策方面"],
        ),
        issue(
            "（二）",
            "in_progress",
            "关于古树名木保护不力的问题",
            1,
            path=["一、贯彻落实党的路线方针政策方面"],
        ),
        issue("（一）", "done", "关于公务用车管理不规范的问题", 1, path=["二、全面从严治党方面"]),
    ],
)


def _long_table_rows() -> tuple[list[list[str]], list[dict[str, Any]]]:
    """Sixteen issues in three categories, each with one to three measures written as
    numbered sentences in one cell: a table that runs over two pages or more."""
    categories = ("党的建设方面", "落实管党治党责任方面", "执行财经纪律方面")
    subjects = (
        "理论学习中心组学习", "基层党组织建设", "党员发展", "干部选拔任用", "意识形态工作",
        "廉政风险防控", "公务接待", "公务用车", "资金拨付", "项目招投标", "合同管理",
        "固定资产", "政府采购", "专项资金", "往来款项清理", "内部审计",
    )  # fmt: skip
    statuses = (("已完成", "done"), ("正在整改", "in_progress"), ("长期坚持", "in_progress"))
    rows: list[list[str]] = [["序号", "问题类别", "存在问题", "整改措施", "整改情况"]]
    expected: list[dict[str, Any]] = []
    for index, subject in enumerate(subjects):
        category = categories[index * len(categories) // len(subjects)]
        first = index == 0 or category != categories[(index - 1) * len(categories) // len(subjects)]
        steps = [
            f"{n}.针对{subject}存在的薄弱环节，制定专项整改方案，明确责任人和完成时限，逐项抓好落实。"
            for n in range(1, index % 3 + 2)
        ]
        word, status = statuses[index % 3]
        text = f"{subject}不够规范，制度执行不到位，存在薄弱环节。"
        rows.append([str(index + 1), category if first else "", text, "\n".join(steps), word])
        expected.append(
            issue(
                str(index + 1),
                status,
                text,
                len(steps),
                path=[category],
                long_term=word == "长期坚持",
            )
        )
    return rows, expected


_LONG_ROWS, _LONG_ISSUES = _long_table_rows()

# 37 — a bordered issue table (表格网格) over pages, its header row repeated on each, a
# category column written once per group
notice(
    "37_docx_table_bordered_pages",
    "docx",
    [
        ("p", "中共某县审计局党组关于巡察整改情况的通报"),
        ("p", opening(unit="县审计局党组")),
        ("p", "具体整改情况如下："),
        ("table", _LONG_ROWS, {"style": "Table Grid", "repeat_header": True}),
        ("p", "欢迎广大干部群众对巡察整改落实情况进行监督。"),
    ],
    issues=_LONG_ISSUES,
)

# 38 — the same table without borders, its header centred and not repeated: its rows
# run on over the page break
notice(
    "38_docx_table_plain_pages",
    "docx",
    [
        ("p", "中共某县审计局党组关于巡察整改情况的通报"),
        ("p", opening(unit="县审计局党组")),
        ("p", "具体整改情况如下："),
        ("table", _LONG_ROWS, {"center_header": True}),
        ("p", "欢迎广大干部群众对巡察整改落实情况进行监督。"),
    ],
    issues=_LONG_ISSUES,
)


def _measure_rows() -> tuple[list[list[str | None]], list[dict[str, Any]]]:
    """A ledger kept as a Word table, one row per measure: 序号, 问题 and 完成情况 merged
    down over their measures' rows (None: merged with the cell above)."""
    issues = (
        ("林长制落实不到位，巡林记录不全。",
         ["建立县乡村三级巡林台账。", "每季度开展专项督查。"], "已完成"),
        ("古树名木保护不力。",
         ["完成古树名木普查建档。", "设立保护标识牌。", "落实日常管护责任人。"], "正在整改"),
        ("森林防火宣传不到位。", ["开展防火宣传进村入户活动。"], "已完成"),
        ("生态护林员管理松散。", ["修订护林员考核办法。", "按月通报履职情况。"], "正在整改"),
    )  # fmt: skip
    rows: list[list[str | None]] = [["序号", "存在问题", "整改措施", "责任单位", "完成情况"]]
    expected = []
    for n, (text, steps, word) in enumerate(issues, start=1):
        for k, step in enumerate(steps):
            first = k == 0
            rows.append(
                [str(n) if first else None, text if first else None, step, "县林业局",
                 word if first else None]
            )  # fmt: skip
        status = "done" if word == "已完成" else "in_progress"
        expected.append(issue(str(n), status, text, [s.rstrip("。") for s in steps]))
    return rows, expected


_MEASURE_ROWS, _MEASURE_ISSUES = _measure_rows()

# 39 — a ledger as a bordered Word table, one row per measure, the issue's cells merged
# down over its measures
notice(
    "39_docx_table_measure_rows",
    "docx",
    [
        ("p", "中共某县林业局党组关于巡察整改情况的通报"),
        ("p", opening(unit="县林业局党组")),
        ("table", _MEASURE_ROWS, {"style": "Table Grid"}),
    ],
    issues=_MEASURE_ISSUES,
)

# 40 — the same without borders
notice(
    "40_docx_table_measure_rows_plain",
    "docx",
    [
        ("p", "中共某县林业局党组关于巡察整改情况的通报"),
        ("p", opening(unit="县林业局党组")),
        ("table", _MEASURE_ROWS),
    ],
    issues=_MEASURE_ISSUES,
)


# ------------------------------------------------------------------------- writing

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NUMBERING = {
    # name: [(level text, number format) per level]
    "issue": [("问题%1：", "decimal")],
    "step": [("%1.", "decimal")],
    "outline": [("%1、", "chineseCounting"), ("（%2）", "chineseCounting")],
}


def _write_docx(path: Path, items: list[Any]) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    root = document.part.numbering_part.element
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    num_ids: dict[str, int] = {}
    for index, (name, levels) in enumerate(_NUMBERING.items()):
        abstract_id, num_id = 900 + index, 900 + index
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>'
            for i, (text, fmt) in enumerate(levels)
        )
        root.insert(
            0,
            parse_xml(f'<w:abstractNum {w} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'),
        )
        root.append(
            parse_xml(
                f'<w:num {w} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
            )
        )
        num_ids[name] = num_id
    for item in items:
        if item[0] == "p":
            document.add_paragraph(item[1])
        elif item[0] == "num":
            _, name, level, text = item
            num_id = num_ids[name]
            paragraph = document.add_paragraph(text)
            ppr = paragraph._p.get_or_add_pPr()
            ppr.append(
                parse_xml(
                    f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
                )
            )
        elif item[0] == "styled":
            _, name, level, text = item
            style = document.styles[f"Heading {level + 1}"]
            if style.element.pPr is None or style.element.pPr.find(f"{{{_W_NS}}}numPr") is None:
                style.element.get_or_add_pPr().append(
                    parse_xml(
                        f'<w:numPr {w}><w:ilvl w:val="{level}"/>'
                        f'<w:numId w:val="{num_ids[name]}"/></w:numPr>'
                    )
                )
            document.add_paragraph(text, style=style)
        elif item[0] == "table":
            rows = item[1]
            options = item[2] if len(item) > 2 else {}
            width = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=width)
            if options.get("style"):
                table.style = document.styles[options["style"]]
            if options.get("repeat_header"):
                table.rows[0]._tr.get_or_add_trPr().append(
                    parse_xml(f'<w:tblHeader {w} w:val="true"/>')
                )

            for r, values in enumerate(rows):
                cells = table.rows[r].cells
                if len(values) == 1:
                    merged = cells[0].merge(cells[-1])
                    merged.text = values[0]
                    continue
                for c, value in enumerate(values):
                    if value is None:  # merged with the cell above
                        top = r - 1
                        while rows[top][c] is None:
                            top -= 1
                        table.cell(top, c).merge(cells[c])
                        continue
                    lines = value.split("\n")
                    cells[c].text = lines[0]
                    for line in lines[1:]:
                        cells[c].add_paragraph(line)
            if options.get("center_header"):
                from docx.enum.text import WD_ALIGN_PARAGRAPH

                for header_cell in table.rows[0].cells:
                    header_cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    fixed = datetime(2023, 9, 1, 8, 0, 0)
    document.core_properties.created = fixed
    document.core_properties.modified = fixed
    document.core_properties.last_modified_by = "corpus"
    buffer = io.BytesIO()
    document.save(buffer)
    _write_reproducibly(path, buffer.getvalue())


def _write_reproducibly(path: Path, data: bytes) -> None:
    """The .docx with fixed entry times, so that generating again changes no byte."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(2023, 9, 1, 8, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))


def main() -> None:
    for old in HERE.glob("[0-9][0-9]_*"):
        old.unlink()
    for entry in CORPUS:
        name, kind = entry["name"], entry["kind"]
        if kind == "docx":
            _write_docx(HERE / f"{name}.docx", entry["text"])
        elif kind == "txt-gb18030":
            (HERE / f"{name}.txt").write_bytes(entry["text"].encode("gb18030"))
        else:
            (HERE / f"{name}.txt").write_text(entry["text"], encoding="utf-8")
        (HERE / f"{name}.expected.json").write_text(
            json.dumps(entry["expected"], ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"{len(CORPUS)} notices written to {HERE}")


if __name__ == "__main__":
    main()
