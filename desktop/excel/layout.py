"""The kinds of rows a ledger sheet holds, told from each row's own evidence.

Below its header a sheet mixes issue and measure rows with section headings (``一、…方面``,
``（一）…``, merged across the table or only centred across it), totals (合计, 小计) and
notes (填表说明, 注：, 填报人/审核人 signatures, a date line). The reader asks these
functions what a row is; the words are data, extend them freely.
"""

from __future__ import annotations

import re
from enum import StrEnum

from desktop.domain.numbering import heading_style
from desktop.domain.text import key_text


class RowKind(StrEnum):
    """What one row of a sheet is."""

    TITLE = "title"  # above the header: title, 填报单位 line
    HEADER = "header"  # the header rows, a column-number row, a header repeated below
    SECTION = "section"  # a heading that groups the issues below it
    ISSUE = "issue"  # starts an issue
    MEASURE = "measure"  # a further row of the issue above
    TOTAL = "total"  # 合计, 小计
    NOTE = "note"  # 填表说明, 注, signatures, dates
    OUTSIDE = "outside"  # content only in columns that are not imported


# A row whose first cell starts with one of these is a total.
TOTAL_WORDS = ("合计", "总计", "小计", "共计", "总数", "汇总")
# ... or a note, a signature or a date line (after a 说明 row, single-cell rows too).
NOTE_WORDS = (
    "填报人",
    "填表人",
    "制表人",
    "统计人",
    "审核人",
    "审批人",
    "负责人",
    "单位负责人",
    "主要负责人",
    "分管领导:",
    "分管领导签字",
    "联系人",
    "联系电话",
    "填报说明",
    "填表说明",
    "说明:",
    "说明",
    "注:",
    "注1",
    "注：",
    "备注:",
    "填报日期",
    "填表日期",
    "报送日期",
    "日期:",
    "签字",
    "签名",
    "盖章",
    "(盖章)",
    "单位(盖章)",
    "单位盖章",
)
_NOTE_KEYS = tuple(key_text(w) for w in NOTE_WORDS)
_TOTAL_KEYS = tuple(key_text(w) for w in TOTAL_WORDS)
_HEAD = 24
# The first characters those rows can start with (dates: digits, Chinese numerals, 年).
_FIRST_KEYS = frozenset(
    [k[0] for k in (*_TOTAL_KEYS, *_NOTE_KEYS) if k] + list("0123456789〇零一二三四五六七八九年")
)
# Characters that start no total or note word, only a date line (which has 年).
_DATE_FIRSTS = frozenset("0123456789〇零一二三四五六七八九") - {
    k[0] for k in (*_TOTAL_KEYS, *_NOTE_KEYS) if k
}
_DATE_LINE = re.compile(r"^(?:\d{4}|[〇零一二三四五六七八九]{4})?年\d{0,2}月\d{0,2}日$")
# Words a section heading ends with (党的建设方面, 履行主体责任方面存在的问题).
_SECTION_ENDINGS = (
    "方面",
    "方面问题",
    "方面存在的问题",
    "方面的问题",
    "领域",
    "类问题",
    "问题清单",
)


def total_or_note(first_text: str) -> RowKind | None:
    """TOTAL or NOTE when a row's first non-empty cell says so, else None."""
    # Most rows start with anything else: decided on the first character (cached).
    stripped = first_text.lstrip(" \t\n\r\u3000\u00a0")
    if key_text(stripped[:1]) not in _FIRST_KEYS:
        return None
    if stripped[:1] in _DATE_FIRSTS and "年" not in first_text[:_HEAD]:
        return None  # an issue number (1, 12): starting so, only a date line is a note
    # The words are at the start: a short head of a long text is enough (and cheap).
    head = key_text(first_text[:_HEAD])
    if not head:
        return None
    if head.startswith(_TOTAL_KEYS) and len(key_text(first_text)) <= 12:
        return RowKind.TOTAL
    if head.startswith(_NOTE_KEYS) or (len(first_text) <= _HEAD and _DATE_LINE.match(head)):
        return RowKind.NOTE
    return None


def is_date_line(text: str) -> bool:
    """A signature block's date line (``2023年3月17日``, ``年  月  日``)."""
    return bool(_DATE_LINE.match(key_text(text)))


def looks_like_section(text: str) -> bool:
    """A heading by its own words: an outline marker (一、 （一） 第一部分) or an ending
    such as 方面; short enough to be a heading."""
    key = key_text(text)
    if not key or len(key) > 80:
        return False
    if heading_style(text) in ("第N部分", "N、", "（N）"):
        return True
    return key.rstrip("。.:：").endswith(_SECTION_ENDINGS)


def is_chinese_label(text: str) -> bool:
    """An issue-number cell that holds a section label (一, 一、, （一）, 第一部分)."""
    return heading_style(text) in ("第N部分", "N、", "（N）") or bool(
        re.fullmatch(r"[〇一二三四五六七八九十]+", text.strip())
    )
