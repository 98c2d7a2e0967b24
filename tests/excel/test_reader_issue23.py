"""Issue 23's workbook classes, in workbooks written by openpyxl by hand (another
writer, other words and positions than the corpus generator's)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment

from desktop.domain.problems import Code, Severity
from desktop.domain.status import Status
from desktop.excel.reader import read_ledger


def _save(wb: openpyxl.Workbook, path: Path) -> Path:
    wb.save(path)
    return path


def test_grouped_header_whose_group_title_is_a_header_word(tmp_path: Path) -> None:
    """整改情况 (itself a progress header) over 整改进展 | 完成状态, 责任分工 over three
    columns, the rest merged down; the table starts at C4 under a title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件2"
    ws.merge_cells("C2:L2")
    ws["C2"] = "关于巡察反馈意见整改落实情况的台账"
    for col, word in zip("CDEF", ["序号", "巡察反馈问题", "整改举措", "完成时限"], strict=True):
        ws[f"{col}4"] = word
        ws.merge_cells(f"{col}4:{col}5")
    ws["G4"] = "责任分工"
    ws.merge_cells("G4:I4")
    ws["G5"], ws["H5"], ws["I5"] = "牵头领导", "责任科室", "具体责任人"
    ws["J4"] = "整改情况"
    ws.merge_cells("J4:K4")
    ws["J5"], ws["K5"] = "整改进展", "完成状态"
    ws["L4"] = "备注"
    ws.merge_cells("L4:L5")
    rows = [
        (1, "谈心谈话开展不经常", "建立谈话台账", "2023-01-11 00:00:00", "未整改"),
        (None, None, "每季度通报", "2023/3/31", "已完成整改，已销号"),
        (2, "合同审查把关不严", "聘请法律顾问", "2023年6月", "未完成，正在推进中"),
    ]
    for r, (number, text, measure, deadline, status) in enumerate(rows, start=6):
        ws[f"C{r}"], ws[f"D{r}"], ws[f"E{r}"] = number, text, measure
        ws[f"F{r}"], ws[f"H{r}"], ws[f"K{r}"] = deadline, "人事科、办公室", status
    ws.merge_cells("C6:C7")
    ws.merge_cells("D6:D7")
    plan = read_ledger(_save(wb, tmp_path / "grouped.xlsx"))
    assert not plan.blocked, [p.describe() for p in plan.problems]
    assert [i.draft.number for i in plan.issues] == ["1", "2"]
    first, second = plan.issues
    m1, m2 = first.measures
    assert (m1.draft.status, m2.draft.status) == (Status.NOT_STARTED, Status.CLOSED)
    assert m1.draft.responsibility.deadline == date(2023, 1, 11)
    assert m2.draft.responsibility.deadline == date(2023, 3, 31)
    assert second.measures[0].draft.responsibility.deadline == date(2023, 6, 30)
    assert second.measures[0].draft.status is Status.IN_PROGRESS
    assert m1.source.row == 6
    assert m1.draft.responsibility.lead_unit == "人事科"
    assert m1.draft.responsibility.cooperating_units == ("办公室",)
    notes = [p for p in plan.problems if p.code is Code.SEVERAL_UNITS]
    assert [(p.row, p.cell, p.severity) for p in notes] == [(6, "H6", Severity.WARNING)]


