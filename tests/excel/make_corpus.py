"""The reader's test corpus, written by code: one small file per case of
``docs/architecture.md`` ("Excel ledgers") and issue 5, each with the outcome the tests expect.

Run ``python -m tests.excel.make_corpus OUTDIR`` to write the corpus to a folder and
look at it in Excel, WPS or LibreOffice; the tests build it in a temporary folder.
Legacy ``.xls`` and ``.ods`` copies are made by LibreOffice (``soffice``), when present.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import xlsxwriter

HEADERS = [
    "序号",
    "问题类别",
    "问题描述",
    "整改措施",
    "责任领导",
    "牵头单位",
    "配合单位",
    "责任人",
    "整改时限",
    "整改进展",
    "整改状态",
    "备注",
]


def messy(path: Path) -> None:
    """A ledger as offices keep it: a hidden instructions sheet first, a merged title
    and 填报 line, a two-row header with a merged group (责任分工), a column-number row,
    issue cells merged across measure rows, categories merged across issues, dates as
    dates, serials and text, statuses in many words, a formula, a line break inside a
    cell, full-width digits, stray spaces and a signature row at the end."""
    wb = xlsxwriter.Workbook(str(path))
    notes = wb.add_worksheet("填表说明")
    notes.write("A1", "请按要求填写。")
    notes.hide()
    ws = wb.add_worksheet("台账")
    ws.activate()  # so that the first sheet can be hidden
    fmt = wb.add_format({"text_wrap": True, "valign": "vcenter", "border": 1})
    date_fmt = wb.add_format({"num_format": "yyyy年m月d日", "border": 1})
    ws.merge_range("A1:K1", "XX县民政局巡察反馈问题整改台账", fmt)
    ws.merge_range("A2:K2", "填报单位：XX县民政局（盖章）    填报日期：2023年1月11日", fmt)
    # Two-row header: 序号, 类别, 问题, 措施 merged down; 责任分工 over three columns.
    for col, text in enumerate(["问题编号", "类别", "具体问题", "整改举措"]):
        ws.merge_range(2, col, 3, col, text, fmt)
    ws.merge_range(2, 4, 2, 6, "责任分工", fmt)
    ws.write_row(3, 4, ["分管领导", "责任单位", "责任人"], fmt)
    for col, text in enumerate(["完成时限", "整改进展情况", "完成状态"], start=7):
        ws.merge_range(2, col, 3, col, text, fmt)
    ws.merge_range(2, 10, 3, 10, "备  注：", fmt)
    ws.write_row(4, 0, list(range(1, 12)), fmt)  # the column-number row
    rows = [
        # number, category, issue, [(measure, leader, unit, person, deadline, progress, status)]
        (
            1,
            "（一）党的建设方面",
            "  落实“第一议题”制度不到位 ",
            [
                (
                    "一是完善学习制度",
                    "张三",
                    "办公室",
                    "李四",
                    dt.date(2023, 1, 11),
                    "已修订",
                    "已完成",
                ),
                (
                    "二是开展专题学习",
                    "张三",
                    "办公室",
                    "李四",
                    "2023.3.31",
                    "持续开展",
                    "已完成，长期坚持",
                ),
            ],
        ),
        (
            "２",
            "（一）党的建设方面",
            "基层党组织\n建设薄弱",
            [
                ("一是规范三会一课", "王五", "机关党委", "赵六", 45016, "正在推进", "整改中"),
                ("二是开展专项检查", "王五", "机关党委", "赵六", "立行立改", "", "√"),
                ("三是建立台账", "王五", "机关党委", "赵六", "2023年6月底", "部分完成", "基本完成"),
            ],
        ),
        (
            3,
            "（二）民生保障方面",
            "低保动态管理不及时",
            [
                ("一是全面排查", "孙七", "社会救助股", "周八", "长期坚持", "", "持续推进"),
            ],
        ),
    ]
    r = 5
    for number, _category, issue, measures in rows:
        top, bottom = r, r + len(measures) - 1
        for col, value in ((0, number), (2, issue), (4, measures[0][1])):
            if bottom > top:
                ws.merge_range(top, col, bottom, col, value, fmt)
            else:
                ws.write(top, col, value, fmt)
        for i, (text, _leader, unit, person, deadline, progress, status) in enumerate(measures):
            ws.write(r + i, 3, text, fmt)
            ws.write(r + i, 5, unit, fmt)
            ws.write(r + i, 6, person, fmt)
            if isinstance(deadline, dt.date):
                ws.write_datetime(r + i, 7, dt.datetime.combine(deadline, dt.time()), date_fmt)
            else:
                ws.write(r + i, 7, deadline, fmt)
            ws.write(r + i, 8, progress, fmt)
            ws.write(r + i, 9, status, fmt)
        r = bottom + 1
    # Categories merged across their issues: rows 6-10 (issues 1-2), row 11 (issue 3).
    ws.merge_range(5, 1, 9, 1, "（一）党的建设方面", fmt)
    ws.write(10, 1, "（二）民生保障方面", fmt)
    # A formula whose saved value is the remark.
    ws.write_formula(10, 10, '="需"&"持续跟踪"', fmt, "需持续跟踪")
    ws.write(12, 0, "填报人：张三    审核人：李四")
    wb.close()


MESSY_EXPECTED = {
    "title": "XX县民政局巡察反馈问题整改台账",
    "numbers": ["1", "2", "3"],
    "measures": [2, 3, 1],
}


def _simple(path: Path, rows: list[list[object]], headers: list[str] | None = None) -> None:
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    ws = wb.add_worksheet("台账")
    ws.write_row(0, 0, headers or ["序号", "问题描述", "整改措施", "整改时限", "整改状态"])
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value is not None:
                ws.write(r, c, value)
    wb.close()


def bad_cells(path: Path) -> None:
    """Every kind of cell problem once: a measure row before any issue, an impossible
    date, an unknown status word, duplicate numbers, a control character (written by
    xlsxwriter as ``_x0001_``) and an unreadable date (a warning)."""
    _simple(
        path,
        [
            [None, None, "孤立的措施", None, None],
            [1, "问题甲", "措施一", "2023年2月30日", "已完成"],
            [2, "问题乙", "措施一", "2023-03-01", "搞定了"],
            [2, "问题丙", "措施一\x01", "明年再说", "正在推进"],
        ],
    )


def too_long(path: Path) -> None:
    """A cell longer than Excel allows: the writers refuse to write one, so the shared
    string is put into the file afterwards."""
    plain = path.with_suffix(".tmp.xlsx")
    _simple(plain, [[1, "TOO-LONG", "措施"]], headers=["序号", "问题描述", "整改措施"])
    _rewrite_member(
        plain,
        path,
        "xl/sharedStrings.xml",
        lambda data: data.replace(b"TOO-LONG", ("问" * 33000).encode()),
    )
    plain.unlink()


def missing_column(path: Path) -> None:
    _simple(path, [[1, "措施", "2023-1-1"]], headers=["序号", "整改措施", "整改时限"])


def no_ledger(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    wb.add_worksheet("统计").write_row(0, 0, ["单位", "数量"])
    wb.add_worksheet("Sheet2").write("A1", "随便写的")
    wb.close()


def hidden_ledger(path: Path) -> None:
    """The only ledger is on a hidden sheet: not read unless named."""
    wb = xlsxwriter.Workbook(str(path))
    wb.add_worksheet("封面").write("A1", "封面")
    hidden = wb.add_worksheet("台账")
    hidden.write_row(0, 0, ["序号", "问题描述", "整改措施"])
    hidden.write_row(1, 0, [1, "隐藏表中的问题", "措施"])
    hidden.hide()
    wb.close()


def unmerged(path: Path) -> None:
    """Issue cells repeated on every measure row, or left blank below the first."""
    _simple(
        path,
        [
            [1, "问题一", "措施一", "2023-1-1", "已完成"],
            [1, "问题一", "措施二", "2023-1-2", "已完成"],
            [None, None, "措施三", "2023-1-3", "正在推进"],
            [2, "问题二", "措施一", "2023-2-1", "未启动"],
        ],
    )


def wps_dimension(path: Path) -> None:
    """WPS writes ``<dimension ref="A1"/>`` whatever the sheet holds."""
    plain = path.with_suffix(".tmp.xlsx")
    _simple(plain, [[i, f"问题{i}", "措施", "2023-1-1", "已完成"] for i in range(1, 21)])
    _rewrite_member(
        plain,
        path,
        "xl/worksheets/sheet1.xml",
        lambda data: _replace_dimension(data, b'<dimension ref="A1"/>'),
    )
    plain.unlink()


def _replace_dimension(data: bytes, new: bytes) -> bytes:
    start = data.index(b"<dimension")
    end = data.index(b"/>", start) + 2
    return data[:start] + new + data[end:]


def _rewrite_member(
    source: Path, target: Path, name: str, change: Callable[[bytes], bytes]
) -> None:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info.filename, change(data) if info.filename == name else data)


# --------------------------------------------------------------- not spreadsheets
def empty(path: Path) -> None:
    path.write_bytes(b"")


def text_csv(path: Path) -> None:
    """Text that is no table, named .xls (a table as text is read: ``excel.markup``)."""
    path.write_text("关于报送整改台账的说明\n请各单位于本周五前报送，谢谢。\n", encoding="utf-8")


def docx(path: Path) -> None:
    """A Word report with no table (a ledger kept as a Word table is read)."""
    import docx as python_docx

    document = python_docx.Document()
    document.add_paragraph("关于报送整改台账的说明")
    document.add_paragraph("请各单位于本周五前报送整改台账，谢谢。")
    document.save(str(path))


def html_xls(path: Path) -> None:
    """What an online system sends as 台账.xls once its session has run out: its login
    page (web pages with a table are read, ``excel.markup``)."""
    path.write_text(
        "<html><head><meta charset='utf-8'><title>统一身份认证</title></head><body>"
        "<form><p>用户名 <input name='u'></p><p>密码 <input type='password'></p></form>"
        "</body></html>",
        encoding="utf-8",
    )


def encrypted(path: Path) -> None:
    """The shape of a password-protected .xlsx: an OLE container whose directory names
    an EncryptedPackage stream (real ones also hold EncryptionInfo)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    directory = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 100
    directory += "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100
    path.write_bytes(header + directory + b"\x00" * 1024)


