"""Files that are not spreadsheets, damaged files and hostile files: one clear refusal
each, fast, with bounded memory, and never a library exception."""

from __future__ import annotations

import re
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from desktop.domain.problems import Code
from desktop.excel import guard
from desktop.excel.errors import WorkbookRefused
from desktop.excel.guard import _fast_bound, exact_extent, found
from desktop.excel.reader import read_ledger
from desktop.excel.sniff import FileKind, sniff

REFUSED = {
    "empty.xlsx": (Code.NOT_A_WORKBOOK, "空文件"),
    "text.xls": (Code.NOT_A_WORKBOOK, "纯文本"),
    "report.docx": (Code.NOT_A_WORKBOOK, "没有表格"),
    "webpage.xls": (Code.NOT_A_WORKBOOK, "网页"),
    "scan.pdf": (Code.NOT_A_WORKBOOK, "PDF"),
    "encrypted.xlsx": (Code.ENCRYPTED, "密码"),
    "truncated.xlsx": (Code.DAMAGED_FILE, "不完整"),
    "damaged.xlsx": (Code.DAMAGED_FILE, "损坏"),
    "entity_bomb.xlsx": (Code.HOSTILE_FILE, "实体"),
    "external_entity.xlsx": (Code.HOSTILE_FILE, "实体"),
    "far_cells.xlsx": (Code.TOO_LARGE, "1048576"),
    "no_ledger.xlsx": (Code.NO_LEDGER_SHEET, "“统计”"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_unreadable_files_get_one_clear_refusal(corpus: dict[str, Path], name: str) -> None:
    code, words = REFUSED[name]
    with pytest.raises(WorkbookRefused) as refused:
        read_ledger(corpus[name])
    problem = refused.value.problem
    assert problem.code is code
    assert words in problem.message or words in problem.value
    assert problem.file == name
    assert "请" in problem.message  # says what to do


def test_sniff_tells_files_apart(corpus: dict[str, Path]) -> None:
    assert sniff(corpus["messy.xlsx"]).kind is FileKind.XLSX
    assert sniff(corpus["webpage.xls"]).kind is FileKind.HTML
    assert sniff(corpus["report.docx"]).kind is FileKind.DOCX
    assert sniff(corpus["encrypted.xlsx"]).kind is FileKind.ENCRYPTED
    assert sniff(corpus["truncated.xlsx"]).kind is FileKind.DAMAGED_ZIP


def test_legacy_kinds_are_sniffed(legacy: dict[str, Path]) -> None:
    assert sniff(legacy["xls"]).kind is FileKind.XLS
    assert sniff(legacy["ods"]).kind is FileKind.ODS


@pytest.mark.parametrize("which", ["zip", "lying"])
def test_zip_bombs_are_refused_fast_with_little_memory(bombs: dict[str, Path], which: str) -> None:
    path = bombs[which]
    with zipfile.ZipFile(path) as archive:
        declared = sum(i.file_size for i in archive.infolist())
    assert path.stat().st_size < 2 * 1024 * 1024
    if which == "zip":
        assert declared > 250 * 1024 * 1024
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(WorkbookRefused) as refused:
            read_ledger(path)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert refused.value.code is Code.HOSTILE_FILE
    assert "压缩炸弹" in refused.value.problem.message
    assert elapsed < 1.0
    assert peak < 64 * 1024 * 1024


def test_far_cells_are_refused_before_calamine_sees_them(corpus: dict[str, Path]) -> None:
    started = time.perf_counter()
    with pytest.raises(WorkbookRefused):
        read_ledger(corpus["far_cells.xlsx"])
    assert time.perf_counter() - started < 0.5


def _sheet(cells: str) -> bytes:
    return (
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main"><sheetData>{cells}</sheetData></worksheet>'
    ).encode()


def test_fast_bound_covers_the_exact_extent() -> None:
    rows = "".join(
        f'<row r="{r}"><c r="A{r}"><v>1</v></c><c r="M{r}"><v>2</v></c></row>'
        for r in range(1, 500)
    )
    data = _sheet(rows)
    bound = _fast_bound(data)
    assert bound is not None
    rows_used, cols_used = exact_extent(data)
    assert (rows_used, cols_used) == (499, 13)
    assert bound[0] >= rows_used
    assert bound[1] >= cols_used


@pytest.mark.parametrize(
    "cells",
    [
        '<row r="1"><c r="A1"/><c r="A70000"/></row>',  # a cell beyond its row's place
        '<row r="1"><c r="A1"/><c r="AAA1"/></row>',  # three-letter column
        '<row r="1"><c s="1" r="XFD9"/></row>',  # reference not first
        '<row r="1"><c><v>1</v></c></row>',  # no reference at all
        '<x:row r="1"><x:c r="A1"/></x:row>',  # prefixed elements
    ],
)
def test_unusual_sheets_go_to_the_exact_scan(cells: str) -> None:
    assert _fast_bound(_sheet(cells)) is None


def test_exact_scan_follows_implicit_positions() -> None:
    data = _sheet('<row r="3"><c r="B3"/><c/><c/></row><row><c/></row>')
    assert exact_extent(data) == (4, 4)


@pytest.mark.parametrize("offset", [-40, -7, -3, -1, 0, 1, 5])
def test_sliced_search_finds_a_match_across_a_slice_edge(offset: int) -> None:
    """The sheet is searched a megabyte at a time (short calls holding the interpreter
    lock): a match, or its lookahead, straddling a slice's edge is found; a lookahead cut
    short by a slice's end is not taken for a match."""
    edge = guard._SLICE
    filler = b"<row>" + b"x" * (edge - 5)
    assert len(filler) == edge
    odd = filler[: edge + offset] + b'<c t="s"/>' + filler
    plain = filler[: edge + offset] + b'<c r="A1"/>' + filler
    assert found(guard._ODD_CELL, odd)
    assert not found(guard._ODD_CELL, plain)
    # A cell beyond the bound right at an edge: its reference read whole.
    beyond = re.compile(rb'<c r="(?![A-Z][1-9][0-9]{0,2}")')
    assert not found(beyond, plain)
    assert found(beyond, filler[: edge + offset] + b'<c r="A1000"/>' + filler)


def test_error_cells_find_their_sheet_however_the_workbook_names_its_parts() -> None:
    """Relations as Excel writes them (worksheets/sheet1.xml), as other writers do
    (/xl/worksheets/sheet2.xml, another prefix for r:id), names with entities."""
    from desktop.excel.guard import _by_sheet, _error_cells

    sheet = (
        b'<sheetData><row r="5"><c r="B5" s="1" t="e"><f>X</f><v>#N/A</v></c>'
        b'<c r="AA5" t="e"><v>#REF!</v></c><c r="C5" t="s"><v>3</v></c></row></sheetData>'
    )
    assert _error_cells(sheet) == [(4, 1, "#N/A"), (4, 26, "#REF!")]
    workbook = (
        '<workbook xmlns:ns1="r"><sheets><sheet name="A &amp; B" sheetId="1" ns1:id="rId1"/>'
        '<sheet ns1:id="rId2" name="台账" sheetId="2"/></sheets></workbook>'
    ).encode()
    relations = (
        b'<Relationships><Relationship Id="rId1" Type="t" Target="worksheets/sheet1.xml"/>'
        b'<Relationship Target="/xl/worksheets/sheet2.xml" Type="t" Id="rId2"/></Relationships>'
    )
    errors = {"xl/worksheets/sheet1.xml": [(0, 0, "#N/A")], "xl/worksheets/sheet2.xml": []}
    assert _by_sheet(errors, workbook, relations) == {
        "A & B": [(0, 0, "#N/A")],
        "台账": [],
    }


def test_formula_cells_without_a_result_are_found_in_every_form() -> None:
    """Formulas as writers leave them unresolved: an empty ``<v>``, none at all, ``<v/>``,
    a shared formula's child; those with a result (a number, an empty text) are not."""
    from desktop.excel.guard import _uncalculated_cells

    sheet = (
        b'<sheetData><row r="2"><c r="A2"><f>ROW()-1</f><v></v></c>'
        b'<c r="B2" s="3"><f>&quot;\xe5\x8a\x9e&quot;&amp;B1</f></c>'
        b'<c r="C2" t="str"><f>IF(A1,"","x")</f><v></v></c>'
        b'<c r="D2"><f>1+1</f><v>2</v></c></row>'
        b'<row r="3"><c r="A3"><f t="shared" ref="A3:A9" si="0">ROW()-1</f><v/></c>'
        b'<c r="AB3"><f t="shared" si="0"/></c><c r="C3" t="s"><v>4</v></c></row></sheetData>'
    )
    assert _uncalculated_cells(sheet) == [
        (1, 0, "=ROW()-1"),
        (1, 1, '="办"&B1'),
        (2, 0, "=ROW()-1"),
        (2, 27, ""),
    ]


def test_ods_error_cells_are_placed_through_repeats_and_covered_cells() -> None:
    """LibreOffice's marked error cells (its Err:502 too) and, from other writers, formula
    cells whose text is an Excel error; placed through repeated rows and columns and
    covered cells, per table (a comment's text is not what a cell shows). Typed text
    "#N/A" and a formula's ordinary text are not errors."""
    from desktop.excel.guard import DEFAULT_LIMITS, _scan_ods

    def cell(attributes: str, text: str | None = None) -> str:
        inner = f"<text:p>{text}</text:p>" if text is not None else ""
        return f"<table:table-cell {attributes}>{inner}</table:table-cell>"

    marked = 'office:value-type="string" office:string-value="" calcext:value-type="error"'
    rows = "table:number-rows-repeated"
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0">
<office:body><office:spreadsheet>
<table:table table:name="说明 &amp; 附表">
 <table:table-row {rows}="3"><table:table-cell/></table:table-row>
 <table:table-row><table:table-cell table:number-columns-repeated="2"/>
  {cell(f'table:formula="of:=1/0" {marked}', "#DIV/0!")}</table:table-row>
</table:table>
<table:table table:name="台账">
 <table:table-row>{cell('table:number-columns-spanned="2"', "标题")}<table:covered-table-cell/>
  {cell(f'table:formula="of:=NA()" {marked}', "#N/A")[:-19]}<office:annotation>
   <text:p>查人员表</text:p></office:annotation></table:table-cell>
  {cell('table:formula="of:=X" calcext:value-type="error"', "Err:502")}</table:table-row>
 <table:table-row {rows}="2">
  {cell('table:formula="of:=NA()" office:value-type="string" office:string-value="#N/A"')}
  {cell('table:number-columns-repeated="2" table:formula="of:=#REF!"', "#REF!")}
  {cell('office:value-type="string"', "#N/A")}
  {cell('table:formula="of:=&quot;ok&quot;" office:value-type="string"', "ok")}
  {cell('table:formula="of:=1+1" office:value-type="float" office:value="2"', "2")}
 </table:table-row>
</table:table>
</office:spreadsheet></office:body></office:document-content>""".encode()
    merges, errors = _scan_ods(content, "x.ods", DEFAULT_LIMITS)
    assert merges == {"台账": [((0, 0), (0, 1))]}
    assert errors.keys() == {"说明 & 附表", "台账"}
    assert errors["说明 & 附表"] == [(3, 2, "#DIV/0!")]
    assert sorted(errors["台账"]) == [
        (0, 2, "#N/A"),
        (0, 3, "Err:502"),
        (1, 0, "#N/A"),
        (1, 1, "#REF!"),
        (1, 2, "#REF!"),
        (2, 0, "#N/A"),
        (2, 1, "#REF!"),
        (2, 2, "#REF!"),
    ]
