"""The reader on the corpus: what it understands, and every problem it must report."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
import xlsxwriter

from desktop.domain.jsonio import planned_issue_json
from desktop.domain.plan import ImportPlan
from desktop.domain.problems import Code, Severity
from desktop.domain.records import IssueRecord
from desktop.domain.status import Status
from desktop.excel.errors import ReadCancelled, WorkbookRefused
from desktop.excel.reader import (
    column_index,
    column_letter,
    inspect_workbook,
    match_existing,
    read_ledger,
)


def _codes(plan: ImportPlan) -> dict[Code, Severity]:
    return {p.code: p.severity for p in plan.problems}


def test_messy_ledger_is_read_as_a_clerk_would(corpus: dict[str, Path]) -> None:
    plan = read_ledger(corpus["messy.xlsx"])
    # The one problem: the signature row under the table is listed as skipped.
    assert [(p.code, p.row, p.value) for p in plan.problems] == [
        (Code.SKIPPED_ROW, 13, "填报人：张三    审核人：李四")
    ]
    assert plan.coverage is not None
    assert plan.coverage.rows_by_kind == {
        "title": 2,
        "header": 3,  # two header rows and the column-number row
        "issue": 3,
        "measure": 3,
        "note": 1,
    }
    assert plan.inspection is not None
    assert plan.inspection.title == "XX县民政局巡察反馈问题整改台账"
    assert [i.draft.number for i in plan.issues] == ["1", "2", "3"]  # ２ folded
    assert [len(i.measures) for i in plan.issues] == [2, 3, 1]
    first, second, third = plan.issues
    # Stray spaces trimmed, inner line breaks kept.
    assert first.draft.text == "落实“第一议题”制度不到位"
    assert second.draft.text == "基层党组织\n建设薄弱"
    # Categories merged across their issues.
    assert [i.category_path for i in plan.issues] == [
        ("（一）党的建设方面",),
        ("（一）党的建设方面",),
        ("（二）民生保障方面",),
    ]
    # The group header 责任分工 over 分管领导 | 责任单位 | 责任人, merged down to each row.
    assert first.draft.responsibility.lead_leader == "张三"
    assert [m.draft.responsibility.lead_unit for m in second.measures] == ["机关党委"] * 3
    # Dates: a real date, text, an Excel serial, a rule word, a month end.
    deadlines = [m.draft.responsibility for i in plan.issues for m in i.measures]
    assert deadlines[0].deadline == date(2023, 1, 11)
    assert deadlines[1].deadline == date(2023, 3, 31)
    assert deadlines[1].deadline_text == "2023.3.31"
    assert deadlines[2].deadline == date(2023, 3, 31)  # serial 45016
    assert deadlines[3].deadline is None
    assert deadlines[3].deadline_text == "立行立改"
    assert deadlines[4].deadline == date(2023, 6, 30)
    # Statuses in many words; an issue is as far as its least finished measure.
    assert [m.draft.status for m in second.measures] == [
        Status.IN_PROGRESS,
        Status.DONE,
        Status.PARTIAL,
    ]
    assert second.draft.status is Status.IN_PROGRESS
    assert first.draft.status is Status.DONE
    assert first.draft.long_term
    # The formula's saved value, never its text.
    assert third.draft.remarks == "需持续跟踪"


def test_provenance_names_sheet_row_and_column(corpus: dict[str, Path]) -> None:
    plan = read_ledger(corpus["messy.xlsx"])
    issue = plan.issues[1]
    assert (issue.source.file, issue.source.sheet, issue.source.row, issue.source.column) == (
        "messy.xlsx",
        "台账",
        8,
        "A",
    )
    assert [(m.source.row, m.source.column) for m in issue.measures] == [
        (8, "D"),
        (9, "D"),
        (10, "D"),
    ]
    assert planned_issue_json(issue)["source"] == {"sheet": "台账", "row": 8, "column": "A"}


def test_inspect_workbook_reports_sheets_header_and_mapping(corpus: dict[str, Path]) -> None:
    info = inspect_workbook(corpus["messy.xlsx"])
    assert [(s.name, s.visible) for s in info.sheets] == [("填表说明", False), ("台账", True)]
    sheet = info.sheets[1]
    assert (sheet.header_row, sheet.header_depth, sheet.data_row) == (3, 2, 6)
    assert sheet.mapping["A"] == "number"
    assert sheet.mapping["C"] == "text"
    assert sheet.mapping["E"] == "lead_leader"
    assert sheet.mapping["G"] == "responsible_person"
    assert sheet.guesses[4].header == "责任分工/分管领导"
    assert sheet.layout[10] == "备注"
    assert info.ledger_sheet == "台账"


@pytest.mark.parametrize("kind", ["xls", "ods"])
def test_legacy_formats_give_the_same_plan(
    corpus: dict[str, Path], legacy: dict[str, Path], kind: str
) -> None:
    expected = read_ledger(corpus["messy.xlsx"])
    plan = read_ledger(legacy[kind])
    assert not plan.blocked, plan.problems

    def shape(p: ImportPlan) -> list[dict[str, object]]:
        out = [planned_issue_json(i) for i in p.issues]
        if kind == "xls":
            # calamine reads a string formula result in .xls as 0 (it keeps numeric
            # results only): the formula's remark is not compared there.
            for issue in out:
                issue.pop("remarks")
        return out

    assert shape(plan) == shape(expected)


def test_every_cell_problem_is_reported_with_its_place(corpus: dict[str, Path]) -> None:
    plan = read_ledger(corpus["bad_cells.xlsx"])
    assert plan.blocked
    assert _codes(plan) == {
        Code.MEASURE_WITHOUT_ISSUE: Severity.ERROR,
        Code.IMPOSSIBLE_DATE: Severity.ERROR,
        Code.UNKNOWN_STATUS: Severity.ERROR,
        Code.DUPLICATE_NUMBER: Severity.WARNING,  # numbering may restart: shown, not refused
        Code.UNREADABLE_DATE: Severity.WARNING,
        Code.CONTROL_CHARACTERS: Severity.WARNING,
    }
    by_code = {p.code: p for p in plan.problems}
    impossible = by_code[Code.IMPOSSIBLE_DATE]
    assert (impossible.file, impossible.sheet, impossible.row) == ("bad_cells.xlsx", "台账", 3)
    assert (impossible.column, impossible.cell, impossible.value) == (
        "整改时限",
        "D3",
        "2023年2月30日",
    )
    unknown = by_code[Code.UNKNOWN_STATUS]
    assert unknown.value == "搞定了"
    assert "已完成" in unknown.message
    assert "正在推进" in unknown.message
    assert by_code[Code.DUPLICATE_NUMBER].row == 5
    assert "第 4 行" in by_code[Code.DUPLICATE_NUMBER].message
    # The _x0001_ escape came back as the character itself.
    assert plan.issues[2].measures[0].draft.text == "措施一\x01"


def test_an_extra_status_word_is_accepted(corpus: dict[str, Path]) -> None:
    plan = read_ledger(corpus["bad_cells.xlsx"], status_words={"搞定了": Status.DONE})
    assert Code.UNKNOWN_STATUS not in _codes(plan)
    assert plan.issues[1].measures[0].draft.status is Status.DONE


def test_over_long_cell_blocks(corpus: dict[str, Path]) -> None:
    plan = read_ledger(corpus["too_long.xlsx"])
    assert _codes(plan) == {Code.TOO_LONG: Severity.ERROR}
    assert plan.problems[0].cell == "B2"


def test_missing_required_column_blocks_and_a_mapping_fixes_it(corpus: dict[str, Path]) -> None:
    plan = read_ledger(corpus["missing_column.xlsx"])
    assert plan.blocked
    assert _codes(plan) == {Code.MISSING_COLUMN: Severity.ERROR}
    assert "问题描述" in plan.problems[0].message
    mapped = read_ledger(corpus["missing_column.xlsx"], mapping={"B": "text"})
    assert not mapped.blocked
    assert mapped.issues[0].draft.text == "措施"


def test_hidden_sheets_are_read_only_when_named(corpus: dict[str, Path]) -> None:
    with pytest.raises(WorkbookRefused) as refused:
        read_ledger(corpus["hidden_ledger.xlsx"])
    assert refused.value.code is Code.NO_LEDGER_SHEET
    assert "隐藏" in refused.value.problem.message
    plan = read_ledger(corpus["hidden_ledger.xlsx"], sheet="台账")
    assert [i.draft.text for i in plan.issues] == ["隐藏表中的问题"]


def test_unknown_sheet_name_is_refused(corpus: dict[str, Path]) -> None:
    with pytest.raises(WorkbookRefused) as refused:
        read_ledger(corpus["messy.xlsx"], sheet="不存在")
    assert refused.value.code is Code.SHEET_NOT_FOUND
    assert "“台账”" in refused.value.problem.message


def test_unmerged_repeated_and_blank_issue_cells_group_rows(corpus: dict[str, Path]) -> None:
    plan = read_ledger(corpus["unmerged.xlsx"])
    assert not plan.problems
    assert [(i.draft.number, len(i.measures)) for i in plan.issues] == [("1", 3), ("2", 1)]


def test_wps_dimension_does_not_lose_rows(corpus: dict[str, Path]) -> None:
    assert len(read_ledger(corpus["wps_dimension.xlsx"]).issues) == 20


def test_header_row_can_be_forced(tmp_path: Path) -> None:
    path = tmp_path / "two_headers.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("台账")
    ws.write_row(0, 0, ["序号", "问题", "措施"])  # an example header the office left
    ws.write_row(1, 0, ["编号", "反馈问题", "整改措施", "责任单位"])
    ws.write_row(2, 0, [1, "问题", "措施", "办公室"])
    wb.close()
    assert read_ledger(path).issues[0].measures[0].draft.responsibility.lead_unit == "办公室"
    forced = read_ledger(path, header_row=1)
    # Row 1 is the header now; row 2 repeats it in other words and is listed as skipped.
    assert [i.draft.text for i in forced.issues] == ["问题"]
    assert forced.issues[0].source.row == 3
    assert forced.coverage is not None
    assert [(s.row, s.kind) for s in forced.coverage.skipped] == [(2, "header")]


def test_positions_are_absolute_when_the_sheet_starts_late(tmp_path: Path) -> None:
    path = tmp_path / "late.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("台账")
    ws.write_row(4, 2, ["序号", "问题描述", "整改措施"])
    ws.write_row(5, 2, [1, "问题", "措施"])
    wb.close()
    plan = read_ledger(path)
    assert plan.issues[0].source.row == 6
    assert plan.issues[0].source.column == "C"
    assert plan.issues[0].measures[0].source.column == "E"


def test_progress_is_reported_and_cancel_stops(corpus: dict[str, Path]) -> None:
    calls: list[tuple[int, int]] = []
    read_ledger(
        corpus["wps_dimension.xlsx"], progress=lambda done, total: calls.append((done, total))
    )
    assert calls
    assert calls[-1][0] == calls[-1][1]
    with pytest.raises(ReadCancelled):
        read_ledger(corpus["wps_dimension.xlsx"], cancelled=lambda: True)


def test_same_issues_again_are_marked_for_update(corpus: dict[str, Path]) -> None:
    plan = read_ledger(corpus["unmerged.xlsx"])
    existing = [IssueRecord(number="1", text="问题一", key="k-1")]
    marked = match_existing(plan, existing)
    assert [i.key for i in marked.issues] == ["k-1", None]
    assert _codes(marked) == {Code.ALREADY_IMPORTED: Severity.WARNING}
    assert match_existing(plan, []) is plan


def test_column_letters_round_trip() -> None:
    for index in (0, 25, 26, 51, 701, 702, 16383):
        assert column_index(column_letter(index)) == index
    assert column_letter(27) == "AB"
    with pytest.raises(ValueError, match="1"):
        column_index("1")


def test_repeated_measure_cells_read_once_but_every_problem_reported(tmp_path: Path) -> None:
    """Rows that repeat a unit, deadline and status share one reading; a bad cell is
    still reported on every row that has it, with that row's number."""
    path = tmp_path / "repeats.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("台账")
    for col, header in enumerate(
        ("序号", "问题描述", "整改措施", "牵头单位", "整改时限", "整改状态")
    ):
        sheet.write_string(0, col, header)
    rows = [
        ("1", "问题一", "措施一", "财政局", "2023年3月31日", "已完成"),
        ("", "", "措施二", "财政局", "2023年3月31日", "已完成"),
        ("2", "问题二", "措施三", "财政局", "2023年3月31日", "差不多吧"),
        ("", "", "措施四", "财政局", "2023年3月31日", "差不多吧"),
        ("3", "问题三", "措施五", "财政局", "2023年3月31日", "已完成"),
    ]
    for r, values in enumerate(rows, start=1):
        for col, value in enumerate(values):
            if value:
                sheet.write_string(r, col, value)
    book.close()
    plan = read_ledger(path)
    unknown = [(p.row, p.value) for p in plan.problems if p.code is Code.UNKNOWN_STATUS]
    assert unknown == [(4, "差不多吧"), (5, "差不多吧")]
    measures = [m for i in plan.issues for m in i.measures]
    assert [m.draft.text for m in measures] == ["措施一", "措施二", "措施三", "措施四", "措施五"]
    assert [m.source.row for m in measures] == [2, 3, 4, 5, 6]
    first, second = measures[0].draft, measures[1].draft
    assert first.status is Status.DONE
    assert second.status is Status.DONE
    assert second.responsibility == first.responsibility
    assert first.responsibility.deadline == date(2023, 3, 31)
    assert first.responsibility.lead_unit == "财政局"


