"""Workbooks that are markup, read into the grid the reader reads.

Many online systems' "导出 Excel" write a web page and name it .xls (Excel and WPS open
it, with a warning); others write Excel 2003's XML Spreadsheet; Excel's "single file
web page" is a MIME archive (.mht). A clerk mails on what they got. Each is read here
as Excel or WPS would show it when opened:

* a web page: one sheet named after the file; every table's rows in document order,
  with ``rowspan``/``colspan`` as merged cells, and each line of text outside the
  tables (a title, 填报单位：…) as a row of its own; ``<br>`` and paragraphs in a cell
  as line breaks. Values are the text as shown (a date stays 2023/3/17, which the
  reader parses like any written date).
* an XML Spreadsheet: its worksheets with their names and visibility, ``ss:Index``
  gaps, ``ss:MergeAcross``/``ss:MergeDown``, numbers as numbers and dates as dates.
* a .mht: the web pages inside it that hold a table, one sheet each (Excel saves one
  page per sheet).

The result offers what the reader uses of a calamine workbook: ``get_sheet_by_name``
and sheets with ``merged_cell_ranges``, ``start``, ``end`` and ``iter_rows``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from desktop.domain.problems import Code
from desktop.domain.texts import Message, Msg
from desktop.domain.webpage import (
    DATA,
    END,
    START,
    WHITESPACE,
    attributes,
    decode_page,
    is_mht,
    mht_pages,
    page_events,
)
from desktop.excel.errors import WorkbookRefused, refuse
from desktop.excel.guard import (
    MAX_ERROR_CELLS,
    ErrorCell,
    Limits,
    Merge,
    check_no_dtd,
    is_error_text,
)

# Excel's limits: a sheet name has at most 31 characters, a span at most a sheet.
_SHEET_NAME = 31
_MAX_SPAN = 1000
_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
_X = "{urn:schemas-microsoft-com:office:excel}"


@dataclass(slots=True)
class MarkupSheet:
    """One sheet of a markup workbook, shaped like a calamine sheet."""

    name: str
    rows: list[list[Any]] = field(default_factory=list)
    merged_cell_ranges: list[Merge] = field(default_factory=list)
    visible: bool = True

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    @property
    def start(self) -> tuple[int, int] | None:
        return (0, 0) if self.width else None

    @property
    def end(self) -> tuple[int, int] | None:
        return (len(self.rows) - 1, self.width - 1) if self.width else None

    def iter_rows(self) -> Iterator[list[Any]]:
        width = self.width
        for row in self.rows:
            yield row + [""] * (width - len(row))


@dataclass(slots=True)
class MarkupBook:
    """The sheets of a markup workbook, by name, and by sheet the cells that show an
    error value (a page, a CSV or an XML Spreadsheet holds #N/A as text: the reader
    reads it as blank and says so, as for a workbook's error cells)."""

    sheets: list[MarkupSheet]
    error_cells: dict[str, list[ErrorCell]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for sheet in self.sheets:
            found = [
                (r, c, value)
                for r, row in enumerate(sheet.rows)
                for c, value in enumerate(row)
                if value.__class__ is str and value[:1] in "#E" and is_error_text(value)
            ]
            if found:
                self.error_cells[sheet.name] = found[:MAX_ERROR_CELLS]

    def get_sheet_by_name(self, name: str) -> MarkupSheet:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise KeyError(name)


def read_markup(
    path: Path,
    label: str,
    limits: Limits,
    *,
    xml: bool,
    delimited: bool = False,
    document: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> MarkupBook:
    """The workbook in the web page, .mht, (``xml``) XML Spreadsheet, (``delimited``)
    CSV or tab-separated text, or (``document``: "docx", "doc" or "rtf") the tables of
    a Word, RTF or PDF document at ``path``.
    ``progress(done, total)`` is called as the parse goes on (a 100 MB page takes
    seconds; it may raise to stop the parse). Raises :class:`WorkbookRefused` for one
    too large, hostile, or holding no table."""
    size = path.stat().st_size
    if size > limits.max_member_bytes:
        raise refuse(
            Code.TOO_LARGE,
            label,
            Message(Msg.MARKUP_TOO_LARGE, size=size // (1024 * 1024)),
        )
    if document is not None:
        book = _document(path, document, label, limits)
        if not book.sheets:
            raise refuse(Code.NOT_A_WORKBOOK, label, Message(Msg.DOCUMENT_NO_TABLE))
        return book
    data = path.read_bytes()
    if delimited:
        book = _delimited(data, path.stem, label, limits, progress)
    elif xml:
        book = _spreadsheet_xml(data, label, limits, progress)
    elif is_mht(data):
        book = _mht(data, path.stem, label, limits, progress)
    else:
        book = MarkupBook(_web_page(decode_page(data), path.stem, label, limits, progress))
    if not book.sheets:
        raise refuse(Code.NOT_A_WORKBOOK, label, Message(Msg.MARKUP_NO_TABLE))
    return book


def _document(path: Path, kind: str, label: str, limits: Limits) -> MarkupBook:
    """A Word, RTF or PDF document's tables as one sheet named after the file, as a
    spreadsheet shows the document pasted in (``documents.tables.grid``): each table
    row a row, a merged cell's text in its first cell; each paragraph outside the
    tables a row of one cell. No sheet when the document has no table."""
    from desktop.documents.doc_text import DocUnreadable
    from desktop.documents.ofd_text import OfdUnreadable
    from desktop.documents.pdf_text import PdfUnreadable
    from desktop.documents.read import read_blocks
    from desktop.documents.tables import grid

    try:
        if kind == "docx":
            from desktop.excel.guard import check_archive

            check_archive(path, label, limits)  # a bomb is refused before it is parsed
        parts = read_blocks(path, kind)
    except (DocUnreadable, PdfUnreadable, OfdUnreadable) as exc:
        if exc.reason == "password":
            raise refuse(Code.ENCRYPTED, label, Message(Msg.DOCUMENT_LOCKED)) from None
        if exc.reason == "scanned":
            raise refuse(Code.NOT_A_WORKBOOK, label, Message(Msg.DOCUMENT_SCANNED)) from None
        raise refuse(Code.DAMAGED_FILE, label, Message(Msg.DOCUMENT_DAMAGED)) from None
    except WorkbookRefused:
        raise
    except Exception as exc:  # python-docx on a damaged part: the file is unreadable
        raise refuse(
            Code.DAMAGED_FILE,
            label,
            Message(Msg.DOCUMENT_DAMAGED),
            value=f"{type(exc).__name__}: {exc}"[:120],
        ) from None
    rows, spans = grid(parts)
    sheet = MarkupSheet(_sheet_name(path.stem), rows, list(spans))
    if sum(len(row) for row in sheet.rows) > limits.max_cells:
        raise _too_many_cells(label, limits)
    return MarkupBook([sheet] if _has_table(sheet) else [])


def _has_table(sheet: MarkupSheet) -> bool:
    """Whether a sheet has a row of two cells or more (a layout table holding one
    paragraph is not a table)."""
    return any(sum(1 for v in row if v != "") > 1 for row in sheet.rows)


def _sheet_name(text: str) -> str:
    cleaned = re.sub(r"[\[\]:*?/\\]", "_", text).strip() or "Sheet1"
    return cleaned[:_SHEET_NAME]


# ----------------------------------------------------------------------- web pages
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = {
    "p", "div", "li", "center", "caption", "pre", "title", "blockquote", "section",
    "article", "header", "footer", *_HEADINGS,
}  # fmt: skip
_SKIPPED = {"script", "style", "head", "template", "noscript", "select", "option"}
# LibreOffice writes every sheet of a workbook into one page, each under this heading.
_SHEET_HEADING = re.compile(r"^Sheet \d+: (.+)$")
_TEXT_FORMAT = re.compile(r"mso-number-format\s*:\s*[\"']?\\@")
# A number as Excel takes one from a page: at most 15 digits, no leading zero.
_NUMBER = re.compile(r"^[+-]?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$")


@dataclass(slots=True)
class _Loose:
    """A line of text outside the tables; ``heading`` when it was an <h1>…<h6>."""

    text: str
    heading: bool


class _Page:
    """Collects the sheets a spreadsheet program makes of a web page: one per table,
    with the lines of text before it (its title) and after it (its notes). Fed by
    :func:`_feed`."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.sheets: list[MarkupSheet] = []
        self.loose: list[_Loose] = []  # lines since the last table ended
        self.heading = False
        self.tables = 0  # open tables; only the outermost one makes cells
        self.skipping = 0
        self.pre = 0
        self.text: list[str] = []  # the current cell's or loose line's text
        self.in_cell = False
        self.cell_span = (1, 1)
        self.cell_is_text = False
        self.table_top = 0  # the sheet row the open table starts at
        self.row_index = -1  # the open table's current row, relative to its top
        self.column = 0
        self.taken: set[tuple[int, int]] = set()  # (sheet row, column) under spans
        self.cells = 0

    @property
    def sheet(self) -> MarkupSheet:
        return self.sheets[-1]

    def _break(self) -> None:
        if self.text and self.text[-1] != "\n":
            self.text.append("\n")

    def _flush_loose(self) -> None:
        self.loose.extend(_Loose(line, self.heading) for line in _lines(self.text))
        self.text = []

    def _start_sheet(self) -> None:
        """A table starts a sheet: the loose lines up to the first heading end the
        sheet before (its notes), the rest head this one (its title)."""
        lines = self.loose
        self.loose = []
        if self.sheets:
            first = next((i for i, line in enumerate(lines) if line.heading), len(lines))
            self.sheet.rows.extend([line.text] for line in lines[:first])
            lines = lines[first:]
        name = ""
        for i, line in enumerate(lines):
            named = _SHEET_HEADING.match(line.text) if line.heading else None
            if named:
                name, lines = named.group(1), lines[i + 1 :]
                break
        if not name:
            name = next((line.text for line in lines if line.heading), "")
        self.sheets.append(MarkupSheet(name, [[line.text] for line in lines]))
        self.table_top = len(self.sheet.rows)
        self.row_index = -1
        self.taken = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
            return
        if self.skipping:
            return
        if tag == "table":
            self.tables += 1
            if self.tables == 1:
                self._flush_loose()
                self._start_sheet()
            else:
                self._break()
            return
        if tag == "pre":
            self.pre += 1
        if self.tables > 1:
            if tag in ("tr", "br") or tag in _BLOCKS:
                self._break()
            elif tag in ("td", "th") and self.text and self.text[-1] != "\n":
                self.text.append(" ")
            return
        if self.tables == 0 and tag in _HEADINGS:
            self._flush_loose()
            self.heading = True
        if tag == "tr" and self.tables == 1:
            self._end_cell()
            self.row_index += 1
            self.column = 0
            while len(self.sheet.rows) <= self.table_top + self.row_index:
                self.sheet.rows.append([])
        elif tag in ("td", "th") and self.tables == 1:
            self._end_cell()
            if self.row_index < 0:  # a cell before any <tr>
                self.handle_starttag("tr", [])
            if attrs:
                values = dict(attrs)
                self.cell_span = (_span(values.get("rowspan")), _span(values.get("colspan")))
                # Excel's own pages mark text that looks like a number: x:str, or the
                # text format @.
                style = values.get("style") or ""
                self.cell_is_text = "x:str" in values or bool(_TEXT_FORMAT.search(style))
            else:
                self.cell_span, self.cell_is_text = (1, 1), False
            self.in_cell = True
            self.text = []
        elif tag == "br" or tag in _BLOCKS:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skipping:
            self._break()
        elif tag in ("td", "th", "tr"):
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping:
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag == "table" and self.tables:
            self.tables -= 1
            if self.tables == 0:
                self._end_cell()
                self.text = []
            else:
                self._break()
            return
        if self.tables == 1 and tag in ("td", "th", "tr"):
            self._end_cell()
        elif self.tables == 0 and tag in _HEADINGS:
            self._flush_loose()
            self.heading = False
        elif tag in _BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.skipping or (self.tables == 1 and not self.in_cell):
            return  # whitespace between a table's tags
        self.text.append(data if self.pre else WHITESPACE.sub(" ", data))

    def _end_cell(self) -> None:
        if not self.in_cell:
            return
        self.in_cell = False
        text = "\n".join(_lines(self.text))
        self.text = []
        value: Any = text
        if not self.cell_is_text and _NUMBER.match(text):
            value = float(text)
        top = self.table_top + self.row_index
        while (top, self.column) in self.taken:
            self.column += 1
        rows, columns = self.cell_span
        left = self.column
        row = self.sheet.rows[top]
        row.extend([""] * (left + 1 - len(row)))
        row[left] = value
        self.cells += rows * columns
        if self.cells > self.limits.max_cells:
            raise _TooLarge
        if rows > 1 or columns > 1:
            self.sheet.merged_cell_ranges.append(
                ((top, left), (top + rows - 1, left + columns - 1))
            )
            for r in range(top, top + rows):
                for c in range(left, left + columns):
                    self.taken.add((r, c))
            while len(self.sheet.rows) < top + rows:
                self.sheet.rows.append([])
        self.column = left + columns

    def close(self) -> None:
        self._end_cell()
        self._flush_loose()
        if self.sheets:
            self.sheet.rows.extend([line.text] for line in self.loose)


class _TooLarge(Exception):
    pass


def _cell_attributes(text: str) -> bool:
    """Whether a cell's attributes hold any that are used (substring tests: a regular
    expression's search over LibreOffice's long style attributes cost seconds)."""
    return "span" in text or "SPAN" in text or "x:str" in text or "mso-number" in text


def _feed(page: _Page, text: str, progress: Callable[[int, int], None] | None = None) -> None:
    """Send a page's tags and text (``domain.webpage.page_events``) to ``page``."""
    start, end, data, start_end = (
        page.handle_starttag,
        page.handle_endtag,
        page.handle_data,
        page.handle_startendtag,
    )
    for event, tag, value in page_events(text, progress):
        if event == DATA:
            data(value)
        elif event == END:
            end(tag)
        else:
            # Of a cell's attributes only its spans and Excel's marks of text are used.
            attrs = (
                list(attributes(value).items())
                if tag in ("td", "th") and _cell_attributes(value)
                else []
            )
            (start if event == START else start_end)(tag, attrs)


def _span(value: str | None) -> int:
    try:
        return min(max(int((value or "1").strip().rstrip(";")), 1), _MAX_SPAN)
    except ValueError:
        return 1


def _lines(parts: list[str]) -> list[str]:
    """The non-blank lines of a cell's text, each stripped."""
    text = "".join(parts).replace("\xa0", " ")
    return [line.strip() for line in text.split("\n") if line.strip()]


def _web_page(
    text: str,
    stem: str,
    label: str,
    limits: Limits,
    progress: Callable[[int, int], None] | None = None,
) -> list[MarkupSheet]:
    """The sheets of a page that hold a table, named after the file when there is one,
    else after each table's heading."""
    page = _Page(limits)
    try:
        _feed(page, text, progress)
        page.close()
    except _TooLarge:
        raise _too_many_cells(label, limits) from None
    sheets = [sheet for sheet in page.sheets if _has_table(sheet)]
    for i, sheet in enumerate(sheets, start=1):
        while sheet.rows and not any(v != "" for v in sheet.rows[-1]):
            sheet.rows.pop()
        if len(sheets) == 1:
            sheet.name = _sheet_name(stem)
        else:
            sheet.name = _sheet_name(sheet.name or f"{stem}{i}")
    _unique_names(sheets)
    return sheets


def _too_many_cells(label: str, limits: Limits) -> WorkbookRefused:
    return refuse(Code.TOO_LARGE, label, Message(Msg.MARKUP_TOO_MANY_CELLS, cells=limits.max_cells))


# ------------------------------------------------------------------------- .mht
def _mht(
    data: bytes,
    stem: str,
    label: str,
    limits: Limits,
    progress: Callable[[int, int], None] | None = None,
) -> MarkupBook:
    pages = mht_pages(data)
    sheets: list[MarkupSheet] = []
    for i, (page_name, text) in enumerate(pages, start=1):
        found = _web_page(text, page_name or f"{stem}{i}", label, limits, progress)
        if len(pages) == 1 and len(found) == 1:
            found[0].name = _sheet_name(stem)
        sheets.extend(found)
    _unique_names(sheets)
    return MarkupBook(sheets)


def _unique_names(sheets: list[MarkupSheet]) -> None:
    seen: set[str] = set()
    for sheet in sheets:
        name, n = sheet.name, 1
        while name in seen:
            n += 1
            name = f"{sheet.name[: _SHEET_NAME - 4]}({n})"
        sheet.name = name
        seen.add(name)


# ------------------------------------------------------------- XML Spreadsheet
def _spreadsheet_xml(
    data: bytes,
    label: str,
    limits: Limits,
    progress: Callable[[int, int], None] | None = None,
) -> MarkupBook:
    check_no_dtd(data, label, label)
    sheets: list[MarkupSheet] = []
    sheet: MarkupSheet | None = None
    taken: set[tuple[int, int]] = set()
    row_index = -1
    column = 0
    cells = 0
    try:
        source = _Bytes(data, progress)
        for event, element in ElementTree.iterparse(source, events=("start", "end")):
            tag = element.tag
            if event == "start":
                if tag == f"{_SS}Worksheet":
                    name = element.get(f"{_SS}Name") or f"Sheet{len(sheets) + 1}"
                    sheet = MarkupSheet(name)
                    sheets.append(sheet)
                    taken, row_index = set(), -1
                elif tag == f"{_SS}Row" and sheet is not None:
                    index = element.get(f"{_SS}Index")
                    row_index = int(index) - 1 if index else row_index + 1
                    column = 0
                continue
            if sheet is None:
                continue
            if tag == f"{_SS}Cell" and row_index >= 0:
                index = element.get(f"{_SS}Index")
                column = int(index) - 1 if index else column
                while (row_index, column) in taken:
                    column += 1
                across = min(int(element.get(f"{_SS}MergeAcross") or 0), _MAX_SPAN)
                down = min(int(element.get(f"{_SS}MergeDown") or 0), _MAX_SPAN)
                if row_index < 0 or column < 0 or row_index > 1_048_575 or column > 16_383:
                    raise ValueError("cell outside a sheet")
                cells += 1
                if cells > limits.max_cells:
                    raise _TooLarge
                value = _xml_value(element)
                while len(sheet.rows) <= row_index + down:
                    sheet.rows.append([])
                row = sheet.rows[row_index]
                row.extend([""] * (column + 1 - len(row)))
                row[column] = value
                if across or down:
                    sheet.merged_cell_ranges.append(
                        ((row_index, column), (row_index + down, column + across))
                    )
                    for r in range(row_index, row_index + down + 1):
                        for c in range(column, column + across + 1):
                            taken.add((r, c))
                column += across + 1
                element.clear()
            elif tag == f"{_SS}Row":
                element.clear()
            elif tag == f"{_X}Visible" and (element.text or "").strip().startswith("SheetHidden"):
                sheet.visible = False
            elif tag == f"{_SS}Worksheet":
                while sheet.rows and not any(v != "" for v in sheet.rows[-1]):
                    sheet.rows.pop()
                sheet = None
    except _TooLarge:
        raise _too_many_cells(label, limits) from None
    except (ElementTree.ParseError, ValueError) as exc:
        raise refuse(
            Code.DAMAGED_FILE, label, Message(Msg.WORKBOOK_DAMAGED), value=str(exc)[:120]
        ) from None
    _unique_names(sheets)
    return MarkupBook([s for s in sheets if s.rows])


# ------------------------------------------------------------- delimited text
# A system writes ="0012" to keep a text's leading zeros from Excel's number reading.
_KEPT_AS_TEXT = re.compile(r'^="(.*)"$', re.DOTALL)


def _delimited(
    data: bytes,
    stem: str,
    label: str,
    limits: Limits,
    progress: Callable[[int, int], None] | None = None,
) -> MarkupBook:
    """A CSV or tab-separated table, read as Excel opens it: one sheet named after the
    file, plain numbers as numbers and every other cell as text (the reader reads dates
    from text), quoted cells keeping their line breaks, ``="…"`` cells as the text
    inside."""
    import csv
    import io

    from desktop.excel.sniff import delimiter

    text = decode_page(data)
    separator = delimiter(text[:8192]) or ","
    sheet = MarkupSheet(_sheet_name(stem))
    cells = 0
    size = len(text)
    source = io.StringIO(text)
    try:
        for number, row in enumerate(csv.reader(source, delimiter=separator), start=1):
            cells += len(row)
            if cells > limits.max_cells:
                raise _too_many_cells(label, limits)
            sheet.rows.append([_delimited_value(v) for v in row])
            if progress is not None and not number % 5000:
                progress(source.tell(), size)
    except csv.Error as exc:
        raise refuse(
            Code.DAMAGED_FILE, label, Message(Msg.WORKBOOK_DAMAGED), value=str(exc)[:120]
        ) from None
    while sheet.rows and not any(v != "" for v in sheet.rows[-1]):
        sheet.rows.pop()
    return MarkupBook([sheet] if sheet.rows else [])


def _delimited_value(text: str) -> Any:
    """A delimited cell as Excel opens it: a plain number a number (序号 1, a column
    number row), ``="…"`` the text inside, anything else text."""
    found = _KEPT_AS_TEXT.match(text)
    if found:
        return found.group(1)
    text = text.strip(" ")
    return float(text) if _NUMBER.match(text) else text


class _Bytes:
    """A file-like view of bytes for ``iterparse`` without copying them."""

    def __init__(self, data: bytes, progress: Callable[[int, int], None] | None = None) -> None:
        self.view = memoryview(data)
        self.at = 0
        self.progress = progress

    def read(self, size: int = -1) -> bytes:
        end = len(self.view) if size < 0 else self.at + size
        chunk = self.view[self.at : end].tobytes()
        self.at += len(chunk)
        if self.progress is not None and chunk:
            self.progress(self.at, len(self.view))
        return chunk


def _xml_value(cell: ElementTree.Element) -> Any:
    data = cell.find(f"{_SS}Data")
    if data is None:
        return ""
    kind = data.get(f"{_SS}Type") or "String"
    text = "".join(data.itertext())
    if kind == "Number":
        try:
            return float(text)
        except ValueError:
            return text.strip()
    if kind == "DateTime":
        try:
            moment = datetime.fromisoformat(text.strip()[:19])
        except ValueError:
            return text.strip()
        return moment.date() if moment.time() == datetime.min.time() else moment
    if kind == "Boolean":
        return text.strip() in ("1", "true", "TRUE")
    return text.replace("\r\n", "\n").strip(" ")
