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


def test_excel_honours_the_manual_breaks(tmp_path: Path, demo_service: LedgerService) -> None:
    """Excel keeps manual row breaks under fit-to-page only when the sheet is fitted one
    page wide and *any number* tall (fitToHeight 0): with fitToHeight 1 or more it
    scales the whole sheet down and drops the breaks. Read from the written XML, as
    Excel reads it, not through openpyxl's defaults."""
    import zipfile
    from xml.etree import ElementTree

    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    issues = demo_service.list_issues()
    inspection = demo_service.list_inspections()[0]
    path = tmp_path / "demo.xlsx"
    write_ledger(path, inspection, issues, demo_service.measures_by_issue())
    with zipfile.ZipFile(path) as archive:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        names = [s.get("name") for s in workbook.iterfind("m:sheets/m:sheet", ns)]
        sheet = ElementTree.fromstring(
            archive.read(f"xl/worksheets/sheet{names.index('台账') + 1}.xml")
        )
    pr = sheet.find("m:sheetPr/m:pageSetUpPr", ns)
    assert pr is not None
    assert pr.get("fitToPage") == "1"
    setup = sheet.find("m:pageSetup", ns)
    assert setup is not None
    # fitToWidth defaults to 1 in the schema (ECMA-376 §18.3.1.63), so it may be left out.
    assert setup.get("fitToWidth", "1") == "1"
    assert setup.get("fitToHeight") == "0"
    breaks = sheet.find("m:rowBreaks", ns)
    assert breaks is not None
    rows = breaks.findall("m:brk", ns)
    assert len(rows) >= 1
    assert breaks.get("count") == breaks.get("manualBreakCount") == str(len(rows))
    assert all(b.get("man") == "1" for b in rows)
    print("row breaks after rows:", [int(b.get("id", "0")) for b in rows])
