"""The error cells of a legacy .xls (#N/A, #DIV/0!…), which calamine reads as blank.

An .xls is an OLE compound file ([MS-CFB]) holding a ``Workbook`` stream of BIFF8
records (``Book`` and BIFF5 for Excel 5/95 files). A cell showing an error is a BOOLERR
record (a typed error constant) or a FORMULA record whose cached result is an error;
python-calamine reads both as an empty string (python-calamine issue 105). This module
finds them, per sheet name, so the reader can say so as it does for .xlsx.

The container is read by ``domain.compound``. Everything is bounded by the file's size:
a chain that loops, a sector beyond the file, a size larger than the file or a record
running past its stream ends the scan with *no* error cells reported. This never
refuses a file (calamine decides whether it can be read) and never raises.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

from desktop.domain.compound import CompoundError, read_stream
from desktop.excel.guard import EXCEL_ERRORS, MAX_ERROR_CELLS, ErrorCell, found

_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")
_HEADER = struct.Struct("<HH")  # a BIFF record's type and size

# BIFF record types.
_BOF = 0x0809
_EOF = 0x000A
_FILEPASS = 0x002F
_CODEPAGE = 0x0042
_BOUNDSHEET = 0x0085
_CONTINUE = 0x003C
_FORMULA = 0x0006
_BOOLERR = 0x0205
_WANTED = frozenset((_BOF, _EOF, _FILEPASS, _CODEPAGE, _BOUNDSHEET, _FORMULA, _BOOLERR))


class _Odd(Exception):
    """The container or the stream is not as it should be: report nothing."""


def xls_error_cells(path: str | Path) -> dict[str, list[ErrorCell]]:
    """The error cells of each worksheet of the .xls at ``path``, by sheet name, at
    most :data:`MAX_ERROR_CELLS` a sheet; empty for a damaged or odd file."""
    try:
        data = Path(path).read_bytes()
        stream = workbook_stream(data)
        return scan_workbook(stream) if stream else {}
    except (
        _Odd,
        OSError,
        struct.error,
        IndexError,
        ValueError,
        LookupError,
        OverflowError,
        MemoryError,
    ):
        return {}


# ------------------------------------------------------------- compound file (CFB)
def workbook_stream(data: bytes) -> bytes | None:
    """The ``Workbook`` (or ``Book``, BIFF5) stream of a compound file, or None."""
    try:
        return read_stream(data, ("Workbook", "Book"))
    except CompoundError as exc:
        raise _Odd(str(exc)) from None


# What an error cell's record looks like, wherever it stands: a BOOLERR (8 bytes) with
# fError set, a FORMULA (type 6) whose cached result is an error: type 2 and fExprO
# 0xFFFF, 16 bytes into the record. Where neither occurs (two searches with a literal
# prefix, a megabyte at a time: about 50 ms on a 50k-row sheet's 34 MB) a workbook has
# no error cell, and its records are not walked one by one (about 130 ms).
_ERROR_RECORDS = (
    re.compile(rb"\x05\x02\x08\x00.{7}\x01", re.DOTALL),
    re.compile(rb"\x06\x00.{8}\x02.{5}\xff\xff", re.DOTALL),
)


def scan_workbook(stream: bytes) -> dict[str, list[ErrorCell]]:
    """The error cells of a workbook stream's worksheets, by sheet name."""
    if not any(found(pattern, stream) for pattern in _ERROR_RECORDS):
        return {}
    end = len(stream)
    sheets: dict[int, str] = {}  # a worksheet's BOF offset -> its name
    cells: dict[str, list[ErrorCell]] = {}
    codepage = "cp1252"
    biff8 = True
    depth = 0
    current: list[ErrorCell] | None = None
    at = 0
    unpack = _HEADER.unpack_from
    wanted = _WANTED
    while at + 4 <= end:
        kind, length = unpack(stream, at)
        body = at + 4
        if kind not in wanted:  # most records: one test each
            at = body + length
            continue
        if body + length > end:
            raise _Odd("record past the stream's end")
        if kind == _FORMULA and current is not None and depth == 1:
            if (
                length >= 14
                and stream[body + 12] == 0xFF
                and stream[body + 13] == 0xFF
                and stream[body + 6] == 0x02
                and len(current) < MAX_ERROR_CELLS
            ):
                row, col = _HEADER.unpack_from(stream, body)
                code = stream[body + 8]
                current.append((row, col, EXCEL_ERRORS.get(code, "#N/A")))
        elif kind == _BOOLERR and current is not None and depth == 1:
            if length >= 8 and stream[body + 7] == 1 and len(current) < MAX_ERROR_CELLS:
                row, col = _HEADER.unpack_from(stream, body)
                current.append((row, col, EXCEL_ERRORS.get(stream[body + 6], "#N/A")))
        elif kind == _BOF:
            depth += 1
            if depth == 1:
                if at == 0:
                    biff8 = length >= 2 and _U16.unpack_from(stream, body)[0] == 0x0600
                name = sheets.get(at)
                current = cells.setdefault(name, []) if name is not None else None
        elif kind == _EOF:
            depth = max(0, depth - 1)
            if depth == 0:
                current = None
        elif kind == _FILEPASS:
            return {}  # encrypted: the cell records' bodies are not readable
        elif kind == _CODEPAGE and length >= 2:
            codepage = _codepage(_U16.unpack_from(stream, body)[0])
        elif kind == _BOUNDSHEET and length >= 7:
            offset = _U32.unpack_from(stream, body)[0]
            if stream[body + 5] == 0:  # a worksheet (not a chart, macro or VB sheet)
                sheets[offset] = _sheet_name(stream, body, length, biff8, codepage)
        at = body + length
    return {name: listed for name, listed in cells.items() if listed}


def _codepage(number: int) -> str:
    codec = {1200: "utf-16-le", 936: "gbk", 950: "big5", 1252: "cp1252"}.get(number)
    if codec is None:
        codec = f"cp{number}"
        try:
            "".encode(codec)
        except LookupError:
            codec = "cp1252"
    return codec


def _sheet_name(stream: bytes, body: int, length: int, biff8: bool, codepage: str) -> str:
    """A BOUNDSHEET record's sheet name: in BIFF8 a ShortXLUnicodeString (8-bit
    "compressed" or UTF-16), which may go on in a CONTINUE record (whose first byte
    then says again how its characters are stored); in BIFF5 bytes in the code page."""
    count = stream[body + 6]
    end = body + length
    if not biff8:
        return stream[body + 7 : min(end, body + 7 + count)].decode(codepage, "replace")
    wide = stream[body + 7] & 1
    at = body + 8
    text = ""
    while True:
        step = 2 if wide else 1
        take = min(count - len(text), (end - at) // step)
        raw = stream[at : at + take * step]
        text += raw.decode("utf-16-le" if wide else "latin-1", "replace")
        if len(text) >= count or end + 5 > len(stream):
            return text
        kind, more = _HEADER.unpack_from(stream, end)
        if kind != _CONTINUE or more < 1:
            return text
        wide = stream[end + 4] & 1
        at, end = end + 5, end + 4 + more
