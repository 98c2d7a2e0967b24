"""The statistics sheet: figures as values (never formulas), rates beside their counts,
and the overdue and due-soon lists."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.excel.styles import PERCENT_FORMAT
from desktop.excel.writer import write_ledger
from tests.tools.ledger_records import INSPECTION, small_ledger

AS_OF = date(2023, 2, 25)


@pytest.fixture
def sheet(tmp_path: Path) -> Any:
    issues, measures = small_ledger()
    path = tmp_path / "s.xlsx"
    write_ledger(path, INSPECTION, issues, measures, report_date=AS_OF)
    return openpyxl.load_workbook(path)["统计"]


def rows_labelled(ws: Any, label: str) -> list[list[Any]]:
    return [[c.value for c in row] for row in ws.iter_rows() if row[0].value == label]


def test_title_and_date(sheet: Any) -> None:
    assert sheet["A1"].value == "示范区党工委巡察反馈问题整改情况统计"
    assert sheet["A2"].value.startswith("统计截至 2023年2月25日")


def test_counts_by_state_with_rates_beside_them(sheet: Any) -> None:
    done = rows_labelled(sheet, "已完成")[0]
    assert done[:5] == [("已完成"), 1, 0.25, 4, pytest.approx(4 / 6)]
    total = rows_labelled(sheet, "合计")[0]
    assert total[:5] == ["合计", 4, 1, 6, 1]
    rate = rows_labelled(sheet, "完成率（已完成＋已销号）")[0]
    assert rate[:5] == ["完成率（已完成＋已销号）", 1, 0.25, 4, pytest.approx(4 / 6)]
    assert rows_labelled(sheet, "已销号")[0][:5] == ["已销号", 0, 0, 0, 0]
    row = next(r for r in sheet.iter_rows() if r[0].value == "完成率（已完成＋已销号）")
    assert row[2].number_format == PERCENT_FORMAT == "0.00%"
    assert row[1].data_type == "n"


def test_by_unit_and_by_category(sheet: Any) -> None:
    office = rows_labelled(sheet, "党工委办公室")[0]
    assert office[:8] == ["党工委办公室", 1, 1, 1, 2, 2, 1, 0]
    # A unit with measures but no issue of its own: no rate for zero issues, written
    # — as the app shows it (domain.statistics.share_percent).
    assert rows_labelled(sheet, "组织人社局")[0][:8] == ["组织人社局", 0, 0, "—", 1, 1, 1, 0]
    assert rows_labelled(sheet, "机关党委")[0][7] == 1  # its measure is overdue
    assert rows_labelled(sheet, "（一）政治建设方面")[0][:3] == ["（一）政治建设方面", 2, 1]
    assert rows_labelled(sheet, "（未分类）")[0][:3] == ["（未分类）", 2, 0]


def test_overdue_and_due_soon_lists(sheet: Any) -> None:
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    headings = [r[0] for r in values if isinstance(r[0], str) and r[0][:2] in ("四、", "五、")]
    assert headings == ["四、逾期未完成事项（1 项）", "五、7 日内到期事项（1 项）"]
    late = next(r for r in values if r[0] == "机关党委" and r[1] == "2")
    assert late[2].startswith("问题2：")
    assert late[5].startswith("一是")
    assert late[8:11] == [datetime(2023, 1, 11), 45, "正在推进"]
    soon = next(r for r in values if r[0] == "信访办" and r[1] == "3")
    assert soon[5] is None  # an issue without measures
    assert soon[8:11] == [datetime(2023, 3, 1), 4, "未启动"]


def test_no_formulas(sheet: Any) -> None:
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f"


def test_statistics_sheet_can_be_left_out(tmp_path: Path) -> None:
    issues, measures = small_ledger()
    summary = write_ledger(tmp_path / "x.xlsx", INSPECTION, issues, measures, statistics=False)
    assert summary.sheets == ("台账",)
    assert openpyxl.load_workbook(summary.path).sheetnames == ["台账"]
