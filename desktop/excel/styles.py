"""The look of the workbooks we write (fonts, borders, date and percent formats), created
once per workbook, and the estimate of how many lines a wrapped text takes.

Fonts are the ones every Chinese office machine has (宋体 for text, 黑体 for headers);
Excel, WPS and LibreOffice substitute a CJK font where they are missing.
"""

from __future__ import annotations

from typing import Any

# A real Excel date shown the official way: 2023年1月11日.
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
PERCENT_FORMAT = "0.00%"

BODY_FONT = "宋体"
HEADER_FONT = "黑体"
BODY_SIZE = 11
TITLE_SIZE = 18

# Excel measures column widths in digits of the default font (Calibri 11: 7 px); a
# half-width character of the body font is BODY_SIZE points, halved, at 96 dpi.
_UNIT_PX = 7.0
_HALF_CHAR_PX = BODY_SIZE * 96 / 72 / 2
_CELL_PADDING_PX = 6.0
# Points per wrapped line of 11-point body text (Excel's row for one line of 宋体 11 is
# 13.5-14.25 points), and the cell's top and bottom padding.
LINE_HEIGHT = 14.3
ROW_PADDING = 3.0
# Excel and LibreOffice cap a row at 409 points.
MAX_ROW_HEIGHT = 409.0
# The widest date we write, 2023年12月31日, in half-width characters: a date cell
# cannot wrap, and Excel shows ### when its column is narrower.
DATE_HALF_CHARS = 16


class Styles:
    """The formats of one workbook. xlsxwriter formats are objects bound to their
    workbook: making them once (not per cell) keeps the write loop fast and the
    workbook's style table small."""

    def __init__(self, workbook: Any) -> None:
        add = workbook.add_format
        body: dict[str, Any] = {
            "font_name": BODY_FONT,
            "font_size": BODY_SIZE,
            "valign": "vcenter",
            "text_wrap": True,
            "border": 1,
        }
        self.title = add(
            {"font_name": BODY_FONT, "font_size": TITLE_SIZE, "bold": True, "align": "center"}
            | {"valign": "vcenter", "text_wrap": True}
        )
        self.subtitle = add(
            {"font_name": BODY_FONT, "font_size": BODY_SIZE, "align": "left"}
            | {"valign": "vcenter", "text_wrap": True}
        )
        self.section = add(
            {"font_name": HEADER_FONT, "font_size": 12, "align": "left", "valign": "vcenter"}
        )
        self.header = add(
            body | {"font_name": HEADER_FONT, "align": "center", "bg_color": "#D9D9D9"}
        )
        self.left = add(body | {"align": "left"})
        self.center = add(body | {"align": "center"})
        # The same with Excel's quote prefix, for text that would otherwise read as a
        # formula if someone re-typed the cell.
        self.left_quoted = add(body | {"align": "left", "quote_prefix": True})
        self.center_quoted = add(body | {"align": "center", "quote_prefix": True})
        self.date = add(body | {"align": "center", "num_format": DATE_FORMAT})
        self.integer = add(body | {"align": "center", "num_format": "0"})
        self.percent = add(body | {"align": "center", "num_format": PERCENT_FORMAT})
        self.label = add(body | {"align": "left", "bold": True})


def display_width(text: str) -> int:
    """Width in half-width character cells: Chinese (3 bytes in UTF-8) counts two,
    ASCII one. Computed in C through the encoder, fast enough for every cell."""
    return (len(text.encode("utf-8")) + len(text)) >> 1


def cjk_width(text: str) -> int:
    """Width in columns of Excel's default fonts: CJK characters (from U+2E80) count
    two, everything else one."""
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)


def width_for(half_chars: int) -> float:
    """The column width (Excel units) that shows ``half_chars`` on one line."""
    return round((half_chars * _HALF_CHAR_PX + _CELL_PADDING_PX) / _UNIT_PX + 0.5, 1)


def line_capacity(width: float) -> int:
    """Half-width characters that fit on one line of a column ``width`` units wide."""
    return max(int((width * _UNIT_PX - _CELL_PADDING_PX) / _HALF_CHAR_PX), 2)


def text_lines(text: str, width: float) -> int:
    """How many lines a wrapped cell of ``width`` Excel units shows ``text`` in. The
    estimate leans high: a little air is better than a clipped line."""
    capacity = _capacities.get(width) or _capacities.setdefault(width, line_capacity(width))
    if "\n" not in text:  # most cells: display_width inline, no split
        return ((len(text.encode("utf-8")) + len(text)) >> 1) // capacity + 1
    return sum(display_width(part) // capacity + 1 for part in text.split("\n"))


# line_capacity by column width: a hand-out asks for a few widths 100,000 times.
_capacities: dict[float, int] = {}


def row_height(lines: int) -> float:
    """Row height in points for a number of wrapped lines."""
    return min(lines * LINE_HEIGHT + ROW_PADDING, MAX_ROW_HEIGHT)