def truncated(path: Path, source: Path) -> None:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def damaged(path: Path, source: Path) -> None:
    """A member's compressed bytes overwritten: the directory is intact, the data not."""
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + 40
    for i in range(start, min(start + 200, len(data))):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def pdf(path: Path) -> None:
    """A scanned ledger: a PDF page with no text (a PDF's tables are read; a picture's
    are not)."""
    import pypdf

    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    with path.open("wb") as handle:
        writer.write(handle)


# ------------------------------------------------------------------- hostile
def entity_bomb(path: Path, source: Path) -> None:
    """Billion laughs in the shared strings."""
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    doctype = f"<!DOCTYPE sst [{entities}]>".encode()

    def change(data: bytes) -> bytes:
        end = data.index(b"?>") + 2
        return data[:end] + doctype + data[end:].replace(b"<t>", b"<t>&lol9;", 1)

    _rewrite_member(source, path, "xl/sharedStrings.xml", change)


def external_entity(path: Path, source: Path) -> None:
    doctype = b'<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'

    def change(data: bytes) -> bytes:
        end = data.index(b"?>") + 2
        return data[:end] + doctype + data[end:].replace(b"<t>", b"<t>&xxe;", 1)

    _rewrite_member(source, path, "xl/sharedStrings.xml", change)


