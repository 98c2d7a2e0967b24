"""The .xls error-cell scan (excel.biff) on hand-made bytes: BIFF8 records and the OLE
compound file around them, whole and damaged. The real LibreOffice-made .xls is in the
corpus (52_errors_xls.xls)."""

from __future__ import annotations

import struct
import time
from pathlib import Path

import pytest

from desktop.excel.biff import scan_workbook, workbook_stream, xls_error_cells
from desktop.excel.guard import MAX_ERROR_CELLS

END, FREE, FAT_SECTOR = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


# ------------------------------------------------------------------ BIFF records
def record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def bof(globals_: bool = False) -> bytes:
    return record(0x0809, struct.pack("<HH", 0x0600, 0x0005 if globals_ else 0x0010) + bytes(12))


EOF_ = record(0x000A, b"")


def formula_error(row: int, col: int, code: int) -> bytes:
    """A FORMULA record whose cached result is the error ``code`` (formula =1/0)."""
    result = bytes([2, 0, code, 0, 0, 0, 0xFF, 0xFF])
    rgce = bytes([0x1E, 1, 0, 0x1E, 0, 0, 0x06])  # 1 0 /
    return record(
        0x0006,
        struct.pack("<HHH", row, col, 15) + result + struct.pack("<HIH", 0, 0, len(rgce)) + rgce,
    )


def formula_number(row: int, col: int, value: float) -> bytes:
    return record(0x0006, struct.pack("<HHHdHIH", row, col, 15, value, 0, 0, 0))


def formula_text(row: int, col: int) -> bytes:
    """A FORMULA with a string result (its text follows in a STRING record)."""
    result = bytes([0, 0, 0, 0, 0, 0, 0xFF, 0xFF])
    return record(0x0006, struct.pack("<HHH", row, col, 15) + result + struct.pack("<HIH", 0, 0, 0))


def boolerr(row: int, col: int, value: int, error: bool) -> bytes:
    return record(0x0205, struct.pack("<HHHBB", row, col, 15, value, int(error)))


def label_sst(row: int, col: int, index: int) -> bytes:
    return record(0x00FD, struct.pack("<HHHI", row, col, 15, index))


def boundsheet(offset: int, name: str, wide: bool, kind: int = 0) -> bytes:
    chars = name.encode("utf-16-le" if wide else "latin-1")
    return record(0x0085, struct.pack("<IBBBB", offset, 0, kind, len(name), int(wide)) + chars)


def workbook(
    *sheets: tuple[str, bool, bytes], macro: bytes | None = None, filepass: bool = False
) -> bytes:
    """A workbook stream: globals with a BOUNDSHEET per sheet (name, UTF-16?, cell
    records), then each sheet's substream at the offset its BOUNDSHEET gives; with
    ``macro`` an Excel 4 macro sheet of those records after them."""
    kinds = [0] * len(sheets)
    if macro is not None:
        sheets = (*sheets, ("Macro1", False, macro))
        kinds.append(1)

    def globals_with(offsets: list[int]) -> bytes:
        return (
            bof(globals_=True)
            + (record(0x002F, bytes(54)) if filepass else b"")
            + record(0x0042, struct.pack("<H", 1200))
            + b"".join(
                boundsheet(o, n, w, k)
                for o, (n, w, _), k in zip(offsets, sheets, kinds, strict=True)
            )
            + EOF_
        )

    bodies = [bof() + cells + EOF_ for _, _, cells in sheets]
    at = len(globals_with([0] * len(sheets)))
    offsets = []
    for body in bodies:
        offsets.append(at)
        at += len(body)
    return globals_with(offsets) + b"".join(bodies)


def test_formula_and_boolerr_errors_are_found_and_other_results_are_not() -> None:
    cells = (
        formula_error(3, 4, 0x2A)
        + formula_number(4, 4, 3.5)
        + formula_text(5, 4)
        + boolerr(6, 4, 1, error=False)  # TRUE
        + boolerr(7, 2, 0x07, error=True)
        + label_sst(8, 4, 0)
        + formula_error(9, 255, 0x17)
        + formula_error(65535, 0, 0x99)  # an unknown code: still an error
    )
    assert scan_workbook(workbook(("台账", True, cells))) == {
        "台账": [(3, 4, "#N/A"), (7, 2, "#DIV/0!"), (9, 255, "#REF!"), (65535, 0, "#N/A")]
    }


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        (0x00, "#NULL!"),
        (0x07, "#DIV/0!"),
        (0x0F, "#VALUE!"),
        (0x17, "#REF!"),
        (0x1D, "#NAME?"),
        (0x24, "#NUM!"),
        (0x2A, "#N/A"),
    ],
)
def test_each_error_code_reads_as_excel_shows_it(code: int, shown: str) -> None:
    stream = workbook(("S", False, formula_error(0, 0, code) + boolerr(1, 0, code, error=True)))
    assert scan_workbook(stream) == {"S": [(0, 0, shown), (1, 0, shown)]}


