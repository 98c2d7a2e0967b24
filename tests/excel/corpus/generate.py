"""The workbook corpus of issue 23: ledgers in the shapes offices really send, each
with the reading it must give.

Every file is built from a ledger (sections, issues, measures, with their status words,
deadline forms and unit cells chosen per file) and a *shape* (title block, header words
and rows, merges, section rows, totals and notes, extra columns, sheets, file format).
The expected reading is written beside each file as ``NAME.expect.json``, computed from
the ledger that was written, never from the reader. The facts are ordinary ones of such
ledgers; every sentence here is made up for the corpus.

Run ``python -m tests.excel.corpus.generate`` to rebuild ``tests/excel/corpus/files``
(LibreOffice makes the .xls, .ods and re-saved copies). The generated files are
committed, so the corpus test needs neither this script nor LibreOffice.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell

from tests.excel import make_corpus

FILES = Path(__file__).resolve().parent / "files"

# ------------------------------------------------------------------ vocabulary
# Status words as offices write them, with the state and long-term flag they mean.
STATUS_WORDS: dict[str, list[tuple[str, bool]]] = {
    "not_started": [("未整改", False), ("尚未整改", False), ("未启动", False), ("未落实", False)],
    "in_progress": [
        ("正在推进", False),
        ("正在整改", False),
        ("整改中", False),
        ("未完成，正在推进中", False),
    ],
    "partial": [("基本完成", False), ("部分完成", False), ("取得阶段性成果", False)],
    "done": [
        ("已完成", False),
        ("已整改", False),
        ("整改到位", False),
        ("完成整改", False),
        ("已完成，长期坚持", True),
        ("已完成；持续整改", True),
    ],
    "closed": [("已销号", False), ("已完成，已销号", False), ("已完成整改，已销号", False)],
    "postponed": [("申请延期", False), ("延期整改", False)],
}
TRADITIONAL_STATUS = {
    "正在推进": "正在推進",
    "已销号": "已銷號",
    "已完成，长期坚持": "已完成，長期堅持",
}


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" or c in "-./:" else c for c in text)


# Deadline forms: (name, writer) -> the cell value written for a date.
DATE_FORMS: dict[str, Callable[[dt.date], object]] = {
    "date": lambda d: d,
    "serial": lambda d: float((d - dt.date(1899, 12, 30)).days),
    "cn": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "cn0": lambda d: f"{d.year}年{d.month:02d}月{d.day:02d}日",
    "dot": lambda d: f"{d.year}.{d.month}.{d.day}",
    "slash": lambda d: f"{d:%Y/%m/%d}",
    "dash": lambda d: f"{d.year}-{d.month}-{d.day}",
    "iso_time": lambda d: f"{d:%Y-%m-%d} 00:00:00",
    "dash_time": lambda d: f"{d.year}-{d.month}-{d.day} 0:00",
    "full_width": lambda d: _full_width(f"{d.year}年{d.month}月{d.day}日"),
    "full_width_dash": lambda d: _full_width(f"{d:%Y-%m-%d}"),
    "before": lambda d: f"{d.year}年{d.month}月{d.day}日前",
}

# Header words per field (the brief's excel.md), the first being the usual one.
HEADERS: dict[str, list[str]] = {
    "number": ["序号", "问题序号", "编号", "问题编号", "序  号"],
    "category": ["问题类别", "类别", "方面", "问题类型"],
    "text": ["问题描述", "反馈问题", "存在问题", "具体问题", "巡察反馈问题", "问题表现"],
    "measure": ["整改措施", "具体措施", "整改举措", "措施"],
    "lead_leader": ["责任领导", "牵头领导", "分管领导"],
    "lead_unit": ["牵头单位", "责任单位", "责任部门", "责任科室"],
    "cooperating_units": ["配合单位", "协办单位", "配合部门"],
    "responsible_person": ["责任人", "具体责任人"],
    "deadline": ["整改时限", "完成时限", "时限", "整改时限\n（年月日）"],
    "progress": ["整改进展", "整改进展情况", "进展情况"],
    "status": ["整改状态", "完成状态", "整改进度", "是否完成"],
    "remarks": ["备注", "备  注"],
}
TRADITIONAL_HEADERS = {
    "number": "序號",
    "text": "問題描述",
    "measure": "整改措施",
    "lead_unit": "責任單位",
    "deadline": "整改時限",
    "status": "整改狀態",
}

UNITS = [
    "办公室",
    "人事科",
    "财务科",
    "机关党委",
    "政策法规科",
    "综合执法大队",
    "社会救助股",
    "规划发展科",
    "机关纪委",
    "办公室（党建办）",
]
LEADERS = ["王明", "李华", "张建国", "刘芳", "陈立", "赵平", "孙红梅"]
PEOPLE = ["周强", "吴静", "郑伟", "冯丽", "何涛", "高敏", "林海"]

SECTIONS_1 = ["党的政治建设方面", "全面从严治党方面", "落实主体责任方面", "干部队伍建设方面"]
SECTIONS_2 = ["理论学习不够深入", "制度执行不严格", "监督检查不到位", "作风建设有差距"]
ISSUE_SUBJECTS = [
    "第一议题制度落实",
    "三会一课",
    "民主生活会",
    "意识形态工作",
    "政府采购管理",
    "公务接待",
    "专项资金使用",
    "干部选任程序",
    "档案管理",
    "基层党组织换届",
    "谈心谈话",
    "固定资产登记",
    "合同管理",
    "信访件办理",
    "安全生产检查",
    "巡察整改台账",
]
ISSUE_FAULTS = [
    "不到位",
    "不规范",
    "流于形式",
    "存在漏洞",
    "跟进不及时",
    "记录不完整",
    "执行打折扣",
]
ACTIONS = [
    "修订完善",
    "组织开展",
    "建立健全",
    "全面排查",
    "定期通报",
    "集中学习",
    "逐项整改",
    "督促落实",
    "专题研究",
]
OBJECTS = [
    "相关制度",
    "专项检查",
    "工作台账",
    "问题清单",
    "学习计划",
    "考核办法",
    "审批流程",
    "谈话记录",
]
ORDINALS = "一二三四五六七八九十"


# ------------------------------------------------------------------ the ledger
@dataclass
class Measure:
    text: str
    status: str
    status_word: str
    long_term: bool
    deadline: dt.date | None
    rule: str | None  # immediate | long_term
    deadline_cell: object
    unit_cell: str
    lead_unit: str
    cooperating: list[str]
    person: str
    progress: str
    # A formula whose result is an error, in the 责任人 cell: (formula, shown), and the
    # cell it was written to (set by write_sheet).
    error: tuple[str, str] | None = None
    error_cell: str = ""


@dataclass
class Issue:
    number: str
    text: str
    path: list[str]  # section headings, outermost first
    category: str  # the category column's value ("" when none)
    leader: str
    measures: list[Measure]
    remarks: str = ""


@dataclass
class Shape:
    """How one file lays its ledger out (see the module docstring)."""

    title: str | None = "巡察反馈问题整改台账"
    subtitle: bool = False
    blank_after_title: bool = False
    fields: tuple[str, ...] = (
        "number",
        "text",
        "measure",
        "lead_unit",
        "responsible_person",
        "deadline",
        "status",
    )
    header_words: str = "first"  # first | random | traditional
    grouped: str = ""  # "" | merged | centred  (two-row header with group titles)
    number_row: bool = False  # 1 2 3 … under the header
    issue_cells: str = "merged"  # merged | repeated | blank
    one_cell_measures: bool = False  # 一是…二是… in one cell per issue
    sections: str = ""  # "" | merged | centred | two_levels | label_cells | lone_text
    restart_numbers: bool = True  # 序号 starts again in every section
    number_style: str = "arabic"  # arabic | paren_cn | full_width
    footer: tuple[str, ...] = ()  # total | notes | signature | date | subtotals
    extra_column: str = ""  # a column no field maps to, e.g. 督办人
    dates: tuple[str, ...] = ("date",)
    statuses: tuple[str, ...] = ("not_started", "in_progress", "done")
    traditional_status: bool = False
    units: str = "single"  # single | dun | comma | space | labelled | suffixed
    start_row: int = 0
    start_col: int = 0
    trailing_formatted: int = 0  # empty formatted rows after the table
    sheets: str = ""  # "" | notes_first | hidden_copy | two_ledgers | hidden_notes
    cover_sheet: bool = False
    issues: int = 4
    max_measures: int = 3
    lf_in_cells: bool = False
    spaces_in_cells: bool = False
    category_column: bool = False
    # Failed lookups: the first measure of the first issues shows an error value in its
    # 责任人 cell, and a sheet before the ledger holds error cells of its own.
    errors: bool = False


@dataclass
class Case:
    name: str
    shape: Shape
    seed: int
    note: str
    fmt: str = "xlsx"  # xlsx | xls | ods | lo.xlsx (re-saved by LibreOffice) | wps.xlsx
    sheet: str | None = None  # the sheet the test names (None: the reader chooses)
    expect_codes: tuple[str, ...] = ()
    blocked: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def _number(style: str, n: int) -> object:
    if style == "paren_cn":
        return f"（{ORDINALS[n - 1]}）"
    if style == "full_width":
        return _full_width(str(n))
    return n


def _number_text(style: str, n: int) -> str:
    value = _number(style, n)
    if style == "full_width":
        return str(n)
    return str(value)


def _unit_cell(rng: random.Random, form: str) -> tuple[str, str, list[str]]:
    lead = rng.choice(UNITS)
    if form == "single":
        return lead, lead, []
    others = [u for u in UNITS if u != lead and "（" not in u]
    coop = rng.sample(others, rng.choice([1, 1, 2]))
    if form == "dun":
        return "、".join([lead, *coop]), lead, coop
    if form == "comma":
        return ",".join([lead, *coop]), lead, coop
    if form == "space":
        return " ".join([lead, *coop]), lead, coop
    if form == "labelled":
        return f"牵头：{lead}；配合：{'、'.join(coop)}", lead, coop
    if form == "suffixed":
        return f"{lead}牵头，{'、'.join(coop)}配合", lead, coop
    raise ValueError(form)


def make_ledger(shape: Shape, rng: random.Random) -> list[Issue]:
    issues: list[Issue] = []
    if shape.sections == "two_levels":
        paths = [
            [f"{ORDINALS[a]}、{SECTIONS_1[a]}", f"（{ORDINALS[b]}）{SECTIONS_2[a * 2 + b]}"]
            for a in range(2)
            for b in range(2)
        ]
    elif shape.sections == "label_cells" or shape.sections in ("merged", "centred", "lone_text"):
        paths = [[f"{ORDINALS[a]}、{SECTIONS_1[a]}"] for a in range(3)]
    else:
        paths = [[]]
    per_path = max(1, shape.issues // len(paths)) if shape.sections else shape.issues
    counter = 0
    subjects = rng.sample(ISSUE_SUBJECTS, len(ISSUE_SUBJECTS))
    for path in paths:
        for k in range(per_path):
            counter += 1
            n = k + 1 if shape.sections and shape.restart_numbers else counter
            subject = subjects[(counter - 1) % len(subjects)]
            text = (
                f"{subject}{rng.choice(ISSUE_FAULTS)}，{rng.choice(ISSUE_FAULTS[:3])}问题比较突出"
            )
            measures: list[Measure] = []
            for m in range(rng.randint(1, shape.max_measures)):
                status = rng.choice(shape.statuses)
                word, long_term = rng.choice(STATUS_WORDS[status])
                if shape.traditional_status:
                    word = TRADITIONAL_STATUS.get(word, word)
                form = rng.choice(shape.dates)
                deadline: dt.date | None = dt.date(2023, rng.randint(1, 12), rng.randint(1, 28))
                rule: str | None = None
                cell: object
                if form == "immediate":
                    deadline, rule, cell = None, "immediate", "立行立改"
                elif form == "long":
                    deadline, rule, cell = None, "long_term", "长期坚持"
                elif form == "month":
                    y, mo = 2023, rng.randint(1, 12)
                    last = (dt.date(y + mo // 12, mo % 12 + 1, 1) - dt.timedelta(days=1)).day
                    deadline, cell = dt.date(y, mo, last), f"{y}年{mo}月"
                else:
                    assert deadline is not None
                    cell = DATE_FORMS[form](deadline)
                unit_cell, lead, coop = _unit_cell(rng, shape.units)
                measure = f"{ORDINALS[m]}是{rng.choice(ACTIONS)}{rng.choice(OBJECTS)}"
                if shape.lf_in_cells and m == 0:
                    measure += "，\n形成长效机制"
                measures.append(
                    Measure(
                        measure,
                        status,
                        word,
                        long_term,
                        deadline,
                        rule,
                        cell,
                        unit_cell,
                        lead,
                        coop,
                        rng.choice(PEOPLE),
                        "",
                    )
                )
            category = (
                rng.choice(["党的建设", "业务工作", "作风纪律"]) if shape.category_column else ""
            )
            issues.append(
                Issue(
                    _number_text(shape.number_style, n),
                    text,
                    list(path),
                    category,
                    rng.choice(LEADERS),
                    measures,
                )
            )
    if shape.errors:
        for issue, error in zip(issues, ERROR_FORMULAS, strict=False):
            issue.measures[0].person = ""
            issue.measures[0].error = error
    return issues


# Formulas whose result is an error in Excel and LibreOffice alike (LibreOffice computes
# them again when it converts), with the error as both show it.
ERROR_FORMULAS = [
    ('=VLOOKUP("无此人",$Z$1:$AA$2,2,FALSE)', "#N/A"),
    ("=1/0", "#DIV/0!"),
    ("=#REF!", "#REF!"),
    ("=NA()", "#N/A"),
]


# ------------------------------------------------------------------- writing
def _headers(shape: Shape, rng: random.Random) -> list[str]:
    fields = list(shape.fields)
    if shape.category_column and "category" not in fields:
        fields.insert(1, "category")
    words: list[str] = []
    for f in fields:
        if shape.header_words == "traditional" and f in TRADITIONAL_HEADERS:
            words.append(TRADITIONAL_HEADERS[f])
        elif shape.header_words == "random":
            words.append(rng.choice(HEADERS[f]))
        else:
            words.append(HEADERS[f][0])
    return words


def _fields(shape: Shape) -> list[str]:
    fields = list(shape.fields)
    if shape.category_column and "category" not in fields:
        fields.insert(1, "category")
    return fields


GROUPS = {
    "lead_leader": "责任分工",
    "lead_unit": "责任分工",
    "cooperating_units": "责任分工",
    "responsible_person": "责任分工",
    "progress": "整改情况",
    "status": "整改情况",
}


def write_sheet(wb: Any, ws: Any, shape: Shape, issues: list[Issue], rng: random.Random) -> None:
    fmt = wb.add_format({"text_wrap": True, "valign": "vcenter", "border": 1})
    bold = wb.add_format({"bold": True, "align": "center", "border": 1})
    centre = wb.add_format({"bold": True, "align": "centerContinuous"})
    date_fmt = wb.add_format({"num_format": "yyyy年m月d日", "border": 1})
    fields = _fields(shape)
    words = _headers(shape, rng)
    extra_at = None
    if shape.extra_column:
        extra_at = len(fields) - 1 if len(fields) > 3 else len(fields)
        fields.insert(extra_at, "_extra")
        words.insert(extra_at, shape.extra_column)
    width = len(fields)
    c0 = shape.start_col
    r = shape.start_row
    last_col = c0 + width - 1
    if shape.title:
        ws.merge_range(r, c0, r, last_col, shape.title, bold)
        r += 1
    if shape.subtitle:
        half = c0 + width // 2
        ws.merge_range(r, c0, r, half - 1, "填报单位：（盖章）", fmt)
        ws.merge_range(r, half, r, last_col, "填报日期：2023年3月17日", fmt)
        r += 1
    if shape.blank_after_title:
        r += 1
    # The header.
    if shape.grouped:
        c = 0
        while c < width:
            group = GROUPS.get(fields[c])
            span = 1
            while group and c + span < width and GROUPS.get(fields[c + span]) == group:
                span += 1
            if group and span > 1:
                if shape.grouped == "merged":
                    ws.merge_range(r, c0 + c, r, c0 + c + span - 1, group, bold)
                else:
                    ws.write(r, c0 + c, group, centre)
                    for k in range(1, span):
                        ws.write_blank(r, c0 + c + k, None, centre)
                for k in range(span):
                    ws.write(r + 1, c0 + c + k, words[c + k], bold)
            else:
                for k in range(span):
                    ws.merge_range(r, c0 + c + k, r + 1, c0 + c + k, words[c + k], bold)
            c += span
        r += 2
    else:
        ws.write_row(r, c0, words, bold)
        r += 1
    if shape.number_row:
        ws.write_row(r, c0, list(range(1, width + 1)), fmt)
        r += 1
    col = {f: c0 + i for i, f in enumerate(fields)}
    current_path: list[str] = []
    number_col = col["number"]
    text_col = col["text"]
    for issue in issues:
        # Section rows where the path changes.
        for level, heading in enumerate(issue.path):
            if level < len(current_path) and current_path[level] == heading:
                continue
            current_path = issue.path[: level + 1]
            if shape.sections in ("merged", "two_levels"):
                ws.merge_range(r, c0, r, last_col, heading, bold)
            elif shape.sections == "centred":
                ws.write(r, c0, heading, centre)
                for k in range(1, width):
                    ws.write_blank(r, c0 + k, None, centre)
            elif shape.sections == "lone_text":
                ws.write(r, text_col, heading, fmt)
            elif shape.sections == "label_cells":
                label, title = heading.split("、", 1)
                ws.write(r, number_col, label, fmt)
                ws.write(r, text_col, title, fmt)
            r += 1
        rows = [issue.measures] if shape.one_cell_measures else [[m] for m in issue.measures]
        top = r
        for group in rows:
            m = group[0]
            text = "；".join(x.text for x in group) if shape.one_cell_measures else m.text
            if "measure" in col:
                ws.write_string(r, col["measure"], text, fmt)
            for f, value in (
                ("lead_unit", m.unit_cell),
                ("cooperating_units", ""),
                ("responsible_person", m.person),
                ("progress", m.progress),
                ("status", m.status_word),
            ):
                if f in col and value:
                    ws.write_string(r, col[f], value, fmt)
            if m.error is not None and "responsible_person" in col:
                ws.write_formula(r, col["responsible_person"], m.error[0], fmt, m.error[1])
                m.error_cell = xl_rowcol_to_cell(r, col["responsible_person"])
            if "deadline" in col:
                cell = m.deadline_cell
                if isinstance(cell, dt.date):
                    ws.write_datetime(
                        r, col["deadline"], dt.datetime.combine(cell, dt.time()), date_fmt
                    )
                elif isinstance(cell, float):
                    ws.write_number(r, col["deadline"], cell, fmt)
                else:
                    ws.write_string(r, col["deadline"], str(cell), fmt)
            if extra_at is not None:
                ws.write_string(r, c0 + extra_at, rng.choice(LEADERS), fmt)
            r += 1
        bottom = r - 1
        number_value: object = issue.number
        if shape.number_style == "full_width":
            number_value = _full_width(issue.number)
        elif shape.number_style == "arabic":
            number_value = int(issue.number)
        text_value = issue.text
        if shape.spaces_in_cells:
            text_value = f"  {text_value} "
        issue_cells = [("number", number_value), ("text", text_value)]
        if "lead_leader" in col:
            issue_cells.append(("lead_leader", issue.leader))
        if "category" in col:
            issue_cells.append(("category", issue.category))
        for f, value in issue_cells:
            c = col[f]
            if shape.issue_cells == "merged" and bottom > top:
                ws.merge_range(top, c, bottom, c, value, fmt)
            elif shape.issue_cells == "repeated":
                for rr in range(top, bottom + 1):
                    ws.write(rr, c, value, fmt)
            else:
                ws.write(top, c, value, fmt)
    # Totals and notes.
    for item in shape.footer:
        if item == "total":
            ws.write(r, c0, "合计", fmt)
            ws.write(r, c0 + 1, f"共{len(issues)}个问题", fmt)
            r += 1
        elif item == "notes":
            ws.merge_range(r, c0, r, last_col, "填表说明：", fmt)
            ws.merge_range(
                r + 1, c0, r + 1, last_col, "1.整改状态填写未整改、正在推进或已完成。", fmt
            )
            ws.merge_range(r + 2, c0, r + 2, last_col, "2.整改时限请写明年月日。", fmt)
            r += 3
        elif item == "signature":
            ws.write(r, c0, "填报人：周强", fmt)
            ws.write(r, c0 + 2, "审核人：王明", fmt)
            r += 1
        elif item == "date":
            ws.write(r, last_col, "2023年3月17日")
            r += 1
    for _ in range(shape.trailing_formatted):
        for c in range(c0, last_col + 1):
            ws.write_blank(r, c, None, fmt)
        r += 1


def expected(case: Case, issues: list[Issue]) -> dict[str, Any]:
    shape = case.shape
    out_issues: list[dict[str, Any]] = []
    for issue in issues:
        measures: list[dict[str, Any]] = []
        if "measure" in shape.fields:
            group = [issue.measures] if shape.one_cell_measures else [[m] for m in issue.measures]
            for g in group:
                m = g[0]
                text = "；".join(x.text for x in g) if shape.one_cell_measures else m.text
                entry: dict[str, Any] = {"text": text}
                if "status" in shape.fields:
                    entry["status"] = m.status
                    entry["long_term"] = m.long_term
                if "deadline" in shape.fields:
                    entry["deadline"] = m.deadline.isoformat() if m.deadline else None
                    entry["rule"] = m.rule
                if "lead_unit" in shape.fields:
                    entry["lead_unit"] = m.lead_unit
                    entry["cooperating_units"] = m.cooperating
                if shape.errors:
                    entry["responsible_person"] = m.person
                measures.append(entry)
        category = list(issue.path)
        if issue.category:
            category.append(issue.category)
        out_issues.append(
            {
                "number": issue.number,
                "text": issue.text,
                "category": category,
                "measures": measures,
            }
        )
    codes = set(case.expect_codes)
    errors = [[m.error_cell, m.error[1]] for i in issues for m in i.measures if m.error]
    if errors:
        codes.add("error_value")
    if shape.footer:
        codes.add("skipped_row")  # totals and notes are listed, not silently dropped
    return {
        "note": case.note,
        "sheet": case.sheet,
        "blocked": case.blocked,
        "codes": sorted(codes),
        "issues": [] if case.blocked else out_issues,
        **({"error_cells": errors} if errors else {}),
        **case.extra,
    }


def build_case(case: Case, folder: Path) -> Path:
    rng = random.Random(case.seed)
    shape = case.shape
    issues = make_ledger(shape, rng)
    target = folder / f"{case.name}.xlsx"
    wb = xlsxwriter.Workbook(str(target), {"strings_to_numbers": False})
    # A fixed creation date: the same ledger gives the same bytes on every run.
    wb.set_properties({"created": dt.datetime(2023, 3, 17, 9, 0), "author": "巡察办"})
    if shape.cover_sheet:
        cover = wb.add_worksheet("封面")
        cover.write("B3", "巡察整改工作台账")
        cover.write("B5", "二〇二三年三月")
    if shape.errors:
        # A sheet of lookups before the ledger: its errors are not the ledger's, though
        # they stand in the ledger's rows and columns.
        lookups = wb.add_worksheet("Lookup")
        lookups.write_row(0, 0, ["姓名", "单位"])
        for row, (formula, shown) in enumerate(reversed(ERROR_FORMULAS), start=2):
            lookups.write_formula(row, 3, formula, None, shown)
    if shape.sheets in ("notes_first", "hidden_notes"):
        notes = wb.add_worksheet("填表说明")
        notes.write("A1", "请各责任单位按时填报整改进展。")
        notes.write("A2", "状态一栏填写：未整改、正在推进、已完成。")
        if shape.sheets == "hidden_notes":
            notes.hide()
    ws = wb.add_worksheet("整改台账")
    ws.activate()
    write_sheet(wb, ws, shape, issues, rng)
    if shape.sheets == "hidden_copy":
        copy = wb.add_worksheet("原始数据")
        write_sheet(wb, copy, shape, issues, random.Random(case.seed))
        copy.hide()
    if shape.sheets == "two_ledgers":
        other = wb.add_worksheet("第二批")
        write_sheet(wb, other, shape, make_ledger(shape, random.Random(case.seed + 1)), rng)
    if shape.sheets in ("notes_first", "cover") or shape.cover_sheet:
        stats = wb.add_worksheet("统计")
        stats.write_row(0, 0, ["状态", "数量"])
        stats.write_row(1, 0, ["已完成", 3])
    wb.close()
    (folder / f"{case.name}.expect.json").write_text(
        json.dumps(expected(case, issues), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return target


def _wps(path: Path) -> None:
    """WPS writes ``<dimension ref="A1"/>`` whatever the sheet holds."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/sheet") and b"<dimension" in data:
                start = data.index(b"<dimension")
                end = data.index(b"/>", start) + 2
                data = data[:start] + b'<dimension ref="A1"/>' + data[end:]
            dst.writestr(info.filename, data)
    tmp.replace(path)


