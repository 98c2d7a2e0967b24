"""A reproducible ledger of N issues × M measures with realistic Chinese text, as an
ImportPlan (to load through the real import path) and as an Excel workbook in the real
layout (title rows, one header row, issue cells merged across their measure rows).

Used by the benchmarks; not shipped in the bundle.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from desktop.domain.dates import format_date
from desktop.domain.plan import ImportPlan, PlannedIssue, PlannedMeasure
from desktop.domain.records import (
    InspectionDraft,
    InspectionKind,
    IssueDraft,
    MeasureDraft,
    Responsibility,
)
from desktop.domain.status import STATUS_LABELS, Status

_CLAUSES = (
    "落实全面从严治党主体责任不到位",
    "理论学习中心组学习制度执行不严格",
    "对上级决策部署贯彻落实不够有力",
    "压力传导层层递减",
    "专项资金使用管理不规范",
    "部分项目未按规定履行招投标程序",
    "“三重一大”事项集体决策制度执行不到位",
    "基层党组织建设薄弱",
    "“三会一课”制度落实不到位",
    "意识形态工作责任制落实有差距",
    "干部选拔任用工作存在薄弱环节",
    "防汛物资储备管理不规范",
    "信访事项办理质量不高",
    "整改措施针对性操作性不强",
    "财务报销审核把关不严",
    "公务用车管理制度执行不严",
    "固定资产账实不符",
    "民生项目推进缓慢，群众意见较大",
    "应急管理机制不健全",
    "监督执纪问责力度不够",
)
_MEASURE_CLAUSES = (
    "认真落实第一议题制度，强化政治学习",
    "制定完善相关制度，规范工作流程",
    "开展专项检查，逐项建立整改台账",
    "加强监督检查，确保学习取得实效",
    "召开专题会议研究部署整改工作",
    "对相关责任人进行批评教育",
    "举一反三，全面排查同类问题",
    "建立长效机制，巩固整改成果",
    "聘请专家进行系统研究，提出整改意见",
    "定期开展回头看，防止问题反弹",
    "加强业务培训，提升干部能力",
    "严格执行财务管理制度，清退违规资金",
)
_UNITS = tuple(
    f"{name}"
    for name in (
        "党工委办公室",
        "组织人社局",
        "纪工委",
        "财政局",
        "发改局",
        "建设局",
        "信访办",
        "安委办",
        "农业农村发展服务中心",
        "城市管理综合执法支队",
        "机关党委",
        "审计局",
        "教育局",
        "卫健委",
        "自然资源局",
        "生态环境分局",
        "市场监管局",
        "应急管理局",
    )
)
_LEADERS = ("杨朝晖", "袁树林", "毛长申", "李建国", "王秀英", "张明", "刘洋", "陈静")
_STATUSES = (
    Status.DONE,
    Status.DONE,
    Status.DONE,
    Status.IN_PROGRESS,
    Status.PARTIAL,
    Status.NOT_STARTED,
    Status.CLOSED,
    Status.POSTPONED,
)


def _text(rng: random.Random, clauses: tuple[str, ...], low: int, high: int) -> str:
    target = rng.randint(low, high)
    parts: list[str] = []
    length = 0
    while length < target:
        clause = rng.choice(clauses)
        if rng.random() < 0.3:
            clause += f"，涉及{rng.randint(2, 99)}个单位、{rng.randint(1, 500)}万元"
        parts.append(clause)
        length += len(clause) + 1
    return ("，".join(parts) + "。")[:high]


def make_plan(issues: int, measures: int = 5, seed: int = 20231117) -> ImportPlan:
    """A plan of ``issues`` issues with ``measures`` measures each."""
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    planned: list[PlannedIssue] = []
    for number in range(1, issues + 1):
        status = rng.choice(_STATUSES)
        deadline = start + timedelta(days=rng.randint(0, 900))
        unit = rng.choice(_UNITS)
        responsibility = Responsibility(
            lead_leader=rng.choice(_LEADERS),
            lead_unit=unit,
            cooperating_units=tuple(rng.sample(_UNITS, rng.randint(0, 2))),
            responsible_person=rng.choice(_LEADERS) + "同志",
            deadline=deadline,
            deadline_text=format_date(deadline),
        )
        ms = tuple(
            PlannedMeasure(
                MeasureDraft(
                    text=_text(rng, _MEASURE_CLAUSES, 50, 300),
                    status=status if rng.random() < 0.7 else rng.choice(_STATUSES),
                    responsibility=Responsibility(
                        lead_unit=unit, deadline=deadline, deadline_text=format_date(deadline)
                    ),
                )
            )
            for _ in range(measures)
        )
        draft = IssueDraft(
            number=str(number),
            text=_text(rng, _CLAUSES, 80, 400),
            status=status,
            long_term=rng.random() < 0.3,
            progress=STATUS_LABELS[status],
            responsibility=responsibility,
        )
        planned.append(PlannedIssue(draft, (f"（{number % 7 + 1}）方面",), ms))
    inspection = InspectionDraft(
        title=f"生成台账（{issues}个问题）",
        inspector="市委第一巡察组",
        inspected_unit="示范区",
        kind=InspectionKind.REGULAR,
    )
    return ImportPlan(file="generated", inspection=inspection, issues=tuple(planned))


HEADERS = (
    "序号",
    "问题类别",
    "问题描述",
    "整改措施",
    "责任领导",
    "牵头单位",
    "责任人",
    "整改时限",
    "整改进展",
    "整改状态",
)


def write_workbook(plan: ImportPlan, path: Path) -> None:
    """The plan as a ledger workbook in the real layout (xlsxwriter, merged issue cells).

    This is also the "bare xlsxwriter" baseline of the export benchmark: the same cells,
    formats and merges our exporter writes, with nothing else around them.
    """
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": False})
    sheet = workbook.add_worksheet("台账")
    title = workbook.add_format({"bold": True, "font_size": 16, "align": "center"})
    head = workbook.add_format(
        {"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True}
    )
    cell = workbook.add_format({"border": 1, "valign": "top", "text_wrap": True})
    datefmt = workbook.add_format({"border": 1, "valign": "top", "num_format": "yyyy年m月d日"})
    sheet.merge_range(0, 0, 0, len(HEADERS) - 1, "示范区巡察反馈问题整改台账", title)
    sheet.merge_range(
        1, 0, 1, len(HEADERS) - 1, "填报单位：党工委办公室  填报日期：2023年1月11日", cell
    )
    for col, header in enumerate(HEADERS):
        sheet.write_string(2, col, header, head)
    row = 3
    for p in plan.issues:
        d = p.draft
        r = d.responsibility
        n = max(1, len(p.measures))
        issue_cells = (
            (0, d.number),
            (1, "/".join(p.category_path)),
            (2, d.text),
            (4, r.lead_leader),
            (6, r.responsible_person),
        )
        for col, value in issue_cells:
            if n > 1:
                sheet.merge_range(row, col, row + n - 1, col, value, cell)
            else:
                sheet.write_string(row, col, value, cell)
        for i, m in enumerate(p.measures or ()):
            mr = m.draft.responsibility
            sheet.write_string(row + i, 3, m.draft.text, cell)
            sheet.write_string(row + i, 5, mr.lead_unit, cell)
            if mr.deadline:
                sheet.write_datetime(row + i, 7, mr.deadline, datefmt)
            sheet.write_string(row + i, 8, m.draft.progress or d.progress, cell)
            sheet.write_string(row + i, 9, STATUS_LABELS[m.draft.status], cell)
        row += n
    workbook.close()
