"""The index workbook of an issue's sign-off package (销号材料包): one printable sheet
listing each evidence file, the measure it belongs to, its name inside the package and
its hash. The package itself (a zip) is written by the supervision service."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from desktop.domain.dates import format_date
from desktop.domain.supervision import EvidenceRecord
from desktop.excel.styles import cjk_width


def index_workbook(
    number: str,
    text: str,
    records: Sequence[EvidenceRecord],
    names: Sequence[str],
    measure_seqs: dict[int, int],
) -> bytes:
    """The sign-off package's index sheet (an xlsx, as bytes): what each file is
    (``names``: its name inside the package), where it belongs (``measure_seqs``: a
    measure's place by its id), its hash."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("佐证材料目录")
    # Printed and filed with the package: A4 landscape, one page wide, headers repeated.
    sheet.set_paper(9)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(4)
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    title = book.add_format({"bold": True, "font_size": 14})
    head = book.add_format(
        {"bold": True, "border": 1, "bg_color": "#DDEBF7", "text_wrap": True, "valign": "vcenter"}
    )
    cell = book.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    small = book.add_format({"border": 1, "text_wrap": True, "valign": "top", "font_size": 8})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    headers = (
        "序号",
        "材料名称",
        "日期",
        "所属措施",
        "原文件名",
        "包内文件名",
        "大小（字节）",
        "SHA-256",
    )
    widths = (6, 32, 16, 10, 26, 32, 12, 24)
    sheet.write(0, 0, f"问题 {number} 佐证材料目录", title)
    sheet.merge_range(1, 0, 1, len(headers) - 1, text, wrap)
    # About 150 characters fit on a line across the sheet; give the text its lines.
    sheet.set_row(1, 15 * max(1, min(8, len(text) // 70 + 1)))
    sheet.write(2, 0, f"共 {len(records)} 份，导出日期 {format_date(date.today())}")
    for col, (label, width) in enumerate(zip(headers, widths, strict=True)):
        sheet.write(4, col, label, head)
        sheet.set_column(col, col, width)
    for row, (r, name) in enumerate(zip(records, names, strict=True), start=5):
        seq = measure_seqs.get(r.measure_id) if r.measure_id is not None else None
        values: tuple[object, ...] = (
            row - 4,
            r.title,
            format_date(r.date) if r.date else "",
            f"第{seq}条" if seq else "问题",
            r.original_name,
            name,
            r.size,
        )
        for col, value in enumerate(values):
            sheet.write(row, col, value, cell)
        sheet.write(row, len(values), r.sha256, small)
        # xlsxwriter cannot measure text: give each row the lines its longest cell needs
        # (CJK characters are two columns wide), at least two for the hash.
        lines = max(
            2,
            *(
                -(-cjk_width(str(v)) // widths[col])
                for col, v in enumerate(values)
                if isinstance(v, str)
            ),
        )
        sheet.set_row(row, 14 * min(lines, 10))
    book.close()
    return buffer.getvalue()


__all__ = ["index_workbook"]