def far_cells(path: Path) -> None:
    """Two cells, A1 and XFD1048576: a 6 KB file that calamine would try to hold as a
    17-billion-cell rectangle (and abort the process)."""
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("台账")
    ws.write_row(0, 0, ["序号", "问题描述"])
    ws.write(1048575, 16383, "远处的单元格")
    wb.close()


def zip_bomb(path: Path, megabytes: int = 300) -> None:
    """A valid .xlsx whose sheet inflates to ``megabytes`` MB (about 1.6 MB packed at
    300 MB): rows of empty cells, streamed so that writing it needs little memory."""
    row = b"".join(b'<c r="A1" s="0"/>' for _ in range(64))
    chunk = row * (MiB // len(row))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in _skeleton().items():
            archive.writestr(name, data)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0"?><worksheet xmlns="x"><sheetData><row r="1">')
            for _ in range(megabytes):
                sheet.write(chunk)
            sheet.write(b"</row></sheetData></worksheet>")


MiB = 1024 * 1024


def lying_bomb(path: Path, megabytes: int = 300) -> None:
    """A zip bomb whose directory lies: the sheet declares 20 KB but inflates to
    ``megabytes`` MB. Python's zipfile would stop at the declared size; calamine's
    reader would not."""
    zip_bomb(path, megabytes)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    small = 20_000
    # Local header: the zip64 extra field carries the sizes; patch it.
    name_len, extra_len = struct.unpack(
        "<HH", data[info.header_offset + 26 : info.header_offset + 30]
    )
    extra_at = info.header_offset + 30 + name_len
    _patch_zip64(data, extra_at, extra_len, small, info.compress_size)
    # Central directory entry for the sheet.
    at = _central_entry(data, "xl/worksheets/sheet1.xml")
    cd_name_len, cd_extra_len = struct.unpack("<HH", data[at + 28 : at + 32])
    if struct.unpack("<I", data[at + 24 : at + 28])[0] == 0xFFFFFFFF:
        _patch_zip64(data, at + 46 + cd_name_len, cd_extra_len, small, info.compress_size)
    else:
        data[at + 24 : at + 28] = struct.pack("<I", small)
    path.write_bytes(bytes(data))


def _central_entry(data: bytearray, name: str) -> int:
    encoded = name.encode()
    at = 0
    while True:
        at = data.index(b"PK\x01\x02", at + 1)
        name_len = struct.unpack("<H", data[at + 28 : at + 30])[0]
        if bytes(data[at + 46 : at + 46 + name_len]) == encoded:
            return at


def _patch_zip64(data: bytearray, extra_at: int, extra_len: int, size: int, packed: int) -> None:
    end = extra_at + extra_len
    while extra_at + 4 <= end:
        tag, length = struct.unpack("<HH", data[extra_at : extra_at + 4])
        if tag == 1:
            data[extra_at + 4 : extra_at + 12] = struct.pack("<Q", size)
            return
        extra_at += 4 + length


def _skeleton() -> dict[str, bytes]:
    return {
        "[Content_Types].xml": (
            b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            b'content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
            b'formats-package.relationships+xml"/><Default Extension="xml" ContentType='
            b'"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application'
            b'/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
            b'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxml'
            b'formats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            b'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            b'Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" '
            b'r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            b'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            b'Target="worksheets/sheet1.xml"/></Relationships>'
        ),
    }


# ------------------------------------------------------------------- the corpus
# name -> (builder, source case or None). Builders with a source derive their file
# from that case's file (truncated, damaged, hostile variants of a good ledger).
CASES: dict[str, tuple[Callable[..., None], str | None]] = {
    "messy.xlsx": (messy, None),
    "bad_cells.xlsx": (bad_cells, None),
    "too_long.xlsx": (too_long, None),
    "missing_column.xlsx": (missing_column, None),
    "no_ledger.xlsx": (no_ledger, None),
    "hidden_ledger.xlsx": (hidden_ledger, None),
    "unmerged.xlsx": (unmerged, None),
    "wps_dimension.xlsx": (wps_dimension, None),
    "empty.xlsx": (empty, None),
    "text.xls": (text_csv, None),
    "report.docx": (docx, None),
    "webpage.xls": (html_xls, None),
    "encrypted.xlsx": (encrypted, None),
    "truncated.xlsx": (truncated, "messy.xlsx"),
    "damaged.xlsx": (damaged, "messy.xlsx"),
    "scan.pdf": (pdf, None),
    "entity_bomb.xlsx": (entity_bomb, "messy.xlsx"),
    "external_entity.xlsx": (external_entity, "messy.xlsx"),
    "far_cells.xlsx": (far_cells, None),
}


def build(folder: Path) -> dict[str, Path]:
    """Write every case into ``folder``; returns name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for name, (builder, source) in CASES.items():
        path = folder / name
        if source is None:
            builder(path)
        else:
            builder(path, paths[source])
        paths[name] = path
    return paths


def convert(sources: list[Path], fmt: str, folder: Path) -> list[Path]:
    """Copies of ``sources`` in ``fmt`` (xls, ods) made by LibreOffice in one run."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError(
            "LibreOffice (soffice) is needed: apt-get install libreoffice-calc-nogui"
        )
    folder.mkdir(parents=True, exist_ok=True)
    profile = folder / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(folder),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return [folder / f"{s.stem}.{fmt}" for s in sources]


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus")
    built = build(out)
    zip_bomb(out / "zip_bomb.xlsx")
    lying_bomb(out / "lying_bomb.xlsx")
    print("\n".join(str(p) for p in built.values()))
