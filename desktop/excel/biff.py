"""The error cells of a legacy .xls (#N/A, #DIV/0!…), which calamine reads as blank.

An .xls is an OLE compound file ([MS-CFB]) holding a ``Workbook`` stream of BIFF8
records (``Book`` and BIFF5 for Excel 5/95 files). A cell showing an error is a BOOLERR
record (a typed error constant) or a FORMULA record whose cached result is an error;
python-calamine reads both as an empty string (python-calamine issue 105). This module
finds them, per sheet name, so the reader can say so as it does for .xlsx.

The container is read here, not by a library: only one stream is wanted, by its FAT
chain (or the mini stream's, for a tiny workbook), about a hundred lines; ``olefile``
would be a dependency for the same. Everything is bounded by the file's size: a chain
that loops, a sector beyond the file, a size larger than the file or a record running
past its stream ends the scan with *no* error cells reported. This never refuses a file
(calamine decides whether it can be read) and never raises.
"""

from __future__ import annotations

import re
import struct
from bisect import bisect_left
from pathlib import Path

from desktop.excel.guard import EXCEL_ERRORS, MAX_ERROR_CELLS, ErrorCell, found

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_MAX_SECTOR = 0xFFFFFFFA  # above: special values (free, end of chain, FAT, DIFAT)
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
    """The ``Workbook`` (or ``Book``) stream of a compound file, or None."""
    if len(data) < 512 or not data.startswith(_OLE_MAGIC):
        return None
    shift = _U16.unpack_from(data, 0x1E)[0]
    mini_shift = _U16.unpack_from(data, 0x20)[0]
    if shift not in (9, 12) or mini_shift != 6:
        raise _Odd("sector size")
    size = 1 << shift
    # Sector n starts at (n + 1) * size; the header fills sector "-1".
    sectors = max(0, -(-(len(data) - size) // size))
    fat = _fat(data, size, sectors)
    directory = _chain(data, fat, _U32.unpack_from(data, 0x30)[0], size, sectors)
    entries = [directory[at : at + 128] for at in range(0, len(directory) - 127, 128)]
    if not entries:
        raise _Odd("no directory")
    wanted = None
    for name in ("workbook", "book"):
        wanted = next((e for e in entries if e[0x42] == 2 and _entry_name(e) == name), None)
        if wanted is not None:
            break
    if wanted is None:
        return None
    start = _U32.unpack_from(wanted, 0x74)[0]
    length = _U32.unpack_from(wanted, 0x78)[0]  # the high half is unused in version 3
    if length > len(data):
        raise _Odd("stream larger than the file")
    cutoff = _U32.unpack_from(data, 0x38)[0]
    if length >= cutoff:
        stream = _chain(data, fat, start, size, sectors, length, breaks=_breaks(fat))
    else:
        # A tiny workbook lives in the mini stream (the root entry's stream), in 64-byte
        # sectors chained by the mini FAT.
        root_start, root_length = struct.unpack_from("<II", entries[0], 0x74)
        mini_stream = _chain(data, fat, root_start, size, sectors, root_length, breaks=_breaks(fat))
        mini_fat_bytes = _chain(data, fat, _U32.unpack_from(data, 0x3C)[0], size, sectors)
        mini_fat = struct.unpack_from(f"<{len(mini_fat_bytes) // 4}I", mini_fat_bytes)
        stream = _chain(mini_stream, mini_fat, start, 64, len(mini_stream) // 64, length, 0)
    if len(stream) != length:
        raise _Odd("stream cut short")
    return stream


def _entry_name(entry: bytes) -> str:
    used = _U16.unpack_from(entry, 0x40)[0]
    if not 2 <= used <= 64:
        return ""
    return entry[: used - 2].decode("utf-16-le", "replace").lower()


def _fat(data: bytes, size: int, sectors: int) -> tuple[int, ...]:
    """The file allocation table, its sectors listed by the header's DIFAT and the
    DIFAT sectors chained after it."""
    places = list(struct.unpack_from("<109I", data, 0x4C))
    difat = _U32.unpack_from(data, 0x44)[0]
    per_sector = size // 4
    seen: set[int] = set()
    while difat <= _MAX_SECTOR:
        if difat >= sectors or difat in seen:
            raise _Odd("DIFAT chain")
        seen.add(difat)
        block = struct.unpack_from(f"<{per_sector}I", data, (difat + 1) * size)
        places.extend(block[:-1])
        difat = block[-1]
    count = _U32.unpack_from(data, 0x2C)[0]
    fat_sectors = [p for p in places if p <= _MAX_SECTOR][: min(count, sectors)]
    table: list[int] = []
    for place in fat_sectors:
        if len(table) >= sectors:
            break  # the table already covers every sector of the file
        if place >= sectors:
            raise _Odd("FAT sector beyond the file")
        table.extend(struct.unpack_from(f"<{per_sector}I", data, (place + 1) * size))
    return tuple(table)


def _breaks(fat: tuple[int, ...]) -> list[int]:
    """The sectors whose chain does not go on to the next sector: a chain's runs end
    there (a list comprehension, some milliseconds for a 30 MB file's 60,000 sectors)."""
    ends = [sector for sector, following in enumerate(fat, 1) if following != sector]
    return [*ends, len(fat)]


def _chain(
    data: bytes,
    fat: tuple[int, ...],
    start: int,
    size: int,
    sectors: int,
    length: int | None = None,
    header: int = 1,
    breaks: list[int] | None = None,
) -> bytes:
    """The bytes of the chain from ``start``, at most ``length``. A chain that loops or
    leaves the file raises :class:`_Odd`; ``header`` sectors precede sector 0. A run of
    consecutive sectors is one slice: ``breaks`` (of :func:`_breaks`) says where each
    ends (1-based, the sector after the run's last)."""
    view = memoryview(data)
    parts: list[memoryview] = []
    wanted = length if length is not None else len(data)
    got = 0
    sector = start
    seen = bytearray(sectors)
    while sector != _END_OF_CHAIN and got < wanted:
        if sector >= sectors or sector >= len(fat):
            raise _Odd("sector beyond the file")
        if breaks is None:
            last = sector
        else:
            last = min(breaks[bisect_left(breaks, sector + 1)] - 1, sectors - 1)
        if seen.find(1, sector, last + 1) >= 0:
            raise _Odd("chain loops")
        seen[sector : last + 1] = b"\x01" * (last + 1 - sector)
        begin = (sector + header) * size
        part = view[begin : begin + min((last + 1 - sector) * size, wanted - got)]
        if not part:
            raise _Odd("sector beyond the file")
        parts.append(part)
        got += len(part)
        sector = fat[last]
    return b"".join(parts)


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
