"""Hostile-file checks, run before any spreadsheet library sees the file.

An .xlsx or .ods file is a zip of XML parts. Three things in one can hurt us:

* a zip bomb: parts that inflate to hundreds of MB or more. The archive's directory
  declares every part's sizes, so absurd sizes or ratios are refused from the directory
  alone, in well under a millisecond; the XML parts the reader will parse are then
  inflated here with the declared size as a hard cap, so a part that lies about its size
  is refused as soon as it overruns, with bounded memory.
* XML entity tricks (billion laughs, external entities): no workbook part ever needs a
  DTD, so any part that declares one is refused.
* a sheet whose cells lie far apart (A1 and XFD1048576): python-calamine materialises
  the whole rectangle between them, 32 bytes a cell, and a 6 KB file aborts the process
  when the allocation fails. The used area of every sheet is bounded from the XML
  before calamine reads it: cheap byte counts and literal-prefix searches bound it for
  ordinary files; anything unusual gets an exact streaming scan.

ODS files are scanned exactly (expat), which also yields their merged ranges (calamine
reports none for ODS) and their cells showing an error value.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from xml.parsers import expat

from desktop.domain.problems import Code
from desktop.domain.texts import Message, Msg
from desktop.excel.errors import WorkbookRefused, refuse

MiB = 1024 * 1024

# A merged range: ((first row, first column), (last row, last column)), 0-based.
Merge = tuple[tuple[int, int], tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Limits:
    """What the reader accepts. A real 50k-row ledger is about 25 MB of sheet XML that
    compresses about 9:1, with about a million used cells."""

    max_members: int = 10_000
    max_member_bytes: int = 512 * MiB
    max_total_bytes: int = 1024 * MiB
    # Parts larger than ``ratio_floor_bytes`` may not compress better than this.
    max_ratio: float = 100.0
    ratio_floor_bytes: int = 8 * MiB
    # Rows x columns of a sheet's used area (calamine holds it densely, 32 bytes a cell).
    max_cells: int = 4_000_000


DEFAULT_LIMITS = Limits()


@dataclass(slots=True)
class ArchiveReport:
    """What the checks found: sizes, and for ODS the merged ranges of each sheet."""

    members: int = 0
    compressed: int = 0
    uncompressed: int = 0
    ods_merges: dict[str, list[Merge]] = field(default_factory=dict)
    # The cells holding an error value (#N/A, #REF!…), by sheet name: calamine reads
    # them as blank (python-calamine issue 105), or for an .ods some writers' cells as
    # the error's text, so the reader says so (an .xls's are found by excel.biff).
    error_cells: dict[str, list[ErrorCell]] = field(default_factory=dict)
    # Its formula cells that carry no stored result (a workbook another program wrote
    # and no spreadsheet has opened and saved since), by sheet name: calamine reads
    # them as blank too.
    uncalculated_cells: dict[str, list[ErrorCell]] = field(default_factory=dict)


# (row, column, the error as Excel shows it, or the formula), 0-based.
ErrorCell = tuple[int, int, str]
# At most this many per sheet are kept: a column of failed lookups says it in a few.
MAX_ERROR_CELLS = 200
# Excel's error values by their BIFF code (BErr), as .xls files store them.
EXCEL_ERRORS = {
    0x00: "#NULL!",
    0x07: "#DIV/0!",
    0x0F: "#VALUE!",
    0x17: "#REF!",
    0x1D: "#NAME?",
    0x24: "#NUM!",
    0x2A: "#N/A",
}


def check_archive(path: Path, file_label: str, limits: Limits = DEFAULT_LIMITS) -> ArchiveReport:
    """Check a zipped workbook (.xlsx, .ods) before it is parsed. Raises
    :class:`WorkbookRefused` for a damaged, hostile or too large file."""
    report = ArchiveReport()
    try:
        with zipfile.ZipFile(path) as archive, open(path, "rb") as raw:
            infos = archive.infolist()
            _check_directory(infos, file_label, limits, report)
            errors: dict[str, list[ErrorCell]] = {}
            uncalculated: dict[str, list[ErrorCell]] = {}
            workbook = relations = b""
            for info in infos:
                name = info.filename
                lower = name.lower()
                if not lower.endswith((".xml", ".rels")):
                    continue
                data = _inflate(raw, info, file_label)
                check_no_dtd(data, name, file_label)
                if lower == "content.xml":
                    report.ods_merges, report.error_cells = _scan_ods(data, file_label, limits)
                elif b"<sheetData" in data:
                    _check_sheet_extent(data, name, file_label, limits)
                    if b't="e"' in data:
                        errors[name.lstrip("/")] = _error_cells(data)
                    if b"<f" in data:
                        found = _uncalculated_cells(data)
                        if found:
                            uncalculated[name.lstrip("/")] = found
                elif lower == "xl/workbook.xml":
                    workbook = data
                elif lower == "xl/_rels/workbook.xml.rels":
                    relations = data
            if errors:
                report.error_cells = _by_sheet(errors, workbook, relations)
            if uncalculated:
                report.uncalculated_cells = _by_sheet(uncalculated, workbook, relations)
    except WorkbookRefused:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, struct.error, ValueError) as exc:
        raise _damaged(file_label, str(exc)) from None
    return report


def _damaged(file_label: str, detail: str = "") -> WorkbookRefused:
    return refuse(
        Code.DAMAGED_FILE,
        file_label,
        Message(Msg.FILE_TRUNCATED),
        value=detail[:80],
    )


def _hostile(file_label: str, message: str, value: str = "") -> WorkbookRefused:
    return refuse(
        Code.HOSTILE_FILE,
        file_label,
        message + "为安全起见不予读取。如确是台账，请用 Excel 打开后另存为新的 .xlsx 文件再导入。",
        value=value,
    )


def _check_directory(
    infos: list[zipfile.ZipInfo], file_label: str, limits: Limits, report: ArchiveReport
) -> None:
    if len(infos) > limits.max_members:
        raise _hostile(file_label, Message(Msg.TOO_MANY_PARTS, count=len(infos)))
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise refuse(
                Code.ENCRYPTED,
                file_label,
                Message(Msg.CONTENT_ENCRYPTED),
                value=info.filename,
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _damaged(
                file_label,
                Message(
                    Msg.UNSUPPORTED_COMPRESSION,
                    compress_type=info.compress_type,
                    filename=info.filename,
                ),
            )
        size, packed = info.file_size, info.compress_size
        total += size
        report.compressed += packed
        if size > limits.max_member_bytes:
            raise _hostile(
                file_label,
                Message(Msg.PART_TOO_LARGE, filename=info.filename, size=size // MiB),
                info.filename,
            )
        if size > limits.ratio_floor_bytes and size > limits.max_ratio * max(packed, 1):
            raise _hostile(
                file_label,
                Message(
                    Msg.ZIP_BOMB_RATIO,
                    filename=info.filename,
                    packed=packed // 1024,
                    size=size // MiB,
                    size2=size / max(packed, 1),
                ),
                info.filename,
            )
    if total > limits.max_total_bytes:
        raise _hostile(file_label, Message(Msg.UNPACKED_TOO_LARGE, total=total // MiB))
    report.members = len(infos)
    report.uncompressed = total


def _inflate(raw: BinaryIO, info: zipfile.ZipInfo, file_label: str) -> bytes:
    """A part's bytes, inflated here with its declared size as a hard cap (Python's
    zipfile would cut the output at the declared size and let a lying part pass)."""
    raw.seek(info.header_offset)
    header = raw.read(30)
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise _damaged(file_label, info.filename)
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    raw.seek(info.header_offset + 30 + name_len + extra_len)
    cap = info.file_size
    if info.compress_type == zipfile.ZIP_STORED:
        data = raw.read(info.compress_size)
        if len(data) != info.compress_size or len(data) != cap:
            raise _damaged(file_label, info.filename)
    else:
        packed = raw.read(info.compress_size)
        if len(packed) != info.compress_size:
            raise _damaged(file_label, info.filename)
        # One call, with the declared size (+1 to notice an overrun) as the output cap:
        # memory stays bounded by what the directory declared.
        inflater = zlib.decompressobj(-15)
        data = inflater.decompress(packed, cap + 1)
        del packed
        if len(data) > cap:
            raise _hostile(
                file_label,
                Message(Msg.ZIP_BOMB_DECLARED, filename=info.filename, cap=cap // 1024),
                info.filename,
            )
        if not inflater.eof or len(data) != cap:
            raise _damaged(file_label, info.filename)
    if zlib.crc32(data) != info.CRC:
        raise _damaged(file_label, Message(Msg.CHECKSUM_MISMATCH, filename=info.filename))
    return data


_ELEMENT_START = re.compile(rb"<[A-Za-z_]")


def check_no_dtd(data: bytes, name: str, file_label: str) -> None:
    """No workbook part needs a DTD; one that has it is an entity attack."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:64]:
        # UTF-16 XML (legal, rare): look at the prolog as text.
        text = data[:65536].decode("utf-16", errors="replace")
        found = re.search(r"<[A-Za-z_]", text)
        hit = "<!DOCTYPE" in text[: found.start() if found else None]
    else:
        # A DTD (and so any entity) can only stand in the prolog, before the root
        # element; the body of a large sheet is not searched. The first 64 KB are, so
        # that a comment in the prolog cannot hide one.
        match = _ELEMENT_START.search(data)
        end = max(match.start(), 65536) if match else None
        hit = b"<!DOCTYPE" in data[:end]
    if hit:
        raise _hostile(
            file_label,
            Message(Msg.XML_DOCTYPE, name=name),
            name,
        )