def test_sheet_names_compressed_and_utf16_find_their_own_cells() -> None:
    """An 8-bit ("compressed") name and a UTF-16 one; each sheet's errors stay with it;
    a macro sheet is not a worksheet (calamine does not list it as one)."""
    stream = workbook(
        ("Lookup", False, formula_error(2, 3, 0x07)),
        ("整改台账", True, formula_error(2, 4, 0x2A)),
        ("Notes é", False, b""),
        macro=formula_error(0, 0, 0x2A),
    )
    assert scan_workbook(stream) == {"Lookup": [(2, 3, "#DIV/0!")], "整改台账": [(2, 4, "#N/A")]}


def test_a_sheet_name_going_on_in_a_continue_record() -> None:
    """A BOUNDSHEET whose name is cut short goes on in a CONTINUE record, whose first
    byte says again how its characters are stored (here: UTF-16 after 8-bit)."""
    cells = formula_error(1, 1, 0x2A)
    name_head = "Ledger".encode("latin-1")
    tail = "台账".encode("utf-16-le")

    def globals_with(offset: int) -> bytes:
        cut = record(0x0085, struct.pack("<IBBBB", offset, 0, 0, 8, 0) + name_head)
        return bof(True) + cut + record(0x003C, b"\x01" + tail) + EOF_

    at = len(globals_with(0))
    stream = globals_with(at) + bof() + cells + EOF_
    assert scan_workbook(stream) == {"Ledger台账": [(1, 1, "#N/A")]}


def test_an_embedded_chart_substream_does_not_end_its_sheet() -> None:
    chart = bof() + record(0x1002, bytes(16)) + EOF_
    cells = formula_error(1, 1, 0x2A) + chart + formula_error(2, 1, 0x07)
    assert scan_workbook(workbook(("S", False, cells))) == {
        "S": [(1, 1, "#N/A"), (2, 1, "#DIV/0!")]
    }


def test_at_most_max_error_cells_a_sheet() -> None:
    cells = b"".join(formula_error(r, 0, 0x2A) for r in range(MAX_ERROR_CELLS + 50))
    found = scan_workbook(workbook(("A", False, cells), ("B", False, formula_error(0, 0, 7))))
    assert len(found["A"]) == MAX_ERROR_CELLS
    assert found["B"] == [(0, 0, "#DIV/0!")]


def test_an_encrypted_workbook_reports_nothing() -> None:
    """After FILEPASS the records' bodies are encrypted: nothing in them is trusted."""
    cells = formula_error(1, 1, 0x2A)
    assert scan_workbook(workbook(("S", False, cells))) == {"S": [(1, 1, "#N/A")]}
    assert scan_workbook(workbook(("S", False, cells), filepass=True)) == {}


def test_no_error_record_means_no_walk() -> None:
    """A stream with no error record anywhere is answered by the literal searches; a
    damaged one (a record running past the end) then is not even walked."""
    clean = workbook(("S", False, formula_number(0, 0, 1.0)))
    assert scan_workbook(clean + record(0x00FD, bytes(10))[:-4]) == {}


