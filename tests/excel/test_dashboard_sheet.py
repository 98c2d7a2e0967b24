"""The dashboard workbook: the figures of a statistics document on printable sheets,
text as text (never a formula), numbers as numbers, written atomically."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.excel.dashboard_sheet import (
    SHEET_CATEGORIES,
    SHEET_CHANGES,
    SHEET_OUTCOMES,
    SHEET_OVERDUE,
    SHEET_OVERVIEW,
    SHEET_UNITS,
    DashboardHeading,
    change_rows,
    value_text,
    write_dashboard,
)
from desktop.files import WriteFailed


def stats_document() -> dict[str, Any]:
    """A statistics document in the shape ``SupervisionService.statistics`` returns."""
    group = {"total": 2, "finished": 1, "overdue": 1, "rate": 50.0}
    return {
        "today": "2026-03-31",
        "issues": {
            "total": 4,
            "by_status": {"in_progress": 1, "done": 2, "closed": 1},
            "by_status_rate": {"in_progress": 25.0, "done": 50.0, "closed": 25.0},
            "long_term": 1,
            "overdue": 1,
            "done_rate": 75.0,
        },
        "measures": {
            "total": 3,
            "by_status": {"not_started": 1, "done": 2},
            "by_status_rate": {"not_started": 33.33, "done": 66.67},
            "long_term": 0,
            "overdue": 0,
            "done_rate": 66.67,
        },
        "on_time_rate": {
            "issues": {
                "rate": 66.67,
                "on_time": 2,
                "late": 1,
                "finished_with_deadline": 3,
                "unknown": 0,
            },
            "measures": {
                "rate": None,
                "on_time": 0,
                "late": 0,
                "finished_with_deadline": 0,
                "unknown": 2,
            },
        },
        "postponed": {"issues": 1, "measures": 0, "pending": 2},
        "sign_off": {"pending": 1, "returned": 0, "approved": 1, "reopened": 0},
        "by_unit": [
            {"unit": "=SUM(A1)", "issues": group, "measures": group},
            {
                "unit": "财政局",
                "issues": group,
                "measures": {**group, "total": 1, "finished": 1, "overdue": 0, "rate": 100.0},
            },
        ],
        "by_category": [{"category": "（未分类）", "issues": group, "measures": group}],
        "overdue": [
            {
                "entity": "measure",
                "id": 7,
                "issue_id": 3,
                "inspection_id": 1,
                "number": "007",
                "seq": 2,
                "text": "+整改措施二",
                "lead_unit": "财政局",
                "deadline": "2026-01-31",
                "days_overdue": 59,
                "status": "in_progress",
            }
        ],
        "outcomes": {
            "rules_made": 3,
            "accountability": {
                "party_discipline": 2,
                "government_sanction": 0,
                "organizational": 1,
                "admonition": 0,
                "criticism": 4,
                "reminder": 0,
                "other": 0,
            },
            "people_total": 7,
            "funds": {"recovered": 12.345, "refunded": 0.0, "loss_recovered": 1.5, "other": 0.0},
            "funds_total": 13.845,
        },
        "warnings": ["2027年的放假调休安排尚未正式公布，工作日按法定节日和周末计算，未含调休。"],
    }


def rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    book = openpyxl.load_workbook(path)
    return [r for r in book[sheet].iter_rows(values_only=True) if any(v is not None for v in r)]


def find(table: list[tuple[Any, ...]], label: str) -> tuple[Any, ...]:
    return next(r for r in table if r[0] == label)


def test_the_workbook_holds_every_figure(tmp_path: Path) -> None:
    target = tmp_path / "统计.xlsx"
    write_dashboard(target, stats_document(), DashboardHeading("市委第一巡察组", "王科长"))
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [
        SHEET_OVERVIEW,
        SHEET_UNITS,
        SHEET_CATEGORIES,
        SHEET_OVERDUE,
        SHEET_OUTCOMES,
    ]
    overview = rows(target, SHEET_OVERVIEW)
    assert overview[1] == ("统计范围：市委第一巡察组", None, None, None, None)
    assert find(overview, "正在推进") == ("正在推进", 1, 25.0, 0, 0.0)
    assert find(overview, "未启动") == ("未启动", 0, 0.0, 1, 33.33)
    assert find(overview, "已销号")[1] == 1
    assert find(overview, "合计")[1::2] == (4, 3)
    # Finished counts done and signed-off together, beside the rate.
    assert find(overview, "已完成（含已销号）") == ("已完成（含已销号）", 3, 75.0, 2, 66.67)
    assert find(overview, "按期完成率（%）") == ("按期完成率（%）", 3, 66.67, 0, "—")
    assert find(overview, "待审批的延期申请")[1] == 2
    assert any("2027年" in str(r[0]) for r in overview)

    units = rows(target, SHEET_UNITS)
    assert units[1][:5] == ("责任单位", "问题数", "已完成", "逾期", "完成率（%）")
    assert units[2] == ("=SUM(A1)", 2, 1, 1, 50.0, 2, 1, 1, 50.0)
    assert units[-1] == ("合计", 4, 2, 2, 50.0, 3, 2, 1, 66.67)
    overdue = rows(target, SHEET_OVERDUE)
    assert overdue[2] == (
        1,
        "问题007",
        "第2条",
        "+整改措施二",
        "财政局",
        "2026年1月31日",
        59,
        "正在推进",
    )
    outcomes = rows(target, SHEET_OUTCOMES)
    assert find(outcomes, "建章立制") == ("建章立制", 3, "项")
    assert find(outcomes, "问责：批评教育")[1] == 4
    assert find(outcomes, "问责合计")[1] == 7
    assert find(outcomes, "追缴资金")[1] == pytest.approx(12.345)
    assert find(outcomes, "资金合计")[1] == pytest.approx(13.845)


def test_text_stays_text_and_is_never_a_formula(tmp_path: Path) -> None:
    target = tmp_path / "x.xlsx"
    write_dashboard(target, stats_document())
    book = openpyxl.load_workbook(target)
    unit = book[SHEET_UNITS]["A3"]
    assert unit.value == "=SUM(A1)"
    assert unit.data_type == "s"
    number = book[SHEET_OVERDUE]["B3"]
    assert (number.value, number.data_type) == ("问题007", "s")
    assert book[SHEET_OVERDUE]["D3"].data_type == "s"  # "+整改措施二"
    assert book[SHEET_OVERVIEW]["B7"].data_type == "n"


def test_changes_since_a_date_get_their_sheet(tmp_path: Path) -> None:
    doc = stats_document()
    doc["since"] = "2026-03-01"
    doc["changes"] = [
        {
            "at": "2026-03-02T09:30:00",
            "operator": "王科长",
            "description": "修改问题 3",
            "entity": "issue",
            "action": "update",
            "issue_number": "3",
            "field": "status",
            "old": "in_progress",
            "new": "done",
        },
        {
            "at": "2026-03-03T10:00:00",
            "operator": "李四",
            "description": "新增问题",
            "entity": "issue",
            "action": "create",
            "issue_number": "5",
            "summary": "问题 5：新问题",
        },
        {
            "at": "2026-03-04T10:00:00",
            "operator": "李四",
            "description": "修改配合单位",
            "entity": "issue",
            "action": "update",
            "issue_number": "5",
            "field": "cooperating_units",
            "old": [],
            "new": ["审计局", "财政局"],
        },
    ]
    target = tmp_path / "weekly.xlsx"
    write_dashboard(target, doc)
    changes = rows(target, SHEET_CHANGES)
    assert changes[1] == ("共 3 处变化。", *([None] * 7))
    assert changes[3] == (
        "2026-03-02 09:30",
        "王科长",
        "修改问题 3",
        "问题3",
        "问题",
        "整改状态",
        "正在推进",
        "已完成",
    )
    assert changes[4][5:] == ("新增", None, "问题 5：新问题")
    assert changes[5][6:] == (None, "审计局、财政局")
    assert any(r[0] == "变化起始日期：2026年3月1日" for r in rows(target, SHEET_OVERVIEW))


def test_value_texts_read_like_a_clerk_writes() -> None:
    assert value_text("status", "closed") == "已销号"
    assert value_text("deadline", "2023-01-11") == "2023年1月11日"
    assert value_text("long_term", True) == "是"
    assert value_text("remarks", None) == ""
    assert change_rows([{"action": "delete", "entity": "measure", "summary": "一是修订"}])[0][
        5:
    ] == ("删除", "一是修订", "")


def test_a_failed_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "统计.xlsx"
    target.write_bytes(b"old workbook")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop.files.os.replace", broken)
    with pytest.raises(WriteFailed) as failed:
        write_dashboard(target, copy.deepcopy(stats_document()))
    assert "原文件保持不变" in str(failed.value.strerror)
    assert target.read_bytes() == b"old workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["统计.xlsx"]