def test_sections_centred_by_hand_with_subtotals_and_a_signature_block(tmp_path: Path) -> None:
    """第一部分 / （一） headings only centred across (no merge), 序号 restarting, a 小计
    after each part, then 注： lines and 审核人 / a date line: read, nothing refused."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["编号", "具体问题", "具体措施", "责任单位", "整改进度"])
    centred = Alignment(horizontal="centerContinuous")
    layout: list[tuple[str, ...] | str] = [
        "第一部分 政治建设",
        "（一）学习贯彻不深入",
        ("1", "中心组学习计划性不强", "制定年度学习计划", "办公室", "已完成"),
        ("2", "专题研讨质量不高", "开展专题研讨", "办公室", "尚未整改"),
        "（二）主体责任落实不力",
        ("1", "责任清单不细化", "修订责任清单", "机关党委", "基本完成"),
        ("小计", "3个"),
        "第二部分 作风建设",
        ("1", "督查检查过多", "精简督查事项", "督查室", "整改到位"),
        ("合计", "4个"),
        "注：整改进度填写已完成、基本完成、正在推进或尚未整改。",
        "此表一式两份。",
        ("审核人：李华", "", "填表人：周强"),
        "2023年3月17日",
    ]
    for item in layout:
        if isinstance(item, str):
            ws.append([item])
            for col in "ABCDE":
                ws[f"{col}{ws.max_row}"].alignment = centred
        else:
            ws.append(list(item))
    plan = read_ledger(_save(wb, tmp_path / "sections.xlsx"))
    assert not plan.blocked, [p.describe() for p in plan.problems]
    assert [(i.draft.number, i.category_path) for i in plan.issues] == [
        ("1", ("第一部分 政治建设", "（一）学习贯彻不深入")),
        ("2", ("第一部分 政治建设", "（一）学习贯彻不深入")),
        ("1", ("第一部分 政治建设", "（二）主体责任落实不力")),
        ("1", ("第二部分 作风建设",)),
    ]
    assert plan.issues[1].measures[0].draft.status is Status.NOT_STARTED
    assert not [p for p in plan.problems if p.code is Code.DUPLICATE_NUMBER]
    coverage = plan.coverage
    assert coverage is not None
    assert [(s.row, s.kind) for s in coverage.skipped] == [
        (8, "total"),
        (11, "total"),
        (12, "note"),
        (13, "note"),
        (14, "note"),
        (15, "note"),
    ]
    skipped = [p.row for p in plan.problems if p.code is Code.SKIPPED_ROW]
    assert skipped == [8, 11, 12, 13, 14, 15]
    assert coverage.rows_by_kind["section"] == 4
    assert sum(coverage.rows_by_kind.values()) == coverage.rows == 15


def test_numbers_repeated_without_sections_are_warned_not_refused(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "问题描述", "整改措施"])
    ws.append([1, "问题甲", "措施甲"])
    ws.append([2, "问题乙", "措施乙"])
    ws.append([1, "问题丙", "措施丙"])
    plan = read_ledger(_save(wb, tmp_path / "restart.xlsx"))
    assert not plan.blocked
    assert len(plan.issues) == 3
    (duplicate,) = [p for p in plan.problems if p.code is Code.DUPLICATE_NUMBER]
    assert (duplicate.row, duplicate.severity) == (4, Severity.WARNING)


def test_a_column_and_a_row_outside_the_ledger_are_named(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "问题描述", "整改措施", "督办人"])
    ws.append([1, "问题甲", "措施甲", "王明"])
    ws.append([None, None, None, "（督办意见见附件）"])
    ws.append([2, "问题乙", "措施乙", "李华"])
    plan = read_ledger(_save(wb, tmp_path / "outside.xlsx"))
    codes = {(p.code, p.row, p.column) for p in plan.problems}
    assert (Code.UNREAD_COLUMN, 1, "督办人") in codes
    assert (Code.SKIPPED_ROW, 3, "督办人") in codes
    assert plan.coverage is not None
    assert plan.coverage.unread_columns == ("D 督办人",)
    assert plan.coverage.cells_outside == 3
    assert [i.draft.number for i in plan.issues] == ["1", "2"]


def test_a_hidden_ledger_copy_is_named_not_read(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["序号", "问题描述"])
    ws.append([1, "问题甲"])
    copy = wb.create_sheet("备份")
    copy.append(["序号", "问题描述"])
    copy.append([1, "问题甲"])
    copy.sheet_state = "hidden"
    plan = read_ledger(_save(wb, tmp_path / "hidden.xlsx"))
    assert not plan.blocked
    (unread,) = [p for p in plan.problems if p.code is Code.UNREAD_SHEET]
    assert unread.sheet == "备份"
    assert plan.coverage is not None
    assert plan.coverage.ledger_sheets == ("台账", "备份")


def test_a_summary_sheet_whose_list_looks_like_a_ledger_is_not_a_second_ledger(
    tmp_path: Path,
) -> None:
    """A statistics sheet (ours, or an office's 汇总) holds tables with totals and then a
    list of overdue items under ledger-like headers: the book still has one ledger."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["序号", "问题描述", "整改措施", "牵头单位", "整改时限", "整改状态"])
    ws.append([1, "问题甲", "措施甲", "办公室", "2026-01-01", "正在推进"])
    summary = wb.create_sheet("汇总")
    summary.append(["按整改状态统计"])
    summary.append(["整改状态", "问题（个）"])
    summary.append(["正在推进", 1])
    summary.append(["合计", 1])
    summary.append([])
    summary.append(["牵头单位", "问题序号", "问题描述", "整改措施", "整改时限", "整改状态"])
    summary.append(["办公室", "1", "问题甲", "措施甲", "2026-01-01", "正在推进"])
    plan = read_ledger(_save(wb, tmp_path / "with-summary.xlsx"))
    assert not plan.blocked, plan.problems
    assert not [p for p in plan.problems if p.code is Code.SEVERAL_LEDGER_SHEETS]
    assert [i.draft.number for i in plan.issues] == ["1"]
    assert plan.coverage is not None
    assert plan.coverage.ledger_sheets == ("台账",)