# ------------------------------------------------------------- compound file (CFB)
def compound(stream: bytes, name: str = "Workbook", sector: int = 512) -> bytearray:
    """A version-3 (512-byte sectors) or version-4 (4096) compound file holding one
    stream: sector 0 the FAT, 1 the directory, then the stream in the regular sectors or,
    under 4096 bytes, in the mini stream (mini FAT in sector 2)."""
    per = sector // 4
    sectors: list[bytes] = []
    fat: list[int] = []

    def chain(payload: bytes) -> int:
        start = len(sectors)
        count = max(1, -(-len(payload) // sector))
        for k in range(count):
            sectors.append(payload[k * sector : (k + 1) * sector].ljust(sector, b"\0"))
            fat.append(start + k + 1 if k < count - 1 else END)
        return start

    sectors.append(b"")  # the FAT, filled in below
    fat.append(FAT_SECTOR)
    sectors.append(b"")  # the directory
    fat.append(END)
    mini = len(stream) < 4096
    if mini:
        mini_sectors = -(-len(stream) // 64)
        mini_fat = [k + 1 for k in range(mini_sectors - 1)] + [END]
        mini_fat += [FREE] * (-len(mini_fat) % per)
        mini_fat_start = chain(struct.pack(f"<{len(mini_fat)}I", *mini_fat))
        root_start = chain(stream.ljust(mini_sectors * 64, b"\0"))
        root_size, stream_start = mini_sectors * 64, 0
    else:
        mini_fat_start, root_start, root_size = END, END, 0
        stream_start = chain(stream)

    def entry(text: str, kind: int, start: int, size: int, child: int) -> bytes:
        raw = (text + "\0").encode("utf-16-le")
        return (
            raw.ljust(64, b"\0")
            + struct.pack("<HBB", len(raw), kind, 1)
            + struct.pack("<III", FREE, FREE, child)
            + bytes(16 + 4 + 16)
            + struct.pack("<IQ", start, size)
        )

    directory = entry("Root Entry", 5, root_start, root_size, 1) + entry(
        name, 2, stream_start, len(stream), FREE
    )
    sectors[1] = directory.ljust(sector, b"\0")
    assert len(fat) <= per
    sectors[0] = struct.pack(f"<{per}I", *(fat + [FREE] * (per - len(fat))))
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3 if sector == 512 else 4, 0xFFFE, sector.bit_length() - 1, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, mini_fat_start, 1 if mini else 0, END, 0)
        + struct.pack("<I", 0)
        + struct.pack("<108I", *[FREE] * 108)
    )
    return bytearray(header.ljust(sector, b"\0") + b"".join(sectors))


LEDGER = workbook(
    ("台账", True, formula_error(2, 3, 0x2A) + b"".join(label_sst(r, 0, r) for r in range(400)))
)


@pytest.mark.parametrize("sector", [512, 4096])
@pytest.mark.parametrize(
    "stream", [LEDGER, workbook(("S", False, boolerr(0, 1, 0x17, error=True)))]
)
def test_the_workbook_stream_is_read_from_the_fat_or_the_mini_stream(
    stream: bytes, sector: int, tmp_path: Path
) -> None:
    assert (len(stream) >= 4096) is (stream is LEDGER)
    data = bytes(compound(stream, sector=sector))
    assert workbook_stream(data) == stream
    path = tmp_path / "book.xls"
    path.write_bytes(data)
    assert xls_error_cells(path) == scan_workbook(stream) != {}


def test_a_biff5_book_stream_is_read_too() -> None:
    data = bytes(compound(LEDGER, name="Book"))
    assert workbook_stream(data) == LEDGER
    assert workbook_stream(bytes(compound(LEDGER, name="Other"))) is None


def _fat_entry(data: bytearray, sector: int, value: int) -> None:
    struct.pack_into("<I", data, 512 + 4 * sector, value)


def _scan(data: bytes | bytearray, tmp_path: Path) -> dict[str, list[tuple[int, int, str]]]:
    path = tmp_path / "damaged.xls"
    path.write_bytes(bytes(data))
    started = time.perf_counter()
    found = xls_error_cells(path)
    assert time.perf_counter() - started < 5  # no hang (a loop would never end)
    return found


@pytest.mark.parametrize("where", ["stream", "directory"])
def test_a_fat_chain_that_loops_reports_nothing(where: str, tmp_path: Path) -> None:
    data = compound(LEDGER)
    assert _scan(data, tmp_path) == {"台账": [(2, 3, "#N/A")]}
    if where == "stream":
        # The stream's sectors are 2..; its third sector leads back to its first.
        _fat_entry(data, 4, 2)
    else:
        _fat_entry(data, 1, 1)  # the directory sector is its own successor
    assert _scan(data, tmp_path) == {}


def test_a_sector_beyond_the_file_reports_nothing(tmp_path: Path) -> None:
    data = compound(LEDGER)
    _fat_entry(data, 3, 10_000)
    assert _scan(data, tmp_path) == {}


def test_an_absurd_stream_size_reports_nothing(tmp_path: Path) -> None:
    data = compound(LEDGER)
    struct.pack_into("<I", data, 512 + 512 + 128 + 0x78, 0xFFFFFFF0)
    assert _scan(data, tmp_path) == {}


@pytest.mark.parametrize("keep", [0, 8, 100, 511, 512, 1500, 3000, 4000])
def test_a_truncated_file_reports_nothing(keep: int, tmp_path: Path) -> None:
    data = compound(LEDGER)
    assert len(data) > 4000
    assert _scan(data[:keep], tmp_path) == {}


def test_random_damage_never_raises(tmp_path: Path) -> None:
    """Bytes overwritten anywhere (header, FAT, directory, records): the scan answers,
    whatever it answers, and never raises."""
    import random

    rng = random.Random(7)
    whole = compound(LEDGER)
    for _ in range(300):
        data = bytearray(whole)
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(len(data))
            data[at : at + 4] = rng.randbytes(4)
        assert isinstance(_scan(data, tmp_path), dict)


def test_not_an_ole_file_reports_nothing(tmp_path: Path) -> None:
    assert _scan(b"PK\x03\x04" + bytes(600), tmp_path) == {}
    assert xls_error_cells(tmp_path / "missing.xls") == {}


def test_a_biff5_sheet_name_in_its_code_page() -> None:
    """Excel 5/95 (BIFF5): names are bytes in the workbook's code page (936: GBK)."""
    name = "台账".encode("gbk")

    def globals_with(offset: int) -> bytes:
        return (
            record(0x0809, struct.pack("<HH", 0x0500, 0x0005) + bytes(4))
            + record(0x0042, struct.pack("<H", 936))
            + record(0x0085, struct.pack("<IBBB", offset, 0, 0, len(name)) + name)
            + EOF_
        )

    at = len(globals_with(0))
    sheet = record(0x0809, struct.pack("<HH", 0x0500, 0x0010) + bytes(4))
    stream = globals_with(at) + sheet + formula_error(4, 2, 0x0F) + EOF_
    assert scan_workbook(stream) == {"台账": [(4, 2, "#VALUE!")]}