# ------------------------------------------------------------------ error cells
_CELL_TAG = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*>')
_VALUE = re.compile(rb"<v>([^<]{0,40})</v>")
_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_ATTRIBUTE = re.compile(rb'([\w:]+)="([^"]*)"')
_RELATION = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")


def _error_cells(data: bytes) -> list[ErrorCell]:
    """The cells of sheet XML whose type is an error, with the error's text. Found
    from each ``t="e"`` (a literal search, at memory speed), back to its cell tag."""
    cells: list[ErrorCell] = []
    at = data.find(b't="e"')
    while at >= 0 and len(cells) < MAX_ERROR_CELLS:
        start = data.rfind(b"<c", max(0, at - 300), at)
        tag = _CELL_TAG.match(data, start) if start >= 0 else None
        if tag is not None and tag.end() > at:
            end = data.find(b"</c>", tag.end(), tag.end() + 2000)
            value = _VALUE.search(data, tag.end(), end if end >= 0 else tag.end())
            text = value.group(1).decode("utf-8", "replace") if value else "#N/A"
            column = 0
            for letter in tag.group(1):
                column = column * 26 + letter - 64
            cells.append((int(tag.group(2)) - 1, column - 1, text))
        at = data.find(b't="e"', at + 5)
    return cells


# A formula followed by no result: ``<f>…</f>`` or a shared formula's ``<f …/>``, then
# no ``<v>`` or an empty one, then the cell's end (Excel writes f, v, is in that order).
_NO_RESULT = re.compile(rb"(?:</f>|<f\b[^>]*/>)(?:<v/>|<v></v>)?</c>")
_FORMULA = re.compile(rb"<f\b[^>]*>([^<]{0,200})")


