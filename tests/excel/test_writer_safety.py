"""A workbook we write never carries a formula, never cuts text silently, keeps control
characters, emoji and rare characters, and never leaves a half-written file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from desktop.domain.problems import MAX_CELL_TEXT, Code
from desktop.domain.records import IssueRecord, MeasureRecord, Responsibility
from desktop.excel.columns import COLUMNS
from desktop.excel.safe import (
    ExportCancelled,
    ExportError,
    looks_like_formula,
    unescape_excel,
    utf16_length,
)
from desktop.excel.writer import write_ledger
from desktop.services.ledger import LedgerService
from tests.tools.ledger_records import INSPECTION, issue, measure, small_ledger

INJECTIONS = [
    "=SUM(1,2)",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://example.com","点我")',
    "+1+1",
    "-2+3",
    "@SUM(1)",
    "\t=1",
    "\r=1",
    "{=1}",
    "=1",
]
ODD_TEXTS = [
    "控制字符\x01\x02\x07\x1b\x1f在此",
    "字面的 _x0041_ 与 _x005F_ 不应被解开",
    "回车\r换行\n和\r\n都保留",
    "表情😀与生僻字𠀀𪚥𰻞",
    "  首尾空格  ",
    "\ufeff零宽\u200b字符",
]
FIRST = 4


def _write(tmp_path: Path, texts: list[str], name: str = "out.xlsx") -> Path:
    """One issue per text: the text in the issue, its measure, its unit and number."""
    issues: list[IssueRecord] = []
    measures: dict[int, list[MeasureRecord]] = {}
    for n, text in enumerate(texts, start=1):
        rec = replace(issue(n, text=text, unit=text), number=text)
        issues.append(rec)
        measures[rec.id] = [measure(rec, 1, text=text), measure(rec, 2, text=text + "二")]
    path = tmp_path / name
    write_ledger(path, INSPECTION, issues, measures, report_date=date(2023, 3, 17))
    return path


def _column(field: str) -> int:
    return [c.field for c in COLUMNS].index(field)


@pytest.mark.parametrize("reader", ["openpyxl", "calamine"])
def test_injection_strings_round_trip_as_text(tmp_path: Path, reader: str) -> None:
    path = _write(tmp_path, INJECTIONS)
    fields = ("number", "text", "measure", "lead_unit")
    if reader == "openpyxl":
        ws = openpyxl.load_workbook(path)["台账"]
        for n, text in enumerate(INJECTIONS):
            row = FIRST + 2 * n
            for field in fields:
                cell = ws.cell(row, _column(field) + 1)
                assert cell.data_type == "s", (text, field)
                assert unescape_excel(cell.value) == text
                # Quote prefix: re-typing the cell in Excel keeps it text.
                assert cell.quotePrefix == looks_like_formula(text)
    else:
        rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("台账").to_python()
        for n, text in enumerate(INJECTIONS):
            for field in fields:
                assert rows[FIRST - 1 + 2 * n][_column(field)] == text


def test_no_formula_anywhere_in_the_file(tmp_path: Path) -> None:
    import zipfile

    path = _write(tmp_path, INJECTIONS)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name)
                assert b"<f " not in archive.read(name)


def test_control_characters_emoji_and_rare_characters_survive(tmp_path: Path) -> None:
    path = _write(tmp_path, ODD_TEXTS)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("台账").to_python()
    ws = openpyxl.load_workbook(path)["台账"]
    for n, text in enumerate(ODD_TEXTS):
        row = FIRST - 1 + 2 * n
        assert rows[row][_column("text")] == text
        assert rows[row + 1][_column("measure")] == text + "二"
        assert unescape_excel(ws.cell(row + 1, _column("text") + 1).value) == text
    # Escaped the way Excel does it, on disk.
    import zipfile

    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "_x0001__x0002__x0007__x001B__x001F_" in sheet
    assert "_x005F_x0041_" in sheet


def test_longest_text_excel_holds_is_written_whole(tmp_path: Path) -> None:
    text = "问" * (MAX_CELL_TEXT - 1) + "末"
    rec = issue(1, text=text)
    path = tmp_path / "long.xlsx"
    write_ledger(path, INSPECTION, [rec], {rec.id: [measure(rec, 1, text=text)]})
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("台账").to_python()
    assert rows[FIRST - 1][_column("text")] == text
    assert rows[FIRST - 1][_column("measure")] == text


@pytest.mark.parametrize(
    "text",
    ["长" * (MAX_CELL_TEXT + 1), "😀" * (MAX_CELL_TEXT // 2 + 1)],
    ids=["characters", "utf16-units"],
)
def test_too_long_text_is_refused_and_the_old_file_kept(tmp_path: Path, text: str) -> None:
    good = _write(tmp_path, ["好的台账"], name="ledger.xlsx")
    before = good.read_bytes()
    issues, measures = small_ledger()
    issues[2] = replace(issues[2], text=text)
    with pytest.raises(ExportError) as caught:
        write_ledger(good, INSPECTION, issues, measures)
    message = caught.value.message
    assert "问题 3" in message
    assert "“问题描述”列" in message
    assert "32767" in message
    assert f"{utf16_length(text)} 个字符" in message
    assert caught.value.problem is not None
    assert caught.value.problem.code is Code.TOO_LONG
    assert caught.value.problem.row == FIRST + 4  # issue 3 follows 3 + 1 measure rows
    assert good.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.xlsx"]


def test_unsavable_text_is_refused_with_a_message(tmp_path: Path) -> None:
    issues, measures = small_ledger()
    issues[1] = replace(
        issues[1], responsibility=Responsibility(lead_unit="坏\ud800单位", lead_leader="某")
    )
    with pytest.raises(ExportError, match=r"问题 2.*牵头单位.*残缺字符"):
        write_ledger(tmp_path / "x.xlsx", INSPECTION, issues, measures)
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_nothing_and_progress_is_reported(tmp_path: Path) -> None:
    from tests.tools.ledger_records import generated_ledger

    issues, measures = generated_ledger(300, 2)
    seen: list[tuple[int, int]] = []
    write_ledger(
        tmp_path / "ok.xlsx",
        INSPECTION,
        issues,
        measures,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[0] == (0, 300)
    assert seen[-1] == (300, 300)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    target = tmp_path / "ok.xlsx"
    before = target.read_bytes()
    asked = iter([False, False, True])
    with pytest.raises(ExportCancelled):
        write_ledger(target, INSPECTION, issues, measures, cancelled=lambda: next(asked))
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.xlsx"]


def test_missing_folder_and_folder_target_are_refused(tmp_path: Path) -> None:
    issues, measures = small_ledger()
    with pytest.raises(ExportError, match="目标文件夹不存在"):
        write_ledger(tmp_path / "nope" / "x.xlsx", INSPECTION, issues, measures)
    with pytest.raises(ExportError, match="是一个文件夹"):
        write_ledger(tmp_path, INSPECTION, issues, measures)


def test_replaced_file_is_an_ordinary_document(tmp_path: Path) -> None:
    path = _write(tmp_path, ["一"])
    assert path.stat().st_mode & 0o777 == 0o644


def test_unescape_excel() -> None:
    assert unescape_excel("a_x0001_b") == "a\x01b"
    assert unescape_excel("_x005F_x0041_") == "_x0041_"
    assert unescape_excel("纯文本") == "纯文本"
    assert utf16_length("😀a") == 3


@pytest.mark.parametrize("keep_cycles", [False, True])
def test_a_written_workbook_is_freed_without_the_cyclic_collector(
    tmp_path: Path, demo_service: LedgerService, monkeypatch: pytest.MonkeyPatch, keep_cycles: bool
) -> None:
    """xlsxwriter's workbook and sheets refer to each other: left as they are, the whole
    workbook waits for a pass of the cyclic collector, which holds every thread (the
    window's too) for as long as it walks it. Released, nothing of it is left for one.
    (``keep_cycles``: the same export with ``release`` undone, to show the difference.)"""
    import gc

    from desktop.excel import handoff as handoff_module
    from desktop.excel import writer as writer_module
    from desktop.services.handoff import write_unit_handouts

    if keep_cycles:
        monkeypatch.setattr(writer_module, "release", lambda _workbook: None)
        monkeypatch.setattr(handoff_module, "release", lambda _workbook: None)
    issues = demo_service.list_issues()
    measures = demo_service.measures_by_issue()
    inspections = demo_service.list_inspections()

    def garbage() -> int:
        # Cycles a pause's end froze out of the collector's way count too
        # (desktop.collector: collector.tidy would sweep them).
        gc.unfreeze()
        return gc.collect()

    garbage()
    gc.disable()
    try:
        write_ledger(tmp_path / "台账.xlsx", inspections, issues, measures)
        after_export = garbage()
        write_unit_handouts(demo_service, tmp_path, ["财政局"])
        after_handout = garbage()
    finally:
        gc.enable()
    if keep_cycles:
        assert after_export > 500
        assert after_handout > 500
    else:
        assert after_export < 100
        assert after_handout < 100
