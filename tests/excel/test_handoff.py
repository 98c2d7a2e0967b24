"""Hand-out workbooks: one unit's rows only, the instructions, the protected ledger sheet
with its unlocked and highlighted columns, dropdown and date check, hidden keys, and
the very hidden, signed sheet of values as sent."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.records import (
    InspectionId,
    InspectionRecord,
    IssueId,
    IssueRecord,
    MeasureId,
    MeasureRecord,
    Responsibility,
)
from desktop.domain.status import Status
from desktop.excel.handoff import (
    DATA_SHEET,
    EDIT_FILL,
    INSTRUCTIONS_SHEET,
    MAGIC,
    STATE_CHOICES,
    Manifest,
    SentRow,
    handout_file_name,
    handout_rows,
    sign,
    write_handout,
    write_handouts,
)
from desktop.excel.safe import ExportError
from tests.excel.handoff_helpers import open_handout

SECRET = b"s" * 32
INSPECTION = InspectionRecord(
    title="市委第七巡察组专项巡察", inspected_unit="示范区党工委", id=InspectionId(1), key="ins-1"
)


def issue(n: int, unit: str, **kw: object) -> IssueRecord:
    return IssueRecord(
        number=str(n),
        text=f"问题{n}的描述",
        id=IssueId(n),
        key=f"issue-{n}",
        revision=2,
        inspection_id=InspectionId(1),
        responsibility=Responsibility(lead_unit=unit, responsible_person="张三"),
        **kw,  # type: ignore[arg-type]
    )


def measure(n: int, issue_id: int, unit: str = "", **kw: object) -> MeasureRecord:
    return MeasureRecord(
        text=f"措施{n}",
        id=MeasureId(n),
        key=f"measure-{n}",
        revision=3,
        issue_id=IssueId(issue_id),
        seq=n,
        responsibility=Responsibility(lead_unit=unit),
        **kw,  # type: ignore[arg-type]
    )


ISSUES = [
    issue(1, "财政局"),
    issue(2, "建设局"),
    issue(3, "财政局", progress="=正在推进", status=Status.IN_PROGRESS),
]
MEASURES = {
    1: [
        measure(11, 1, status=Status.IN_PROGRESS, progress="已部署"),
        measure(12, 1, "建设局", status=Status.DONE, long_term=True),
        measure(13, 1, status=Status.CLOSED, completion_date=date(2023, 1, 5)),
    ],
    2: [measure(21, 2, "", remarks="+备注")],
}


def test_rows_go_to_the_measures_lead_unit_or_else_the_issues() -> None:
    by_unit = handout_rows(ISSUES, MEASURES, {("measure", "measure-11"): ["会议纪要"]})
    assert list(by_unit) == ["财政局", "建设局"]
    assert [(r.entity, r.key) for r in by_unit["财政局"]] == [
        ("measure", "measure-11"),
        ("measure", "measure-13"),
        ("issue", "issue-3"),  # no measures: the issue answers for itself
    ]
    assert [r.key for r in by_unit["建设局"]] == ["measure-12", "measure-21"]
    assert by_unit["财政局"][0].evidence == ("会议纪要",)
    orphan = issue(4, "")
    assert [r.key for r in handout_rows([orphan], {})[""]] == ["issue-4"]


def write(tmp_path: Path, unit: str = "财政局", due: date | None = date(2023, 2, 1)) -> Path:
    rows = handout_rows(ISSUES, MEASURES)[unit]
    manifest = Manifest(
        ledger_id="ledger-1",
        unit=unit,
        inspections=("ins-1",),
        inspection_title=INSPECTION.title,
        exported_at=datetime(2023, 1, 20, 9, 30),
        due=due,
        app_version="1.0",
    )
    path = tmp_path / handout_file_name(unit)
    write_handout(path, rows, manifest, SECRET, inspections=[INSPECTION])
    return path


def test_sheets_instructions_and_manifest(tmp_path: Path) -> None:
    path = write(tmp_path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [INSTRUCTIONS_SHEET, "台账", DATA_SHEET]
    assert [wb[n].sheet_state for n in wb.sheetnames] == ["visible", "visible", "veryHidden"]
    text = "\n".join(str(c.value) for c in wb[INSTRUCTIONS_SHEET]["A"] if c.value)
    assert "责任单位：财政局" in text
    assert "请于2023年2月1日前交回" in text
    assert "本表共有 2 个问题、2 条整改措施" in text
    for words in ("整改进展", "下拉箭头", "请勿改动", "新增整改措施", ".xlsx"):
        assert words in text
    data = wb[DATA_SHEET]
    assert data.protection.sheet
    assert data["A1"].value == MAGIC
    pairs = {data.cell(r, 1).value: data.cell(r, 2).value for r in range(2, 12)}
    assert pairs["ledger_id"] == "ledger-1"
    assert pairs["unit"] == "财政局"
    assert pairs["inspections"] == "ins-1"
    assert pairs["exported_at"] == "2023-01-20T09:30:00"
    assert pairs["due"] == "2023-02-01"
    assert pairs["app_version"] == "1.0"
    assert len(pairs["signature"]) == 64


def test_ledger_sheet_protection_highlight_and_hidden_keys(tmp_path: Path) -> None:
    sheet = open_handout(write(tmp_path))
    ws = sheet.ws
    assert ws.protection.sheet
    assert not ws.protection.password  # no password: readable, not editable by accident
    assert ws["A1"].value == "示范区党工委巡察反馈问题整改台账（财政局填报）"
    assert "请于2023年2月1日前交回" in ws["A2"].value
    assert list(sheet.rows) == ["measure-11", "measure-13", "issue-3"]
    for header in ("问题编码", "问题版本", "措施编码", "措施版本"):
        letter = openpyxl.utils.get_column_letter(sheet.columns[header])
        assert ws.column_dimensions[letter].hidden
    assert sheet.cell("measure-11", "问题编码").value == "issue-1"
    assert sheet.cell("measure-11", "问题版本").value == "2"
    assert sheet.cell("measure-11", "措施版本").value == "3"
    for header in ("整改进展", "整改状态", "完成日期", "备注", "佐证材料"):
        cell = sheet.cell("measure-11", header)
        assert not cell.protection.locked, header
        assert cell.fill.fgColor.rgb.endswith(EDIT_FILL[1:]), header
    for header in ("序号", "问题描述", "整改措施", "责任人", "整改时限"):
        assert sheet.cell("measure-11", header).protection.locked, header
    # A signed-off measure is not the unit's to change.
    assert sheet.cell("measure-13", "整改状态").value == "已销号"
    assert sheet.cell("measure-13", "整改进展").protection.locked
    assert sheet.cell("measure-13", "完成日期").value == datetime(2023, 1, 5)
    assert sheet.cell("measure-11", "整改状态").value == "正在推进"
    assert sheet.cell("measure-11", "整改进展").value == "已部署"
    # The issue's cells are merged down its measure rows.
    first, last = sheet.rows["measure-11"], sheet.rows["measure-13"]
    assert f"A{first}:A{last}" in {str(r) for r in ws.merged_cells.ranges}
    # The additions block: unlocked blank rows under the marker.
    assert not ws.cell(sheet.marker + 1, sheet.columns["整改措施"]).protection.locked


def test_status_dropdown_and_date_check(tmp_path: Path) -> None:
    sheet = open_handout(write(tmp_path))
    letter = openpyxl.utils.get_column_letter
    by_column = {str(dv.sqref)[0]: dv for dv in sheet.ws.data_validations.dataValidation}
    status = by_column[letter(sheet.columns["整改状态"])]
    assert status.type == "list"
    choices = status.formula1.strip('"').split(",")
    assert choices[:5] == ["未启动", "正在推进", "基本完成", "已完成", "申请延期"]
    assert "已完成，长期坚持" in choices
    assert "已销号" not in choices
    assert tuple(choices) == STATE_CHOICES
    assert status.showErrorMessage
    assert by_column[letter(sheet.columns["完成日期"])].type == "date"
    # Added measures pick their issue's number from a list of the sheet's issues.
    number = by_column[letter(sheet.columns["序号"])]
    assert number.formula1 == '"1,3"'
    assert str(number.sqref).startswith(f"A{sheet.marker + 1}:")


def test_formula_like_text_stays_text(tmp_path: Path) -> None:
    sheet = open_handout(write(tmp_path))
    cell = sheet.cell("issue-3", "整改进展")
    assert cell.value == "=正在推进"
    assert cell.data_type == "s"
    assert cell.quotePrefix


def test_signature_covers_manifest_and_rows() -> None:
    pairs = [("ledger_id", "a"), ("unit", "b")]
    row = SentRow(4, "i", "1", "m", "1", "1", "d", "p", "done", True, "", "", ("x",)).cells()
    signed = sign(SECRET, pairs, [row])
    assert sign(SECRET, pairs, [row]) == signed
    assert sign(b"other" * 8, pairs, [row]) != signed
    assert sign(SECRET, [("ledger_id", "a"), ("unit", "c")], [row]) != signed
    assert sign(SECRET, pairs, [[*row[:7], "q", *row[8:]]]) != signed
    # Line endings a re-saving program may change do not matter.
    crlf = [*row[:7], "a\r\nb", *row[8:]]
    assert sign(SECRET, pairs, [crlf]) == sign(SECRET, pairs, [[*row[:7], "a\nb", *row[8:]]])
    assert SentRow.from_cells(row).cells() == row


def test_one_file_per_unit_and_safe_names(tmp_path: Path) -> None:
    rows = handout_rows(ISSUES, MEASURES)
    manifest = Manifest(ledger_id="ledger-1", unit="")
    written = write_handouts(tmp_path, rows, ["财政局", "建设局"], manifest, SECRET)
    assert [w.path.name for w in written] == [
        "财政局_整改台账填报.xlsx",
        "建设局_整改台账填报.xlsx",
    ]
    assert [(w.issues, w.rows) for w in written] == [(2, 3), (2, 2)]
    assert handout_file_name('a/b:c*?"<>|') == "a_b_c_______整改台账填报.xlsx"
    assert handout_file_name("  ") == "未指定单位_整改台账填报.xlsx"
    with pytest.raises(ExportError, match="没有需要填报"):
        write_handouts(tmp_path, rows, ["信访办"], manifest, SECRET)
    with pytest.raises(ExportError, match="不存在"):
        write_handouts(tmp_path / "nope", rows, ["财政局"], manifest, SECRET)


def test_text_too_long_for_a_cell_is_refused_and_nothing_written(tmp_path: Path) -> None:
    long = issue(9, "财政局", progress="长" * 40000)
    path = tmp_path / "x.xlsx"
    with pytest.raises(ExportError, match="问题 9 的“整改进展”"):
        write_handout(path, handout_rows([long], {})["财政局"], Manifest("l", "财政局"), SECRET)
    assert list(tmp_path.iterdir()) == []
