"""The hidden ``rectify selftest`` command: the whole run in a child process (it starts
a QApplication and changes Qt's settings paths, which must not leak into this test
session), and its pieces in-process."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import selftest_commands as st
from desktop.cli.selftest_commands import Outcome, SelfTest, Skipped

ROOT = Path(__file__).resolve().parents[2]


def test_selftest_runs_every_check_and_exits_0(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "selftest", "--keep", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("整改台账 ")
    assert "[失败]" not in result.stdout
    for name in (
        "版本号",
        "关于（许可证）",
        "台账文件",
        "示例台账",
        "Excel 组件",
        "Word 组件",
        "Qt 中文界面",
        "主窗口",
    ):
        assert any(line.startswith(f"[通过] {name}：") for line in lines), name
    assert "载入 14 个问题、30 条整改措施" in result.stdout
    # The window it opened, as a picture for the installers' checks to look at.
    picture = (tmp_path / "主窗口.png").read_bytes()
    assert picture[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", picture[16:24])
    assert width >= 800
    assert height >= 500
    assert "截图 主窗口.png" in result.stdout
    assert lines[-1].startswith("自检完成：")
    assert "0 项失败" in lines[-1]
    # Parts that exist in this tree are run, never skipped.
    for module, name in (("reader", "导入 Excel 台账"), ("writer", "导出 Excel 台账")):
        if (ROOT / "desktop" / "excel" / f"{module}.py").exists():
            assert f"[通过] {name}：" in result.stdout


def test_selftest_is_not_advertised_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    with pytest.raises(SystemExit):
        main(["--help"])
    listed = [line for line in capsys.readouterr().out.splitlines() if "selftest" in line]
    # argparse names every choice in the usage braces; no help line describes it.
    assert all("{" in line for line in listed)


def test_a_failing_check_is_reported_and_the_others_still_run(tmp_path: Path) -> None:
    echoed: list[str] = []
    test = SelfTest(tmp_path, echoed.append)

    def broken() -> str:
        raise ValueError("坏了")

    def absent() -> str:
        raise Skipped("此版本未包含")

    test.check("甲", broken)
    test.check("乙", absent)
    test.check("丙", lambda: "好")
    assert [o.status for o in test.outcomes] == ["failed", "skipped", "passed"]
    assert echoed == ["[失败] 甲：ValueError: 坏了", "[跳过] 乙：此版本未包含", "[通过] 丙：好"]
    assert test.failed == [Outcome("甲", "failed", "ValueError: 坏了")]
    assert test.summary() == "自检完成：1 项通过，1 项跳过，1 项失败。"


def test_import_and_export_are_skipped_when_this_build_lacks_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(st, "_present", lambda module: False)
    test = SelfTest(tmp_path, lambda _line: None)
    imported = test.check("导入", lambda: st.check_import(test, tmp_path / "x.xlsx"))
    exported = test.check("导出", lambda: st.check_export(test))
    assert (imported.status, exported.status) == ("skipped", "skipped")
    assert "desktop.excel.reader" in imported.detail
    assert "desktop.excel.writer" in exported.detail


def test_the_selftest_workbook_merges_the_first_issue_over_its_measures(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "book.xlsx"
    st.write_selftest_workbook(path)
    sheet = load_workbook(path)["台账"]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert merged == {"A1:F1", "A3:A4", "B3:B4"}
    assert [c.value for c in sheet[2]] == list(st.WORKBOOK_HEADERS)
    assert sheet["B5"].value == "自检问题二：台账导出"


def test_version_check_requires_metadata_only_in_a_bundle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from importlib.metadata import PackageNotFoundError

    def missing(_name: str) -> str:
        raise PackageNotFoundError("rectify-ledger")

    monkeypatch.setattr("importlib.metadata.version", missing)
    assert "源代码" in st.check_version(frozen=False)
    with pytest.raises(RuntimeError, match="缺少版本信息"):
        st.check_version(frozen=True)