def test_a_picture_wps_embedded_in_a_cell_reads_as_blank_with_a_warning(
    tmp_path: Path,
) -> None:
    """WPS's 嵌入单元格图片 is the formula DISPIMG with the text =DISPIMG("ID_…",1)
    as its value: it was imported as that text."""
    import xlsxwriter

    path = tmp_path / "wps.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("台账")
    ws.write_row(0, 0, ["序号", "问题描述", "整改措施", "整改进展", "整改状态"])
    ws.write_row(1, 0, [1, "会议记录不完整", "一是补齐记录"])
    picture = '=DISPIMG("ID_5D3C1A0B2E4F",1)'
    ws.write_formula(1, 3, '=_xlfn.DISPIMG("ID_5D3C1A0B2E4F",1)', None, picture)
    ws.write(1, 4, "已完成")
    book.close()
    plan = read_ledger(path)
    assert not plan.blocked
    [issue] = plan.issues
    [measure] = issue.measures
    assert measure.draft.progress == ""
    [problem] = [p for p in plan.problems if p.code is Code.CELL_PICTURE]
    assert problem.severity is Severity.WARNING
    assert (problem.row, problem.cell, problem.file) == (2, "D2", "wps.xlsx")
    assert problem.column == "整改进展"
    assert "图片" in problem.message


