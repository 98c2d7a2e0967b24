"""The corpus's ledgers as other programs export them: web pages and XML.

Online systems' "导出 Excel" often write a web page named .xls; Excel saves a "single
file web page" (.mht) and the Excel 2003 XML Spreadsheet; offices mail all of them on.
From every workbook of ``tests/excel/corpus/files`` this writes, into
``tests/excel/corpus/markup``:

* ``NAME.web.xls``: LibreOffice's web page of the workbook (``soffice --convert-to
  html``, every sheet in one page under "Sheet N: name" headings), named .xls;
* ``NAME.mht``: that page as Excel's single-file web page writes one, a MIME archive
  in GB2312 (as Chinese Windows writes it), quoted-printable, for every third case;
* ``NAME.xml``: an XML Spreadsheet 2003 of the workbook as Excel writes one (typed
  cells, ``ss:Index`` where cells are skipped, ``ss:MergeAcross``/``ss:MergeDown``,
  hidden sheets marked), written here from the workbook's cells, LibreOffice having
  no writer for it.

Each reads as the workbook's own ``NAME.expect.json`` says (``tests/excel/
test_markup.py``). A web page has no hidden sheets, so the case whose expectation is
about one (37) has no page. Run ``python -m tests.excel.corpus.markup`` to rebuild;
the files are committed.
"""

from __future__ import annotations

import datetime as dt
import quopri
import re
import shutil
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from openpyxl import load_workbook

from tests.excel import make_corpus

FILES = Path(__file__).resolve().parent / "files"
MARKUP = Path(__file__).resolve().parent / "markup"
# Hidden sheets do not survive as a web page.
NO_PAGE = {"37_hidden_copy"}


def spreadsheet_xml(source: Path) -> str:
    """``source`` (an .xlsx) as Excel 2003's XML Spreadsheet: its values, a formula's
    cached result (an error as Excel writes one: ``ss:Formula`` and ``ss:Type="Error"``)."""
    book = load_workbook(source, data_only=True)
    formulas = load_workbook(source)
    out = [
        '<?xml version="1.0"?>',
        '<?mso-application progid="Excel.Sheet"?>',
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"'
        ' xmlns:o="urn:schemas-microsoft-com:office:office"'
        ' xmlns:x="urn:schemas-microsoft-com:office:excel"'
        ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"'
        ' xmlns:html="http://www.w3.org/TR/REC-html40">',
        ' <Styles><Style ss:ID="Default" ss:Name="Normal"/>'
        '<Style ss:ID="d"><NumberFormat ss:Format="Short Date"/></Style></Styles>',
    ]
    for ws in book.worksheets:
        out.append(f" <Worksheet ss:Name={quoteattr(ws.title)}>")
        out.append("  <Table>")
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        covered: set[tuple[int, int]] = set()
        for merged in ws.merged_cells.ranges:
            spans[(merged.min_row, merged.min_col)] = (
                merged.max_row - merged.min_row,
                merged.max_col - merged.min_col,
            )
            for r in range(merged.min_row, merged.max_row + 1):
                for c in range(merged.min_col, merged.max_col + 1):
                    if (r, c) != (merged.min_row, merged.min_col):
                        covered.add((r, c))
        last_row = 0
        for row in ws.iter_rows():
            cells = []
            expected = 1  # the column a cell without ss:Index stands in
            for cell in row:
                at = (cell.row, cell.column)
                if at in covered or (cell.value is None and at not in spans):
                    continue  # under a merge, or empty: not written
                attrs = "" if cell.column == expected else f' ss:Index="{cell.column}"'
                down, across = spans.get(at, (0, 0))
                if across:
                    attrs += f' ss:MergeAcross="{across}"'
                if down:
                    attrs += f' ss:MergeDown="{down}"'
                expected = cell.column + across + 1
                formula = formulas[ws.title].cell(cell.row, cell.column).value
                if isinstance(formula, str) and formula.startswith("=") and _is_error(cell.value):
                    attrs += f" ss:Formula={quoteattr(formula)}"
                    data = f'><Data ss:Type="Error">{escape(str(cell.value))}</Data>'
                else:
                    data = _data(cell.value)
                cells.append(f"    <Cell{attrs}{data}</Cell>")
            if not cells:
                continue
            index = "" if last_row == row[0].row - 1 else f' ss:Index="{row[0].row}"'
            last_row = row[0].row
            out.append(f"   <Row{index}>")
            out.extend(cells)
            out.append("   </Row>")
        out.append("  </Table>")
        out.append('  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">')
        if ws.sheet_state != "visible":
            out.append("   <Visible>SheetHidden</Visible>")
        out.append("  </WorksheetOptions>")
        out.append(" </Worksheet>")
    out.append("</Workbook>")
    return "\n".join(out) + "\n"


def _is_error(value: object) -> bool:
    from desktop.excel.guard import is_error_text

    return isinstance(value, str) and is_error_text(value)


def _data(value: object) -> str:
    if value is None:
        return ">"
    if isinstance(value, bool):
        return f'><Data ss:Type="Boolean">{int(value)}</Data>'
    if isinstance(value, int | float):
        return f'><Data ss:Type="Number">{value}</Data>'
    if isinstance(value, dt.datetime | dt.date):
        moment = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
        return f' ss:StyleID="d"><Data ss:Type="DateTime">{moment:%Y-%m-%dT%H:%M:%S}.000</Data>'
    text = escape(str(value)).replace("\n", "&#10;")
    return f'><Data ss:Type="String">{text}</Data>'


def mht(page: str, name: str) -> bytes:
    """A web page as Excel's single-file web page: MIME, GB2312, quoted-printable."""
    page = re.sub(r"charset=utf-8", "charset=gb2312", page, flags=re.IGNORECASE)
    body = quopri.encodestring(page.encode("gb18030")).decode("ascii")
    boundary = "----=_NextPart_01D9A1B2.C3D4E5F0"
    return (
        "MIME-Version: 1.0\r\n"
        "X-Document-Type: Workbook\r\n"
        f'Content-Type: multipart/related; boundary="{boundary}"\r\n'
        "\r\n"
        "此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n"
        "\r\n"
        f"--{boundary}\r\n"
        f"Content-Location: file:///C:/{name}.htm\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        'Content-Type: text/html; charset="gb2312"\r\n'
        "\r\n"
        f"{body}\r\n"
        f"--{boundary}--\r\n"
    ).encode("gb18030")


def build(folder: Path = MARKUP) -> list[Path]:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    sources = sorted(FILES.glob("*.xlsx"))
    built: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        pages = make_corpus.convert(sources, "html", Path(tmp))
        for i, (source, page) in enumerate(zip(sources, pages, strict=True)):
            name = source.stem
            xml = folder / f"{name}.xml"
            xml.write_text(spreadsheet_xml(source), encoding="utf-8")
            built.append(xml)
            if name in NO_PAGE:
                continue
            web = folder / f"{name}.web.xls"
            shutil.copyfile(page, web)
            built.append(web)
            if i % 3 == 0:
                archive = folder / f"{name}.mht"
                archive.write_bytes(mht(page.read_text("utf-8"), name))
                built.append(archive)
    return built


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else MARKUP):
        print(path.name)
