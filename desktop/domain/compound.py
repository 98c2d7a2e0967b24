"""Streams of an OLE compound file ([MS-CFB]): the container of Office's binary
formats, a legacy .xls (its ``Workbook`` stream) and .doc (``WordDocument`` and its
table stream).

Read here, not by a library: a stream is wanted by name, read by its FAT chain (or the
mini stream's, for a small one), about a hundred lines; ``olefile`` would be a
dependency for the same. Everything is bounded by the file's size: a chain that loops,
a sector beyond the file or a size larger than the file raises
:class:`CompoundError`, never anything else the caller has not been told of
(``struct.error``, ``IndexError`` from a short file: callers catch those too).
"""

from __future__ import annotations

import struct
from bisect import bisect_left

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_MAX_SECTOR = 0xFFFFFFFA  # above: special values (free, end of chain, FAT, DIFAT)
_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")


class CompoundError(Exception):
    """The container is not as it should be."""


def read_stream(data: bytes, names: tuple[str, ...]) -> bytes | None:
    """The first stream of a compound file named (case aside) as one of ``names``, in
    their order, or None. Raises :class:`CompoundError`."""
    if len(data) < 512 or not data.startswith(OLE_MAGIC):
        return None
    shift = _U16.unpack_from(data, 0x1E)[0]
    mini_shift = _U16.unpack_from(data, 0x20)[0]
    if shift not in (9, 12) or mini_shift != 6:
        raise CompoundError("sector size")
    size = 1 << shift
    # Sector n starts at (n + 1) * size; the header fills sector "-1".
    sectors = max(0, -(-(len(data) - size) // size))
    fat = _fat(data, size, sectors)
    directory = _chain(data, fat, _U32.unpack_from(data, 0x30)[0], size, sectors)
    entries = [directory[at : at + 128] for at in range(0, len(directory) - 127, 128)]
    if not entries:
        raise CompoundError("no directory")
    wanted = None
    for name in names:
        wanted = next((e for e in entries if e[0x42] == 2 and _entry_name(e) == name.lower()), None)
        if wanted is not None:
            break
    if wanted is None:
        return None
    start = _U32.unpack_from(wanted, 0x74)[0]
    length = _U32.unpack_from(wanted, 0x78)[0]  # the high half is unused in version 3
    if length > len(data):
        raise CompoundError("stream larger than the file")
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
        raise CompoundError("stream cut short")
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
            raise CompoundError("DIFAT chain")
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
            raise CompoundError("FAT sector beyond the file")
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
    leaves the file raises :class:`CompoundError`; ``header`` sectors precede sector 0. A run of
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
            raise CompoundError("sector beyond the file")
        if breaks is None:
            last = sector
        else:
            last = min(breaks[bisect_left(breaks, sector + 1)] - 1, sectors - 1)
        if seen.find(1, sector, last + 1) >= 0:
            raise CompoundError("chain loops")
        seen[sector : last + 1] = b"\x01" * (last + 1 - sector)
        begin = (sector + header) * size
        part = view[begin : begin + min((last + 1 - sector) * size, wanted - got)]
        if not part:
            raise CompoundError("sector beyond the file")
        parts.append(part)
        got += len(part)
        sector = fat[last]
    return b"".join(parts)