def _uncalculated_cells(data: bytes) -> list[ErrorCell]:
    """The formula cells of sheet XML that hold no result, with the formula as
    typed. A text formula's empty result (``t="str"`` with ``<v></v>``) is a result."""
    from html import unescape  # XML's entities in the formula (&quot;, &amp;)

    cells: list[ErrorCell] = []
    for found in _NO_RESULT.finditer(data):
        if len(cells) >= MAX_ERROR_CELLS:
            break
        at = found.start()
        start = data.rfind(b"<c", max(0, at - 2000), at)
        tag = _CELL_TAG.match(data, start) if start >= 0 else None
        if tag is None or tag.end() > at:
            continue
        if b't="str"' in tag[0] and b"<v" in found[0]:
            continue
        formula = _FORMULA.match(data, tag.end())
        text = unescape(formula.group(1).decode("utf-8", "replace")) if formula else ""
        column = 0
        for letter in tag.group(1):
            column = column * 26 + letter - 64
        cells.append((int(tag.group(2)) - 1, column - 1, f"={text}" if text else ""))
    return cells


def _by_sheet(
    errors: dict[str, list[ErrorCell]], workbook: bytes, relations: bytes
) -> dict[str, list[ErrorCell]]:
    """Cells found in sheet parts, by sheet name, through the workbook's relations (a
    sheet part whose name cannot be found is left out)."""
    from html import unescape  # XML's entities in a sheet's name (&amp;)

    targets: dict[str, str] = {}
    for tag in _RELATION.finditer(relations):
        attrs = {k.decode(): v.decode("utf-8", "replace") for k, v in _ATTRIBUTE.findall(tag[0])}
        target = attrs.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        targets[attrs.get("Id", "")] = part
    named: dict[str, list[ErrorCell]] = {}
    for tag in _SHEET_TAG.finditer(workbook):
        attrs = {k.decode(): v.decode("utf-8", "replace") for k, v in _ATTRIBUTE.findall(tag[0])}
        relation = next((v for k, v in attrs.items() if k.endswith(":id")), "")
        part = targets.get(relation, "")
        if part in errors and "name" in attrs:
            named[unescape(attrs["name"])] = errors[part]
    return named


