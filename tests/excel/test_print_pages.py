"""The exported ledger on paper: column widths that follow the text, page breaks
between issues placed for a filled page, 序号 as numbers; read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop.excel.columns import COLUMNS
from desktop.excel.writer import write_ledger
from desktop.services.ledger import LedgerService


def _export(tmp_path: Path, service: LedgerService) -> openpyxl.Workbook:
    issues = service.list_issues()
    inspection = service.list_inspections()[0]
    summary = write_ledger(tmp_path / "demo.xlsx", inspection, issues, service.measures_by_issue())
    return openpyxl.load_workbook(summary.path)


def _width(ws: object, field: str) -> float:
    letter = openpyxl.utils.get_column_letter([c.field for c in COLUMNS].index(field) + 1)
    return float(ws.column_dimensions[letter].width)  # type: ignore[attr-defined]


def test_demo_ledger_prints_on_filled_pages(tmp_path: Path, demo_service: LedgerService) -> None:
    ws = _export(tmp_path, demo_service)["台账"]
    # 12 pages before the widths followed the text; breaks between issues now.
    breaks = [b.id + 1 for b in ws.row_breaks.brk]  # first row (1-based) of each page
    assert 1 <= len(breaks) + 1 <= 7
    for row in breaks:
        # Every page starts with an issue's first row (its number), never blank cells.
        assert ws.cell(row, 1).value is not None
    assert ws.print_title_rows == "$3:$3"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToHeight == 0
    numbers = [ws.cell(r, 1).value for r in range(4, ws.max_row + 1)]
    assert [n for n in numbers if n is not None] == list(range(1, 15))


def test_long_texts_get_the_room(tmp_path: Path, demo_service: LedgerService) -> None:
    ws = _export(tmp_path, demo_service)["台账"]
    measure = _width(ws, "measure")
    # The measures, the longest texts, are the widest column; short or empty ones stay
    # narrow.
    for field in ("progress", "cooperating_units", "evidence", "remarks", "goal"):
        assert _width(ws, field) < measure / 2.5, field
    assert measure >= 45
    # The dates are shown whole (a date cannot wrap) but no wider than they need.
    assert 14 <= _width(ws, "completion_date") <= 19
