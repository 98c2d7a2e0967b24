"""The wizard's view of a workbook: the reader's detection plus the top rows of each
sheet as text, and the header detected again at a row the user chooses."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.excel.errors import ReadCancelled, WorkbookRefused
from desktop.excel.preview import display_text, preview_workbook
from desktop.excel.reader import inspect_workbook


def test_preview_holds_what_inspect_finds_and_the_top_rows(corpus: dict[str, Path]) -> None:
    path = corpus["messy.xlsx"]
    preview = preview_workbook(path)
    assert preview.info == inspect_workbook(path)
    sheet = preview.sheets["台账"]
    assert sheet.info.header_row == 3
    assert sheet.info.header_depth == 2
    assert sheet.rows[0][0] == "XX县民政局巡察反馈问题整改台账"
    assert sheet.rows[3][4:7] == ("分管领导", "责任单位", "责任人")
    assert sheet.rows[5][7] == "2023-01-11"  # a real date, as text
    assert sheet.rows[7][2] == "基层党组织 建设薄弱"  # Alt+Enter shown as a space
    assert ((0, 0), (0, 10)) in sheet.merges  # the title
    assert ((2, 4), (2, 6)) in sheet.merges  # 责任分工 over three columns
    assert not preview.sheets["填表说明"].visible


def test_header_at_another_row_maps_what_that_row_names(corpus: dict[str, Path]) -> None:
    sheet = preview_workbook(corpus["messy.xlsx"]).sheets["台账"]
    assert sheet.header_at(None) == sheet.info
    lower = sheet.header_at(4)
    assert lower.header_row == 4
    assert lower.header_depth == 1
    assert lower.mapping == {"E": "lead_leader", "F": "lead_unit", "G": "responsible_person"}
    assert set(lower.missing) == {"number", "text"}
    assert lower.layout != sheet.info.layout
    title = sheet.header_at(1)
    assert title.mapping == {}


def test_preview_refuses_what_the_reader_refuses(corpus: dict[str, Path]) -> None:
    with pytest.raises(WorkbookRefused) as refused:
        preview_workbook(corpus["report.docx"])
    assert refused.value.problem.file == "report.docx"


def test_preview_reports_progress_and_stops_when_cancelled(corpus: dict[str, Path]) -> None:
    seen: list[tuple[int, int]] = []
    preview_workbook(corpus["messy.xlsx"], progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 2), (2, 2)]
    with pytest.raises(ReadCancelled):
        preview_workbook(corpus["messy.xlsx"], cancelled=lambda: True)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("", ""),
        (3.0, "3"),
        (2.5, "2.5"),
        (True, "TRUE"),
        (datetime(2023, 1, 11), "2023-01-11"),
        (datetime(2023, 1, 11, 8, 30), "2023-01-11 08:30:00"),
        (date(2023, 1, 11), "2023-01-11"),
        ("  一\n二 ", "一 二"),
        ("长" * 300, "长" * 199 + "…"),
    ],
)
def test_display_text(value: object, text: str) -> None:
    assert display_text(value) == text