# ------------------------------------------------------------------ sheet extents
# A cell element that does not start with an explicit reference, or a prefixed
# element: both send the sheet to the exact scan.
_ODD_CELL = re.compile(rb'<c(?! r=")[\s>/]')
_PREFIXED = re.compile(rb":(?:c|row|sheetData)[\s>/]")


def _rows_up_to(bound: int) -> bytes:
    """A regex fragment matching the decimal numbers 1..``bound`` (no leading zeros),
    where ``bound`` is ``(L+1)·10^(d-1) - 1``."""
    text = str(bound + 1)
    digits, lead = len(text) - 1, int(text[0]) - 1
    if digits == 0:
        return b"[1-%d]" % max(lead, 1)
    shorter = b"[1-9][0-9]{0,%d}" % (digits - 1) if digits > 1 else b"[1-9]"
    if lead == 0:
        return shorter
    return b"(?:%s|[1-%d][0-9]{%d})" % (shorter, lead, digits)


def _row_bound(data: bytes) -> int:
    """The row number of the last row element, rounded up to its leading digit
    (50003 -> 59999): rows are normally in order, and the search below checks that no
    cell lies beyond the bound."""
    at = data.rfind(b'<row r="')
    number = b""
    if at >= 0:
        number = data[at + 8 : at + 20].split(b'"', 1)[0]
    last = int(number) if number.isdigit() and len(number) < 9 else 1
    text = str(max(last, 1))
    return int((int(text[0]) + 1) * 10 ** (len(text) - 1) - 1)


# A regular expression's search is one call holding the interpreter lock: over a sheet's
# 20 MB of XML, 40-120 ms each, while the window (which reads in a worker) waits for the
# lock. So the sheet is searched a slice at a time, the slices overlapping by more than
# any match of these patterns (their lookaheads included) is long.
_SLICE = 1 << 20
_OVERLAP = 64


def found(pattern: re.Pattern[bytes], data: bytes) -> bool:
    """Whether ``pattern`` (a short match, no anchors or lookbehinds) occurs in
    ``data``, searched in slices of a megabyte."""
    for start in range(0, len(data), _SLICE):
        end = start + _SLICE
        # A match starting in this slice is whole within the window, its lookahead
        # too; one starting past ``end`` may be cut short and is the next slice's.
        match = pattern.search(data, start, end + _OVERLAP)
        if match is not None and match.start() < end:
            return True
    return False


def _fast_bound(data: bytes) -> tuple[int, int] | None:
    """An upper bound on (rows, columns) of the cells in sheet XML, or None when the
    XML is unusual enough to need the exact scan. Each search has a literal prefix, so
    all of this costs a few hundredths of a second on a 50k-row sheet."""
    if found(_PREFIXED, data) or found(_ODD_CELL, data):
        return None
    rows = _row_bound(data)
    row_pattern = _rows_up_to(rows)
    for columns, col_pattern in ((26, b"[A-Z]"), (52, b"[AB]?[A-Z]")):
        beyond = re.compile(rb'<c r="(?!%s%s")' % (col_pattern, row_pattern))
        if not found(beyond, data):
            return rows, columns
    return None


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + (ord(ch) - 64)
    return number