# ------------------------------------------------------------------- the cases
S = Shape
ALL_STATES = ("not_started", "in_progress", "partial", "done", "closed", "postponed")
TEXT_DATES = ("cn", "cn0", "dot", "slash", "dash", "iso_time", "dash_time", "full_width")
FULL = (
    "number",
    "text",
    "measure",
    "lead_leader",
    "lead_unit",
    "cooperating_units",
    "responsible_person",
    "deadline",
    "progress",
    "status",
    "remarks",
)
GROUPED = (
    "number",
    "text",
    "measure",
    "lead_leader",
    "lead_unit",
    "responsible_person",
    "deadline",
    "progress",
    "status",
)

CASES: list[Case] = [
    Case("01_plain", S(title=None), 1, "one header row, nothing else"),
    Case("02_title", S(), 2, "merged title above the header"),
    Case("03_title_subtitle", S(subtitle=True), 3, "title and a 填报单位/日期 line"),
    Case(
        "04_title_blank", S(blank_after_title=True, subtitle=True), 4, "a blank row under the title"
    ),
    Case("05_synonyms_a", S(header_words="random"), 5, "header synonyms (draw a)"),
    Case("06_synonyms_b", S(header_words="random", fields=FULL), 6, "synonyms, every column"),
    Case(
        "07_traditional",
        S(
            header_words="traditional",
            traditional_status=True,
            statuses=("in_progress", "done", "closed"),
        ),
        7,
        "headers and statuses in traditional characters",
    ),
    Case(
        "08_grouped_merged",
        S(grouped="merged", fields=GROUPED),
        8,
        "two-row header: 责任分工 and 整改情况 merged over their columns, others merged down",
    ),
    Case(
        "09_grouped_centred",
        S(grouped="centred", fields=GROUPED),
        9,
        "two-row header, group titles only centred across",
    ),
    Case(
        "10_grouped_number_row",
        S(grouped="merged", fields=GROUPED, number_row=True, subtitle=True),
        10,
        "two-row header and a column-number row",
    ),
    Case(
        "11_unmerged_repeated",
        S(issue_cells="repeated"),
        11,
        "issue cells repeated on every measure row",
    ),
    Case("12_unmerged_blank", S(issue_cells="blank"), 12, "issue cells only on the first row"),
    Case("13_one_cell_measures", S(one_cell_measures=True), 13, "一是…二是… in one cell"),
    Case(
        "14_no_measure_column",
        S(fields=("number", "text", "lead_unit", "deadline", "status"), max_measures=1),
        14,
        "issues only, no measure column",
    ),
    Case(
        "15_sections_merged",
        S(sections="merged", issues=6),
        15,
        "一、…方面 rows merged across, numbering restarts (no warning)",
    ),
    Case(
        "16_sections_centred",
        S(sections="centred", issues=6),
        16,
        "section rows only centred across (no merge)",
    ),
    Case(
        "17_sections_two_levels",
        S(sections="two_levels", issues=8),
        17,
        "一、 and （一） section rows, two levels",
    ),
    Case(
        "18_sections_label_cells",
        S(sections="label_cells", issues=6),
        18,
        "section label in 序号, heading in 问题描述",
    ),
    Case(
        "19_sections_lone_text",
        S(sections="lone_text", issues=6, restart_numbers=False),
        19,
        "section heading alone in the issue column, numbering runs on",
    ),
    Case(
        "20_total_notes_signature",
        S(footer=("total", "notes", "signature", "date")),
        20,
        "合计, 填表说明 with numbered lines, 填报人/审核人, a date line",
    ),
    Case(
        "21_sections_and_footer",
        S(sections="merged", issues=6, footer=("total", "signature")),
        21,
        "sections, restart, total and signatures",
    ),
    Case("22_text_dates", S(dates=TEXT_DATES, fields=FULL), 22, "deadlines typed as text"),
    Case(
        "23_dates_with_time",
        S(dates=("iso_time", "dash_time")),
        23,
        "2023-01-11 00:00:00 text (CSV round trip)",
    ),
    Case(
        "24_serial_and_rules",
        S(dates=("serial", "immediate", "long", "month")),
        24,
        "serials, 立行立改, 长期坚持, 2023年1月",
    ),
    Case(
        "25_full_width_dates",
        S(dates=("full_width", "full_width_dash", "before")),
        25,
        "full-width digits and 前",
    ),
    Case("26_all_statuses", S(statuses=ALL_STATES, issues=6), 26, "every state's words"),
    Case("27_closed_words", S(statuses=("done", "closed")), 27, "已完成，已销号 and friends"),
    Case(
        "28_units_dun",
        S(units="dun"),
        28,
        "人事科、办公室 in 牵头单位",
        expect_codes=("several_units",),
    ),
    Case("29_units_comma", S(units="comma"), 29, "人事科,办公室", expect_codes=("several_units",)),
    Case("30_units_space", S(units="space"), 30, "人事科 办公室", expect_codes=("several_units",)),
    Case(
        "31_units_labelled",
        S(units="labelled"),
        31,
        "牵头：A；配合：B",
        expect_codes=("several_units",),
    ),
    Case(
        "32_units_suffixed",
        S(units="suffixed"),
        32,
        "A牵头，B配合",
        expect_codes=("several_units",),
    ),
    Case("33_offset", S(start_row=2, start_col=1), 33, "table starting at B3"),
    Case(
        "34_trailing_formatted",
        S(trailing_formatted=300),
        34,
        "300 empty bordered rows after the table",
    ),
    Case(
        "35_notes_sheet_first",
        S(sheets="notes_first"),
        35,
        "a 填表说明 sheet before the ledger, a 统计 sheet after",
    ),
    Case(
        "36_hidden_notes",
        S(sheets="hidden_notes", cover_sheet=True),
        36,
        "cover sheet, hidden notes sheet",
    ),
    Case(
        "37_hidden_copy",
        S(sheets="hidden_copy"),
        37,
        "a hidden copy of the ledger",
        expect_codes=("unread_sheet",),
    ),
    Case(
        "38_two_ledgers_named",
        S(sheets="two_ledgers"),
        38,
        "two ledger sheets, the first named",
        sheet="整改台账",
        expect_codes=("unread_sheet",),
    ),
    Case(
        "39_two_ledgers_asks",
        S(sheets="two_ledgers"),
        39,
        "two ledger sheets, none named: the reader asks which",
        expect_codes=("several_ledger_sheets",),
        blocked=True,
    ),
    Case(
        "40_extra_column",
        S(extra_column="督办人"),
        40,
        "a column no field maps to",
        expect_codes=("unread_column",),
    ),
    Case("41_category_column", S(category_column=True, fields=FULL), 41, "a 问题类别 column"),
    Case("42_paren_numbers", S(number_style="paren_cn"), 42, "issues numbered （一）（二）"),
    Case(
        "43_full_width_numbers",
        S(number_style="full_width", spaces_in_cells=True),
        43,
        "full-width 序号, spaces around texts",
    ),
    Case("44_line_breaks", S(lf_in_cells=True, fields=FULL), 44, "Alt+Enter inside cells"),
    Case(
        "45_everything",
        S(
            grouped="merged",
            fields=GROUPED,
            sections="two_levels",
            issues=8,
            subtitle=True,
            number_row=True,
            dates=TEXT_DATES,
            statuses=ALL_STATES,
            units="dun",
            footer=("total", "notes", "signature"),
            trailing_formatted=50,
        ),
        45,
        "grouped header, two section levels, text dates, several units, footer",
        expect_codes=("several_units",),
    ),
    # Other programs' copies.
    Case(
        "46_lo_resaved",
        S(grouped="merged", fields=GROUPED, sections="merged", issues=6),
        46,
        "re-saved by LibreOffice (soffice --convert-to xlsx)",
        fmt="lo.xlsx",
    ),
    Case(
        "47_xls",
        S(subtitle=True, dates=TEXT_DATES, footer=("total",)),
        47,
        ".xls copy (LibreOffice)",
        fmt="xls",
    ),
    Case(
        "48_ods",
        S(sections="two_levels", issues=8, units="labelled"),
        48,
        ".ods copy (LibreOffice)",
        fmt="ods",
        expect_codes=("several_units",),
    ),
    Case(
        "49_wps_dimension",
        S(footer=("signature",)),
        49,
        'WPS: <dimension ref="A1"/>',
        fmt="wps.xlsx",
    ),
    Case(
        "51_errors",
        S(errors=True),
        51,
        "failed lookups: error values in 责任人 cells and in a sheet before the ledger",
    ),
    Case("52_errors_xls", S(errors=True), 51, "51_errors as .xls (LibreOffice)", fmt="xls"),
    Case("53_errors_ods", S(errors=True), 51, "51_errors as .ods (LibreOffice)", fmt="ods"),
    Case(
        "54_errors_ods_unmarked",
        S(errors=True),
        51,
        "51_errors as .ods without LibreOffice's error marks: calamine reads the error's text",
        fmt="unmarked.ods",
    ),
    Case(
        "50_xls_grouped_centred",
        S(grouped="centred", fields=GROUPED, issue_cells="blank"),
        50,
        ".xls, centred group titles, issue cells only on the first row",
        fmt="xls",
    ),
]