def test_formulas_without_a_stored_result_are_named(tmp_path: Path) -> None:
    """A workbook a program wrote with formulas (openpyxl stores none of their results)
    and no spreadsheet saved since: calamine reads those cells as blank, so a 责任单位
    of ="办公室" or a 责任人 of =E2 went missing without a word. Each is named with its
    formula; a formula whose result is an empty text is a result, and a formula outside
    the ledger's columns is not the import's business."""
    import openpyxl

    path = tmp_path / "generated.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "台账"
    sheet.append(["序号", "问题描述", "整改措施", "责任单位", "责任人", "整改状态"])
    sheet.append([1, "会议记录不完整", "一是补齐记录", "办公室", "张三", "已完成"])
    sheet.append([2, "台账不全", "一是补建台账", '="办公室"', "=E2", "已完成", "=H1&1"])
    book.save(path)
    plan = read_ledger(path)
    assert not plan.blocked
    found = [p for p in plan.problems if p.code is Code.FORMULA_NOT_CALCULATED]
    assert [(p.cell, p.value, p.column, p.severity) for p in found] == [
        ("D3", '="办公室"', "责任单位", Severity.WARNING),
        ("E3", "=E2", "责任人", Severity.WARNING),
    ]
    assert "Excel" in found[0].message
    assert '="办公室"' in found[0].describe()
    assert plan.issues[1].measures[0].draft.responsibility.responsible_person == ""

    # Excel's own file: every result stored, an empty text result as t="str" and an
    # empty <v> (xlsxwriter leaves the type out, so it is put in as Excel writes it).
    written = tmp_path / "written.xlsx"
    book2 = xlsxwriter.Workbook(str(written))
    ws = book2.add_worksheet("台账")
    ws.write_row(0, 0, ["序号", "问题描述", "整改措施", "责任人", "整改状态"])
    ws.write_row(1, 0, [1, "会议记录不完整", "一是补齐记录"])
    ws.write_formula(1, 3, '=IF(A2>5,"张三","")', None, "")
    ws.write_formula(1, 4, '="已完成"', None, "已完成")
    book2.close()
    saved = tmp_path / "saved.xlsx"
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(saved, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert b'<c r="D2"><f>' in data
                data = data.replace(b'<c r="D2"><f>', b'<c r="D2" t="str"><f>')
            target.writestr(item, data)
    assert not [p for p in read_ledger(saved).problems if p.code is Code.FORMULA_NOT_CALCULATED]


def test_error_values_read_as_blank_are_named(tmp_path: Path) -> None:
    """A cell showing #N/A or #REF! (a lookup into a sheet since deleted) was read as
    blank without a word (calamine gives errors as empty). The warning names the cell
    and the error; a sheet's errors stay with that sheet."""
    path = tmp_path / "lookups.xlsx"
    book = xlsxwriter.Workbook(str(path))
    notes = book.add_worksheet("说明 & 附表")
    notes.write_formula(1, 2, "=1/0", None, "#DIV/0!")
    ws = book.add_worksheet("台账")
    ws.write_row(0, 0, ["序号", "问题描述", "整改措施", "责任人", "整改状态"])
    ws.write_row(1, 0, [1, "会议记录不完整", "一是补齐记录"])
    ws.write_formula(1, 3, "=VLOOKUP(A2,人员!A:B,2,0)", None, "#N/A")
    ws.write(1, 4, "已完成")
    ws.write_row(2, 0, [2, "台账不全", "一是补建台账", "李明"])
    ws.write_formula(2, 4, "=#REF!", None, "#REF!")
    book.close()
    plan = read_ledger(path, sheet="台账")
    assert not plan.blocked
    errors = [p for p in plan.problems if p.code is Code.ERROR_VALUE]
    assert [(p.cell, p.value, p.column, p.sheet) for p in errors] == [
        ("D2", "#N/A", "责任人", "台账"),
        ("E3", "#REF!", "整改状态", "台账"),
    ]
    assert all(p.severity is Severity.WARNING and p.file == "lookups.xlsx" for p in errors)
    assert plan.issues[0].measures[0].draft.responsibility.responsible_person == ""


def _ods(path: Path, rows: list[str], name: str = "台账") -> None:
    """A minimal .ods of ``rows`` (each a string of table-cell elements)."""
    body = "".join(f"<table:table-row>{row}</table:table-row>" for row in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content'
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{name}">{body}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest'
        ' xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)


def test_an_ods_error_whose_text_calamine_reads_is_blank_and_named(tmp_path: Path) -> None:
    """A writer that leaves out LibreOffice's marks gives calamine the error's text: the
    责任人 "#N/A" (far below the header too) is read as blank and named, not imported.
    Typed text "#N/A" is text."""

    def text(value: str) -> str:
        cell = '<table:table-cell office:value-type="string">'
        return f"{cell}<text:p>{value}</text:p></table:table-cell>"

    def failed(formula: str, shown: str) -> str:
        return (
            f'<table:table-cell table:formula="of:={formula}" office:value-type="string">'
            f"<text:p>{shown}</text:p></table:table-cell>"
        )

    rows = ["".join(text(v) for v in ("序号", "问题描述", "整改措施", "责任人", "整改状态"))]
    for n in range(1, 41):
        person = failed("NA()", "#N/A") if n in (2, 39) else text("李明" if n != 5 else "#N/A")
        rows.append(f"{text(str(n))}{text(f'问题{n}')}{text('一是整改')}{person}{text('已完成')}")
    path = tmp_path / "other.ods"
    _ods(path, rows)
    plan = read_ledger(path)
    errors = [p for p in plan.problems if p.code is Code.ERROR_VALUE]
    assert [(p.cell, p.value, p.column, p.sheet) for p in errors] == [
        ("D3", "#N/A", "责任人", "台账"),
        ("D40", "#N/A", "责任人", "台账"),
    ]
    people = [i.measures[0].draft.responsibility.responsible_person for i in plan.issues]
    assert len(people) == 40
    assert people[1] == people[38] == ""
    assert people[4] == "#N/A"
    assert people.count("李明") == 37


@pytest.mark.parametrize(
    ("name", "wrong"),
    [
        ("01_plain.xlsx", ".xls"),
        ("47_xls.xls", ".xlsx"),
        ("48_ods.ods", ".xls"),
        ("51_errors.xlsx", ".ods"),
    ],
)
def test_a_workbook_under_another_kinds_name_reads_as_itself(
    tmp_path: Path, name: str, wrong: str
) -> None:
    """An .xlsx named .xls (renamed by hand, or so saved by a system), an .xls named
    .xlsx, an .ods named .xls: calamine went by the name and refused them as damaged.
    Each reads as it does under its own name, its error cells named too."""
    from tests.excel.test_corpus import FILES as CORPUS

    source = CORPUS / name
    renamed = tmp_path / f"台账{wrong}"
    renamed.write_bytes(source.read_bytes())
    want, got = read_ledger(source), read_ledger(renamed)
    assert not got.blocked
    assert [planned_issue_json(i) for i in got.issues] == [
        planned_issue_json(i) for i in want.issues
    ]
    assert [(p.code, p.cell) for p in got.problems] == [(p.code, p.cell) for p in want.problems]