_CELL_REF = re.compile(r"^([A-Za-z]{1,4})([0-9]{1,8})$")


def exact_extent(data: bytes) -> tuple[int, int]:
    """The exact (rows, columns) used by cells in sheet XML, by a streaming parse that
    follows references the way calamine does (explicit ``r``, else the next place)."""
    state = {"row": 0, "col": 0, "max_row": 0, "max_col": 0}

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(" ")[2].rpartition(":")[2]
        if local == "row":
            ref = attrs.get("r", "")
            state["row"] = int(ref) if ref.isdigit() else state["row"] + 1
            state["col"] = 0
        elif local == "c":
            match = _CELL_REF.match(attrs.get("r", ""))
            if match:
                state["col"] = _column_number(match[1])
                row = int(match[2])
            else:
                state["col"] += 1
                row = state["row"]
            state["max_row"] = max(state["max_row"], row)
            state["max_col"] = max(state["max_col"], state["col"])

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.Parse(data, True)
    return state["max_row"], state["max_col"]


def _too_large(file_label: str, rows: int, cols: int) -> WorkbookRefused:
    return refuse(
        Code.TOO_LARGE,
        file_label,
        Message(Msg.SHEET_TOO_LARGE, rows=rows, cols=cols),
        value=Message(Msg.ROWS_BY_COLUMNS, rows=rows, cols=cols),
    )


def _check_sheet_extent(data: bytes, name: str, file_label: str, limits: Limits) -> None:
    bound = _fast_bound(data)
    if bound is not None and bound[0] * bound[1] <= limits.max_cells:
        return
    try:
        rows, cols = exact_extent(data)
    except expat.ExpatError as exc:
        raise _damaged(file_label, f"{name}: {exc}") from None
    if rows * cols > limits.max_cells:
        raise _too_large(file_label, rows, cols)


# --------------------------------------------------------------------------- ODS
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_T_TABLE = f"{_TABLE_NS} table"
_T_ROW = f"{_TABLE_NS} table-row"
_T_CELLS = (f"{_TABLE_NS} table-cell", f"{_TABLE_NS} covered-table-cell")
_A_NAME = f"{_TABLE_NS} name"
_A_ROWS_REP = f"{_TABLE_NS} number-rows-repeated"
_A_COLS_REP = f"{_TABLE_NS} number-columns-repeated"
_A_ROWS_SPAN = f"{_TABLE_NS} number-rows-spanned"
_A_COLS_SPAN = f"{_TABLE_NS} number-columns-spanned"
_A_VALUE_TYPE = f"{_OFFICE_NS} value-type"
_A_STRING_VALUE = f"{_OFFICE_NS} string-value"
_O_ANNOTATION = f"{_OFFICE_NS} annotation"
_A_FORMULA = f"{_TABLE_NS} formula"
# LibreOffice (4.2 on) marks a cell whose formula gives an error value in its own
# namespace (ODF has no error type): an office:value-type="string" cell with an empty
# office:string-value, and the error as shown (#DIV/0!, #N/A, LibreOffice's Err:502) in
# its text.
_CALCEXT_NS = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
_A_CALC_VALUE_TYPE = f"{_CALCEXT_NS} value-type"
_ERROR_TEXTS = frozenset(EXCEL_ERRORS.values())
_LIBREOFFICE_ERROR = re.compile(r"Err:[0-9]{3}")


def is_error_text(text: str) -> bool:
    """Whether a cell's text is an error value as a spreadsheet shows one (#N/A,
    #DIV/0!…, LibreOffice's Err:502): what a web page, a CSV or a text cell holds where
    the workbook showed a failed formula."""
    return text in _ERROR_TEXTS or _LIBREOFFICE_ERROR.fullmatch(text) is not None


def _count(attrs: dict[str, str], name: str) -> int:
    value = attrs.get(name, "1")
    return int(value) if value.isdigit() and 0 < len(value) < 9 else 1