def _unmark_ods(path: Path) -> None:
    """An .ods as writers other than LibreOffice leave an error cell: a string cell
    whose text is the error, without LibreOffice's calcext:value-type="error" and empty
    office:string-value (calamine then reads the error's text)."""
    tmp = path.with_suffix(".tmp")
    marks = b' office:string-value="" calcext:value-type="error"'
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "content.xml":
                assert marks in data
                data = data.replace(marks, b"")
            dst.writestr(info, data)
    tmp.replace(path)


def build(folder: Path = FILES, only: set[str] | None = None) -> list[Path]:
    """Writes the corpus into ``folder`` (emptied first), or only the cases named in
    ``only`` (other files are left as they are: LibreOffice's copies differ in their
    bytes from run to run)."""
    folder.mkdir(parents=True, exist_ok=True)
    if only is None:
        for old in folder.iterdir():
            old.unlink()
    built: list[Path] = []
    to_convert: dict[str, list[Path]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            if only is not None and case.name not in only:
                continue
            if case.fmt == "xlsx" or case.fmt == "wps.xlsx":
                path = build_case(case, folder)
                if case.fmt == "wps.xlsx":
                    _wps(path)
                built.append(path)
            else:
                path = build_case(case, Path(tmp))
                shutil.move(str(Path(tmp) / f"{case.name}.expect.json"), folder)
                fmt = {"lo.xlsx": "xlsx", "unmarked.ods": "ods"}.get(case.fmt, case.fmt)
                to_convert.setdefault(fmt, []).append(path)
        for fmt, sources in to_convert.items():
            # LibreOffice headless, as offices' copies are made (soffice --convert-to).
            for made in make_corpus.convert(sources, fmt, Path(tmp) / f"out-{fmt}"):
                target = folder / made.name
                shutil.move(str(made), target)
                if CASES_BY_NAME[made.stem].fmt == "unmarked.ods":
                    _unmark_ods(target)
                built.append(target)
    return built


CASES_BY_NAME = {case.name: case for case in CASES}

if __name__ == "__main__":
    # python -m tests.excel.corpus.generate [FOLDER] [--only NAME ...]
    args = sys.argv[1:]
    names = set(args[args.index("--only") + 1 :]) if "--only" in args else None
    places = args[: args.index("--only")] if "--only" in args else args
    for path in build(Path(places[0]) if places else FILES, names):
        print(path.name)
