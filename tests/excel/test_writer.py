"""The ledger sheet as superiors expect it, read back with openpyxl: title, headers,
merged issue cells exactly over their measure rows, print set-up, dates, statuses."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.domain.dates import RULE_LABELS
from desktop.domain.records import InspectionId, InspectionRecord, IssueRecord, MeasureRecord
from desktop.domain.status import STATUS_LABELS
from desktop.excel.columns import (
    CATEGORY_SEPARATOR,
    COLUMNS,
    UNITS_SEPARATOR,
    Level,
    UnknownColumn,
    export_columns,
)
from desktop.excel.styles import DATE_FORMAT
from desktop.excel.writer import ExportSummary, column_widths, ledger_title, write_ledger
from tests.tools.ledger_records import INSPECTION, Ledger, generated_ledger, small_ledger

REPORT_DATE = date(2023, 3, 17)
FIRST = 4  # first data row in Excel's numbering (title, sub-title, header above)


def export(tmp_path: Path, ledger: Ledger, **options: Any) -> tuple[ExportSummary, Any]:
    issues, measures = ledger
    options.setdefault("report_date", REPORT_DATE)
    summary = write_ledger(tmp_path / "out.xlsx", INSPECTION, issues, measures, **options)
    return summary, openpyxl.load_workbook(summary.path)


def col(field: str) -> int:
    """1-based column of a field in the default column order."""
    return [c.field for c in COLUMNS].index(field) + 1


def letter(field: str) -> str:
    return openpyxl.utils.get_column_letter(col(field))


def test_title_subtitle_and_header_row(tmp_path: Path) -> None:
    summary, wb = export(tmp_path, small_ledger())
    ws = wb["台账"]
    assert summary.sheets == ("台账", "统计")
    assert ws["A1"].value == "示范区党工委巡察反馈问题整改台账"
    assert ws["A2"].value.startswith("填报单位：示范区党工委")
    assert ws["A2"].value.endswith("填报日期：2023年3月17日")
    last = openpyxl.utils.get_column_letter(len(COLUMNS))
    assert {"A1:" + last + "1", "A2:" + last + "2"} <= {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[3]] == [c.header for c in COLUMNS]


def test_each_issue_merged_exactly_over_its_measure_rows(tmp_path: Path) -> None:
    _, wb = export(tmp_path, small_ledger())
    ws = wb["台账"]
    # Issue 1: rows 4-6 (3 measures); 2: row 7; 3: row 8 (no measures); 4: rows 9-10.
    issue_letters = [letter(c.field) for c in COLUMNS if c.level is Level.ISSUE]
    expected = {f"{x}4:{x}6" for x in issue_letters} | {f"{x}9:{x}10" for x in issue_letters}
    data_merges = {str(r) for r in ws.merged_cells.ranges if r.min_row >= FIRST}
    assert data_merges == expected
    # 序号 is stored as a number.
    assert [ws.cell(r, col("number")).value for r in range(FIRST, 11)] == [
        1,
        None,
        None,
        2,
        3,
        4,
        None,
    ]
    assert ws.max_row == 10


def test_measure_rows_fall_back_to_their_issue(tmp_path: Path) -> None:
    issues, measures = small_ledger()
    _, wb = export(tmp_path, (issues, measures))
    ws = wb["台账"]
    units = [ws.cell(r, col("lead_unit")).value for r in range(FIRST, 11)]
    # Measure 1.2 names its own unit; the others answer to their issue; issue 4 has none.
    assert units == [
        "党工委办公室",
        "组织人社局",
        "党工委办公室",
        "机关党委",
        "信访办",
        "发改局",
        "财政局",
    ]
    deadlines = [ws.cell(r, col("deadline")).value for r in range(FIRST, 11)]
    assert deadlines[:3] == [
        datetime(2023, 1, 11),
        datetime(2022, 12, 31),
        RULE_LABELS[measures[issues[0].id][2].responsibility.deadline_rule],  # type: ignore[index]
    ]
    progress = [ws.cell(r, col("progress")).value for r in range(FIRST, 8)]
    assert progress == ["正在推进", "正在推进", "正在推进", "已召开专题会议"]
    coop = ws.cell(FIRST, col("cooperating_units")).value
    assert coop == UNITS_SEPARATOR.join(issues[0].responsibility.cooperating_units)
    assert ws.cell(FIRST, col("category")).value == CATEGORY_SEPARATOR.join(issues[0].category_path)
    # An issue without measures: one row, its own status and an empty measure cell.
    assert ws.cell(8, col("measure")).value is None
    assert ws.cell(8, col("status")).value == "未启动"
    assert ws.cell(9, col("remarks")).value == "备注四"


def test_statuses_in_chinese_with_the_long_term_flag(tmp_path: Path) -> None:
    _, wb = export(tmp_path, small_ledger())
    ws = wb["台账"]
    statuses = [ws.cell(r, col("status")).value for r in range(FIRST, 11)]
    assert statuses == [
        "已完成，长期坚持",
        "已完成，长期坚持",
        "已完成，长期坚持",
        "正在推进",
        "未启动",
        "已完成",
        "正在推进",
    ]


def test_dates_are_real_dates_shown_the_chinese_way(tmp_path: Path) -> None:
    _, wb = export(tmp_path, small_ledger())
    ws = wb["台账"]
    cell = ws.cell(FIRST, col("deadline"))
    assert cell.is_date
    assert cell.value == datetime(2023, 1, 11)
    assert cell.number_format == DATE_FORMAT
    assert DATE_FORMAT == 'yyyy"年"m"月"d"日"'


def test_completion_date_written_as_date(tmp_path: Path) -> None:
    issues, measures = small_ledger()
    fields = {f: getattr(issues[0], f) for f in IssueRecord.__dataclass_fields__}
    issues[0] = IssueRecord(**{**fields, "completion_date": date(2023, 1, 5)})
    _, wb = export(tmp_path, (issues, measures))
    cell = wb["台账"].cell(FIRST, col("completion_date"))
    assert cell.is_date
    assert cell.value == datetime(2023, 1, 5)
    assert cell.number_format == DATE_FORMAT


def test_ready_to_print(tmp_path: Path) -> None:
    _, wb = export(tmp_path, small_ledger())
    ws = wb["台账"]
    assert ws.freeze_panes == "A4"
    assert ws.print_title_rows == "$3:$3"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    # One page wide (1 is the default, so the attribute may be left out), any number tall.
    assert ws.page_setup.fitToWidth in (None, 1)
    assert ws.page_setup.fitToHeight == 0
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
    assert ws.page_margins.top > ws.page_margins.left  # binding edge
    header = ws.cell(3, 1)
    assert header.font.name == "黑体"
    assert header.fill.fgColor.rgb.endswith("D9D9D9")
    assert header.border.left.style == "thin"
    body = ws.cell(FIRST, col("text"))
    assert body.alignment.wrap_text
    assert body.border.bottom.style == "thin"


def test_no_cell_is_a_formula(tmp_path: Path) -> None:
    _, wb = export(tmp_path, small_ledger())
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)


def test_columns_chosen_and_ordered(tmp_path: Path) -> None:
    _, wb = export(tmp_path, small_ledger(), columns=["measure", "序号", "status", "measure"])
    ws = wb["台账"]
    assert [c.value for c in ws[3]] == ["整改措施", "序号", "整改状态"]
    merges = {str(r) for r in ws.merged_cells.ranges if r.min_row >= FIRST}
    assert merges == {"B4:B6", "B9:B10"}
    assert ws["A4"].value.startswith("一是")


def test_export_columns_rejects_unknown_names() -> None:
    assert export_columns(None) == COLUMNS
    assert [c.field for c in export_columns(["问题描述", "number"])] == ["text", "number"]
    with pytest.raises(UnknownColumn, match="没有“颜色”这一列"):
        export_columns(["颜色"])


def test_unknown_column_choice_is_refused_by_the_writer(tmp_path: Path) -> None:
    from desktop.excel.writer import ExportError

    issues, measures = small_ledger()
    with pytest.raises(ExportError, match="没有“颜色”这一列"):
        write_ledger(tmp_path / "x.xlsx", INSPECTION, issues, measures, columns=["颜色"])
    assert list(tmp_path.iterdir()) == []


def test_widths_fit_text_and_dates(tmp_path: Path) -> None:
    issues, measures = small_ledger()
    widths = dict(
        zip([c.field for c in COLUMNS], column_widths(COLUMNS, issues, measures), strict=False)
    )
    # A date column is wide enough for 2023年12月31日; empty columns shrink to the header.
    assert widths["deadline"] >= 17
    assert widths["evidence"] < 8
    assert widths["text"] <= 40


def test_whole_ledger_of_two_inspections_goes_to_two_sheets(tmp_path: Path) -> None:
    issues, measures = small_ledger()
    other = InspectionRecord(
        title="审计整改", inspected_unit="财政局", id=InspectionId(2), key="insp-2"
    )
    from tests.tools.ledger_records import issue

    moved = [issue(1, inspection_id=2, unit="财政局")]
    summary = write_ledger(
        tmp_path / "all.xlsx",
        [INSPECTION, other],
        issues + moved,
        measures,
        report_date=REPORT_DATE,
    )
    wb = openpyxl.load_workbook(summary.path)
    assert wb.sheetnames == ["台账1-示范区党工委", "台账2-财政局", "统计"]
    assert wb["台账2-财政局"]["A1"].value == "财政局巡察反馈问题整改台账"
    assert wb["台账2-财政局"]["A4"].value == 1


def test_title_follows_the_regime() -> None:
    from dataclasses import replace

    from desktop.domain.records import InspectionKind

    assert ledger_title(replace(INSPECTION, kind=InspectionKind.TOUR)).endswith(
        "巡视反馈问题整改台账"
    )
    assert ledger_title(None) == "巡察反馈问题整改台账"


def test_every_cell_and_merge_of_a_larger_export_survives(tmp_path: Path) -> None:
    """Constant-memory mode drops values written out of row order without a word:
    300 issues x 5 measures, every value and every merged range compared. An issue cut
    by a page break has its cells merged over each page's part, its number repeated
    and its texts marked 续 on the next page."""
    issues, measures = generated_ledger(300, 5)
    summary, wb = export(tmp_path, (issues, measures))
    ws = wb["台账"]
    # openpyxl's break id is the last row (1-based) before the break.
    breaks = {b.id + 1 for b in ws.row_breaks.brk}
    assert breaks
    expected_values: dict[tuple[int, int], object] = {}
    continued: dict[tuple[int, int], str] = {}
    expected_merges: set[str] = set()
    row = FIRST
    cut = 0
    for rec in issues:
        rows = measures.get(rec.id, [])
        span = max(len(rows), 1)
        starts = [row] + [r for r in range(row + 1, row + span) if r in breaks]
        cut += len(starts) > 1
        ends = [s - 1 for s in starts[1:]] + [row + span - 1]
        for c, column in enumerate(COLUMNS, start=1):
            for part, (first, last) in enumerate(zip(starts, ends, strict=True)):
                if column.level is Level.ISSUE:
                    value = _issue_cell(rec, column.field)
                    if part and isinstance(value, str) and column.field != "number":
                        continued[first, c] = value
                    else:
                        expected_values[first, c] = value
                    if last > first:
                        x = openpyxl.utils.get_column_letter(c)
                        expected_merges.add(f"{x}{first}:{x}{last}")
                    for r in range(first + 1, last + 1):
                        expected_values[r, c] = None
            for k in range(span):
                if column.level is Level.MEASURE:
                    m = rows[k] if rows else None
                    expected_values[row + k, c] = _measure_cell(rec, m, column.field)
        row += span
    assert cut  # the test covers issues cut by a page break
    assert summary.rows == row - FIRST
    assert ws.max_row == row - 1
    for (r, c), value in expected_values.items():
        assert ws.cell(r, c).value == value, (r, c)
        assert ws.cell(r, c).data_type != "f"
    for (r, c), value in continued.items():
        text = ws.cell(r, c).value
        assert text.startswith("（续）"), (r, c)
        assert value.startswith(text.removeprefix("（续）").removesuffix("…")), (r, c)
    merges = {str(m) for m in ws.merged_cells.ranges if m.min_row >= FIRST}
    assert merges == expected_merges


def _as_cell(value: object) -> object:
    if value == "" or value == ():
        return None
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return value


def _status(item: IssueRecord | MeasureRecord) -> str:
    label = STATUS_LABELS[item.status]
    return label + "，长期坚持" if item.long_term else label


def _issue_cell(rec: IssueRecord, field: str) -> object:
    r = rec.responsibility
    values: dict[str, object] = {
        "number": int(rec.number) if rec.number.isdecimal() else rec.number,
        "category": CATEGORY_SEPARATOR.join(rec.category_path),
        "text": rec.text,
        "goal": rec.goal,
        "lead_leader": r.lead_leader,
        "completion_date": rec.completion_date,
        "remarks": rec.remarks,
    }
    return _as_cell(values[field])


def _measure_cell(rec: IssueRecord, m: MeasureRecord | None, field: str) -> object:
    ir = rec.responsibility
    mr = m.responsibility if m else None
    own_deadline = mr is not None and (mr.deadline or mr.deadline_rule or mr.deadline_text)
    values: dict[str, object] = {
        "measure": m.text if m else "",
        "lead_unit": (mr.lead_unit if mr else "") or ir.lead_unit,
        "cooperating_units": UNITS_SEPARATOR.join(
            (mr.cooperating_units if mr else ()) or ir.cooperating_units
        ),
        "responsible_person": (mr.responsible_person if mr else "") or ir.responsible_person,
        "deadline": (mr.deadline if own_deadline and mr else ir.deadline),
        "progress": (m.progress if m else "") or rec.progress,
        "status": _status(m if m else rec),
        "evidence": "",
    }
    return _as_cell(values[field])


def test_rows_are_tall_enough_for_a_long_issue_over_short_measures(tmp_path: Path) -> None:
    """Neither Excel nor LibreOffice grows rows for a merged cell: the writer shares
    the merged text's lines out over the issue's measure rows."""
    from desktop.excel.styles import LINE_HEIGHT, line_capacity
    from tests.tools.ledger_records import issue, measure

    long_text = "巡察发现问题整改不到位，" * 60  # 720 characters
    rec = issue(1, text=long_text)
    measures = {rec.id: [measure(rec, 1, text="短"), measure(rec, 2, text="短")]}
    summary = write_ledger(tmp_path / "x.xlsx", INSPECTION, [rec], measures)
    ws = openpyxl.load_workbook(summary.path)["台账"]
    width = ws.column_dimensions[letter("text")].width - 0.71  # xlsxwriter's padding
    needed_lines = 2 * len(long_text) / line_capacity(width)
    heights = [ws.row_dimensions[r].height for r in (FIRST, FIRST + 1)]
    assert sum(heights) >= needed_lines * LINE_HEIGHT
    assert heights[0] == pytest.approx(heights[1], abs=LINE_HEIGHT)


def test_title_wraps_over_few_narrow_columns(tmp_path: Path) -> None:
    _, wide = export(tmp_path, small_ledger())
    _, narrow = export(tmp_path, small_ledger(), columns=["number", "status"])
    assert wide["台账"].row_dimensions[1].height == 36
    assert narrow["台账"].row_dimensions[1].height > 2 * 18
    assert narrow["台账"]["A1"].alignment.wrap_text