class _OdsScanner:
    """Streams ``content.xml``: each table's used area (repeats expanded, empty cells
    not counted), its merged ranges and its cells showing an error value."""

    def __init__(self, parser: Any, file_label: str, limits: Limits) -> None:
        self.parser = parser
        self.file_label = file_label
        self.limits = limits
        self.merges: dict[str, list[Merge]] = {}
        self.errors: dict[str, list[ErrorCell]] = {}
        # A formula cell being read: (its string-value or None, marked as an error);
        # its text is gathered in ``text`` meanwhile.
        self.formula: tuple[str | None, bool] | None = None
        self.text: list[str] = []
        self.table = ""
        self.row = 0
        self.row_repeat = 1
        self.col = 0
        self.max_row = 0
        self.max_col = 0
        self.cell: tuple[int, int, bool] | None = None  # (col, repeat, has value)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name in _T_CELLS:
            repeat = _count(attrs, _A_COLS_REP)
            rows_span = _count(attrs, _A_ROWS_SPAN)
            cols_span = _count(attrs, _A_COLS_SPAN)
            if rows_span > 1 or cols_span > 1:
                self.merges.setdefault(self.table, []).append(
                    ((self.row, self.col), (self.row + rows_span - 1, self.col + cols_span - 1))
                )
            self.cell = (self.col, repeat, _A_VALUE_TYPE in attrs)
            self.col += repeat
            marked = attrs.get(_A_CALC_VALUE_TYPE) == "error"
            if marked or (_A_FORMULA in attrs and attrs.get(_A_VALUE_TYPE, "string") == "string"):
                # Only such cells' text is wanted: the handler is set for them alone.
                self.formula = (attrs.get(_A_STRING_VALUE), marked)
                self.text = []
                self.parser.CharacterDataHandler = self.text.append
        elif self.cell is not None:
            col, repeat, _ = self.cell
            self.cell = (col, repeat, True)  # text inside the cell
            if name == _O_ANNOTATION and self.formula is not None:
                self.parser.CharacterDataHandler = None  # a comment is not what it shows
        elif name == _T_ROW:
            self.row_repeat = _count(attrs, _A_ROWS_REP)
            self.col = 0
        elif name == _T_TABLE:
            self._close_table()
            self.table = attrs.get(_A_NAME, "")
            self.row = 0

    def end(self, name: str) -> None:
        if name in _T_CELLS and self.cell is not None:
            col, repeat, filled = self.cell
            self.cell = None
            if self.formula is not None:
                self._formula_cell(col, repeat)
            if filled:
                self.max_col = max(self.max_col, col + repeat)
                self.max_row = max(self.max_row, self.row + self.row_repeat)
        elif name == _T_ROW:
            self.row += self.row_repeat
            self.row_repeat = 1
        elif name == _O_ANNOTATION and self.formula is not None:
            self.parser.CharacterDataHandler = self.text.append

    def _formula_cell(self, col: int, repeat: int) -> None:
        """Keeps a formula cell that shows an error: one LibreOffice marks as such, or
        one whose text (what calamine reads for it) is one of Excel's error values."""
        string_value, marked = self.formula or (None, False)
        self.formula = None
        self.parser.CharacterDataHandler = None
        shown = "".join(self.text).strip()
        self.text = []
        if marked:
            error = shown or (string_value or "").strip() or "#N/A"
        else:
            # What calamine reads for the cell: its string-value, else its text.
            error = (string_value if string_value is not None else shown).strip()
            if not is_error_text(error):
                return
        cells = self.errors.setdefault(self.table, [])
        for row in range(self.row, self.row + self.row_repeat):
            for column in range(col, col + repeat):
                if len(cells) >= MAX_ERROR_CELLS:
                    return
                cells.append((row, column, error))

    def _close_table(self) -> None:
        if self.max_row * self.max_col > self.limits.max_cells:
            raise _too_large(self.file_label, self.max_row, self.max_col)
        self.max_row = self.max_col = 0


def _scan_ods(
    data: bytes, file_label: str, limits: Limits
) -> tuple[dict[str, list[Merge]], dict[str, list[ErrorCell]]]:
    """An .ods's merged ranges and error cells, by sheet name."""
    parser = expat.ParserCreate(namespace_separator=" ")
    scanner = _OdsScanner(parser, file_label, limits)
    parser.StartElementHandler = scanner.start
    parser.EndElementHandler = scanner.end
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise _damaged(file_label, f"content.xml: {exc}") from None
    scanner._close_table()
    return scanner.merges, {name: cells for name, cells in scanner.errors.items() if cells}
