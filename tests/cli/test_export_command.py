"""``rectify export``: the demo ledger to a workbook, filtered as on screen; bad
arguments refused with a Chinese message and exit code 2."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.cli.common import Refused
from desktop.cli.export_commands import parse_statuses
from desktop.domain.status import Status
from desktop.excel.columns import COLUMNS

NUMBER = [c.field for c in COLUMNS].index("number") + 1
STATUS = [c.field for c in COLUMNS].index("status") + 1


def issue_numbers(path: Path) -> list[str]:
    ws = openpyxl.load_workbook(path)["台账"]
    values = [ws.cell(r, NUMBER).value for r in range(4, ws.max_row + 1)]
    # 序号 is stored as a number.
    assert all(isinstance(v, int) for v in values if v is not None)
    return [str(v) for v in values if v is not None]


def test_whole_demo_ledger(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "台账.xlsx"
    assert main(["export", str(out), "--ledger", str(demo_path)]) == 0
    assert "已导出 14 个问题、30 条整改措施（30 行）" in capsys.readouterr().err
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["台账", "统计"]
    assert wb["台账"]["A1"].value == "示范区党工委巡察反馈问题整改台账"
    assert issue_numbers(out) == [str(n) for n in range(1, 15)]


def test_filtered_by_inspection_status_and_unit(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.xlsx"
    args = ["export", str(out), "--ledger", str(demo_path)]
    title = "市委第七巡察组专项巡察（2022年）"
    assert main([*args, "--inspection", title, "--status", "in_progress", "基本完成"]) == 0
    assert issue_numbers(out) == ["8", "9", "10", "11"]
    assert main([*args, "--unit", "信访办"]) == 0
    assert issue_numbers(out) == ["5"]
    capsys.readouterr()


def test_nothing_matches_still_writes_the_header(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.xlsx"
    assert main(["export", str(out), "--ledger", str(demo_path), "--status", "已销号"]) == 0
    assert "只有表头" in capsys.readouterr().err
    assert openpyxl.load_workbook(out)["台账"].max_row == 3


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--status", "差不多"], "不认识的整改状态“差不多”"),
        (["--status", "长期坚持"], "不认识的整改状态“长期坚持”"),
        (["--unit", "不存在的局"], "台账中没有单位“不存在的局”"),
        (["--inspection", "没有这次巡察"], "找不到巡察“没有这次巡察”"),
    ],
)
def test_bad_filters_are_refused(
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.xlsx"
    assert main(["export", str(out), "--ledger", str(demo_path), *extra]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_bad_targets_are_refused(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(tmp_path / "x.xls"), "--ledger", str(demo_path)]) == 2
    assert "须以 .xlsx 结尾" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "no" / "x.xlsx"), "--ledger", str(demo_path)]) == 2
    assert "目标文件夹不存在" in capsys.readouterr().err


def test_status_words_and_codes() -> None:
    assert parse_statuses(["done", "正在推进", "整改中", "已销号"]) == {
        Status.DONE,
        Status.IN_PROGRESS,
        Status.CLOSED,
    }
    with pytest.raises(Refused, match="可用：not_started（未启动）"):
        parse_statuses(["完成了吧"])
